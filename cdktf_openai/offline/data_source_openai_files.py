"""The file data sources (``internal/provider/data_source_openai_file(s).go``, v1.2.0).

- ``openai_file``: ``GET /files/{file_id}``; a 404 is ``file with ID <id> not found``, any
  other error ``API error: <type> - <message> (<code>)``; ``project_id`` stays as configured
  (the API does not return it, and Go sends no project header).
- ``openai_files``: ``GET /files``, with ``?purpose=`` when ``purpose`` is set: every file, newest
  first (one page); each file's ``created_at`` is RFC 3339 text (``time.Unix(...).Format``), not
  a number as in ``openai_file``; the ID is ``files_<Unix time of the read>``, so it changes on
  every read.

Both use Go's default HTTP client, so the provider's ``timeout`` does not apply to them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import api_error, call, set_fields, set_or_fail
from cdktf_openai.offline.resource_openai_admin import _rfc3339 as go_time_rfc3339

#: How both Reads word an error response (``ErrorResponse`` decoded).
_API_ERROR = "API error: {type} - {message} ({code})"


def read_file(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIFileRead``: ``GET /files/{file_id}``; a 404 has its own words."""
    file_id = d.get("file_id")
    if file_id == "":
        raise ProviderError(ProviderDiagnostic("file_id is required"))
    try:
        found = api.get_file(file_id)
    except ApiError as error:
        if error.status == 404:
            raise ProviderError(ProviderDiagnostic(f"file with ID {file_id} not found")) from error
        raise api_error(_API_ERROR, error) from error
    d.set_id(found["id"])
    set_fields(d, found, ("filename", "bytes", "created_at", "purpose"), null="")


def read_files(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIFilesRead``: ``GET /files`` (``?purpose=`` when set)."""
    purpose = d.get("purpose")
    d.set_id(f"files_{int(time.time())}")
    listing = call(lambda: api.list_files(purpose), _API_ERROR)
    files = [
        {
            "id": found.get("id") or "",
            "filename": found.get("filename") or "",
            "bytes": int(found.get("bytes") or 0),
            "purpose": found.get("purpose") or "",
            "object": found.get("object") or "",
            "created_at": go_time_rfc3339(int(found.get("created_at") or 0)),
        }
        for found in listing.get("data") or []
    ]
    set_or_fail(d, "files", files, "error setting files: {}")


#: The file data sources' Reads, by type name.
DATA_SOURCE_READS: dict[str, Callable[[ResourceData, FakeOpenAI], None]] = {
    "openai_file": read_file,
    "openai_files": read_files,
}
