"""Synthesizing stacks the way ``cdktf synth`` does, into parsed, normalized JSON.

:func:`synth_stack` and :func:`synth_app` run cdktf's own stack synthesizer (aspects,
validations, the default local backend, cross-stack references: what ``app.synth()`` writes to
``cdk.tf.json``) into a temporary folder, read the result, delete the folder, and return the
document after :func:`~cdktf_openai.testing.normalization.normalize`: the same on every machine.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, overload

from cdktf_openai.core import App, TerraformStack, Testing
from cdktf_openai.testing.normalization import machine_paths, normalize

__all__ = ["Synth", "synth", "synth_app", "synth_stack"]


def synth_stack(stack: TerraformStack) -> dict[str, Any]:
    """Synthesize one stack; return its ``cdk.tf.json``, parsed and normalized.

    Args:
        stack: The stack. Its app's other stacks are prepared too (cross-stack references
            need it) but not synthesized.

    Returns:
        The stack's Terraform JSON with machine-dependent values replaced (see
        :func:`~cdktf_openai.testing.normalization.normalize`).

    Raises:
        RuntimeError: From cdktf (through jsii) when a validation or an error annotation fails,
            as ``cdktf synth`` would.
    """
    return _synthesize([stack], prepare=_stacks_of(stack.node.root))[stack.node.id]


def synth_app(app: App) -> dict[str, dict[str, Any]]:
    """Synthesize every stack of an app.

    Args:
        app: The app; nothing is written to its ``outdir``.

    Returns:
        Stack name to its Terraform JSON, parsed and normalized, in the app's stack order.
    """
    stacks = _stacks_of(app)
    return _synthesize(stacks, prepare=stacks)


@overload
def synth(scope: TerraformStack) -> dict[str, Any]: ...
@overload
def synth(scope: App) -> dict[str, dict[str, Any]]: ...
def synth(scope: TerraformStack | App) -> dict[str, Any]:
    """:func:`synth_stack` for a stack, :func:`synth_app` for an app.

    Args:
        scope: A stack, or an app.

    Returns:
        The stack's document, or stack name to document.

    Raises:
        TypeError: ``scope`` is neither a ``TerraformStack`` nor an ``App``.
    """
    if isinstance(scope, TerraformStack):
        return synth_stack(scope)
    if isinstance(scope, App):
        return synth_app(scope)
    raise TypeError(f"synth takes a TerraformStack or an App, got {type(scope).__name__}")


class Synth(Protocol):
    """The type of :func:`synth` (and of the ``synth_json`` fixture)."""

    @overload
    def __call__(self, scope: TerraformStack) -> dict[str, Any]: ...
    @overload
    def __call__(self, scope: App) -> dict[str, dict[str, Any]]: ...


def _stacks_of(root: Any) -> list[TerraformStack]:
    """Every stack under ``root``, in construct-tree order."""
    return [node for node in root.node.find_all() if TerraformStack.is_stack(node)]


def _synthesize(
    stacks: Sequence[TerraformStack], *, prepare: Sequence[TerraformStack]
) -> dict[str, dict[str, Any]]:
    # as App.synth: every stack is prepared (backend, cross-stack outputs) before any is written
    for stack in prepare:
        stack.prepare_stack()
    documents: dict[str, dict[str, Any]] = {}
    for stack in stacks:
        outdir = Path(Testing.full_synth(stack))
        try:
            manifest = json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))
            (entry,) = manifest["stacks"].values()
            raw = json.loads((outdir / entry["synthesizedStackPath"]).read_text(encoding="utf-8"))
        finally:
            shutil.rmtree(outdir, ignore_errors=True)
        documents[entry["name"]] = normalize(raw, paths=_volatile_folders(raw, outdir))
    return documents


def _volatile_folders(document: dict[str, Any], outdir: Path) -> dict[str, str]:
    """The machine's folders, the synthesis folder, and node's working directory.

    cdktf resolves the default state path (``terraform.<stack>.tfstate``) against the working
    directory of its node process: where Python was when jsii started node, which is not
    necessarily ``os.getcwd()`` now (a test may have changed directory since).
    """
    folders = {**machine_paths(), str(outdir): "<outdir>"}
    name = document.get("//", {}).get("metadata", {}).get("stackName")
    local = document.get("terraform", {}).get("backend", {}).get("local")
    state = local.get("path") if isinstance(local, dict) else None
    if isinstance(state, str) and os.path.basename(state) == f"terraform.{name}.tfstate":
        folders.setdefault(os.path.dirname(state), "<cwd>")
    return folders
