"""``Message``: named constructors, checked on creation, immutable."""

from __future__ import annotations

import dataclasses

import pytest

from cdktf_openai import Message, ValidationError


def test_named_constructors_set_the_role() -> None:
    assert Message.user("hi").role == "user"
    assert Message.assistant("hello").role == "assistant"
    assert Message.user("hi", file_ids=["f"]).file_ids == ("f",)


def test_messages_are_immutable_values() -> None:
    message = Message.user("hi")
    with pytest.raises(dataclasses.FrozenInstanceError):
        message.content = "changed"  # type: ignore[misc]
    assert message == Message.user("hi")


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (lambda: Message.user(""), "Message.user: content must be a non-empty string, got ''"),
        (
            lambda: Message("system", "x"),  # type: ignore[arg-type]
            "Message: role must be one of 'user', 'assistant', got 'system'",
        ),
        (lambda: Message.user("x", file_ids=[""]), "Message.user: file_ids[0] must be"),
        (
            lambda: Message.user("x", metadata={"k": "v" * 513}),
            "Message.user: metadata['k'] must be",
        ),
    ],
)
def test_bad_messages_fail_on_creation(build: object, expected: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build()  # type: ignore[operator]
    assert str(caught.value).startswith(expected)


def test_just_inside_the_bounds() -> None:
    assert Message.user("x").content == "x"
    assert Message.user("x", metadata={"k": "v" * 512}).metadata == {"k": "v" * 512}
