"""The ``team_projects`` example on the double: apply, no changes, a changed rate limit is an
update in place (provider 1.2.0's ``resourceOpenAIRateLimitUpdate``), destroy archives the
projects; no key in any plan or apply output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import api_objects, resources, rewrite

#: What the double's placeholder keys start with (the real ones: ``sk-svcacct-``).
KEY_PREFIX = "offline-double-placeholder-svcacct-"


@pytest.mark.slow
def test_team_projects_deploy_converge_update_in_place_and_destroy(
    example_stacks: dict[str, Path], openai_double_workspace: WorkspaceFactory
) -> None:
    workspace = openai_double_workspace(example_stacks["team_projects"], "team_projects")
    applied = workspace.apply()
    assert "Apply complete! Resources: 13 added, 0 changed, 0 destroyed." in applied.stdout
    assert KEY_PREFIX not in applied.output  # sensitive: never printed
    state = resources(workspace)
    accounts = {a: v for a, v in state.items() if a.startswith("openai_project_service_account.")}
    assert len(accounts) == 3
    assert all(v["api_key_value"].startswith(KEY_PREFIX) for v in accounts.values())
    outputs = json.loads(workspace.run("output", "-json").stdout)
    assert outputs["payments_ci_key"]["sensitive"] is True
    assert outputs["payments_project_id"]["value"].startswith("proj_")
    assert workspace.run("output").stdout.count("<sensitive>") == 3

    unchanged = workspace.plan(detailed_exitcode=True)
    assert unchanged.returncode == 0, unchanged.output
    assert KEY_PREFIX not in unchanged.output

    stack = json.loads((workspace.directory / "cdk.tf.json").read_text())
    limits = stack["resource"]["openai_rate_limit"]
    (name,) = [n for n, body in limits.items() if body.get("max_requests_per_minute") == 500]
    limits[name]["max_requests_per_minute"] = 600
    rewrite(workspace, stack)
    changed = workspace.plan(detailed_exitcode=True)
    assert changed.returncode == 2, changed.output
    assert f"openai_rate_limit.{name} will be updated in-place" in changed.stdout
    assert "Plan: 0 to add, 1 to change, 0 to destroy." in changed.stdout
    assert "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." in workspace.apply().stdout
    assert resources(workspace)[f"openai_rate_limit.{name}"]["max_requests_per_minute"] == 600
    assert workspace.plan(detailed_exitcode=True).returncode == 0

    destroyed = workspace.destroy()
    assert "Destroy complete! Resources: 13 destroyed." in destroyed.stdout
    assert resources(workspace) == {}
    projects = api_objects(workspace, "project")
    assert len(projects) == 2
    assert {project["status"] for project in projects.values()} == {"archived"}
    for kind in ("project_user", "service_account", "invite"):
        assert api_objects(workspace, kind) == {}, kind


@pytest.mark.slow
def test_a_key_in_an_output_that_is_not_sensitive_is_refused_by_terraform(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    from cdktf_openai import ProjectServiceAccount
    from cdktf_openai.core import App, TerraformOutput, TerraformStack, Testing
    from examples.common import add_provider

    stack = TerraformStack(App(), "leak")
    add_provider(stack)
    account = ProjectServiceAccount(stack, "ci", project="proj_abc", name="ci")
    TerraformOutput(stack, "key", value=account.api_key)  # not sensitive=True
    result = openai_double_workspace(Testing.synth(stack)).plan()
    assert result.returncode == 1
    assert "Output refers to sensitive values" in result.output
    assert KEY_PREFIX not in result.output
