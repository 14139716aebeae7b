"""Every example stack synthesizes to JSON that pins the provider and carries no key."""

from __future__ import annotations

import json

from cdktf_openai.core import App
from cdktf_openai.core import Testing as CdktfTesting
from examples import build_all


def test_build_all_returns_one_stack_per_example_package() -> None:
    stacks = build_all(App())
    assert [stack.node.id for stack in stacks] == [
        "quickstart",
        "code_review",
        "code_review_responses",
        "optimization",
        "docs_search",
        "team_library",
        "team_projects",
    ]


def test_every_example_pins_the_provider_and_has_no_key_in_its_provider_block() -> None:
    for stack in build_all(App()):
        synthesized = json.loads(CdktfTesting.synth(stack))
        assert synthesized["terraform"]["required_providers"]["openai"] == {
            "source": "mkdev-me/openai",
            "version": "1.2.0",
        }, stack.node.id
        for provider in synthesized["provider"]["openai"]:
            assert not {"api_key", "admin_key"} & set(provider), stack.node.id


def test_every_example_declares_id_and_status_or_text_outputs() -> None:
    for stack in build_all(App()):
        outputs = json.loads(CdktfTesting.synth(stack))["output"]
        runs = {name.removesuffix("_run_id") for name in outputs if name.endswith("_run_id")}
        statuses = {name for name in outputs if name.endswith("_run_status")}
        responses = {
            name.removesuffix("_response_id") for name in outputs if name.endswith("_response_id")
        }
        texts = {name for name in outputs if name.endswith("_text")}
        projects = {name for name in outputs if name.endswith("_project_id")}
        assert runs or responses or projects, stack  # team_projects: the organisation only
        assert {f"{run}_run_status" for run in runs} == statuses, stack
        assert {f"{response}_text" for response in responses} == texts, stack
