"""``OpenAIProvider``: no literal key ever, URL and timeout checked."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cdktf_openai import OpenAIProvider, ValidationError
from cdktf_openai.core import (
    App,
    DataTerraformRemoteStateLocal,
    Fn,
    TerraformLocal,
    TerraformStack,
    TerraformVariable,
)
from tests.conftest import expect_rejected, synth

LITERAL_KEY = "literal-test-key-" + "A1b2C3d4" * 5


def test_no_settings_means_everything_comes_from_the_environment(stack: TerraformStack) -> None:
    OpenAIProvider(stack, "openai")
    assert synth(stack)["provider"]["openai"] == [{}]


def test_keys_as_sensitive_variables_reach_the_json_only_as_references(
    stack: TerraformStack,
) -> None:
    key = TerraformVariable(stack, "openai_api_key", type="string", sensitive=True)
    admin = TerraformVariable(stack, "openai_admin_key", type="string", sensitive=True)
    OpenAIProvider(
        stack,
        "openai",
        api_key=key.string_value,
        admin_key=admin.string_value,
        api_url="http://127.0.0.1:8080/v1",
        organization="org-123",
        timeout=30,
        alias="local",
    )
    assert synth(stack)["provider"]["openai"] == [
        {
            "api_key": "${var.openai_api_key}",
            "admin_key": "${var.openai_admin_key}",
            "api_url": "http://127.0.0.1:8080/v1",
            "organization": "org-123",
            "timeout": 30,
            "alias": "local",
        }
    ]


@pytest.mark.parametrize("field", ["api_key", "admin_key"])
def test_a_literal_key_is_rejected_without_echoing_it(stack: TerraformStack, field: str) -> None:
    props: dict[str, Any] = {field: LITERAL_KEY}
    error = expect_rejected(lambda: OpenAIProvider(stack, "openai", **props), field)
    message = str(error)
    assert LITERAL_KEY not in message and "A1b2C3d4" not in message
    assert "sensitive TerraformVariable" in message
    assert ("OPENAI_API_KEY" if field == "api_key" else "OPENAI_ADMIN_KEY") in message


REJECTED: list[tuple[str, Any]] = [
    ("api_url", "ftp://example.com"),
    ("api_url", "localhost:8080"),
    ("api_url", "https://example.com"),
    ("api_url", "https://example.com/v1/"),
    ("timeout", 0),
    ("timeout", 1.5),
    ("organization", ""),
    ("alias", "has space"),
]


@pytest.mark.parametrize(("field", "value"), REJECTED)
def test_bad_settings_are_rejected(stack: TerraformStack, field: str, value: Any) -> None:
    error = expect_rejected(lambda: OpenAIProvider(stack, "openai", **{field: value}), field)
    assert str(error).startswith(f"stack/openai: {field}")


def test_just_inside_the_bounds(stack: TerraformStack) -> None:
    OpenAIProvider(stack, "openai", timeout=1, api_url="https://example.com/v1")
    assert synth(stack)["provider"]["openai"] == [
        {"timeout": 1, "api_url": "https://example.com/v1"}
    ]


def test_api_url_names_the_v1_suffix_the_provider_needs(stack: TerraformStack) -> None:
    error = expect_rejected(
        lambda: OpenAIProvider(stack, "openai", api_url="https://llm.internal/openai"), "api_url"
    )
    assert str(error) == (
        "stack/openai: api_url must be an http:// or https:// URL ending in /v1, "
        "got 'https://llm.internal/openai'"
    )


def test_is_a_value_error_for_callers_that_catch_those(stack: TerraformStack) -> None:
    with pytest.raises(ValueError):
        OpenAIProvider(stack, "openai", timeout=0)
    assert issubclass(ValidationError, ValueError)


# -- no secret in the JSON, ever: a key is a reference Terraform resolves at plan time --------

KEY_SOURCES: dict[str, Any] = {
    # how the key is given -> what the error shows instead of it (None: accepted)
    "sensitive variable": None,
    "opaque value of a sensitive variable": None,
    "data source": None,
    "join of literals": "a token that is not a variable or a data source (not shown)",
    "literal in a function": "a token that is not a variable or a data source (not shown)",
    "local value": "a token that is not a variable or a data source (not shown)",
    "variable and literal": "a token that is not a variable or a data source (not shown)",
    "variable that is not sensitive": "the variable 'plain_key', which is not sensitive",
}


def key_from(stack: TerraformStack, source: str) -> Any:
    secret = TerraformVariable(stack, "openai_api_key", type="string", sensitive=True)
    plain = TerraformVariable(stack, "plain_key", type="string")
    remote = DataTerraformRemoteStateLocal(stack, "secrets", path="secrets.tfstate")
    sources: dict[str, Callable[[], Any]] = {
        "sensitive variable": lambda: secret.string_value,
        "opaque value of a sensitive variable": lambda: secret.value,
        "data source": lambda: remote.get_string("openai_api_key"),
        "join of literals": lambda: Fn.join("", ["literal-", "test-key-", "A1b2C3d4"]),
        "literal in a function": lambda: Fn.trimspace(LITERAL_KEY),
        "local value": lambda: TerraformLocal(stack, "key", LITERAL_KEY).as_string,
        "variable and literal": lambda: f"literal-test-key-{secret.string_value}",
        "variable that is not sensitive": lambda: plain.string_value,
    }
    return sources[source]()


@pytest.mark.parametrize("field", ["api_key", "admin_key"])
@pytest.mark.parametrize("source", sorted(KEY_SOURCES))
def test_a_key_must_come_from_a_sensitive_variable_or_a_data_source(
    stack: TerraformStack, field: str, source: str
) -> None:
    shown = KEY_SOURCES[source]
    key = key_from(stack, source)
    if shown is None:
        OpenAIProvider(stack, "openai", **{field: key})
        value = synth(stack)["provider"]["openai"][0][field]
        assert value.startswith(("${var.openai_api_key}", "${data.terraform_remote_state."))
        return
    with pytest.raises(ValidationError) as caught:
        OpenAIProvider(stack, "openai", **{field: key})
    (problem,) = caught.value.problems
    assert problem.field == field and problem.shown == shown
    assert "sensitive TerraformVariable" in problem.rule  # the same rule as a literal key
    assert "A1b2C3d4" not in str(caught.value)


def test_one_provider_configuration_per_alias(stack: TerraformStack) -> None:
    OpenAIProvider(stack, "openai")
    OpenAIProvider(stack, "eu", alias="eu")
    with pytest.raises(ValidationError) as caught:
        OpenAIProvider(stack, "again", timeout=30)
    assert str(caught.value) == (
        "stack/again: alias must be unique among the stack's OpenAIProviders (one configuration "
        "per alias; terraform init fails on a second one), got None (the default configuration)"
    )
    with pytest.raises(ValidationError, match=r"^stack/eu_again: alias must be unique.*got 'eu'"):
        OpenAIProvider(stack, "eu_again", alias="eu")
    OpenAIProvider(stack, "us", alias="us")  # another alias is fine
    other = TerraformStack(App(), "other")
    OpenAIProvider(other, "openai")  # and so is the default one in another stack
    assert [p.get("alias") for p in synth(stack)["provider"]["openai"]] == [None, "eu", "us"]
