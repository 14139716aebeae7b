"""Recognise cdktf tokens in plain Python, without a round trip to the jsii runtime.

``cdktf.Token.is_unresolved`` costs a call into node for every value it looks at. Validation
asks it for every prop of every construct, so this module answers the same question from the
value itself, using cdktf's own token encoding (``cdktf/lib/tokens/private/encoding.ts``):

- strings carry ``${TfToken[...]}``; string lists carry ``#{TfToken[...]}`` as their single item;
  maps carry ``&{TfToken[...]}`` in a key;
- numbers are doubles whose top 16 bits are ``0xFDFF`` (number lists: ``0xFBFF``);
- anything else that is resolvable is a jsii object with a ``resolve`` method, or an opaque
  jsii object (an ``any``-typed value such as ``TerraformVariable.value``), which only node can
  look into: it is taken as a token (Terraform checks it instead).

A test checks this against ``Token.is_unresolved`` for real tokens of every kind.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable, Mapping
from typing import Any, Literal, NewType

from jsii._reference_map import InterfaceDynamicProxy  # the generated bindings use it too

__all__ = ["NumberToken", "TokenKind", "as_kind", "is_unresolved", "token_kind"]

#: A cdktf number token (e.g. ``TerraformVariable(...).number_value``), which is a float in
#: Python. Whole-number props are typed ``int | NumberToken``, so that a literal float such
#: as ``1.5`` is a type error; pass a token as ``NumberToken(variable.number_value)``.
NumberToken = NewType("NumberToken", float)

_KEY = r"[a-zA-Z0-9:._-]+"
_STRING_TOKEN = re.compile(r"\$\{TfToken\[" + _KEY + r"\]\}")
_LIST_TOKEN = re.compile(r"#\{TfToken\[" + _KEY + r"\]\}")
_MAP_TOKEN = re.compile(r"&\{TfToken\[" + _KEY + r"\]\}")
_NUMBER_TOKEN_BITS = 0xFDFF
_NUMBER_LIST_TOKEN_BITS = 0xFBFF


def _top_bits(number: float) -> int:
    return int(struct.unpack("<Q", struct.pack("<d", number))[0] >> 48)


#: What a token stands for: a ``"string"``, a ``"number"``, a ``"list"`` (of strings or
#: numbers), a ``"map"``, or ``"any"`` (an opaque resolvable object, e.g.
#: ``TerraformVariable.value``, whose type only Terraform knows).
TokenKind = Literal["string", "number", "list", "map", "any"]


def token_kind(value: Any) -> TokenKind | None:
    """The kind of token ``value`` is, or ``None`` when it is not a token.

    Args:
        value: Any prop value.
    """
    if not is_unresolved(value):
        return None
    if isinstance(value, str):
        return "string"
    if isinstance(value, float):
        return "number"
    if isinstance(value, list | tuple):
        return "list"
    if isinstance(value, Mapping):
        return "map"
    return "any"


def as_kind(value: Any, kind: TokenKind) -> Any:
    """An opaque token (``any``, e.g. ``TerraformVariable.value``) as a token of ``kind``.

    jsii refuses an opaque token where a string, number, list or map is declared; cdktf's
    ``Token.as_*`` turn it into the encoded token of that kind (one jsii call).

    Args:
        value: An opaque token.
        kind: What the prop it is given for takes.
    """
    from cdktf import Token

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
    if isinstance(value, str):
        return _STRING_TOKEN.search(value) is not None
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return False
    if isinstance(value, float):
        return _top_bits(value) == _NUMBER_TOKEN_BITS
    if isinstance(value, list | tuple):
        if len(value) != 1:
            return False
        (item,) = value
        if isinstance(item, str):
            return _LIST_TOKEN.search(item) is not None
        return isinstance(item, float) and _top_bits(item) == _NUMBER_LIST_TOKEN_BITS
    if isinstance(value, Mapping):
        return any(isinstance(k, str) and _MAP_TOKEN.search(k) for k in value)
    if isinstance(value, InterfaceDynamicProxy):
        return True
    # only jsii objects can be cdktf tokens (a pathlib.Path has a `resolve` method too)
    kind = type(value)
    is_jsii = hasattr(kind, "__jsii_type__") or hasattr(kind, "__jsii_ifaces__")
    return is_jsii and callable(getattr(value, "resolve", None))
