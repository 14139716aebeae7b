"""The two generated layers, one per core, for the tests of tests/generated.

``make bindings`` makes the L1 layer twice from the same schema: ``cdktf_openai.generated``
with cdktf's generator (its classes extend ``cdktf``) and ``cdktf_openai.generated_cdktn`` with
CDK Terrain's (they extend ``cdktn``). A layer's classes can only be imported where its core is
installed. :meth:`Core.lib` skips a test whose core is not installed, except in the project's
environment for that core (``.venv`` for cdktf, ``.venv-cdktn`` for cdktn), where a missing core
fails the test: under ``make test`` each layer is exercised in its own environment and never
skipped there. (In an environment with both cores, it also skips the layer of the core the
package does not run on, see :meth:`Core.lib`.)
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

# Node 22 and the cdktn CLI (npm tree tools/cdktn), first on PATH as in the Makefile.
CDKTN_BIN = ROOT / "tools" / "cdktn" / "node_modules" / ".bin"


@dataclass(frozen=True)
class Core:
    """One core and its generated layer."""

    name: str  # the core's Python module and npm package: "cdktf" or "cdktn"
    package: str  # the generated layer's Python package
    generator: str  # the generator that makes it ("package version"), as its files say
    assembly: str  # the layer's jsii assembly name
    venv: Path  # the project's environment that has this core

    @property
    def directory(self) -> Path:
        """The layer's folder in the repository."""
        return ROOT.joinpath(*self.package.split("."))

    def installed(self) -> bool:
        """Whether this interpreter can import the core."""
        return importlib.util.find_spec(self.name) is not None

    def require(self) -> None:
        """Skips the test where the core is not installed (fails in the core's own venv)."""
        if not self.installed():
            if Path(sys.prefix).resolve() == self.venv.resolve():
                pytest.fail(f"{self.name} is not installed in {self.venv}, its environment")
            pytest.skip(
                f"{self.name} is not installed in {sys.prefix}: {self.package} is tested "
                f"where it is ({self.venv.relative_to(ROOT)} under `make test`)"
            )

    def lib(self) -> Any:
        """The core's Python module, imported into this process; skips as :meth:`require`.

        Where both cores are installed and the package runs on the other one
        (``cdktf_openai.core.CORE``), this process must not import this one: the package's
        constructs refuse to be created once both cores are imported, which would fail the tests
        that come after. The layer is then tested in a run on its own core.
        """
        self.require()
        chosen = getattr(sys.modules.get("cdktf_openai.core"), "CORE", self.name)
        if chosen != self.name and self.name not in sys.modules:
            pytest.skip(
                f"this run uses {chosen} (cdktf_openai.core.CORE): importing {self.name} too "
                f"would stop the package's constructs; {self.package} is tested in a run on "
                f"{self.name} ({self.venv.relative_to(ROOT)} under `make test`)"
            )
        return importlib.import_module(self.name)

    def module(self, short: str) -> Any:
        """A submodule of the layer (``assistant``, ``model_response``, ...)."""
        self.lib()
        return importlib.import_module(f"{self.package}.{short}")


CDKTF = Core(
    "cdktf",
    "cdktf_openai.generated",
    "@cdktf/provider-generator 0.21.0",
    "mkdev-me_openai",
    ROOT / ".venv",
)
CDKTN = Core(
    "cdktn",
    "cdktf_openai.generated_cdktn",
    "@cdktn/provider-generator 0.24.0",
    "mkdev-me_openai_cdktn",
    ROOT / ".venv-cdktn",
)
CORES = (CDKTF, CDKTN)


def node_env() -> dict[str, str]:
    """This process's environment with the Makefile's PATH: Node 22 from tools/cdktn first."""
    assert CDKTN_BIN.is_dir(), "tools/cdktn/node_modules missing: run through `make test`"
    return {
        **os.environ,
        "PATH": f"{CDKTN_BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    }
