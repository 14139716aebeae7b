"""``internal/provider/resource_openai_thread.go`` (v1.2.0): create, read, update, delete.

As in Go: Create sends the messages and metadata and writes only ``created_at``; Read writes
``created_at`` and (when the API returns any) ``metadata``; Update sends ``metadata`` only when it
changed and only when it is not empty, so removing a thread's metadata never reaches the API
and the next refresh brings it back. ``messages`` is ``ForceNew``, but (terraform-plugin-sdk's
``schemaMap.diffList``) only a change in the number of messages forces a new thread: editing a
message's text is an in-place update that sends nothing.
"""

from __future__ import annotations

from typing import Any

from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import (
    call,
    delete_and_forget,
    read_by_id,
    set_created_at_and_metadata,
    set_values,
    update_metadata,
)


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIThreadCreate``."""
    request: dict[str, Any] = {}
    messages, ok = d.get_ok("messages")
    if ok:
        request["messages"] = [
            {
                "role": message["role"],
                "content": message["content"],
                **({"file_ids": message["file_ids"]} if message["file_ids"] else {}),
                **({"metadata": message["metadata"]} if message["metadata"] else {}),
            }
            for message in messages
        ]
    request.update(set_values(d, ("metadata",)))
    response = call(lambda: api.create_thread(request), "error creating thread: {type} - {message}")
    d.set_id(response["id"])
    d.set("created_at", response["created_at"])


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIThreadRead``: a 404 removes it from state."""
    response = read_by_id(d, api.get_thread, "error reading thread: {type} - {message}")
    if response is None:
        return
    set_created_at_and_metadata(d, response)


def update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIThreadUpdate``: only a metadata change is sent (:func:`update_metadata`)."""
    update_metadata(
        d,
        lambda request: api.update_thread(d.id, request),
        "error updating thread: {type} - {message}",
    )


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIThreadDelete``: a 404 is not an error."""
    delete_and_forget(
        d, lambda: api.delete_thread(d.id), "error deleting thread: {type} - {message}"
    )
