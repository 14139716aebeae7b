"""Run real Terraform on a synthesized stack against the provider double.

:class:`TerraformWorkspace` is a folder holding one stack's Terraform JSON and its assets, and
the ``terraform`` commands to run in it, always with ``-input=false -no-color`` and the double's
environment (:func:`~cdktf_openai.offline.install.terraform_environment`). It is what the
project's offline tests use, and what the pytest fixture ``openai_double_workspace`` hands out.

A stack can be given as the text ``cdktf.Testing.synth(stack)`` returns (or the parsed JSON),
as the stack itself, or as the folder ``app.synth()`` wrote; in every case the files of
``File`` constructs (cdktf assets, ``assets/<id>/<MD5>/<name>``) end up in the workspace: from
the folder, from a full synthesis of the stack, or, for JSON, found by name and MD5 under the
current folder.

Its state stays in the workspace (``terraform.tfstate``), whatever backend path the stack was
synthesized with. ``apply()``, ``destroy()`` and ``refresh()`` raise :class:`TerraformError`
(with Terraform's message) when Terraform fails; ``plan()`` and ``validate()`` return the
result, whose exit status is the answer (``plan(detailed_exitcode=True)``: 0 no changes, 1
error, 2 changes).

Example::

    config = install_provider_double(tmp_path / "double")
    workspace = TerraformWorkspace.create(tmp_path / "stack", Testing.synth(stack), config)
    assert workspace.plan(variables={"temperature": "3"}).returncode == 1
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cdktf_openai.offline.install import terraform_environment
from cdktf_openai.offline.isolation import DATA_DIR_VARIABLE
from cdktf_openai.offline.state import ObjectStore

#: The file the stack's Terraform JSON is written to (the name cdktf gives it).
STACK_FILE_NAME = "cdk.tf.json"
#: A file asset's path in a stack (``cdktf`` ``TerraformAsset``): folder, MD5, file name.
ASSET_PATH = re.compile(r"^assets/[^/]+/(?P<md5>[0-9A-F]{32})/(?P<name>[^/]+)$")
_NOT_SEARCHED = frozenset({"node_modules", ".git", ".venv", "__pycache__", ".mypy_cache"})


class AssetNotFoundError(FileNotFoundError):
    """A stack refers to a cdktf asset whose file the workspace could not find."""


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _files_by_name(roots: Sequence[Path], names: set[str]) -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    for root in roots:
        for folder, folders, files in os.walk(root):
            folders[:] = sorted(
                name
                for name in folders
                if name not in _NOT_SEARCHED and not name.startswith(".terraform")
            )
            for name in names.intersection(files):
                found.setdefault(name, []).append(Path(folder) / name)
    return found


def copy_assets(directory: Path, document: Mapping[str, Any], roots: Sequence[Path]) -> None:
    """Copy into ``directory`` every file asset the stack refers to and that is not there yet.

    cdktf names a file asset ``assets/<construct>/<MD5 of the content>/<file name>``; the file
    is found under ``roots`` by its name and checked by its MD5.

    Args:
        directory: The workspace.
        document: The stack's Terraform JSON.
        roots: Where to look for the files (e.g. the folder the stack was synthesized in).

    Raises:
        AssetNotFoundError: When no file under ``roots`` has the name and the content.
    """
    wanted = {
        text: match
        for text in _strings(document.get("resource", {}))
        if (match := ASSET_PATH.match(text)) and not (directory / text).exists()
    }
    if not wanted:
        return
    candidates = _files_by_name(roots, {match["name"] for match in wanted.values()})
    for text, match in wanted.items():
        source = next(
            (
                path
                for path in candidates.get(match["name"], [])
                if hashlib.md5(path.read_bytes()).hexdigest().upper() == match["md5"]
            ),
            None,
        )
        if source is None:
            raise AssetNotFoundError(
                f"the stack refers to {text}, and no file named {match['name']} with that "
                f"content (MD5 {match['md5']}) is under {', '.join(map(str, roots))}: pass the "
                "stack itself, or the folder app.synth() wrote for it"
            )
        target = directory / text
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)


def _is_stack(value: Any) -> bool:
    """Whether ``value`` is a cdktf ``TerraformStack`` (without importing cdktf)."""
    return hasattr(value, "node") and hasattr(value, "to_terraform")


#: Where a workspace keeps the state of a stack with cdktf's local backend.
STATE_FILE_NAME = "terraform.tfstate"


def _keep_state_inside(directory: Path) -> None:
    """Point the local backend at a state file inside the workspace.

    cdktf writes the local backend's path as an absolute path in the folder the stack was
    synthesized in (``<cwd>/terraform.<stack>.tfstate``): Terraform would keep the workspace's
    state there, outside it, where another workspace of the same stack (or the user's own
    deploy) would find it.
    """
    stack_file = directory / STACK_FILE_NAME
    document = json.loads(stack_file.read_text(encoding="utf-8"))
    local = document.get("terraform", {}).get("backend", {}).get("local")
    if isinstance(local, dict) and local.get("path") != STATE_FILE_NAME:
        local["path"] = STATE_FILE_NAME
        stack_file.write_text(json.dumps(document, indent=2), encoding="utf-8")


def _synthesize(stack: Any, directory: Path) -> None:
    """Write a stack, assets included, into ``directory`` (``Testing.full_synth``)."""
    from cdktf_openai.core import Testing

    outdir = Path(Testing.full_synth(stack))
    try:
        shutil.copytree(outdir / "stacks" / stack.node.id, directory, dirs_exist_ok=True)
    finally:
        shutil.rmtree(outdir, ignore_errors=True)


@dataclass(frozen=True)
class TerraformResult:
    """What one ``terraform`` command did.

    Attributes:
        args: The command line.
        returncode: Its exit status (for ``plan -detailed-exitcode``: 0 no changes,
            1 error, 2 changes).
        stdout: Its standard output.
        stderr: Its standard error (Terraform's diagnostics).
    """

    args: tuple[str, ...]
    returncode: int
    stdout: str
    stderr: str

    @property
    def output(self) -> str:
        """Standard output and standard error, together."""
        return self.stdout + self.stderr

    def check(self) -> TerraformResult:
        """Return ``self``, or raise if the command failed.

        Raises:
            TerraformError: When the exit status is not 0.
        """
        if self.returncode != 0:
            raise TerraformError(self)
        return self


class TerraformError(RuntimeError):
    """A ``terraform`` command failed.

    Args:
        result: The failed command's result (its output is the message).
    """

    def __init__(self, result: TerraformResult) -> None:
        """Keep the result.

        Args:
            result: The failed command's result.
        """
        super().__init__(
            f"{' '.join(result.args)} exited with {result.returncode}:\n{result.output}"
        )
        self.result = result


class TerraformWorkspace:
    """A Terraform working directory for one synthesized stack, using the provider double.

    Args:
        directory: The working directory (it holds ``cdk.tf.json``, ``.terraform`` and the
            state).
        config_file: The CLI configuration from
            :func:`~cdktf_openai.offline.install_provider_double`.
        terraform: The ``terraform`` executable.
        environment: Extra environment variables for every command (e.g. ``TF_LOG``).
    """

    def __init__(
        self,
        directory: Path,
        config_file: Path,
        *,
        terraform: str = "terraform",
        environment: Mapping[str, str] | None = None,
    ) -> None:
        """Use ``directory`` as the working directory."""
        self.directory = directory
        self.terraform = terraform
        self.environment = {**terraform_environment(config_file), **(environment or {})}
        self.environment.setdefault("TF_IN_AUTOMATION", "1")

    @classmethod
    def create(
        cls,
        directory: Path,
        stack: str | Mapping[str, Any] | Path | Any,
        config_file: Path,
        *,
        init: bool = True,
        terraform: str = "terraform",
        asset_roots: Sequence[Path] | None = None,
    ) -> TerraformWorkspace:
        """Write a stack and its assets into ``directory`` and (by default) ``terraform init``.

        Args:
            directory: The working directory; created if missing.
            stack: The stack's Terraform JSON, as text (``Testing.synth(stack)``) or parsed;
                the stack itself (a ``TerraformStack``, fully synthesized here); or the folder
                ``app.synth()`` wrote for it (``cdktf.out/stacks/<name>``), or its
                ``cdk.tf.json``.
            config_file: The double's CLI configuration file.
            init: Whether to run ``terraform init`` now.
            terraform: The ``terraform`` executable.
            asset_roots: Where to look for the files of a JSON stack's assets (default: the
                current folder).

        Raises:
            TerraformError: When ``terraform init`` fails.
            AssetNotFoundError: When a JSON stack's asset cannot be found.
        """
        directory.mkdir(parents=True, exist_ok=True)
        if isinstance(stack, Path):
            folder = stack if stack.is_dir() else stack.parent
            shutil.copytree(folder, directory, dirs_exist_ok=True)
        elif _is_stack(stack):
            _synthesize(stack, directory)
        else:
            text = stack if isinstance(stack, str) else json.dumps(stack, indent=2)
            (directory / STACK_FILE_NAME).write_text(text, encoding="utf-8")
            roots = list(asset_roots) if asset_roots is not None else [Path.cwd()]
            copy_assets(directory, json.loads(text), roots)
        _keep_state_inside(directory)
        workspace = cls(directory, config_file, terraform=terraform)
        if init:
            workspace.init().check()
        return workspace

    def run(self, *args: str) -> TerraformResult:
        """Run ``terraform ARGS...`` in the working directory and return what it did."""
        command = (self.terraform, *args)
        completed = subprocess.run(
            command,
            cwd=self.directory,
            env=self.environment,
            capture_output=True,
            text=True,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        return TerraformResult(command, completed.returncode, completed.stdout, completed.stderr)

    @staticmethod
    def _variables(variables: Mapping[str, str] | None) -> list[str]:
        return [f"-var={name}={value}" for name, value in (variables or {}).items()]

    def init(self) -> TerraformResult:
        """``terraform init``: install the double from the filesystem mirror."""
        return self.run("init", "-input=false", "-no-color")

    def validate(self) -> TerraformResult:
        """``terraform validate``: schema and the provider's checks, no plan."""
        return self.run("validate", "-no-color")

    def plan(
        self,
        *,
        variables: Mapping[str, str] | None = None,
        detailed_exitcode: bool = False,
        refresh: bool = True,
    ) -> TerraformResult:
        """``terraform plan``: the result, whatever the exit status (it is the answer).

        Args:
            variables: Values for the stack's variables (``-var name=value``).
            detailed_exitcode: Exit with 2 when there are changes, 0 when there are none.
            refresh: Refresh first (``False``: ``-refresh=false``, plan against the state).
        """
        extra = ["-detailed-exitcode"] if detailed_exitcode else []
        if not refresh:
            extra.append("-refresh=false")
        return self.run("plan", "-input=false", "-no-color", *extra, *self._variables(variables))

    def apply(
        self, *, variables: Mapping[str, str] | None = None, check: bool = True
    ) -> TerraformResult:
        """``terraform apply -auto-approve``.

        Args:
            variables: Values for the stack's variables (``-var name=value``).
            check: Raise when Terraform fails (``False``: return the result).

        Raises:
            TerraformError: When the apply fails (and ``check``), with Terraform's message.
        """
        return self._auto_approved("apply", variables=variables, check=check)

    def refresh(
        self, *, variables: Mapping[str, str] | None = None, check: bool = True
    ) -> TerraformResult:
        """``terraform apply -refresh-only -auto-approve``: record what a refresh reads.

        With the double, this is when a queued run is read back ``completed``.

        Args:
            variables: Values for the stack's variables (``-var name=value``).
            check: Raise when Terraform fails (``False``: return the result).

        Raises:
            TerraformError: When the refresh fails (and ``check``).
        """
        return self._auto_approved("apply", "-refresh-only", variables=variables, check=check)

    def destroy(
        self, *, variables: Mapping[str, str] | None = None, check: bool = True
    ) -> TerraformResult:
        """``terraform destroy -auto-approve``.

        With the double, as with the provider, the API keeps what the Go ``Delete`` functions do
        not delete: runs (``openai_run`` only cancels its run), the thread an
        ``openai_thread_run`` made, and model responses.

        Args:
            variables: Values for the stack's variables (``-var name=value``).
            check: Raise when Terraform fails (``False``: return the result).

        Raises:
            TerraformError: When the destroy fails (and ``check``).
        """
        return self._auto_approved("destroy", variables=variables, check=check)

    def _auto_approved(
        self, *command: str, variables: Mapping[str, str] | None, check: bool
    ) -> TerraformResult:
        """``terraform COMMAND... -auto-approve -input=false -no-color -var...``, checked or not."""
        result = self.run(
            *command, "-auto-approve", "-input=false", "-no-color", *self._variables(variables)
        )
        return result.check() if check else result

    def objects(self) -> ObjectStore:
        """Return the store where the double keeps this workspace's objects."""
        data_dir = self.environment.get(DATA_DIR_VARIABLE) or ".terraform"
        return ObjectStore.for_working_directory(self.directory, data_dir=data_dir)

    def outputs(self) -> dict[str, Any]:
        """Return the stack's outputs, ``{name: value}`` (``terraform output -json``).

        Raises:
            TerraformError: When ``terraform output`` fails.
        """
        result = self.run("output", "-json", "-no-color").check()
        raw: dict[str, dict[str, Any]] = json.loads(result.stdout or "{}")
        return {name: entry["value"] for name, entry in raw.items()}

    def state(self) -> dict[str, Any]:
        """Return the state as ``terraform show -json`` prints it ({} before the first apply).

        Raises:
            TerraformError: When ``terraform show`` fails.
        """
        result = self.run("show", "-json", "-no-color").check()
        shown: dict[str, Any] = json.loads(result.stdout or "{}")
        return shown


def resources_in_state(state: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Return ``{address: values}`` of the root module's resources in ``terraform show -json``.

    Args:
        state: What :meth:`TerraformWorkspace.state` returns.
    """
    module = state.get("values", {}).get("root_module", {})
    return {resource["address"]: resource["values"] for resource in module.get("resources", [])}
