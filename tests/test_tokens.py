"""``is_unresolved`` answers like cdktf's ``Token.is_unresolved``, without calling jsii."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsii
import pytest
from hypothesis import given
from hypothesis import strategies as st

from cdktf_openai.core import (
    Fn,
    IResolveContext,
    IStringProducer,
    Lazy,
    TerraformStack,
    TerraformVariable,
    Token,
)
from cdktf_openai.l1.run import Run as L1Run
from cdktf_openai.tokens import is_unresolved


@jsii.implements(IStringProducer)
class _Producer:
    def produce(self, context: IResolveContext) -> str:
        return "x"


def real_tokens(stack: TerraformStack) -> dict[str, Any]:
    variable = TerraformVariable(stack, "v", type="any")
    run = L1Run(stack, "run", thread_id="t", assistant_id="a")
    return {
        "string variable": variable.string_value,
        "number variable": variable.number_value,
        "list variable": variable.list_value,
        "number list": Token.as_number_list(variable.value),
        "map variable": Token.as_string_map(variable.value),
        "resource attribute": run.status,
        "number attribute": run.created_at,
        "list attribute": run.file_ids,
        "number map attribute": run.usage,
        "function": Fn.upper("x"),
        "lazy": Lazy.string_value(_Producer()),
        "string with a token inside": f"prefix-{variable.string_value}-suffix",
        "resolvable": variable.value,
    }


def test_every_kind_of_real_token_is_recognised(stack: TerraformStack) -> None:
    for name, value in real_tokens(stack).items():
        assert Token.is_unresolved(value), f"cdktf disagrees that {name} is a token"
        assert is_unresolved(value), name


@pytest.mark.parametrize(
    "value",
    [
        "",
        "plain",
        "${var.not_a_cdktf_token}",
        "TfToken[TOKEN.1]",
        0,
        -1.8881545897087626e289 * 2,  # near the token range, but not a token
        1.5,
        True,
        None,
        [],
        ["a"],
        ["a", "b"],
        [1.0],
        {},
        {"key": "value"},
    ],
)
def test_plain_values_are_not_tokens(value: Any) -> None:
    assert is_unresolved(value) is False
    assert Token.is_unresolved(value) is False


def test_python_objects_with_a_resolve_method_are_not_tokens() -> None:
    assert is_unresolved(Path("has/a/resolve/method.md")) is False


plain_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3)
    ),
    max_leaves=8,
)


@given(plain_values)
def test_no_plain_value_is_a_token(value: Any) -> None:
    assert is_unresolved(value) is False
