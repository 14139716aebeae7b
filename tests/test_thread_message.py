"""``ThreadMessage`` and ``Attachment``: a message added to a thread, with files."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai import Attachment, Thread, ThreadMessage, Tool, ValidationError
from cdktf_openai.core import TerraformStack
from cdktf_openai.l1.file import File as L1File
from tests.conftest import expect_rejected, replaced_on_change, resource_json


def test_message_with_attachments_references_thread_and_file(stack: TerraformStack) -> None:
    thread = Thread(stack, "thread")
    spec = L1File(stack, "spec", file="spec.md", purpose="assistants")
    ThreadMessage(
        stack,
        "question",
        thread=thread,
        content="What does the spec say about auth?",
        attachments=[
            Attachment.of(spec),
            Attachment.of("file-abc", tools=[Tool.code_interpreter(), Tool.file_search()]),
        ],
        metadata={"topic": "auth"},
    )
    assert resource_json(stack, "openai_message", "question") == {
        "thread_id": "${openai_thread.thread.id}",
        "role": "user",
        "content": "What does the spec say about auth?",
        "attachments": [
            {"file_id": "${openai_file.spec.id}", "tools": [{"type": "file_search"}]},
            {
                "file_id": "file-abc",
                "tools": [{"type": "code_interpreter"}, {"type": "file_search"}],
            },
        ],
        "metadata": {"topic": "auth"},
        "lifecycle": replaced_on_change("question"),  # an edited attachment replaces it
    }


REJECTED: list[tuple[str, Any]] = [
    ("content", ""),
    ("role", "system"),
    ("thread", ""),
    ("attachments", ["file-abc"]),
    ("metadata", {"k": 1}),
]


@pytest.mark.parametrize(("field", "value"), REJECTED)
def test_bad_props_are_rejected(stack: TerraformStack, field: str, value: Any) -> None:
    props: dict[str, Any] = {"thread": "thread_abc", "content": "hi", field: value}
    error = expect_rejected(lambda: ThreadMessage(stack, "message", **props), field)
    assert str(error).startswith(f"stack/message: {field}")


def test_attachment_needs_one_tool_and_no_function_tool() -> None:
    with pytest.raises(ValidationError, match=r"^Attachment: tools must be a list of at least"):
        Attachment.of("file-abc", tools=[])
    lookup = Tool.function("lookup", parameters={"type": "object"})
    with pytest.raises(ValidationError, match=r"^Attachment: tools\[0\] must be"):
        Attachment.of("file-abc", tools=[lookup])
    with pytest.raises(ValidationError, match=r"^Attachment: file must be"):
        Attachment.of("")
    assert Attachment.of("file-abc", tools=[Tool.code_interpreter()]).tools == (
        Tool.code_interpreter(),
    )
