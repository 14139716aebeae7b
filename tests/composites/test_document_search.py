"""``DocumentSearch``: files, vector store, file-search assistant, question, run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import DocumentSearch, File, ValidationError, VectorStore
from cdktf_openai.core import TerraformStack
from cdktf_openai.references import ById
from tests.conftest import address, all_keys, by_path, reference, synth


@pytest.fixture
def documents(tmp_path: Path) -> list[Path]:
    paths = [tmp_path / "auth.md", tmp_path / "sso.md"]
    for path in paths:
        path.write_text(f"# {path.stem}\n")
    return paths


def warnings_of(construct: VectorStore) -> list[str]:
    return [str(e.data) for e in construct.node.metadata if e.type == "@cdktf/warn"]


def search(stack: TerraformStack, documents: list[Path], **props: Any) -> DocumentSearch:
    props.setdefault("question", "How do I log in?")
    if "assistant" not in props:
        props.setdefault("model", "gpt-4o")
    return DocumentSearch(stack, "search", documents=documents, **props)


def test_wiring(stack: TerraformStack, documents: list[Path]) -> None:
    created = search(stack, documents, temperature=0.1, metadata={"topic": "auth"})
    assert all(isinstance(file, File) for file in created.files)
    assert isinstance(created.vector_store, VectorStore)
    synthesized = synth(stack)
    files = [reference(synthesized, f"stack/search/documents/{i}") for i in (0, 1)]

    *_, store = by_path(synthesized, "stack/search/vector_store")
    # no file_ids on the store (limits.VECTOR_STORE_FILES: a change of them would be sent in
    # the store's update, which OpenAI rejects): one VectorStoreFile per document instead
    assert "file_ids" not in store and store["name"] == "search"
    assert warnings_of(created.vector_store) == []
    store_id = reference(synthesized, "stack/search/vector_store")
    for index, file in enumerate(files):
        kind, _, added = by_path(synthesized, f"stack/search/vector_store_files/{index}")
        assert (kind, added) == (
            "openai_vector_store_file",
            {"vector_store_id": store_id, "file_id": file},
        )
    assert [f.node.path for f in created.vector_store_files] == [
        "stack/search/vector_store_files/0", "stack/search/vector_store_files/1"
    ]  # fmt: skip
    *_, assistant = by_path(synthesized, "stack/search/assistant")
    assert assistant["tools"] == [{"type": "file_search"}]
    *_, question = by_path(synthesized, "stack/search/question")
    assert [a["file_id"] for a in question["attachments"]] == files
    assert all(a["tools"] == [{"type": "file_search"}] for a in question["attachments"])
    *_, run = by_path(synthesized, "stack/search/run")
    assert run["tools"] == [{"type": "file_search"}]
    assert run["thread_id"] == reference(synthesized, "stack/search/thread")
    assert run["depends_on"] == [address(synthesized, "stack/search/question")]
    assert run["temperature"] == 0.1 and run["metadata"] == {"topic": "auth"}
    assert "max_tokens" not in run  # a run has no token cap OpenAI accepts
    assert "tool_resources" not in all_keys(synthesized)


def test_a_missing_document_is_a_validation_error(
    stack: TerraformStack, documents: list[Path]
) -> None:
    with pytest.raises(ValidationError) as caught:
        search(stack, [*documents, documents[0].parent / "missing.md"])
    assert str(caught.value).startswith(
        "stack/search: documents[2] must be a path to an existing file, got "
    )
    assert stack.node.try_find_child("search") is None


def test_needs_documents_and_a_model_or_assistant(stack: TerraformStack) -> None:
    with pytest.raises(ValidationError) as caught:
        DocumentSearch(stack, "search", question="q", documents=[])
    assert [p.field for p in caught.value.problems] == ["documents", "model"]


def test_at_most_ten_documents(stack: TerraformStack, tmp_path: Path) -> None:
    paths = []
    for i in range(11):
        paths.append(tmp_path / f"{i}.md")
        paths[-1].write_text("x")
    with pytest.raises(ValidationError, match="documents must be a list of 1 to 10 items"):
        search(stack, paths)
    search(stack, paths[:10])
    assert len(synth(stack)["resource"]["openai_file"]) == 10


def test_an_existing_assistant_is_used_as_is(stack: TerraformStack, documents: list[Path]) -> None:
    created = search(stack, documents, assistant="asst_docs")
    assert created.assistant == ById("asst_docs")
    assert "openai_assistant" not in synth(stack)["resource"]


def test_the_answer_is_redone_when_a_document_or_the_question_changes(
    stack: TerraformStack, documents: list[Path]
) -> None:
    search(stack, documents)
    synthesized = synth(stack)
    *_, run = by_path(synthesized, "stack/search/run")
    # a changed document is a new File (its file id changes), so a new question, whose
    # attachments reference the files; a new question or assistant replaces the run
    assert run["lifecycle"]["replace_triggered_by"] == [
        address(synthesized, "stack/search/question"),
        address(synthesized, "stack/search/assistant"),
    ]
    *_, question = by_path(synthesized, "stack/search/question")
    assert [a["file_id"] for a in question["attachments"]] == [
        reference(synthesized, f"stack/search/documents/{index}") for index in range(2)
    ]
