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


def _api_error(error: ApiError) -> ProviderError:
    return ProviderError(
        ProviderDiagnostic(f"API error: {error.type} - {error.message} ({error.code})")
    )


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFileCreate``."""
    path, ok = d.get_ok("file")
    if not ok:
        raise ProviderError(ProviderDiagnostic("file path is required for creating a new file"))
    purpose = d.get("purpose")
    project_id, _ = d.get_ok("project_id")
    content = _go_read_file(path)
    try:
        if purpose == "":
            raise ApiError(
                400, "Missing required parameter: 'purpose'.", code="missing_required_parameter"
            )
        response = api.upload_file(os.path.basename(path), content, purpose)
    except ApiError as error:
        raise _api_error(error) from error
    d.set_id(response["id"])
    d.set("filename", response["filename"])
    d.set("bytes", response["bytes"])
    d.set("created_at", response["created_at"])
    d.set("purpose", response["purpose"])
    if project_id != "":
        d.set("project_id", project_id)


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFileRead``: a 404 removes it from state."""
    if not d.id:
        return
    try:
        response = api.get_file(d.id)
    except ApiError as error:
        if error.status == 404:
            d.set_id("")
            return
        raise _api_error(error) from error
    d.set("filename", response["filename"])
    d.set("bytes", response["bytes"])
    d.set("created_at", response["created_at"])
    d.set("purpose", response["purpose"])


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFileDelete``: a 404 is not an error."""
    if not d.id:
        return
    try:
        api.delete_file(d.id)
    except ApiError as error:
        if error.status != 404:
            raise _api_error(error) from error
    d.set_id("")
