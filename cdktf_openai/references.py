"""Props that take "the construct, or the ID of an existing one"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from cdktf_openai.batching import deferred_read
from cdktf_openai.tokens import as_kind, token_kind
from cdktf_openai.validation import Predicate

__all__ = ["ById", "HasId", "id_of", "id_reference", "reference_rule"]


class HasId(Protocol):
    """Any construct of this library (or generated resource) with an ``id`` attribute."""

    @property
    def id(self) -> str:
        """The resource's ID (a token until apply)."""
        ...


@dataclass(frozen=True)
class ById:
    """A resource made elsewhere, known by its ID (what a composite keeps of an ID it was given).

    Attributes:
        id: The resource's ID (or a token for it).
    """

    id: str


def id_of(target: HasId | str) -> str:
    """The ID to put in the JSON: the string as given, or the construct's ``id`` token."""
    if isinstance(target, str):
        return target
    if token_kind(target) == "any":  # an opaque token, e.g. TerraformVariable.value
        converted: str = as_kind(target, "string")
        return converted
    return target.id


def id_reference(target: HasId | str) -> Any:
    """The ID for a construct's prop: :func:`id_of`, read later for a construct.

    A construct's ``id`` is read in JavaScript when the construct that takes it is created
    (:func:`cdktf_openai.batching.deferred_read`): no round trip of its own.
    """
    if isinstance(target, str) or token_kind(target) == "any" or isinstance(target, ById):
        return id_of(target)
    return deferred_read(target, "id")


def reference_rule(resource_class: type, what: str) -> Predicate:
    """A rule accepting an instance of ``resource_class`` (L2 or L1) or a non-empty ID string.

    Args:
        resource_class: The generated L1 class; the L2 construct subclasses it.
        what: How the error names it, e.g. ``"a Thread"``.
    """

    def accepts(value: Any) -> bool:
        if isinstance(value, ById):
            value = value.id
        return isinstance(value, resource_class) or (isinstance(value, str) and value != "")

    return Predicate(accepts, f"{what} or a non-empty ID string (or token)")
