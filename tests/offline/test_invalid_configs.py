"""``terraform validate`` with the double rejects what the provider's SDK rejects, in its words.

Every case is one resource in one stack, validated once (``terraform validate -json``); each
test checks the diagnostics of its resource: the SDK's summary and detail, the resource, and
the configuration line the diagnostic points at (the attribute path the SDK attaches). The
checks themselves are ported from ``helper/schema/schema.go`` (``schemaMap.validate`` and its
helpers, terraform-plugin-sdk v2.38.1) and run over the provider's Go schemas.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.offline import TerraformWorkspace
from cdktf_openai.offline.goschema import RESOURCES, int_attribute_paths
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import Diagnostic, stack_json, validate_json

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # terraform on hand-written JSON, no core

RUN = {"thread_id": "thread_abc", "assistant_id": "asst_abc"}
THREAD_RUN = {"assistant_id": "asst_abc"}
ASSISTANT = {"model": "gpt-4o"}
FILE = {"file": "training.jsonl"}
FUNCTION = {"name": "lookup", "parameters": '{"type": "object"}'}
MESSAGE = {"thread_id": "thread_abc", "role": "user", "content": "Hi"}

#: A valid configuration of each resource, to which a case adds its one bad value.
MINIMAL: dict[str, dict[str, Any]] = {
    "openai_assistant": ASSISTANT,
    "openai_thread": {},
    "openai_message": MESSAGE,
    "openai_run": RUN,
    "openai_thread_run": THREAD_RUN,
    "openai_file": FILE,
    "openai_vector_store": {"name": "docs"},
    "openai_vector_store_file": {"vector_store_id": "vs_abc", "file_id": "file-abc"},
    "openai_model_response": {"model": "gpt-4o", "input": "Hi"},
}

UNCONFIGURABLE = "Value for unconfigurable attribute"


def unconfigurable(key: str) -> str:
    """The detail of ``Value for unconfigurable attribute`` (schema.go, schemaMap.validate)."""
    return (
        f'Can\'t configure a value for "{key}": its value will be decided automatically based '
        "on the result of applying this configuration."
    )


# (case id, Go source it follows, resource type, arguments,
#  expected diagnostics: (summary, detail, text of the line it points at))
CASES: list[tuple[str, str, str, dict[str, Any], list[tuple[str, str, str]]]] = [
    ("run-temperature", "resource_openai_run.go: validation.FloatBetween(0, 2)",
     "openai_run", {**RUN, "temperature": 2.5},
     [("expected temperature to be in the range (0.000000 - 2.000000), got 2.500000", "",
       '"temperature": 2.5')]),
    ("thread-run-temperature", "resource_openai_thread_run.go: validation.FloatBetween(0, 2)",
     "openai_thread_run", {**THREAD_RUN, "temperature": -0.5},
     [("expected temperature to be in the range (0.000000 - 2.000000), got -0.500000", "",
       '"temperature": -0.5')]),
    ("run-top-p", "resource_openai_run.go: validation.FloatBetween(0, 1)",
     "openai_run", {**RUN, "top_p": 1.5},
     [("expected top_p to be in the range (0.000000 - 1.000000), got 1.500000", "",
       '"top_p": 1.5')]),
    ("thread-run-top-p", "resource_openai_thread_run.go: validation.FloatBetween(0, 1)",
     "openai_thread_run", {**THREAD_RUN, "top_p": 2},
     [("expected top_p to be in the range (0.000000 - 1.000000), got 2.000000", "",
       '"top_p": 2')]),
    ("thread-run-max-completion-tokens", "resource_openai_thread_run.go: IntAtLeast(0)",
     "openai_thread_run", {**THREAD_RUN, "max_completion_tokens": -1},
     [("expected max_completion_tokens to be at least (0), got -1", "",
       '"max_completion_tokens": -1')]),
    ("thread-run-max-completion-tokens-fraction",
     "schema.go, validatePrimitive: the whole-number check comes before IntAtLeast",
     "openai_thread_run", {**THREAD_RUN, "max_completion_tokens": -1.5},
     [("Attribute must be a whole number, got -1.5", "", '"max_completion_tokens": -1.5')]),
    ("assistant-tool-type", "resource_openai_assistant.go: StringInSlice(tool types)",
     "openai_assistant", {**ASSISTANT, "tools": [{"type": "browser"}]},
     [('expected tools.0.type to be one of ["code_interpreter" "retrieval" "function" '
       '"file_search"], got browser', "", '"type": "browser"')]),
    ("thread-run-tool-type", "resource_openai_thread_run.go: StringInSlice(tool types)",
     "openai_thread_run", {**THREAD_RUN, "tools": [{"type": "file_search"}]},
     [('expected tools.0.type to be one of ["code_interpreter" "retrieval" "function"], '
       "got file_search", "", '"type": "file_search"')]),
    ("thread-run-message-role", "resource_openai_thread_run.go: StringInSlice([user])",
     "openai_thread_run",
     {**THREAD_RUN, "thread": [{"messages": [{"role": "assistant", "content": "hi"}]}]},
     [('expected thread.0.messages.0.role to be one of ["user"], got assistant', "",
       '"role": "assistant"')]),
    ("thread-run-response-format", "resource_openai_thread_run.go: StringInSlice(formats)",
     "openai_thread_run", {**THREAD_RUN, "response_format": [{"type": "xml"}]},
     [('expected response_format.0.type to be one of ["text" "json_object"], got xml', "",
       '"type": "xml"')]),
    ("file-purpose", "resource_openai_file.go: StringInSlice(purposes)",
     "openai_file", {**FILE, "purpose": "training"},
     [('expected purpose to be one of ["fine-tune" "assistants" "vision" "batch"], '
       "got training", "", '"purpose": "training"')]),
    ("thread-run-function-parameters", "resource_openai_thread_run.go: StringIsJSON",
     "openai_thread_run",
     {**THREAD_RUN, "tools": [{"type": "function",
                               "function": [{**FUNCTION, "parameters": "{oops"}]}]},
     [('"tools.0.function.0.parameters" contains an invalid JSON: '
       "invalid character 'o' looking for beginning of object key string", "",
       '"parameters": "{oops"')]),
    ("thread-run-function-parameters-overflow", "resource_openai_thread_run.go: StringIsJSON",
     "openai_thread_run",
     {**THREAD_RUN, "tools": [{"type": "function",
                               "function": [{**FUNCTION, "parameters": '{"max": 1e400}'}]}]},
     [('"tools.0.function.0.parameters" contains an invalid JSON: '
       "json: cannot unmarshal number 1e400 into Go value of type float64", "",
       '"parameters": "{\\"max\\": 1e400}"')]),
    ("thread-run-existing-thread-and-thread",
     "resource_openai_thread_run.go: ConflictsWith, both ways",
     "openai_thread_run",
     {**THREAD_RUN, "existing_thread_id": "thread_abc",
      "thread": [{"messages": [{"role": "user", "content": "hi"}]}]},
     [("Conflicting configuration arguments", '"existing_thread_id": conflicts with thread',
       '"existing_thread_id": "thread_abc"'),
      ("Conflicting configuration arguments", '"thread": conflicts with existing_thread_id',
       '"thread": [')]),
    ("run-status", "resource_openai_run.go: status is Computed only",
     "openai_run", {**RUN, "status": "completed"},
     [(UNCONFIGURABLE, unconfigurable("status"), '"status": "completed"')]),
    ("run-steps", "resource_openai_run.go: steps is Computed only",
     "openai_run", {**RUN, "steps": []},
     [(UNCONFIGURABLE, unconfigurable("steps"), '"steps": []')]),
    ("assistant-created-at", "resource_openai_assistant.go: created_at is Computed only",
     "openai_assistant", {**ASSISTANT, "created_at": 1},
     [(UNCONFIGURABLE, unconfigurable("created_at"), '"created_at": 1')]),
    ("response-input", "resource_openai_model_response.go: StringIsNotEmpty",
     "openai_model_response", {"model": "gpt-4o", "input": ""},
     [('expected "input" to not be an empty string, got ', "", '"input": ""')]),
    ("response-model", "resource_openai_model_response.go: StringIsNotEmpty",
     "openai_model_response", {"model": "", "input": "Hi"},
     [('expected "model" to not be an empty string, got ', "", '"model": ""')]),
    ("response-temperature", "resource_openai_model_response.go: FloatBetween(0, 2)",
     "openai_model_response", {"model": "gpt-4o", "input": "Hi", "temperature": 2.5},
     [("expected temperature to be in the range (0.000000 - 2.000000), got 2.500000", "",
       '"temperature": 2.5')]),
    ("response-frequency-penalty", "resource_openai_model_response.go: FloatBetween(-2, 2)",
     "openai_model_response", {"model": "gpt-4o", "input": "Hi", "frequency_penalty": 3},
     [("expected frequency_penalty to be in the range (-2.000000 - 2.000000), got 3.000000",
       "", '"frequency_penalty": 3')]),
    ("message-run-id", "resource_openai_message.go: run_id is Computed only",
     "openai_message", {**MESSAGE, "run_id": "run_mine"},
     [(UNCONFIGURABLE, unconfigurable("run_id"), '"run_id": "run_mine"')]),
]  # fmt: skip

# `id`: where the Go schema declares it (Computed), a value is unconfigurable; where it does
# not, the SDK's served `id` is optional, and schemaMap.validateObject finds no such key.
for _type_name, _resource in RESOURCES.items():
    _id_case = f"{_type_name.removeprefix('openai_').replace('_', '-')}-id"
    if "id" in _resource.schema:
        CASES.append((_id_case, f"{_resource.go_file}: id is Computed only", _type_name,
                      {**MINIMAL[_type_name], "id": "mine"},
                      [(UNCONFIGURABLE, unconfigurable("id"), '"id": "mine"')]))  # fmt: skip
    else:
        CASES.append((_id_case, f"{_resource.go_file}: no id in the Go schema", _type_name,
                      {**MINIMAL[_type_name], "id": "mine"},
                      [("Invalid or unknown key", "", '"id": "mine"')]))  # fmt: skip


#: The required attributes of the blocks that hold a TypeInt attribute.
BLOCK_REQUIRED = {
    "expires_after": {"anchor": "last_active_at"},
    "chunking_strategy": {"type": "fixed"},
}


def _with_value(type_name: str, path: tuple[str, ...], value: Any) -> dict[str, Any]:
    """A valid configuration of ``type_name`` with ``value`` at ``path`` (block, attribute)."""
    if len(path) == 1:
        return {**MINIMAL[type_name], path[0]: value}
    block, name = path
    return {**MINIMAL[type_name], block: [{**BLOCK_REQUIRED[block], name: value}]}


#: (case id, Go file, resource type, path): every TypeInt attribute, from the Go table.
WHOLE_NUMBERS = [
    (f"{type_name}.{'.'.join(path)}", resource.go_file, type_name, path)
    for type_name, resource in RESOURCES.items()
    for path in int_attribute_paths(resource.schema)
]


def _address(case_id: str) -> str:
    return case_id.replace("-", "_").replace(".", "__")


@pytest.fixture(scope="module")
def reported(
    openai_double_config: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, list[Diagnostic]]:
    """Every case's diagnostics, by resource address, from one ``terraform validate -json``."""
    resources: dict[str, dict[str, Any]] = {}
    for case_id, _, type_name, arguments, _ in CASES:
        resources.setdefault(type_name, {})[_address(case_id)] = arguments
    for case_id, _, type_name, path in WHOLE_NUMBERS:
        resources.setdefault(type_name, {})[_address(case_id)] = _with_value(type_name, path, 1.5)
    # ConflictsWith is skipped while either value is unknown (schema.go, validate)
    resources["openai_thread"]["other"] = {}
    resources["openai_thread_run"]["unknown_existing_thread"] = {
        **THREAD_RUN,
        "existing_thread_id": "${openai_thread.other.id}",
        "thread": [{"messages": [{"role": "user", "content": "hi"}]}],
    }
    # validation.StringIsJSON passes an empty string (structure.NormalizeJsonString)
    resources["openai_thread_run"]["empty_parameters"] = {
        **THREAD_RUN,
        "tools": [{"type": "function", "function": [{**FUNCTION, "parameters": ""}]}],
    }
    text = json.dumps(stack_json(resources), indent=2)
    directory = tmp_path_factory.mktemp("invalid-configs")
    workspace = TerraformWorkspace.create(directory, text, openai_double_config)
    found: dict[str, list[Diagnostic]] = {}
    for diagnostic in validate_json(workspace):
        found.setdefault(diagnostic.address, []).append(diagnostic)
    return found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("type_name", "expected"),
    [pytest.param(case[2], case[4], id=f"{case[0]} ({case[1]})") for case in CASES],
)
def test_the_sdk_rejects_the_value_in_its_own_words(
    type_name: str,
    expected: list[tuple[str, str, str]],
    reported: dict[str, list[Diagnostic]],
    request: pytest.FixtureRequest,
) -> None:
    """helper/schema/schema.go, schemaMap.validate over the Go schema of the resource."""
    case_id = request.node.callspec.id.split(" (")[0]
    found = reported.get(f"{type_name}.{_address(case_id)}", [])
    assert sorted((d.summary, d.detail, d.code.rstrip(",")) for d in found) == sorted(
        (summary, detail, code.rstrip(",")) for summary, detail, code in expected
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("type_name", "path"),
    [pytest.param(case[2], case[3], id=f"{case[0]} ({case[1]})") for case in WHOLE_NUMBERS],
)
def test_every_int_attribute_must_be_a_whole_number(
    type_name: str,
    path: tuple[str, ...],
    reported: dict[str, list[Diagnostic]],
    request: pytest.FixtureRequest,
) -> None:
    """helper/schema/schema.go, validatePrimitive: a ``TypeInt`` given 1.5, nested or not."""
    case_id = request.node.callspec.id.split(" (")[0]
    (found,) = reported[f"{type_name}.{_address(case_id)}"]
    assert (found.summary, found.detail) == ("Attribute must be a whole number, got 1.5", "")
    assert found.code.startswith(f'"{path[-1]}": 1.5')
    if len(path) == 2:
        assert found.context.endswith(f".{path[0]}[0]")


@pytest.mark.slow
def test_unknown_values_and_empty_json_pass(reported: dict[str, list[Diagnostic]]) -> None:
    """ConflictsWith waits for both values (schema.go, validateConflictingAttributes skips an
    unknown one); StringIsJSON accepts ``""``; a valid resource has no diagnostic."""
    assert "openai_thread_run.unknown_existing_thread" not in reported
    assert "openai_thread_run.empty_parameters" not in reported
    assert "openai_thread.other" not in reported


@pytest.mark.slow
@pytest.mark.parametrize(
    ("settings", "environment", "expected"),
    [
        ({"timeout": 1.5}, {}, "Attribute must be a whole number, got 1.5"),
        ({}, {"OPENAI_TIMEOUT": "2.5"}, "Attribute must be a whole number, got 2.5"),
        (
            {},
            {"OPENAI_TIMEOUT": "soon"},
            'error setting default for "timeout": a number is required',
        ),
        ({"timeout": 30}, {"OPENAI_TIMEOUT": "soon"}, None),
    ],
    ids=["timeout-1.5", "OPENAI_TIMEOUT-2.5", "OPENAI_TIMEOUT-not-a-number", "set-wins-over-env"],
)
def test_the_provider_block_is_checked_like_prepare_provider_config(
    settings: dict[str, Any],
    environment: dict[str, str],
    expected: str | None,
    openai_double_config: Path,
    tmp_path: Path,
) -> None:
    """provider.go, Provider: ``timeout`` is a TypeInt whose DefaultFunc reads OPENAI_TIMEOUT;
    grpc_provider.go, PrepareProviderConfig converts the default, then validates (``plan``:
    ``terraform validate`` does not check an empty provider block)."""
    stack = stack_json({"openai_thread": {"chat": {}}})
    stack["provider"]["openai"] = [settings]
    workspace = TerraformWorkspace.create(
        tmp_path, json.dumps(stack, indent=2), openai_double_config
    )
    workspace.environment.update(environment)
    result = workspace.plan()
    errors = [
        line.removeprefix("Error: ") for line in result.stderr.splitlines() if "Error: " in line
    ]
    assert errors == ([expected] if expected else []), result.output
    assert result.returncode == (1 if expected else 0)


# Terraform itself rejects what the served schema cannot hold, before the provider sees it.
CORE_CASES = [
    ("unknown-attribute", "openai_run", {**RUN, "temprature": 1},
     'No argument or block type is named "temprature"'),
    ("missing-required", "openai_run", {"thread_id": "thread_abc"},
     'The argument "assistant_id" is required'),
    ("wrong-type", "openai_run", {**RUN, "temperature": "warm"}, "a number is required"),
    ("tools-block-on-run", "openai_run",
     {**RUN, "tools": [{"type": "function", "function": [FUNCTION]}]},
     "Incorrect attribute value type"),
    ("tool-resources-on-assistant", "openai_assistant",
     {**ASSISTANT, "tool_resources": [{"code_interpreter": [{"file_ids": []}]}]},
     'No argument or block type is named "tool_resources"'),
]  # fmt: skip


@pytest.mark.slow
def test_terraform_rejects_what_the_schema_cannot_hold(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """The served schema (``terraform providers schema -json`` of the Go schemas) is enforced
    by Terraform itself: unknown names, missing required arguments, wrong types."""
    resources: dict[str, dict[str, Any]] = {}
    for case_id, type_name, arguments, _ in CORE_CASES:
        resources.setdefault(type_name, {})[_address(case_id)] = arguments
    result = openai_double_workspace(stack_json(resources)).validate()
    assert result.returncode == 1
    blocks = [" ".join(block.split()) for block in result.stderr.split("Error: ")[1:]]
    for case_id, type_name, _, expected in CORE_CASES:
        address = f"resource.{type_name}.{_address(case_id)}"
        assert any(expected in block and address in block for block in blocks), case_id
