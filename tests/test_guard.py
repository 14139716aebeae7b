"""Changes that provider 1.2.0 would silently drop replace the resource (guard.py)."""

from __future__ import annotations

import json
from typing import Any

from cdktf_openai import (
    Attachment,
    ChatMessage,
    Chunking,
    File,
    Thread,
    ThreadMessage,
    VectorStore,
    VectorStoreFile,
)
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.core import Testing as CdktfTesting
from cdktf_openai.guard import fingerprint
from tests.conftest import ROOT

DOC = ROOT / "README.md"


def companions(stack: TerraformStack) -> dict[str, Any]:
    document = json.loads(CdktfTesting.synth(stack))
    return {
        body["//"]["metadata"]["path"] if "//" in body else name: body["input"]
        for name, body in document["resource"].get("terraform_data", {}).items()
    }


def test_a_thread_with_messages_gets_a_companion_that_changes_with_any_message() -> None:
    inputs = []
    for content in ("Review x = 1", "Review x = 2"):
        stack = TerraformStack(App(), "stack")
        Thread(stack, "thread", messages=[ChatMessage.user(content, metadata={"k": "v"})])
        (companion,) = companions(stack).values()
        inputs.append(companion["messages"])
    assert inputs[0] != inputs[1]
    assert json.loads(inputs[0]) == [
        {"content": "Review x = 1", "file_ids": [], "metadata": {"k": "v"}, "role": "user"}
    ]


def test_nothing_to_guard_means_no_companion() -> None:
    stack = TerraformStack(App(), "stack")
    Thread(stack, "thread")
    ThreadMessage(stack, "message", thread="thread_1", content="Hi")
    VectorStore(stack, "store", name="docs")
    VectorStoreFile(stack, "file", vector_store="vs_1", file="file-1")
    assert companions(stack) == {}


def test_every_value_the_provider_would_drop_is_guarded() -> None:
    stack = TerraformStack(App(), "stack")
    file = File(stack, "doc", path=DOC)
    ThreadMessage(stack, "message", thread="t", content="Hi", attachments=[Attachment.of(file)])
    VectorStore(stack, "store", name="docs", chunking="static", expires_after_days=7)
    VectorStoreFile(stack, "in_store", vector_store="vs_1", file=file, chunking=Chunking.auto())
    assert {name.split("_replace")[0]: sorted(i) for name, i in companions(stack).items()} == {
        "message": ["attachments"],
        "store": ["chunking", "expires_after_days"],
        "in_store": ["chunking"],
    }


def test_a_token_stays_a_token_so_terraform_sees_its_changes() -> None:
    stack = TerraformStack(App(), "stack")
    file = File(stack, "doc", path=DOC)
    ThreadMessage(stack, "m", thread="t", content="c", attachments=[Attachment.of(file)])
    (inputs,) = companions(stack).values()
    # a new file is a new id: Terraform sees the companion change, and replaces the message
    assert json.loads(inputs["attachments"]) == [
        {"file": "${openai_file.doc.id}", "tools": [{"type": "file_search"}]}
    ]
    assert fingerprint([Attachment.of(file)]).startswith('[{"file":"${TfToken[')
