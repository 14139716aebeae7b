"""Example optimization: the seed's second scenario."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai.core import App
from examples.optimization.main import STACK_NAME, OptimizationStack
from tests.conftest import by_path, reference, synth


@pytest.fixture(scope="module")
def synthesized() -> dict[str, Any]:
    return synth(OptimizationStack(App(), STACK_NAME))


def test_run_uses_the_shared_reviewer_on_a_new_thread(synthesized: dict[str, Any]) -> None:
    *_, run = by_path(synthesized, "optimization/optimization_review/run")
    assert run["assistant_id"] == reference(synthesized, "optimization/code_reviewer")
    assert run["thread_id"] == reference(synthesized, "optimization/optimization_review/thread")
    assert run["temperature"] == 0.7
    assert "max_tokens" not in run  # refused on a run: OpenAI's run create has none
    assert run["metadata"] == {
        "complexity_focus": "time-complexity",
        "optimization_type": "algorithm",
    }
    assert "tools" not in run  # the reviewer's tools apply


def test_only_the_shared_reviewer_is_an_assistant(synthesized: dict[str, Any]) -> None:
    assert len(synthesized["resource"]["openai_assistant"]) == 1


def test_thread_embeds_javascript(synthesized: dict[str, Any]) -> None:
    *_, thread = by_path(synthesized, "optimization/optimization_review/thread")
    assert "```javascript\nfunction bubbleSort(arr) {" in thread["messages"][0]["content"]


def test_outputs(synthesized: dict[str, Any]) -> None:
    assert set(synthesized["output"]) == {
        "optimization_review_run_id",
        "optimization_review_run_status",
    }
