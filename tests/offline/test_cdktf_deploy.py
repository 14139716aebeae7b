"""The real cdktf CLI deploys and destroys the quick-start app against the double, and cdktf's
own ``Testing.to_be_valid_terraform`` runs terraform init/validate against it."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from cdktf import Testing as CdktfTesting

from cdktf_openai.offline import terraform_environment
from examples import build_all
from tests.conftest import ROOT

CDKTF = ROOT / "node_modules" / ".bin" / "cdktf"


def cdktf(project: Path, config: Path, *args: str) -> str:
    """Run the cdktf CLI in a copy of the project folder (its state stays there)."""
    environment = terraform_environment(config)
    environment.update(
        CDKTF_HOME=str(project / "cdktf-home"),
        JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20",
        PYTHONPATH=str(ROOT),
        FORCE_COLOR="0",
        CI="1",
    )
    result = subprocess.run(
        [str(CDKTF), *args, "--skip-provider-lock", "--output", str(project / "cdktf.out")],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return output


@pytest.mark.slow
def test_cdktf_deploy_and_destroy_the_quickstart_app(
    openai_double_config: Path, tmp_path: Path
) -> None:
    assert CDKTF.exists(), "node_modules missing: run through `make test`, which installs it"
    project = tmp_path / "project"
    project.mkdir()
    settings = json.loads((ROOT / "cdktf.json").read_text())
    settings["app"] = f"{ROOT / '.venv' / 'bin' / 'python'} -m examples"
    (project / "cdktf.json").write_text(json.dumps(settings))
    outputs_file = project / "outputs.json"

    deployed = cdktf(
        project, openai_double_config, "deploy", "quickstart", "--auto-approve",
        "--outputs-file", str(outputs_file),
    )  # fmt: skip
    synthesized = json.loads(
        (project / "cdktf.out" / "stacks" / "quickstart" / "cdk.tf.json").read_text()
    )
    count = sum(len(resources) for resources in synthesized["resource"].values())
    assert count == 11  # review: 3, optimization: 2 (shared reviewer), docs search: 6
    assert f"Apply complete! Resources: {count} added, 0 changed, 0 destroyed." in deployed
    outputs = json.loads(outputs_file.read_text())["quickstart"]
    assert re.fullmatch(r"run_[A-Za-z0-9]{24}", outputs["security_review_run_id"])
    assert outputs["security_review_run_status"] == "completed"  # completion_window is set
    assert outputs["optimization_review_run_status"] == "queued"  # it is not
    state = json.loads((project / "terraform.quickstart.tfstate").read_text())
    assert len(state["resources"]) == count

    destroyed = cdktf(project, openai_double_config, "destroy", "quickstart", "--auto-approve")
    assert f"Destroy complete! Resources: {count} destroyed." in destroyed
    state = json.loads((project / "terraform.quickstart.tfstate").read_text())
    assert state["resources"] == []
    shutil.rmtree(project / "cdktf.out")


@pytest.mark.slow
def test_cdktf_testing_to_be_valid_terraform_uses_the_double() -> None:
    # pyproject.toml turns on openai_offline_terraform: the session's TF_CLI_CONFIG_FILE names
    # the double before cdktf's jsii kernel starts, so the kernel's terraform runs find it.
    assert os.environ["TF_CLI_CONFIG_FILE"].endswith("terraform.rc")
    for stack in build_all(CdktfTesting.app()):
        assert CdktfTesting.to_be_valid_terraform(CdktfTesting.full_synth(stack)), stack.node.id
