"""Warnings a user sees whichever way the app runs: under the cdktf CLI, or as ``python app.py``.

A cdktf warning annotation is only printed by the cdktf CLI; ``python app.py`` (or a test)
never shows it. So each warning of this library is both an annotation (which the CLI prints
as ``WARN [<path>]: ...``) and, outside the CLI, a Python warning of the category
:class:`~cdktf_openai.errors.ConstructWarning`, pointing at the user's line that caused it
(filter it like any warning, e.g. ``warnings.simplefilter("ignore", ConstructWarning)``).
"""

from __future__ import annotations

import os
import sys
import warnings

from constructs import IConstruct

from cdktf_openai.errors import ConstructWarning
from cdktf_openai.workarounds import CLI_VARIABLE, annotate

__all__ = ["warn"]

_OWN_PACKAGES = ("cdktf_openai", "jsii", "cdktf", "constructs")


def warn(node: IConstruct, message: str) -> None:
    """Warn about ``node``: a cdktf warning annotation, and a Python warning outside the CLI.

    Args:
        node: The construct the warning is about.
        message: One line, starting with its id, e.g. ``[@cdktf-openai:zeroNotSent] ...``.
    """
    annotate(node, "warning", message)
    if CLI_VARIABLE not in os.environ:  # the CLI prints the annotations itself
        where = f"{node.node.path}: "
        warnings.warn(where + message, ConstructWarning, stacklevel=_caller_level())


def _caller_level() -> int:
    """The ``stacklevel`` of the first frame outside this library (and jsii, cdktf)."""
    frame = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_globals.get("__name__", "").startswith(_OWN_PACKAGES):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level
