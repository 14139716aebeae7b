"""``openai_thread`` and ``openai_message`` through real terraform, as their Go files do."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import api_objects, resources, rewrite, stack_json

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # terraform on hand-written JSON, no core


def thread_stack(*messages: str, metadata: dict[str, str] | None = None) -> dict[str, Any]:
    """A thread started with ``messages``."""
    thread: dict[str, Any] = {"messages": [{"role": "user", "content": text} for text in messages]}
    if metadata is not None:
        thread["metadata"] = metadata
    return stack_json({"openai_thread": {"chat": thread}})


@pytest.mark.slow
def test_editing_a_message_updates_the_thread_in_place_and_sends_nothing(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """schema.go, diffList: ``messages`` is ForceNew, but editing a message (same number of
    messages) is an in-place update; resourceOpenAIThreadUpdate sends only metadata, so the
    API's thread keeps the old message while state shows the new one. One more message
    forces a new thread."""
    workspace = openai_double_workspace(thread_stack("Hello"))
    workspace.apply()
    thread = resources(workspace)["openai_thread.chat"]["id"]
    rewrite(workspace, thread_stack("Hello again"))
    assert "openai_thread.chat will be updated in-place" in workspace.plan().stdout
    workspace.apply()
    state = resources(workspace)["openai_thread.chat"]
    assert state["id"] == thread and state["messages"][0]["content"] == "Hello again"
    (message,) = api_objects(workspace, "message").values()
    assert message["content"][0]["text"]["value"] == "Hello"
    rewrite(workspace, thread_stack("Hello again", "More"))
    assert "openai_thread.chat must be replaced" in workspace.plan().stdout


@pytest.mark.slow
def test_removing_metadata_never_reaches_the_api(openai_double_workspace: WorkspaceFactory) -> None:
    """resourceOpenAIThreadUpdate sends metadata only when it is not empty, then writes back
    the metadata the API still has: removed metadata stays, and is planned away again."""
    workspace = openai_double_workspace(thread_stack(metadata={"topic": "auth"}))
    workspace.apply()
    rewrite(workspace, thread_stack())
    assert "openai_thread.chat will be updated in-place" in workspace.plan().stdout
    workspace.apply()
    assert resources(workspace)["openai_thread.chat"]["metadata"] == {"topic": "auth"}
    plan = workspace.plan(detailed_exitcode=True)
    assert plan.returncode == 2 and "openai_thread.chat will be updated in-place" in plan.stdout


MESSAGE = {"thread_id": "${openai_thread.chat.id}", "role": "user", "content": "Hi"}


def message_stack(**arguments: Any) -> dict[str, Any]:
    """A thread and one message added to it."""
    return stack_json(
        {"openai_thread": {"chat": {}}, "openai_message": {"hello": {**MESSAGE, **arguments}}}
    )


@pytest.mark.slow
def test_message_create_update_and_replace(openai_double_workspace: WorkspaceFactory) -> None:
    """resourceOpenAIMessageCreate writes ``assistant_id`` and ``run_id`` as ``""`` (the API's
    ``null``); ``metadata`` changes in place (resourceOpenAIMessageUpdate); ``content`` is
    ForceNew; an attachment's ``file_id`` (same number of attachments) changes in place."""
    attachment = {"file_id": "file-a", "tools": [{"type": "file_search"}]}
    workspace = openai_double_workspace(message_stack(attachments=[attachment]))
    workspace.apply()
    message = resources(workspace)["openai_message.hello"]
    assert (message["assistant_id"], message["run_id"], message["metadata"]) == ("", "", None)
    rewrite(workspace, message_stack(attachments=[attachment], metadata={"a": "b"}))
    assert "openai_message.hello will be updated in-place" in workspace.plan().stdout
    workspace.apply()
    assert api_objects(workspace, "message")[message["id"]]["metadata"] == {"a": "b"}
    moved = {**attachment, "file_id": "file-b"}
    rewrite(workspace, message_stack(attachments=[moved], metadata={"a": "b"}))
    assert "openai_message.hello will be updated in-place" in workspace.plan().stdout
    rewrite(workspace, message_stack(attachments=[moved], metadata={"a": "b"}, content="Yo"))
    assert "openai_message.hello must be replaced" in workspace.plan().stdout
