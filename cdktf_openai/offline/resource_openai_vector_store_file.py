"""``internal/provider/resource_openai_vector_store_file.go`` (v1.2.0): the four operations.

As in Go: Create sends ``file_id``, non-empty ``attributes`` and ``chunking_strategy`` with
``type``, ``size`` and ``max_tokens`` (0 when unset: ``d.Get`` fills them in), writes
``created_at``, ``object`` and ``status`` (``in_progress`` while the file is indexed), then reads.
The ID is the file's ID. Read writes ``attributes`` as the API returns them; the API's object
has no ``file_id``, so that stays as configured. Update sends only ``attributes`` (a changed
``chunking_strategy`` is an in-place update that never reaches the API). Errors come from
``internal/client/client.go, DoRequest`` (``API error: <message>``).
"""

from __future__ import annotations

from typing import Any

from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import (
    call,
    delete_and_forget,
    set_fields,
    set_or_fail,
    set_values,
)


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreFileCreate``."""
    request: dict[str, Any] = {"file_id": d.get("file_id"), **set_values(d, ("attributes",))}
    chunking, ok = d.get_ok("chunking_strategy")
    if ok:
        request["chunking_strategy"] = {
            "type": chunking[0]["type"],
            "size": chunking[0]["size"],
            "max_tokens": chunking[0]["max_tokens"],
        }
    response = call(
        lambda: api.create_vector_store_file(d.get("vector_store_id"), request),
        "Error adding file to vector store: API error: {message}",
    )
    d.set_id(response["id"])
    set_fields(d, response, ("created_at", "object", "status"), skip_null=True)
    read(d, api)


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreFileRead``: a missing entry is an error, not a removal."""
    response = call(
        lambda: api.get_vector_store_file(d.get("vector_store_id"), d.id),
        "Error reading vector store file: API error: {message}",
    )
    set_fields(d, response, ("file_id", "created_at", "object", "status"), skip_null=True)
    if isinstance(response.get("attributes"), dict):
        set_or_fail(d, "attributes", response["attributes"], "Error setting attributes: {}")


def update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreFileUpdate``: sends ``attributes`` (null when unset)."""
    attributes, ok = d.get_ok("attributes")
    request = {"attributes": attributes if ok else None}
    call(
        lambda: api.update_vector_store_file(d.get("vector_store_id"), d.id, request),
        "Error updating vector store file: API error: {message}",
    )
    read(d, api)


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreFileDelete``."""
    delete_and_forget(
        d,
        lambda: api.delete_vector_store_file(d.get("vector_store_id"), d.id),
        "Error deleting vector store file: API error: {message}",
        gone=(),
    )
