"""``CodeReviewRun``: one reviewer for many reviews, the code fenced, run settings passed on."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai import Assistant, CodeReviewRun, Run, Thread, ValidationError
from cdktf_openai.composites.review import REVIEWER_INSTRUCTIONS, fenced
from cdktf_openai.core import TerraformStack
from cdktf_openai.references import ById
from tests.conftest import address, by_path, reference, synth


def review(stack: TerraformStack, id: str = "review", **props: Any) -> CodeReviewRun:
    props.setdefault("code", "print('hi')\n")
    props.setdefault("language", "python")
    if "assistant" not in props:
        props.setdefault("model", "gpt-4o")
    return CodeReviewRun(stack, id, **props)


def test_creates_a_reviewer_thread_and_run(stack: TerraformStack) -> None:
    created = review(stack, focus="Security only.", temperature=0.2)
    assert isinstance(created.assistant, Assistant)
    assert isinstance(created.thread, Thread) and isinstance(created.run, Run)
    synthesized = synth(stack)
    *_, assistant = by_path(synthesized, "stack/review/assistant")
    assert assistant == {
        "model": "gpt-4o",
        "name": "Code reviewer",
        "instructions": REVIEWER_INSTRUCTIONS,
        "tools": [{"type": "code_interpreter"}],
    }
    *_, run = by_path(synthesized, "stack/review/run")
    assert run == {
        "thread_id": reference(synthesized, "stack/review/thread"),
        "assistant_id": reference(synthesized, "stack/review/assistant"),
        "instructions": "Security only.",
        "temperature": 0.2,
        # a changed reviewer (updated in place, same id) must not leave a stale review
        "lifecycle": {"replace_triggered_by": [address(synthesized, "stack/review/assistant")]},
    }


def test_several_reviews_share_one_reviewer(stack: TerraformStack) -> None:
    first = review(stack, "first")
    review(stack, "second", assistant=first.assistant, model="gpt-4o-mini")
    synthesized = synth(stack)
    *_, second_run = by_path(synthesized, "stack/second/run")
    assert second_run["assistant_id"] == reference(synthesized, "stack/first/assistant")
    assert second_run["model"] == "gpt-4o-mini"  # a per-review model override
    assert len(synthesized["resource"]["openai_assistant"]) == 1


def test_an_assistant_id_string_works_too(stack: TerraformStack) -> None:
    created = review(stack, assistant="asst_123")
    assert created.assistant == ById("asst_123") and created.assistant.id == "asst_123"
    *_, run = by_path(synth(stack), "stack/review/run")
    assert run["assistant_id"] == "asst_123"


def test_metadata_goes_to_every_resource(stack: TerraformStack) -> None:
    review(stack, metadata={"team": "platform"})
    synthesized = synth(stack)
    for child in ("assistant", "thread", "run"):
        assert by_path(synthesized, f"stack/review/{child}")[2]["metadata"] == {"team": "platform"}


def test_the_code_is_fenced_and_tagged_with_the_language(stack: TerraformStack) -> None:
    review(stack, code="SELECT 1;", language="sql")
    *_, thread = by_path(synth(stack), "stack/review/thread")
    assert thread["messages"] == [
        {"role": "user", "content": "Please review this sql code:\n\n```sql\nSELECT 1;\n```"}
    ]


def test_code_with_a_fence_inside_gets_a_longer_fence() -> None:
    assert fenced('doc = """\n```\n"""', "python") == ('````python\ndoc = """\n```\n"""\n````')


@pytest.mark.parametrize("language", ["python", "c++", "c#", "objective-c", "f#", "x" * 32])
def test_known_languages_and_short_slugs_are_accepted(stack: TerraformStack, language: str) -> None:
    review(stack, language=language)
    assert (
        f"```{language}\n"
        in by_path(synth(stack), "stack/review/thread")[2]["messages"][0]["content"]
    )


@pytest.mark.parametrize(
    ("props", "first_line"),
    [
        (
            {"code": ""},
            "stack/review: code must be a non-blank string, got ''",
        ),
        ({"language": "x" * 33}, "stack/review: language must be a language identifier"),
        ({"language": "py thon"}, "stack/review: language must be a language identifier"),
        ({"language": ""}, "stack/review: language must be a language identifier"),
        ({"model": None}, "stack/review: model must be set when no assistant is given"),
        (
            {"assistant": "asst_1", "instructions": "x"},
            "stack/review: instructions must be unset when an assistant is given",
        ),
    ],
)
def test_bad_reviews_are_rejected_before_anything_is_created(
    stack: TerraformStack, props: dict[str, Any], first_line: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        review(stack, **props)
    assert str(caught.value).splitlines()[0].startswith(first_line)
    assert stack.node.try_find_child("review") is None


def test_a_bad_run_setting_is_reported_by_the_run(stack: TerraformStack) -> None:
    with pytest.raises(ValidationError) as caught:
        review(stack, temperature=3)
    assert str(caught.value) == (
        "stack/review/run: temperature must be a number between 0 and 2, got 3"
    )


def test_the_review_is_redone_when_the_reviewer_or_the_code_changes(stack: TerraformStack) -> None:
    shared = review(stack, "first")
    review(stack, "second", assistant=shared.assistant)
    review(stack, "by_id", assistant="asst_123")
    synthesized = synth(stack)
    reviewer = address(synthesized, "stack/first/assistant")
    for name in ("first", "second"):
        *_, run = by_path(synthesized, f"stack/{name}/run")
        assert run["lifecycle"]["replace_triggered_by"] == [reviewer]
        # the code is in the thread's message: a new code is a new thread, so a new thread_id
        assert run["thread_id"] == reference(synthesized, f"stack/{name}/thread")
    *_, by_id = by_path(synthesized, "stack/by_id/run")
    assert "lifecycle" not in by_id  # an assistant given by ID: nothing to watch
