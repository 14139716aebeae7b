"""Every example stack goes through validate, plan, apply, plan (no changes) and destroy."""

from __future__ import annotations

import re

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
    example_stacks: dict[str, str], openai_double_workspace: WorkspaceFactory
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
def test_the_quickstart_run_is_queued_with_the_assistants_model(
    example_stacks: dict[str, str], openai_double_workspace: WorkspaceFactory
) -> None:
    workspace = openai_double_workspace(example_stacks["quickstart"])
    workspace.apply().check()
    outputs = workspace.outputs()
    assert re.fullmatch(ID_SHAPES["openai_run"], outputs["code_review_run_id"])
    assert outputs["code_review_run_status"] == "queued"
    run = resources_in_state(workspace.state())["openai_run.code_review_run"]
    assert run["model"] == "gpt-4-turbo-preview"  # the assistant's, as the API reports it
    assert run["completed_at"] is None
    assert run["usage"] is None
