"""Run real Terraform on a synthesized stack against the provider double.

:class:`TerraformWorkspace` is a folder holding one stack's Terraform JSON (what
``cdktf.Testing.synth(stack)`` returns), and the ``terraform`` commands to run in it, always with
``-input=false -no-color`` and the double's CLI configuration. It is what the project's offline
tests use, and what the pytest fixture ``openai_double_workspace`` hands out.

Example::

    config = install_provider_double(tmp_path / "double")
    workspace = TerraformWorkspace.create(tmp_path / "stack", Testing.synth(stack), config)
    assert workspace.plan(variables={"temperature": "3"}).returncode == 1
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cdktf_openai.offline.install import terraform_environment

#: The file the stack's Terraform JSON is written to (the name cdktf gives it).
STACK_FILE_NAME = "cdk.tf.json"


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
        stack: str | Mapping[str, Any] | Path,
        config_file: Path,
        *,
        init: bool = True,
        terraform: str = "terraform",
    ) -> TerraformWorkspace:
        """Write a stack's Terraform JSON into ``directory`` and (by default) ``terraform init``.

        Args:
            directory: The working directory; created if missing.
            stack: The stack's Terraform JSON, as text (``Testing.synth(stack)``) or parsed; or
                the folder ``app.synth()`` wrote for the stack (``cdktf.out/stacks/<name>``),
                copied whole so that its assets (files of ``File``) come along.
            config_file: The double's CLI configuration file.
            init: Whether to run ``terraform init`` now.
            terraform: The ``terraform`` executable.

        Raises:
            TerraformError: When ``terraform init`` fails.
        """
        directory.mkdir(parents=True, exist_ok=True)
        if isinstance(stack, Path):
            shutil.copytree(stack, directory, dirs_exist_ok=True)
        else:
            text = stack if isinstance(stack, str) else json.dumps(stack, indent=2)
            (directory / STACK_FILE_NAME).write_text(text, encoding="utf-8")
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
        self, *, variables: Mapping[str, str] | None = None, detailed_exitcode: bool = False
    ) -> TerraformResult:
        """``terraform plan``.

        Args:
            variables: Values for the stack's variables (``-var name=value``).
            detailed_exitcode: Exit with 2 when there are changes, 0 when there are none.
        """
        extra = ["-detailed-exitcode"] if detailed_exitcode else []
        return self.run("plan", "-input=false", "-no-color", *extra, *self._variables(variables))

    def apply(self, *, variables: Mapping[str, str] | None = None) -> TerraformResult:
        """``terraform apply -auto-approve``.

        Args:
            variables: Values for the stack's variables (``-var name=value``).
        """
        return self.run(
            "apply", "-auto-approve", "-input=false", "-no-color", *self._variables(variables)
        )

    def destroy(self, *, variables: Mapping[str, str] | None = None) -> TerraformResult:
        """``terraform destroy -auto-approve``.

        Args:
            variables: Values for the stack's variables (``-var name=value``).
        """
        return self.run(
            "destroy", "-auto-approve", "-input=false", "-no-color", *self._variables(variables)
        )

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
