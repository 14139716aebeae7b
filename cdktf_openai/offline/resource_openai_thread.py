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

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData


def _api_error(action: str, error: ApiError) -> ProviderError:
    return ProviderError(
        ProviderDiagnostic(f"error {action} thread: {error.type} - {error.message}")
    )


def _metadata_strings(metadata: dict[str, Any]) -> dict[str, str]:
    return {key: str(value) for key, value in metadata.items()}


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
    metadata, ok = d.get_ok("metadata")
    if ok:
        request["metadata"] = metadata
    try:
        response = api.create_thread(request)
    except ApiError as error:
        raise _api_error("creating", error) from error
    d.set_id(response["id"])
    d.set("created_at", response["created_at"])


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIThreadRead``: a 404 removes it from state."""
    if not d.id:
        return
    try:
        response = api.get_thread(d.id)
    except ApiError as error:
        if error.status == 404:
            d.set_id("")
            return
        raise _api_error("reading", error) from error
    d.set("created_at", response["created_at"])
    if response["metadata"]:
        d.set("metadata", _metadata_strings(response["metadata"]))


def update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIThreadUpdate``: only a metadata change is sent."""
    if not d.has_change("metadata"):
        return
    request: dict[str, Any] = {}
    metadata, ok = d.get_ok("metadata")
    if ok:
        request["metadata"] = metadata
    try:
        response = api.update_thread(d.id, request)
    except ApiError as error:
        raise _api_error("updating", error) from error
    d.set("created_at", response["created_at"])
    if response["metadata"]:
        d.set("metadata", _metadata_strings(response["metadata"]))


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIThreadDelete``: a 404 is not an error."""
    try:
        api.delete_thread(d.id)
    except ApiError as error:
        if error.status != 404:
            raise _api_error("deleting", error) from error
    d.set_id("")
