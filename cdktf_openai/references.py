"""Props that take "the construct, or the ID of an existing one", of one kind.

A prop that names an OpenAI object of a given kind (a thread, an assistant, a file, a vector
store) takes that kind's construct -- the L2 (``Thread``...) or its generated L1 class, which
the L2 subclasses -- a :class:`ById`, or the ID itself: a string, or a string token such as
``other_stack_thread.id``. Its type (``ThreadRef``...) says so to mypy and IDEs, and its rule
(:func:`reference_rule`, e.g. ``limits.THREAD``) refuses a construct of another kind at
construction, naming the kind expected and the kind given.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol, TypeAlias

from cdktf_openai.errors import Problem
from cdktf_openai.l1 import assistant as _assistant
from cdktf_openai.l1 import file as _file
from cdktf_openai.l1 import thread as _thread
from cdktf_openai.l1 import vector_store as _vector_store
from cdktf_openai.literal import is_expression_text
from cdktf_openai.tokens import DeferredRead, as_kind, token_kind
from cdktf_openai.validation import Predicate, show

__all__ = [
    "AssistantRef",
    "ById",
    "FileRef",
    "HasId",
    "ThreadRef",
    "VectorStoreRef",
    "id_of",
    "id_reference",
    "reference_rule",
]


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

    A construct's ``id`` is read when the construct that takes it is created (a
    :class:`~cdktf_openai.tokens.DeferredRead`: in JavaScript, with no round trip of its own,
    when that construct is created in a batch).
    """
    if isinstance(target, str) or token_kind(target) == "any" or isinstance(target, ById):
        return id_of(target)
    return DeferredRead(target, "id")


@dataclass(frozen=True)
class _Reference(Predicate):
    """A reference rule that says why Terraform expression text is not an ID."""

    def problems(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield a problem unless ``value`` is accepted; expression text gets its own."""
        if isinstance(value, str) and is_expression_text(value):
            rule = (
                "must be an ID or a construct, not Terraform expression text (text is literal: "
                "pass the construct, or a token for an expression)"
            )
            yield Problem(field, rule, show(value))
            return
        yield from super().problems(field, value)


def reference_rule(resource_class: type, what: str) -> Predicate:
    """A rule accepting an instance of ``resource_class`` (L2 or L1) or a non-empty ID string.

    Args:
        resource_class: The generated L1 class; the L2 construct subclasses it.
        what: How the error names it, e.g. ``"a Thread"``.
    """

    def accepts(value: Any) -> bool:
        if isinstance(value, ById):
            value = value.id
        if isinstance(value, str):
            return value != "" and not is_expression_text(value)
        return isinstance(value, resource_class)

    return _Reference(accepts, f"{what} or a non-empty ID string (or token)")


#: A thread where one is expected: a ``Thread`` (or generated ``openai_thread``), a ``ById``, or
#: its ID (a string or a string token).
ThreadRef: TypeAlias = _thread.Thread | ById | str
#: An assistant where one is expected: an ``Assistant`` (or generated ``openai_assistant``), a
#: ``ById``, or its ID (a string or a string token).
AssistantRef: TypeAlias = _assistant.Assistant | ById | str
#: A file where one is expected: a ``File`` (or generated ``openai_file``), a ``ById``, or its ID
#: (a string or a string token).
FileRef: TypeAlias = _file.File | ById | str
#: A vector store where one is expected: a ``VectorStore`` (or generated
#: ``openai_vector_store``), a ``ById``, or its ID (a string or a string token).
VectorStoreRef: TypeAlias = _vector_store.VectorStore | ById | str
