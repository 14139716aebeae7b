"""The quick-start app synthesizes the code-review scenario with the right wiring."""

from __future__ import annotations

import json
from typing import Any

import pytest
from cdktf import App
from cdktf import Testing as CdktfTesting

from examples.quickstart.main import STACK_NAME, QuickstartStack

FAKE_KEY = "sk-proj-" + "x" * 40


@pytest.fixture(scope="module")
def synthesized() -> dict[str, Any]:
    app = App()
    stack = QuickstartStack(app, STACK_NAME)
    parsed: dict[str, Any] = json.loads(CdktfTesting.synth(stack))
    return parsed


def test_required_provider_is_mkdev_openai_1_2_0(synthesized: dict[str, Any]) -> None:
    assert synthesized["terraform"]["required_providers"]["openai"] == {
        "source": "mkdev-me/openai",
        "version": "1.2.0",
    }


def test_provider_block_carries_no_key(synthesized: dict[str, Any]) -> None:
    assert synthesized["provider"]["openai"] == [{}]


def test_run_references_the_thread_and_the_assistant(synthesized: dict[str, Any]) -> None:
    run = synthesized["resource"]["openai_run"]["code_review_run"]
    assert run["thread_id"] == "${openai_thread.code_review_thread.id}"
    assert run["assistant_id"] == "${openai_assistant.code_reviewer.id}"
    assert run["tools"] == [{"type": "code_interpreter"}]
    assert run["completion_window"] == 600  # terraform waits for the review


def test_assistant_tools_are_a_block_list(synthesized: dict[str, Any]) -> None:
    assistant = synthesized["resource"]["openai_assistant"]["code_reviewer"]
    assert assistant["tools"] == [{"type": "code_interpreter"}]
    assert assistant["model"] == "gpt-4-turbo-preview"
    assert "tool_resources" not in assistant


def test_thread_embeds_the_code_in_a_python_fence(synthesized: dict[str, Any]) -> None:
    thread = synthesized["resource"]["openai_thread"]["code_review_thread"]
    (message,) = thread["messages"]
    assert message["role"] == "user"
    assert "```python\ndef process_user_input(user_data):" in message["content"]


def test_outputs_expose_run_id_and_status(synthesized: dict[str, Any]) -> None:
    assert synthesized["output"] == {
        "code_review_run_id": {"value": "${openai_run.code_review_run.id}"},
        "code_review_run_status": {"value": "${openai_run.code_review_run.status}"},
    }


def test_an_api_key_in_the_environment_never_reaches_the_json(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    stack = QuickstartStack(App(), STACK_NAME)
    assert FAKE_KEY not in CdktfTesting.synth(stack)
