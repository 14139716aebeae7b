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
from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.gojson import go_json_syntax_error
from cdktf_openai.offline.resource_data import ResourceData


def go_json_marshal(value: Any) -> str:
    """``json.Marshal`` of a decoded JSON value: compact, keys sorted, ``<>&`` escaped."""
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


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


def _api_error(action: str, error: ApiError) -> ProviderError:
    return ProviderError(
        ProviderDiagnostic(f"error {action} assistant: {error.type} - {error.message}")
    )


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAssistantCreate``."""
    request: dict[str, Any] = {"model": d.get("model")}
    for name in ("name", "description", "instructions"):
        value, ok = d.get_ok(name)
        if ok:
            request[name] = value
    if d.get_ok("tools")[1]:
        request["tools"] = _tools_request(d, "assistant")
    file_ids, ok = d.get_ok("file_ids")
    if ok:
        request["file_ids"] = file_ids
    metadata, ok = d.get_ok("metadata")
    if ok:
        request["metadata"] = metadata
    try:
        response = api.create_assistant(request)
    except ApiError as error:
        raise _api_error("creating", error) from error
    d.set_id(response["id"])
    d.set("created_at", response["created_at"])
    d.set("model", response["model"])
    d.set("name", response["name"] or "")
    d.set("description", response["description"] or "")
    d.set("instructions", response["instructions"] or "")
    d.set("file_ids", response.get("file_ids"))


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAssistantRead``: a 404 removes it from state."""
    if not d.id:
        return
    try:
        response = api.get_assistant(d.id)
    except ApiError as error:
        if error.status == 404:
            d.set_id("")
            return
        raise _api_error("reading", error) from error
    d.set("model", response["model"])
    d.set("name", response["name"] or "")
    d.set("description", response["description"] or "")
    d.set("instructions", response["instructions"] or "")
    d.set("created_at", response["created_at"])
    d.set("file_ids", response.get("file_ids"))
    if response["tools"]:
        tools = []
        for tool in response["tools"]:
            state: dict[str, Any] = {"type": tool["type"]}
            function = tool.get("function")
            if tool["type"] == "function" and function is not None:
                entry = {
                    "name": function["name"],
                    "parameters": go_json_marshal(function.get("parameters")),
                }
                if function.get("description"):
                    entry["description"] = function["description"]
                state["function"] = [entry]
            tools.append(state)
        d.set("tools", tools)
    if response["metadata"]:
        d.set("metadata", {key: str(value) for key, value in response["metadata"].items()})


def update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAssistantUpdate``: sends what changed, then reads."""
    request: dict[str, Any] = {}
    for name in ("model", "name", "description", "instructions"):
        if d.has_change(name):
            request[name] = d.get(name)
    if d.has_change("tools"):
        request["tools"] = _tools_request(d, "update")
    if d.has_change("file_ids"):
        request["file_ids"] = d.get("file_ids")
    if d.has_change("metadata"):
        request["metadata"] = d.get("metadata")
    try:
        api.update_assistant(d.id, request)
    except ApiError as error:
        raise _api_error("updating", error) from error
    read(d, api)


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAssistantDelete``: a 404 is not an error."""
    try:
        api.delete_assistant(d.id)
    except ApiError as error:
        if error.status == 404:
            d.set_id("")
            return
        raise _api_error("deleting", error) from error
    d.set_id("")
