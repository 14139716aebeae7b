"""Tokens in plain Python: is a value a token, of which kind, and how to pass one on.

``cdktf.Token.is_unresolved`` costs a call into node for every value it looks at. Validation
asks it for every prop of every construct, so this module answers the same question from the
value itself, reading cdktf's token encoding (see
:func:`cdktf_openai.workarounds.encoded_token_kind`). An opaque jsii object (an ``any``-typed
value such as ``TerraformVariable.value``), which only node can look into, is a token of kind
``any`` (Terraform checks it instead). A test checks this against ``Token.is_unresolved`` for
real tokens of every kind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, NewType

from cdktf_openai.workarounds import encoded_token_kind

__all__ = ["DeferredRead", "NumberToken", "TokenKind", "as_kind", "is_unresolved", "token_kind"]

#: A cdktf number token (e.g. ``TerraformVariable(...).number_value``), which is a float in
#: Python. Whole-number props are typed ``int | NumberToken``, so that a literal float such
#: as ``1.5`` is a type error; pass a token as ``NumberToken(variable.number_value)``.
NumberToken = NewType("NumberToken", float)

#: What a token stands for: a ``"string"``, a ``"number"``, a ``"list"`` (of strings or
#: numbers), a ``"map"``, or ``"any"`` (an opaque resolvable object, e.g.
#: ``TerraformVariable.value``, whose type only Terraform knows).
TokenKind = Literal["string", "number", "list", "map", "any"]


@dataclass(frozen=True, eq=False)
class DeferredRead:
    """A property of a construct, read when the construct it is a prop of is created.

    What a reference to a construct renders as (``references.id_reference``: a thread's
    ``id`` for a run's ``thread_id``): creating the construct reads it, in JavaScript when
    the construct is created in a batch (no round trip of its own), else just before (see
    :func:`cdktf_openai.batching.create`).

    Attributes:
        target: The construct (queued or created).
        name: Its property, by jsii name (``id``).
    """

    target: Any
    name: str


#: The kind of token a value is (``"string"``, ..., ``"any"``), or ``None`` when it is not a
#: token: :func:`~cdktf_openai.workarounds.encoded_token_kind` itself (no call in between:
#: validation asks it of every prop of every construct).
token_kind: Callable[[Any], TokenKind | None] = encoded_token_kind


def as_kind(value: Any, kind: TokenKind) -> Any:
    """An opaque token (``any``, e.g. ``TerraformVariable.value``) as a token of ``kind``.

    jsii refuses an opaque token where a string, number, list or map is declared; cdktf's
    ``Token.as_*`` turn it into the encoded token of that kind (one jsii call).

    Args:
        value: An opaque token.
        kind: What the prop it is given for takes.
    """
    from cdktf_openai.core import Token

    converters: dict[str, Callable[[Any], Any]] = {
        "string": Token.as_string,
        "number": Token.as_number,
        "list": Token.as_list,
        "map": Token.as_string_map,
    }
    return converters[kind](value) if kind in converters else value


def is_unresolved(value: Any) -> bool:
    """Tell whether ``value`` is (or contains, at its top level) an unresolved cdktf token.

    Same answer as ``cdktf.Token.is_unresolved(value)``, computed in Python.

    Args:
        value: Any prop value.

    Returns:
        True for token strings (also a plain string with a token inside), token numbers,
        token lists, maps with a token key, and resolvable objects.
    """
    return encoded_token_kind(value) is not None
