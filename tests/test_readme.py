"""The README and the guides are true: the quick start is two commands, every example runs.

The documents are ``README.md`` and every guide of ``docs/``. A Python block that starts with
``# test_<name>.py`` is a user's pytest file: it is run by pytest, in a subprocess in a
temporary folder (one that uses ``json_snapshot`` writes its snapshot, then checks it). A block
whose fence names a file (```` ```python main.py ````) is a file of the user's project in
"Using the package in your project": that section is run as a user would, with the wheel built
from this repository. Every other Python block is executed as it is.
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

#: The documents whose examples run: the README, then the guides (docs/*.md).
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
README = (ROOT / "README.md").read_text()
FENCE = re.compile(r"```(\w*)( [\w.]+)?\n(.*?)```\n", flags=re.DOTALL)


def fenced_blocks(text: str) -> list[tuple[str, str, str]]:
    """(language, file name or "", code) of each fenced block of a Markdown text."""
    return FENCE.findall(text)


BLOCKS = fenced_blocks(README)
PYTHON_BLOCKS = [code for lang, file, code in BLOCKS if lang == "python" and not file]
PYTEST_FILE = re.compile(r"# (test_\w+\.py)\b")
#: (document, code) of every Python block of every document, except the user's project files
ALL_PYTHON = [
    (document.name, code)
    for document in DOCUMENTS
    for lang, file, code in fenced_blocks(document.read_text())
    if lang == "python" and not file
]
PYTEST_BLOCKS = [(name, code) for name, code in ALL_PYTHON if PYTEST_FILE.match(code)]
SCRIPT_BLOCKS = [(name, code) for name, code in ALL_PYTHON if not PYTEST_FILE.match(code)]


def block_ids(blocks: list[tuple[str, str]], kind: str) -> list[str]:
    """``<document>-<kind><n>``, numbered within each document."""
    seen: dict[str, int] = {}
    ids = []
    for name, _ in blocks:
        seen[name] = seen.get(name, -1) + 1
        ids.append(f"{name.removesuffix('.md')}-{kind}{seen[name]}")
    return ids


def guide(name: str) -> str:
    """The text of ``docs/<name>``."""
    return (ROOT / "docs" / name).read_text()


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


@pytest.mark.parametrize(("document", "code"), SCRIPT_BLOCKS, ids=block_ids(SCRIPT_BLOCKS, "block"))
def test_python_example_runs(
    document: str,
    code: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)  # app.synth() writes cdktf.out here
    exec(compile(on_this_core(code), document, "exec"), {"__name__": "__readme__"})
    printed = capsys.readouterr().out
    # where a block prints, the comment under the print shows what it prints
    comment = re.search(r"print\(\w+\)\n((?:\s*# .*\n?)+)", code)
    if comment:
        expected = " ".join(line.strip()[2:] for line in comment.group(1).splitlines())
        assert " ".join(printed.split()) == " ".join(expected.split())


def test_the_snapshot_guide_has_a_pytest_file_of_under_ten_lines() -> None:
    (block,) = [code for name, code in PYTEST_BLOCKS if name == "snapshot-testing.md"]
    assert len([line for line in block.splitlines() if line.strip()]) < 10


def test_the_readme_is_a_front_door_of_under_300_lines_linking_every_guide() -> None:
    assert len(README.splitlines()) <= 300
    for document in DOCUMENTS[1:]:
        if document.name != "architecture.md":  # written on another branch; linked once merged
            assert f"](docs/{document.name})" in README, document.name


@pytest.mark.parametrize(
    ("document", "code"), PYTEST_BLOCKS, ids=block_ids(PYTEST_BLOCKS, "pytest")
)
def test_pytest_example_passes(document: str, code: str, tmp_path: Path) -> None:
    match = PYTEST_FILE.match(code)
    assert match
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / match.group(1)).write_text(on_this_core(code))
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", match.group(1)]

    # not a worker of this run's pytest-xdist (syrupy would leave out its report)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_XDIST")}

    def run(*options: str) -> str:
        result = subprocess.run(
            [*command, *options], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
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
@pytest.mark.xdist_group("wheel")  # one worker builds the wheel once (conftest.py)
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
        (cdktn_setup,) = re.findall(r"```sh\n(.*?)```", guide("cdktf-or-cdktn.md"), re.DOTALL)
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

    # docs/offline.md: the commands for this project, one process each, then `env`/`unlock`
    offline = guide("offline.md")
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
