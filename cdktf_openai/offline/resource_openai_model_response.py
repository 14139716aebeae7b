"""``internal/provider/resource_openai_model_response.go`` (v1.2.0): the Responses API.

As in Go: Create needs ``model`` and ``input`` (optional and computed in the schema, so their
absence is only found here: ``model is required``), sends one synchronous ``POST /v1/responses``
with ``temperature`` (0.7 by default; a 0 is not sent), ``top_p``, ``top_k``,
``max_output_tokens``, ``instructions`` and ``user`` -- never ``frequency_penalty`` or
``presence_penalty``, and for ``stop_sequences`` only ``store: true`` -- and writes ``object``,
``created``, ``model``, ``output`` (``text`` and ``role`` of the first output item) and
``usage`` (token counts as strings). ``finish_reason`` is written only from a Chat Completions
``choices`` field the Responses API does not have: it stays null.

A change is an in-place update (no ``ForceNew``): Update creates a new response (a new ID),
unless ``preserve_on_change`` (or ``imported``) is set, in which case CustomizeDiff keeps the
old values of the generation settings and Update only reads. Delete does nothing at the API.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import call, read_or_forget, set_values
from cdktf_openai.offline.schema_diff import AttributeDiff

#: ``resourceOpenAIModelResponseCustomDiff``: the settings whose change is undone when the
#: response is preserved (``d.SetNew(param, oldValue)``).
PRESERVED_FIELDS = (
    "model",
    "temperature",
    "max_output_tokens",
    "instructions",
    "top_k",
    "frequency_penalty",
    "presence_penalty",
    "user",
    "stop_sequences",
    "include",
)


def _fail(summary: str) -> ProviderError:
    return ProviderError(ProviderDiagnostic(summary))


def _write_response(d: ResourceData, response: Mapping[str, Any]) -> None:
    """The fields both Create and Read write from a response."""
    if isinstance(response.get("object"), str):
        d.set("object", response["object"])
    if isinstance(response.get("created_at"), int | float):
        d.set("created", int(response["created_at"]))
    elif isinstance(response.get("created"), int | float):
        d.set("created", int(response["created"]))
    if isinstance(response.get("model"), str):
        d.set("model", response["model"])


def _write_output(d: ResourceData, response: Mapping[str, Any]) -> None:
    output = response.get("output")
    if isinstance(output, list) and output and isinstance(output[0], Mapping):
        message = output[0]
        written: dict[str, str] = {}
        content = message.get("content")
        first = content[0] if isinstance(content, list) and content else None
        if isinstance(first, Mapping) and isinstance(first.get("text"), str):
            written["text"] = first["text"]
        if isinstance(message.get("role"), str):
            written["role"] = message["role"]
        d.set("output", written)
    usage = response.get("usage")
    if isinstance(usage, Mapping):
        counts: dict[str, str] = {}
        for name, alternative in (
            ("prompt_tokens", "input_tokens"),
            ("completion_tokens", "output_tokens"),
            ("total_tokens", None),
        ):
            value = usage.get(name, usage.get(alternative) if alternative else None)
            if isinstance(value, int | float):
                counts[name] = str(int(value))
        d.set("usage", counts)


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIModelResponseCreate``."""
    model, ok = d.get_ok("model")
    if not ok:
        raise _fail("model is required")
    text, ok = d.get_ok("input")
    if not ok:
        raise _fail("input is required")
    names = ("max_output_tokens", "temperature", "top_p", "top_k", "instructions", "user")
    request: dict[str, Any] = {"model": model, "input": text, **set_values(d, names)}
    if d.get_ok("stop_sequences")[1]:
        request["store"] = True
    response = call(
        lambda: api.create_response(request), "Error making request: API error: {message}"
    )
    if not isinstance(response.get("id"), str):
        raise _fail("Response did not contain an ID")
    d.set_id(response["id"])
    _write_response(d, response)
    _write_output(d, response)


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIModelResponseRead``: a 404 removes it from state."""
    if not d.id:
        raise _fail("No ID is set")
    response = read_or_forget(
        d, lambda: api.get_response(d.id), "API error: {type} - {message} ({code})"
    )
    if response is None:
        return
    _write_response(d, response)
    if d.get("imported"):
        for name in ("input", "instructions", "user"):
            if isinstance(response.get(name), str):
                d.set(name, response[name])
        for name in ("temperature", "top_p"):
            if isinstance(response.get(name), float):
                d.set(name, response[name])
        for name in ("max_output_tokens", "top_k"):
            if isinstance(response.get(name), int | float):
                d.set(name, int(response[name]))
    _write_output(d, response)


def update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIModelResponseUpdate``: a new response, unless preserved."""
    if d.get("imported") or d.get("preserve_on_change"):
        read(d, api)
        return
    d.set_id("")
    create(d, api)


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIModelResponseDelete``: nothing is deleted at the API."""
    d.set_id("")


def customize_diff(
    prior: Mapping[str, Any], proposed: Mapping[str, Any], diffs: list[AttributeDiff]
) -> tuple[list[AttributeDiff], dict[str, Any]]:
    """``resourceOpenAIModelResponseCustomDiff``: a preserved response keeps its settings.

    Args:
        prior: The state.
        proposed: The proposed new state.
        diffs: The SDK's diff so far.

    Returns:
        The diff entries that remain, and the values planned instead (``d.SetNew``).
    """
    imported = bool(proposed.get("imported"))
    if not (proposed.get("preserve_on_change") or imported):
        return diffs, {}
    undone = set(PRESERVED_FIELDS)
    overrides: dict[str, Any] = {}
    if imported:
        overrides.update(imported=True, _imported_resource="true")
        if prior.get("input"):
            undone.add("input")
        if prior.get("top_p") is not None and proposed.get("top_p") is None:
            undone.add("top_p")
    for name in undone:
        if any(entry.key.split(".")[0] == name for entry in diffs):
            overrides[name] = prior.get(name)
    kept = [entry for entry in diffs if entry.key.split(".")[0] not in undone]
    return kept, overrides
