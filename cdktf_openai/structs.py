"""Build generated jsii structs without the generated runtime type checks.

The generated classes check every argument with typeguard in Python before calling jsii (about
a quarter of the build time of a resource). The L2 constructs check every prop themselves
first, so they build the generated structs directly: a jsii-pacmak struct keeps its fields in
``_values`` (what its properties read, and what jsii serializes), so the struct made here is
the one the generated constructor would make. The bindings are pinned and committed, and the
tests compare the L2 output with the generated classes' output, so a change of that layout
would be caught.
"""

from __future__ import annotations

from typing import Any, TypeVar

__all__ = ["struct"]

S = TypeVar("S")


def struct(struct_class: type[S], **values: Any) -> S:
    """An instance of a generated struct class holding ``values`` (``None`` values left out).

    Args:
        struct_class: A generated struct class (e.g. ``RunConfig``, ``AssistantTools``).
        values: Its fields, by their Python names.
    """
    instance = struct_class.__new__(struct_class)
    instance._values = {name: value for name, value in values.items() if value is not None}  # type: ignore[attr-defined]
    return instance
