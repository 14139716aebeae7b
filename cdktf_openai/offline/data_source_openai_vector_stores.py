"""The vector store data sources (``internal/provider/data_source_openai_vector_store*.go``).

All seven call ``internal/client/client.go, DoRequest`` (v1.2.0), whose error is ``API error:
<message>``, wrapped in each Read's words (``error reading vector store <id>: API error: ...``).
They decode the response into a ``map[string]interface{}`` and write what they find under the
names they look for; where the API's object has no such field, the attribute stays null:

- ``openai_vector_store``: ``GET /vector_stores/{id}``; ``file_count`` (the API says
  ``file_counts``), ``file_ids`` and ``chunking_strategy`` stay null; ``metadata`` keeps string
  values only; ``expires_after`` when the store has one.
- ``openai_vector_store_file``: ``GET /vector_stores/{id}/files/{file_id}``; ``attributes`` is
  one block of the ``size`` (a number), ``filename`` and ``purpose`` (strings) among the file's
  attributes, and null when it has none of them.
- ``openai_vector_store_file_batch``: ``GET .../file_batches/{batch_id}``; ``file_ids``,
  ``batch_type`` and ``purpose`` stay null (the API's batch has ``file_counts``).
- ``openai_vector_stores``, ``openai_vector_store_files``,
  ``openai_vector_store_file_batch_files``: one page of the list, with ``limit``, ``order``,
  ``after``, ``before`` (and ``filter``) as set; ``has_more`` but no cursors; the ID is a
  hash of the query (``schema.HashString(fmt.Sprintf("%v", params))``).
- ``openai_vector_store_file_content``: ``GET .../files/{file_id}/content``; ``content`` is the
  response's whole body (the JSON page, ``{"object": "vector_store.file_content.page", ...}``),
  not the file's text; the ID is ``<store>_<file>_content``.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Mapping
from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import FakeOpenAI, response_body
from cdktf_openai.offline.gojson import is_float64
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import call, set_or_fail, set_values

#: ``DoRequest``'s error for an error response (``ErrorResponse`` decoded).
_DO_REQUEST_ERROR = "API error: {message}"
#: The query parameters of the list Reads, in the order Go reads them.
_PAGING = ("limit", "order", "after", "before")


def _error(prefix: str) -> str:
    """A Read's error template: ``<prefix>: API error: <message>`` (``prefix`` taken as is)."""
    return prefix.replace("{", "{{").replace("}", "}}") + ": " + _DO_REQUEST_ERROR


def hash_query(params: Mapping[str, Any]) -> int:
    """``schema.HashString(fmt.Sprintf("%v", params))`` for a ``map[string]string``.

    ``%v`` prints a map's keys sorted (``map[limit:20 order:desc]``); ``HashString`` is the
    CRC-32 (IEEE) of that text.

    Args:
        params: The query parameters, as strings.
    """
    text = "map[" + " ".join(f"{key}:{params[key]}" for key in sorted(params)) + "]"
    return zlib.crc32(text.encode()) & 0xFFFFFFFF


def _query_text(query: Mapping[str, Any]) -> dict[str, str]:
    return {key: str(value) for key, value in query.items()}


def _entries(
    listing: Mapping[str, Any], names: tuple[str, ...], numbers: tuple[str, ...] = ("created_at",)
) -> list[dict[str, Any]]:
    """The list's objects: ``names`` as they come, ``numbers`` when they are numbers."""
    entries = []
    for item in listing.get("data") or []:
        if not isinstance(item, Mapping):
            continue
        entry: dict[str, Any] = {name: item.get(name) for name in names}
        for name in numbers:
            if is_float64(item.get(name)):
                entry[name] = int(item[name])
        entries.append(entry)
    return entries


def _set_page(d: ResourceData, listing: Mapping[str, Any], key: str, entries: list[Any]) -> None:
    if isinstance(listing.get("has_more"), bool):
        set_or_fail(d, "has_more", listing["has_more"], "error setting has_more: {}")
    set_or_fail(d, key, entries, f"error setting {key}: {{}}")


def read_vector_store(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIVectorStoreRead``: ``GET /v1/vector_stores/{id}``."""
    store_id = d.get("id")
    store = call(
        lambda: api.get_vector_store(store_id), _error(f"error reading vector store {store_id}")
    )
    d.set_id(store_id)
    for name in ("name", "object", "status"):
        set_or_fail(d, name, store.get(name), f"error setting {name}: {{}}")
    for name in ("created_at", "file_count"):
        if is_float64(store.get(name)):
            set_or_fail(d, name, int(store[name]), f"error setting {name}: {{}}")
    if isinstance(store.get("metadata"), Mapping):
        metadata = {k: v for k, v in store["metadata"].items() if isinstance(v, str)}
        set_or_fail(d, "metadata", metadata, "error setting metadata: {}")
    if isinstance(store.get("file_ids"), list):
        file_ids = [file_id for file_id in store["file_ids"] if isinstance(file_id, str)]
        set_or_fail(d, "file_ids", file_ids, "error setting file_ids: {}")
    expires_after = store.get("expires_after")
    if isinstance(expires_after, Mapping):
        block: dict[str, Any] = {}
        if is_float64(expires_after.get("days")):
            block["days"] = int(expires_after["days"])
        if isinstance(expires_after.get("anchor"), str):
            block["anchor"] = expires_after["anchor"]
        if block:
            set_or_fail(d, "expires_after", [block], "error setting expires_after: {}")
    chunking = store.get("chunking_strategy")
    if isinstance(chunking, Mapping) and isinstance(chunking.get("type"), str):
        set_or_fail(d, "chunking_strategy", [{"type": chunking["type"]}],
                    "error setting chunking_strategy: {}")  # fmt: skip


def read_vector_stores(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIVectorStoresRead``: ``GET /v1/vector_stores``, one page."""
    query = set_values(d, _PAGING)
    listing = call(lambda: api.list_vector_stores(**query), _error("error listing vector stores"))
    stores = _entries(listing, ("id", "name", "object", "status"), ("created_at", "file_count"))
    _set_page(d, listing, "vector_stores", stores)
    d.set_id(f"vector_stores_{hash_query(_query_text(query))}")


def read_vector_store_file(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIVectorStoreFileRead``: ``GET /v1/vector_stores/{id}/files/{file_id}``."""
    store_id, file_id = d.get("vector_store_id"), d.get("file_id")
    entry = call(
        lambda: api.get_vector_store_file(store_id, file_id),
        _error(f"error reading vector store file {file_id}"),
    )
    if not isinstance(entry.get("id"), str):
        raise ProviderError(ProviderDiagnostic("file ID not found in response"))
    d.set_id(entry["id"])
    for name in ("object", "status"):
        set_or_fail(d, name, entry.get(name), f"error setting {name}: {{}}")
    if is_float64(entry.get("created_at")):
        set_or_fail(d, "created_at", int(entry["created_at"]), "error setting created_at: {}")
    attributes = entry.get("attributes")
    if isinstance(attributes, Mapping):
        block: dict[str, Any] = {}
        if is_float64(attributes.get("size")):
            block["size"] = int(attributes["size"])
        for name in ("filename", "purpose"):
            if isinstance(attributes.get(name), str):
                block[name] = attributes[name]
        if block:
            set_or_fail(d, "attributes", [block], "error setting attributes: {}")


def read_vector_store_files(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIVectorStoreFilesRead``: ``GET /v1/vector_stores/{id}/files``."""
    store_id = d.get("vector_store_id")
    query = set_values(d, (*_PAGING, "filter"))
    listing = call(
        lambda: api.list_vector_store_files(store_id, **query),
        _error("error listing vector store files"),
    )
    _set_page(d, listing, "files", _entries(listing, ("id", "object", "status")))
    d.set_id(f"vector_store_files_{store_id}_{hash_query(_query_text(query))}")


def read_file_batch(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIVectorStoreFileBatchRead``: ``GET .../file_batches/{batch_id}``."""
    store_id, batch_id = d.get("vector_store_id"), d.get("batch_id")
    batch = call(
        lambda: api.get_file_batch(store_id, batch_id),
        _error(f"error reading vector store file batch {batch_id}"),
    )
    if not isinstance(batch.get("id"), str):
        raise ProviderError(ProviderDiagnostic("batch ID not found in response"))
    d.set_id(batch["id"])
    for name in ("object", "status", "batch_type", "purpose"):
        set_or_fail(d, name, batch.get(name), f"error setting {name}: {{}}")
    if is_float64(batch.get("created_at")):
        set_or_fail(d, "created_at", int(batch["created_at"]), "error setting created_at: {}")
    if isinstance(batch.get("file_ids"), list):
        file_ids = [file_id for file_id in batch["file_ids"] if isinstance(file_id, str)]
        set_or_fail(d, "file_ids", file_ids, "error setting file_ids: {}")


def read_file_batch_files(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIVectorStoreFileBatchFilesRead``: ``GET .../{batch_id}/files``."""
    store_id, batch_id = d.get("vector_store_id"), d.get("batch_id")
    query = set_values(d, (*_PAGING, "filter"))
    listing = call(
        lambda: api.list_file_batch_files(store_id, batch_id, **query),
        _error("error listing vector store file batch files"),
    )
    _set_page(d, listing, "files", _entries(listing, ("id", "object", "status")))
    digest = hash_query(_query_text(query))
    d.set_id(f"vector_store_file_batch_files_{store_id}_{batch_id}_{digest}")


def read_file_content(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIVectorStoreFileContentRead``: the body of ``GET .../content``."""
    store_id, file_id = d.get("vector_store_id"), d.get("file_id")
    page = call(
        lambda: api.get_vector_store_file_content(store_id, file_id),
        _error(f"error retrieving vector store file content {file_id}"),
    )
    d.set_id(f"{store_id}_{file_id}_content")
    set_or_fail(d, "content", response_body(page), "error setting content: {}")


#: The vector store data sources' Reads, by type name.
DATA_SOURCE_READS: dict[str, Callable[[ResourceData, FakeOpenAI], None]] = {
    "openai_vector_store": read_vector_store,
    "openai_vector_stores": read_vector_stores,
    "openai_vector_store_file": read_vector_store_file,
    "openai_vector_store_files": read_vector_store_files,
    "openai_vector_store_file_batch": read_file_batch,
    "openai_vector_store_file_batch_files": read_file_batch_files,
    "openai_vector_store_file_content": read_file_content,
}
