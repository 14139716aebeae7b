"""Tokens of every kind, built from literals only, so they synthesize in any stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cdktf_openai.core import Fn, Token
from cdktf_openai.tokens import TokenKind

#: How to make a token of each kind (a fresh one per call).
TOKEN_MAKERS: dict[TokenKind, Callable[[], Any]] = {
    "string": lambda: Fn.upper("x"),
    "number": lambda: Token.as_number(Fn.length_of(["a"])),
    "list": lambda: Token.as_list(Fn.tolist(["a"])),
    "map": lambda: Token.as_string_map(Fn.tomap({"a": "b"})),
    "any": lambda: Token.as_any(Fn.tomap({"a": "b"})),
}
