"""Every wrong type is a ValidationError naming the construct path and the field.

Enumerated from the constructs' own ``Props`` tables: every prop of every L2 construct gets a
token of every kind, ``None``, a string where a list or map is expected, and the wrong
construct; each either synthesizes or is refused with a ``ValidationError`` naming the prop --
never a jsii ``RuntimeError``, a ``TypeError``, an ``AttributeError`` or ``ENOENT``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import (
    AdminApiKey,
    Assistant,
    File,
    Invite,
    OpenAIProvider,
    OrganizationUser,
    Project,
    ProjectServiceAccount,
    ProjectUser,
    RateLimit,
    Response,
    Run,
    Thread,
    ThreadMessage,
    ValidationError,
    VectorStore,
    VectorStoreFile,
)
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.core import Testing as CdktfTesting
from cdktf_openai.tokens import token_kind
from cdktf_openai.validation import Secret
from tests.tokens_of_every_kind import TOKEN_MAKERS

HERE = Path(__file__)

#: Each L2 construct and the least it needs to be valid.
CONSTRUCTS: dict[str, tuple[Any, dict[str, Any]]] = {
    "Assistant": (Assistant, {"model": "gpt-4o"}),
    "Thread": (Thread, {}),
    "ThreadMessage": (ThreadMessage, {"thread": "thread_1", "content": "Hi"}),
    "Run": (Run, {"thread": "thread_1", "assistant": "asst_1"}),
    "Response": (Response, {"model": "gpt-4o", "input": "Hi"}),
    "File": (File, {"path": HERE}),
    "VectorStore": (VectorStore, {"name": "docs"}),
    "VectorStoreFile": (VectorStoreFile, {"vector_store": "vs_1", "file": "file-1"}),
    "OpenAIProvider": (OpenAIProvider, {}),
    "Project": (Project, {"name": "Payments"}),
    "ProjectUser": (ProjectUser, {"project": "proj_1", "user": "user-1", "role": "member"}),
    "ProjectServiceAccount": (ProjectServiceAccount, {"project": "proj_1", "name": "ci"}),
    "RateLimit": (RateLimit, {"project": "proj_1", "model": "gpt-4o", "max_tokens_per_minute": 1}),
    "Invite": (
        Invite,
        {"email": "a@example.com", "role": "reader", "projects": {"proj_1": "member"}},
    ),
    "OrganizationUser": (OrganizationUser, {"user": "user-1", "role": "reader"}),
    "AdminApiKey": (AdminApiKey, {"name": "automation"}),
}

CASES = [
    pytest.param(name, prop, kind, id=f"{name}.{prop}-{kind}")
    for name, (construct, _) in CONSTRUCTS.items()
    for prop in construct._PROPS.props
    for kind in TOKEN_MAKERS
]


def build(kind_of_construct: str, **props: Any) -> tuple[TerraformStack, Any]:
    construct, required = CONSTRUCTS[kind_of_construct]
    stack = TerraformStack(App(), "stack")
    if kind_of_construct != "OpenAIProvider":
        OpenAIProvider(stack, "default_provider")
    return stack, construct(stack, "subject", **{**required, **props})


@pytest.mark.parametrize(("name", "prop", "kind"), CASES)
def test_a_token_of_every_kind_is_taken_or_refused_by_name(name: str, prop: str, kind: str) -> None:
    construct, _ = CONSTRUCTS[name]
    rule = construct._PROPS.props[prop].checked_rule  # a NotAccepted rule refuses tokens too
    # a key may only come from a variable or a data source: these tokens are built from literals
    takes_it = kind in rule.tokens and not isinstance(rule, Secret)
    token = TOKEN_MAKERS[kind]()  # type: ignore[index]
    try:
        stack, _ = build(name, **{prop: token})
    except ValidationError as error:
        assert not takes_it, f"{prop} should take a {kind} token: {error}"
        (problem,) = error.problems
        assert (error.where, problem.field) == ("stack/subject", prop)
        assert "token" in problem.shown  # `a string token`, not ${TfToken[TOKEN.12]}
        return
    assert takes_it, f"{prop} took a {kind} token it cannot use"
    document = json.loads(CdktfTesting.synth(stack))
    assert "TfToken" not in json.dumps(document)  # every token resolved


def test_the_table_covers_every_l2_construct_of_the_package() -> None:
    import cdktf_openai
    from cdktf_openai.base import OpenAIResource

    l2 = {
        name
        for name in cdktf_openai.__all__
        if isinstance(getattr(cdktf_openai, name), type)
        and issubclass(getattr(cdktf_openai, name), OpenAIResource)
    }
    assert l2 == set(CONSTRUCTS)


WRONG: list[tuple[str, dict[str, Any], str, str]] = [
    # construct, props, field, how the value is shown
    ("Run", {"thread": None}, "thread", "None"),
    ("Run", {"assistant": None}, "assistant", "None"),
    ("Run", {"tools": "code_interpreter"}, "tools", "'code_interpreter'"),
    ("Thread", {"messages": "Hello"}, "messages", "'Hello'"),
    ("Thread", {"metadata": "team=a"}, "metadata", "'team=a'"),
    ("Assistant", {"file_ids": "file-1"}, "file_ids", "'file-1'"),
    ("VectorStore", {"files": "file-1"}, "files", "'file-1'"),
    ("ThreadMessage", {"attachments": "file-1"}, "attachments", "'file-1'"),
    ("Response", {"include": "output_text"}, "include", "'output_text'"),
    ("Run", {"depends_on": [None]}, "depends_on[0]", "None"),
    ("Run", {"depends_on": "openai_thread.x"}, "depends_on", "'openai_thread.x'"),
    ("Run", {"provider": "openai"}, "provider", "'openai'"),
    ("File", {"path": None}, "path", "None"),
    ("VectorStoreFile", {"chunking": "auto"}, "chunking", "'auto'"),
]


@pytest.mark.parametrize(("name", "props", "field", "shown"), WRONG)
def test_a_wrong_type_names_the_path_and_the_field(
    name: str, props: dict[str, Any], field: str, shown: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        build(name, **props)
    (problem,) = caught.value.problems
    assert (caught.value.where, problem.field, problem.shown) == ("stack/subject", field, shown)


def test_a_construct_of_the_wrong_kind_is_named_by_its_path() -> None:
    stack = TerraformStack(App(), "stack")
    thread = Thread(stack, "thread")
    with pytest.raises(ValidationError) as caught:
        Run(stack, "run", thread=thread, assistant=thread)  # type: ignore[arg-type]
    assert str(caught.value) == (
        "stack/run: assistant must be an Assistant or a non-empty ID string (or token), "
        "got Thread at 'stack/thread'"
    )


def test_show_never_prints_a_token_or_an_object_address() -> None:
    from cdktf_openai.validation import show

    stack = TerraformStack(App(), "stack")
    for kind, make in TOKEN_MAKERS.items():
        assert token_kind(make()) == kind
        assert show(make()) == ("a token" if kind == "any" else f"a {kind} token")
    assert show(Thread(stack, "thread")) == "Thread at 'stack/thread'"
