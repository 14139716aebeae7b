"""Every example stack goes through validate, plan, apply, refresh, plan (no changes), destroy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cdktf_openai.offline import resources_in_state
from cdktf_openai.offline.fake_api import live_objects
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import outputs_only_plan

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


@pytest.mark.slow
def test_every_example_applies_converges_and_destroys(
    example_stacks: dict[str, Path], openai_double_workspace: WorkspaceFactory
) -> None:
    """After apply, a plan with refresh changes no resource (runs move on: only outputs that
    read them change); after ``apply -refresh-only`` nothing is left to change; destroy leaves
    no object at the API."""
    assert example_stacks, "examples.build_all returned no stack"
    for name, stack in example_stacks.items():
        workspace = openai_double_workspace(stack, name)
        assert workspace.validate().check().stdout.startswith("Success!"), name
        assert "to add" in workspace.plan().check().stdout, name

        assert "Apply complete!" in workspace.apply().stdout, name
        resources = resources_in_state(workspace.state())
        assert resources, name
        for address, values in resources.items():
            shape = ID_SHAPES[address.split(".")[0]]
            assert re.fullmatch(shape, values["id"]), (name, address, values["id"])

        after = workspace.plan(detailed_exitcode=True)
        assert after.returncode in (0, 2), (name, after.output)
        assert after.returncode == 0 or outputs_only_plan(after.stdout), (name, after.stdout)
        workspace.refresh()
        settled = workspace.plan(detailed_exitcode=True, refresh=False)
        assert settled.returncode == 0, (name, settled.output)
        assert "No changes." in settled.stdout, name

        destroyed = workspace.destroy()
        assert f"{len(resources)} destroyed" in destroyed.stdout, name
        assert resources_in_state(workspace.state()) == {}, name
        # resourceOpenAIModelResponseDelete is a no-op: a response stays at the API; a project
        # is archived, never deleted (resourceOpenAIProjectDelete); a model's rate limit always
        # exists at OpenAI, destroy resets it (resourceOpenAIRateLimitDelete)
        store = workspace.objects()
        left = [kind for kind, _ in live_objects(store) if kind not in ("project", "rate_limit")]
        assert set(left) <= {"response"}, (name, left)
        for kind, key in live_objects(store):
            if kind == "project":
                assert (store.get(kind, key) or {}).get("status") == "archived", (name, key)
        assert len(left) == len([a for a in resources if a.startswith("openai_model_response.")]), (
            name
        )


@pytest.mark.slow
def test_quickstart_runs_are_queued_until_a_refresh_reads_them_finished(
    example_stacks: dict[str, Path], openai_double_workspace: WorkspaceFactory
) -> None:
    """resourceOpenAIRunCreate does not wait, whatever ``completion_window`` says; the next
    refresh (resourceOpenAIRunRead) reads each run ``completed``."""
    workspace = openai_double_workspace(example_stacks["quickstart"])
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
