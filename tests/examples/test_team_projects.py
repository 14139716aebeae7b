"""Example team_projects: two teams' projects and an invitation under the organisation's
policies; keys only in sensitive outputs, no key in the provider block."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import Invite, Project, RateLimit
from cdktf_openai.core import App
from cdktf_openai.policies import PolicyViolationError, synth
from examples.team_projects.main import MODELS, STACK_NAME, TeamProjectsStack
from tests.conftest import synth as synth_json


@pytest.fixture(scope="module")
def synthesized() -> dict[str, Any]:
    return synth_json(TeamProjectsStack(App(), STACK_NAME))


def test_each_project_caps_every_model(synthesized: dict[str, Any]) -> None:
    limits = synthesized["resource"]["openai_rate_limit"].values()
    for project in synthesized["resource"]["openai_project"]:
        capped = {
            b["model"] for b in limits if b["project_id"] == f"${{openai_project.{project}.id}}"
        }
        assert capped == set(MODELS), project


def test_keys_are_only_in_sensitive_outputs(synthesized: dict[str, Any]) -> None:
    outputs = synthesized["output"]
    keys = {name for name, body in outputs.items() if "api_key_value" in body["value"]}
    assert keys == {"payments_ci_key", "search_indexer_key", "search_api_key"}
    assert all(outputs[name]["sensitive"] is True for name in keys)
    assert synthesized["provider"]["openai"] == [{}]  # OPENAI_ADMIN_KEY from the environment


def test_the_stack_synthesizes_under_its_policies(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    TeamProjectsStack(app, STACK_NAME)
    synth(app)
    assert (tmp_path / "stacks" / STACK_NAME / "cdk.tf.json").is_file()


def test_its_policies_catch_an_uncapped_project_and_an_outside_invitation(
    tmp_path: Path,
) -> None:
    app = App(outdir=str(tmp_path))
    stack = TeamProjectsStack(app, STACK_NAME)
    rogue = Project(stack, "rogue", name="Rogue")
    RateLimit(stack, "rogue_mini", project=rogue, model="gpt-4o-mini", max_tokens_per_minute=1)
    Invite(stack, "outsider", email="eve@gmail.com", role="reader", projects={rogue: "member"})
    with pytest.raises(PolicyViolationError) as caught:
        synth(app)
    assert sorted(caught.value.violations) == [
        "[team_projects/outsider] [policy:InviteDomains] email must be an address of "
        "'example.com', got 'eve@gmail.com'",
        "[team_projects/rogue] [policy:RateLimitedProjects] rate_limits must cap 'gpt-4o' with "
        "a RateLimit each, got ['gpt-4o-mini']",
    ]
