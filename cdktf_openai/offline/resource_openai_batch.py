"""Batches (v1.2.0): the ``openai_batch`` resource and the ``openai_batch(es)`` data sources.

Ports of ``internal/provider/resource_openai_batch.go``, ``data_source_openai_batch.go`` and
``data_source_openai_batches.go``. The resource sends ``POST /v1/batches`` (``endpoint`` with
``/v1`` put in front when it lacks it) through the client's ``DoRequest``, whose errors read
``API error: <message>``. A batch is created ``validating`` and, at the double, has completed
at the next refresh (with an ``output_file_id``).

What the Go code does that a user may not expect, kept here:

- Read writes ``endpoint`` back *without* ``/v1``: configured as ``/v1/chat/completions``
  (as OpenAI's documentation writes it) the batch is replaced at every plan; written as
  ``/chat/completions`` it stays.
- Read takes an error to mean "gone" only when its text says ``404`` or ``not found``;
  Delete cancels the batch and ignores every error (a finished batch cannot be cancelled).
- ``error`` holds the ``error_file_id``; the data source's ``error`` holds the JSON of the
  batch's ``errors``. ``project_id`` is sent as a header only: it filters nothing.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import call, set_or_fail


def _fail(message: str) -> ProviderError:
    return ProviderError(ProviderDiagnostic(message))


def _metadata(batch: Mapping[str, Any]) -> dict[str, str] | None:
    """The batch's ``metadata``, each value a string (else its JSON), or ``None`` if empty."""
    metadata = batch.get("metadata") or {}
    if not metadata:
        return None
    return {
        key: value
        if isinstance(value, str)
        else json.dumps(value, separators=(",", ":"), sort_keys=True)
        for key, value in metadata.items()
    }


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIBatchCreate``: ``POST /v1/batches``."""
    endpoint = d.get("endpoint")
    request: dict[str, Any] = {
        "input_file_id": d.get("input_file_id"),
        "endpoint": endpoint if endpoint.startswith("/v1") else "/v1" + endpoint,
        "completion_window": d.get("completion_window"),
    }
    metadata, ok = d.get_ok("metadata")
    if ok:
        request["metadata"] = dict(metadata)
    batch = call(lambda: api.create_batch(request), "error creating batch: API error: {message}")
    d.set_id(batch["id"])
    set_or_fail(d, "created_at", int(batch.get("created_at") or 0))
    set_or_fail(d, "expires_at", int(batch.get("expires_at") or 0))
    set_or_fail(d, "status", batch.get("status") or "")
    if batch.get("error_file_id"):
        set_or_fail(d, "error", batch["error_file_id"])
    if batch.get("output_file_id"):
        set_or_fail(d, "output_file_id", batch["output_file_id"])
    set_or_fail(d, "endpoint", endpoint)
    written = _metadata(batch)
    if written is not None:
        set_or_fail(d, "metadata", written)


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIBatchRead``: ``GET /v1/batches/{id}``."""
    if not d.id:
        d.set_id("")
        return
    try:
        batch = api.get_batch(d.id)
    except ApiError as error:
        text = f"API error: {error.message}".lower()
        if "404" in text or "not found" in text:
            d.set_id("")
            return
        raise _fail(f"error retrieving batch: API error: {error.message}") from error
    set_or_fail(d, "input_file_id", batch.get("input_file_id") or "")
    set_or_fail(d, "endpoint", str(batch.get("endpoint") or "").removeprefix("/v1"))
    set_or_fail(d, "completion_window", batch.get("completion_window") or "")
    set_or_fail(d, "created_at", int(batch.get("created_at") or 0))
    set_or_fail(d, "expires_at", int(batch.get("expires_at") or 0))
    set_or_fail(d, "status", batch.get("status") or "")
    if batch.get("output_file_id"):
        set_or_fail(d, "output_file_id", batch["output_file_id"])
    if batch.get("error_file_id"):
        set_or_fail(d, "error", batch["error_file_id"])
    written = _metadata(batch)
    if written is not None:
        set_or_fail(d, "metadata", written)


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIBatchDelete``: ``POST /v1/batches/{id}/cancel``, errors ignored."""
    if not d.id:
        return
    with contextlib.suppress(ApiError):
        api.cancel_batch(d.id)
    d.set_id("")


def _batch_entry(batch: Mapping[str, Any]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": batch.get("id") or "",
        "input_file_id": batch.get("input_file_id") or "",
        "endpoint": batch.get("endpoint") or "",
        "completion_window": batch.get("completion_window") or "",
        "output_file_id": batch.get("output_file_id") or "",
        "error_file_id": batch.get("error_file_id") or "",
        "status": batch.get("status") or "",
        "created_at": int(batch.get("created_at") or 0),
        "expires_at": int(batch.get("expires_at") or 0),
    }
    for name in ("in_progress_at", "completed_at"):
        if batch.get(name) is not None:
            entry[name] = int(batch[name])
    if batch.get("request_counts") is not None:
        entry["request_counts"] = dict(batch["request_counts"])
    written = _metadata(batch)
    if written is not None:
        entry["metadata"] = written
    return entry


def data_batch(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIBatchRead``: ``GET /batches/{batch_id}``."""
    batch_id = d.get("batch_id")
    if not batch_id:
        raise _fail("batch_id is required")
    batch = call(lambda: api.get_batch(batch_id), "error retrieving batch: {type} - {message}")
    d.set_id(batch["id"])
    entry = _batch_entry(batch)
    for name, value in entry.items():
        if name != "id":
            set_or_fail(d, name, value)
    if batch.get("errors") is not None:
        set_or_fail(d, "error", json.dumps(batch["errors"], separators=(",", ":"), sort_keys=True))


def data_batches(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIBatchesRead``: ``GET /batches`` (one page of the API's default size)."""
    project_id = d.get("project_id")
    listed = call(api.list_batches, "error retrieving batches: {type} - {message}")
    d.set_id(f"batches-{project_id}")
    batches = [_batch_entry(batch) for batch in listed.get("data") or []]
    set_or_fail(d, "batches", batches, "error setting batches: {}")


#: The data sources this module reads, by type name.
DATA_SOURCE_READS = {"openai_batch": data_batch, "openai_batches": data_batches}
