"""``Thread``: starting messages rendered as blocks, metadata sorted."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai import ChatMessage, Thread
from cdktf_openai.core import TerraformStack
from tests.conftest import expect_rejected, replaced_on_change, resource_json


def test_messages_and_metadata_are_mapped_in_order(stack: TerraformStack) -> None:
    Thread(
        stack,
        "thread",
        messages=[
            ChatMessage.user("Review this", file_ids=["file-1"], metadata={"z": "1", "a": "2"}),
            ChatMessage.assistant("Sure."),
        ],
        metadata={"topic": "review", "language": "python"},
    )
    assert resource_json(stack, "openai_thread", "thread") == {
        "messages": [
            {
                "role": "user",
                "content": "Review this",
                "file_ids": ["file-1"],
                "metadata": {"a": "2", "z": "1"},
            },
            {"role": "assistant", "content": "Sure."},
        ],
        "metadata": {"language": "python", "topic": "review"},
        "lifecycle": replaced_on_change("thread"),  # an edited message replaces the thread
    }


def test_an_empty_thread_is_allowed(stack: TerraformStack) -> None:
    Thread(stack, "thread")
    assert resource_json(stack, "openai_thread", "thread") == {}


REJECTED: list[tuple[str, Any]] = [
    ("messages", ["just a string"]),
    ("messages", [{"role": "user", "content": "dict"}]),
    ("messages", ChatMessage.user("not in a list")),
    ("metadata", {f"k{i}": "v" for i in range(17)}),
]


@pytest.mark.parametrize(("field", "value"), REJECTED)
def test_bad_props_are_rejected(stack: TerraformStack, field: str, value: Any) -> None:
    error = expect_rejected(lambda: Thread(stack, "thread", **{field: value}), field)
    assert str(error).startswith(f"stack/thread: {field}")


# limits.MESSAGE_FILE_IDS: provider 1.2.0 sends a message's file_ids as they are
# (resourceOpenAIThreadCreate); a thread's messages have attachments instead in OpenAI's
# Assistants v2 (ThreadCreateParams.Message, openai 3.63.0): HTTP 400 there.


def warnings_of(thread: Thread) -> list[str]:
    return [str(e.data) for e in thread.node.metadata if e.type == "@cdktf/warn"]


def test_a_message_with_file_ids_is_warned_about_on_its_thread(stack: TerraformStack) -> None:
    thread = Thread(
        stack,
        "thread",
        messages=[ChatMessage.user("No files."), ChatMessage.user("One", file_ids=["file-1"])],
    )
    (warning,) = warnings_of(thread)
    assert warning.startswith(
        "[@cdktf-openai:messageFileIds] messages[].file_ids: provider 1.2.0 sends a thread "
        "message's file_ids as they are, which OpenAI's Assistants v2 answers with HTTP 400"
    )
    assert warning.endswith(
        "add the message as a ThreadMessage with attachments=[Attachment.of(file)]."
    )


def test_messages_without_file_ids_give_no_warning(stack: TerraformStack) -> None:
    thread = Thread(stack, "thread", messages=[ChatMessage.user("hi", file_ids=[])])
    assert warnings_of(thread) == []
