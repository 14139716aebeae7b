"""Hand-written invalid configurations: terraform (with the double) rejects each, as the
provider would, with the attribute in the message and the resource it is in."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import stack_json

RUN = {"thread_id": "thread_abc", "assistant_id": "asst_abc"}
THREAD_RUN = {"assistant_id": "asst_abc"}
ASSISTANT = {"model": "gpt-4o"}
FILE = {"file": "training.jsonl"}
FUNCTION = {"name": "lookup", "parameters": '{"type": "object"}'}

# (case id, resource type, arguments, text the diagnostic must contain)
CASES: list[tuple[str, str, dict[str, Any], str]] = [
    # the provider's plan-time checks, one per line of the reference table
    ("run-temperature", "openai_run", {**RUN, "temperature": 3},
     "expected temperature to be in the range (0.000000 - 2.000000), got 3.000000"),
    ("thread-run-temperature", "openai_thread_run", {**THREAD_RUN, "temperature": -0.5},
     "expected temperature to be in the range (0.000000 - 2.000000), got -0.500000"),
    ("run-top-p", "openai_run", {**RUN, "top_p": 1.5},
     "expected top_p to be in the range (0.000000 - 1.000000), got 1.500000"),
    ("thread-run-top-p", "openai_thread_run", {**THREAD_RUN, "top_p": 2},
     "expected top_p to be in the range (0.000000 - 1.000000), got 2.000000"),
    ("run-max-tokens", "openai_run", {**RUN, "max_tokens": 10.5},
     "expected max_tokens to be a whole number, got 10.5"),
    ("run-completion-window", "openai_run", {**RUN, "completion_window": 1.5},
     "expected completion_window to be a whole number, got 1.5"),
    ("thread-run-max-completion-tokens-negative", "openai_thread_run",
     {**THREAD_RUN, "max_completion_tokens": -1},
     "expected max_completion_tokens to be at least (0), got -1"),
    ("thread-run-max-completion-tokens-fraction", "openai_thread_run",
     {**THREAD_RUN, "max_completion_tokens": 2.5},
     "expected max_completion_tokens to be a whole number, got 2.5"),
    ("assistant-tool-type", "openai_assistant", {**ASSISTANT, "tools": [{"type": "browser"}]},
     'expected tools.0.type to be one of ["code_interpreter" "retrieval" "function" '
     '"file_search"], got browser'),
    ("thread-run-tool-type", "openai_thread_run",
     {**THREAD_RUN, "tools": [{"type": "file_search"}]},
     'expected tools.0.type to be one of ["code_interpreter" "retrieval" "function"], '
     "got file_search"),
    ("thread-run-message-role", "openai_thread_run",
     {**THREAD_RUN, "thread": [{"messages": [{"role": "assistant", "content": "hi"}]}]},
     'expected thread.0.messages.0.role to be one of ["user"], got assistant'),
    ("thread-run-function-parameters", "openai_thread_run",
     {**THREAD_RUN, "tools": [{"type": "function", "function": [{**FUNCTION,
                                                                  "parameters": "{oops"}]}]},
     '"tools.0.function.0.parameters" contains an invalid JSON'),
    ("thread-run-response-format", "openai_thread_run",
     {**THREAD_RUN, "response_format": [{"type": "xml"}]},
     'expected response_format.0.type to be one of ["text" "json_object"], got xml'),
    ("thread-run-existing-thread-and-thread", "openai_thread_run",
     {**THREAD_RUN, "existing_thread_id": "thread_abc",
      "thread": [{"messages": [{"role": "user", "content": "hi"}]}]},
     '"existing_thread_id": conflicts with thread'),
    ("file-purpose", "openai_file", {**FILE, "purpose": "training"},
     'expected purpose to be one of ["fine-tune" "assistants" "vision" "batch"], got training'),
    # values for read-only attributes, `id` included
    ("run-read-only-status", "openai_run", {**RUN, "status": "completed"},
     '"status": this field cannot be set'),
    ("assistant-read-only-created-at", "openai_assistant", {**ASSISTANT, "created_at": 1},
     '"created_at": this field cannot be set'),
    ("run-id", "openai_run", {**RUN, "id": "run_mine"}, '"id": this field cannot be set'),
    ("thread-run-id", "openai_thread_run", {**THREAD_RUN, "id": "run_mine"},
     '"id": this field cannot be set'),
    # what Terraform itself rejects from the schema the double serves
    ("unknown-attribute", "openai_run", {**RUN, "temprature": 1},
     'No argument or block type is named "temprature"'),
    ("missing-required", "openai_run", {"thread_id": "thread_abc"},
     'The argument "assistant_id" is required'),
    ("wrong-type", "openai_run", {**RUN, "temperature": "warm"},
     "a number is required"),
    ("tools-block-on-run", "openai_run",
     {**RUN, "tools": [{"type": "function", "function": [FUNCTION]}]},
     "Incorrect attribute value type"),
    ("tool-resources-on-assistant", "openai_assistant",
     {**ASSISTANT, "tool_resources": [{"code_interpreter": [{"file_ids": []}]}]},
     'No argument or block type is named "tool_resources"'),
]  # fmt: skip


@pytest.mark.slow
@pytest.mark.parametrize(
    ("resource_type", "arguments", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_terraform_validate_rejects_the_configuration(
    resource_type: str,
    arguments: dict[str, Any],
    expected: str,
    openai_double_workspace: WorkspaceFactory,
) -> None:
    workspace = openai_double_workspace(stack_json({resource_type: {"subject": arguments}}))
    result = workspace.validate()
    assert result.returncode == 1, result.output
    assert "Error: " in result.stderr
    assert expected in result.stderr, result.stderr
    assert f"{resource_type}.subject" in result.stderr, result.stderr


@pytest.mark.slow
def test_a_valid_configuration_of_every_checked_resource_passes(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    resources: dict[str, dict[str, dict[str, Any]]] = {
        "openai_run": {"subject": {**RUN, "temperature": 2, "top_p": 0, "max_tokens": 100,
                                   "completion_window": 60}},
        "openai_thread_run": {"subject": {
            **THREAD_RUN, "temperature": 0.7, "top_p": 1, "max_completion_tokens": 0,
            "tools": [{"type": "function", "function": [FUNCTION]}],
            "thread": [{"messages": [{"role": "user", "content": "hi"}]}],
            "response_format": [{"type": "json_object"}]}},
        "openai_assistant": {"subject": {**ASSISTANT, "tools": [{"type": "file_search"}]}},
        "openai_file": {"subject": {**FILE, "purpose": "fine-tune"}},
    }  # fmt: skip
    result = openai_double_workspace(stack_json(resources)).validate()
    assert result.returncode == 0, result.output
    assert result.stdout.startswith("Success!")


@pytest.mark.slow
def test_the_diagnostic_points_into_the_nested_block(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    arguments = {**THREAD_RUN, "thread": [{"messages": [{"role": "system", "content": "hi"}]}]}
    result = openai_double_workspace(
        stack_json({"openai_thread_run": {"subject": arguments}})
    ).validate()
    assert "in resource.openai_thread_run.subject.thread[0].messages[0]:" in result.stderr
