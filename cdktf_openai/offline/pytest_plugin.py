"""pytest fixtures for testing stacks against the provider double (installed as a plugin).

Installing ``cdktf-openai[offline]`` registers this module with pytest (entry point
``pytest11``). It adds:

- ``openai_double_config``: the double's CLI configuration file, installed once per session;
- ``openai_double_workspace``: a factory ``(stack, name="stack") -> TerraformWorkspace``
  that writes a stack (``Testing.synth(stack)``, the stack itself, or its synthesized folder),
  with the files of its ``File`` constructs, into the test's temporary folder and runs
  ``terraform init``.

With the ini option ``openai_offline_terraform = true`` (or ``--openai-offline-terraform``), the
session also sets ``TF_CLI_CONFIG_FILE`` (and the double's private plugin cache and data
directory, :func:`~cdktf_openai.offline.install.terraform_environment`) before any
``conftest.py`` or test module is imported, so that Terraform runs started by cdktf's jsii kernel
(``Testing.to_be_valid_terraform``) use the double too: the kernel copies the environment when
it starts, at the first ``import cdktf``.

The double answers requests OpenAI's API would reject with OpenAI's HTTP 400
(:mod:`~cdktf_openai.offline.openai_contract`). ``--openai-offline-no-contract`` (or the ini
option ``openai_offline_contract = false``) turns that off for the session (it sets
``CDKTF_OPENAI_OFFLINE_CONTRACT=off``), for stacks meant for an Assistants-compatible server that
accepts more; a single test can set that variable with ``monkeypatch.setenv``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.offline.install import (
    VARIABLES,
    install_provider_double,
    terraform_environment,
)
from cdktf_openai.offline.openai_contract import SWITCH
from cdktf_openai.offline.workspace import TerraformWorkspace

_OPTION = "openai_offline_terraform"
_CONTRACT_OPTION = "openai_offline_contract"
_STATE: dict[str, Any] = {}

#: What the ``openai_double_workspace`` fixture returns.
WorkspaceFactory = Callable[..., TerraformWorkspace]


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--openai-offline-terraform``, ``--openai-offline-no-contract`` and ini options."""
    parser.addini(
        _CONTRACT_OPTION,
        type="bool",
        default=True,
        help="cdktf-openai: the double rejects requests OpenAI's API would reject (default)",
    )
    parser.addoption(
        "--openai-offline-no-contract",
        action="store_true",
        default=False,
        help="cdktf-openai: the double takes requests OpenAI's API would reject",
    )
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
    if not config.getini(_CONTRACT_OPTION) or "--openai-offline-no-contract" in args:
        _STATE["contract"] = os.environ.get(SWITCH)
        os.environ[SWITCH] = "off"
    if not (config.getini(_OPTION) or "--openai-offline-terraform" in args):
        return
    folder = Path(tempfile.mkdtemp(prefix="cdktf-openai-double-"))
    _STATE.update(folder=folder, previous={name: os.environ.get(name) for name in VARIABLES})
    _STATE["config"] = install_provider_double(folder)
    os.environ.update(terraform_environment(_STATE["config"], base={}))


def pytest_unconfigure(config: pytest.Config) -> None:
    """Restore the environment and remove the session's double."""
    if "contract" in _STATE:
        contract = _STATE.pop("contract")
        if contract is None:
            os.environ.pop(SWITCH, None)
        else:
            os.environ[SWITCH] = contract
    folder = _STATE.pop("folder", None)
    if folder is None:
        return
    previous: dict[str, str | None] = _STATE.pop("previous", {})
    _STATE.pop("config", None)
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
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

    Call it with a stack's Terraform JSON (``cdktf.Testing.synth(stack)``, or a dict), the stack
    itself, or the stack's folder written by ``app.synth()`` -- the files of ``File``
    constructs come along in every case -- and an optional folder name; it returns a
    :class:`~cdktf_openai.offline.TerraformWorkspace` on which ``terraform init`` has run.
    """

    def create(
        stack: str | Mapping[str, Any] | Path | Any, name: str = "stack"
    ) -> TerraformWorkspace:
        return TerraformWorkspace.create(tmp_path / name, stack, openai_double_config)

    yield create
