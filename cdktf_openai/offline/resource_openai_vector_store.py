"""``internal/provider/resource_openai_vector_store.go`` (v1.2.0): create, read, update, delete.

As in Go: Create sends ``name``, non-empty ``file_ids`` and ``metadata``, ``expires_after``
(``days`` is sent as 0 when unset: ``d.Get`` fills it in) and ``chunking_strategy.type``, then
writes the fields the response has under the names Go looks for, then reads. The API's vector
store has ``file_counts``, not ``file_count``, and no ``file_ids``: ``file_count`` stays null and
``file_ids`` keeps what was configured. Read tries to write ``expires_after`` from the API's
object into a list attribute; ``d.Set`` refuses and the Go code ignores the error. Update sends
only ``name``, ``metadata`` and ``file_ids`` (a changed ``expires_after`` or
``chunking_strategy`` is planned as an in-place update, and never reaches the API). Errors come
from ``internal/client/client.go, DoRequest`` (``API error: <message>``).
"""

from __future__ import annotations

from typing import Any

from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData, SetError
from cdktf_openai.offline.resource_helpers import (
    call,
    changed_values,
    delete_and_forget,
    set_fields,
    set_values,
)


def _ignore(d: ResourceData, key: str, value: Any) -> None:
    """``_ = d.Set(key, value)``."""
    try:
        d.set(key, value)
    except SetError:
        return


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreCreate``."""
    request: dict[str, Any] = {"name": d.get("name"), **set_values(d, ("file_ids", "metadata"))}
    expires_after, ok = d.get_ok("expires_after")
    if ok:
        request["expires_after"] = {
            "days": expires_after[0]["days"],
            "anchor": expires_after[0]["anchor"],
        }
    chunking, ok = d.get_ok("chunking_strategy")
    if ok:
        request["chunking_strategy"] = {"type": chunking[0]["type"]}
    response = call(
        lambda: api.create_vector_store(request),
        "Error creating vector store: API error: {message}",
    )
    d.set_id(response["id"])
    set_fields(
        d, response, ("created_at", "file_count", "name", "object", "status"), skip_null=True
    )
    read(d, api)


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreRead``: a missing store is an error, not a removal."""
    response = call(
        lambda: api.get_vector_store(d.id), "Error reading vector store: API error: {message}"
    )
    for name in ("name", "created_at", "file_count", "object", "status"):
        if response.get(name) is not None:
            _ignore(d, name, response[name])
    if isinstance(response.get("file_ids"), list):
        _ignore(d, "file_ids", response["file_ids"])
    if isinstance(response.get("metadata"), dict):
        _ignore(d, "metadata", response["metadata"])
    if isinstance(response.get("expires_after"), dict):
        _ignore(d, "expires_after", response["expires_after"])
    if isinstance(response.get("chunking_strategy"), dict):
        _ignore(d, "chunking_strategy", response["chunking_strategy"])


def update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreUpdate``: ``name``, ``metadata``, ``file_ids``, then read."""
    request = changed_values(d, ("name",))
    # metadata and file_ids: sent when changed, and only when not empty (d.GetOk)
    request.update(set_values(d, [n for n in ("metadata", "file_ids") if d.has_change(n)]))
    if request:
        call(
            lambda: api.update_vector_store(d.id, request),
            "Error updating vector store: API error: {message}",
        )
    read(d, api)


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreDelete``."""
    delete_and_forget(
        d,
        lambda: api.delete_vector_store(d.id),
        "Error deleting vector store: API error: {message}",
        gone=(),
    )
