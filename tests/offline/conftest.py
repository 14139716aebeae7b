"""Shared setup of the offline tests: the example stacks, synthesized once per session.

The fixtures ``openai_double_config`` (one install of the double per session) and
``openai_double_workspace`` (an initialized Terraform workspace for a stack) come from the
package's pytest plugin, ``cdktf_openai.offline.pytest_plugin``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cdktf import App

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


@pytest.fixture(scope="session")
def example_stacks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every example stack's folder (JSON and assets), by stack name (``examples.build_all``)."""
    outdir = tmp_path_factory.mktemp("examples-out")
    app = App(outdir=str(outdir))
    names = [stack.node.id for stack in build_all(app)]
    app.synth()
    return {name: outdir / "stacks" / name for name in names}
