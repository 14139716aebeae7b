"""Two stacks sharing a reviewer, deployed with the real CLI on the offline double: the team
stack's runs use the shared stack's assistant and thread through cdktf's cross-stack references,
and a change of the shared reviewer replaces them (issue 21, item 3)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from cdktf_openai import OpenAIProvider
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.l1.thread import Thread as L1Thread
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from cdktf_openai.testing.synthesis import synth_app
from tests.conftest import ROOT
from tests.offline.conftest import offline_cli

#: The app: the reviewer's instructions come from a file, so that a test can change them.
APP = """
from pathlib import Path

from cdktf_openai import Assistant, ChatMessage, CodeReviewRun, OpenAIProvider, Run, Thread
from cdktf_openai.core import App, TerraformOutput, TerraformStack

app = App()
shared = TerraformStack(app, "shared")
OpenAIProvider(shared, "openai")
instructions = Path(__file__).with_name("instructions.txt").read_text()
reviewer = Assistant(shared, "reviewer", model="gpt-4o", instructions=instructions)
question = Thread(shared, "question", messages=[ChatMessage.user("Is eval safe?")])
TerraformOutput(shared, "reviewer_id", value=reviewer.id)

team = TerraformStack(app, "team")
OpenAIProvider(team, "openai")
review = CodeReviewRun(team, "review", code="eval(input())", language="python",
                       assistant=reviewer)
direct = Run(team, "direct", thread=question, assistant=reviewer,
             replace_triggered_by=[reviewer])
TerraformOutput(team, "review_run_id", value=review.run.id)
TerraformOutput(team, "direct_run_id", value=direct.id)
app.synth()
"""

RUN_ID = re.compile(r"run_[A-Za-z0-9]{24}")


def _deploy(project: Path, home: Path) -> dict[str, dict[str, str]]:
    outputs = project / "outputs.json"
    offline_cli(
        project,
        home,
        "deploy",
        "shared",
        "team",
        "--auto-approve",
        "--outputs-file",
        str(outputs),
    )
    deployed: dict[str, dict[str, str]] = json.loads(outputs.read_text())
    return deployed


@pytest.mark.slow
def test_a_change_of_the_shared_reviewer_replaces_the_team_runs(tmp_path: Path) -> None:
    project, home = tmp_path / "project", tmp_path / "home"
    project.mkdir()
    home.mkdir()
    settings = json.loads((ROOT / "cdktf.json").read_text())
    settings["app"] = f"{sys.executable} main.py"
    (project / "cdktf.json").write_text(json.dumps(settings))
    (project / "main.py").write_text(APP)
    (project / "instructions.txt").write_text("Review for security.")

    first = _deploy(project, home)
    team = json.loads((project / "cdktf.out" / "stacks" / "team" / "cdk.tf.json").read_text())
    # no address of the shared stack in the team stack: only its own resources are named
    addresses = {f"{kind}.{name}" for kind, named in team["resource"].items() for name in named}
    for body in (b for named in team["resource"].values() for b in named.values()):
        for address in body.get("lifecycle", {}).get("replace_triggered_by", []):
            assert address in addresses
    assert "openai_assistant" not in team["resource"]
    assert RUN_ID.fullmatch(first["team"]["review_run_id"])
    assert RUN_ID.fullmatch(first["team"]["direct_run_id"])

    (project / "instructions.txt").write_text("Review for performance.")
    second = _deploy(project, home)

    assert second["shared"]["reviewer_id"] == first["shared"]["reviewer_id"]  # updated in place
    assert RUN_ID.fullmatch(second["team"]["review_run_id"])
    assert second["team"]["review_run_id"] != first["team"]["review_run_id"]  # replaced
    assert second["team"]["direct_run_id"] != first["team"]["direct_run_id"]

    third = _deploy(project, home)  # nothing changed: nothing is replaced
    assert third["team"] == second["team"]


@pytest.mark.slow
def test_cdktfs_own_depends_on_across_stacks_is_refused_by_terraform(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """Why the library refuses ``depends_on`` of another stack's construct: cdktf turns it into
    an attribute of the remote state, which Terraform's depends_on does not take."""
    app = App()
    shared, team = TerraformStack(app, "shared"), TerraformStack(app, "team")
    OpenAIProvider(shared, "openai")
    OpenAIProvider(team, "openai")
    theirs = L1Thread(shared, "theirs")
    L1Thread(team, "mine", depends_on=[theirs])
    document = synth_app(app)["team"]
    (dependency,) = document["resource"]["openai_thread"]["mine"]["depends_on"]
    assert dependency.startswith("data.terraform_remote_state.cross-stack-reference-input-shared")
    validated = openai_double_workspace(document).validate()
    assert validated.returncode == 1
    assert "Invalid depends_on reference" in validated.stdout + validated.stderr
