"""``internal/provider/resource_openai_assistant.go`` (v1.2.0): create, read, update, delete.

Each function follows the Go function of the same role line by line: which fields are sent
(``d.GetOk``: unset or zero values are not), which response fields are written to state
(``d.Set``), and which errors are returned. Notable, as in Go:

- Create writes ``model``, ``name``, ``description``, ``instructions`` (``""`` when the API
  returns none), ``file_ids`` and ``created_at``, but not ``tools`` or ``metadata``;
- Read writes ``tools`` (function parameters re-encoded compactly, as ``json.Marshal`` does) and
  ``metadata`` only when the API returns some;
- Update sends only what changed, then reads.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.gojson import go_json_syntax_error
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import (
    call,
    changed_values,
    delete_and_forget,
    metadata_strings,
    read_by_id,
    set_fields,
    set_values,
)


def go_json_marshal(value: Any) -> str:
    """``json.Marshal`` of a decoded JSON value: compact, keys sorted, ``<>&`` escaped."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def tools_state(
    tools: Iterable[Mapping[str, Any]],
    parameters: Callable[[Mapping[str, Any]], str],
    *,
    functions_only: bool = True,
) -> list[dict[str, Any]]:
    """An assistant's ``tools`` as the Go code writes them: ``type``, and a ``function`` block.

    The block (``name``, ``parameters`` as text, ``description`` when not empty) is written
    for a tool with a ``function`` (and, with ``functions_only``, of type ``function``).

    Args:
        tools: The API's tools.
        parameters: How the Go code turns a function's ``parameters`` into text: the
            resource re-encodes them (:func:`go_json_marshal`), the data sources keep the
            response's bytes.
        functions_only: Whether only a tool of type ``function`` gets the block.
    """
    flattened = []
    for tool in tools:
        state: dict[str, Any] = {"type": tool["type"]}
        function = tool.get("function")
        if function is not None and (tool["type"] == "function" or not functions_only):
            entry = {"name": function["name"], "parameters": parameters(function)}
            if function.get("description"):
                entry["description"] = function["description"]
            state["function"] = [entry]
        flattened.append(state)
    return flattened


def _raw_json(text: str, action: str) -> Any:
    """``json.RawMessage(text)`` inside a request: ``json.Marshal`` fails on invalid JSON."""
    error = go_json_syntax_error(text)
    if error is not None:
        raise ProviderError(
            ProviderDiagnostic(
                f"error serializing {action} request: json: error calling MarshalJSON "
                f"for type json.RawMessage: {error}"
            )
        )
    return json.loads(text)


def _tools_request(d: ResourceData, action: str) -> list[dict[str, Any]]:
    tools = []
    for tool in d.get("tools"):
        request: dict[str, Any] = {"type": tool["type"]}
        if tool["type"] == "function" and tool["function"]:
            function = tool["function"][0]
            request["function"] = {
                "name": function["name"],
                "parameters": _raw_json(function["parameters"], action),
            }
            if function["description"] != "":
                request["function"]["description"] = function["description"]
        tools.append(request)
    return tools


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAssistantCreate``."""
    request: dict[str, Any] = {"model": d.get("model")}
    request.update(set_values(d, ("name", "description", "instructions")))
    if d.get_ok("tools")[1]:
        request["tools"] = _tools_request(d, "assistant")
    request.update(set_values(d, ("file_ids", "metadata")))
    response = call(
        lambda: api.create_assistant(request), "error creating assistant: {type} - {message}"
    )
    d.set_id(response["id"])
    d.set("created_at", response["created_at"])
    d.set("model", response["model"])
    set_fields(d, response, ("name", "description", "instructions"), null="")
    d.set("file_ids", response.get("file_ids"))


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAssistantRead``: a 404 removes it from state."""
    response = read_by_id(d, api.get_assistant, "error reading assistant: {type} - {message}")
    if response is None:
        return
    d.set("model", response["model"])
    set_fields(d, response, ("name", "description", "instructions"), null="")
    d.set("created_at", response["created_at"])
    d.set("file_ids", response.get("file_ids"))
    if response["tools"]:
        d.set(
            "tools",
            tools_state(response["tools"], lambda f: go_json_marshal(f.get("parameters"))),
        )
    if response["metadata"]:
        d.set("metadata", metadata_strings(response["metadata"]))


def update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAssistantUpdate``: sends what changed, then reads."""
    request = changed_values(d, ("model", "name", "description", "instructions"))
    if d.has_change("tools"):
        request["tools"] = _tools_request(d, "update")
    request.update(changed_values(d, ("file_ids", "metadata")))
    call(
        lambda: api.update_assistant(d.id, request), "error updating assistant: {type} - {message}"
    )
    read(d, api)


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAssistantDelete``: a 404 is not an error."""
    delete_and_forget(
        d, lambda: api.delete_assistant(d.id), "error deleting assistant: {type} - {message}"
    )
