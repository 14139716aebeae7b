"""Against the double (as against provider 1.2.0), a dropped change would leave stale objects;
the guard companions replace them instead (cdktf_openai/guard.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdktf_openai import ChatMessage, OpenAIProvider, Thread, VectorStore
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.offline import TerraformWorkspace, resources_in_state
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import api_objects


def stack_with(content: str, days: int) -> TerraformStack:
    stack = TerraformStack(App(), "stack")
    OpenAIProvider(stack, "openai")
    Thread(stack, "thread", messages=[ChatMessage.user(content)])
    VectorStore(stack, "store", name="docs", expires_after_days=days)
    return stack


@pytest.mark.slow
def test_an_edited_message_and_a_new_expiry_reach_the_api_as_new_objects(
    openai_double_workspace: WorkspaceFactory, openai_double_config: Path
) -> None:
    # resource_openai_thread.go / resource_openai_vector_store.go: an edited message is an
    # update the thread's Update does not send; expires_after is one the store's Update leaves
    # out. The guards make both replacements, so the new values are at the API.
    workspace = openai_double_workspace(stack_with("Review x = 1", 7))
    workspace.apply()
    before = resources_in_state(workspace.state())
    TerraformWorkspace.create(
        workspace.directory, stack_with("Review x = 2", 30), openai_double_config, init=False
    )
    workspace.apply()
    after = resources_in_state(workspace.state())
    assert after["openai_thread.thread"]["id"] != before["openai_thread.thread"]["id"]
    assert after["openai_vector_store.store"]["id"] != before["openai_vector_store.store"]["id"]
    (thread,) = api_objects(workspace, "thread").values()
    messages = [m for m in api_objects(workspace, "message").values()]
    assert [m["thread_id"] for m in messages] == [thread["id"]]  # the old thread is gone
    assert "Review x = 2" in str(messages[0]["content"])
    (store,) = api_objects(workspace, "vector_store").values()
    assert '"days": 30' in str(store).replace("'", '"')
