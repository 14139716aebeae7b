"""The real CLI of the core in use (npm cdktf-cli 0.21.0 or cdktn-cli 0.24.0, installed by the
project) synthesizes the app."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cdktf_openai.core import CORE, App
from examples import build_all
from tests.conftest import CORE_CLI, ROOT, cli_path

CDKTF = CORE_CLI


def cdktf_synth(project: Path, out: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """Run the real `cdktf synth` in ``project`` (CI=1: plain output, no spinner)."""
    assert CDKTF.exists(), "node_modules missing: run through `make test`, which installs it"
    env = {
        **os.environ,
        "CI": "1",
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
        "CHECKPOINT_DISABLE": "1",
        "CDKTF_HOME": str(home),
        "TF_CLI_CONFIG_FILE": "",  # the machine's may name a missing file (noise)
        "PATH": cli_path(),
    }
    return subprocess.run(
        [str(CDKTF), "synth", "--output", str(out)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_cdktf_synth_writes_the_quickstart_stack_offline(tmp_path: Path) -> None:
    result = cdktf_synth(ROOT, tmp_path / "out", tmp_path / "cdktf-home")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Generated Terraform code for the stacks:" in output
    assert "end-of-life" not in output

    stack = json.loads((tmp_path / "out" / "stacks" / "quickstart" / "cdk.tf.json").read_text())
    assert stack["terraform"]["required_providers"]["openai"] == {
        "source": "mkdev-me/openai",
        "version": "1.2.0",
    }
    assert sorted(stack["resource"]) == [
        "openai_assistant",
        "openai_file",
        "openai_message",
        "openai_run",
        "openai_thread",
        "openai_vector_store",
        "openai_vector_store_file",  # DocumentSearch's document joins its store
        "terraform_data",  # the guards of guard.py
    ]
    assert stack["provider"]["openai"] == [{}]
    # offline: the CLI did not try to fetch providers (cdktf.json declares none)
    assert not (tmp_path / "out" / "stacks" / "quickstart" / ".terraform").exists()
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert sorted(manifest["stacks"]) == sorted(s.node.id for s in build_all(App()))
    # the document of docs_search travels with its stack, as a cdktf asset
    assert list((tmp_path / "out" / "stacks" / "docs_search" / "assets").rglob("*.md"))


APP_WITH_VIOLATIONS = """\
from cdktf_openai.core import App, Aspects, TerraformStack

from cdktf_openai import OpenAIProvider, Run
from cdktf_openai.policies import AllowedModels, MaxTemperature

app = App()
Aspects.of(app).add(MaxTemperature(0.8))
Aspects.of(app).add(AllowedModels(["gpt-4o"]))
stack = TerraformStack(app, "stack")
OpenAIProvider(stack, "openai")
Run(stack, "run", thread="t", assistant="a", model="o1", temperature=1.5, top_p=0.5)
app.synth()
"""


@pytest.mark.slow
def test_under_the_cli_each_violation_and_warning_is_one_line(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "main.py").write_text(APP_WITH_VIOLATIONS, encoding="utf-8")
    app = f"{sys.executable} main.py"
    (project / "cdktf.json").write_text(json.dumps({"language": "python", "app": app}))
    result = cdktf_synth(project, tmp_path / "out", tmp_path / "home")
    assert result.returncode == 1
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert [line for line in lines if line.startswith(("WARN", "ERROR"))] == [
        "WARN [stack/run]: [@cdktf-openai:temperatureAndTopP] temperature and top_p are both "
        "set; OpenAI advises changing one, not both.",
        "ERROR [stack/run]: [policy:MaxTemperature] temperature must be at most 0.8, got 1.5",
        "ERROR [stack/run]: [policy:AllowedModels] model must be one of 'gpt-4o', got 'o1'",
    ]
    # no JavaScript stack under the errors (cdktf's Annotations would print ~20 lines each)
    failed = next(i for i, line in enumerate(lines) if "error annotations have been" in line)
    assert not [line for line in lines[:failed] if "node_modules" in line or "program.js" in line]
    javascript = [line for line in lines[failed:] if "node_modules" in line or "node:" in line]
    if CORE == "cdktf":
        assert javascript == []
    else:
        # cdktn-cli 0.24 prints its own stack after the summary (docs/cdktf-or-cdktn.md):
        # where it failed in the CLI, not in the app or the library
        assert javascript and all(
            "/cdktn-cli/bundle/" in line or "node:internal" in line or line.startswith("node:")
            for line in javascript
        ), javascript
    assert "ConstructWarning" not in result.stderr  # the CLI shows the annotation instead
