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

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData, SetError


def _error(action: str, error: ApiError) -> ProviderError:
    return ProviderError(ProviderDiagnostic(f"Error {action}: API error: {error.message}"))


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreFileCreate``."""
    request: dict[str, Any] = {"file_id": d.get("file_id")}
    attributes, ok = d.get_ok("attributes")
    if ok:
        request["attributes"] = attributes
    chunking, ok = d.get_ok("chunking_strategy")
    if ok:
        request["chunking_strategy"] = {
            "type": chunking[0]["type"],
            "size": chunking[0]["size"],
            "max_tokens": chunking[0]["max_tokens"],
        }
    try:
        response = api.create_vector_store_file(d.get("vector_store_id"), request)
    except ApiError as error:
        raise _error("adding file to vector store", error) from error
    d.set_id(response["id"])
    for name in ("created_at", "object", "status"):
        if response.get(name) is not None:
            d.set(name, response[name])
    read(d, api)


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreFileRead``: a missing entry is an error, not a removal."""
    try:
        response = api.get_vector_store_file(d.get("vector_store_id"), d.id)
    except ApiError as error:
        raise _error("reading vector store file", error) from error
    for name in ("file_id", "created_at", "object", "status"):
        if response.get(name) is not None:
            d.set(name, response[name])
    if isinstance(response.get("attributes"), dict):
        try:
            d.set("attributes", response["attributes"])
        except SetError as error:
            raise ProviderError(ProviderDiagnostic(f"Error setting attributes: {error}")) from error


def update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreFileUpdate``: sends ``attributes`` (null when unset)."""
    attributes, ok = d.get_ok("attributes")
    request = {"attributes": attributes if ok else None}
    try:
        api.update_vector_store_file(d.get("vector_store_id"), d.id, request)
    except ApiError as error:
        raise _error("updating vector store file", error) from error
    read(d, api)


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIVectorStoreFileDelete``."""
    try:
        api.delete_vector_store_file(d.get("vector_store_id"), d.id)
    except ApiError as error:
        raise _error("deleting vector store file", error) from error
    d.set_id("")
