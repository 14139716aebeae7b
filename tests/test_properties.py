"""Property: whatever the props, a construct either synthesizes or raises ValidationError.

Never a jsii, typeguard or Terraform traceback, never another exception type.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cdktf_openai import (
    Assistant,
    Attachment,
    ChatMessage,
    OpenAIProvider,
    Response,
    Run,
    Thread,
    ThreadMessage,
    Tool,
    ValidationError,
)
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.core import Testing as CdktfTesting

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**40), max_value=2**40)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(["gpt-4o", "user", "assistant", "https://example.com", "file-1"])
)
values = st.recursive(
    scalars
    | st.sampled_from(
        [
            Tool.code_interpreter(),
            Tool.file_search(),
            Tool.function("f", parameters={"type": "object"}),
            ChatMessage.user("hi"),
            Attachment.of("file-1"),
        ]
    ),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)


# Props Python itself requires (leaving them out is a TypeError of the call, as for any
# function); every other prop may be absent.
REQUIRED = {"thread", "assistant", "model", "content", "input"}


def props_for(*names: str) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {name: values for name in names if name in REQUIRED},
        optional={name: values for name in names if name not in REQUIRED},
    )


def declared(construct: Any) -> tuple[Callable[..., object], tuple[str, ...]]:
    """The construct and the names of its props, as its ``Props`` table declares them."""
    return construct, tuple(construct._PROPS.props)


CONSTRUCTS: dict[str, tuple[Callable[..., object], tuple[str, ...]]] = {
    "run": declared(Run),
    "assistant": declared(Assistant),
    "thread": declared(Thread),
    "message": declared(ThreadMessage),
    "provider": declared(OpenAIProvider),
    "response": declared(Response),
}


def synthesizes_or_raises_validation_error(build: Callable[[TerraformStack], object]) -> None:
    stack = TerraformStack(App(), "stack")
    try:
        build(stack)
    except ValidationError as error:
        assert error.problems and str(error).startswith(("stack/", "Tool", "ChatMessage"))
        return
    json.loads(CdktfTesting.synth(stack))  # a built construct always synthesizes


def check(kind: str, props: dict[str, Any]) -> None:
    construct, _ = CONSTRUCTS[kind]
    synthesizes_or_raises_validation_error(lambda stack: construct(stack, kind, **props))


quick = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@quick
@given(props_for(*CONSTRUCTS["run"][1]))
def test_run(props: dict[str, Any]) -> None:
    check("run", props)


@quick
@given(props_for(*CONSTRUCTS["assistant"][1]))
def test_assistant(props: dict[str, Any]) -> None:
    check("assistant", props)


@quick
@given(props_for(*CONSTRUCTS["thread"][1]))
def test_thread(props: dict[str, Any]) -> None:
    check("thread", props)


@quick
@given(props_for(*CONSTRUCTS["message"][1]))
def test_thread_message(props: dict[str, Any]) -> None:
    check("message", props)


@quick
@given(props_for(*CONSTRUCTS["provider"][1]))
def test_provider(props: dict[str, Any]) -> None:
    check("provider", props)


@quick
@given(props_for(*CONSTRUCTS["response"][1]))
def test_response(props: dict[str, Any]) -> None:
    check("response", props)


@quick
@given(name=values, parameters=values, description=values)
def test_tool_function(name: Any, parameters: Any, description: Any) -> None:
    try:
        Tool.function(name, parameters=parameters, description=description)
    except ValidationError as error:
        assert str(error).startswith("Tool.function: ")


@quick
@given(role=values, content=values, file_ids=values, metadata=values)
def test_message(role: Any, content: Any, file_ids: Any, metadata: Any) -> None:
    try:
        ChatMessage(role, content, file_ids, metadata)
    except ValidationError as error:
        assert str(error).startswith("ChatMessage")
