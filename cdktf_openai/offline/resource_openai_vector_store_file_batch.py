"""``internal/provider/resource_openai_vector_store_file_batch.go`` (v1.2.0).

As in Go: Create refuses an empty ``file_ids``, sends ``file_ids``, ``attributes`` when set
and ``chunking_strategy`` with ``size`` and ``max_tokens`` always (``d.Get`` fills an unset
one in as 0), then reads. The API's batch has neither ``file_ids`` nor ``attributes``, so
Read keeps the configured ones; ``status`` is ``in_progress`` after create and ``completed``
at the next refresh. ``attributes`` is not ForceNew: a change is planned as an update, whose
``PUT`` the API does not have, so it fails at apply. Delete does nothing at the API.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import call


def _fail(message: str) -> ProviderError:
    return ProviderError(ProviderDiagnostic(message))


def _write(d: ResourceData, response: Mapping[str, Any]) -> None:
    for name in ("created_at", "object", "status"):
        if response.get(name) is not None:
            d.set(name, int(response[name]) if name == "created_at" else response[name])


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreFileBatchCreate``."""
    store_id = d.get("vector_store_id")
    file_ids, _ = d.get_ok("file_ids")
    if not file_ids:
        raise _fail("Error: file_ids cannot be empty. You must specify at least one file ID")
    request: dict[str, Any] = {"file_ids": list(file_ids)}
    attributes, ok = d.get_ok("attributes")
    if ok:
        request["attributes"] = attributes
    chunking, ok = d.get_ok("chunking_strategy")
    if ok:
        chunk = chunking[0]
        request["chunking_strategy"] = {
            "type": chunk["type"],
            "size": chunk["size"],
            "max_tokens": chunk["max_tokens"],
        }
    response = call(
        lambda: api.create_file_batch(store_id, request),
        "Error adding file batch to vector store: API error: {message}",
    )
    d.set_id(response["id"])
    _write(d, response)
    read(d, api)


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreFileBatchRead``: any error is an error (no removal)."""
    store_id = d.get("vector_store_id")
    response = call(
        lambda: api.get_file_batch(store_id, d.id),
        "Error reading vector store file batch: API error: {message}",
    )
    _write(d, response)
    if isinstance(response.get("file_ids"), list):
        d.set("file_ids", response["file_ids"])
    if isinstance(response.get("attributes"), dict):
        d.set("attributes", response["attributes"])


def update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreFileBatchUpdate``: ``PUT``, which the API does not have."""
    store_id = d.get("vector_store_id")
    call(
        lambda: api.put_file_batch(store_id, d.id),
        "Error updating vector store file batch: API error: {message}",
    )
    read(d, api)


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreFileBatchDelete``: forgets it; nothing is sent."""
    d.set_id("")
