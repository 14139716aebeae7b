"""What every construct shares: scope and id checks, unique ids, no jsii traceback."""

from __future__ import annotations

import json
from typing import Any

import pytest
from constructs import Construct

from cdktf_openai import (
    Assistant,
    CodeReviewRun,
    Conversation,
    OpenAIProvider,
    Run,
    Thread,
    ValidationError,
)
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.core import Testing as CdktfTesting


@pytest.mark.parametrize(
    "build",
    [
        lambda scope, id: Thread(scope, id),
        lambda scope, id: Assistant(scope, id, model="gpt-4o"),
        lambda scope, id: Run(scope, id, thread="t", assistant="a"),
        lambda scope, id: OpenAIProvider(scope, id),
        lambda scope, id: CodeReviewRun(scope, id, code="x", language="c", model="m"),
        lambda scope, id: Conversation(scope, id, assistant="a"),
    ],
    ids=["Thread", "Assistant", "Run", "OpenAIProvider", "CodeReviewRun", "Conversation"],
)
def test_bad_scope_or_id_is_a_validation_error(stack: TerraformStack, build: Any) -> None:
    with pytest.raises(ValidationError, match=r"^<not a construct>/x: scope must be a construct"):
        build(None, "x")
    with pytest.raises(ValidationError, match=r"^stack/: id must be a non-empty string, got ''"):
        build(stack, "")
    with pytest.raises(ValidationError, match=r"id must be a non-empty string, got 7"):
        build(stack, 7)


@pytest.mark.parametrize(
    "build",
    [
        lambda scope, id: Thread(scope, id),
        lambda scope, id: Assistant(scope, id, model="gpt-4o"),
        lambda scope, id: Run(scope, id, thread="t", assistant="a"),
        lambda scope, id: OpenAIProvider(scope, id),
        lambda scope, id: CodeReviewRun(scope, id, code="x", language="c", model="m"),
        lambda scope, id: Conversation(scope, id, assistant="a"),
    ],
    ids=["Thread", "Assistant", "Run", "OpenAIProvider", "CodeReviewRun", "Conversation"],
)
def test_a_construct_outside_every_stack_is_refused(build: Any) -> None:
    # cdktf would accept it and leave it out of every stack's JSON
    app = App()
    with pytest.raises(ValidationError) as caught:
        build(app, "x")
    assert str(caught.value) == (
        "x: scope must be a TerraformStack or a construct inside one (a construct under the App "
        "itself is left out of every stack's JSON), got App at '<app root>'"
    )
    outside = Construct(app, "outside")
    with pytest.raises(ValidationError, match=r"^outside/x: scope must be a TerraformStack"):
        build(outside, "x")
    assert app.node.children == [outside]  # nothing was created


def test_a_construct_anywhere_inside_a_stack_is_accepted(stack: TerraformStack) -> None:
    group = Construct(Construct(stack, "team"), "group")
    thread = Thread(group, "thread")
    assert TerraformStack.of(thread) is stack


def test_a_duplicate_id_is_a_validation_error_not_a_jsii_traceback(
    stack: TerraformStack,
) -> None:
    Thread(stack, "thread")
    with pytest.raises(ValidationError) as caught:
        Thread(stack, "thread")
    assert str(caught.value) == (
        "stack/thread: id must be unique among the scope's children, got 'thread'"
    )
    assert caught.value.__cause__ is None and caught.value.__suppress_context__


@pytest.mark.parametrize(
    "build",
    [
        lambda stack: CodeReviewRun(stack, "x", code="x", language="c", model="m"),
        lambda stack: Conversation(stack, "x", assistant="a"),
    ],
    ids=["CodeReviewRun", "Conversation"],
)
def test_a_duplicate_composite_id_is_a_validation_error(stack: TerraformStack, build: Any) -> None:
    build(stack)
    with pytest.raises(ValidationError, match=r"^stack/x: id must be unique"):
        build(stack)


def test_the_escape_hatch_renames_a_resource_and_its_triggers_follow(
    stack: TerraformStack,
) -> None:
    reviewer = Assistant(stack, "reviewer", model="gpt-4o")
    reviewer.override_logical_id("legacy_reviewer")
    CodeReviewRun(stack, "review", code="x", language="c", assistant=reviewer)
    document = json.loads(CdktfTesting.synth(stack))
    (run,) = document["resource"]["openai_run"].values()
    assert run["lifecycle"]["replace_triggered_by"] == ["openai_assistant.legacy_reviewer"]
    assert list(document["resource"]["openai_assistant"]) == ["legacy_reviewer"]
    with pytest.raises(ValidationError, match=r"^stack/reviewer: override_logical_id must come"):
        reviewer.override_logical_id("too_late")  # the review names it already
