"""``openai_vector_store`` and ``openai_vector_store_file`` through real terraform."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.offline.openai_contract import SWITCH
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import api_objects, resources, rewrite, stack_json

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # terraform on hand-written JSON, no core


def store_stack(
    data: Path, *, days: int = 30, chunking: str = "auto", size: int = 800
) -> dict[str, Any]:
    """A file, a vector store of it, and the file added again with its own chunking."""
    return stack_json(
        {
            "openai_file": {"notes": {"file": str(data), "purpose": "assistants"}},
            "openai_vector_store": {
                "docs": {
                    "name": "docs",
                    "file_ids": ["${openai_file.notes.id}"],
                    "expires_after": [{"anchor": "last_active_at", "days": days}],
                    "chunking_strategy": [{"type": chunking}],
                }
            },
            "openai_vector_store_file": {
                "notes": {
                    "vector_store_id": "${openai_vector_store.docs.id}",
                    "file_id": "${openai_file.notes.id}",
                    "chunking_strategy": [{"type": "fixed", "size": size}],
                }
            },
        }
    )


@pytest.mark.slow
def test_create_read_and_in_place_updates_that_do_not_reach_the_api(
    openai_double_workspace: WorkspaceFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """resourceOpenAIVectorStoreCreate/Read: ``status`` as the API says (``in_progress`` while
    indexing, ``completed`` on a later refresh); ``file_count`` stays null (the API has
    ``file_counts``). ``expires_after`` and ``chunking_strategy`` change in place, but
    resourceOpenAIVectorStoreUpdate sends only name, metadata and file_ids: state holds the new
    values, the API the old. resourceOpenAIVectorStoreFileCreate/Update likewise: the ID is
    the file's, ``chunking_strategy`` changes in place and is never sent again.

    The check of OpenAI's contract is off: resourceOpenAIVectorStoreFileCreate sends any
    ``chunking_strategy`` with ``size`` and ``max_tokens``, which OpenAI rejects
    (test_openai_contract.py); this test is about what reaches a server that takes them."""
    monkeypatch.setenv(SWITCH, "off")
    data = tmp_path / "notes.md"
    data.write_text("# Notes\n", encoding="utf-8")
    workspace = openai_double_workspace(store_stack(data))
    workspace.apply()
    state = resources(workspace)
    store, entry = state["openai_vector_store.docs"], state["openai_vector_store_file.notes"]
    assert (store["status"], store["file_count"], store["object"]) == (
        "in_progress",
        None,
        "vector_store",
    )
    assert (entry["id"], entry["status"]) == (state["openai_file.notes"]["id"], "in_progress")
    workspace.refresh()
    state = resources(workspace)
    assert state["openai_vector_store.docs"]["status"] == "completed"
    assert state["openai_vector_store_file.notes"]["status"] == "completed"

    rewrite(workspace, store_stack(data, days=7, chunking="static", size=400))
    plan = workspace.plan()
    assert "Plan: 0 to add, 2 to change, 0 to destroy." in plan.stdout
    workspace.apply()
    state = resources(workspace)
    assert state["openai_vector_store.docs"]["expires_after"] == [
        {"anchor": "last_active_at", "days": 7}
    ]
    assert state["openai_vector_store_file.notes"]["chunking_strategy"][0]["size"] == 400
    (api_store,) = api_objects(workspace, "vector_store").values()
    assert api_store["expires_after"] == {"anchor": "last_active_at", "days": 30}
    assert workspace.plan(detailed_exitcode=True).returncode == 0


@pytest.mark.slow
def test_a_vector_store_deleted_elsewhere_fails_the_refresh(
    openai_double_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    """resourceOpenAIVectorStoreRead returns ``client.DoRequest``'s error for a 404 instead of
    removing the store from state (unlike the Assistants resources)."""
    stack = stack_json({"openai_vector_store": {"docs": {"name": "docs"}}})
    workspace = openai_double_workspace(stack)
    workspace.apply()
    store = resources(workspace)["openai_vector_store.docs"]["id"]
    workspace.objects().delete("vector_store", store)
    plan = workspace.plan()
    assert plan.returncode == 1
    assert (
        f"Error: Error reading vector store: API error: No vector store found with id '{store}'."
    ) in plan.stderr
