"""Shared setup of the offline tests: hand-written stacks, the example stacks, and helpers.

The fixtures ``openai_double_config`` (one install of the double per session) and
``openai_double_workspace`` (an initialized Terraform workspace for a stack) come from the
package's pytest plugin, ``cdktf_openai.offline.pytest_plugin``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cdktf_openai.offline import TerraformWorkspace, resources_in_state
from cdktf_openai.offline.fake_api import live_objects
from cdktf_openai.offline.install import PROVIDER_ADDRESS, terraform_platform
from tests.conftest import CORE_CLI, ROOT, cli_path

#: The smallest valid configuration header: the provider, pinned, with an empty block.
PROVIDER = {
    "terraform": {
        "required_providers": {"openai": {"source": "mkdev-me/openai", "version": "1.2.0"}}
    },
    "provider": {"openai": [{}]},
}


def offline_cli(
    project: Path, home: Path, *args: str, cli: Path = CORE_CLI, python: str = sys.executable
) -> str:
    """``cdktf-openai-offline run -- cdktf ARGS`` in a copy of the project, as a user runs it:
    with their own HOME and a global TF_PLUGIN_CACHE_DIR (what the cdktf CLI would set).

    Args:
        project: The project folder (its ``cdktf.json`` names the app).
        home: The user's HOME.
        args: The CLI's command and arguments (``--skip-provider-lock`` and ``--output`` added).
        cli: The CLI: by default the core in use's (cdktf or cdktn).
        python: The Python that runs the double: by default this one.

    Returns:
        The CLI's output (it must succeed).
    """
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TF_", "CDKTF_")) and key != "HOME"
    }
    environment.update(
        HOME=str(home),
        TF_PLUGIN_CACHE_DIR=str(home / ".terraform.d" / "plugin-cache"),
        CDKTF_HOME=str(project / "cdktf-home"),
        JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20",
        PYTHONPATH=str(ROOT),
        FORCE_COLOR="0",
        CI="1",
        PATH=cli_path(),
    )
    command = [python, "-m", "cdktf_openai.offline.cli", "run", "--"]
    run = [str(cli), *args, "--skip-provider-lock", "--output", str(project / "cdktf.out")]
    result = subprocess.run(
        [*command, *run],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=400,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return output


#: A stand-in for the registry's package in a real ``terraform init``: another package, another
#: hash than the double's.
REGISTRY_PACKAGE = "#!/bin/sh\necho 'the real mkdev-me/openai 1.2.0'\n"


@dataclass(frozen=True)
class FakeRegistry:
    """A filesystem mirror that stands in for the registry in a real ``terraform init``.

    Attributes:
        config: The CLI configuration that takes ``mkdev-me/openai`` from it.
        package: The folder of its provider package.
    """

    config: Path
    package: Path

    def environment(self, home: Path) -> dict[str, str]:
        """The environment of a user's real Terraform run (no double): this mirror, ``home``."""
        environment = {k: v for k, v in os.environ.items() if not k.startswith("TF_")}
        environment.update(
            HOME=str(home),
            TF_CLI_CONFIG_FILE=str(self.config),
            TF_PLUGIN_CACHE_DIR=str(home / ".terraform.d" / "plugin-cache"),
            CHECKPOINT_DISABLE="1",
        )
        return environment


def fake_registry(folder: Path) -> FakeRegistry:
    """Write a :class:`FakeRegistry` into ``folder``."""
    package = folder.joinpath(*PROVIDER_ADDRESS.split("/"), "1.2.0", terraform_platform())
    package.mkdir(parents=True)
    executable = package / "terraform-provider-openai_v1.2.0"
    executable.write_text(REGISTRY_PACKAGE)
    executable.chmod(0o755)
    config = folder / "real.rc"
    config.write_text(
        f'provider_installation {{\n  filesystem_mirror {{\n    path = "{folder}"\n  }}\n}}\n'
    )
    return FakeRegistry(config, package)


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


#: The committed snapshot of every example stack (``tests/test_snapshots.py``), by stack name.
EXAMPLE_SNAPSHOTS = {
    match.group(1): path
    for path in sorted((ROOT / "tests" / "__snapshots__" / "test_snapshots").glob("*.json"))
    if (match := re.search(r"\[example-(\w+)\]\.json$", path.name))
}
#: Where the files of the examples' ``File`` constructs are (their snapshots name them).
EXAMPLE_ASSETS = ROOT / "examples"


def example_workspace(name: str, config: Path, directory: Path) -> TerraformWorkspace:
    """An initialized workspace of an example stack, from its committed snapshot.

    ``tests/test_snapshots.py`` proves, under each core, that the stack synthesizes to exactly
    that snapshot (paths aside): deploying the snapshot once stands for deploying each core's
    synthesis, and a test that does it is ``core_independent``.

    Args:
        name: The stack's name (``quickstart``, ...).
        config: The double's CLI configuration (the ``openai_double_config`` fixture).
        directory: The workspace's folder (created).
    """
    return TerraformWorkspace.create(
        directory,
        EXAMPLE_SNAPSHOTS[name].read_text(encoding="utf-8"),
        config,
        asset_roots=[EXAMPLE_ASSETS],
    )
