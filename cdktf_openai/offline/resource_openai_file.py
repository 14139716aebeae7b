"""``internal/provider/resource_openai_file.go`` (v1.2.0): create, read, delete (no update).

As in Go: Create reads the file (``os.ReadFile``, relative to the folder Terraform runs in) and
fails with ``error reading file <path>: open <path>: no such file or directory`` when it cannot;
it uploads the file's base name and bytes with ``purpose`` (sent even when empty), then writes
``filename``, ``bytes``, ``created_at``, ``purpose`` and a non-empty ``project_id``. The double
reads the file to learn its size and name; it never looks at its contents.
"""

from __future__ import annotations

import errno
import os

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import (
    api_error,
    call,
    delete_and_forget,
    read_by_id,
    set_fields,
)

#: Go's ``syscall.Errno`` texts (lower case, unlike C's ``strerror``) for the usual failures.
_GO_ERRNO = {
    errno.ENOENT: "no such file or directory",
    errno.EACCES: "permission denied",
    errno.EISDIR: "is a directory",
    errno.ENOTDIR: "not a directory",
    errno.ENAMETOOLONG: "file name too long",
    errno.ELOOP: "too many levels of symbolic links",
}


def _go_read_file(path: str) -> bytes:
    """``os.ReadFile(path)``, with Go's ``*PathError`` text on failure."""
    operation = "open"
    try:
        with open(path, "rb") as handle:
            operation = "read"
            return handle.read()
    except OSError as error:
        number = error.errno or 0
        if number == errno.EISDIR:
            operation = "read"
        reason = _GO_ERRNO.get(number, (error.strerror or "unknown error").lower())
        raise ProviderError(
            ProviderDiagnostic(f"error reading file {path}: {operation} {path}: {reason}")
        ) from error


#: How ``resource_openai_file.go`` words an error response.
_API_ERROR = "API error: {type} - {message} ({code})"

#: The fields Create and Read write from the API's file object, as they come.
_FIELDS = ("filename", "bytes", "created_at", "purpose")


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFileCreate``."""
    path, ok = d.get_ok("file")
    if not ok:
        raise ProviderError(ProviderDiagnostic("file path is required for creating a new file"))
    purpose = d.get("purpose")
    project_id, _ = d.get_ok("project_id")
    content = _go_read_file(path)
    if purpose == "":  # sent as it is: the API answers with this 400
        missing = ApiError(
            400, "Missing required parameter: 'purpose'.", code="missing_required_parameter"
        )
        raise api_error(_API_ERROR, missing) from missing
    response = call(lambda: api.upload_file(os.path.basename(path), content, purpose), _API_ERROR)
    d.set_id(response["id"])
    set_fields(d, response, _FIELDS)
    if project_id != "":
        d.set("project_id", project_id)


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFileRead``: a 404 removes it from state."""
    response = read_by_id(d, api.get_file, _API_ERROR)
    if response is None:
        return
    set_fields(d, response, _FIELDS)


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFileDelete``: a 404 is not an error."""
    if not d.id:
        return
    delete_and_forget(d, lambda: api.delete_file(d.id), _API_ERROR)
