"""``ChatMessage``: named constructors, checked on creation, immutable."""

from __future__ import annotations

import dataclasses

import pytest

from cdktf_openai import ChatMessage, ValidationError


def test_named_constructors_set_the_role() -> None:
    assert ChatMessage.user("hi").role == "user"
    assert ChatMessage.assistant("hello").role == "assistant"
    assert ChatMessage.user("hi", file_ids=["f"]).file_ids == ("f",)


def test_messages_are_immutable_values() -> None:
    message = ChatMessage.user("hi")
    with pytest.raises(dataclasses.FrozenInstanceError):
        message.content = "changed"  # type: ignore[misc]
    assert message == ChatMessage.user("hi")


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (
            lambda: ChatMessage.user(""),
            "ChatMessage.user: content must be a non-blank string, got ''",
        ),
        (
            lambda: ChatMessage("system", "x"),  # type: ignore[arg-type]
            "ChatMessage: role must be one of 'user', 'assistant', got 'system'",
        ),
        (lambda: ChatMessage.user("x", file_ids=[""]), "ChatMessage.user: file_ids[0] must be"),
        (
            lambda: ChatMessage.user("x", metadata={"k": "v" * 513}),
            "ChatMessage.user: metadata['k'] must be",
        ),
    ],
)
def test_bad_messages_fail_on_creation(build: object, expected: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build()  # type: ignore[operator]
    assert str(caught.value).startswith(expected)


def test_just_inside_the_bounds() -> None:
    assert ChatMessage.user("x").content == "x"
    assert ChatMessage.user("x", metadata={"k": "v" * 512}).metadata == {"k": "v" * 512}
