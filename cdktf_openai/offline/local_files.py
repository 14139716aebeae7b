"""How the provider's Go code reads a local file it uploads (``os.Stat``, ``os.Open``, ``io.Copy``).

Paths are relative to the folder Terraform runs in (the provider's working directory), as in
Go. The words of an ``os`` error are Go's: ``open <path>: permission denied``.
"""

from __future__ import annotations

import os


class GoFileError(Exception):
    """A Go ``*PathError`` of ``os.Open`` or of reading the file (``read <path>: ...``)."""


def _go_words(error: OSError) -> str:
    text = error.strerror or str(error)
    return text[:1].lower() + text[1:]


def missing(path: str) -> bool:
    """``_, err := os.Stat(path); os.IsNotExist(err)``.

    Args:
        path: The path as configured.
    """
    try:
        os.stat(path)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return False


def read(path: str) -> bytes:
    """``os.Open`` then ``io.Copy``: the bytes, or the :class:`GoFileError` Go returns.

    ``os.Open`` of a folder succeeds in Go; reading it fails (``read <path>: is a directory``).

    Raises:
        GoFileError: With the Go text; ``.args[1]`` is ``"open"`` or ``"read"``.
    """
    if os.path.isdir(path):
        raise GoFileError(f"read {path}: is a directory", "read")
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as error:
        raise GoFileError(f"open {path}: {_go_words(error)}", "open") from error
