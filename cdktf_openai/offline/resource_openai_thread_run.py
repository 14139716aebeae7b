"""``internal/provider/resource_openai_thread_run.go`` (v1.2.0): create, read, delete (no update).

As in Go: Create sends one ``POST /threads/runs`` (or, with ``existing_thread_id``, ``POST
/threads/{id}/runs`` through ``createRunOnExistingThread``), writes ``thread_id``, then reads the
run once; nothing waits for it, so state says ``queued``. ``stream`` defaults to ``false`` and is
not sent (``d.GetOk``), nor is a ``temperature`` of 0. Read writes ``started_at`` and
``completed_at`` when the API has them, ``tools`` only when the API lists some, and the
``metadata`` the API returns. Delete does nothing at the API: the run and the thread it made
stay at OpenAI.
"""

from __future__ import annotations

import json
from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import (
    call,
    read_or_forget,
    set_fields,
    set_or_fail,
    set_values,
)
from cdktf_openai.offline.resource_openai_run import usage_map

#: The optional fields both create paths send when ``d.GetOk`` says they are set.
OPTIONAL_FIELDS = ("model", "instructions", "temperature", "max_completion_tokens", "top_p")


#: How ``resource_openai_thread_run.go`` words an error response (every call).
_API_ERROR = "API returned error - status code: {status}, body: {body}"


def _thread_request(thread: dict[str, Any]) -> dict[str, Any]:
    request: dict[str, Any] = {}
    messages = []
    for message in thread["messages"]:
        entry: dict[str, Any] = {"role": message["role"], "content": message["content"]}
        if message["attachments"]:
            entry["file_ids"] = [attachment["file_id"] for attachment in message["attachments"]]
        if message["metadata"]:
            entry["metadata"] = message["metadata"]
        messages.append(entry)
    if messages:
        request["messages"] = messages
    if thread["metadata"]:
        request["metadata"] = thread["metadata"]
    return request


def _run_request(d: ResourceData) -> dict[str, Any]:
    request: dict[str, Any] = {"assistant_id": d.get("assistant_id")}
    request.update(set_values(d, OPTIONAL_FIELDS))
    tools, ok = d.get_ok("tools")
    if ok:
        request["tools"] = [dict(tool) for tool in tools]
    request.update(set_values(d, ("metadata",)))
    response_format, ok = d.get_ok("response_format")
    if ok:
        request["response_format"] = {"type": response_format[0]["type"]}
    request.update(set_values(d, ("stream",)))
    return request


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIThreadRunCreate`` (and ``createRunOnExistingThread``)."""
    existing, ok = d.get_ok("existing_thread_id")
    request = _run_request(d)
    if ok:
        response = call(lambda: api.create_run(existing, request), _API_ERROR)
    else:
        thread, has_thread = d.get_ok("thread")
        if has_thread:
            request["thread"] = _thread_request(thread[0])
        response = call(lambda: api.create_thread_and_run(request), _API_ERROR)
    d.set_id(response["id"])
    d.set("thread_id", existing if ok else response["thread_id"])
    read(d, api)


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIThreadRunRead``: a 404 removes it from state."""
    thread_id = d.get("thread_id")
    if thread_id == "":
        raise ProviderError(
            ProviderDiagnostic("thread_id is required but was not set in the state")
        )
    response = read_or_forget(d, lambda: api.get_run(thread_id, d.id), _API_ERROR)
    if response is None:
        return
    d.set("assistant_id", response["assistant_id"])
    set_fields(d, response, ("model", "instructions"), null="")
    set_fields(d, response, ("status", "object", "created_at"))
    d.set("file_ids", response.get("file_ids"))
    set_fields(d, response, ("started_at", "completed_at"), skip_null=True)
    if response.get("usage") is not None:
        d.set("usage", usage_map(response["usage"]))
    if response.get("tools"):
        set_or_fail(d, "tools", response["tools"], "error setting tools: {}")
    if response.get("metadata") is not None:
        metadata = {
            key: value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))
            for key, value in response["metadata"].items()
        }
        set_or_fail(d, "metadata", metadata, "error setting metadata: {}")


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIThreadRunDelete``: nothing is deleted at the API."""
    d.set_id("")
