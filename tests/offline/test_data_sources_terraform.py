"""The Assistants, file and vector store data sources through Terraform and the double: a stack
creates an assistant, a thread, a file and a vector store and reads them back."""

from __future__ import annotations

import json
from typing import Any

import pytest

from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import PROVIDER, resources, stack_json

NOTES = "Release notes\nVersion 2 adds reviews.\n"

STACK: dict[str, Any] = stack_json(
    {
        "openai_assistant": {"reviewer": {"model": "gpt-4o", "name": "reviewer",
                                          "instructions": "Review code.",
                                          "metadata": {"team": "web"}}},
        "openai_thread": {"chat": {"messages": [{"role": "user", "content": "Hello"}],
                                   "metadata": {"topic": "review"}}},
        "openai_file": {"notes": {"file": "notes.txt", "purpose": "assistants"}},
        "openai_vector_store": {"docs": {"name": "docs",
                                         "file_ids": ["${openai_file.notes.id}"]}},
    },
    data={
        "openai_assistant": {"reviewer": {"assistant_id": "${openai_assistant.reviewer.id}"}},
        "openai_assistants": {"all": {"order": "asc",
                                      "depends_on": ["openai_assistant.reviewer"]}},
        "openai_thread": {"chat": {"thread_id": "${openai_thread.chat.id}"}},
        "openai_file": {"notes": {"file_id": "${openai_file.notes.id}"}},
        "openai_files": {"assistants": {"purpose": "assistants",
                                        "depends_on": ["openai_file.notes"]}},
        "openai_vector_store": {"docs": {"id": "${openai_vector_store.docs.id}"}},
        "openai_vector_store_files": {
            "docs": {"vector_store_id": "${openai_vector_store.docs.id}"}
        },
        "openai_vector_store_file_content": {
            "notes": {"vector_store_id": "${openai_vector_store.docs.id}",
                      "file_id": "${openai_file.notes.id}"}
        },
    },
    output={
        "assistant": {"value": {
            "id": "${data.openai_assistant.reviewer.id}",
            "name": "${data.openai_assistant.reviewer.name}",
            "model": "${data.openai_assistant.reviewer.model}",
            "instructions": "${data.openai_assistant.reviewer.instructions}",
            "metadata": "${data.openai_assistant.reviewer.metadata}",
            "created_at": "${data.openai_assistant.reviewer.created_at}",
        }},
        "listed_assistants": {"value": "${data.openai_assistants.all.assistants[*].id}"},
        "thread": {"value": {
            "id": "${data.openai_thread.chat.id}",
            "created_at": "${data.openai_thread.chat.created_at}",
            "metadata": "${data.openai_thread.chat.metadata}",
        }},
        "file": {"value": {
            "id": "${data.openai_file.notes.id}",
            "filename": "${data.openai_file.notes.filename}",
            "bytes": "${data.openai_file.notes.bytes}",
            "purpose": "${data.openai_file.notes.purpose}",
        }},
        "listed_files": {"value": "${data.openai_files.assistants.files[*].id}"},
        "vector_store": {"value": {
            "id": "${data.openai_vector_store.docs.id}",
            "name": "${data.openai_vector_store.docs.name}",
        }},
        "store_files": {"value": "${data.openai_vector_store_files.docs.files[*].id}"},
        "content": {"value": "${data.openai_vector_store_file_content.notes.content}"},
    },
)  # fmt: skip


@pytest.mark.slow
def test_the_data_sources_read_back_what_the_stack_created(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """Each data source's outputs are the created resource's values; the vector store file's
    content is the API's JSON page holding the uploaded text; a plan after the apply changes
    nothing (the data sources are read again, with the same answers)."""
    workspace = openai_double_workspace(STACK)
    (workspace.directory / "notes.txt").write_text(NOTES, encoding="utf-8")
    workspace.apply()
    state = resources(workspace)
    outputs = workspace.outputs()
    assistant = state["openai_assistant.reviewer"]
    assert outputs["assistant"] == {
        "id": assistant["id"], "name": "reviewer", "model": "gpt-4o",
        "instructions": "Review code.", "metadata": {"team": "web"},
        "created_at": assistant["created_at"],
    }  # fmt: skip
    assert outputs["listed_assistants"] == [assistant["id"]]
    thread = state["openai_thread.chat"]
    assert outputs["thread"] == {"id": thread["id"], "created_at": thread["created_at"],
                                 "metadata": {"topic": "review"}}  # fmt: skip
    notes = state["openai_file.notes"]
    assert outputs["file"] == {"id": notes["id"], "filename": "notes.txt",
                               "bytes": len(NOTES.encode()), "purpose": "assistants"}  # fmt: skip
    assert outputs["listed_files"] == [notes["id"]]
    store = state["openai_vector_store.docs"]
    assert outputs["vector_store"] == {"id": store["id"], "name": "docs"}
    assert outputs["store_files"] == [notes["id"]]
    page = json.loads(outputs["content"])
    assert page["object"] == "vector_store.file_content.page"
    assert page["data"] == [{"type": "text", "text": NOTES}]
    assert workspace.plan(detailed_exitcode=True).returncode == 0
    workspace.destroy()


@pytest.mark.slow
def test_a_data_source_of_a_missing_object_fails_the_plan_in_the_go_words(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """An ID the fake API does not hold is the API's 404, in the data source's own words."""
    stack = {**PROVIDER, "data": {"openai_thread": {"gone": {"thread_id": "thread_gone"}},
                                  "openai_file": {"gone": {"file_id": "file-gone"}}}}  # fmt: skip
    plan = openai_double_workspace(stack).plan()
    assert plan.returncode == 1
    output = " ".join(plan.output.replace("│", " ").split())
    assert (
        "Error: error retrieving thread: invalid_request_error - "
        "No thread found with id 'thread_gone'."
    ) in output
    assert "Error: file with ID file-gone not found" in output
