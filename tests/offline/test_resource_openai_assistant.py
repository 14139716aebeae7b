"""``openai_assistant`` through real terraform: resource_openai_assistant.go, reproduced."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai.offline import TerraformError
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import api_objects, resources, rewrite, stack_json

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # terraform on hand-written JSON, no core

WEATHER = {"name": "get_weather", "parameters": '{"type": "object", "properties": {}}'}


def assistant_stack(**arguments: Any) -> dict[str, Any]:
    """One assistant."""
    return stack_json({"openai_assistant": {"helper": {"model": "gpt-4o", **arguments}}})


@pytest.mark.slow
def test_create_writes_what_go_sets(openai_double_workspace: WorkspaceFactory) -> None:
    """resourceOpenAIAssistantCreate writes ``name``/``description``/``instructions`` as the
    API returns them (``""`` when unset: Go decodes ``null`` to ""), ``model``, ``file_ids`` and
    ``created_at``; not ``tools`` or ``metadata``, which keep the configured values."""
    workspace = openai_double_workspace(
        assistant_stack(tools=[{"type": "file_search"}], metadata={"team": "a"})
    )
    workspace.apply()
    assistant = resources(workspace)["openai_assistant.helper"]
    assert (assistant["name"], assistant["description"], assistant["instructions"]) == ("",) * 3
    assert assistant["created_at"] > 0 and assistant["file_ids"] is None
    assert assistant["tools"] == [{"type": "file_search", "function": []}]
    assert assistant["metadata"] == {"team": "a"}
    assert workspace.plan(detailed_exitcode=True, refresh=False).returncode == 0


@pytest.mark.slow
def test_every_change_is_in_place_and_sends_only_what_changed(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """resource_openai_assistant.go has no ForceNew: a change is an update; Update sends the
    fields whose ``d.HasChange`` is true, then reads."""
    workspace = openai_double_workspace(assistant_stack(name="Helper"))
    workspace.apply()
    identifier = resources(workspace)["openai_assistant.helper"]["id"]
    rewrite(workspace, assistant_stack(name="Helper", model="gpt-4o-mini", instructions="Brief."))
    plan = workspace.plan()
    assert "Plan: 0 to add, 1 to change, 0 to destroy." in plan.stdout
    workspace.apply()
    assistant = resources(workspace)["openai_assistant.helper"]
    assert assistant["id"] == identifier and assistant["model"] == "gpt-4o-mini"
    assert api_objects(workspace, "assistant")[identifier]["instructions"] == "Brief."


@pytest.mark.slow
def test_read_re_encodes_function_parameters_as_json_marshal_does(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """resourceOpenAIAssistantRead writes tools back with ``parameters`` re-marshalled
    (compact, keys sorted): configured with spaces, the next plan shows an in-place update."""
    workspace = openai_double_workspace(
        assistant_stack(tools=[{"type": "function", "function": [WEATHER]}])
    )
    workspace.apply()
    workspace.refresh()
    (tool,) = resources(workspace)["openai_assistant.helper"]["tools"]
    assert tool["function"][0]["parameters"] == '{"properties":{},"type":"object"}'
    plan = workspace.plan(detailed_exitcode=True)
    assert plan.returncode == 2 and "will be updated in-place" in plan.stdout


@pytest.mark.slow
def test_invalid_parameters_fail_the_request_and_a_deleted_assistant_is_planned_again(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """resourceOpenAIAssistantCreate sends ``parameters`` as ``json.RawMessage``: invalid JSON
    fails ``json.Marshal``; resourceOpenAIAssistantRead removes an assistant the API no
    longer has (404)."""
    broken = {**WEATHER, "parameters": "{oops"}
    workspace = openai_double_workspace(
        assistant_stack(tools=[{"type": "function", "function": [broken]}]), "broken"
    )
    with pytest.raises(TerraformError) as failed:
        workspace.apply()
    assert (
        "error serializing assistant request: json: error calling MarshalJSON for type "
        "json.RawMessage: invalid character 'o' looking for beginning of object key string"
    ) in " ".join(failed.value.result.stderr.split())

    workspace = openai_double_workspace(assistant_stack(), "deleted")
    workspace.apply()
    identifier = resources(workspace)["openai_assistant.helper"]["id"]
    workspace.objects().delete("assistant", identifier)
    plan = workspace.plan(detailed_exitcode=True)
    assert plan.returncode == 2 and "openai_assistant.helper will be created" in plan.stdout
