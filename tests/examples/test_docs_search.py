"""Example docs_search: the seed's third scenario, as provider 1.2.0 allows it."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai.core import App
from examples.docs_search.main import STACK_NAME, DocsSearchStack
from tests.conftest import all_keys, by_path, reference, synth


@pytest.fixture(scope="module")
def synthesized() -> dict[str, Any]:
    return synth(DocsSearchStack(App(), STACK_NAME))


def test_the_document_is_an_asset_with_a_relative_path(synthesized: dict[str, Any]) -> None:
    *_, file = by_path(synthesized, "docs_search/docs_search/documents/0")
    assert file["purpose"] == "assistants"
    assert file["file"].startswith("assets/") and file["file"].endswith("/authentication.md")


def test_vector_store_indexes_the_document_and_expires(synthesized: dict[str, Any]) -> None:
    *_, store = by_path(synthesized, "docs_search/docs_search/vector_store")
    assert store["name"] == "Documentation Store"
    assert "file_ids" not in store  # the document is added by a VectorStoreFile
    *_, added = by_path(synthesized, "docs_search/docs_search/vector_store_files/0")
    assert added == {
        "vector_store_id": reference(synthesized, "docs_search/docs_search/vector_store"),
        "file_id": reference(synthesized, "docs_search/docs_search/documents/0"),
    }
    assert store["expires_after"] == {"anchor": "last_active_at", "days": 30}


def test_question_attaches_the_document_for_file_search(synthesized: dict[str, Any]) -> None:
    *_, question = by_path(synthesized, "docs_search/docs_search/question")
    assert question["thread_id"] == reference(synthesized, "docs_search/docs_search/thread")
    assert question["attachments"] == [
        {
            "file_id": reference(synthesized, "docs_search/docs_search/documents/0"),
            "tools": [{"type": "file_search"}],
        }
    ]


def test_run_has_file_search_as_a_list_of_maps(synthesized: dict[str, Any]) -> None:
    *_, run = by_path(synthesized, "docs_search/docs_search/run")
    assert run["tools"] == [{"type": "file_search"}]
    assert run["assistant_id"] == reference(synthesized, "docs_search/docs_search/assistant")
    assert run["metadata"] == {"search_type": "documentation", "topic": "authentication"}
    *_, assistant = by_path(synthesized, "docs_search/docs_search/assistant")
    assert assistant["tools"] == [{"type": "file_search"}]


def test_no_tool_resources_anywhere(synthesized: dict[str, Any]) -> None:
    assert "tool_resources" not in all_keys(synthesized)
