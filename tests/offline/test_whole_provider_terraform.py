"""The organisation and project resources, and a run's answer read with ``openai_messages``,
through Terraform and the double: apply, refresh, plan, destroy."""

from __future__ import annotations

import json
from typing import Any

import pytest

from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import api_objects, resources, stack_json

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # terraform on hand-written JSON, no core

STACK: dict[str, Any] = stack_json(
    {
        "openai_project": {"demo": {"name": "Demo"}},
        "openai_project_user": {
            "member": {"project_id": "${openai_project.demo.id}", "user_id": "user-abc",
                       "role": "member"}
        },
        "openai_project_service_account": {
            "bot": {"project_id": "${openai_project.demo.id}", "name": "bot"}
        },
        "openai_thread": {"chat": {"messages": [{"role": "user", "content": "Hello"}]}},
        "openai_run": {"answer": {"thread_id": "${openai_thread.chat.id}",
                                  "assistant_id": "asst_elsewhere"}},
    },
    data={
        "openai_messages": {
            "chat": {"thread_id": "${openai_thread.chat.id}", "depends_on": ["openai_run.answer"]}
        },
        "openai_project_users": {
            "all": {"project_id": "${openai_project.demo.id}",
                    "depends_on": ["openai_project_user.member"]}
        },
    },
    output={
        "reply": {"value": "${data.openai_messages.chat.messages[0].content}"},
        "reply_role": {"value": "${data.openai_messages.chat.messages[0].role}"},
        "members": {"value": "${data.openai_project_users.all.member_ids}"},
    },
)  # fmt: skip


def _outputs(workspace: Any) -> dict[str, Any]:
    result = workspace.run("output", "-json")
    return {name: entry["value"] for name, entry in json.loads(result.stdout).items()}


@pytest.mark.slow
def test_projects_and_a_run_s_answer_through_terraform(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """After the first apply the run is queued and the newest message is the user's; after a
    refresh the run is done and ``messages[0]`` is the assistant's reply. The project's user
    and service account are at the fake API; destroy archives the project."""
    workspace = openai_double_workspace(STACK)
    workspace.apply()
    first = _outputs(workspace)
    assert (first["reply_role"], first["reply"]) == ("user", "Hello")
    assert first["members"] == ["user-abc"]
    state = resources(workspace)
    project_id = state["openai_project.demo"]["id"]
    assert state["openai_project_user.member"]["id"] == f"{project_id}:user-abc"
    assert state["openai_project_service_account.bot"]["api_key_value"].startswith(
        "offline-double-placeholder-svcacct-"
    )
    workspace.refresh()
    second = _outputs(workspace)
    assert second["reply_role"] == "assistant"
    assert "placeholder answer of run" in second["reply"]
    assert workspace.plan(detailed_exitcode=True).returncode == 0
    workspace.destroy()
    (project,) = api_objects(workspace, "project").values()
    assert project["status"] == "archived"
    assert api_objects(workspace, "project_user") == {}


@pytest.mark.slow
def test_data_sources_are_checked_at_plan_time(openai_double_workspace: WorkspaceFactory) -> None:
    """``ValidateDataResourceConfig`` runs the data source's Go schema checks."""
    stack = stack_json(
        {"openai_thread": {"t": {}}},
        data={"openai_messages": {"m": {"thread_id": "t", "order": "newest"}}},
    )
    result = openai_double_workspace(stack).validate()
    assert result.returncode == 1
    assert 'expected order to be one of ["asc" "desc"], got newest' in result.output
