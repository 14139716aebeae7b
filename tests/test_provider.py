"""``OpenAIProvider``: no literal key ever, URL and timeout checked."""

from __future__ import annotations

from typing import Any

import pytest
from cdktf import TerraformStack, TerraformVariable

from cdktf_openai import OpenAIProvider, ValidationError
from tests.conftest import expect_rejected, synth

LITERAL_KEY = "sk-proj-" + "A1b2C3d4" * 5


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
