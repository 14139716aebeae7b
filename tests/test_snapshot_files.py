"""The committed snapshots: machine-independent, canonical, and one per case.

A snapshot made on one machine must pass on every other: no absolute path of the machine that
wrote it (the repository, the home folder, the temp folder, a user folder) may be in it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest

from cdktf_openai.core import App
from cdktf_openai.core import Testing as CdktfTesting
from cdktf_openai.testing import TerraformJSONSnapshotExtension
from examples import build_all
from tests import test_snapshots
from tests.conftest import ROOT

SNAPSHOTS = sorted((ROOT / "tests").glob("**/__snapshots__/**/*.json"))
IDS = [str(path.relative_to(ROOT)) for path in SNAPSHOTS]

#: Absolute paths of this machine, and the shapes of absolute paths on any machine.
MACHINE_FOLDERS = sorted(
    {str(ROOT), str(ROOT.resolve()), str(Path.home()), tempfile.gettempdir(), os.getcwd()}
)
ANY_ABSOLUTE_PATH = re.compile(
    r"(?<![\w.$}-])(/(tmp|var|home|root|work|Users|private|opt|usr|etc)\b|[A-Za-z]:\\)"
)


def absolute_paths_in(text: str) -> list[str]:
    """This machine's folders found in ``text``, then anything shaped like an absolute path."""
    found = [folder for folder in MACHINE_FOLDERS if folder in text]
    return found + [match.group(0) for match in ANY_ABSOLUTE_PATH.finditer(text)]


def test_the_scan_finds_the_paths_in_a_document_that_was_not_normalized() -> None:
    (stack,) = build_all(App())[:1]
    stack.prepare_stack()  # as App.synth: adds the default local backend
    outdir = Path(CdktfTesting.full_synth(stack))
    raw = (outdir / "stacks" / stack.node.id / "cdk.tf.json").read_text(encoding="utf-8")
    shutil.rmtree(outdir)
    assert absolute_paths_in(raw)  # the local backend's state path, at least


def test_there_are_snapshots() -> None:
    assert any("test_snapshots" in path.parts for path in SNAPSHOTS), IDS


@pytest.mark.parametrize("path", SNAPSHOTS, ids=IDS)
def test_a_snapshot_has_no_absolute_path_of_any_machine(path: Path) -> None:
    assert absolute_paths_in(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", SNAPSHOTS, ids=IDS)
def test_a_snapshot_is_sorted_indented_json(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert TerraformJSONSnapshotExtension().serialize(json.loads(text)) == text


def test_each_case_has_exactly_one_snapshot() -> None:
    folder = ROOT / "tests" / "__snapshots__" / "test_snapshots"
    test = "test_synthesized_json_matches_its_snapshot"
    expected = sorted(f"{test}[{case}].json" for case in test_snapshots.CASES)
    assert sorted(path.name for path in folder.iterdir()) == expected
