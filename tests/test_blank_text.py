"""Text the model reads is refused when it is empty or only whitespace (``limits.NON_BLANK``).

Every field that takes such text -- a response's ``input``, a message's ``content``, the
``instructions`` of assistants, runs, responses and composites, a review's ``code`` and
``focus``, a question -- takes ``"x"`` and refuses ``""`` and ``"  \\n"`` with a
``ValidationError`` naming the construct path, the field, the rule and the value; a token is
left to Terraform, as for every rule.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cdktf_openai import (
    Assistant,
    ChatMessage,
    CodeReviewResponse,
    CodeReviewRun,
    Conversation,
    DocumentSearch,
    Response,
    Run,
    ThreadMessage,
    ValidationError,
    limits,
)
from cdktf_openai.core import App, TerraformStack, TerraformVariable

RULE = "must be a non-blank string"

#: What a construct needs besides the field under test.
Build = Callable[[TerraformStack, Any], object]

#: construct path of the error, field, and how to build with the field set to a value.
FIELDS: list[tuple[str, str, Build]] = [
    ("stack/subject", "input", lambda s, v: Response(s, "subject", model="gpt-4o", input=v)),
    (
        "stack/subject",
        "instructions",
        lambda s, v: Response(s, "subject", model="gpt-4o", input="Hi", instructions=v),
    ),
    ("ChatMessage.user", "content", lambda s, v: ChatMessage.user(v)),
    ("ChatMessage.assistant", "content", lambda s, v: ChatMessage.assistant(v)),
    ("stack/subject", "content", lambda s, v: ThreadMessage(s, "subject", thread="t", content=v)),
    (
        "stack/subject",
        "instructions",
        lambda s, v: Assistant(s, "subject", model="gpt-4o", instructions=v),
    ),
    (
        "stack/subject",
        "instructions",
        lambda s, v: Run(s, "subject", thread="thread_1", assistant="asst_1", instructions=v),
    ),
    (
        "stack/subject",
        "code",
        lambda s, v: CodeReviewRun(s, "subject", code=v, language="python", model="gpt-4o"),
    ),
    (
        "stack/subject",
        "focus",
        lambda s, v: CodeReviewRun(s, "subject", code="x", language="go", model="m", focus=v),
    ),
    (
        "stack/subject",
        "instructions",
        lambda s, v: CodeReviewRun(
            s, "subject", code="x", language="go", model="m", instructions=v
        ),
    ),
    (
        "stack/subject",
        "code",
        lambda s, v: CodeReviewResponse(s, "subject", code=v, language="python", model="gpt-4o"),
    ),
    (
        "stack/subject",
        "focus",
        lambda s, v: CodeReviewResponse(s, "subject", code="x", language="go", model="m", focus=v),
    ),
    (
        "stack/subject",
        "instructions",
        lambda s, v: CodeReviewResponse(
            s, "subject", code="x", language="go", model="m", instructions=v
        ),
    ),
    (
        "stack/subject",
        "question",
        lambda s, v: DocumentSearch(
            s, "subject", question=v, documents=[Path(__file__)], model="gpt-4o"
        ),
    ),
    (
        "stack/subject",
        "instructions",
        lambda s, v: DocumentSearch(
            s, "subject", question="Why?", documents=[Path(__file__)], model="m", instructions=v
        ),
    ),
    (
        "stack/subject",
        "question",
        lambda s, v: Conversation(s, "subject", assistant="asst_1", question=v),
    ),
    (
        "stack/subject",
        "instructions",
        lambda s, v: Conversation(s, "subject", assistant="asst_1", instructions=v),
    ),
]

CASES = [
    pytest.param(where, field, build, id=f"{where.split('/')[0]}-{i}-{field}")
    for i, (where, field, build) in enumerate(FIELDS)
]


def new_stack() -> TerraformStack:
    return TerraformStack(App(), "stack")


@pytest.mark.parametrize(("where", "field", "build"), CASES)
def test_one_character_is_accepted(where: str, field: str, build: Build) -> None:
    build(new_stack(), "x")


@pytest.mark.parametrize("blank", ["", "  \n"])
@pytest.mark.parametrize(("where", "field", "build"), CASES)
def test_empty_and_whitespace_only_are_refused(
    where: str, field: str, build: Build, blank: str
) -> None:
    stack = new_stack()
    with pytest.raises(ValidationError) as caught:
        build(stack, blank)
    (problem,) = caught.value.problems
    assert caught.value.where == where
    assert str(caught.value).startswith(f"{where}: {field} {RULE}")
    assert (problem.field, problem.shown) == (field, repr(blank))
    assert stack.node.try_find_child("subject") is None  # nothing was created


@pytest.mark.parametrize(("where", "field", "build"), CASES)
def test_a_string_token_is_left_to_terraform(where: str, field: str, build: Build) -> None:
    stack = new_stack()
    text = TerraformVariable(stack, "text", type="string")
    build(stack, text.string_value)


#: Every character Python counts as whitespace (``str.isspace``): Unicode's too.
WHITESPACE = [chr(c) for c in range(0x110000) if chr(c).isspace()]


@given(st.text(alphabet=st.sampled_from(WHITESPACE), max_size=20))
def test_any_whitespace_only_text_is_refused(blank: str) -> None:
    (problem,) = limits.NON_BLANK.problems("content", blank)
    assert problem.field == "content"
    with pytest.raises(ValidationError):
        ChatMessage.user(blank)


@given(
    st.text(alphabet=st.sampled_from(WHITESPACE), max_size=5),
    st.characters(exclude_characters=WHITESPACE, exclude_categories=["Cs"]),
    st.text(max_size=20),
)
def test_text_with_anything_but_whitespace_is_accepted(before: str, char: str, after: str) -> None:
    text = before + char + after
    assert list(limits.NON_BLANK.problems("content", text)) == []
    assert list(limits.INSTRUCTIONS.problems("instructions", text)) == []
    assert ChatMessage.user(text).content == text


def test_printable_ascii_whitespace_is_all_refused() -> None:
    for blank in string.whitespace:
        assert list(limits.CODE.problems("code", blank)), repr(blank)
