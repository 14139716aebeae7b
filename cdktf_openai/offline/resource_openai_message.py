"""``internal/provider/resource_openai_message.go`` (v1.2.0): create, read, update, delete.

As in Go: Create writes ``created_at``, ``assistant_id`` and ``run_id`` (``""`` for a user's
message: the API's ``null`` decodes to Go's empty string) and ``metadata``; Read also writes
``thread_id``, ``role`` and the text ``content``; Update sends ``metadata`` only. ``attachments``
is ``ForceNew``, but only a change in their number forces a new message.
"""

from __future__ import annotations

from typing import Any

from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import (
    call,
    delete_and_forget,
    read_or_forget,
    set_fields,
    set_values,
    update_metadata,
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
    request.update(set_values(d, ("metadata",)))
    response = call(
        lambda: api.create_message(d.get("thread_id"), request),
        "error creating message: {type} - {message}",
    )
    d.set_id(response["id"])
    d.set("created_at", response["created_at"])
    set_fields(d, response, ("assistant_id", "run_id"), null="")
    d.set("metadata", response["metadata"])


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIMessageRead``: a 404 removes it from state."""
    response = read_or_forget(
        d,
        lambda: api.get_message(d.get("thread_id"), d.id),
        "error reading message: {type} - {message}",
    )
    if response is None:
        return
    set_fields(d, response, ("thread_id", "role", "created_at"))
    set_fields(d, response, ("assistant_id", "run_id"), null="")
    d.set("metadata", response["metadata"])
    for part in response["content"]:
        if part["type"] == "text" and part.get("text") is not None:
            d.set("content", part["text"]["value"])
            break


def update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIMessageUpdate``: only a metadata change is sent (:func:`update_metadata`)."""
    update_metadata(
        d,
        lambda request: api.update_message(d.get("thread_id"), d.id, request),
        "error updating message: {type} - {message}",
    )


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIMessageDelete``: a 404 is not an error."""
    delete_and_forget(
        d,
        lambda: api.delete_message(d.get("thread_id"), d.id),
        "error deleting message: {type} - {message}",
    )
