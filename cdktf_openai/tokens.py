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
from collections.abc import Mapping
from typing import Any

from jsii._reference_map import InterfaceDynamicProxy  # the generated bindings use it too

__all__ = ["NumberToken", "is_unresolved"]

#: A cdktf number token (e.g. ``TerraformVariable(...).number_value``): a float in Python.
#: Props typed ``int | NumberToken`` take a whole number, or a token checked by Terraform.
NumberToken = float

_KEY = r"[a-zA-Z0-9:._-]+"
_STRING_TOKEN = re.compile(r"\$\{TfToken\[" + _KEY + r"\]\}")
_LIST_TOKEN = re.compile(r"#\{TfToken\[" + _KEY + r"\]\}")
_MAP_TOKEN = re.compile(r"&\{TfToken\[" + _KEY + r"\]\}")
_NUMBER_TOKEN_BITS = 0xFDFF
_NUMBER_LIST_TOKEN_BITS = 0xFBFF


def _top_bits(number: float) -> int:
    return int(struct.unpack("<Q", struct.pack("<d", number))[0] >> 48)


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
