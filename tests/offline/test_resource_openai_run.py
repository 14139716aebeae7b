"""``openai_run`` through real terraform: resource_openai_run.go, as the double reproduces it."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from cdktf_openai.offline import TerraformError
from cdktf_openai.offline.openai_contract import SWITCH
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import api_objects, outputs_only_plan, resources, rewrite, stack_json

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # terraform on hand-written JSON, no core

#: code_interpreter, not retrieval: OpenAI rejects the retrieval tool (test_openai_contract.py).
ASSISTANT = {
    "model": "gpt-4o-mini",
    "instructions": "Be brief.",
    "tools": [{"type": "code_interpreter"}],
}
OUTPUTS = {
    "status": {"value": "${openai_run.answer.status}"},
    "usage": {"value": "${openai_run.answer.usage}"},
}


def run_stack(assistant: dict[str, Any] | None = None, **run: Any) -> dict[str, Any]:
    """An assistant, a thread with one message, and a run of the assistant on it."""
    return stack_json(
        {
            "openai_assistant": {"helper": assistant or ASSISTANT},
            "openai_thread": {"chat": {"messages": [{"role": "user", "content": "Hello"}]}},
            "openai_run": {
                "answer": {
                    "thread_id": "${openai_thread.chat.id}",
                    "assistant_id": "${openai_assistant.helper.id}",
                    **run,
                }
            },
        },
        output=OUTPUTS,
    )


@pytest.mark.slow
def test_create_posts_once_and_state_holds_the_queued_run(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """resourceOpenAIRunCreate: one POST, no waiting (``completion_window`` is read nowhere);
    state is what the response had: ``queued``, no ``started_at``/``completed_at``/``usage``/
    ``steps``; ``model``, ``instructions`` and ``tools`` are the assistant's, as the API
    reports them; ``file_ids`` is empty (the API sends none); a ``temperature``, ``top_p`` or
    ``max_tokens`` of 0 is not sent (``d.GetOk``)."""
    workspace = openai_double_workspace(
        run_stack(completion_window=600, temperature=0, top_p=0, max_tokens=0)
    )
    workspace.apply()
    state = resources(workspace)
    run = state["openai_run.answer"]
    assert re.fullmatch(r"run_[A-Za-z0-9]{24}", run["id"])
    assert (run["status"], run["object"], run["completion_window"]) == ("queued", "thread.run", 600)
    assert [run[name] for name in ("started_at", "completed_at", "usage", "steps")] == [None] * 4
    assert (run["model"], run["instructions"]) == ("gpt-4o-mini", "Be brief.")
    assert run["tools"] == [{"type": "code_interpreter"}] and run["file_ids"] == []
    assert run["thread_id"] == state["openai_thread.chat"]["id"]
    assert (run["temperature"], run["top_p"], run["max_tokens"]) == (0, 0, 0)  # as configured
    (received,) = (stored["request"] for stored in api_objects(workspace, "run").values())
    assert received == {"assistant_id": state["openai_assistant.helper"]["id"]}
    assert workspace.outputs()["status"] == "queued"


@pytest.mark.slow
def test_a_refresh_reads_the_finished_run_and_changes_only_computed_values(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """resourceOpenAIRunRead, after the run finished: ``status``, ``usage`` and (once
    ``completed``) ``steps`` (``details`` is ``{}``: Go reads a field the API calls
    ``step_details``); Read never writes ``started_at``/``completed_at``. A plan with refresh
    changes only the outputs that read them; after ``apply -refresh-only``, nothing."""
    workspace = openai_double_workspace(run_stack())
    workspace.apply()
    plan = workspace.plan(detailed_exitcode=True)
    assert plan.returncode == 2 and outputs_only_plan(plan.stdout), plan.stdout
    assert 'status = "queued" -> "completed"' in plan.stdout
    workspace.refresh()
    run = resources(workspace)["openai_run.answer"]
    assert run["status"] == "completed"
    usage = run["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 0
    (step,) = run["steps"]
    assert (step["type"], step["status"], step["details"]) == (
        "message_creation",
        "completed",
        "{}",
    )
    assert (run["started_at"], run["completed_at"]) == (None, None)
    assert workspace.outputs()["status"] == "completed"
    assert workspace.plan(detailed_exitcode=True).returncode == 0


@pytest.mark.slow
def test_the_finished_run_is_derived_from_its_id(openai_double_workspace: WorkspaceFactory) -> None:
    """The same configuration gets the same run ID, and the same usage, in any workspace."""
    seen = []
    for name in ("first", "second"):
        workspace = openai_double_workspace(run_stack(), name)
        workspace.apply()
        workspace.refresh()
        run = resources(workspace)["openai_run.answer"]
        seen.append((run["id"], run["usage"], run["steps"][0]["id"]))
    assert seen[0] == seen[1]


@pytest.mark.slow
def test_a_queued_run_is_planned_again_and_cannot_be_updated(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """helper/schema/schema.go, diffList/diffMap: ``steps`` and ``usage``, never set while the
    run is queued, are "known after apply" on a plan that does not refresh -- an in-place
    update, and resource.go, Resource.Apply fails it: no UpdateContext."""
    workspace = openai_double_workspace(run_stack())
    workspace.apply()
    plan = workspace.plan(detailed_exitcode=True, refresh=False)
    assert plan.returncode == 2
    assert "openai_run.answer will be updated in-place" in plan.stdout
    assert re.search(r"\+ steps +=\s+\(known after apply\)", plan.stdout)
    assert re.search(r"\+ usage +=\s+\(known after apply\)", plan.stdout)
    failed = workspace.run("apply", "-refresh=false", "-auto-approve", "-input=false", "-no-color")
    assert failed.returncode == 1 and "Error: doesn't support update" in failed.stderr


@pytest.mark.slow
def test_every_argument_forces_a_new_run(openai_double_workspace: WorkspaceFactory) -> None:
    """resource_openai_run.go: every argument is ForceNew (no UpdateContext), ``metadata`` (a
    map: a changed element forces it too) and ``completion_window`` included."""
    workspace = openai_double_workspace(run_stack(temperature=0.7))
    workspace.apply()
    workspace.refresh()
    first = resources(workspace)["openai_run.answer"]["id"]
    rewrite(workspace, run_stack(temperature=0.7, metadata={"ticket": "42"}, completion_window=60))
    plan = workspace.plan(detailed_exitcode=True)
    assert plan.returncode == 2, plan.output
    assert "openai_run.answer must be replaced" in plan.stdout
    assert re.search(r"\+ metadata +=\s+\{ # forces replacement", plan.stdout)
    assert re.search(r"\+ completion_window +=\s+60 # forces replacement", plan.stdout)
    assert "Plan: 1 to add, 0 to change, 1 to destroy." in plan.stdout
    workspace.apply()
    run = resources(workspace)["openai_run.answer"]
    assert run["id"] != first and run["metadata"] == {"ticket": "42"}
    assert run["status"] == "queued"  # a new run, not awaited either


@pytest.mark.slow
def test_max_tokens_is_sent_when_set_and_caps_the_answer(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """resourceOpenAIRunCreate sends ``max_tokens`` and ``temperature`` when non-zero. OpenAI's
    run create has no ``max_tokens``: the double answers its 400, in the provider's words;
    with the check off (a server that takes it) the double honours the limit in ``usage``."""
    workspace = openai_double_workspace(run_stack(max_tokens=5, temperature=0.2))
    with pytest.raises(TerraformError) as failed:
        workspace.apply()
    assert (
        "Error: error creating run: invalid_request_error - Unknown parameter: 'max_tokens'."
        in " ".join(failed.value.result.stderr.split())
    )
    workspace.environment[SWITCH] = "off"
    workspace.apply()
    workspace.refresh()
    (received,) = (stored["request"] for stored in api_objects(workspace, "run").values())
    assert (received["max_tokens"], received["temperature"]) == (5, 0.2)
    assert resources(workspace)["openai_run.answer"]["usage"]["completion_tokens"] == 5


@pytest.mark.slow
def test_a_function_tool_from_the_assistant_fails_the_create(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """resourceOpenAIRunCreate: ``d.Set("tools", runResponse.Tools)`` on a list of string
    maps fails for a function tool (its ``function`` is an object); Go returns the error after
    ``d.SetId``, so the run is in state, tainted."""
    assistant = {
        "model": "gpt-4o",
        "tools": [{"type": "function", "function": [{"name": "get_weather", "parameters": "{}"}]}],
    }
    workspace = openai_double_workspace(run_stack(assistant))
    with pytest.raises(TerraformError) as failed:
        workspace.apply()
    assert (
        "tools.0.function: '' expected type 'string', got unconvertible type "
        "'map[string]interface {}', value: 'map[name:get_weather parameters:map[]]'"
    ) in " ".join(failed.value.result.stderr.split())
    assert json.loads(workspace.run("show", "-json").stdout)["values"]["root_module"]["resources"]
    assert "openai_run.answer is tainted" in workspace.plan().stdout


@pytest.mark.slow
def test_destroy_cancels_a_queued_run(openai_double_workspace: WorkspaceFactory) -> None:
    """resourceOpenAIRunDelete: POST .../cancel (a run that has ended answers 400, not an error);
    deleting the thread takes its runs with it."""
    workspace = openai_double_workspace(run_stack())
    workspace.apply()
    run_id = resources(workspace)["openai_run.answer"]["id"]
    workspace.run("destroy", "-refresh=false", "-auto-approve", "-target=openai_run.answer").check()
    assert api_objects(workspace, "run")[run_id]["status"] == "cancelled"
    workspace.destroy()
    assert api_objects(workspace, "run") == {} and api_objects(workspace, "thread") == {}
