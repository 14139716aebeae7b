"""``CodeReviewResponse``: the same review as ``CodeReviewRun``, on the Responses API."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai import CodeReviewResponse, CodeReviewRun, Defaults, Response, ValidationError
from cdktf_openai.composites.review import REVIEWER_INSTRUCTIONS
from cdktf_openai.core import TerraformOutput, TerraformStack
from tests.conftest import by_path, reference, synth

#: The longest focus that fits, with the default persona, in 256,000 characters of instructions.
ROOM = 256_000 - len(REVIEWER_INSTRUCTIONS) - 2
SQL = 'query = f"SELECT * FROM users WHERE id = {user_id}"\n'


def review(stack: TerraformStack, id: str = "review", **props: Any) -> CodeReviewResponse:
    props.setdefault("code", SQL)
    props.setdefault("language", "python")
    props.setdefault("model", "gpt-4o")
    return CodeReviewResponse(stack, id, **props)


def test_one_response_with_the_persona_the_focus_and_the_fenced_code(
    stack: TerraformStack,
) -> None:
    created = review(stack, focus="Focus on SQL injection.", temperature=0.2, max_output_tokens=900)
    assert isinstance(created.response, Response)
    synthesized = synth(stack)
    assert list(synthesized["resource"]) == ["openai_model_response"]
    *_, response = by_path(synthesized, "stack/review/response")
    assert response == {
        "model": "gpt-4o",
        "input": f"Please review this python code:\n\n```python\n{SQL}```",
        "instructions": f"{REVIEWER_INSTRUCTIONS}\n\nFocus on SQL injection.",
        "temperature": 0.2,
        "max_output_tokens": 900,
    }


def test_the_request_and_persona_are_those_of_code_review_run(stack: TerraformStack) -> None:
    review(stack, "on_responses")
    CodeReviewRun(stack, "on_assistants", code=SQL, language="python", model="gpt-4o")
    synthesized = synth(stack)
    *_, response = by_path(synthesized, "stack/on_responses/response")
    *_, thread = by_path(synthesized, "stack/on_assistants/thread")
    *_, assistant = by_path(synthesized, "stack/on_assistants/assistant")
    assert response["input"] == thread["messages"][0]["content"]
    assert response["instructions"] == assistant["instructions"] == REVIEWER_INSTRUCTIONS


def test_a_persona_of_ones_own_replaces_the_default(stack: TerraformStack) -> None:
    review(stack, instructions="You are a terse reviewer.", focus="Naming.")
    *_, response = by_path(synth(stack), "stack/review/response")
    assert response["instructions"] == "You are a terse reviewer.\n\nNaming."


def test_text_is_the_responses_answer(stack: TerraformStack) -> None:
    created = review(stack)
    assert created.response.text == created.text
    TerraformOutput(stack, "review_text", value=created.text)
    synthesized = synth(stack)
    raw = reference(synthesized, "stack/review/response", 'output["text"]')
    assert synthesized["output"]["review_text"]["value"] == f'${{try({raw[2:-1]}, "")}}'


def test_the_model_may_come_from_defaults(stack: TerraformStack) -> None:
    Defaults(model="gpt-4o-mini", max_tokens=700).apply_to(stack)
    CodeReviewResponse(stack, "review", code="x = 1", language="python")
    *_, response = by_path(synth(stack), "stack/review/response")
    assert (response["model"], response["max_output_tokens"]) == ("gpt-4o-mini", 700)


BAD: list[tuple[dict[str, Any], str]] = [
    ({"model": None}, "stack/review: model must be set (or set Defaults(model=...)), got None"),
    (
        {"code": ""},
        "stack/review: code must be a non-blank string, got ''",
    ),
    ({"language": "py thon"}, "stack/review: language must be a language identifier"),
    (
        {"focus": "f" * 256_001},
        "stack/review: focus must be a non-blank string of at most 256,000",
    ),
    (
        {"focus": "f" * (ROOM + 1)},
        f"stack/review: focus must fit in the instructions with the persona: at most {ROOM:,} "
        f"characters, got {ROOM + 1:,} characters",
    ),
    (
        {"instructions": "p" * 1000, "focus": "f" * (256_000 - 1000 - 1)},
        "stack/review: focus must fit in the instructions with the persona: at most 254,998",
    ),
    ({"temperature": 2.5}, "stack/review/response: temperature must be a number between 0 and 2"),
    ({"max_output_tokens": 15}, "stack/review/response: max_output_tokens must be a whole number"),
]


@pytest.mark.parametrize(("props", "message"), BAD)
def test_bad_props_name_the_composite_or_the_child(
    stack: TerraformStack, props: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        review(stack, **props)
    assert str(caught.value).startswith(message)


def test_values_just_inside_the_composites_bounds(stack: TerraformStack) -> None:
    review(stack, code="x", language="c++", focus="f" * ROOM)
    *_, response = by_path(synth(stack), "stack/review/response")
    assert response["input"].startswith("Please review this c++ code:")
    assert len(response["instructions"]) == 256_000


def test_what_only_the_assistants_api_has_is_not_accepted(stack: TerraformStack) -> None:
    assistants_only: dict[str, Any] = {"assistant": "asst_1", "metadata": {}, "max_tokens": 1}
    for name, value in assistants_only.items():
        with pytest.raises(TypeError, match=name):
            review(stack, **{name: value})
