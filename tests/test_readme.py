"""The README is true: its quick start is the two commands, and its Python examples run.

A Python block that starts with ``# test_<name>.py`` is a user's pytest file: it is run by
pytest, in a subprocess in a temporary folder (one that uses ``json_snapshot`` writes its
snapshot, then checks it). A block whose fence names a file (```` ```python main.py ````)
is a file of the user's project in "Using the package in your project": that section is run
as a user would, with the wheel built from this repository. Every other Python block is
executed as it is.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from cdktf_openai.core import CORE
from tests.conftest import ROOT, cli_path

README = (ROOT / "README.md").read_text()
BLOCKS = re.findall(r"```(\w*)( [\w.]+)?\n(.*?)```\n", README, flags=re.DOTALL)
PYTHON_BLOCKS = [code for lang, file, code in BLOCKS if lang == "python" and not file]
PYTEST_FILE = re.compile(r"# (test_\w+\.py)\b")
PYTEST_BLOCKS = [code for code in PYTHON_BLOCKS if PYTEST_FILE.match(code)]
SCRIPT_BLOCKS = [code for code in PYTHON_BLOCKS if not PYTEST_FILE.match(code)]


def on_this_core(code: str) -> str:
    """A README block as a user of the core in use writes it (the README shows cdktf)."""
    return code.replace("from cdktf import", f"from {CORE} import")


def test_the_quick_start_is_exactly_two_commands() -> None:
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    (commands,) = re.findall(r"```sh\n(.*?)```", quick_start, flags=re.DOTALL)
    assert commands.splitlines() == ["make synth", "make test"]
    assert README.index("## Quick start") < README.index("## Using the constructs")


def test_ci_runs_the_readme_test_command() -> None:
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_the_readme_has_a_python_example_per_construct() -> None:
    for name in ("OpenAIProvider", "Assistant", "Thread", "ThreadMessage", "Run", "Tool"):
        assert any(f"{name}(" in block or f"{name}." in block for block in PYTHON_BLOCKS), name


@pytest.mark.parametrize(
    "code", SCRIPT_BLOCKS, ids=[f"block{i}" for i in range(len(SCRIPT_BLOCKS))]
)
def test_python_example_runs(
    code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # app.synth() writes cdktf.out here
    exec(compile(on_this_core(code), "README.md", "exec"), {"__name__": "__readme__"})
    printed = capsys.readouterr().out
    # where a block prints, the comment under the print shows what it prints
    comment = re.search(r"print\(\w+\)\n((?:\s*# .*\n?)+)", code)
    if comment:
        expected = " ".join(line.strip()[2:] for line in comment.group(1).splitlines())
        assert " ".join(printed.split()) == " ".join(expected.split())


def test_the_snapshot_section_has_a_pytest_file_of_under_ten_lines() -> None:
    section = README.split("## Snapshot-testing your stacks", 1)[1].split("\n## ", 1)[0]
    (block,) = [code for code in PYTEST_BLOCKS if code in section]
    assert len([line for line in block.splitlines() if line.strip()]) < 10


@pytest.mark.parametrize(
    "code", PYTEST_BLOCKS, ids=[f"pytest{i}" for i in range(len(PYTEST_BLOCKS))]
)
def test_pytest_example_passes(code: str, tmp_path: Path) -> None:
    match = PYTEST_FILE.match(code)
    assert match
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / match.group(1)).write_text(on_this_core(code))
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", match.group(1)]

    def run(*options: str) -> str:
        result = subprocess.run(
            [*command, *options], cwd=tmp_path, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stdout + result.stderr
        return result.stdout

    if "json_snapshot" not in code:
        assert re.search(r"\b1 passed\b", run()), code
        return
    assert "1 snapshot generated" in run("--snapshot-update")
    assert "1 snapshot passed" in run()
    (snapshot,) = (tmp_path / "__snapshots__").rglob("*.json")
    assert snapshot.parent.name == match.group(1).removesuffix(".py")
    text = snapshot.read_text()
    assert str(tmp_path) not in text
    assert '"path": "<cwd>/terraform.' in text  # the state path, as the README says


def section(title: str) -> str:
    return README.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


@pytest.mark.slow
def test_the_user_quick_start_works_with_the_built_wheel(wheel: Path, tmp_path: Path) -> None:
    text = section("Using the package in your project")
    assert README.index("## Using the package in your project") < README.index(
        "## Using the constructs"
    )
    blocks = re.findall(r"```(\w*)( [\w.]+)?\n(.*?)```\n", text, flags=re.DOTALL)
    setup, use = [code for lang, file, code in blocks if lang == "sh"]
    files = {file.strip(): code for _, file, code in blocks if file}
    assert list(files) == ["cdktf.json", "main.py", "test_reviews.py"]  # in the README's order
    if CORE == "cdktn":
        # a cdktn project as "cdktf or cdktn" sets it up: its install lines, `from cdktn import`
        (cdktn_setup,) = re.findall(r"```sh\n(.*?)```", section("cdktf or cdktn"), re.DOTALL)
        cdktn_lines = [line.split("#")[0].strip() for line in cdktn_setup.splitlines()]
        setup = "\n".join(line for line in cdktn_lines if "cdktn synth" not in line)
        synth_on_core = next(line for line in cdktn_lines if "cdktn synth" in line)
        files = {name: on_this_core(code) for name, code in files.items()}
    project = tmp_path / "project"
    project.mkdir()
    for name, code in files.items():
        (project / name).write_text(code, encoding="utf-8")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "PYTHON"))},
        "CI": "1",
        "CHECKPOINT_DISABLE": "1",  # no network here; a user's machine may call home
        "CDKTF_HOME": str(tmp_path / "cdktf-home"),
        "TF_CLI_CONFIG_FILE": "",
        "PATH": cli_path(),  # Node 22, which cdktn-cli needs (cdktf-cli runs on it too)
    }

    def sh(line: str, *, status: int = 0) -> str:
        result = subprocess.run(
            line, shell=True, cwd=project, env=env, capture_output=True, text=True, timeout=900
        )
        assert result.returncode == status, f"{line}\n{result.stdout}{result.stderr}"
        return result.stdout + result.stderr

    def from_the_wheel(lines: str, extras: str) -> str:
        """The package from PyPI in the README; here, the wheel built from this repository."""
        published = f"'cdktf-openai[{extras}]'"
        assert published in lines
        return lines.replace(published, shlex.quote(f"{wheel}[{extras}]"))

    for line in from_the_wheel(setup, f"{CORE},testing").splitlines():
        sh(line)
    update, check, synth = (line.split("#")[0].strip() for line in use.splitlines())
    # the test synthesizes the stack itself: no `cdktf synth` before it
    assert "1 snapshot generated" in sh(update)
    assert list(project.rglob("cdk.tf.json")) == []
    assert "1 snapshot passed" in sh(check)
    (snapshot,) = (project / "__snapshots__").rglob("*.json")
    assert '"openai_model_response"' in snapshot.read_text()
    # a change to the app fails the test, with no synth in between, and names the change
    app = project / "main.py"
    app.write_text(app.read_text().replace('model="gpt-4o"', 'model="gpt-4o-mini"'))
    changed = sh(check, status=1)
    assert "1 snapshot failed" in changed and "gpt-4o-mini" in changed
    app.write_text(files["main.py"])
    assert "1 snapshot passed" in sh(check)
    if CORE == "cdktn":
        assert synth == "npx cdktf synth"
        synth = synth_on_core
    assert synth == f"npx {CORE} synth"
    synthesized = sh(synth)
    assert "Generated Terraform code for the stacks: reviews" in synthesized
    assert "end-of-life" not in synthesized
    cores = sh(".venv/bin/pip list").lower()
    assert (f"\n{CORE} ") in cores and ("\ncdktf " in cores) == (CORE == "cdktf")

    # "Offline Terraform": the commands for this project, one process each, then `env`/`unlock`
    offline = section("Offline Terraform")
    run_block, env_block = [
        code for code in re.findall(r"```sh\n(.*?)```", offline, re.DOTALL) if ".venv/bin" in code
    ]
    lines = from_the_wheel(run_block, "offline").replace("npx cdktf ", f"npx {CORE} ")
    install, deploy, init, plan, destroy = lines.splitlines()
    sh(install)
    assert "Apply complete! Resources: 1 added" in sh(deploy)
    assert "successfully initialized" in sh(init)
    assert "No changes." in sh(plan)  # a later run: the double's lock entry is back
    assert "Destroy complete! Resources: 1 destroyed." in sh(destroy)
    stack_dir = project / "cdktf.out" / "stacks" / "reviews"
    assert not (stack_dir / ".terraform.lock.hcl").exists()  # as before: there was none
    assert "1 to add, 0 to change, 0 to destroy" in sh(env_block)  # terraform's colours around
    assert not (stack_dir / ".terraform.lock.hcl").exists()
