"""No silent loss of resources: an id whose Terraform name would collide or be invalid is refused.

cdktf drops every character outside ``[A-Za-z0-9_-]`` from a construct id on its way to a
Terraform name; ``"a.b"`` and ``"ab"`` would silently become one ``openai_assistant.ab``, and
``"1st"`` or ``"ü"`` a name that only ``terraform validate`` rejects.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from constructs import Construct
from hypothesis import given, settings
from hypothesis import strategies as st

from cdktf_openai import (
    Assistant,
    CodeReviewResponse,
    CodeReviewRun,
    Conversation,
    DocumentSearch,
    File,
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
from tests.conftest import ROOT

DOC = ROOT / "examples" / "docs_search" / "docs" / "authentication.md"

#: Every resource construct, built with the least it needs.
RESOURCES: dict[str, Any] = {
    "Assistant": lambda scope, id: Assistant(scope, id, model="gpt-4o"),
    "Thread": lambda scope, id: Thread(scope, id),
    "ThreadMessage": lambda scope, id: ThreadMessage(scope, id, thread="t", content="Hi"),
    "Run": lambda scope, id: Run(scope, id, thread="t", assistant="a"),
    "Response": lambda scope, id: Response(scope, id, model="gpt-4o", input="Hi"),
    "File": lambda scope, id: File(scope, id, path=DOC),
    "VectorStore": lambda scope, id: VectorStore(scope, id, name="docs"),
    "VectorStoreFile": lambda scope, id: VectorStoreFile(scope, id, vector_store="vs", file="f"),
}
COMPOSITES: dict[str, Any] = {
    "CodeReviewRun": lambda scope, id: CodeReviewRun(
        scope, id, code="x", language="python", model="gpt-4o"
    ),
    "CodeReviewResponse": lambda scope, id: CodeReviewResponse(
        scope, id, code="x", language="python", model="gpt-4o"
    ),
    "Conversation": lambda scope, id: Conversation(scope, id, assistant="asst_1"),
    "DocumentSearch": lambda scope, id: DocumentSearch(
        scope, id, question="Q?", documents=[DOC], model="gpt-4o"
    ),
}


@pytest.mark.parametrize("kind", sorted(RESOURCES))
@pytest.mark.parametrize(("first", "second", "name"), [("a.b", "ab", "ab"), ("x y", "x-y!", None)])
def test_two_ids_with_one_terraform_name_are_refused(
    kind: str, first: str, second: str, name: str | None
) -> None:
    stack = TerraformStack(App(), "stack")
    RESOURCES[kind](stack, first)
    if name is None:  # "x y" -> "xy", "x-y!" -> "x-y": different, both fine
        RESOURCES[kind](stack, second)
        return
    with pytest.raises(ValidationError) as caught:
        RESOURCES[kind](stack, second)
    (problem,) = caught.value.problems
    assert problem.field == "id" and problem.shown == repr(second)
    assert f"{first!r} and {second!r} would both be the " in problem.rule
    assert problem.rule.endswith(f" {name!r}")
    assert stack.node.try_find_child(second) is None  # nothing was created


def test_the_same_name_for_two_types_is_fine() -> None:
    stack = TerraformStack(App(), "stack")
    Thread(stack, "a.b")
    Assistant(stack, "ab", model="gpt-4o")  # openai_thread.ab and openai_assistant.ab


@pytest.mark.parametrize("kind", sorted(RESOURCES))
@pytest.mark.parametrize(
    ("id", "name"), [("1st", "1st"), ("ü", ""), ("ü9", "9"), ("-x", "-x"), ("Default", "")]
)
def test_an_id_whose_terraform_name_is_invalid_is_refused(kind: str, id: str, name: str) -> None:
    stack = TerraformStack(App(), "stack")
    with pytest.raises(ValidationError) as caught:
        RESOURCES[kind](stack, id)
    (problem,) = caught.value.problems
    assert problem.field == "id" and problem.rule.endswith(f"it would be {name!r}")


@pytest.mark.parametrize("kind", sorted(RESOURCES))
@pytest.mark.parametrize("id", ["_x", "x1", "a-b_c", "ASSISTANT", "mixed.Ünï.9"])
def test_an_id_just_inside_the_rule_synthesizes_under_its_name(kind: str, id: str) -> None:
    stack = TerraformStack(App(), "stack")
    RESOURCES[kind](stack, id)
    (body,) = json.loads(CdktfTesting.synth(stack))["resource"].values()
    assert list(body) == ["".join(c for c in id if c.isascii() and (c.isalnum() or c in "_-"))]


@pytest.mark.parametrize("kind", sorted(COMPOSITES))
def test_a_composite_id_must_start_its_childrens_names_well(kind: str) -> None:
    stack = TerraformStack(App(), "stack")
    with pytest.raises(ValidationError) as caught:
        COMPOSITES[kind](stack, "2nd")
    assert caught.value.problems[0].field == "id"
    assert "they would be like '2nd_child_" in caught.value.problems[0].rule
    COMPOSITES[kind](stack, "a.b")  # hashed names never collide:
    COMPOSITES[kind](stack, "ab")  # both reviews exist, under different names
    names = [n for body in json.loads(CdktfTesting.synth(stack))["resource"].values() for n in body]
    assert len(names) == len(set(names))


def test_nested_resources_are_named_with_a_hash_and_never_collide() -> None:
    stack = TerraformStack(App(), "stack")
    Thread(Construct(stack, "a.b"), "t")
    Thread(Construct(stack, "ab"), "t")
    assert len(json.loads(CdktfTesting.synth(stack))["resource"]["openai_thread"]) == 2


@settings(max_examples=120, deadline=None)
@given(
    st.lists(
        st.text(st.characters(codec="utf-8", exclude_characters="/"), min_size=1, max_size=6),
        min_size=2,
        max_size=4,
        unique=True,
    )
)
def test_ids_of_every_character_class_never_lose_a_resource(ids: list[str]) -> None:
    stack = TerraformStack(App(), "stack")
    created = []
    for id in ids:
        try:
            Thread(stack, id)
        except ValidationError as error:
            assert [p.field for p in error.problems] == ["id"]
            continue
        created.append(id)
    threads = json.loads(CdktfTesting.synth(stack)).get("resource", {}).get("openai_thread", {})
    assert len(threads) == len(created)  # one resource per construct, none merged or dropped
    assert all(name[0].isalpha() or name[0] == "_" for name in threads)


# -- a check has no side effects: a construct refused leaves its id and its name free ------------

#: Resource constructs: the class, props that pass, and one prop just outside its rule.
REFUSED: dict[str, tuple[Any, dict[str, Any], dict[str, Any]]] = {
    "Assistant": (Assistant, {"model": "gpt-4o"}, {"model": "gpt 4o"}),
    "Thread": (Thread, {}, {"metadata": {"k" * 65: "v"}}),
    "Run": (Run, {"thread": "t", "assistant": "a"}, {"temperature": 2.01}),
    "Response": (Response, {"model": "gpt-4o", "input": "Hi"}, {"temperature": -0.01}),
    "VectorStore": (VectorStore, {"name": "docs"}, {"metadata": {"k": "v" * 513}}),
}


@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_a_construct_refused_leaves_its_id_and_terraform_name_free(
    kind: str, stack: TerraformStack
) -> None:
    cls, good, outside = REFUSED[kind]
    bad = {**good, **outside}
    for id in ("a.b", "a.b"):  # refused twice: the first attempt claimed nothing
        with pytest.raises(ValidationError, match=rf"^stack/a\.b: {next(iter(outside))}"):
            cls(stack, id, **bad)
    assert stack.node.try_find_child("a.b") is None  # no construct, queued or made
    # another id with the same Terraform name is not refused for the failed one ...
    made = cls(stack, "ab", **good)
    # ... and the failed one's id, caught and created again, is refused for the name only
    with pytest.raises(ValidationError, match="would both be the"):
        cls(stack, "a.b", **good)
    resources = CdktfTesting.synth(stack)
    (name,) = json.loads(resources)["resource"][made.terraform_resource_type]
    assert name == "ab"


def test_a_construct_refused_can_be_created_again_under_the_same_id(stack: TerraformStack) -> None:
    cls, good, _ = REFUSED["Run"]
    with pytest.raises(ValidationError):
        cls(stack, "run", **{**good, "temperature": 2.01})
    run = cls(stack, "run", **{**good, "temperature": 2})  # just inside the rule
    assert run.node.path == "stack/run"
    document = json.loads(CdktfTesting.synth(stack))
    assert document["resource"]["openai_run"]["run"]["temperature"] == 2


def test_depends_on_a_refused_constructs_target_leaves_its_name_changeable(
    stack: TerraformStack,
) -> None:
    # checking depends_on does not read the target's fqn (which would fix its logical id)
    cls, good, outside = REFUSED["Thread"]
    target = cls(stack, "target", **good)
    with pytest.raises(ValidationError):
        cls(stack, "t", **{**good, **outside}, depends_on=[target])
    target.override_logical_id("renamed")
    assert "renamed" in json.loads(CdktfTesting.synth(stack))["resource"]["openai_thread"]
