"""The README is true: its quick start is the two commands, and its Python examples run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()
BLOCKS = re.findall(r"```(\w*)\n(.*?)```\n", README, flags=re.DOTALL)
PYTHON_BLOCKS = [code for lang, code in BLOCKS if lang == "python"]


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
    "code", PYTHON_BLOCKS, ids=[f"block{i}" for i in range(len(PYTHON_BLOCKS))]
)
def test_python_example_runs(
    code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # app.synth() writes cdktf.out here
    exec(compile(code, "README.md", "exec"), {"__name__": "__readme__"})
    printed = capsys.readouterr().out
    # where a block prints, the comment under the print shows what it prints
    comment = re.search(r"print\(\w+\)\n((?:\s*# .*\n?)+)", code)
    if comment:
        expected = " ".join(line.strip()[2:] for line in comment.group(1).splitlines())
        assert " ".join(printed.split()) == " ".join(expected.split())
