"""The generated layer is namespaced, marked as generated, and reproducible from the schema."""

from __future__ import annotations

import filecmp
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

GENERATED = ROOT / "cdktf_openai" / "generated"
SUBMODULES = {
    "assistant",
    "file",
    "message",
    "model_response",
    "provider",
    "run",
    "thread",
    "thread_run",
    "vector_store",
    "vector_store_file",
}


def test_one_submodule_per_resource_and_the_provider() -> None:
    found = {p.parent.name for p in GENERATED.glob("*/__init__.py")} - {"_jsii"}
    assert found == SUBMODULES


def test_every_generated_python_file_says_it_is_generated_and_how() -> None:
    files = sorted(GENERATED.rglob("*.py"))
    assert len(files) == len(SUBMODULES) + 2  # plus the package root and _jsii
    for path in files:
        head = path.read_text().splitlines()[:3]
        assert head[0] == "# GENERATED FILE -- DO NOT EDIT BY HAND.", path
        assert "make bindings" in head[1] and "@cdktf/provider-generator 0.21.0" in head[1], path
        assert "cdktf_openai/schema/mkdev-openai-1.2.0.schema.json" in head[2], path


def test_import_openai_does_not_find_a_module_of_ours() -> None:
    # run in a fresh interpreter of the project's environment, from the project root, where a
    # stray openai/ folder or module would shadow OpenAI's SDK
    probe = "import importlib.util as u; s = u.find_spec('openai'); print(s and s.origin)"
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    origin = result.stdout.strip()
    assert origin == "None" or not origin.startswith(str(ROOT)), origin
    assert importlib.util.find_spec("cdktf_openai.generated.run") is not None
    assert not (ROOT / "openai").exists() and not (ROOT / "openai.py").exists()


@pytest.mark.slow
def test_make_bindings_reproduces_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    node_bin = ROOT / "node_modules" / ".bin"
    assert node_bin.is_dir(), "node_modules missing: run through `make test`, which installs it"
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    result = subprocess.run(
        ["node", "scripts/generate-bindings.js", "--out", str(tmp_path)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert "end-of-life" not in result.stdout + result.stderr

    fresh = tmp_path / "cdktf_openai" / "generated"
    committed_files = sorted(p.relative_to(GENERATED) for p in GENERATED.rglob("*") if p.is_file())
    fresh_files = sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file())
    committed_files = [p for p in committed_files if "__pycache__" not in p.parts]
    assert fresh_files == committed_files
    _, mismatch, errors = filecmp.cmpfiles(GENERATED, fresh, committed_files, shallow=False)
    assert (mismatch, errors) == ([], [])
