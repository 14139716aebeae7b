"""The SDK's ``helper/validation`` functions that the provider's schemas use, with their words.

Each function here is the terraform-plugin-sdk v2.38.1 function of the same name: given the
decoded value and the attribute's flat key (``tools.0.type``), it returns the errors
(``schema.SchemaValidateFunc``); ``helper/schema/schema.go, Schema.validateFunc`` turns each into
an error diagnostic whose summary is the message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from cdktf_openai.offline.gofmt import go_float_f, go_quote, go_quote_strings
from cdktf_openai.offline.gojson import go_json_error

#: ``schema.SchemaValidateFunc``: ``(decoded value, flat key) -> error messages``.
ValidateFunc = Callable[[Any, str], list[str]]


def float_between(low: float, high: float) -> ValidateFunc:
    """``helper/validation/float.go, FloatBetween``: a ``float64`` within ``low..high``.

    Args:
        low: The smallest value allowed.
        high: The largest value allowed.
    """

    def validate(value: Any, key: str) -> list[str]:
        if not isinstance(value, float):
            return [f"expected type of {key} to be float64"]
        if value < low or value > high:
            return [
                f"expected {key} to be in the range ({go_float_f(low)} - {go_float_f(high)}), "
                f"got {go_float_f(value)}"
            ]
        return []

    return validate


def int_at_least(minimum: int) -> ValidateFunc:
    """``helper/validation/int.go, IntAtLeast``: an ``int`` of at least ``minimum``.

    Args:
        minimum: The smallest value allowed.
    """

    def validate(value: Any, key: str) -> list[str]:
        if not isinstance(value, int) or isinstance(value, bool):
            return [f"expected type of {key} to be integer"]
        if value < minimum:
            return [f"expected {key} to be at least ({minimum}), got {value}"]
        return []

    return validate


def string_in_slice(valid: Sequence[str], ignore_case: bool = False) -> ValidateFunc:
    """``helper/validation/strings.go, StringInSlice``: one of ``valid``.

    Args:
        valid: The strings allowed.
        ignore_case: Whether to compare case-insensitively (Go's ``strings.EqualFold``).
    """
    options = tuple(valid)

    def validate(value: Any, key: str) -> list[str]:
        if not isinstance(value, str):
            return [f"expected type of {key} to be string"]
        for option in options:
            if value == option or (ignore_case and value.casefold() == option.casefold()):
                return []
        return [f"expected {key} to be one of {go_quote_strings(options)}, got {value}"]

    return validate


def string_is_json(value: Any, key: str) -> list[str]:
    """``helper/validation/strings.go, StringIsJSON``: a JSON document, or the empty string.

    A :data:`ValidateFunc` itself. ``helper/structure/normalize_json.go, NormalizeJsonString``
    returns early for ``""``, so an empty string passes.
    """
    if not isinstance(value, str):
        return [f"expected type of {key} to be string"]
    if value == "":
        return []
    error = go_json_error(value)
    return [] if error is None else [f"{go_quote(key)} contains an invalid JSON: {error}"]


def string_is_not_empty(value: Any, key: str) -> list[str]:
    """``helper/validation/strings.go, StringIsNotEmpty``: a string other than ``""``.

    A :data:`ValidateFunc` itself.
    """
    if not isinstance(value, str):
        return [f"expected type of {go_quote(key)} to be string"]
    if value == "":
        return [f"expected {go_quote(key)} to not be an empty string, got {value}"]
    return []


def int_between(low: int, high: int) -> ValidateFunc:
    """``helper/validation/int.go, IntBetween``: an ``int`` within ``low..high``.

    Args:
        low: The smallest value allowed.
        high: The largest value allowed.
    """

    def validate(value: Any, key: str) -> list[str]:
        if not isinstance(value, int) or isinstance(value, bool):
            return [f"expected type of {key} to be integer"]
        if value < low or value > high:
            return [f"expected {key} to be in the range ({low} - {high}), got {value}"]
        return []

    return validate


def from_table(entry: Sequence[Any]) -> ValidateFunc:
    """Return the function a ``ValidateFunc`` of the Go table names (``go_schema_additions.json``).

    Args:
        entry: ``[name, arguments...]`` as the table writes ``validation.<name>(<arguments>)``,
            e.g. ``["StringInSlice", ["asc", "desc"], false]`` or ``["StringIsJSON"]``.
    """
    name, *arguments = entry
    if name == "StringInSlice":
        return string_in_slice(arguments[0], bool(arguments[1]))
    if name == "FloatBetween":
        return float_between(float(arguments[0]), float(arguments[1]))
    if name == "IntBetween":
        return int_between(int(arguments[0]), int(arguments[1]))
    if name == "IntAtLeast":
        return int_at_least(int(arguments[0]))
    if name == "StringIsJSON":
        return string_is_json
    if name == "StringIsNotEmpty":
        return string_is_not_empty
    raise ValueError(f"no port of validation.{name}")
