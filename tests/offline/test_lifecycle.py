"""Create, read, update, replace and destroy through real terraform and the double."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from cdktf_openai.offline import TerraformWorkspace, resources_in_state
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from cdktf_openai.offline.state import ObjectStore
from tests.offline.conftest import stack_json

ASSISTANT = {"model": "gpt-4o-mini", "instructions": "Be brief.", "tools": [{"type": "retrieval"}]}


def run_stack(**run: Any) -> dict[str, Any]:
    return stack_json(
        {
            "openai_assistant": {"helper": ASSISTANT},
            "openai_thread": {"chat": {"messages": [{"role": "user", "content": "Hello"}]}},
            "openai_run": {
                "answer": {
                    "thread_id": "${openai_thread.chat.id}",
                    "assistant_id": "${openai_assistant.helper.id}",
                    **run,
                }
            },
        },
        output={"run_id": {"value": "${openai_run.answer.id}"}},
    )


def rewrite(workspace: TerraformWorkspace, stack: dict[str, Any]) -> None:
    (workspace.directory / "cdk.tf.json").write_text(json.dumps(stack), encoding="utf-8")


def resources(workspace: TerraformWorkspace) -> dict[str, dict[str, Any]]:
    return resources_in_state(workspace.state())


@pytest.mark.slow
def test_a_run_without_completion_window_is_queued_with_the_assistants_defaults(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    workspace = openai_double_workspace(run_stack())
    workspace.apply().check()
    run = resources(workspace)["openai_run.answer"]
    assert run["status"] == "queued"
    assert run["completed_at"] is None and run["usage"] is None and run["steps"] == []
    assert (run["model"], run["instructions"]) == ("gpt-4o-mini", "Be brief.")
    assert run["tools"] == [{"type": "retrieval"}]
    assert run["object"] == "thread.run"
    assert run["thread_id"] == resources(workspace)["openai_thread.chat"]["id"]


@pytest.mark.slow
def test_changing_a_force_new_argument_replaces_the_run_and_completion_window_completes_it(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    workspace = openai_double_workspace(run_stack(temperature=0.7))
    workspace.apply().check()
    first = resources(workspace)["openai_run.answer"]["id"]

    rewrite(workspace, run_stack(temperature=0.7, completion_window=120))
    plan = workspace.plan(detailed_exitcode=True)
    assert plan.returncode == 2, plan.output
    assert "openai_run.answer must be replaced" in plan.stdout
    assert "completion_window = 120 # forces replacement" in plan.stdout
    assert "Plan: 1 to add, 0 to change, 1 to destroy." in plan.stdout

    workspace.apply().check()
    run = resources(workspace)["openai_run.answer"]
    assert run["id"] != first and re.fullmatch(r"run_[A-Za-z0-9]{24}", run["id"])
    assert run["status"] == "completed"
    assert run["completed_at"] >= run["started_at"] >= run["created_at"] > 0
    usage = run["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 0
    assert run["steps"][0]["status"] == "completed"
    assert workspace.plan(detailed_exitcode=True).returncode == 0  # 0.7 comes back exactly


@pytest.mark.slow
def test_changing_thread_messages_replaces_the_thread_and_its_run(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    workspace = openai_double_workspace(run_stack())
    workspace.apply().check()
    stack = run_stack()
    stack["resource"]["openai_thread"]["chat"]["messages"][0]["content"] = "Hello again"
    rewrite(workspace, stack)
    plan = workspace.plan().check()
    assert "openai_thread.chat must be replaced" in plan.stdout
    assert "openai_run.answer must be replaced" in plan.stdout


@pytest.mark.slow
def test_metadata_and_assistant_arguments_change_in_place(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    workspace = openai_double_workspace(run_stack())
    workspace.apply().check()
    before = resources(workspace)
    stack = run_stack(metadata={"ticket": "42"})
    stack["resource"]["openai_assistant"]["helper"]["name"] = "Helper"
    rewrite(workspace, stack)
    plan = workspace.plan().check()
    assert "Plan: 0 to add, 2 to change, 0 to destroy." in plan.stdout
    workspace.apply().check()
    after = resources(workspace)
    assert after["openai_run.answer"]["id"] == before["openai_run.answer"]["id"]
    assert after["openai_run.answer"]["metadata"] == {"ticket": "42"}
    assert after["openai_assistant.helper"]["name"] == "Helper"


@pytest.mark.slow
def test_an_object_deleted_behind_terraforms_back_is_planned_again(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    workspace = openai_double_workspace(run_stack())
    workspace.apply().check()
    run_id = resources(workspace)["openai_run.answer"]["id"]
    ObjectStore.for_working_directory(workspace.directory).delete("openai_run", run_id)
    plan = workspace.plan(detailed_exitcode=True)
    assert plan.returncode == 2, plan.output
    assert "openai_run.answer will be created" in plan.stdout


@pytest.mark.slow
def test_the_same_configuration_gets_the_same_ids_in_another_workspace(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    first = openai_double_workspace(run_stack(), "first")
    second = openai_double_workspace(run_stack(), "second")
    first.apply().check()
    second.apply().check()
    ids = {name: values["id"] for name, values in resources(first).items()}
    assert ids == {name: values["id"] for name, values in resources(second).items()}
    assert len(set(ids.values())) == 3


@pytest.mark.slow
def test_files_vector_stores_messages_and_thread_runs(
    openai_double_workspace: WorkspaceFactory, tmp_path: Any
) -> None:
    data = tmp_path / "notes.txt"
    data.write_text("twelve bytes", encoding="utf-8")
    stack = stack_json(
        {
            "openai_file": {"notes": {"file": str(data)}},
            "openai_vector_store": {"docs": {"name": "docs",
                                             "file_ids": ["${openai_file.notes.id}"]}},
            "openai_vector_store_file": {
                "notes": {"vector_store_id": "${openai_vector_store.docs.id}",
                          "file_id": "${openai_file.notes.id}"}
            },
            "openai_thread": {"chat": {}},
            "openai_message": {"hello": {"thread_id": "${openai_thread.chat.id}", "role": "user",
                                         "content": "Hello"}},
            "openai_thread_run": {"oneshot": {"assistant_id": "asst_external", "thread": [
                {"messages": [{"role": "user", "content": "Hi"}]}]}},
        }
    )  # fmt: skip
    workspace = openai_double_workspace(stack)
    workspace.apply().check()
    state = resources(workspace)
    file = state["openai_file.notes"]
    assert re.fullmatch(r"file-[A-Za-z0-9]{24}", file["id"])
    assert (file["bytes"], file["filename"], file["purpose"]) == (12, "notes.txt", "assistants")
    store = state["openai_vector_store.docs"]
    assert re.fullmatch(r"vs_[A-Za-z0-9]{24}", store["id"]) and store["file_count"] == 1
    assert state["openai_vector_store_file.notes"]["id"] == file["id"]
    assert re.fullmatch(r"msg_[A-Za-z0-9]{24}", state["openai_message.hello"]["id"])
    thread_run = state["openai_thread_run.oneshot"]
    assert thread_run["status"] == "queued" and thread_run["model"] == "gpt-4o"
    assert re.fullmatch(r"thread_[A-Za-z0-9]{24}", thread_run["thread_id"])
    assert workspace.plan(detailed_exitcode=True).returncode == 0
    workspace.destroy().check()
    assert ObjectStore.for_working_directory(workspace.directory).stored() == []


@pytest.mark.slow
def test_a_missing_file_fails_the_apply_like_the_provider(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    stack = stack_json({"openai_file": {"notes": {"file": "/nonexistent/notes.txt"}}})
    result = openai_double_workspace(stack).apply()
    assert result.returncode == 1
    assert "Error opening file" in result.stderr
    assert "/nonexistent/notes.txt" in result.stderr


@pytest.mark.slow
def test_no_api_key_is_needed_and_none_is_logged(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    secret = "sk-proj-offline-test-secret-0123456789"
    stack = run_stack()
    stack["provider"]["openai"] = [{"api_key": secret}]
    workspace = openai_double_workspace(stack)
    workspace.environment.update(
        {"OPENAI_API_KEY": secret, "TF_LOG_PROVIDER": "TRACE", "TF_LOG_PATH": "tf.log"}
    )
    result = workspace.apply().check()
    log = (workspace.directory / "tf.log").read_text(encoding="utf-8")
    assert "terraform-provider-openai" in log  # the provider's own output is in the log
    assert secret not in result.output and secret not in log
    store = ObjectStore.for_working_directory(workspace.directory)
    for type_name, key in store.stored():
        assert secret not in json.dumps(store.get(type_name, key))


@pytest.mark.slow
def test_a_precondition_on_a_variable_fails_the_plan_out_of_range_and_passes_in_range(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    # The shape the L2 constructs synthesize for a token-valued prop: checked at plan time.
    stack = run_stack(
        temperature="${var.temperature}",
        lifecycle={
            "precondition": [
                {
                    "condition": "${var.temperature >= 0 && var.temperature <= 2}",
                    "error_message": "answer: temperature must be between 0 and 2",
                }
            ]
        },
    )
    stack["variable"] = {"temperature": {"type": "number"}}
    workspace = openai_double_workspace(stack)
    rejected = workspace.plan(variables={"temperature": "3"})
    assert rejected.returncode == 1
    assert "answer: temperature must be between 0 and 2" in rejected.stderr
    assert workspace.plan(variables={"temperature": "1.5"}).check().returncode == 0
