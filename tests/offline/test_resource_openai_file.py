"""``openai_file`` through real terraform: resource_openai_file.go, reproduced."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.offline import TerraformError
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import resources, rewrite, stack_json

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # terraform on hand-written JSON, no core


def file_stack(path: str, **arguments: Any) -> dict[str, Any]:
    """One uploaded file."""
    return stack_json({"openai_file": {"notes": {"file": path, **arguments}}})


@pytest.mark.slow
def test_upload_writes_name_size_and_purpose_and_every_change_replaces(
    openai_double_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    """resourceOpenAIFileCreate reads the file and writes ``filename``, ``bytes``,
    ``created_at``, ``purpose``; every argument is ForceNew (no UpdateContext)."""
    data = tmp_path / "notes.txt"
    data.write_text("twelve bytes", encoding="utf-8")
    workspace = openai_double_workspace(file_stack(str(data), purpose="assistants"))
    workspace.apply()
    file = resources(workspace)["openai_file.notes"]
    assert (file["filename"], file["bytes"], file["purpose"]) == ("notes.txt", 12, "assistants")
    assert file["id"].startswith("file-") and file["project_id"] is None
    rewrite(workspace, file_stack(str(data), purpose="batch"))
    plan = workspace.plan()
    assert "openai_file.notes must be replaced" in plan.stdout
    assert '~ purpose    = "assistants" -> "batch" # forces replacement' in plan.stdout


@pytest.mark.slow
def test_a_missing_file_fails_with_gos_words(openai_double_workspace: WorkspaceFactory) -> None:
    """resourceOpenAIFileCreate: ``error reading file %s: %s`` around ``os.ReadFile``'s error."""
    workspace = openai_double_workspace(file_stack("/nonexistent/notes.txt", purpose="assistants"))
    with pytest.raises(TerraformError) as failed:
        workspace.apply()
    assert (
        "Error: error reading file /nonexistent/notes.txt: open /nonexistent/notes.txt: "
        "no such file or directory"
    ) in failed.value.result.stderr
    assert resources(workspace) == {}
