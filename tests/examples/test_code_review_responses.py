"""Example code_review_responses: the seed's two reviews on the Responses API."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai.composites.review import REVIEWER_INSTRUCTIONS
from cdktf_openai.core import App
from examples.code_review.main import SECURITY_FOCUS, SQL_FUNCTION
from examples.code_review_responses.main import STACK_NAME, CodeReviewResponsesStack
from examples.optimization.main import BUBBLE_SORT, OPTIMIZATION_FOCUS
from tests.conftest import by_path, reference, synth


@pytest.fixture(scope="module")
def synthesized() -> dict[str, Any]:
    return synth(CodeReviewResponsesStack(App(), STACK_NAME))


def test_only_responses_no_assistants_resources(synthesized: dict[str, Any]) -> None:
    assert list(synthesized["resource"]) == ["openai_model_response"]
    assert len(synthesized["resource"]["openai_model_response"]) == 2


def test_the_security_review_fences_the_python_function(synthesized: dict[str, Any]) -> None:
    *_, review = by_path(synthesized, "code_review_responses/security_review/response")
    assert review == {
        "model": "gpt-4o",
        "input": f"Please review this python code:\n\n```python\n{SQL_FUNCTION}```",
        "instructions": f"{REVIEWER_INSTRUCTIONS}\n\n{SECURITY_FOCUS}",
    }


def test_the_optimization_review_is_warmer_and_capped(synthesized: dict[str, Any]) -> None:
    *_, review = by_path(synthesized, "code_review_responses/optimization_review/response")
    assert review["input"] == (
        f"Please review this javascript code:\n\n```javascript\n{BUBBLE_SORT}```"
    )
    assert review["instructions"].endswith(f"\n\n{OPTIMIZATION_FOCUS}")
    assert (review["temperature"], review["max_output_tokens"]) == (0.7, 1000)


def test_each_review_text_is_an_output(synthesized: dict[str, Any]) -> None:
    outputs = synthesized["output"]
    for name in ("security_review", "optimization_review"):
        path = f"code_review_responses/{name}/response"
        text = reference(synthesized, path, 'output["text"]')[2:-1]
        assert outputs[f"{name}_text"]["value"] == f'${{try({text}, "")}}'  # never null
        assert outputs[f"{name}_response_id"]["value"] == reference(synthesized, path)
