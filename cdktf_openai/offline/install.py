"""Install the provider double where ``terraform init`` finds it: a filesystem mirror.

:func:`install_provider_double` writes, under one folder of your choice:

- ``mirror/registry.terraform.io/mkdev-me/openai/1.2.0/<os>_<arch>/``
  ``terraform-provider-openai_v1.2.0``,
  a two-line shell script that starts the double with this Python interpreter (Terraform's
  "unpacked" mirror layout);
- ``terraform.rc``, a Terraform CLI configuration whose ``provider_installation`` takes
  ``mkdev-me/openai`` from that mirror and nothing else from it.

- ``plugin-cache/``, the double's own plugin cache (see :mod:`.isolation`).

Terraform reads that configuration from ``TF_CLI_CONFIG_FILE``: set it for the processes that run
Terraform (``cdktf deploy``, ``Testing.to_be_valid_terraform``, ``terraform`` itself), e.g. with
:func:`offline_terraform` or ``cdktf-openai-offline run -- <command>``, which also keep the double
out of the global plugin cache and out of ``.terraform``, and its entries out of the lock files
between runs (:mod:`.isolation`). Nothing is written outside the folder you name and the working
directories Terraform runs in.
"""

from __future__ import annotations

import os
import platform
import shlex
import sys
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from importlib.util import find_spec
from pathlib import Path

from cdktf_openai import PROVIDER_SOURCE, PROVIDER_VERSION
from cdktf_openai.offline.isolation import (
    DATA_DIR,
    DATA_DIR_VARIABLE,
    PLUGIN_CACHE_FOLDER,
    PLUGIN_CACHE_VARIABLE,
    LockFileGuard,
    package_hash,
)
from cdktf_openai.offline.server import TLS_VARIABLE

#: The provider's address in Terraform's registry namespace.
PROVIDER_ADDRESS = f"registry.terraform.io/{PROVIDER_SOURCE}"
#: The name of the CLI configuration file that :func:`install_provider_double` writes.
CONFIG_FILE_NAME = "terraform.rc"
#: The environment variable that points Terraform at a CLI configuration file.
CONFIG_VARIABLE = "TF_CLI_CONFIG_FILE"
#: The calls home that :func:`terraform_environment` turns off, with the value that does it.
#: ``CHECKPOINT_DISABLE``: Terraform's upgrade and security-bulletin check, and the telemetry of
#: cdktf-cli 0.21 and cdktn-cli 0.24 (``@cdktf/commons`` / ``@cdktn/commons``,
#: ``environment.js``: any non-empty value); ``DISABLE_VERSION_CHECK``: their check for a newer
#: CLI on npm (``"1"`` or ``"true"``).
NO_CALLS_HOME = {"CHECKPOINT_DISABLE": "1", "DISABLE_VERSION_CHECK": "1"}
#: Every variable :func:`terraform_environment` sets.
VARIABLES = (CONFIG_VARIABLE, *NO_CALLS_HOME, PLUGIN_CACHE_VARIABLE, DATA_DIR_VARIABLE)

_ARCHITECTURES = {"x86_64": "amd64", "amd64": "amd64", "aarch64": "arm64", "arm64": "arm64"}


class OfflineExtraMissingError(RuntimeError):
    """The double's dependencies (the ``offline`` extra) are not installed."""


def terraform_platform() -> str:
    """Return Terraform's name for this machine's platform, e.g. ``linux_amd64``."""
    machine = platform.machine().lower()
    return f"{sys.platform.removesuffix('2')}_{_ARCHITECTURES.get(machine, machine)}"


#: The install's TLS key and certificate for the plugin process (beside the mirror, not in
#: the provider package, whose hash Terraform's lock files record).
TLS_FILE_NAME = "tls.json"


def _plugin_script(python: str, tls: Path) -> str:
    return (
        "#!/bin/sh\n"
        "# cdktf-openai provider double for mkdev-me/openai (cdktf-openai-offline install)\n"
        f"export {TLS_VARIABLE}={shlex.quote(str(tls))}\n"
        f'exec {shlex.quote(python)} -P -m cdktf_openai.offline.server "$@"\n'
    )


def _write_tls_file(path: Path) -> None:
    """Give the install a key and certificate (a new one when missing or near its end)."""
    from cdktf_openai.offline.server import tls_file_is_current, tls_file_text

    if tls_file_is_current(path):
        return
    try:
        text = tls_file_text()
    except ImportError:  # another Python runs the double: it makes its own, each start
        return
    # written whole, readable by its owner only: a plugin process never reads half a file
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tls-")
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(text)
    os.replace(temporary, path)


def _cli_config(mirror: Path) -> str:
    path = str(mirror).replace("\\", "/").replace('"', '\\"')
    return (
        "# Terraform CLI configuration written by cdktf-openai-offline: mkdev-me/openai comes\n"
        "# from the provider double in the filesystem mirror beside this file.\n"
        "provider_installation {\n"
        "  filesystem_mirror {\n"
        f'    path    = "{path}"\n'
        f'    include = ["{PROVIDER_ADDRESS}"]\n'
        "  }\n"
        "  direct {\n"
        f'    exclude = ["{PROVIDER_ADDRESS}"]\n'
        "  }\n"
        "}\n"
    )


def package_dir(directory: str | os.PathLike[str]) -> Path:
    """Return the folder of the double's provider package in an install (its mirror entry).

    Args:
        directory: The install folder (what :func:`install_provider_double` was given).
    """
    mirror = Path(directory).resolve() / "mirror"
    return mirror.joinpath(*PROVIDER_ADDRESS.split("/")) / PROVIDER_VERSION / terraform_platform()


def install_provider_double(
    directory: str | os.PathLike[str], *, python: str | None = None
) -> Path:
    """Install the double into ``directory`` and return the CLI configuration file to use.

    Installing again into the same folder rewrites the same bytes, so Terraform's lock files
    (``.terraform.lock.hcl``) stay valid.

    Args:
        directory: The folder to install into (created if missing); keep it inside your
            project or your temporary folder.
        python: The Python interpreter that runs the double (default: this one). It must have
            ``cdktf-openai[offline]`` installed.

    Returns:
        The path of the ``terraform.rc`` to put into ``TF_CLI_CONFIG_FILE``.

    Raises:
        OfflineExtraMissingError: When the ``offline`` extra's packages are missing.
    """
    if python is None:
        missing = [
            name for name in ("tf", "grpc", "msgpack", "cryptography") if not find_spec(name)
        ]
        if missing:
            raise OfflineExtraMissingError(
                f"the provider double needs {', '.join(missing)}: "
                "pip install 'cdktf-openai[offline]'"
            )
    root = Path(directory).resolve()
    mirror = root / "mirror"
    plugin_dir = package_dir(root)
    plugin_dir.mkdir(parents=True, exist_ok=True)
    (root / PLUGIN_CACHE_FOLDER).mkdir(exist_ok=True)
    plugin = plugin_dir / f"terraform-provider-openai_v{PROVIDER_VERSION}"
    tls = root / TLS_FILE_NAME
    _write_tls_file(tls)
    script = _plugin_script(python or sys.executable, tls)
    if not plugin.is_file() or plugin.read_text(encoding="utf-8") != script:
        plugin.write_text(script, encoding="utf-8")
    plugin.chmod(0o755)
    config = root / CONFIG_FILE_NAME
    config.write_text(_cli_config(mirror), encoding="utf-8")
    return config


def terraform_environment(
    config_file: str | os.PathLike[str], base: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Return an environment for a Terraform (or cdktf) process that uses the double.

    Args:
        config_file: What :func:`install_provider_double` returned.
        base: The environment to start from (default: this process's).

    Returns:
        ``base`` with ``TF_CLI_CONFIG_FILE`` set, Terraform's and the cdktf/cdktn CLIs' calls
        home turned off (:data:`NO_CALLS_HOME`), ``TF_PLUGIN_CACHE_DIR`` pointing at the install's
        own ``plugin-cache`` (never the user's cache, which the cdktf CLI would pick), and
        ``TF_DATA_DIR`` set to :data:`~cdktf_openai.offline.isolation.DATA_DIR` (never
        ``.terraform``).
    """
    config = Path(config_file).resolve()
    environment = dict(os.environ if base is None else base)
    environment[CONFIG_VARIABLE] = str(config)
    environment.update(NO_CALLS_HOME)
    environment[PLUGIN_CACHE_VARIABLE] = str(config.parent / PLUGIN_CACHE_FOLDER)
    environment[DATA_DIR_VARIABLE] = DATA_DIR
    return environment


def lock_file_guard(
    config_file: str | os.PathLike[str],
    root: str | os.PathLike[str],
    *,
    keep_pinned: bool = False,
) -> LockFileGuard:
    """Return the guard that swaps the user's and the double's lock entries under ``root``.

    Args:
        config_file: What :func:`install_provider_double` returned.
        root: The folder whose ``.terraform.lock.hcl`` files are guarded.
        keep_pinned: Leave the lock files pinned to the double when the ``with`` block ends.
    """
    double_hash = package_hash(package_dir(Path(config_file).resolve().parent))
    return LockFileGuard(
        Path(root).resolve(), PROVIDER_ADDRESS, double_hash, keep_pinned=keep_pinned
    )


@contextmanager
def offline_terraform(directory: str | os.PathLike[str] | None = None) -> Iterator[Path]:
    """Install the double and point this process's Terraform runs at it, for a ``with`` block.

    Inside the block, the variables of :func:`terraform_environment` are set in ``os.environ``
    (and so for every process started from it, e.g. by ``cdktf.Testing.to_be_valid_terraform``);
    on exit they are restored. The lock files under the current folder hold the double's
    entries inside the block and the user's again after it
    (:class:`~cdktf_openai.offline.isolation.LockFileGuard`).

    Args:
        directory: Where to install (default: a temporary folder, removed on exit).

    Yields:
        The CLI configuration file.
    """
    with tempfile.TemporaryDirectory(prefix="cdktf-openai-offline-") as temporary:
        config = install_provider_double(directory if directory is not None else temporary)
        previous = {name: os.environ.get(name) for name in VARIABLES}
        os.environ.update(terraform_environment(config, base={}))
        try:
            with lock_file_guard(config, Path.cwd()):
                yield config
        finally:
            for name, value in previous.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
