"""The Assistants API data sources (``internal/provider/data_source_openai_*.go``, v1.2.0).

Each Read follows its Go function: one ``GET``, the fields it sets, its own error words.

- ``openai_assistant``: ``GET /assistants/{id}``; ``metadata`` always set (values that are not
  strings as JSON text), ``response_format``, ``reasoning_effort``, ``temperature`` and
  ``top_p`` only when the API has them; a function's ``parameters`` are the response's own
  bytes (``json.RawMessage``), so they keep the body's indentation, unlike the resource's
  compact re-encoding. Errors: ``error retrieving assistant: <type> - <message>``.
- ``openai_assistants``: ``GET /assistants`` with ``order``, ``limit``, ``after`` and
  ``before`` when set (``d.GetOk``: a ``limit`` of 0 is not sent, the API's default 20 applies;
  there is no plan-time bound, a ``limit`` over 100 is the API's 400); one page, no paging on;
  the ID is ``assistants-<Unix time of the read>``, so it changes on every read.
- ``openai_thread``: ``GET /threads/{id}``; ``metadata`` only when there is some.
- ``openai_message``: ``GET /threads/{thread_id}/messages/{id}``; ``assistant_id`` and
  ``run_id`` are ``""`` for a user's message; the first text is ``content``; attachments come
  back with empty ``id`` and ``type`` (Go reads fields the API's attachments do not have).
- ``openai_run`` and ``openai_thread_run`` (the same Go code): ``GET
  /threads/{thread_id}/runs/{id}``; ``started_at``, ``completed_at`` and ``usage`` once the
  API has them (a queued run has none); an error is ``API returned error - status code: <n>,
  body: <body>``; a function tool cannot be written into ``tools`` (a list of string maps).
- ``openai_runs``: ``GET /threads/{thread_id}/runs?limit=&order=`` (plus ``after`` /
  ``before`` when set); the ID is ``<thread>:<limit>:<order>`` with ``after=<id>`` /
  ``before=<id>`` appended.

A missing object is an error in every one of them (a data source has no state to forget).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any

from cdktf_openai.offline.data_source_openai import attachment_maps, first_text
from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import FakeOpenAI, raw_json
from cdktf_openai.offline.gojson import is_float64
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import call, metadata_strings, set_or_fail, set_values
from cdktf_openai.offline.resource_openai_assistant import go_json_marshal, tools_state
from cdktf_openai.offline.resource_openai_run import usage_map

#: How ``data_source_openai_run.go``, ``..._runs.go`` and ``..._thread_run.go`` word an error.
_RUN_API_ERROR = "API returned error - status code: {status}, body: {body}"


def _text_metadata(metadata: Mapping[str, Any]) -> dict[str, str]:
    """Metadata as these Reads write it: strings as they are, other values as ``json.Marshal``."""
    return {
        key: value if isinstance(value, str) else go_json_marshal(value)
        for key, value in metadata.items()
    }


def _raw_parameters(depth: int) -> Callable[[Mapping[str, Any]], str]:
    """``string(tool.Function.Parameters)``: the bytes of ``parameters`` in the response.

    Args:
        depth: How deep ``parameters`` sits in the body (4 in an assistant, 6 in a list).
    """

    def parameters(function: Mapping[str, Any]) -> str:
        if "parameters" not in function:
            return ""  # no such field: the RawMessage stays empty
        return raw_json(function["parameters"], depth)

    return parameters


def read_assistant(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIAssistantRead``: ``GET /assistants/{assistant_id}``."""
    assistant_id = d.get("assistant_id")
    assistant = call(
        lambda: api.get_assistant(assistant_id), "error retrieving assistant: {type} - {message}"
    )
    d.set_id(assistant["id"])
    set_or_fail(d, "object", assistant.get("object") or "", "error setting object: {}")
    created_at = int(assistant.get("created_at") or 0)
    set_or_fail(d, "created_at", created_at, "error setting created_at: {}")
    for name in ("name", "description", "model", "instructions"):
        set_or_fail(d, name, assistant.get(name) or "", f"error setting {name}: {{}}")
    tools = tools_state(assistant.get("tools") or [], _raw_parameters(4), functions_only=False)
    set_or_fail(d, "tools", tools, "error setting tools: {}")
    set_or_fail(d, "file_ids", assistant.get("file_ids"), "error setting file_ids: {}")
    metadata = _text_metadata(assistant.get("metadata") or {})
    set_or_fail(d, "metadata", metadata, "error setting metadata: {}")
    response_format = assistant.get("response_format")
    if isinstance(response_format, str):
        set_or_fail(d, "response_format", response_format, "error setting response_format: {}")
    elif isinstance(response_format, Mapping):
        set_or_fail(d, "response_format", go_json_marshal(response_format),
                    "error setting response_format as JSON: {}")  # fmt: skip
    if isinstance(assistant.get("reasoning_effort"), str):
        set_or_fail(d, "reasoning_effort", assistant["reasoning_effort"],
                    "error setting reasoning_effort: {}")  # fmt: skip
    for name in ("temperature", "top_p"):
        if is_float64(assistant.get(name)):
            set_or_fail(d, name, float(assistant[name]), f"error setting {name}: {{}}")


def read_assistants(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIAssistantsRead``: ``GET /assistants``, one page."""
    arguments = set_values(d, ("order", "limit", "after", "before"))
    listing = call(
        lambda: api.list_assistants(**arguments), "error listing assistants: {type} - {message}"
    )
    d.set_id(f"assistants-{int(time.time())}")
    set_or_fail(d, "first_id", listing.get("first_id") or "")
    set_or_fail(d, "last_id", listing.get("last_id") or "")
    set_or_fail(d, "has_more", bool(listing.get("has_more")))
    assistants = []
    for assistant in listing.get("data") or []:
        entry: dict[str, Any] = {
            "id": assistant.get("id") or "",
            "object": assistant.get("object") or "",
            "created_at": int(assistant.get("created_at") or 0),
            **{
                name: assistant.get(name) or ""
                for name in ("name", "description", "model", "instructions")
            },
            "file_ids": assistant.get("file_ids"),
        }
        if assistant.get("tools"):
            entry["tools"] = tools_state(assistant["tools"], _raw_parameters(6))
        if assistant.get("metadata"):
            entry["metadata"] = metadata_strings(assistant["metadata"])
        assistants.append(entry)
    set_or_fail(d, "assistants", assistants, "error setting assistants: {}")


def read_thread(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIThreadRead``: ``GET /threads/{thread_id}``."""
    thread_id = d.get("thread_id")
    thread = call(lambda: api.get_thread(thread_id), "error retrieving thread: {type} - {message}")
    d.set_id(thread["id"])
    set_or_fail(d, "object", thread.get("object") or "", "error setting object: {}")
    created_at = int(thread.get("created_at") or 0)
    set_or_fail(d, "created_at", created_at, "error setting created_at: {}")
    if thread.get("metadata"):
        metadata = _text_metadata(thread["metadata"])
        set_or_fail(d, "metadata", metadata, "error setting metadata: {}")


def read_message(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIMessageRead``: ``GET /threads/{thread_id}/messages/{message_id}``."""
    thread_id, message_id = d.get("thread_id"), d.get("message_id")
    message = call(
        lambda: api.get_message(thread_id, message_id),
        "error retrieving message: {type} - {message}",
    )
    d.set_id(message["id"])
    for name in ("thread_id", "role"):
        set_or_fail(d, name, message.get(name) or "", f"error setting {name}: {{}}")
    created_at = int(message.get("created_at") or 0)
    set_or_fail(d, "created_at", created_at, "error setting created_at: {}")
    for name in ("assistant_id", "run_id"):
        set_or_fail(d, name, message.get(name) or "", f"error setting {name}: {{}}")
    if message.get("metadata") is not None:
        set_or_fail(d, "metadata", dict(message["metadata"]), "error setting metadata: {}")
    text = first_text(message)
    if text is not None:
        set_or_fail(d, "content", text, "error setting content: {}")
    if message.get("attachments"):
        attachments = attachment_maps(message["attachments"])
        set_or_fail(d, "attachments", attachments, "error setting attachments: {}")


def read_run(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIRunRead`` and ``dataSourceOpenAIThreadRunRead`` (the same code).

    ``GET /threads/{thread_id}/runs/{run_id}``.
    """
    thread_id, run_id = d.get("thread_id"), d.get("run_id")
    run = call(lambda: api.get_run(thread_id, run_id), _RUN_API_ERROR)
    d.set_id(run["id"])
    for name in ("assistant_id", "model", "instructions", "status", "object"):
        set_or_fail(d, name, run.get(name) or "", f"error setting {name}: {{}}")
    created_at = int(run.get("created_at") or 0)
    set_or_fail(d, "created_at", created_at, "error setting created_at: {}")
    set_or_fail(d, "file_ids", run.get("file_ids"), "error setting file_ids: {}")
    for name in ("started_at", "completed_at"):
        if run.get(name) is not None:
            set_or_fail(d, name, int(run[name]), f"error setting {name}: {{}}")
    if run.get("usage") is not None:
        set_or_fail(d, "usage", usage_map(run["usage"]), "error setting usage: {}")
    if run.get("tools"):
        set_or_fail(d, "tools", run["tools"], "error setting tools: {}")
    if run.get("metadata") is not None:
        metadata = _text_metadata(run["metadata"])
        set_or_fail(d, "metadata", metadata, "error setting metadata: {}")


def read_runs(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIRunsRead``: ``GET /threads/{thread_id}/runs``, one page."""
    thread_id = d.get("thread_id")
    if thread_id == "":
        raise ProviderError(ProviderDiagnostic("thread_id is required"))
    limit, order = d.get("limit"), d.get("order")
    after, before = d.get("after"), d.get("before")
    listing = call(lambda: api.list_runs(thread_id, limit, order, after, before), _RUN_API_ERROR)
    runs = []
    for run in listing.get("data") or []:
        entry: dict[str, Any] = {
            **{
                name: run.get(name) or ""
                for name in ("id", "thread_id", "assistant_id", "status", "model")
            },
            "created_at": int(run.get("created_at") or 0),
        }
        for name in ("started_at", "completed_at"):
            if run.get(name) is not None:
                entry[name] = int(run[name])
        runs.append(entry)
    parts = [thread_id, str(limit), order]
    parts += [f"after={after}"] if after else []
    parts += [f"before={before}"] if before else []
    d.set_id(":".join(parts))
    set_or_fail(d, "runs", runs, "error setting runs: {}")
    set_or_fail(d, "has_more", bool(listing.get("has_more")), "error setting has_more: {}")
    set_or_fail(d, "first_id", listing.get("first_id") or "", "error setting first_id: {}")
    set_or_fail(d, "last_id", listing.get("last_id") or "", "error setting last_id: {}")


#: The Assistants API data sources' Reads, by type name.
DATA_SOURCE_READS: dict[str, Callable[[ResourceData, FakeOpenAI], None]] = {
    "openai_assistant": read_assistant,
    "openai_assistants": read_assistants,
    "openai_thread": read_thread,
    "openai_message": read_message,
    "openai_run": read_run,
    "openai_thread_run": read_run,
    "openai_runs": read_runs,
}
