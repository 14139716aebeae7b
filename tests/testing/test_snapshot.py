"""The JSON snapshot extension: its file format, and that a changed property fails the test."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.testing import TerraformJSONSnapshotExtension
from tests.conftest import ROOT

QUICKSTART_SNAPSHOT = (
    ROOT
    / "tests"
    / "__snapshots__"
    / "test_snapshots"
    / "test_synthesized_json_matches_its_snapshot[example-quickstart].json"
)


def serialize(data: Any) -> str:
    return str(TerraformJSONSnapshotExtension().serialize(data))


def test_keys_are_sorted_at_every_level_and_lists_keep_their_order() -> None:
    text = serialize({"b": {"z": 1, "a": [3, 1, 2]}, "a": "é"})
    assert text.splitlines() == [
        "{",
        '  "a": "é",',
        '  "b": {',
        '    "a": [',
        "      3,",
        "      1,",
        "      2",
        "    ],",
        '    "z": 1',
        "  }",
        "}",
    ]
    assert text.endswith("}\n")


def test_a_snapshot_file_is_named_after_its_test_and_ends_in_json() -> None:
    assert TerraformJSONSnapshotExtension.file_extension == "json"
    assert QUICKSTART_SNAPSHOT.is_file()


@pytest.mark.parametrize(
    ("data", "complaint"),
    [
        ({"a": {1, 2}}, "$['a']: a set is not a JSON value"),
        ({"a": [float("nan")]}, "$['a'][0]: nan is not a JSON number"),
        ({1: "one"}, "$: key 1 is not a string"),
        ([("tuple",)], "$[0]: a tuple is not a JSON value"),
        ({"stack": object()}, "$['stack']: a object is not a JSON value"),
    ],
)
def test_anything_but_json_is_refused_with_its_path(data: Any, complaint: str) -> None:
    with pytest.raises(TypeError) as raised:
        serialize(data)
    assert str(raised.value) == complaint


def test_the_json_snapshot_fixture_stores_with_this_extension(json_snapshot: Any) -> None:
    assert json_snapshot.extension_class is TerraformJSONSnapshotExtension


# A copy of the quick-start snapshot test, run by pytest in a temporary folder, with the
# committed snapshot copied beside it. CHANGE_MODEL changes one property of the stack.
COPIED_TEST = """
import os

from cdktf_openai.core import App

from cdktf_openai import Assistant
from examples import build_all


def test_quickstart(synth_json, json_snapshot):
    app = App()
    (stack,) = [stack for stack in build_all(app) if stack.node.id == "quickstart"]
    if os.environ.get("CHANGE_MODEL"):
        assistants = [node for node in stack.node.find_all() if isinstance(node, Assistant)]
        first = min(assistants, key=lambda assistant: assistant.node.path)
        first.add_override("model", os.environ["CHANGE_MODEL"])
    assert synth_json(stack) == json_snapshot
"""


def run_pytest(folder: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-vv", "test_copy.py"],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_changed_property_fails_the_snapshot_test(tmp_path: Path) -> None:
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "test_copy.py").write_text(COPIED_TEST)
    snapshot = tmp_path / "__snapshots__" / "test_copy" / "test_quickstart.json"
    snapshot.parent.mkdir(parents=True)
    shutil.copyfile(QUICKSTART_SNAPSHOT, snapshot)

    unchanged = run_pytest(tmp_path)
    assert unchanged.returncode == 0, unchanged.stdout + unchanged.stderr
    assert "1 passed" in unchanged.stdout

    changed = run_pytest(tmp_path, CHANGE_MODEL="gpt-4o-changed")
    assert changed.returncode == 1, changed.stdout + changed.stderr
    assert "1 snapshot failed" in changed.stdout
    # syrupy's diff: the old value as a removed line, the new one as an added line
    committed = json.loads(QUICKSTART_SNAPSHOT.read_text())
    models = {body["model"] for body in committed["resource"]["openai_assistant"].values()}
    removed = re.findall(r'^E\s+-\s+"model": "([^"]+)",$', changed.stdout, re.M)
    added = re.findall(r'^E\s+\+\s+"model": "([^"]+)",$', changed.stdout, re.M)
    assert len(removed) == 1 and removed[0] in models, changed.stdout
    assert added == ["gpt-4o-changed"], changed.stdout
    # the failing run left the committed snapshot as it was
    assert snapshot.read_bytes() == QUICKSTART_SNAPSHOT.read_bytes()
