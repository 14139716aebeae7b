"""Go's wording, unit by unit: ``fmt`` verbs, ``encoding/json`` errors, ``helper/validation``.

Each expected string is what the Go function named in the test prints for the same input.
"""

from __future__ import annotations

import pytest

from cdktf_openai.offline.gofmt import (
    go_float_f,
    go_float_v,
    go_quote,
    go_quote_strings,
    go_value_v,
)
from cdktf_openai.offline.gojson import go_json_error, go_json_syntax_error
from cdktf_openai.offline.helper_validation import (
    float_between,
    int_at_least,
    string_in_slice,
    string_is_json,
)

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # the double's Go wording, no core


@pytest.mark.parametrize(
    ("value", "printed"),
    [
        (1.5, "1.5"),
        (10.5, "10.5"),
        (-3.25, "-3.25"),
        (100.0, "100"),
        (123456.5, "123456.5"),
        (1234567.5, "1.2345675e+06"),  # exponent >= 6: %e form
        (1e21, "1e+21"),
        (0.0001, "0.0001"),
        (0.00001, "1e-05"),  # exponent < -4: %e form
        (0.1 + 0.2, "0.30000000000000004"),  # shortest digits that read back
    ],
)
def test_fmt_v_of_a_float64_is_strconv_g_shortest(value: float, printed: str) -> None:
    """``fmt.Sprintf("%v", f)`` = ``strconv.FormatFloat(f, 'g', -1, 64)`` (fmt/print.go)."""
    assert go_float_v(value) == printed


def test_fmt_f_and_q() -> None:
    """``%f`` (six decimals), ``%q`` of a string and of a ``[]string`` (fmt, strconv.Quote)."""
    assert [go_float_f(2.5), go_float_f(-0.5), go_float_f(2.0000001)] == [
        "2.500000",
        "-0.500000",
        "2.000000",
    ]
    assert go_quote('say "hi"\n\x01é') == '"say \\"hi\\"\\n\\x01é"'
    assert go_quote_strings(["text", "json_object"]) == '["text" "json_object"]'
    assert go_value_v({"b": [1, True], "a": None}) == "map[a:<nil> b:[1 true]]"


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ('{"type": "object"}', None),
        ("  [1, 2.5e3, -0.1, true, null]  ", None),
        ("{oops", "invalid character 'o' looking for beginning of object key string"),
        ("", "unexpected end of JSON input"),
        ("[1,2", "unexpected end of JSON input"),
        ('{"a" 1}', "invalid character '1' after object key"),
        ('{"a":1 "b":2}', "invalid character '\"' after object key:value pair"),
        ("[1 2]", "invalid character '2' after array element"),
        ('{"a":1}x', "invalid character 'x' after top-level value"),
        ("01", "invalid character '1' after top-level value"),
        ("tru", "invalid character ' ' in literal true (expecting 'e')"),
        ("nul", "invalid character ' ' in literal null (expecting 'l')"),
        ("fals3", "invalid character '3' in literal false (expecting 'e')"),
        ("-", "invalid character ' ' in numeric literal"),
        ("1.", "invalid character ' ' after decimal point in numeric literal"),
        ("1e+", "invalid character ' ' in exponent of numeric literal"),
        ('"\x01"', "invalid character '\\x01' in string literal"),
        ('"\\x"', "invalid character 'x' in string escape code"),
        ('"\\u12g4"', "invalid character 'g' in \\u hexadecimal character escape"),
        ("'a'", "invalid character '\\'' looking for beginning of value"),
        ("1e400", "json: cannot unmarshal number 1e400 into Go value of type float64"),
    ],
)
def test_json_unmarshal_errors_are_gos(text: str, error: str | None) -> None:
    """``json.Unmarshal`` into ``interface{}`` (encoding/json/scanner.go, checkValid; decode.go,
    convertNumber): the scanner's error at the first bad byte, or at the end of input."""
    assert go_json_error(text) == error


def test_json_compact_checks_syntax_only() -> None:
    """``json.Compact`` (what ``json.Marshal`` runs on a ``json.RawMessage``) scans, never parses
    numbers: an overflowing number passes."""
    assert go_json_syntax_error("1e400") is None
    assert go_json_syntax_error("") == "unexpected end of JSON input"


def test_helper_validation_functions() -> None:
    """helper/validation: float.go FloatBetween, int.go IntAtLeast, strings.go StringInSlice and
    StringIsJSON (an empty string passes: structure/normalize_json.go, NormalizeJsonString)."""
    assert float_between(0, 2)(2.5, "temperature") == [
        "expected temperature to be in the range (0.000000 - 2.000000), got 2.500000"
    ]
    assert float_between(0, 2)(2.0, "temperature") == []
    assert int_at_least(0)(-1, "max_completion_tokens") == [
        "expected max_completion_tokens to be at least (0), got -1"
    ]
    assert string_in_slice(["user"])("assistant", "thread.0.messages.0.role") == [
        'expected thread.0.messages.0.role to be one of ["user"], got assistant'
    ]
    assert string_is_json("", "tools.0.function.0.parameters") == []
    assert string_is_json("{oops", "tools.0.function.0.parameters") == [
        '"tools.0.function.0.parameters" contains an invalid JSON: '
        "invalid character 'o' looking for beginning of object key string"
    ]
