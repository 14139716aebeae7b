"""``internal/provider/resource_openai_message.go`` (v1.2.0): create, read, update, delete.

As in Go: Create writes ``created_at``, ``assistant_id`` and ``run_id`` (``""`` for a user's
message: the API's ``null`` decodes to Go's empty string) and ``metadata``; Read also writes
``thread_id``, ``role`` and the text ``content``; Update sends ``metadata`` only. ``attachments``
is ``ForceNew``, but only a change in their number forces a new message.
"""

from __future__ import annotations

from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData


def _api_error(action: str, error: ApiError) -> ProviderError:
    return ProviderError(
        ProviderDiagnostic(f"error {action} message: {error.type} - {error.message}")
    )


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIMessageCreate``."""
    request: dict[str, Any] = {"role": d.get("role"), "content": d.get("content")}
    attachments, ok = d.get_ok("attachments")
    if ok:
        request["attachments"] = [
            {
                "file_id": attachment["file_id"],
                "tools": [{"type": tool["type"]} for tool in attachment["tools"]],
            }
            for attachment in attachments
        ]
    metadata, ok = d.get_ok("metadata")
    if ok:
        request["metadata"] = metadata
    try:
        response = api.create_message(d.get("thread_id"), request)
    except ApiError as error:
        raise _api_error("creating", error) from error
    d.set_id(response["id"])
    d.set("created_at", response["created_at"])
    d.set("assistant_id", response["assistant_id"] or "")
    d.set("run_id", response["run_id"] or "")
    d.set("metadata", response["metadata"])


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIMessageRead``: a 404 removes it from state."""
    try:
        response = api.get_message(d.get("thread_id"), d.id)
    except ApiError as error:
        if error.status == 404:
            d.set_id("")
            return
        raise _api_error("reading", error) from error
    d.set("thread_id", response["thread_id"])
    d.set("role", response["role"])
    d.set("created_at", response["created_at"])
    d.set("assistant_id", response["assistant_id"] or "")
    d.set("run_id", response["run_id"] or "")
    d.set("metadata", response["metadata"])
    for part in response["content"]:
        if part["type"] == "text" and part.get("text") is not None:
            d.set("content", part["text"]["value"])
            break


def update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIMessageUpdate``: only a metadata change is sent."""
    if not d.has_change("metadata"):
        return
    request: dict[str, Any] = {}
    metadata, ok = d.get_ok("metadata")
    if ok:
        request["metadata"] = metadata
    try:
        response = api.update_message(d.get("thread_id"), d.id, request)
    except ApiError as error:
        raise _api_error("updating", error) from error
    d.set("created_at", response["created_at"])
    if response["metadata"]:
        d.set("metadata", {key: str(value) for key, value in response["metadata"].items()})


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIMessageDelete``: a 404 is not an error."""
    try:
        api.delete_message(d.get("thread_id"), d.id)
    except ApiError as error:
        if error.status != 404:
            raise _api_error("deleting", error) from error
    d.set_id("")
