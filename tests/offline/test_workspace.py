"""``TerraformWorkspace`` (and the ``openai_double_workspace`` fixture): stacks with files,
however they are given, and failures that raise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cdktf_openai import File, OpenAIProvider
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.core import Testing as CdktfTesting
from cdktf_openai.offline import AssetNotFoundError, TerraformError, TerraformWorkspace
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import resources


def file_stack(app: App, source: Path) -> TerraformStack:
    """A stack that uploads ``source`` (a cdktf asset: ``assets/<id>/<MD5>/<name>``)."""
    stack = TerraformStack(app, "files")
    OpenAIProvider(stack, "openai")
    File(stack, "guide", path=source)
    return stack


@pytest.mark.slow
def test_the_files_of_a_stack_come_along_however_it_is_given(
    openai_double_workspace: WorkspaceFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """As ``Testing.synth(stack)`` text (the file found by name and MD5 under the current
    folder), as the stack itself (fully synthesized), and as the folder ``app.synth()`` wrote:
    each workspace has the asset, and the upload reads it (resourceOpenAIFileCreate)."""
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    source = project / "docs" / "guide.md"
    source.write_text("# Guide\nLog in with SSO.\n", encoding="utf-8")
    monkeypatch.chdir(project)
    app = App(outdir=str(tmp_path / "out"))
    stack = file_stack(app, Path("docs/guide.md"))
    text = CdktfTesting.synth(stack)
    app.synth()
    given = {"text": text, "stack": stack, "folder": tmp_path / "out" / "stacks" / "files"}
    for name, form in given.items():
        workspace = openai_double_workspace(form, name)
        (asset,) = (workspace.directory / "assets").rglob("guide.md")
        assert asset.read_text() == source.read_text(), name
        workspace.apply()
        assert resources(workspace)["openai_file.guide"]["bytes"] == len(source.read_bytes())


def test_a_json_stack_whose_file_cannot_be_found_is_an_error(
    openai_double_config: Path, tmp_path: Path
) -> None:
    """An asset neither in the workspace nor under the search roots: a clear error, not an
    upload failure at apply."""
    document = {
        "resource": {"openai_file": {"guide": {"file": f"assets/guide/{'A' * 32}/guide.md"}}}
    }
    with pytest.raises(AssetNotFoundError, match="pass the stack itself"):
        TerraformWorkspace.create(
            tmp_path / "stack",
            json.dumps(document),
            openai_double_config,
            init=False,
            asset_roots=[tmp_path],
        )


@pytest.mark.slow
def test_a_failed_apply_raises_and_plan_returns_its_exit_code(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """``apply()`` raises :class:`TerraformError` with Terraform's message; ``apply(check=
    False)`` and ``plan()`` return the result (``plan -detailed-exitcode``: 2 for changes)."""
    stack = {
        "terraform": {
            "required_providers": {"openai": {"source": "mkdev-me/openai", "version": "1.2.0"}}
        },
        "provider": {"openai": [{}]},
        "resource": {"openai_file": {"notes": {"file": "missing.txt", "purpose": "assistants"}}},
    }
    workspace = openai_double_workspace(stack)
    assert workspace.plan(detailed_exitcode=True).returncode == 2
    with pytest.raises(TerraformError) as failed:
        workspace.apply()
    assert "error reading file missing.txt" in str(failed.value)
    assert failed.value.result.returncode == 1
    assert workspace.apply(check=False).returncode == 1
