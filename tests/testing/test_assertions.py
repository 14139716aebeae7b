"""Assertions over synthesized JSON: what they accept, and messages that show what was found."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cdktf_openai import Assistant, OpenAIProvider, Run, Thread, Tool
from cdktf_openai.core import App, TerraformOutput, TerraformStack, TerraformVariable
from cdktf_openai.testing import (
    assert_has_output,
    assert_has_provider,
    assert_has_resource,
    assert_references,
    reference,
    referenced_addresses,
    synth_stack,
)


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    stack = TerraformStack(App(), "review")
    OpenAIProvider(stack, "openai", timeout=30)
    reviewer = Assistant(stack, "reviewer", model="gpt-4o", tools=[Tool.code_interpreter()])
    thread = Thread(stack, "code")
    temperature = TerraformVariable(stack, "temperature", type="number", default=0.2)
    run = Run(
        stack,
        "review",
        thread=thread,
        assistant=reviewer,
        temperature=temperature.number_value,
        metadata={"team": "platform"},
    )
    TerraformOutput(stack, "status", value=run.status)
    return synth_stack(stack)


def test_reference_is_the_interpolation_cdktf_writes() -> None:
    assert reference("openai_thread.code") == "${openai_thread.code.id}"
    assert reference("data.openai_file.f", "bytes") == "${data.openai_file.f.bytes}"


def test_a_partial_match_returns_the_matching_resources(document: dict[str, Any]) -> None:
    found = assert_has_resource(
        document,
        "openai_run",
        {"thread_id": reference("openai_thread.code"), "metadata": {"team": "platform"}},
    )
    assert list(found) == ["review"]
    assert found["review"]["assistant_id"] == reference("openai_assistant.reviewer")
    assert list(assert_has_resource(document, "openai_assistant", name="reviewer")) == ["reviewer"]
    assert_has_resource(document, "openai_assistant", {"tools": [{"type": "code_interpreter"}]})
    assert_has_provider(document, "openai", {"timeout": 30})
    assert_has_output(document, "status", reference("openai_run.review", "status"))
    assert_has_output(document, "status")


def test_references_are_read_from_every_interpolation(document: dict[str, Any]) -> None:
    assert referenced_addresses(document, "openai_run.review") == [
        "openai_assistant.reviewer",
        "openai_thread.code",
        "var.temperature",  # in the lifecycle precondition the token became
    ]
    assert_references(document, "openai_run.review", "openai_thread.code")
    assert referenced_addresses(document, "openai_thread.code") == []


FAILURES: list[tuple[str, Callable[[dict[str, Any]], object], list[str]]] = [
    (
        "a property differs",
        lambda d: assert_has_resource(d, "openai_run", {"metadata": {"team": "data"}}),
        [
            "Expected resource openai_run with properties",
            '"team": "data"',
            "Found:",
            '"review": {',
            '"team": "platform"',
        ],
    ),
    (
        "a list must match in full",
        lambda d: assert_has_resource(d, "openai_assistant", {"tools": []}),
        ['"type": "code_interpreter"'],
    ),
    (
        "no resource of the type",
        lambda d: assert_has_resource(d, "openai_file"),
        ["Found no resource of type openai_file"],
    ),
    (
        "no resource of that name",
        lambda d: assert_has_resource(d, "openai_run", name="other"),
        ["Expected resource openai_run.other. Found resources of type openai_run: review"],
    ),
    (
        "a provider setting differs",
        lambda d: assert_has_provider(d, "openai", {"alias": "eu"}),
        ['"alias": "eu"', '"timeout": 30'],
    ),
    (
        "an output is missing",
        lambda d: assert_has_output(d, "id"),
        ["Expected output 'id'. Found outputs:", '"status": {'],
    ),
    (
        "an output has another value",
        lambda d: assert_has_output(d, "status", "queued"),
        ["with value 'queued'", "${openai_run.review.status}"],
    ),
    (
        "no such reference",
        lambda d: assert_references(d, "openai_run.review", "openai_thread.other"),
        [
            "Expected openai_run.review to reference openai_thread.other. It references: "
            "openai_assistant.reviewer, openai_thread.code, var.temperature"
        ],
    ),
    (
        "no such resource to read references from",
        lambda d: referenced_addresses(d, "openai_run.nope"),
        ["Found resources of type openai_run: review"],
    ),
]


@pytest.mark.parametrize(
    ("check", "shown"), [case[1:] for case in FAILURES], ids=[case[0] for case in FAILURES]
)
def test_a_failure_says_what_was_expected_and_what_was_found(
    document: dict[str, Any], check: Callable[[dict[str, Any]], object], shown: list[str]
) -> None:
    with pytest.raises(AssertionError) as raised:
        check(document)
    for text in shown:
        assert text in str(raised.value)
    assert "//" not in str(raised.value)  # cdktf's metadata is left out


def test_an_address_must_be_type_dot_name(document: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"expected '<type>\.<name>'"):
        referenced_addresses(document, "openai_run")
