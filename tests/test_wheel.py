"""The kit works from an installed wheel: a fresh venv, the wheel, and a user's pytest file.

The wheel is built from this tree, installed in a new virtual environment in a temporary
folder (with its dependencies, from pip's usual sources), and a small test file there uses the
fixtures: pytest finds them through the ``pytest11`` entry point, not through this repository.
First without syrupy (``pip install cdktf-openai``): pytest still runs, ``synth_json`` works and
``json_snapshot`` says what to install. Then with ``cdktf-openai[testing]``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cdktf_openai.core import CORE
from cdktf_openai.testing.plugin import MISSING_SYRUPY

USER_TESTS = """
from cdktf_openai.core import App, TerraformStack

import cdktf_openai
from cdktf_openai import Assistant, OpenAIProvider
from cdktf_openai.testing import assert_has_resource


def build():
    stack = TerraformStack(App(), "chat")
    OpenAIProvider(stack, "openai")
    Assistant(stack, "helper", model="gpt-4o", metadata={"b": "2", "a": "1"})
    return stack


def test_the_package_is_the_installed_one():
    assert "site-packages" in cdktf_openai.__file__, cdktf_openai.__file__


def test_synth_json(synth_json):
    document = synth_json(build())
    assert_has_resource(document, "openai_assistant", {"model": "gpt-4o"})
    assert document["terraform"]["backend"]["local"]["path"] == "<cwd>/terraform.chat.tfstate"


def test_snapshot(synth_json, json_snapshot):
    assert synth_json(build()) == json_snapshot
"""
# a user imports their core by its own name
USER_TESTS = USER_TESTS.replace("cdktf_openai.core", CORE)


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=600, check=False
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


@pytest.mark.slow
@pytest.mark.xdist_group("wheel")  # one worker builds the wheel once (conftest.py)
def test_the_kit_works_from_an_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    pip = ["-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    ok(run([sys.executable, "-m", "venv", str(tmp_path / "venv")], tmp_path))
    python = str(tmp_path / "venv" / "bin" / "python")
    project = tmp_path / "project"
    project.mkdir()
    (project / "pytest.ini").write_text("[pytest]\n")
    (project / "test_kit.py").write_text(USER_TESTS)
    pytest_run = [python, "-m", "pytest", "-p", "no:cacheprovider", "-rA", "test_kit.py"]

    # without syrupy: pytest and the plugin load, only json_snapshot fails, and says why
    ok(run([python, *pip, f"{wheel}[{CORE}]", "pytest"], tmp_path))
    assert run([python, "-c", "import syrupy"], tmp_path).returncode == 1
    without = run(pytest_run, project)
    assert without.returncode == 1, without.stdout + without.stderr
    assert "2 passed, 1 error" in without.stdout, without.stdout
    assert MISSING_SYRUPY in without.stdout

    # with the [testing] extra: the snapshot is written, then matched
    ok(run([python, *pip, f"{wheel}[{CORE},testing]"], tmp_path))
    assert "1 snapshot generated" in ok(run([*pytest_run, "--snapshot-update"], project))
    assert "1 snapshot passed" in ok(run(pytest_run, project))
    snapshot = project / "__snapshots__" / "test_kit" / "test_snapshot.json"
    text = snapshot.read_text()
    document = json.loads(text)
    assert document["resource"]["openai_assistant"]["helper"]["metadata"] == {"a": "1", "b": "2"}
    assert text.index('"a": "1"') < text.index('"b": "2"')
    assert str(tmp_path) not in text
