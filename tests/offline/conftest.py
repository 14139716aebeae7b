"""Shared setup of the offline tests: hand-written stacks, the example stacks, and helpers.

The fixtures ``openai_double_config`` (one install of the double per session) and
``openai_double_workspace`` (an initialized Terraform workspace for a stack) come from the
package's pytest plugin, ``cdktf_openai.offline.pytest_plugin``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.core import App
from cdktf_openai.offline import TerraformWorkspace, resources_in_state
from cdktf_openai.offline.fake_api import live_objects
from examples import build_all

#: The smallest valid configuration header: the provider, pinned, with an empty block.
PROVIDER = {
    "terraform": {
        "required_providers": {"openai": {"source": "mkdev-me/openai", "version": "1.2.0"}}
    },
    "provider": {"openai": [{}]},
}


def stack_json(resources: dict[str, dict[str, dict[str, Any]]], **extra: Any) -> dict[str, Any]:
    """Return a hand-written stack: the provider header plus ``resources``."""
    return {**PROVIDER, "resource": resources, **extra}


def rewrite(workspace: TerraformWorkspace, stack: dict[str, Any]) -> None:
    """Replace the workspace's configuration (one attribute per line, as cdktf writes it)."""
    (workspace.directory / "cdk.tf.json").write_text(json.dumps(stack, indent=2))


def resources(workspace: TerraformWorkspace) -> dict[str, dict[str, Any]]:
    """Return ``{address: values}`` of the workspace's state."""
    return resources_in_state(workspace.state())


def api_objects(workspace: TerraformWorkspace, kind: str) -> dict[str, dict[str, Any]]:
    """Return the fake API's live objects of one kind (``run``, ``thread``, ...), by key."""
    store = workspace.objects()
    found = {}
    for stored_kind, key in live_objects(store):
        if stored_kind == kind:
            value = store.get(kind, key)
            assert value is not None
            found[key] = value
    return found


@dataclass(frozen=True)
class Diagnostic:
    """One diagnostic of ``terraform validate -json``.

    Attributes:
        summary: Its summary.
        detail: Its detail.
        address: The resource it is about (``openai_run.subject``), or ``""``.
        context: Where in the configuration (``resource.openai_run.subject.tools[0]``).
        code: The (first) configuration line it points at.
    """

    summary: str
    detail: str
    address: str
    context: str
    code: str


def validate_json(workspace: TerraformWorkspace) -> list[Diagnostic]:
    """Run ``terraform validate -json`` and return its diagnostics."""
    result = workspace.run("validate", "-json", "-no-color")
    report = json.loads(result.stdout)
    return [
        Diagnostic(
            entry["summary"],
            entry.get("detail", ""),
            entry.get("address") or "",
            entry.get("snippet", {}).get("context") or "",
            ((entry.get("snippet", {}).get("code") or "").strip().splitlines() or [""])[0],
        )
        for entry in report["diagnostics"]
    ]


def outputs_only_plan(stdout: str) -> bool:
    """Whether a plan's output changes outputs and no resource."""
    return "Changes to Outputs:" in stdout and "Plan:" not in stdout and "No changes." not in stdout


@pytest.fixture(scope="session")
def example_stacks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every example stack's folder (JSON and assets), by stack name (``examples.build_all``)."""
    outdir = tmp_path_factory.mktemp("examples-out")
    app = App(outdir=str(outdir))
    names = [stack.node.id for stack in build_all(app)]
    app.synth()
    return {name: outdir / "stacks" / name for name in names}
