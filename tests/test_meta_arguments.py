"""Terraform's meta-arguments ``lifecycle``, ``count`` and ``for_each`` on every resource
construct, as on cdktf's own classes; the library's own lifecycle entries are kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import cdktf_openai
from cdktf_openai import (
    AdminApiKey,
    Assistant,
    ChatMessage,
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
from cdktf_openai.base import OpenAIResource
from cdktf_openai.core import (
    App,
    TerraformCount,
    TerraformIterator,
    TerraformResourceLifecycle,
    TerraformStack,
    TerraformVariable,
)
from cdktf_openai.rate_limit import LIMITS
from cdktf_openai.tokens import NumberToken
from tests.conftest import resource_json, synth


def expect_rejected(build: Any, message: str) -> None:
    """``build()`` raises a ValidationError that says exactly ``message``."""
    with pytest.raises(ValidationError) as raised:
        build()
    assert str(raised.value) == message


def each_resource(stack: TerraformStack, tmp_path: Path, **options: Any) -> dict[str, str]:
    """One of every resource construct, each with ``options``; their Terraform types."""
    (tmp_path / "a.md").write_text("a\n")
    file = File(stack, "file", path=tmp_path / "a.md", **options)
    store = VectorStore(stack, "store", name="docs", **options)
    thread = Thread(stack, "thread", **options)
    Assistant(stack, "assistant", model="gpt-4o", **options)
    Response(stack, "response", model="gpt-4o", input="hi", **options)
    ThreadMessage(stack, "message", thread=thread, role="user", content="hi", **options)
    Run(stack, "run", thread=thread, assistant="asst_1", **options)
    VectorStoreFile(stack, "indexed", vector_store=store, file=file, **options)
    project = Project(stack, "project", name="Payments", **options)
    ProjectUser(stack, "member", project=project, user="user-1", role="member", **options)
    ProjectServiceAccount(stack, "account", project=project, name="ci", **options)
    every_limit: dict[str, Any] = dict.fromkeys(LIMITS, 1)  # none unset: no library ignore_changes
    RateLimit(stack, "limit", project=project, model="gpt-4o", **every_limit, **options)
    Invite(stack, "invite", email="a@example.com", role="reader", projects={project: "member"},
           **options)  # fmt: skip
    OrganizationUser(stack, "user", user="user-1", role="reader", **options)
    AdminApiKey(stack, "admin_key", name="automation", **options)
    return {
        "file": "openai_file",
        "store": "openai_vector_store",
        "thread": "openai_thread",
        "assistant": "openai_assistant",
        "response": "openai_model_response",
        "message": "openai_message",
        "run": "openai_run",
        "indexed": "openai_vector_store_file",
        "project": "openai_project",
        "member": "openai_project_user",
        "account": "openai_project_service_account",
        "limit": "openai_rate_limit",
        "invite": "openai_invite",
        "user": "openai_organization_user",
        "admin_key": "openai_admin_api_key",
    }


def test_every_resource_construct_is_covered_here() -> None:
    resources = {
        name
        for name in cdktf_openai.__all__
        if isinstance(getattr(cdktf_openai, name), type)
        and issubclass(getattr(cdktf_openai, name), OpenAIResource)
    }
    assert resources - {"OpenAIProvider"} == {
        "File", "VectorStore", "Thread", "Assistant", "Response", "ThreadMessage", "Run",
        "VectorStoreFile", "Project", "ProjectUser", "ProjectServiceAccount", "RateLimit",
        "Invite", "OrganizationUser", "AdminApiKey",
    }  # fmt: skip


def test_every_resource_construct_takes_count(stack: TerraformStack, tmp_path: Path) -> None:
    for name, kind in each_resource(stack, tmp_path, count=2).items():
        assert resource_json(stack, kind, name)["count"] == 2, name


def test_every_resource_construct_takes_for_each(stack: TerraformStack, tmp_path: Path) -> None:
    each = TerraformIterator.from_list(["a", "b"])
    for name, kind in each_resource(stack, tmp_path, for_each=each).items():
        assert resource_json(stack, kind, name)["for_each"] == '${toset(["a", "b"])}', name


def test_every_resource_construct_takes_lifecycle(stack: TerraformStack, tmp_path: Path) -> None:
    lifecycle = TerraformResourceLifecycle(prevent_destroy=True)
    for name, kind in each_resource(stack, tmp_path, lifecycle=lifecycle).items():
        assert resource_json(stack, kind, name)["lifecycle"] == {"prevent_destroy": True}, name


def test_a_count_token_and_a_terraform_count_are_taken(stack: TerraformStack) -> None:
    copies = NumberToken(TerraformVariable(stack, "copies", type="number").number_value)
    Thread(stack, "by_variable", count=copies)
    counter = TerraformCount.of(3)
    Response(stack, "numbered", model="gpt-4o", input=f"Answer {counter.index}", count=counter)
    assert resource_json(stack, "openai_thread", "by_variable")["count"] == "${var.copies}"
    response = resource_json(stack, "openai_model_response", "numbered")
    assert (response["count"], response["input"]) == (3, "Answer ${count.index}")


@pytest.mark.parametrize("count", [0, 1, 100])
def test_count_just_inside(stack: TerraformStack, count: int) -> None:
    Thread(stack, "thread", count=count)
    assert resource_json(stack, "openai_thread", "thread")["count"] == count


@pytest.mark.parametrize("count", [-1, 1.5, True, "2"])
def test_count_outside(stack: TerraformStack, count: Any) -> None:
    expect_rejected(
        lambda: Thread(stack, "thread", count=count),
        f"stack/thread: count must be a whole number >= 0, a number token or a "
        f"TerraformCount, got {count!r}",
    )


@pytest.mark.parametrize("for_each", [["a", "b"], {"a": 1}, "a"])
def test_for_each_must_be_an_iterator(stack: TerraformStack, for_each: Any) -> None:
    expect_rejected(
        lambda: Thread(stack, "thread", for_each=for_each),
        "stack/thread: for_each must be a TerraformIterator (e.g. "
        f"TerraformIterator.from_list(...)), got {for_each!r}",
    )


def test_count_and_for_each_together_are_refused(stack: TerraformStack) -> None:
    each = TerraformIterator.from_list(["a"])
    expect_rejected(
        lambda: Thread(stack, "thread", count=1, for_each=each),
        "stack/thread: count must not be set together with for_each (Terraform takes one of "
        "them), got 1",
    )


def test_a_lifecycle_dict_with_an_unknown_field_is_refused(stack: TerraformStack) -> None:
    expect_rejected(
        lambda: Thread(stack, "thread", lifecycle={"prevent_destroyed": True}),
        "stack/thread: lifecycle must be a TerraformResourceLifecycle (or a dict of its "
        "fields), got {'prevent_destroyed': True}",
    )


# -- the library's lifecycle entries are merged with the user's ------------------------------


def test_a_guarded_resource_keeps_its_companion_next_to_the_users_triggers(
    stack: TerraformStack,
) -> None:
    other = Thread(stack, "other")
    Thread(
        stack,
        "thread",
        messages=[ChatMessage.user("Hi")],
        lifecycle={"replace_triggered_by": [other], "ignore_changes": ["metadata"]},
    )
    lifecycle = resource_json(stack, "openai_thread", "thread")["lifecycle"]
    assert lifecycle["ignore_changes"] == ["metadata"]
    (companion,) = synth(stack)["resource"]["terraform_data"]
    assert lifecycle["replace_triggered_by"] == [
        f"terraform_data.{companion}",
        "openai_thread.other",
    ]


def test_a_token_precondition_is_kept_next_to_the_users(stack: TerraformStack) -> None:
    temperature = TerraformVariable(stack, "temperature", type="number").number_value
    mine = {"condition": "${var.temperature > 0}", "error_message": "mine"}
    Run(
        stack,
        "run",
        thread="thread_1",
        assistant="asst_1",
        temperature=temperature,
        lifecycle=TerraformResourceLifecycle(precondition=[mine]),
    )
    preconditions = resource_json(stack, "openai_run", "run")["lifecycle"]["precondition"]
    assert [p["error_message"] for p in preconditions] == [
        "stack/run: temperature must be a number between 0 and 2, got ${var.temperature}",
        "mine",
    ]


def test_the_runs_own_replace_triggered_by_and_the_users_are_both_kept(
    stack: TerraformStack,
) -> None:
    thread = Thread(stack, "thread")
    reviewer = Assistant(stack, "reviewer", model="gpt-4o")
    Run(
        stack,
        "run",
        thread=thread,
        assistant=reviewer,
        replace_triggered_by=[thread],
        lifecycle=TerraformResourceLifecycle(replace_triggered_by=[reviewer, "openai_file.x"]),
    )
    lifecycle = resource_json(stack, "openai_run", "run")["lifecycle"]
    assert lifecycle["replace_triggered_by"] == [
        "openai_thread.thread",
        "openai_assistant.reviewer",
        "openai_file.x",
    ]


def test_setting_lifecycle_later_keeps_the_librarys_entries(stack: TerraformStack) -> None:
    thread = Thread(stack, "thread", messages=[ChatMessage.user("Hi")])
    thread.lifecycle = TerraformResourceLifecycle(prevent_destroy=True)
    lifecycle = resource_json(stack, "openai_thread", "thread")["lifecycle"]
    (companion,) = synth(stack)["resource"]["terraform_data"]
    assert lifecycle == {
        "prevent_destroy": True,
        "replace_triggered_by": [f"terraform_data.{companion}"],
    }
    thread.lifecycle = None
    lifecycle = resource_json(stack, "openai_thread", "thread")["lifecycle"]
    assert lifecycle == {"replace_triggered_by": [f"terraform_data.{companion}"]}


def test_setting_lifecycle_of_an_unguarded_resource_is_cdktfs(stack: TerraformStack) -> None:
    thread = Thread(stack, "thread")
    thread.lifecycle = TerraformResourceLifecycle(prevent_destroy=True)
    assert resource_json(stack, "openai_thread", "thread")["lifecycle"] == {"prevent_destroy": True}


# -- count and for_each repeat the guard's companion -----------------------------------------


def test_a_companion_repeats_with_its_resource(stack: TerraformStack) -> None:
    each = TerraformIterator.from_list(["a", "b"])
    Thread(stack, "per_item", messages=[ChatMessage.user(each.value)], for_each=each)
    Thread(stack, "counted", messages=[ChatMessage.user("Hi")], count=2)
    companions = synth(stack)["resource"]["terraform_data"]
    by_owner = {name.split("_replace")[0]: (name, body) for name, body in companions.items()}
    name, body = by_owner["per_item"]
    assert body["for_each"] == '${toset(["a", "b"])}'
    assert "${jsonencode(each.value)}" in body["input"]["messages"]
    triggers = resource_json(stack, "openai_thread", "per_item")["lifecycle"]
    assert triggers["replace_triggered_by"] == [f"terraform_data.{name}[each.key]"]
    name, body = by_owner["counted"]
    assert body["count"] == 2
    triggers = resource_json(stack, "openai_thread", "counted")["lifecycle"]
    assert triggers["replace_triggered_by"] == [f"terraform_data.{name}[count.index]"]


def test_count_of_a_guarded_resource_is_set_in_its_constructor(stack: TerraformStack) -> None:
    thread = Thread(stack, "thread", messages=[ChatMessage.user("Hi")])
    with pytest.raises(ValidationError) as raised:
        thread.count = 2
    assert str(raised.value) == (
        "stack/thread: count must be given to the constructor (its guard companion repeats "
        "the same way), got 2"
    )
    plain = Thread(stack, "plain")
    plain.count = 2
    assert resource_json(stack, "openai_thread", "plain")["count"] == 2


# -- iterator tokens in props and value objects ----------------------------------------------


def test_iterator_tokens_are_taken_by_props_and_value_objects(stack: TerraformStack) -> None:
    each = TerraformIterator.from_list(["a", "b"])
    OpenAIProvider(stack, "openai")
    Thread(
        stack,
        "thread",
        messages=[ChatMessage.user(each.value, file_ids=each.value, metadata=each.value)],
        metadata=each.value,
        for_each=each,
    )
    Response(stack, "response", model="gpt-4o", input=each.value, for_each=each)
    thread = resource_json(stack, "openai_thread", "thread")
    assert thread["messages"][0]["content"] == "${each.value}"
    assert thread["metadata"] == "${each.value}"
    assert resource_json(stack, "openai_model_response", "response")["input"] == "${each.value}"


def test_a_lifecycle_trigger_in_another_stack_is_followed_through_this_one() -> None:
    app = App()
    shared, team = TerraformStack(app, "shared"), TerraformStack(app, "team")
    reviewer = Assistant(shared, "reviewer", model="gpt-4o")
    Run(
        team,
        "run",
        thread="thread_1",
        assistant="asst_1",
        lifecycle={"replace_triggered_by": [reviewer]},
    )
    thread = Thread(team, "thread")
    thread.lifecycle = TerraformResourceLifecycle(replace_triggered_by=[reviewer])
    stand_in = "terraform_data.cross-stack-trigger-shared--reviewer"
    assert resource_json(team, "openai_run", "run")["lifecycle"] == {
        "replace_triggered_by": [stand_in]
    }
    assert resource_json(team, "openai_thread", "thread")["lifecycle"] == {
        "replace_triggered_by": [stand_in]
    }
