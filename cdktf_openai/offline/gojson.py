"""Go's ``encoding/json`` verdict on a document, with Go's words.

``helper/validation/strings.go, StringIsJSON`` (terraform-plugin-sdk v2.38.1) reports
``"<key>" contains an invalid JSON: <err>``, where ``<err>`` is what ``json.Unmarshal`` into an
``interface{}`` returned (``helper/structure/normalize_json.go, NormalizeJsonString``).
:func:`go_json_error` returns that ``<err>``: the scanner's syntax error (Go's
``encoding/json/scanner.go``, a byte-at-a-time state machine, ported state by state), or the
decoder's error for a number that does not fit a ``float64``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from decimal import Decimal

from cdktf_openai.offline.gofmt import go_quote

#: Nesting deeper than this is an error (Go's ``maxNestingDepth``).
MAX_NESTING_DEPTH = 10000

_OBJECT_KEY, _OBJECT_VALUE, _ARRAY_VALUE = 0, 1, 2
_SPACE = frozenset(b" \t\r\n")
_HEX = frozenset(b"0123456789abcdefABCDEF")
_DIGITS = frozenset(b"0123456789")


class _SyntaxError(Exception):
    pass


def _quote_char(byte: int) -> str:
    """Go's ``quoteChar``: a byte as a quoted rune, e.g. ``'x'`` (quotes and escapes as Go's)."""
    if byte == ord("'"):
        return "'\\''"
    if byte == ord('"'):
        return "'\"'"
    return "'" + go_quote(chr(byte))[1:-1] + "'"


Step = Callable[[int], None]


class _Scanner:
    """Go's ``scanner``: feed it bytes; it raises on the first byte that cannot follow."""

    def __init__(self) -> None:
        self.step: Step = self.begin_value
        self.stack: list[int] = []
        self.end_top = False
        self.error: str | None = None

    def fail(self, byte: int, context: str) -> None:
        self.step = self.failed
        self.error = f"invalid character {_quote_char(byte)} {context}"
        raise _SyntaxError(self.error)

    def failed(self, byte: int) -> None:
        raise _SyntaxError(self.error)

    def push(self, byte: int, state: int) -> None:
        self.stack.append(state)
        if len(self.stack) > MAX_NESTING_DEPTH:
            self.fail(byte, "exceeded max depth")

    def pop(self) -> None:
        self.stack.pop()
        if not self.stack:
            self.step = self.end_top_state
            self.end_top = True
        else:
            self.step = self.end_value

    def begin_value_or_empty(self, byte: int) -> None:
        if byte in _SPACE:
            return
        if byte == ord("]"):
            self.end_value(byte)
            return
        self.begin_value(byte)

    def begin_value(self, byte: int) -> None:
        if byte in _SPACE:
            return
        char = chr(byte)
        if char == "{":
            self.step = self.begin_string_or_empty
            self.push(byte, _OBJECT_KEY)
        elif char == "[":
            self.step = self.begin_value_or_empty
            self.push(byte, _ARRAY_VALUE)
        elif char == '"':
            self.step = self.in_string
        elif char == "-":
            self.step = self.neg
        elif char == "0":
            self.step = self.zero
        elif char == "t":
            self.step = self.literal("rue", "true")
        elif char == "f":
            self.step = self.literal("alse", "false")
        elif char == "n":
            self.step = self.literal("ull", "null")
        elif "1" <= char <= "9":
            self.step = self.one
        else:
            self.fail(byte, "looking for beginning of value")

    def begin_string_or_empty(self, byte: int) -> None:
        if byte in _SPACE:
            return
        if byte == ord("}"):
            self.stack[-1] = _OBJECT_VALUE
            self.end_value(byte)
            return
        self.begin_string(byte)

    def begin_string(self, byte: int) -> None:
        if byte in _SPACE:
            return
        if byte == ord('"'):
            self.step = self.in_string
            return
        self.fail(byte, "looking for beginning of object key string")

    def end_value(self, byte: int) -> None:
        if not self.stack:
            self.step = self.end_top_state
            self.end_top = True
            self.end_top_state(byte)
            return
        if byte in _SPACE:
            self.step = self.end_value
            return
        state = self.stack[-1]
        if state == _OBJECT_KEY:
            if byte == ord(":"):
                self.stack[-1] = _OBJECT_VALUE
                self.step = self.begin_value
                return
            self.fail(byte, "after object key")
        elif state == _OBJECT_VALUE:
            if byte == ord(","):
                self.stack[-1] = _OBJECT_KEY
                self.step = self.begin_string
                return
            if byte == ord("}"):
                self.pop()
                return
            self.fail(byte, "after object key:value pair")
        else:
            if byte == ord(","):
                self.step = self.begin_value
                return
            if byte == ord("]"):
                self.pop()
                return
            self.fail(byte, "after array element")

    def end_top_state(self, byte: int) -> None:
        if byte not in _SPACE:
            # Go records the error now and reports it on the next byte (or at the end).
            self.error = f"invalid character {_quote_char(byte)} after top-level value"
            self.step = self.failed

    def in_string(self, byte: int) -> None:
        if byte == ord('"'):
            self.step = self.end_value
        elif byte == ord("\\"):
            self.step = self.in_string_escape
        elif byte < 0x20:
            self.fail(byte, "in string literal")

    def in_string_escape(self, byte: int) -> None:
        if chr(byte) in 'bfnrt\\/"':
            self.step = self.in_string
        elif byte == ord("u"):
            self.step = self.hex_escape(4)
        else:
            self.fail(byte, "in string escape code")

    def hex_escape(self, remaining: int) -> Step:
        def step(byte: int) -> None:
            if byte not in _HEX:
                self.fail(byte, "in \\u hexadecimal character escape")
            self.step = self.in_string if remaining == 1 else self.hex_escape(remaining - 1)

        return step

    # The number states, one method per state function of Go's encoding/json/scanner.go: neg is
    # stateNeg, one state1, zero state0, dot stateDot, dot_digits stateDot0, exponent stateE,
    # exponent_sign stateESign, exponent_digits stateE0. The fraction's states and the
    # exponent's are alike in Go too; they stay apart so that each reads against its Go function.
    def neg(self, byte: int) -> None:
        if byte == ord("0"):
            self.step = self.zero
        elif ord("1") <= byte <= ord("9"):
            self.step = self.one
        else:
            self.fail(byte, "in numeric literal")

    def one(self, byte: int) -> None:
        if byte in _DIGITS:
            self.step = self.one
            return
        self.zero(byte)

    def zero(self, byte: int) -> None:
        if byte == ord("."):
            self.step = self.dot
        elif byte in (ord("e"), ord("E")):
            self.step = self.exponent
        else:
            self.end_value(byte)

    def dot(self, byte: int) -> None:
        if byte in _DIGITS:
            self.step = self.dot_digits
            return
        self.fail(byte, "after decimal point in numeric literal")

    def dot_digits(self, byte: int) -> None:
        if byte in _DIGITS:
            return
        if byte in (ord("e"), ord("E")):
            self.step = self.exponent
            return
        self.end_value(byte)

    def exponent(self, byte: int) -> None:
        if byte in (ord("+"), ord("-")):
            self.step = self.exponent_sign
            return
        self.exponent_sign(byte)

    def exponent_sign(self, byte: int) -> None:
        if byte in _DIGITS:
            self.step = self.exponent_digits
            return
        self.fail(byte, "in exponent of numeric literal")

    def exponent_digits(self, byte: int) -> None:
        if byte in _DIGITS:
            return
        self.end_value(byte)

    def literal(self, rest: str, word: str) -> Step:
        def step(byte: int) -> None:
            if byte != ord(rest[0]):
                self.fail(byte, f"in literal {word} (expecting {_quote_char(ord(rest[0]))})")
            self.step = self.end_value if len(rest) == 1 else self.literal(rest[1:], word)

        return step

    def eof(self) -> None:
        if self.error is not None:
            raise _SyntaxError(self.error)
        if self.end_top:
            return
        self.step(ord(" "))
        if self.end_top:
            return
        raise _SyntaxError(self.error or "unexpected end of JSON input")


def _number_error(text: str) -> str | None:
    """Return the decoder's error for the first number that overflows a ``float64``."""
    found: list[str] = []

    def parse(literal: str) -> Decimal:
        if not found and math.isinf(float(literal)):
            found.append(literal)
        return Decimal(literal)

    try:
        json.loads(text, parse_float=parse, parse_int=parse)
    except RecursionError:  # deeper than Python's parser goes: Go's scanner accepted it
        return None
    if found:
        return f"json: cannot unmarshal number {found[0]} into Go value of type float64"
    return None


def go_json_syntax_error(text: str) -> str | None:
    """Return Go's scanner error for ``text`` (``checkValid``, also what ``json.Compact`` says).

    Args:
        text: The document.

    Returns:
        ``None`` when the syntax is valid, else Go's message.
    """
    scanner = _Scanner()
    try:
        for byte in text.encode("utf-8", "surrogatepass"):
            scanner.step(byte)
        scanner.eof()
    except _SyntaxError as error:
        return str(error)
    return None


def go_json_error(text: str) -> str | None:
    """Return what Go's ``json.Unmarshal`` into an ``interface{}`` says about ``text``.

    Args:
        text: The document.

    Returns:
        ``None`` when Go accepts it, else Go's message, e.g.
        ``invalid character 'o' looking for beginning of object key string`` or
        ``unexpected end of JSON input``.
    """
    syntax = go_json_syntax_error(text)
    return syntax if syntax is not None else _number_error(text)


def is_float64(value: object) -> bool:
    """Whether a decoded JSON value is a ``float64`` once Go decodes it into ``interface{}``.

    Every JSON number is (``value.(float64)`` succeeds); a bool, string or null is not.

    Args:
        value: The value as Python's ``json`` decoded it.
    """
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)
