"""A griffe extension: a ``#:`` comment above a module constant is that constant's docstring.

The package documents its constants (``limits.TEMPERATURE``, ``schema.PROVIDER_FQN``...) with
``#:`` comments, as Sphinx reads them; griffe, which mkdocstrings uses to read the code, only
knows a string literal after the assignment. ``mkdocs.yml`` loads this file for the API
reference, so that each constant is shown with its comment (its rule's source, for
``limits``). Used only to build the documentation (``make docs``).
"""

from __future__ import annotations

import ast
from typing import Any

import griffe


class CommentDocstrings(griffe.Extension):
    """Give an attribute without a docstring the ``#:`` comment lines right above it."""

    def on_attribute_instance(
        self, *, node: ast.AST | griffe.ObjectNode, attr: griffe.Attribute, **kwargs: Any
    ) -> None:
        """Read the comment from the source lines above the attribute's first line."""
        if attr.docstring is not None or attr.lineno is None:
            return
        try:
            lines = attr.lines_collection[attr.filepath]  # type: ignore[index]
        except (KeyError, TypeError):
            return
        comment: list[str] = []
        index = attr.lineno - 2  # the line above, 0-based
        while index >= 0 and lines[index].lstrip().startswith("#:"):
            comment.insert(0, lines[index].lstrip()[2:].removeprefix(" "))
            index -= 1
        if comment:
            attr.docstring = griffe.Docstring(
                "\n".join(comment), lineno=index + 2, endlineno=attr.lineno - 1, parent=attr
            )
