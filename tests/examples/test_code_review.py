"""Example code_review: the seed's first scenario."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai.core import App
from examples.code_review.main import STACK_NAME, CodeReviewStack
from tests.conftest import all_keys, by_path, reference, synth


@pytest.fixture(scope="module")
def synthesized() -> dict[str, Any]:
    return synth(CodeReviewStack(App(), STACK_NAME))


def test_run_reviews_the_thread_with_the_created_reviewer(synthesized: dict[str, Any]) -> None:
    *_, run = by_path(synthesized, "code_review/security_review/run")
    assert run["thread_id"] == reference(synthesized, "code_review/security_review/thread")
    assert run["assistant_id"] == reference(synthesized, "code_review/security_review/assistant")
    assert run["instructions"].startswith("Focus particularly on SQL injection")
    assert "completion_window" not in run  # provider 1.2.0 never reads it
    assert run["metadata"] == {
        "priority": "high",
        "requested_by": "security-team",
        "ticket_id": "SEC-001",
    }


def test_reviewer_has_the_code_interpreter_as_a_block(synthesized: dict[str, Any]) -> None:
    *_, assistant = by_path(synthesized, "code_review/security_review/assistant")
    assert assistant["tools"] == [{"type": "code_interpreter"}]
    assert assistant["model"] == "gpt-4-turbo-preview"
    assert "tool_resources" not in all_keys(synthesized)


def test_thread_embeds_the_code_in_a_python_fence(synthesized: dict[str, Any]) -> None:
    *_, thread = by_path(synthesized, "code_review/security_review/thread")
    (message,) = thread["messages"]
    assert message["role"] == "user"
    assert "```python\ndef process_user_input(user_data):" in message["content"]
    assert message["content"].endswith("    return result\n```")


def test_outputs(synthesized: dict[str, Any]) -> None:
    run = "code_review/security_review/run"
    assert synthesized["output"]["security_review_run_id"]["value"] == reference(synthesized, run)
    assert synthesized["output"]["security_review_run_status"]["value"] == reference(
        synthesized, run, "status"
    )
