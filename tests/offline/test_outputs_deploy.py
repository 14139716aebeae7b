"""Every documented read-only attribute as a ``TerraformOutput`` deploys with the real CLI.

Terraform leaves an output whose value is null out of ``terraform output -json``; the cdktf CLI
(and cdktn's) then failed after a successful apply with ``Cannot convert undefined or null to
object`` (cdktf_openai/attributes.py). The suite runs once per core (``make pytest``), so this
deploys with the cdktf CLI in one run and with the cdktn CLI in the other, on the double: once
while the runs are queued (the attributes the provider has not set read as empty values), and
once more after the refresh of the second deploy has found them completed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.every_attribute import ATTRIBUTES, DERIVED
from tests.offline.conftest import offline_cli

#: The outputs right after the first apply: what the provider had not set is empty, not null.
QUEUED = {
    "run_status": "queued",
    "run_started_at": 0,
    "run_completed_at": 0,
    "run_usage": {},
    "run_total_tokens": 0,
    "run_steps": [],
    "run_file_ids": [],
    "run_object": "thread.run",
    "review_run_status": "queued",
    "review_run_usage": {},
    "response_finish_reason": "",  # never set on the Responses API
    "response_object": "response",
    "store_file_count": 0,  # the API says file_counts, which the provider does not read
    "store_file_status": "in_progress",
    "message_assistant_id": "",
    "message_run_id": "",
}


def deploy(project: Path, home: Path) -> dict[str, Any]:
    """``cdktf deploy outputs`` (it must exit 0); return the stack's outputs file."""
    outputs_file = project / "outputs.json"
    output = offline_cli(
        project, home, "deploy", "outputs", "--auto-approve", "--outputs-file", str(outputs_file)
    )
    assert "Cannot convert undefined or null to object" not in output
    outputs: dict[str, Any] = json.loads(outputs_file.read_text())["outputs"]
    return outputs


@pytest.mark.slow
def test_outputs_of_every_documented_attribute_deploy(tmp_path: Path) -> None:
    project, home = tmp_path / "project", tmp_path / "home"
    project.mkdir()
    home.mkdir()
    settings = {"language": "python", "app": f"{sys.executable} -m tests.every_attribute"}
    (project / "cdktf.json").write_text(json.dumps(settings))
    expected = {f"{n}_{a}" for n, attributes in ATTRIBUTES.items() for a in attributes}
    expected |= set(DERIVED)

    queued = deploy(project, home)
    assert set(queued) == expected  # none left out
    assert {name: queued[name] for name in QUEUED} == QUEUED
    assert re.fullmatch(r"run_[A-Za-z0-9]{24}", queued["run_id"])
    assert queued["response_text"].startswith("[offline double: no model ran]")
    assert queued["review_response_text"].startswith("[offline double: no model ran]")
    assert queued["response_usage"]["total_tokens"] == queued["response_total_tokens"]
    assert set(queued["response_output"]) == {"text", "role"}
    assert queued["file_filename"] == "authentication.md" and queued["file_bytes"] > 0
    assert all(isinstance(queued[f"{n}_created_at"], int) for n in ("run", "store", "thread"))

    # the second apply refreshes first: the double's runs have completed by then
    completed = deploy(project, home)
    assert set(completed) == expected
    assert completed["run_status"] == completed["review_run_status"] == "completed"
    usage = completed["run_usage"]
    assert set(usage) == {"prompt_tokens", "completion_tokens", "total_tokens"}
    assert completed["run_total_tokens"] == usage["total_tokens"] > 0
    assert completed["review_run_usage"]["total_tokens"] > 0
    assert [step["status"] for step in completed["run_steps"]] == ["completed"]
    # never read again by provider 1.2.0 (only from the create call's answer)
    assert (completed["run_started_at"], completed["run_completed_at"]) == (0, 0)
    assert completed["store_file_status"] == "completed"
