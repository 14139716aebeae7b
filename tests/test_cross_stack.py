"""Constructs of another stack given to this library's constructs (issue 21, item 3).

IDs go through cdktf's cross-stack references (an output in the producing stack, remote state
in the consumer), with batching on and off; ``replace_triggered_by`` of a resource of another
stack names a stand-in of the run's own stack; ``depends_on``, ``provider`` of another stack
and anything of another App are ``ValidationError``s. The deploy on the offline double is in
``tests/offline/test_cross_stack_deploy.py``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import (
    Assistant,
    Attachment,
    ChatMessage,
    CodeReviewRun,
    Conversation,
    DocumentSearch,
    File,
    OpenAIProvider,
    Run,
    Thread,
    ThreadMessage,
    VectorStore,
    VectorStoreFile,
    batching,
)
from cdktf_openai.core import App, DataResource, TerraformStack
from cdktf_openai.cross_stack import REVISION_ID, STAND_IN_PREFIX
from cdktf_openai.l1.provider import OpenaiProvider
from cdktf_openai.testing.synthesis import synth_app
from tests.conftest import expect_rejected

DOCUMENT = Path(__file__).resolve().parent.parent / "examples/docs_search/docs/authentication.md"
#: A reference to an output of the shared stack, read from the team stack's remote state.
REMOTE = re.compile(
    r"\$\{data\.terraform_remote_state\.cross-stack-reference-input-shared\.outputs\."
    r"cross-stack-output-[A-Za-z0-9_-]+\}"
)
#: Any Terraform address of a resource, as it appears in an expression or a bare list item.
ADDRESS = re.compile(r"\b(openai_[a-z_]+|terraform_data)\.([A-Za-z0-9_-]+)")


@pytest.fixture(params=["batched", "unbatched"])
def app(request: pytest.FixtureRequest) -> Iterator[App]:
    """An app, with batching on or off for the test's duration."""
    batching.flush()
    was = batching.enabled()
    batching._enabled = was and request.param == "batched"
    try:
        yield App()
    finally:
        batching.flush()
        batching._enabled = was


def two_stacks(app: App) -> tuple[TerraformStack, TerraformStack]:
    shared = TerraformStack(app, "shared")
    OpenAIProvider(shared, "openai")
    team = TerraformStack(app, "team")
    OpenAIProvider(team, "openai")
    return shared, team


def own_addresses(document: dict[str, Any]) -> set[str]:
    return {f"{kind}.{name}" for kind, named in document["resource"].items() for name in named}


def assert_only_own_addresses(document: dict[str, Any]) -> None:
    """Every resource address anywhere in the stack's JSON is one of its own resources."""
    text = json.dumps({k: v for k, v in document.items() if k != "//"})
    for match in ADDRESS.finditer(text):
        assert match.group(0) in own_addresses(document), match.group(0)


def test_ids_of_another_stack_are_cross_stack_references(app: App) -> None:
    shared, team = two_stacks(app)
    thread = Thread(shared, "thread", messages=[ChatMessage.user("Hi")])
    reviewer = Assistant(shared, "reviewer", model="gpt-4o")
    store = VectorStore(shared, "store", name="docs")
    document = File(shared, "doc", path=DOCUMENT)
    Run(team, "run", thread=thread, assistant=reviewer)
    ThreadMessage(
        team, "message", thread=thread, content="More", attachments=[Attachment.of(document)]
    )
    VectorStoreFile(team, "indexed", vector_store=store, file=document)
    VectorStore(team, "own_store", name="mine", files=[document])
    Assistant(team, "helper", model="gpt-4o", file_ids=[document.id])
    documents = synth_app(app)
    team_json = documents["team"]["resource"]
    assert REMOTE.fullmatch(team_json["openai_run"]["run"]["thread_id"])
    assert REMOTE.fullmatch(team_json["openai_run"]["run"]["assistant_id"])
    assert REMOTE.fullmatch(team_json["openai_message"]["message"]["thread_id"])
    assert REMOTE.fullmatch(team_json["openai_message"]["message"]["attachments"][0]["file_id"])
    assert REMOTE.fullmatch(team_json["openai_vector_store_file"]["indexed"]["vector_store_id"])
    assert REMOTE.fullmatch(team_json["openai_vector_store_file"]["indexed"]["file_id"])
    assert REMOTE.fullmatch(team_json["openai_vector_store"]["own_store"]["file_ids"][0])
    assert REMOTE.fullmatch(team_json["openai_assistant"]["helper"]["file_ids"][0])
    assert_only_own_addresses(documents["team"])
    assert len(documents["shared"]["output"]) == 4  # thread, reviewer, store, file


def test_replace_triggered_by_a_resource_of_another_stack_names_a_stand_in(app: App) -> None:
    shared, team = two_stacks(app)
    reviewer = Assistant(shared, "reviewer", model="gpt-4o")
    Run(team, "run", thread="thread_1", assistant=reviewer, replace_triggered_by=[reviewer])
    documents = synth_app(app)
    stand_in = f"{STAND_IN_PREFIX}shared--reviewer"
    run = documents["team"]["resource"]["openai_run"]["run"]
    assert run["lifecycle"]["replace_triggered_by"] == [f"terraform_data.{stand_in}"]
    trigger = documents["team"]["resource"]["terraform_data"][stand_in]
    assert REMOTE.fullmatch(trigger["triggers_replace"]["revision"])
    assert_only_own_addresses(documents["team"])
    # in the shared stack: the revision, replaced with the reviewer, and the output of its id
    ((name, revision),) = documents["shared"]["resource"]["terraform_data"].items()
    assert revision["//"]["metadata"]["path"] == f"shared/reviewer/{REVISION_ID}"
    assert revision["lifecycle"] == {"replace_triggered_by": ["openai_assistant.reviewer"]}
    outputs = [o["value"] for o in documents["shared"]["output"].values()]
    assert f"${{terraform_data.{name}.id}}" in outputs
    assert_only_own_addresses(documents["shared"])


def test_one_revision_per_shared_resource_and_one_stand_in_per_consuming_stack(app: App) -> None:
    shared, team = two_stacks(app)
    ops = TerraformStack(app, "ops")
    OpenAIProvider(ops, "openai")
    reviewer = Assistant(shared, "reviewer", model="gpt-4o")
    for stack in (team, team, ops):
        index = len(stack.node.children)
        Run(stack, f"run{index}", thread="t", assistant=reviewer, replace_triggered_by=[reviewer])
    CodeReviewRun(team, "review", code="x = 1", language="python", assistant=reviewer)
    documents = synth_app(app)
    assert len(documents["shared"]["resource"]["terraform_data"]) == 1
    assert len(documents["ops"]["resource"]["terraform_data"]) == 1
    stand_ins = [
        n for n in documents["team"]["resource"]["terraform_data"] if n.startswith(STAND_IN_PREFIX)
    ]
    assert stand_ins == [f"{STAND_IN_PREFIX}shared--reviewer"]
    for body in documents["team"]["resource"]["openai_run"].values():
        assert f"terraform_data.{stand_ins[0]}" in body["lifecycle"]["replace_triggered_by"]
    for name in ("team", "ops"):
        assert_only_own_addresses(documents[name])


def test_a_resource_of_the_same_stack_is_named_itself(app: App) -> None:
    _, team = two_stacks(app)
    reviewer = Assistant(team, "reviewer", model="gpt-4o")
    Run(team, "run", thread="t", assistant=reviewer, replace_triggered_by=[reviewer])
    resources = synth_app(app)["team"]["resource"]
    assert resources["openai_run"]["run"]["lifecycle"] == {
        "replace_triggered_by": ["openai_assistant.reviewer"]
    }
    assert "terraform_data" not in resources


@pytest.mark.parametrize("composite", ["CodeReviewRun", "Conversation", "DocumentSearch"])
def test_composites_given_a_shared_assistant_name_only_their_own_stack(
    app: App, composite: str
) -> None:
    shared, team = two_stacks(app)
    reviewer = Assistant(shared, "reviewer", model="gpt-4o", tools=[])
    if composite == "CodeReviewRun":
        CodeReviewRun(team, "c", code="x = 1", language="python", assistant=reviewer)
    elif composite == "Conversation":
        Conversation(team, "c", assistant=reviewer, question="Why?")
    else:
        DocumentSearch(team, "c", question="How?", documents=[DOCUMENT], assistant=reviewer)
    documents = synth_app(app)
    (run,) = documents["team"]["resource"]["openai_run"].values()
    assert REMOTE.fullmatch(run["assistant_id"])
    assert (
        f"terraform_data.{STAND_IN_PREFIX}shared--reviewer"
        in run["lifecycle"]["replace_triggered_by"]
    )
    assert_only_own_addresses(documents["team"])


def test_a_generated_resource_of_another_stack_gets_a_stand_in_too(app: App) -> None:
    from cdktf_openai.l1.assistant import Assistant as L1Assistant

    shared, team = two_stacks(app)
    raw = L1Assistant(shared, "raw", model="gpt-4o")
    Run(team, "run", thread="t", assistant=raw, replace_triggered_by=[raw])
    documents = synth_app(app)
    run = documents["team"]["resource"]["openai_run"]["run"]
    assert run["lifecycle"]["replace_triggered_by"] == [
        f"terraform_data.{STAND_IN_PREFIX}shared--raw"
    ]
    revision = next(iter(documents["shared"]["resource"]["terraform_data"].values()))
    assert revision["lifecycle"] == {"replace_triggered_by": ["openai_assistant.raw"]}


def test_an_invalid_run_creates_no_stand_in() -> None:
    shared, team = two_stacks(App())
    reviewer = Assistant(shared, "reviewer", model="gpt-4o")
    expect_rejected(
        lambda: Run(
            team,
            "run",
            thread="t",
            assistant=reviewer,
            temperature=3,
            replace_triggered_by=[reviewer],
        ),
        "temperature",
    )
    assert [c.node.id for c in team.node.children] == ["openai"]
    assert [c.node.id for c in reviewer.node.children] == []


def test_depends_on_a_construct_of_another_stack_is_refused() -> None:
    shared, team = two_stacks(App())
    reviewer = Assistant(shared, "reviewer", model="gpt-4o")
    error = expect_rejected(
        lambda: Run(team, "run", thread="t", assistant="a", depends_on=[reviewer]), "depends_on[0]"
    )
    assert str(error) == (
        "team/run: depends_on[0] must be in this construct's stack 'team' (Terraform's "
        "depends_on names resources of its own configuration; to deploy stack 'shared' first, "
        "reference its attributes or call add_dependency on stack 'team'), got Assistant at "
        "'shared/reviewer', of stack 'shared'"
    )
    local = Assistant(team, "local", model="gpt-4o")
    Run(team, "ok", thread="t", assistant="a", depends_on=[local])  # just inside


@pytest.mark.parametrize("kind", ["l2", "generated"])
def test_a_provider_of_another_stack_is_refused(kind: str) -> None:
    app = App()
    shared = TerraformStack(app, "shared")
    team = TerraformStack(app, "team")
    provider_class: Any = OpenAIProvider if kind == "l2" else OpenaiProvider
    theirs = provider_class(shared, "openai", alias="shared")
    provider_class(team, "openai", alias="team")
    error = expect_rejected(lambda: Thread(team, "thread", provider=theirs), "provider")
    assert "provider must be a provider of this construct's stack 'team'" in str(error)
    assert str(error).endswith(f"got {type(theirs).__name__} at 'shared/openai', of stack 'shared'")
    Thread(shared, "thread", provider=theirs)  # in its own stack: fine


def test_constructs_of_another_app_are_refused() -> None:
    other_app, app = App(), App()
    elsewhere = TerraformStack(other_app, "elsewhere")
    thread = Thread(elsewhere, "thread")
    reviewer = Assistant(elsewhere, "reviewer", model="gpt-4o")
    provider = OpenAIProvider(elsewhere, "openai", alias="x")
    _, team = two_stacks(app)
    error = expect_rejected(
        lambda: Run(
            team,
            "run",
            thread=thread,
            assistant=reviewer,
            replace_triggered_by=[reviewer],
            depends_on=[thread],
            provider=provider,
        ),
        "thread",
    )
    assert [p.field for p in error.problems] == [
        "thread",
        "assistant",
        "replace_triggered_by[0]",
        "depends_on[0]",
        "provider",
    ]
    assert all("must be a construct of this construct's App" in p.rule for p in error.problems)
    assert error.problems[0].shown == "Thread at 'elsewhere/thread', of another App"
    document = File(elsewhere, "doc", path=DOCUMENT)
    expect_rejected(
        lambda: ThreadMessage(
            team, "m", thread="t", content="x", attachments=[Attachment.of(document)]
        ),
        "attachments[0].file",
    )
    assert not any(isinstance(c, DataResource) for c in team.node.find_all())
