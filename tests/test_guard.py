"""Changes that provider 1.2.0 would silently drop replace the resource (guard.py)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import (
    Attachment,
    ChatMessage,
    File,
    Thread,
    ThreadMessage,
    VectorStore,
    VectorStoreFile,
)
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.core import Testing as CdktfTesting
from cdktf_openai.guard import fingerprint
from tests.conftest import OLD_TERRAFORM_MESSAGE, ROOT, run_with_fake_terraform

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
    VectorStore(stack, "store", name="docs", chunking="auto", expires_after_days=7)
    # a VectorStoreFile's chunking, which the Update drops too, is refused (any value:
    # limits.VECTOR_STORE_FILE_CHUNKING), so it has nothing to guard
    VectorStoreFile(stack, "in_store", vector_store="vs_1", file=file)
    assert {name.split("_replace")[0]: sorted(i) for name, i in companions(stack).items()} == {
        "message": ["attachments"],
        "store": ["chunking", "expires_after_days"],
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


# -- cdktf's Terraform version check runs once per stack, not once per companion -----------------

#: Two stacks, each with four companions (three threads, a vector store); the second also has
#: a ``terraform_data`` of the user's own. ``app.synth()`` validates each stack in turn.
_TWO_STACKS = """
import sys
from cdktf_openai import ChatMessage, OpenAIProvider, Thread, VectorStore
from cdktf_openai.core import App, DataResource, TerraformStack

app = App(outdir=sys.argv[1])
for name in ("first", "second"):
    stack = TerraformStack(app, name)
    OpenAIProvider(stack, "openai")
    for i in range(3):
        Thread(stack, f"thread_{i}", messages=[ChatMessage.user(f"message {i}")])
    if name == "second":
        DataResource(stack, "mine", input={"k": "v"})
    VectorStore(stack, "store", name="docs", chunking="auto")
app.synth()
"""


def _terraform_data(out: Path, stack: str) -> dict[str, Any]:
    document = json.loads((out / "stacks" / stack / "cdk.tf.json").read_text())
    resources: dict[str, Any] = document["resource"]["terraform_data"]
    return resources


@pytest.mark.parametrize("batching", ["on", "off"])
def test_a_stack_runs_terraform_version_once_however_many_companions_it_has(
    batching: str, tmp_path: Path
) -> None:
    done, calls = run_with_fake_terraform(
        _TWO_STACKS, tmp_path, version="1.11.4", batching=batching
    )
    assert done.returncode == 0, done.stderr
    assert len(_terraform_data(tmp_path / "out", "first")) == 4
    assert len(_terraform_data(tmp_path / "out", "second")) == 5
    # one for each stack's companions, one for the user's own terraform_data (cdktf's, untouched)
    assert calls == ["version"] * 3


@pytest.mark.parametrize("batching", ["on", "off"])
def test_a_terraform_older_than_1_4_still_fails_synthesis_in_cdktfs_words(
    batching: str, tmp_path: Path
) -> None:
    done, calls = run_with_fake_terraform(_TWO_STACKS, tmp_path, version="1.3.0", batching=batching)
    assert done.returncode != 0
    assert f"[first/thread_0/replace_on_change] {OLD_TERRAFORM_MESSAGE}" in done.stderr
    # on the first companion of the first stack alone (cdktf named each companion)
    named = re.findall(r"\[([^\]]+)\] " + re.escape(OLD_TERRAFORM_MESSAGE), done.stderr)
    assert set(named) == {"first/thread_0/replace_on_change"}
    assert calls == ["version"]  # the first stack stops the synthesis
