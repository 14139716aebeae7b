"""Moving a deployed stack to the other core replaces nothing (docs/cdktf-or-cdktn.md).

The suite runs once per core (``make pytest``); each run moves a stack *to* the core in use: a
user's app is deployed against the double with the other core (its venv, its CLI), then switched
the way docs/cdktf-or-cdktn.md says -- the same construct ids, the same state file, only the imports
changed -- and the CLI of the core in use finds nothing to change and destroys what the other
one created.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from cdktf_openai.core import CORE
from tests.conftest import CLIS, OTHER_CORE, PYTHONS
from tests.offline.conftest import offline_cli

#: The user's app, as a cdktf user writes it (the examples of README.md and docs/ import cdktf).
APP = """\
from cdktf import App, TerraformOutput, TerraformStack

from cdktf_openai import (
    Assistant, ChatMessage, CodeReviewResponse, OpenAIProvider, Run, Thread, Tool, VectorStore,
)

app = App()
stack = TerraformStack(app, "team")
OpenAIProvider(stack, "openai", api_url="https://assistants.example.com/v1")
reviewer = Assistant(stack, "reviewer", model="gpt-4o", tools=[Tool.code_interpreter()])
thread = Thread(stack, "code", messages=[ChatMessage.user("Review: print(1)")])
run = Run(stack, "review", thread=thread, assistant=reviewer, temperature=0.2)
VectorStore(stack, "docs", name="Team docs", expires_after_days=7)
review = CodeReviewResponse(stack, "login", code="eval(input())", language="python", model="gpt-4o")
TerraformOutput(stack, "run_id", value=run.id)
TerraformOutput(stack, "review_text", value=review.text)
app.synth()
"""
#: The resources of APP: 4 + the thread's guard + the store's guard + the composite's response.
RESOURCES = 7


def on_core(core: str) -> str:
    """APP as a user of ``core`` writes it: only the import of the core differs."""
    return APP.replace("from cdktf import", f"from {core} import")


def created_ids(state_file: Path) -> dict[tuple[str, str], str]:
    """The ID of each resource in a state file, by (type, name)."""
    state = json.loads(state_file.read_text())
    return {
        (r["type"], r["name"]): r["instances"][0]["attributes"]["id"] for r in state["resources"]
    }


def write_project(project: Path, core: str) -> None:
    """The user's project on ``core``: its cdktf.json (the same for both CLIs) and main.py."""
    settings = {"language": "python", "app": f"{PYTHONS[core]} main.py"}
    (project / "cdktf.json").write_text(json.dumps(settings))
    (project / "main.py").write_text(on_core(core))


@pytest.mark.slow
def test_a_stack_moves_to_this_core_without_replacing_anything(tmp_path: Path) -> None:
    other_python = PYTHONS[OTHER_CORE]
    assert other_python.exists() and CLIS[OTHER_CORE].exists(), (
        f"the {OTHER_CORE} venv or CLI is missing: run through `make test`, which installs both"
    )
    assert PYTHONS[CORE].samefile(sys.executable)
    project, home = tmp_path / "project", tmp_path / "home"
    project.mkdir()
    home.mkdir()
    document = project / "cdktf.out" / "stacks" / "team" / "cdk.tf.json"

    write_project(project, OTHER_CORE)
    deployed = offline_cli(
        project,
        home,
        "deploy",
        "team",
        "--auto-approve",
        cli=CLIS[OTHER_CORE],
        python=str(other_python),
    )
    assert f"Apply complete! Resources: {RESOURCES} added, 0 changed, 0 destroyed." in deployed
    before = json.loads(document.read_text())
    state_file = project / "terraform.team.tfstate"
    ids = created_ids(state_file)
    assert len(ids) == RESOURCES

    write_project(project, CORE)
    diff = offline_cli(project, home, "diff", "team")
    after = json.loads(document.read_text())
    assert re.search(r"No changes\.\s+Your infrastructure matches the configuration", diff), diff
    # the same document but for the core's version stamp: the same logical ids, the same state
    versions = {"cdktf": "0.21.0", "cdktn": "0.24.0"}
    assert before["//"]["metadata"].pop("version") == versions[OTHER_CORE]
    assert after["//"]["metadata"].pop("version") == versions[CORE]
    assert after == before
    assert after["terraform"]["backend"]["local"]["path"] == str(state_file)
    assert created_ids(state_file) == ids

    destroyed = offline_cli(project, home, "destroy", "team", "--auto-approve")
    assert f"Destroy complete! Resources: {RESOURCES} destroyed." in destroyed
    assert json.loads(state_file.read_text())["resources"] == []
