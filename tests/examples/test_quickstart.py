"""The quick-start app: the three scenarios of the seed in one stack, wired right."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai.core import App
from examples.quickstart.main import STACK_NAME, QuickstartStack
from tests.conftest import address, all_keys, by_path, reference, synth

FAKE_KEY = "environment-test-key-" + "x" * 40


@pytest.fixture(scope="module")
def synthesized() -> dict[str, Any]:
    return synth(QuickstartStack(App(), STACK_NAME))


def test_required_provider_is_mkdev_openai_1_2_0(synthesized: dict[str, Any]) -> None:
    assert synthesized["terraform"]["required_providers"]["openai"] == {
        "source": "mkdev-me/openai",
        "version": "1.2.0",
    }


def test_provider_block_carries_no_key(synthesized: dict[str, Any]) -> None:
    assert synthesized["provider"]["openai"] == [{}]


def test_the_optimization_review_shares_the_security_reviewer(
    synthesized: dict[str, Any],
) -> None:
    reviewer = reference(synthesized, "quickstart/security_review/assistant")
    *_, security = by_path(synthesized, "quickstart/security_review/run")
    *_, optimization = by_path(synthesized, "quickstart/optimization_review/run")
    assert security["assistant_id"] == optimization["assistant_id"] == reviewer
    assert security["thread_id"] == reference(synthesized, "quickstart/security_review/thread")
    assert optimization["thread_id"] == reference(
        synthesized, "quickstart/optimization_review/thread"
    )
    assert len(synthesized["resource"]["openai_assistant"]) == 2  # reviewer + docs assistant


def test_docs_search_runs_with_file_search_after_the_question(
    synthesized: dict[str, Any],
) -> None:
    *_, run = by_path(synthesized, "quickstart/docs_search/run")
    assert run["tools"] == [{"type": "file_search"}]
    assert run["depends_on"] == [address(synthesized, "quickstart/docs_search/question")]


def test_no_tool_resources_anywhere(synthesized: dict[str, Any]) -> None:
    assert "tool_resources" not in all_keys(synthesized)


def test_outputs_expose_each_run_id_and_status(synthesized: dict[str, Any]) -> None:
    for name in ("security_review", "optimization_review", "docs_search"):
        run = f"quickstart/{name}/run"
        assert synthesized["output"][f"{name}_run_id"]["value"] == reference(synthesized, run)
        assert synthesized["output"][f"{name}_run_status"]["value"] == reference(
            synthesized, run, "status"
        )


def test_an_api_key_in_the_environment_never_reaches_the_json(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    assert FAKE_KEY not in str(synth(QuickstartStack(App(), STACK_NAME)))
