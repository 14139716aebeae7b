"""``cdktf-openai-offline`` used as a user would: one command per process, in their project.

``run -- terraform init`` then, in another process, ``run -- terraform plan`` works; a real
``terraform init`` between or after them (here a filesystem mirror stands in for the registry)
finds the lock file as it would had the double never been used; ``env`` pins the lock files
until ``unlock``; the child gets no calls home.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cdktf_openai.offline.install import (
    NO_CALLS_HOME,
    PROVIDER_ADDRESS,
    install_provider_double,
    package_dir,
)
from cdktf_openai.offline.isolation import (
    DATA_DIR,
    DOUBLE_ENTRY,
    LOCK_FILE_NAME,
    LOCK_FOLDER,
    USER_ENTRY,
    LockFileGuard,
    block_hashes,
    package_hash,
    provider_block,
)
from tests.conftest import ROOT
from tests.offline.conftest import FakeRegistry, fake_registry, stack_json

# the double's CLI and terraform on hand-written JSON, no core: the same under either core, run
# once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent

STACK = stack_json({"openai_thread": {"notes": {}}})
#: The double's command, as the console script ``cdktf-openai-offline`` runs it.
OFFLINE = [sys.executable, "-m", "cdktf_openai.offline.cli"]


def _user_environment(home: Path) -> dict[str, str]:
    """A user's shell: their HOME, no Terraform or cdktf settings, calls home not turned off."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TF_", "CDKTF_")) and key not in NO_CALLS_HOME
    }
    environment.update(HOME=str(home), PYTHONPATH=str(ROOT))
    return environment


def _sh(
    command: list[str], project: Path, environment: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
        check=False,
    )


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def _offline(project: Path, home: Path, *command: str) -> str:
    """``cdktf-openai-offline run -- COMMAND`` in the project, in a process of its own."""
    return _ok(_sh([*OFFLINE, "run", "--", *command], project, _user_environment(home)))


def _real_init(project: Path, home: Path, registry: FakeRegistry) -> str:
    """A real ``terraform init`` (no double): the registry stand-in, the user's HOME."""
    command = ["terraform", "init", "-input=false", "-no-color"]
    return _ok(_sh(command, project, registry.environment(home)))


def _project(folder: Path) -> Path:
    folder.mkdir()
    (folder / "main.tf.json").write_text(json.dumps(STACK, indent=2))
    return folder


def _double_hash(project: Path) -> str:
    return package_hash(package_dir(project / ".cdktf-openai-offline"))


@pytest.mark.slow
def test_init_then_plan_in_separate_runs_and_a_real_init_as_if_never_used(tmp_path: Path) -> None:
    home, registry = tmp_path / "home", fake_registry(tmp_path / "registry")
    home.mkdir()
    # what a real init writes in a project that never saw the double
    control = _project(tmp_path / "control")
    _real_init(control, home, registry)
    real_lock = (control / LOCK_FILE_NAME).read_text()
    assert block_hashes(provider_block(real_lock, PROVIDER_ADDRESS) or "") == {
        package_hash(registry.package)
    }

    project = _project(tmp_path / "project")
    assert "Terraform has been successfully initialized!" in _offline(
        project, home, "terraform", "init", "-input=false", "-no-color"
    )
    assert not (project / LOCK_FILE_NAME).exists()  # as before the run: there was none
    assert not (project / ".terraform").exists()
    planned = _offline(project, home, "terraform", "plan", "-input=false", "-no-color")
    assert "Plan: 1 to add, 0 to change, 0 to destroy." in planned
    # while a run goes on, the lock file holds the double's entry, and nothing else of it
    during = _offline(project, home, "cat", LOCK_FILE_NAME)
    assert block_hashes(provider_block(during, PROVIDER_ADDRESS) or "") == {_double_hash(project)}
    assert not (project / LOCK_FILE_NAME).exists()

    # a real init now: the same lock file, the registry's package, as in the control project
    _real_init(project, home, registry)
    assert (project / LOCK_FILE_NAME).read_text() == real_lock
    installed = project / ".terraform" / "providers" / PROVIDER_ADDRESS / "1.2.0"
    assert {path.name for path in installed.iterdir()} == {registry.package.name}
    link = installed / registry.package.name
    assert link.resolve() != package_dir(project / ".cdktf-openai-offline").resolve()

    # the double still plans in a later run, and leaves the user's lock file byte for byte
    planned = _offline(project, home, "terraform", "plan", "-input=false", "-no-color")
    assert "Plan: 1 to add, 0 to change, 0 to destroy." in planned
    assert (project / LOCK_FILE_NAME).read_text() == real_lock
    # the user's plugin cache has the registry's package only (from the real inits)
    cache = home / ".terraform.d" / "plugin-cache" / PROVIDER_ADDRESS
    assert [path.resolve() for path in cache.glob("*/*")] == [registry.package.resolve()]


@pytest.mark.slow
def test_env_pins_the_lock_files_until_unlock(tmp_path: Path) -> None:
    """``eval "$(cdktf-openai-offline env)"``, then plain terraform commands in that shell; a
    ``run`` from it leaves the lock files pinned; ``unlock`` gives the user's entry back."""
    home, registry = tmp_path / "home", fake_registry(tmp_path / "registry")
    home.mkdir()
    project = _project(tmp_path / "project")
    _real_init(project, home, registry)
    real_lock = (project / LOCK_FILE_NAME).read_text()

    exported = _ok(_sh([*OFFLINE, "env"], project, _user_environment(home)))
    shell = _user_environment(home)
    shell.update(re.findall(r"^export (\w+)=(.*)$", exported, flags=re.MULTILINE))
    assert "unlock" in exported  # the note on stderr says how to end it
    # the user's entry waits for `unlock`
    assert provider_block((project / LOCK_FILE_NAME).read_text(), PROVIDER_ADDRESS) is None
    _ok(_sh(["terraform", "init", "-input=false", "-no-color"], project, shell))
    _ok(_sh([*OFFLINE, "run", "--", "true"], project, shell))
    planned = _ok(_sh(["terraform", "plan", "-input=false", "-no-color"], project, shell))
    assert "Plan: 1 to add, 0 to change, 0 to destroy." in planned

    _ok(_sh([*OFFLINE, "unlock"], project, _user_environment(home)))
    assert (project / LOCK_FILE_NAME).read_text() == real_lock
    assert not (project / DATA_DIR / LOCK_FOLDER / USER_ENTRY).exists()


def test_the_child_gets_no_calls_home(tmp_path: Path) -> None:
    """Terraform's checkpoint and the cdktf/cdktn CLIs' telemetry and npm version check."""
    probe = "import json, os; print(json.dumps(dict(os.environ)))"
    environment = _user_environment(tmp_path)
    environment.update(CHECKPOINT_DISABLE="", DISABLE_VERSION_CHECK="0")  # the user's: on
    child = json.loads(
        _ok(_sh([*OFFLINE, "run", "--", sys.executable, "-c", probe], tmp_path, environment))
    )
    assert child["CHECKPOINT_DISABLE"] == "1"
    assert child["DISABLE_VERSION_CHECK"] == "1"
    exported = _ok(_sh([*OFFLINE, "env"], tmp_path, environment))
    assert "export CHECKPOINT_DISABLE=1\n" in exported
    assert "export DISABLE_VERSION_CHECK=1\n" in exported


@pytest.mark.parametrize(
    "environment_js",
    [
        ROOT / "node_modules" / "@cdktf" / "commons" / "src" / "environment.js",
        ROOT
        / "tools"
        / "cdktn"
        / "node_modules"
        / "@cdktn"
        / "commons"
        / "build"
        / "environment.js",
    ],
    ids=["cdktf-cli", "cdktn-cli"],
)
def test_the_clis_read_the_variables_that_turn_their_calls_home_off(environment_js: Path) -> None:
    """Pins what cdktf-cli 0.21 and cdktn-cli 0.24 read (their ``commons/environment.js``):
    ``CHECKPOINT_DISABLE`` is on when non-empty, ``DISABLE_VERSION_CHECK`` when "1" or "true"."""
    assert environment_js.is_file(), "node_modules missing: run through `make test`"
    text = environment_js.read_text()
    assert "CHECKPOINT_DISABLE = Boolean(process.env.CHECKPOINT_DISABLE)" in text
    assert "DISABLE_VERSION_CHECK = envVarToBoolean(process.env.DISABLE_VERSION_CHECK)" in text
    assert 'return envVar === "true" || envVar === "1";' in text
    assert NO_CALLS_HOME == {"CHECKPOINT_DISABLE": "1", "DISABLE_VERSION_CHECK": "1"}


ADDRESS = PROVIDER_ADDRESS
USER_BLOCK = (
    f'provider "{ADDRESS}" {{\n  version = "1.2.0"\n  hashes = [\n    "h1:user=",\n  ]\n}}\n'
)
OTHER = 'provider "registry.terraform.io/hashicorp/random" {\n  version = "3.6.0"\n}\n'


def _double_block(hash_: str) -> str:
    return f'provider "{ADDRESS}" {{\n  version = "1.2.0"\n  hashes = [\n    "{hash_}",\n  ]\n}}\n'


def test_pin_and_unpin_swap_the_entries_and_keep_the_others(tmp_path: Path) -> None:
    lock = tmp_path / LOCK_FILE_NAME
    original = f"# header\n\n{USER_BLOCK}\n{OTHER}"
    lock.write_text(original)
    guard = LockFileGuard(tmp_path, ADDRESS, "h1:double=")
    guard.pin()
    assert provider_block(lock.read_text(), ADDRESS) is None and OTHER in lock.read_text()
    guard.pin()  # twice: the user's entry set aside first is kept
    lock.write_text(lock.read_text() + "\n" + _double_block("h1:double="))  # terraform init
    guard.unpin()
    assert block_hashes(provider_block(lock.read_text(), ADDRESS) or "") == {"h1:user="}
    assert OTHER in lock.read_text()
    kept = tmp_path / DATA_DIR / LOCK_FOLDER
    assert sorted(path.name for path in kept.iterdir()) == [DOUBLE_ENTRY]
    guard.pin()  # the next run: the double's entry is back
    assert block_hashes(provider_block(lock.read_text(), ADDRESS) or "") == {"h1:double="}
    guard.unpin()
    assert block_hashes(provider_block(lock.read_text(), ADDRESS) or "") == {"h1:user="}


def test_a_kept_entry_of_another_install_of_the_double_is_dropped(tmp_path: Path) -> None:
    kept = tmp_path / DATA_DIR / LOCK_FOLDER
    kept.mkdir(parents=True)
    (kept / DOUBLE_ENTRY).write_text(_double_block("h1:old="))
    LockFileGuard(tmp_path, ADDRESS, "h1:new=").pin()
    assert not (tmp_path / LOCK_FILE_NAME).exists()  # terraform init writes the new one
    assert not (kept / DOUBLE_ENTRY).exists()
    (kept / DOUBLE_ENTRY).write_text(_double_block("h1:new="))  # just inside: the same install
    LockFileGuard(tmp_path, ADDRESS, "h1:new=").pin()
    assert (tmp_path / LOCK_FILE_NAME).read_text().endswith(_double_block("h1:new="))


def test_unpin_leaves_no_empty_folders_and_a_users_new_entry_wins(tmp_path: Path) -> None:
    lock = tmp_path / "stack" / LOCK_FILE_NAME
    lock.parent.mkdir()
    lock.write_text(f"# header\n\n{USER_BLOCK}")
    guard = LockFileGuard(tmp_path, ADDRESS, "h1:double=")
    guard.pin()
    newer = USER_BLOCK.replace("h1:user=", "h1:newer=")
    lock.write_text(f"# header\n\n{newer}")  # a real init while pinned
    guard.unpin()
    assert lock.read_text() == f"# header\n\n{newer}"
    assert not (lock.parent / DATA_DIR).exists()


def test_a_run_leaves_the_project_where_the_shell_has_env_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``keep_pinned`` comes from TF_CLI_CONFIG_FILE naming this install (``env`` is on)."""
    from cdktf_openai.offline import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / LOCK_FILE_NAME).write_text(f"# header\n\n{USER_BLOCK}")
    config = install_provider_double(tmp_path / ".cdktf-openai-offline")
    monkeypatch.setenv("TF_CLI_CONFIG_FILE", str(config))
    assert cli.main(["run", "--", "true"]) == 0
    assert (tmp_path / LOCK_FILE_NAME).read_text() == "# header\n\n"  # still pinned
    monkeypatch.setenv("TF_CLI_CONFIG_FILE", str(config) + ".other")  # just outside
    assert cli.main(["run", "--", "true"]) == 0
    assert (tmp_path / LOCK_FILE_NAME).read_text() == f"# header\n\n{USER_BLOCK}"
