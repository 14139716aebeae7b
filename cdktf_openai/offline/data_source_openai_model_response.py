"""Responses read back (v1.2.0): three data sources of ``/v1/responses``.

``openai_model_response``, ``openai_model_response_input_items``, ``openai_model_responses``.
Ports of ``internal/provider/data_source_openai_model_response.go``,
``data_source_openai_model_response_input_items.go`` and
``data_source_openai_model_responses.go``. ``openai_model_response`` reads
``GET /responses/{id}`` (its ``include`` values are checked first, in the Go words) and then the
response's input items; usage counts are text. A missing response is an error
(``model response with ID <id> not found``). ``openai_model_responses`` asks for
``GET /responses``, which the Responses API does not have: it always fails with the API's 404.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.gofmt import go_value_v
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import set_or_fail

#: ``validIncludeValues`` of the data source's Read.
VALID_INCLUDE = (
    "usage.input_tokens_details", "usage.output_tokens_details", "file_search_results",
    "web_search_results", "message_files.url", "computation_files.url",
)  # fmt: skip


def _fail(message: str) -> ProviderError:
    return ProviderError(ProviderDiagnostic(message))


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _api_failure(error: ApiError) -> ProviderError:
    """``API error: <type> - <message> (<code>)`` (a ``null`` code is ``""``)."""
    return _fail(f"API error: {error.type} - {error.message} ({error.code})")


def _usage(usage: Mapping[str, Any], *, details: bool) -> dict[str, str]:
    written = {}
    for key, value in usage.items():
        if _number(value):
            written[key] = str(int(value))
        elif details and isinstance(value, Mapping):
            written[key] = "map[" + "".join(f"{k}:{go_value_v(v)} " for k, v in value.items()) + "]"
        else:
            written[key] = go_value_v(value)
    return written


def _first_text(item: Mapping[str, Any], types: tuple[str, ...] | None) -> str | None:
    content = item.get("content")
    if isinstance(content, list) and content and isinstance(content[0], Mapping):
        first = content[0]
        if types is not None and first.get("type") not in types:
            return None
        if isinstance(first.get("text"), str):
            return str(first["text"])
    return None


def _input_items(data: list[Any], *, status: bool) -> list[dict[str, Any]]:
    items = []
    for item in data:
        if not isinstance(item, Mapping):
            continue
        names = ("type", "id", "role", "status") if status else ("type", "id", "role")
        entry = {name: item[name] for name in names if isinstance(item.get(name), str)}
        text = _first_text(item, ("input_text", "text") if status else None)
        if text is not None:
            entry["content"] = text
        items.append(entry)
    return items


def data_model_response(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIModelResponseRead``: the response, then its input items."""
    response_id = d.get("response_id")
    if not response_id:
        raise _fail("response_id is required")
    includes, ok = d.get_ok("include")
    for value in includes if ok else []:
        if value not in VALID_INCLUDE:
            raise _fail(
                f"invalid include value: {value}. Valid values are: {', '.join(VALID_INCLUDE)}"
            )
    try:
        response = api.get_response(response_id)
    except ApiError as error:
        if error.status == 404:
            raise _fail(f"model response with ID {response_id} not found") from error
        raise _api_failure(error) from error
    d.set_id(response_id)
    if _number(response.get("created_at")):
        set_or_fail(d, "created_at", int(response["created_at"]))
    for name in ("status", "model"):
        if isinstance(response.get(name), str):
            set_or_fail(d, name, response[name])
    for name in ("temperature", "top_p"):
        if _number(response.get(name)):
            set_or_fail(d, name, float(response[name]))
    output = response.get("output")
    if isinstance(output, list) and output:
        written: dict[str, str] = {}
        if isinstance(output[0], Mapping):
            if isinstance(output[0].get("role"), str):
                written["role"] = output[0]["role"]
            text = _first_text(output[0], None)
            if text is not None:
                written["text"] = text
        set_or_fail(d, "output", written)
    if isinstance(response.get("usage"), Mapping):
        set_or_fail(d, "usage", _usage(response["usage"], details=True))
    try:
        items = api.list_response_input_items(response_id)
    except ApiError:
        return  # only a 200 is read
    if isinstance(items.get("data"), list):
        set_or_fail(d, "input_items", _input_items(items["data"], status=False))


def data_input_items(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIModelResponseInputItemsRead``: ``GET /responses/{id}/input_items``."""
    response_id = d.get("response_id")
    if not response_id:
        raise _fail("response_id is required")
    limit, _ = d.get_ok("limit")
    after, _ = d.get_ok("after")
    order, _ = d.get_ok("order")
    try:
        listed = api.list_response_input_items(response_id, after, limit or 20, order or "desc")
    except ApiError as error:
        if error.status == 404:
            raise _fail(f"model response with ID {response_id} not found") from error
        raise _api_failure(error) from error
    d.set_id(response_id)
    if isinstance(listed.get("has_more"), bool):
        set_or_fail(d, "has_more", listed["has_more"])
    for name in ("first_id", "last_id"):
        if isinstance(listed.get(name), str):
            set_or_fail(d, name, listed[name])
    if isinstance(listed.get("data"), list):
        set_or_fail(d, "input_items", _input_items(listed["data"], status=True))


def data_model_responses(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIModelResponsesRead``: ``GET /responses`` (no such endpoint: a 404)."""
    try:
        listed = api.list_responses()
    except ApiError as error:
        raise _api_failure(error) from error
    d.set_id(f"model_responses_{int(time.time())}")
    if isinstance(listed.get("has_more"), bool):
        set_or_fail(d, "has_more", listed["has_more"])
    responses = []
    for item in listed.get("data") or []:
        entry: dict[str, Any] = {
            n: item[n] for n in ("id", "model", "status") if isinstance(item.get(n), str)
        }
        if _number(item.get("created_at")):
            entry["created_at"] = int(item["created_at"])
        if isinstance(item.get("usage"), Mapping):
            entry["usage"] = _usage(item["usage"], details=False)
        responses.append(entry)
    set_or_fail(d, "responses", responses)


#: The data sources this module reads, by type name.
DATA_SOURCE_READS = {
    "openai_model_response": data_model_response,
    "openai_model_response_input_items": data_input_items,
    "openai_model_responses": data_model_responses,
}
