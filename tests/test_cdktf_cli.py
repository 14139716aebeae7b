"""The real cdktf CLI (npm cdktf-cli 0.21.0, installed in node_modules) synthesizes the app."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from cdktf import App

from examples import build_all
from tests.conftest import ROOT

CDKTF = ROOT / "node_modules" / ".bin" / "cdktf"


@pytest.mark.slow
def test_cdktf_synth_writes_the_quickstart_stack_offline(tmp_path: Path) -> None:
    assert CDKTF.exists(), "node_modules missing: run through `make test`, which installs it"
    env = {
        **os.environ,
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
        "CHECKPOINT_DISABLE": "1",
        "CDKTF_HOME": str(tmp_path / "cdktf-home"),
        "TF_CLI_CONFIG_FILE": "",  # the machine's may name a missing file (noise)
    }
    result = subprocess.run(
        [str(CDKTF), "synth", "--output", str(tmp_path / "out")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
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
    ]
    assert stack["provider"]["openai"] == [{}]
    # offline: the CLI did not try to fetch providers (cdktf.json declares none)
    assert not (tmp_path / "out" / "stacks" / "quickstart" / ".terraform").exists()
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert sorted(manifest["stacks"]) == sorted(s.node.id for s in build_all(App()))
    # the document of docs_search travels with its stack, as a cdktf asset
    assert list((tmp_path / "out" / "stacks" / "docs_search" / "assets").rglob("*.md"))
