"""Every example stack goes through validate, plan, apply, plan (no changes) and destroy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cdktf_openai.offline import resources_in_state
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from cdktf_openai.offline.state import ObjectStore

ID_SHAPES = {
    "openai_assistant": r"asst_[A-Za-z0-9]{24}",
    "openai_thread": r"thread_[A-Za-z0-9]{24}",
    "openai_message": r"msg_[A-Za-z0-9]{24}",
    "openai_run": r"run_[A-Za-z0-9]{24}",
    "openai_thread_run": r"run_[A-Za-z0-9]{24}",
    "openai_file": r"file-[A-Za-z0-9]{24}",
    "openai_vector_store": r"vs_[A-Za-z0-9]{24}",
    "openai_vector_store_file": r"file-[A-Za-z0-9]{24}",
}


@pytest.mark.slow
def test_every_example_validates_plans_applies_without_drift_and_destroys(
    example_stacks: dict[str, Path], openai_double_workspace: WorkspaceFactory
) -> None:
    assert example_stacks, "examples.build_all returned no stack"
    for name, stack in example_stacks.items():
        workspace = openai_double_workspace(stack, name)
        assert workspace.validate().check().stdout.startswith("Success!"), name
        assert "to add" in workspace.plan().check().stdout, name

        applied = workspace.apply().check()
        assert "Apply complete!" in applied.stdout, name
        resources = resources_in_state(workspace.state())
        assert resources, name
        for address, values in resources.items():
            shape = ID_SHAPES[address.split(".")[0]]
            assert re.fullmatch(shape, values["id"]), (name, address, values["id"])

        after = workspace.plan(detailed_exitcode=True)
        assert after.returncode == 0, (name, after.output)
        assert "No changes." in after.stdout, name

        destroyed = workspace.destroy().check()
        assert f"{len(resources)} destroyed" in destroyed.stdout, name
        assert resources_in_state(workspace.state()) == {}, name
        assert ObjectStore.for_working_directory(workspace.directory).stored() == [], name


@pytest.mark.slow
def test_quickstart_runs_complete_only_with_a_completion_window(
    example_stacks: dict[str, Path], openai_double_workspace: WorkspaceFactory
) -> None:
    workspace = openai_double_workspace(example_stacks["quickstart"])
    workspace.apply().check()
    outputs = workspace.outputs()
    for name in ("security_review", "optimization_review", "docs_search"):
        assert re.fullmatch(ID_SHAPES["openai_run"], outputs[f"{name}_run_id"]), name
    # the security review and the docs search set completion_window; the optimization does not
    assert outputs["security_review_run_status"] == "completed"
    assert outputs["docs_search_run_status"] == "completed"
    assert outputs["optimization_review_run_status"] == "queued"

    runs = {
        address: values
        for address, values in resources_in_state(workspace.state()).items()
        if address.startswith("openai_run.")
    }
    by_id = {values["id"]: values for values in runs.values()}
    optimization = by_id[outputs["optimization_review_run_id"]]
    assert optimization["model"] == "gpt-4-turbo-preview"  # the assistant's, as the API says
    assert optimization["completed_at"] is None and optimization["usage"] is None
    security = by_id[outputs["security_review_run_id"]]
    assert security["completed_at"] is not None and security["usage"]
    workspace.destroy().check()
