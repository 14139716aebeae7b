"""pytest fixtures for testing stacks against the provider double (installed as a plugin).

Installing ``cdktf-openai[offline]`` registers this module with pytest (entry point
``pytest11``). It adds:

- ``openai_double_config``: the double's CLI configuration file, installed once per session;
- ``openai_double_workspace``: a factory ``(stack_json, name="stack") -> TerraformWorkspace``
  that writes a synthesized stack into the test's temporary folder and runs ``terraform init``.

With the ini option ``openai_offline_terraform = true`` (or ``--openai-offline-terraform``), the
session also sets ``TF_CLI_CONFIG_FILE`` before any ``conftest.py`` or test module is imported,
so that Terraform runs started by cdktf's jsii kernel (``Testing.to_be_valid_terraform``) use the
double too: the kernel copies the environment when it starts, at the first ``import cdktf``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.offline.install import CONFIG_VARIABLE, install_provider_double
from cdktf_openai.offline.workspace import TerraformWorkspace

_OPTION = "openai_offline_terraform"
_STATE: dict[str, Any] = {}

#: What the ``openai_double_workspace`` fixture returns.
WorkspaceFactory = Callable[..., TerraformWorkspace]


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--openai-offline-terraform`` and the ini option of the same name."""
    parser.addini(
        _OPTION,
        type="bool",
        default=False,
        help="cdktf-openai: point TF_CLI_CONFIG_FILE at the provider double for the session",
    )
    parser.addoption(
        "--openai-offline-terraform",
        action="store_true",
        default=False,
        help="cdktf-openai: point TF_CLI_CONFIG_FILE at the provider double for the session",
    )


@pytest.hookimpl(tryfirst=True)
def pytest_load_initial_conftests(
    early_config: pytest.Config, parser: pytest.Parser, args: list[str]
) -> None:
    """Install the double and set ``TF_CLI_CONFIG_FILE`` when the option is on.

    This runs before any ``conftest.py`` is imported, so before anything can import cdktf.
    """
    config = early_config
    if not (config.getini(_OPTION) or "--openai-offline-terraform" in args):
        return
    folder = Path(tempfile.mkdtemp(prefix="cdktf-openai-double-"))
    _STATE.update(folder=folder, previous=os.environ.get(CONFIG_VARIABLE))
    _STATE["config"] = install_provider_double(folder)
    os.environ[CONFIG_VARIABLE] = str(_STATE["config"])


def pytest_unconfigure(config: pytest.Config) -> None:
    """Restore ``TF_CLI_CONFIG_FILE`` and remove the session's double."""
    folder = _STATE.pop("folder", None)
    if folder is None:
        return
    previous = _STATE.pop("previous", None)
    _STATE.pop("config", None)
    if previous is None:
        os.environ.pop(CONFIG_VARIABLE, None)
    else:
        os.environ[CONFIG_VARIABLE] = previous
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def openai_double_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The provider double's CLI configuration file, installed once per session."""
    config: Path | None = _STATE.get("config")
    if config is not None:
        return config
    return install_provider_double(tmp_path_factory.mktemp("openai-double"))


@pytest.fixture
def openai_double_workspace(
    openai_double_config: Path, tmp_path: Path
) -> Iterator[WorkspaceFactory]:
    """A factory of initialized Terraform workspaces for synthesized stacks.

    Call it with a stack's Terraform JSON (``cdktf.Testing.synth(stack)``, or a dict) -- or the
    stack's folder written by ``app.synth()``, which brings its assets -- and an optional
    folder name; it returns a :class:`~cdktf_openai.offline.TerraformWorkspace` on
    which ``terraform init`` has run.
    """

    def create(stack: str | Mapping[str, Any] | Path, name: str = "stack") -> TerraformWorkspace:
        return TerraformWorkspace.create(tmp_path / name, stack, openai_double_config)

    yield create
