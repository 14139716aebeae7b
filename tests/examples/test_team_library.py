"""Example team_library: a platform team's presets, defaults and policies, consumed by an app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import Run
from cdktf_openai.core import App
from cdktf_openai.l1.assistant import Assistant as RawAssistant
from cdktf_openai.l1.run import Run as RawRun
from cdktf_openai.policies import PolicyViolationError, synth
from examples.team_library.acme_ai import PlatformStack
from examples.team_library.main import STACK_NAME, SearchTeamStack
from tests.conftest import by_path, reference
from tests.conftest import synth as synth_json


@pytest.fixture(scope="module")
def synthesized() -> dict[str, Any]:
    return synth_json(SearchTeamStack(App(), STACK_NAME))


def test_every_resource_carries_the_teams_metadata(synthesized: dict[str, Any]) -> None:
    for kind, resources in synthesized["resource"].items():
        if kind == "terraform_data":  # a guard companion (Terraform's own, no metadata)
            continue
        for body in resources.values():
            assert body["metadata"]["team"] == "search"
            assert body["metadata"]["cost_center"] == "cc-1234"


def test_the_preset_review_uses_the_defaults_and_shares_the_reviewer(
    synthesized: dict[str, Any],
) -> None:
    *_, reviewer = by_path(synthesized, "team_library/login_review/assistant")
    assert reviewer["model"] == "gpt-4o"
    *_, search = by_path(synthesized, "team_library/search_review/run")
    assert search["assistant_id"] == reference(synthesized, "team_library/login_review/assistant")
    assert "max_tokens" not in search and search["temperature"] == 0.2  # Defaults cap responses
    assert "completion_window" not in search
    assert search["instructions"].startswith("Review for security only")
    assert len(synthesized["resource"]["openai_assistant"]) == 1


def test_the_compliant_app_passes_the_policies(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    SearchTeamStack(app, STACK_NAME)
    synth(app)
    assert (tmp_path / "stacks" / STACK_NAME / "cdk.tf.json").exists()


def test_a_non_compliant_stack_fails_listing_every_violation(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = PlatformStack(app, "rogue", team="search", cost_center="cc-1234")
    # a raw generated resource gets no defaults: wrong model and no metadata
    RawAssistant(stack, "legacy", model="gpt-3.5-turbo")
    Run(stack, "hot", thread="thread_1", assistant="asst_1", temperature=1.5)
    RawRun(
        stack,
        "raw_run",
        thread_id="thread_1",
        assistant_id="asst_1",
        max_tokens=8000,
        metadata={"team": "search", "cost_center": "cc-1234"},
    )
    with pytest.raises(PolicyViolationError) as caught:
        synth(app)
    assert caught.value.violations == [
        "[rogue/legacy] [policy:AllowedModels] model must be one of 'gpt-4o', 'gpt-4o-mini', "
        "got 'gpt-3.5-turbo'",
        "[rogue/legacy] [policy:RequiredMetadata] metadata must have the keys 'team', "
        "'cost_center', got []",
        "[rogue/hot] [policy:MaxTemperature] temperature must be at most 1, got 1.5",
        "[rogue/raw_run] [policy:RequireTokenLimit] max_tokens must be unset (OpenAI's run "
        "create has no max_tokens (it has max_completion_tokens, which provider 1.2.0's "
        "openai_run cannot send) and answers HTTP 400), got 8000",
    ]
    assert str(caught.value).startswith("synthesis stopped on 4 errors:\n")
