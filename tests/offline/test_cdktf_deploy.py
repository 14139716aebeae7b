"""The real cdktf CLI deploys and destroys the quick-start app against the double -- leaving the
user's Terraform set-up as it was -- and cdktf's own ``Testing.to_be_valid_terraform`` runs
terraform init/validate against it."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cdktf_openai.core import Testing as CdktfTesting
from cdktf_openai.offline.install import PROVIDER_ADDRESS, package_dir
from cdktf_openai.offline.isolation import block_hashes, package_hash, provider_block
from examples import build_all
from tests.conftest import CORE_CLI, ROOT
from tests.offline.conftest import REGISTRY_PACKAGE, fake_registry, offline_cli

CDKTF = CORE_CLI


def _mentions(folder: Path, needles: tuple[str, ...]) -> list[Path]:
    """Files or links under ``folder`` whose name, target or text mentions a needle."""
    found = []
    for path in folder.rglob("*"):
        text = str(path)
        if path.is_symlink():
            text += str(os.readlink(path))
        elif path.is_file():
            text += path.read_bytes().decode("utf-8", "replace")
        if any(needle in text for needle in needles):
            found.append(path)
    return found


@pytest.mark.slow
def test_cdktf_deploy_and_destroy_leave_no_trace_of_the_double(tmp_path: Path) -> None:
    """``cdktf deploy`` then ``cdktf destroy`` through ``cdktf-openai-offline run``: runs are
    queued (resourceOpenAIRunCreate does not wait); nothing in HOME (the global plugin cache
    included) refers to the double; the stack's lock file keeps its real entry and does not
    pin the double; a later, real ``terraform init`` installs the real package."""
    assert CDKTF.exists(), "node_modules missing: run through `make test`, which installs it"
    project, home = tmp_path / "project", tmp_path / "home"
    project.mkdir()
    home.mkdir()
    settings = json.loads((ROOT / "cdktf.json").read_text())
    settings["app"] = f"{sys.executable} -m examples"  # the venv of the core in use
    (project / "cdktf.json").write_text(json.dumps(settings))
    stack_dir = project / "cdktf.out" / "stacks" / "quickstart"
    # the stack was deployed for real before: its lock file pins the registry's package
    stack_dir.mkdir(parents=True)
    real_lock = (
        f'provider "{PROVIDER_ADDRESS}" {{\n  version     = "1.2.0"\n  hashes = [\n'
        '    "h1:registryhashregistryhashregistryhashregist=",\n    "zh:0123abcd",\n  ]\n}\n'
    )
    (stack_dir / ".terraform.lock.hcl").write_text(f"# lock\n\n{real_lock}")
    outputs_file = project / "outputs.json"

    deployed = offline_cli(
        project, home, "deploy", "quickstart", "--auto-approve", "--outputs-file", str(outputs_file)
    )
    count = sum(
        len(resources)
        for resources in json.loads((stack_dir / "cdk.tf.json").read_text())["resource"].values()
    )
    # review: 3 + the thread's guard; optimization: 2 (shared reviewer) + guard; docs search: 7
    # (its document joins the store as a VectorStoreFile) + the question's and the store's
    # guards (terraform_data companions, guard.py)
    assert count == 16
    assert f"Apply complete! Resources: {count} added, 0 changed, 0 destroyed." in deployed
    outputs = json.loads(outputs_file.read_text())["quickstart"]
    assert re.fullmatch(r"run_[A-Za-z0-9]{24}", outputs["security_review_run_id"])
    assert outputs["security_review_run_status"] == "queued"  # completion_window or not
    assert outputs["optimization_review_run_status"] == "queued"
    state = json.loads((project / "terraform.quickstart.tfstate").read_text())
    assert len(state["resources"]) == count

    destroyed = offline_cli(project, home, "destroy", "quickstart", "--auto-approve")
    assert f"Destroy complete! Resources: {count} destroyed." in destroyed
    assert json.loads((project / "terraform.quickstart.tfstate").read_text())["resources"] == []

    install = project / ".cdktf-openai-offline"
    double_hash = package_hash(package_dir(install))
    double = (str(install), double_hash, "cdktf-openai-offline", "terraform-provider-openai")
    assert _mentions(home, double) == []
    assert list((home / ".terraform.d").rglob("*openai*")) == []  # the global plugin cache
    assert not (stack_dir / ".terraform").exists()  # the double's data dir is its own
    lock = (stack_dir / ".terraform.lock.hcl").read_text()
    block = provider_block(lock, PROVIDER_ADDRESS)
    assert block is not None and double_hash not in block_hashes(block)
    assert block_hashes(block) == {"h1:registryhashregistryhashregistryhashregist=", "zh:0123abcd"}

    # a later real init (a mirror stands in for the registry), same HOME and plugin cache
    (stack_dir / ".terraform.lock.hcl").unlink()
    registry = fake_registry(tmp_path / "registry")
    package = registry.package
    environment = registry.environment(home)
    init = subprocess.run(
        ["terraform", "init", "-input=false", "-no-color", "-backend=false"],
        cwd=stack_dir,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert init.returncode == 0, init.stdout + init.stderr
    block = provider_block((stack_dir / ".terraform.lock.hcl").read_text(), PROVIDER_ADDRESS)
    assert block is not None and block_hashes(block) == {package_hash(package)}
    installed = stack_dir / ".terraform" / "providers" / PROVIDER_ADDRESS / "1.2.0"
    executable = installed / package.name / "terraform-provider-openai_v1.2.0"
    assert executable.read_text() == REGISTRY_PACKAGE


@pytest.mark.slow
def test_cdktf_testing_to_be_valid_terraform_uses_the_double() -> None:
    """The session's environment names the double (and its own plugin cache and data dir)
    before cdktf's jsii kernel starts, so the kernel's terraform runs find it."""
    assert os.environ["TF_CLI_CONFIG_FILE"].endswith("terraform.rc")
    assert os.environ["TF_PLUGIN_CACHE_DIR"].endswith("plugin-cache")
    assert os.environ["TF_DATA_DIR"] == ".terraform-openai-double"
    for stack in build_all(CdktfTesting.app()):
        assert CdktfTesting.to_be_valid_terraform(CdktfTesting.full_synth(stack)), stack.node.id


@pytest.mark.slow
def test_cdktf_deploy_of_team_projects_writes_no_key_to_the_outputs_file(tmp_path: Path) -> None:
    """What ``make deploy-local`` does for ``team_projects``: the CLI deploys it on the double,
    the outputs file (which ``make deploy-local`` prints) holds the project ids and no key
    (cdktf leaves sensitive outputs out), and destroy leaves an empty state."""
    assert CDKTF.exists(), "node_modules missing: run through `make test`, which installs it"
    project, home = tmp_path / "project", tmp_path / "home"
    project.mkdir()
    home.mkdir()
    settings = json.loads((ROOT / "cdktf.json").read_text())
    settings["app"] = f"{sys.executable} -m examples"
    (project / "cdktf.json").write_text(json.dumps(settings))
    outputs_file = project / "outputs.json"
    deployed = offline_cli(
        project, home, "deploy", "team_projects", "--auto-approve",
        "--outputs-file", str(outputs_file),
    )  # fmt: skip
    assert "Apply complete! Resources: 13 added, 0 changed, 0 destroyed." in deployed
    assert "sk-svcacct-" not in deployed
    outputs = json.loads(outputs_file.read_text())["team_projects"]
    assert sorted(outputs) == ["payments_project_id", "search_project_id"]
    assert all(re.fullmatch(r"proj_[A-Za-z0-9]{24}", value) for value in outputs.values())
    destroyed = offline_cli(project, home, "destroy", "team_projects", "--auto-approve")
    assert "Destroy complete! Resources: 13 destroyed." in destroyed
    assert json.loads((project / "terraform.team_projects.tfstate").read_text())["resources"] == []
