"""The ``core_independent`` mark is refused on tests that may depend on the core (conftest.py).

`make pytest` runs the tests marked ``core_independent`` under cdktf only; these tests pin the
check that keeps the mark honest, and the environment a marked test runs in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest

from tests.conftest import (
    CORE_FIXTURES,
    NO_CORE,
    ROOT,
    XDIST_VARIABLES,
    core_dependent_imports,
    core_independence_problems,
)


@pytest.mark.parametrize(
    "source",
    [
        "import json\nimport pytest\nfrom pathlib import Path",
        "import msgpack\nfrom tf.gen import tfplugin_pb2",
        "from cdktf_openai.offline import TerraformWorkspace",
        "import cdktf_openai.offline.cli",
        "from cdktf_openai.offline.pytest_plugin import WorkspaceFactory",
        "from cdktf_openai.schema import provider_schema",
        "from cdktf_openai import offline, schema",
        "from tests.conftest import ROOT, cli_path",
        "from tests.offline.conftest import api_objects, resources, rewrite, stack_json",
        "from tests.generated.cores import CORES, node_env",
    ],
)
def test_imports_that_cannot_reach_the_core_are_allowed(source: str) -> None:
    assert core_dependent_imports(source) == []


@pytest.mark.parametrize(
    ("source", "refused"),
    [
        ("import cdktf", ["cdktf"]),
        ("from cdktn import App", ["cdktn"]),
        ("from constructs import Construct", ["constructs"]),
        ("import jsii", ["jsii"]),
        ("from examples import build_all", ["examples"]),
        ("from cdktf_openai.core import App", ["cdktf_openai.core"]),
        ("from cdktf_openai.testing import synth_snapshot", ["cdktf_openai.testing"]),
        ("from cdktf_openai import Assistant", ["cdktf_openai.Assistant"]),
        ("from cdktf_openai import offline, Run", ["cdktf_openai.Run"]),
        ("import cdktf_openai", ["cdktf_openai"]),
        ("from tests.conftest import ROOT, CORE_CLI", ["tests.conftest.CORE_CLI"]),
        ("from tests.conftest import *", ["tests.conftest.*"]),
        ("from tests.offline.conftest import offline_cli", ["tests.offline.conftest.offline_cli"]),
        ("from tests.test_run import review", ["tests.test_run"]),
        # an import inside a function counts as much as one at the top
        ("def build():\n    from cdktf_openai.core import App\n", ["cdktf_openai.core"]),
    ],
)
def test_imports_that_may_reach_the_core_are_refused(source: str, refused: list[str]) -> None:
    assert core_dependent_imports(source) == refused


def fake_item(path: Path, *fixtures: str) -> pytest.Item:
    return cast(pytest.Item, SimpleNamespace(path=path, fixturenames=list(fixtures)))


def test_a_fixture_that_builds_with_the_core_is_refused(tmp_path: Path) -> None:
    module = tmp_path / "test_module.py"
    module.write_text("from tests.offline.conftest import stack_json\n")
    assert (
        core_independence_problems(fake_item(module, "tmp_path", "openai_double_workspace")) == []
    )
    for fixture in sorted(CORE_FIXTURES):
        problems = core_independence_problems(fake_item(module, "tmp_path", fixture))
        assert problems == [f"uses the fixture {fixture}"]


@pytest.mark.parametrize(
    "module",
    [
        # the core's CLI
        "tests/offline/test_outputs_deploy.py",
        "tests/offline/test_cdktf_deploy.py",
        # constructs
        "tests/offline/test_workspace.py",
        "tests/test_run.py",
    ],
)
def test_modules_that_use_the_core_could_not_be_marked(module: str) -> None:
    assert core_dependent_imports((ROOT / module).read_text())


def test_without_a_core_the_package_refuses_to_load_its_core() -> None:
    # what a core_independent test's subprocesses see (CDKTF_OPENAI_CORE=NO_CORE)
    env = dict(os.environ, CDKTF_OPENAI_CORE=NO_CORE)
    probe = [sys.executable, "-c", "import cdktf_openai.core"]
    done = subprocess.run(probe, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "CDKTF_OPENAI_CORE must be cdktn or cdktf" in done.stderr
    # the double's own modules load without one
    probe = [sys.executable, "-c", "import cdktf_openai.offline.cli, cdktf_openai.schema"]
    done = subprocess.run(probe, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.mark.core_independent
def test_a_core_independent_test_runs_with_no_core_and_no_xdist_variables() -> None:
    assert os.environ["CDKTF_OPENAI_CORE"] == NO_CORE
    assert not set(XDIST_VARIABLES) & set(os.environ)


def test_every_test_runs_without_xdist_variables() -> None:
    assert not set(XDIST_VARIABLES) & set(os.environ)
    assert os.environ.get("CDKTF_OPENAI_CORE") != NO_CORE
