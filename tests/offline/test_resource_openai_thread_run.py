"""``openai_thread_run`` through real terraform: resource_openai_thread_run.go, reproduced."""

from __future__ import annotations

import re
from typing import Any

import pytest

from cdktf_openai.offline import TerraformError
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import api_objects, resources, rewrite, stack_json

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # terraform on hand-written JSON, no core

ASSISTANT = {"model": "gpt-4o-mini", "tools": [{"type": "code_interpreter"}]}


def thread_run_stack(*messages: str, **arguments: Any) -> dict[str, Any]:
    """An assistant and a thread run that starts a new thread with ``messages``."""
    thread = [{"messages": [{"role": "user", "content": text} for text in messages]}]
    return stack_json(
        {
            "openai_assistant": {"helper": ASSISTANT},
            "openai_thread_run": {
                "oneshot": {
                    "assistant_id": "${openai_assistant.helper.id}",
                    **({"thread": thread} if messages else {}),
                    **arguments,
                }
            },
        }
    )


@pytest.mark.slow
def test_create_then_one_read_leaves_a_queued_run_with_stream_false(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """resourceOpenAIThreadRunCreate: ``POST /threads/runs`` (a new thread), ``thread_id``, then
    resourceOpenAIThreadRunRead once: ``queued``; ``stream`` shows ``false`` in the plan and
    state (``Default: false``) and is not sent, nor is a ``temperature`` of 0 (``d.GetOk``);
    ``tools`` are the assistant's, as the API lists them."""
    workspace = openai_double_workspace(thread_run_stack("Hi", temperature=0))
    plan = workspace.plan()
    assert re.search(r"\+ stream +=\s+false", plan.stdout)
    workspace.apply()
    run = resources(workspace)["openai_thread_run.oneshot"]
    assert (run["status"], run["stream"], run["temperature"]) == ("queued", False, 0)
    assert (run["started_at"], run["completed_at"], run["usage"]) == (None, None, None)
    assert run["tools"] == [{"type": "code_interpreter", "function": []}]
    assert run["model"] == "gpt-4o-mini" and run["metadata"] is None
    (received,) = (stored["request"] for stored in api_objects(workspace, "run").values())
    assert set(received) == {"assistant_id"}  # neither stream=false nor temperature=0
    (thread,) = api_objects(workspace, "thread")
    assert run["thread_id"] == thread


@pytest.mark.slow
def test_a_refresh_reads_started_completed_and_usage(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """resourceOpenAIThreadRunRead writes ``started_at``/``completed_at`` when the API has
    them (unlike resourceOpenAIRunRead), ``usage``, and the API's ``metadata`` (``{}``)."""
    workspace = openai_double_workspace(thread_run_stack("Hi"))
    workspace.apply()
    workspace.refresh()
    run = resources(workspace)["openai_thread_run.oneshot"]
    assert run["status"] == "completed"
    assert run["completed_at"] > run["started_at"] >= run["created_at"]
    assert run["usage"]["total_tokens"] > 0 and run["metadata"] == {}
    assert workspace.plan(detailed_exitcode=True).returncode == 0


@pytest.mark.slow
def test_editing_a_message_is_an_update_the_resource_cannot_do(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """helper/schema/schema.go, diffList: ``thread`` and ``messages`` are ForceNew, but only a
    change in the number of blocks forces a new run; editing a message's text is planned in
    place, and resource.go, Resource.Apply fails it (no UpdateContext). One more message is a
    replacement."""
    workspace = openai_double_workspace(thread_run_stack("Hi"))
    workspace.apply()
    workspace.refresh()
    rewrite(workspace, thread_run_stack("Hi again"))
    plan = workspace.plan()
    assert "openai_thread_run.oneshot will be updated in-place" in plan.stdout
    with pytest.raises(TerraformError, match="doesn't support update"):
        workspace.apply()
    assert (
        resources(workspace)["openai_thread_run.oneshot"]["thread"][0]["messages"][0]["content"]
        == "Hi"
    )  # the prior state stays
    rewrite(workspace, thread_run_stack("Hi", "And more"))
    plan = workspace.plan()
    assert "openai_thread_run.oneshot must be replaced" in plan.stdout
    assert "# forces replacement" in plan.stdout


@pytest.mark.slow
def test_metadata_forces_a_new_run_and_delete_leaves_the_run_at_the_api(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """resource_openai_thread_run.go: ``metadata`` is ForceNew; resourceOpenAIThreadRunDelete
    does nothing at the API, so the run and the thread it made stay there."""
    workspace = openai_double_workspace(thread_run_stack("Hi"))
    workspace.apply()
    workspace.refresh()
    first = resources(workspace)["openai_thread_run.oneshot"]["id"]
    rewrite(workspace, thread_run_stack("Hi", metadata={"ticket": "42"}))
    assert "openai_thread_run.oneshot must be replaced" in workspace.plan().stdout
    workspace.apply()
    assert resources(workspace)["openai_thread_run.oneshot"]["id"] != first
    workspace.destroy()
    assert len(api_objects(workspace, "run")) == 2 and len(api_objects(workspace, "thread")) == 2


@pytest.mark.slow
def test_a_run_on_an_existing_thread(openai_double_workspace: WorkspaceFactory) -> None:
    """createRunOnExistingThread: ``POST /threads/{id}/runs``; ``thread_id`` is the one given."""
    stack = thread_run_stack(existing_thread_id="${openai_thread.chat.id}")
    stack["resource"]["openai_thread"] = {"chat": {"messages": [{"role": "user", "content": "Q"}]}}
    workspace = openai_double_workspace(stack)
    workspace.apply()
    state = resources(workspace)
    run = state["openai_thread_run.oneshot"]
    assert run["thread_id"] == run["existing_thread_id"] == state["openai_thread.chat"]["id"]
    assert len(api_objects(workspace, "thread")) == 1  # no new thread
