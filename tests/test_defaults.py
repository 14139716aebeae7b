"""``Defaults``: set once on a scope, used by every construct below it; explicit props win."""

from __future__ import annotations

import pytest

from cdktf_openai import Assistant, CodeReviewRun, Run, Thread, ValidationError
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.defaults import Defaults
from tests.conftest import by_path, resource_json, synth

TEAM = {"team": "search", "cost_center": "cc-1"}


def test_defaults_fill_unset_props_and_merge_metadata(stack: TerraformStack) -> None:
    Defaults(model="gpt-4o", metadata=TEAM, temperature=0.3, max_tokens=600).apply_to(stack)
    Assistant(stack, "assistant", metadata={"purpose": "review"})
    Run(stack, "run", thread="t", assistant="a", metadata={"team": "override"})
    assert resource_json(stack, "openai_assistant", "assistant") == {
        "model": "gpt-4o",
        "metadata": {"cost_center": "cc-1", "purpose": "review", "team": "search"},
    }
    run = resource_json(stack, "openai_run", "run")
    # a run's max_tokens is refused (limits.RUN_MAX_TOKENS): Defaults' cap is for responses
    assert run["temperature"] == 0.3 and "max_tokens" not in run
    assert run["metadata"] == {"cost_center": "cc-1", "team": "override"}  # own key wins
    assert "model" not in run  # a run's model default is the assistant's, not Defaults'


def test_explicit_props_win(stack: TerraformStack) -> None:
    Defaults(model="gpt-4o", temperature=0.3).apply_to(stack)
    Assistant(stack, "assistant", model="gpt-4o-mini")
    Run(stack, "run", thread="t", assistant="a", temperature=1.0)
    assert resource_json(stack, "openai_assistant", "assistant")["model"] == "gpt-4o-mini"
    assert resource_json(stack, "openai_run", "run")["temperature"] == 1.0


def test_defaults_reach_into_composites(stack: TerraformStack) -> None:
    Defaults(model="gpt-4o", metadata=TEAM, max_tokens=120).apply_to(stack)
    CodeReviewRun(stack, "review", code="x = 1", language="python")  # no model given
    synthesized = synth(stack)
    for child in ("assistant", "thread", "run"):
        assert by_path(synthesized, f"stack/review/{child}")[2]["metadata"] == TEAM
    assert by_path(synthesized, "stack/review/assistant")[2]["model"] == "gpt-4o"
    assert "max_tokens" not in by_path(synthesized, "stack/review/run")[2]  # no cap on runs


def test_inner_defaults_merge_over_outer_ones() -> None:
    app = App()
    Defaults(model="gpt-4o", metadata={"team": "search"}).apply_to(app)
    stack = TerraformStack(app, "stack")
    Defaults(metadata={"cost_center": "cc-9"}, temperature=0.1).apply_to(stack)
    assert Defaults.of(stack) == Defaults(
        model="gpt-4o", metadata={"team": "search", "cost_center": "cc-9"}, temperature=0.1
    )
    Thread(stack, "thread")
    assert resource_json(stack, "openai_thread", "thread")["metadata"] == {
        "cost_center": "cc-9",
        "team": "search",
    }


def test_validation_applies_to_the_result(stack: TerraformStack) -> None:
    Defaults(metadata={f"k{i}": "v" for i in range(16)}).apply_to(stack)
    with pytest.raises(ValidationError, match="stack/thread: metadata must have at most 16"):
        Thread(stack, "thread", metadata={"one_more": "v"})


def test_bad_defaults_fail_on_creation() -> None:
    with pytest.raises(ValidationError, match=r"^Defaults: temperature must be a number"):
        Defaults(temperature=3)
    with pytest.raises(ValidationError, match=r"^Defaults: model must be"):
        Defaults(model="two words")
    with pytest.raises(ValidationError, match=r"^Defaults: max_tokens must be a whole number"):
        Defaults(max_tokens=15)  # it caps responses: OpenAI's least max_output_tokens is 16
    assert Defaults(max_tokens=16).max_tokens == 16


def test_defaults_must_come_before_children(stack: TerraformStack) -> None:
    Thread(stack, "thread")
    with pytest.raises(ValidationError, match="must be applied before any construct is added"):
        Defaults(model="gpt-4o").apply_to(stack)


def test_without_defaults_a_model_is_still_required(stack: TerraformStack) -> None:
    with pytest.raises(ValidationError, match="stack/assistant: model must be set"):
        Assistant(stack, "assistant")
