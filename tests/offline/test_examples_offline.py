"""Every example stack goes through validate, plan, apply, refresh, plan (no changes), destroy.

The stacks deployed are the examples' committed snapshots, which ``tests/test_snapshots.py``
proves equal to what each core synthesizes: these tests run once (``core_independent``), not
once per core.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cdktf_openai.offline import resources_in_state
from cdktf_openai.offline.fake_api import live_objects
from tests.offline.conftest import (
    EXAMPLE_SNAPSHOTS,
    api_objects,
    example_workspace,
    outputs_only_plan,
    resources,
    rewrite,
)

#: What the double's placeholder keys start with (the real ones: ``sk-svcacct-``).
KEY_PREFIX = "offline-double-placeholder-svcacct-"

ID_SHAPES = {
    "openai_assistant": r"asst_[A-Za-z0-9]{24}",
    "openai_thread": r"thread_[A-Za-z0-9]{24}",
    "openai_message": r"msg_[A-Za-z0-9]{24}",
    "openai_run": r"run_[A-Za-z0-9]{24}",
    "openai_thread_run": r"run_[A-Za-z0-9]{24}",
    "openai_file": r"file-[A-Za-z0-9]{24}",
    "openai_vector_store": r"vs_[A-Za-z0-9]{24}",
    "openai_vector_store_file": r"file-[A-Za-z0-9]{24}",
    "openai_model_response": r"resp_[A-Za-z0-9]+",
    "openai_project": r"proj_[A-Za-z0-9]{24}",
    "openai_project_user": r"proj_[A-Za-z0-9]{24}:user-[a-z]+",
    "openai_project_service_account": r"proj_[A-Za-z0-9]{24}:svc_acct_[A-Za-z0-9]{24}",
    "openai_rate_limit": r"rl-[a-z0-9.-]+?(-[A-Za-z0-9]{8})?",  # Create: rl-<model>-<suffix>
    "openai_invite": r"invite-[A-Za-z0-9]{24}",
    "terraform_data": r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
}


def test_every_example_has_a_committed_snapshot_to_deploy() -> None:
    assert {"quickstart", "code_review_responses", "team_projects"} <= set(EXAMPLE_SNAPSHOTS)


@pytest.mark.slow
@pytest.mark.core_independent
@pytest.mark.parametrize("name", sorted(EXAMPLE_SNAPSHOTS))
def test_every_example_applies_converges_and_destroys(
    name: str, openai_double_config: Path, tmp_path: Path
) -> None:
    """After apply, a plan with refresh changes no resource (runs move on: only outputs that
    read them change); after ``apply -refresh-only`` nothing is left to change; destroy leaves
    no object at the API."""
    workspace = example_workspace(name, openai_double_config, tmp_path / name)
    assert workspace.validate().check().stdout.startswith("Success!")
    assert "to add" in workspace.plan().check().stdout

    assert "Apply complete!" in workspace.apply().stdout
    resources = resources_in_state(workspace.state())
    assert resources
    for address, values in resources.items():
        shape = ID_SHAPES[address.split(".")[0]]
        assert re.fullmatch(shape, values["id"]), (address, values["id"])

    after = workspace.plan(detailed_exitcode=True)
    assert after.returncode in (0, 2), after.output
    assert after.returncode == 0 or outputs_only_plan(after.stdout), after.stdout
    workspace.refresh()
    settled = workspace.plan(detailed_exitcode=True, refresh=False)
    assert settled.returncode == 0, settled.output
    assert "No changes." in settled.stdout

    destroyed = workspace.destroy()
    assert f"{len(resources)} destroyed" in destroyed.stdout
    assert resources_in_state(workspace.state()) == {}
    # resourceOpenAIModelResponseDelete is a no-op: a response stays at the API; a project
    # is archived, never deleted (resourceOpenAIProjectDelete); a model's rate limit always
    # exists at OpenAI, destroy resets it (resourceOpenAIRateLimitDelete)
    store = workspace.objects()
    left = [kind for kind, _ in live_objects(store) if kind not in ("project", "rate_limit")]
    assert set(left) <= {"response"}, left
    for kind, key in live_objects(store):
        if kind == "project":
            assert (store.get(kind, key) or {}).get("status") == "archived", key
    assert len(left) == len([a for a in resources if a.startswith("openai_model_response.")])


@pytest.mark.slow
@pytest.mark.core_independent
def test_quickstart_runs_are_queued_until_a_refresh_reads_them_finished(
    openai_double_config: Path, tmp_path: Path
) -> None:
    """resourceOpenAIRunCreate does not wait, whatever ``completion_window`` says; the next
    refresh (resourceOpenAIRunRead) reads each run ``completed``."""
    workspace = example_workspace("quickstart", openai_double_config, tmp_path / "quickstart")
    workspace.apply()
    outputs = workspace.outputs()
    names = ("security_review", "optimization_review", "docs_search")
    for name in names:
        assert re.fullmatch(ID_SHAPES["openai_run"], outputs[f"{name}_run_id"]), name
        assert outputs[f"{name}_run_status"] == "queued", name

    runs = {
        values["id"]: values
        for address, values in resources_in_state(workspace.state()).items()
        if address.startswith("openai_run.")
    }
    optimization = runs[outputs["optimization_review_run_id"]]
    assert optimization["model"] == "gpt-4-turbo-preview"  # the assistant's, as the API says
    assert optimization["completed_at"] is None and optimization["usage"] is None

    workspace.refresh()
    outputs = workspace.outputs()
    assert [outputs[f"{name}_run_status"] for name in names] == ["completed"] * 3
    workspace.destroy()


@pytest.mark.slow
@pytest.mark.core_independent
def test_team_projects_deploy_converge_update_in_place_and_destroy(
    openai_double_config: Path, tmp_path: Path
) -> None:
    """``team_projects``: apply, no changes, a changed rate limit is an update in place
    (provider 1.2.0's ``resourceOpenAIRateLimitUpdate``), destroy archives the projects; no
    key in any plan or apply output."""
    workspace = example_workspace("team_projects", openai_double_config, tmp_path / "team")
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
