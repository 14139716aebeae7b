"""Go's wording of values (packages ``fmt`` and ``strconv``), as the provider's messages print them.

The provider and its SDK (terraform-plugin-sdk v2.38.1) build messages with ``fmt.Sprintf``:
``%v`` of a ``float64`` in ``helper/schema/schema.go, schemaMap.validatePrimitive``
(``Attribute must be a whole number, got %v``), ``%f`` in ``helper/validation/float.go,
FloatBetween``, ``%q`` of a string or a ``[]string`` in ``helper/validation/strings.go,
StringInSlice`` and ``StringIsJSON``. These functions print a Python value the way Go prints the
same value, so that the double's messages are the provider's, byte for byte.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

_ESCAPES = {
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\v": "\\v",
    "\\": "\\\\",
    '"': '\\"',
}


def _shortest_digits(value: float) -> tuple[str, int]:
    """Return the shortest decimal digits that round-trip ``value`` and the point's position.

    Python's ``repr`` and Go's ``strconv.FormatFloat(f, 'g', -1, 64)`` both pick the shortest
    digit string that reads back as the same ``float64``; ``(digits, dp)`` means
    ``0.<digits> * 10**dp``, as Go's ``decimalSlice`` does.
    """
    _, digits, exponent = Decimal(repr(abs(value))).normalize().as_tuple()
    text = "".join(str(digit) for digit in digits)
    return text, len(text) + int(exponent)


def go_float_v(value: float) -> str:
    """Return ``fmt.Sprintf("%v", value)`` for a ``float64``.

    ``%v`` is ``strconv.FormatFloat(value, 'g', -1, 64)``: the shortest digits, in ``%e`` form
    when the exponent is below -4 or at least 6 (``1.5``, ``1.2345675e+06``, ``1e+21``).

    Args:
        value: The number.
    """
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    negative = math.copysign(1.0, value) < 0
    if value == 0:
        return "-0" if negative else "0"
    digits, dp = _shortest_digits(value)
    sign = "-" if negative else ""
    exponent = dp - 1
    if exponent < -4 or exponent >= 6:
        mantissa = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return f"{sign}{mantissa}e{'-' if exponent < 0 else '+'}{abs(exponent):02d}"
    if dp <= 0:
        return f"{sign}0.{'0' * -dp}{digits}"
    if dp >= len(digits):
        return f"{sign}{digits}{'0' * (dp - len(digits))}"
    return f"{sign}{digits[:dp]}.{digits[dp:]}"


def go_float_f(value: float) -> str:
    """Return ``fmt.Sprintf("%f", value)``: six decimals, correctly rounded (``2.500000``).

    Args:
        value: The number.
    """
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return format(value, ".6f")


def _quote_char(char: str) -> str:
    if char in _ESCAPES:
        return _ESCAPES[char]
    if char.isprintable():
        return char
    code = ord(char)
    if code < 0x80:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def go_quote(text: str) -> str:
    """Return ``strconv.Quote(text)``: ``%q`` of a Go string.

    Go escapes what ``unicode.IsPrint`` rejects; that is exactly what Python's
    ``str.isprintable`` rejects (categories C and Z, the ASCII space excepted).

    Args:
        text: The string.
    """
    return '"' + "".join(_quote_char(char) for char in text) + '"'


def go_quote_strings(items: Sequence[str]) -> str:
    """Return ``%q`` of a Go ``[]string``: ``["a" "b"]``.

    Args:
        items: The strings.
    """
    return "[" + " ".join(go_quote(item) for item in items) + "]"


def go_value_v(value: Any) -> str:
    """Return ``%v`` of a value decoded from JSON in Go (``interface{}``).

    Maps print as ``map[key:value ...]`` with sorted keys, slices as ``[a b]``, ``nil`` as
    ``<nil>``, numbers as ``float64``.

    Args:
        value: A JSON-shaped Python value.
    """
    if value is None:
        return "<nil>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        return go_float_v(float(value))
    if isinstance(value, Mapping):
        return "map[" + " ".join(f"{key}:{go_value_v(value[key])}" for key in sorted(value)) + "]"
    if isinstance(value, list | tuple):
        return "[" + " ".join(go_value_v(item) for item in value) + "]"
    return str(value)


def go_type_name(value: Any) -> str:
    """Return the Go type of a value decoded from JSON into ``interface{}``.

    Args:
        value: A JSON-shaped Python value.
    """
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int | float | Decimal):
        return "float64"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "map[string]interface {}"
    if isinstance(value, list | tuple):
        return "[]interface {}"
    return "<nil>"
