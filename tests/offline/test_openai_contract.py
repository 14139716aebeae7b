"""What OpenAI accepts: every request the ported Go code can send, checked against the SDK.

For every resource type and data source the double serves with a port (``crud.OPERATIONS``,
``crud.DATA_SOURCE_READS``: a new port is covered without a change here), the test fills a
configuration from the Go schema with valid values, every optional field set, and drives the
port's Create, Read, Update (from a configuration with the required fields only, so that every
field changes) and Delete over the fake API, recording each request
(:func:`~cdktf_openai.offline.openai_contract.recording`). Each variant picks another value of
each enumerated field and flips every boolean, so each tool type, role and purpose is sent.
The requests go through :func:`~cdktf_openai.offline.openai_contract.violations`; what OpenAI
would reject, and which SDK type each endpoint was checked against, must be
``openai_contract_expected.txt``. When the pinned ``openai`` changes (or a port does), the
test prints the lines that changed; ``CDKTF_OPENAI_UPDATE_CONTRACT=1`` rewrites the file.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import OpenAIProvider, Response
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.offline import TerraformError, openai_contract
from cdktf_openai.offline.crud import DATA_SOURCE_READS, OPERATIONS
from cdktf_openai.offline.diagnostics import ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.goschema import GoField, GoType, all_resources, data_sources
from cdktf_openai.offline.openai_contract import (
    ENDPOINTS,
    SWITCH,
    Endpoint,
    violations,
    violations_of_call,
)
from cdktf_openai.offline.provider import data_source_schemas, resource_schemas
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from cdktf_openai.offline.resource_data import ResourceData, SetError
from cdktf_openai.offline.state import ObjectStore
from tests.offline.conftest import api_objects

EXPECTED = Path(__file__).with_name("openai_contract_expected.txt")
#: How many variants of each configuration are sent (enumerations cycle through their values).
VARIANTS = 4

#: Values the Go schema cannot tell (no ValidateFunc) but the API needs to make sense of: by
#: attribute name. Everything else is derived from the schema.
MEANINGFUL: dict[str, Any] = {
    "model": "gpt-4o",
    "model_id": "gpt-4o",
    "email": "someone@example.com",
    "emails": ["someone@example.com"],
    "role": "user",
    "content": "Hello",
    "input": "Hello",
    "parameters": '{"type": "object", "properties": {}}',
    "function_call": "auto",
    "encoding_format": "float",
    "include": ["file_search_call.results"],
    "anchor": "last_active_at",
    "chunking_strategy.type": "auto",
    "attachments.tools.type": "file_search",
    "tools": [{"type": "code_interpreter"}],  # openai_run's: a list of string maps
    "logit_bias": {"50256": -100},
    "assistant_id": "asst_contract",
    "thread_id": "thread_contract",
    "existing_thread_id": "thread_contract",
    "file_id": "file-contract",
    "file_ids": ["file-contract"],
    "vector_store_id": "vs_contract",
    "project_id": "proj_contract",
    "user_id": "user-contract",
    "service_account_id": "svc_acct_contract",
    "invite_id": "invite-contract",
    "api_key_id": "key_contract",
    "expires_at": 1_900_000_000,
    "admin_key": "offline-contract-admin-key",
    "completion_window": "24h",  # a batch's (a run's is a number)
    "endpoint": "/v1/chat/completions",
    "integrations.type": "wandb",
    "method.type": "supervised",
    "n_epochs": "3",  # a fine-tuned model's (text: "auto" or a whole number)
}
#: The Python values of each Go type (a MEANINGFUL value is used only where its type fits).
_PYTHON_TYPES: dict[GoType, type | tuple[type, ...]] = {
    GoType.STRING: str,
    GoType.INT: int,
    GoType.FLOAT: (int, float),
    GoType.BOOL: bool,
    GoType.MAP: dict,
    GoType.LIST: list,
}
#: Attributes that name a local file (made in the test's folder).
LOCAL_FILES = ("file", "output_file", "file_path", "image", "mask")


def _options(validate: Callable[[Any, str], list[str]]) -> list[str]:
    """The values a ``validation.StringInSlice`` takes, read from its error message."""
    (message,) = validate("\0", "x") or [""]
    found = re.search(r"to be one of \[(.*)\]", message)
    return re.findall(r'"([^"]*)"', found.group(1)) if found else []


def _fill(name: str, field: GoField, variant: int, folder: Path, path: str = "") -> Any:
    """A valid value of one attribute, as Terraform plans it (blocks as lists of maps)."""
    path = f"{path}.{name}" if path else name
    if field.block is not None:
        return [_fill_block(field.block, variant, folder, required_only=False, path=path)]
    if name in LOCAL_FILES:
        local = folder / f"{name}-{variant}.jsonl"
        local.write_text('{"contract": true}\n')
        return str(local)
    if field.validate is not None and field.type is GoType.STRING:
        options = _options(field.validate)
        if options:
            return options[variant % len(options)]
        if field.validate("", name) == []:  # e.g. StringIsJSON
            return MEANINGFUL.get(name, '{"type": "object", "properties": {}}')
    for key in (path, name):
        if key in MEANINGFUL and isinstance(MEANINGFUL[key], _PYTHON_TYPES[field.type]):
            return MEANINGFUL[key]
    if field.type is GoType.STRING:
        return f"{name}_{variant}"
    if field.type is GoType.BOOL:
        return variant % 2 == 0
    if field.type is GoType.INT:
        return 10 + variant
    if field.type is GoType.FLOAT:
        return 0.5
    if field.type is GoType.MAP:
        return {"key": 1} if field.element_type in (GoType.INT, GoType.FLOAT) else {"key": "value"}
    element = GoField(field.element_type)
    return [_fill(name, element, variant, folder, path)]


def _fill_block(
    block: Mapping[str, GoField],
    variant: int,
    folder: Path,
    *,
    required_only: bool,
    path: str = "",
) -> dict[str, Any]:
    """Every attribute of a block: required and optional ones set, computed ones left null.

    Of attributes that conflict (``ConflictsWith``), each variant sets another one.
    """
    values: dict[str, Any] = {}
    for name, field in block.items():
        settable = field.required or (field.optional and not required_only)
        if field.conflicts_with:
            group = sorted({name, *field.conflicts_with})
            settable = settable and group[variant % len(group)] == name
        values[name] = (
            _fill(name, field, variant, folder, path)
            if settable and not name.startswith("_")
            else None
        )
    return values


def _driven(
    label: str,
    steps: list[tuple[str, Callable[[], None]]],
    calls: list[tuple[str, str, openai_contract.CallRecord]],
) -> None:
    """Run each step, recording its requests; an error ends the steps (as it ends an apply)."""
    for operation, step in steps:
        with openai_contract.recording() as recorded:
            try:
                step()
            except (ProviderError, ApiError, SetError):
                recorded.append(openai_contract.CallRecord("(failed)"))
        calls += [(label, operation, call) for call in recorded]
        if recorded and recorded[-1].name == "(failed)":
            return


def _resource_steps(
    type_name: str, api: FakeOpenAI, variant: int, folder: Path
) -> list[tuple[str, Callable[[], None]]]:
    operations = OPERATIONS[type_name]
    resource = all_resources()[type_name]
    block = resource_schemas()[type_name]["block"]
    full = _fill_block(resource.schema, variant, folder, required_only=False)
    minimal = _fill_block(resource.schema, variant, folder, required_only=True)
    created: dict[str, Any] = {}
    second: dict[str, Any] = {}

    def create() -> None:
        d = ResourceData(resource, block, None, full)
        operations.create(d, api)
        created["state"] = d.new_state(apply=True)

    def read() -> None:
        operations.read(ResourceData(resource, block, created["state"], None), api)

    def create_minimal() -> None:
        d = ResourceData(resource, block, None, minimal)
        operations.create(d, api)
        second["state"] = d.new_state(apply=True)

    def update() -> None:
        assert operations.update is not None
        prior = second["state"]
        operations.update(ResourceData(resource, block, prior, {**full, "id": prior["id"]}), api)

    def delete() -> None:
        operations.delete(ResourceData(resource, block, created["state"], None), api)

    steps = [("create", create), ("read", read)]
    if operations.update is not None:
        steps += [("create", create_minimal), ("update", update)]
    return [*steps, ("delete", delete)]


def _sent(tmp_path: Path) -> list[tuple[str, str, openai_contract.CallRecord]]:
    """Every request the ported Go functions send, by resource (or data source) and operation."""
    calls: list[tuple[str, str, openai_contract.CallRecord]] = []
    for variant in range(VARIANTS):
        folder = tmp_path / f"variant-{variant}"
        folder.mkdir()
        api = FakeOpenAI(ObjectStore(folder / "objects"), clock=lambda: 1_800_000_000)
        for type_name in sorted(OPERATIONS):
            _driven(type_name, _resource_steps(type_name, api, variant, folder), calls)
        for type_name, read in sorted(DATA_SOURCE_READS.items()):
            schema = data_sources()[type_name]
            planned = _fill_block(schema.schema, variant, folder, required_only=False)
            block = data_source_schemas()[type_name]["block"]

            d = ResourceData(schema, block, None, planned)

            def step(read: Any = read, d: ResourceData = d, api: FakeOpenAI = api) -> None:
                read(d, api)

            _driven(f"data.{type_name}", [("read", step)], calls)
    return calls


def _endpoint_line(endpoint: Endpoint, arguments: Mapping[str, Any]) -> str:
    path, params = endpoint.resolve(arguments)
    checked = params or f"unchecked: {endpoint.unchecked}"
    form = " (form: field names only)" if params and endpoint.is_form(arguments) else ""
    return f"{endpoint.method} {path} -> {checked}{form}"


def contract_lines(tmp_path: Path) -> list[str]:
    """What the expectation file holds: endpoints sent, by type; what OpenAI rejects."""
    sent: set[str] = set()
    rejected: set[str] = set()
    for label, operation, call in _sent(tmp_path):
        if call.name == "(failed)":
            continue
        endpoint = ENDPOINTS[call.name]
        sent.add(f"{label} {operation}: {_endpoint_line(endpoint, call.arguments)}")
        if endpoint.params is None:
            continue
        path, _ = endpoint.resolve(call.arguments)
        body = endpoint.request(call.arguments)
        for rejection in violations_of_call(endpoint, body, call.arguments):
            rejected.add(
                f"{label} {operation}: {endpoint.method} {path} "
                f"{rejection.param} ({rejection.code}) {rejection.message}"
            )
    return [
        f"# tests/offline/test_openai_contract.py (openai {version('openai')}); "
        "rewrite: CDKTF_OPENAI_UPDATE_CONTRACT=1",
        "## what OpenAI would reject",
        *sorted(rejected),
        "## the requests sent, and the SDK type each is checked against",
        *sorted(sent),
    ]


@pytest.fixture(autouse=True)
def _contract_off_while_recording(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ports run to the end with every request recorded; the test checks them itself."""
    monkeypatch.setenv(SWITCH, "off")


def test_what_openai_rejects_of_every_request_the_ports_send(tmp_path: Path) -> None:
    """Every resource and data source with a port, every optional field set, against the
    SDK's request types: the exact list is the committed expectation file."""
    lines = contract_lines(tmp_path)
    if os.environ.get("CDKTF_OPENAI_UPDATE_CONTRACT") == "1":
        EXPECTED.write_text("\n".join(lines) + "\n")
    expected = EXPECTED.read_text().splitlines()
    gone = [line for line in expected[1:] if line not in lines]
    new = [line for line in lines[1:] if line not in expected]
    assert (gone, new) == ([], []), (
        "the requests or what OpenAI rejects changed (openai "
        f"{version('openai')}):\n- " + "\n- ".join(gone) + "\n+ " + "\n+ ".join(new)
    )


def test_every_port_and_every_endpoint_it_calls_is_covered(tmp_path: Path) -> None:
    """Each port sends at least one request (data sources that only compute aside), and each
    endpoint called has a row in ENDPOINTS (a new endpoint needs one)."""
    calls = _sent(tmp_path)
    called = {call.name for _, _, call in calls} - {"(failed)"}
    assert called - set(ENDPOINTS) == set()
    labels = {label for label, _, call in calls if call.name != "(failed)"}
    assert {t for t in OPERATIONS if t not in labels} <= {"openai_text_to_speech"}
    expected = EXPECTED.read_text()
    for name in ("openai_model_response", "openai_run", "openai_assistant"):
        assert f"\n{name} create:" in expected


@pytest.mark.parametrize(
    ("endpoint", "body", "found"),
    [
        ("create_response", {"model": "m", "input": "x"}, []),
        (
            "create_response",
            {"model": "m", "input": "x", "top_k": 3},
            [("top_k", "unknown_parameter", "Unknown parameter: 'top_k'.")],
        ),
        (
            "create_run",
            {"max_completion_tokens": 10},
            [
                (
                    "assistant_id",
                    "missing_required_parameter",
                    "Missing required parameter: 'assistant_id'.",
                )
            ],
        ),
        (
            "create_assistant",
            {"model": "m", "tools": [{"type": "file_search"}, {"type": "retrieval"}]},
            [
                (
                    "tools[1].type",
                    "invalid_value",
                    "Invalid value: 'retrieval'. Supported values are: 'code_interpreter', "
                    "'file_search', and 'function'.",
                )
            ],
        ),
        (
            "create_assistant",
            {"model": "m", "tools": [{"type": "function", "function": {"name": "f", "x": 1}}]},
            [
                (
                    "tools[0].function.x",
                    "unknown_parameter",
                    "Unknown parameter: 'tools[0].function.x'.",
                )
            ],
        ),
        ("create_assistant", {"model": "m", "temperature": 1}, []),
        (
            "create_assistant",
            {"model": "m", "temperature": "1"},
            [
                (
                    "temperature",
                    "invalid_type",
                    "Invalid type for 'temperature': expected one of a number or null, "
                    "but got a string instead.",
                )
            ],
        ),
        (
            "create_vector_store",
            {"chunking_strategy": {"type": "static"}},
            [
                (
                    "chunking_strategy.static",
                    "missing_required_parameter",
                    "Missing required parameter: 'chunking_strategy.static'.",
                )
            ],
        ),
        ("update_message", {"metadata": {"a": "b"}}, []),  # thread_id is in the path
        (
            "create_thread",
            {"messages": [{"role": "user", "content": "x", "file_ids": ["f"]}]},
            [
                (
                    "messages[0].file_ids",
                    "unknown_parameter",
                    "Unknown parameter: 'messages[0].file_ids'.",
                )
            ],
        ),
    ],
)
def test_the_check_at_its_bounds(endpoint: str, body: Any, found: list[tuple[str, ...]]) -> None:
    """Just inside and just outside each kind of rule, in OpenAI's words."""
    rejections = violations(ENDPOINTS[endpoint], body)
    assert [(r.param, r.code, r.message) for r in rejections] == found


def test_the_fake_api_answers_like_openai_unless_switched_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HTTP 400 with OpenAI's error object (the first rejection); nothing is created. With
    the switch off the same request is taken."""
    api = FakeOpenAI(ObjectStore(tmp_path / "objects"))
    request = {"model": "gpt-4o", "input": "x", "top_k": 3, "max_tokens": 5}
    monkeypatch.delenv(SWITCH)
    with pytest.raises(ApiError) as raised:
        api.create_response(request)
    assert raised.value.status == 400
    assert json.loads(raised.value.body()) == {
        "error": {
            "message": "Unknown parameter: 'top_k'.",
            "type": "invalid_request_error",
            "param": "top_k",
            "code": "unknown_parameter",
        }
    }
    assert api.store.stored("response") == []
    monkeypatch.setenv(SWITCH, "OFF")
    assert api.create_response(request)["id"].startswith("resp_")
    monkeypatch.setenv(SWITCH, "on")
    with pytest.raises(ApiError):
        api.create_response(request)


def _top_k_stack() -> TerraformStack:
    stack = TerraformStack(App(), "stack")
    OpenAIProvider(stack, "openai")
    response = Response(stack, "review", model="gpt-4o", input="Review x = 1")
    response.resource.add_override("top_k", 40)  # the escape hatch: Response refuses top_k
    return stack


@pytest.mark.slow
def test_terraform_apply_fails_with_the_provider_s_rendering_of_the_400(
    openai_double_workspace: WorkspaceFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """resourceOpenAIModelResponseCreate: ``Error making request: API error: <message>``; with
    the switch off the same stack applies and top_k reaches the API."""
    monkeypatch.delenv(SWITCH)
    workspace = openai_double_workspace(_top_k_stack())
    with pytest.raises(TerraformError) as failed:
        workspace.apply()
    output = " ".join(failed.value.result.output.split())
    assert "Error: Error making request: API error: Unknown parameter: 'top_k'." in output
    assert api_objects(workspace, "response") == {}
    workspace.environment[SWITCH] = "off"
    workspace.apply()
    (stored,) = api_objects(workspace, "response").values()
    assert stored["request"]["top_k"] == 40


#: A child that prints the switch as it sees it (the double, started by Terraform, would).
PROBE = ["-c", f"import os; print(os.environ.get({SWITCH!r}, 'unset'))"]


def test_the_cli_switch_reaches_the_command_and_the_shell(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """``run --no-openai-contract`` sets the switch for the command only; ``env
    --no-openai-contract`` exports it; without the option neither sets it (the check is on)."""
    import sys

    from cdktf_openai.offline import cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(SWITCH)
    assert cli.main(["run", "--", sys.executable, *PROBE]) == 0
    assert capfd.readouterr().out == "unset\n"
    assert cli.main(["run", "--no-openai-contract", "--", sys.executable, *PROBE]) == 0
    assert capfd.readouterr().out == "off\n"
    assert SWITCH not in os.environ
    assert cli.main(["env"]) == 0
    assert SWITCH not in capfd.readouterr().out
    assert cli.main(["env", "--no-openai-contract"]) == 0
    assert f"export {SWITCH}=off\n" in capfd.readouterr().out
    assert cli.main(["unlock"]) == 0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("arguments", "ini", "seen"),
    [
        ([], "", "unset"),
        (["--openai-offline-no-contract"], "", "off"),
        ([], "openai_offline_contract = false", "off"),
        ([], "openai_offline_contract = true", "unset"),
    ],
)
def test_the_pytest_switch(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
    ini: str,
    seen: str,
) -> None:
    """The plugin's option and ini setting turn the check off for the session (default on)."""
    import subprocess
    import sys

    (tmp_path / "pytest.ini").write_text(f"[pytest]\n{ini}\n")
    (tmp_path / "test_probe.py").write_text(
        "import os\n\n"
        "def test_probe():\n"
        f"    print('SWITCH=' + os.environ.get({SWITCH!r}, 'unset'))\n"
    )
    environment = {k: v for k, v in os.environ.items() if k != SWITCH}
    # the plugin is registered by the package's entry point (pytest11)
    command = [sys.executable, "-m", "pytest", "-s", "-q", "-p", "no:cacheprovider", *arguments]
    result = subprocess.run(
        command,
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SWITCH={seen}" in result.stdout
