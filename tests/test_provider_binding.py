"""Resources are bound to a provider configuration of their own stack (issue 21, item 4).

In a stack whose every openai provider has an alias, a resource without ``provider`` would be
bound by Terraform to an empty default configuration: an error annotation at synthesis (a
provider may be added after the resource), naming the resource's path and the aliases. A
provider of another stack is refused at creation (``tests/test_cross_stack.py`` has more).
"""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai import (
    CodeReviewResponse,
    CodeReviewRun,
    Conversation,
    DocumentSearch,
    OpenAIProvider,
    Run,
    Thread,
    ValidationError,
)
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.l1.provider import OpenaiProvider
from cdktf_openai.l1.thread import Thread as L1Thread
from cdktf_openai.policies import PolicyViolationError, synth
from cdktf_openai.provider_binding import unbound_message
from cdktf_openai.testing.synthesis import synth_app
from tests.test_cross_stack import DOCUMENT

EU_US = unbound_message("stack", ["eu", "us"])


def new_stack() -> tuple[App, TerraformStack]:
    app = App()
    return app, TerraformStack(app, "stack")


def violations(app: App) -> list[str]:
    """The error annotations synthesis stops on; [] when it succeeds."""
    try:
        synth(app)
    except PolicyViolationError as error:
        return error.violations
    return []


def test_the_message_names_the_aliases_and_what_terraform_would_do() -> None:
    assert EU_US == (
        "[@cdktf-openai:providerBinding] provider must be one of the stack's provider "
        "configurations, since every openai provider of stack 'stack' has an alias ('eu', "
        "'us'): without provider=, Terraform binds the resource to an empty default "
        "configuration, which calls https://api.openai.com/v1 instead of the configured "
        "api_url, got None"
    )


def test_an_aliased_and_a_default_provider_bind_a_resource_without_provider() -> None:
    app, stack = new_stack()
    OpenAIProvider(stack, "eu", alias="eu", api_url="https://eu.example.com/v1")
    OpenAIProvider(stack, "default")
    Run(stack, "run", thread="t", assistant="a")
    assert violations(app) == []


def test_every_provider_aliased_and_a_resource_without_provider_is_an_error() -> None:
    app, stack = new_stack()
    eu = OpenAIProvider(stack, "eu", alias="eu", api_url="https://eu.example.com/v1")
    OpenAIProvider(stack, "us", alias="us", api_url="https://us.example.com/v1")
    Run(stack, "bound", thread="t", assistant="a", provider=eu)  # just inside
    Run(stack, "run", thread="t", assistant="a")
    Thread(stack, "thread")
    assert violations(app) == [f"[stack/run] {EU_US}", f"[stack/thread] {EU_US}"]


def test_a_provider_added_after_the_resource_counts() -> None:
    app, stack = new_stack()
    Run(stack, "run", thread="t", assistant="a")
    OpenAIProvider(stack, "eu", alias="eu")
    assert violations(app) == [f"[stack/run] {unbound_message('stack', ['eu'])}"]
    app, stack = new_stack()
    Run(stack, "run", thread="t", assistant="a")
    OpenAIProvider(stack, "eu", alias="eu")
    OpenAIProvider(stack, "default")  # a default configuration after all
    assert violations(app) == []


def test_a_provider_set_after_creation_counts() -> None:
    app, stack = new_stack()
    eu = OpenAIProvider(stack, "eu", alias="eu")
    run = Run(stack, "run", thread="t", assistant="a")
    run.provider = eu
    assert violations(app) == []


def test_a_stack_without_providers_is_left_to_cdktf() -> None:
    app, stack = new_stack()
    Run(stack, "run", thread="t", assistant="a")
    with pytest.raises(RuntimeError, match="without a matching provider construct") as caught:
        synth(app)
    assert "providerBinding" not in str(caught.value)


def test_the_resources_composites_create_are_checked_too() -> None:
    app, stack = new_stack()
    eu = OpenAIProvider(stack, "eu", alias="eu")
    CodeReviewRun(stack, "review", code="x = 1", language="python", model="gpt-4o")
    CodeReviewResponse(stack, "bound", code="x = 1", language="python", model="gpt-4o", provider=eu)
    message = unbound_message("stack", ["eu"])
    assert violations(app) == [
        f"[stack/review/assistant] {message}",
        f"[stack/review/thread] {message}",
        f"[stack/review/run] {message}",
    ]


def test_the_composites_bind_every_resource_they_create_to_their_provider() -> None:
    app, stack = new_stack()
    eu = OpenAIProvider(stack, "eu", alias="eu")
    OpenAIProvider(stack, "us", alias="us")
    review = CodeReviewRun(stack, "review", code="x", language="python", model="m", provider=eu)
    Conversation(stack, "chat", assistant=review.assistant, question="Why?", provider=eu)
    DocumentSearch(stack, "docs", question="How?", documents=[DOCUMENT], model="m", provider=eu)
    assert violations(app) == []
    resources = synth_app(app)["stack"]["resource"]
    bound = {
        body["//"]["metadata"]["path"]: body.get("provider")
        for kind, named in resources.items()
        if kind.startswith("openai_")
        for body in named.values()
    }
    # 3 + 3 + (file, store, the file in the store, assistant, thread, question, run)
    assert len(bound) == 13
    assert set(bound.values()) == {"openai.eu"}


@pytest.mark.parametrize("default_alias", [None, "other"])
def test_generated_providers_and_resources_are_checked(default_alias: str | None) -> None:
    app, stack = new_stack()
    OpenaiProvider(stack, "eu", alias="eu")
    OpenaiProvider(stack, "second", alias=default_alias)
    Run(stack, "run", thread="t", assistant="a")
    L1Thread(stack, "raw")
    found = violations(app)
    if default_alias is None:
        assert found == []
    else:
        message = unbound_message("stack", ["eu", "other"])
        assert found == [f"[stack/run] {message}", f"[stack/raw] {message}"]


@pytest.mark.parametrize("provider_class", [OpenAIProvider, OpenaiProvider])
def test_a_provider_of_another_stack_is_a_validation_error(provider_class: Any) -> None:
    app = App()
    shared = TerraformStack(app, "shared")
    stack = TerraformStack(app, "stack")
    theirs = provider_class(shared, "openai", alias="eu")
    provider_class(stack, "openai", alias="eu")
    with pytest.raises(ValidationError, match=r"^stack/run: provider must be a provider of"):
        Run(stack, "run", thread="t", assistant="a", provider=theirs)
    with pytest.raises(
        ValidationError, match=r"^stack/review/response: provider must be a provider of"
    ):
        CodeReviewResponse(
            stack, "review", code="x", language="python", model="gpt-4o", provider=theirs
        )
    with pytest.raises(ValidationError, match=r"^stack/run_review/assistant: provider must be a"):
        CodeReviewRun(stack, "run_review", code="x", language="python", model="m", provider=theirs)


def test_a_generated_data_source_without_provider_is_reported_too() -> None:
    from cdktf_openai.l1.data_openai_messages import DataOpenaiMessages

    app = App()
    stack = TerraformStack(app, "stack")
    OpenAIProvider(stack, "eu", alias="eu")
    DataOpenaiMessages(stack, "messages", thread_id="thread_1")
    DataOpenaiMessages(
        stack, "bound", thread_id="thread_1", provider=OpenaiProvider(stack, "us", alias="us")
    )
    with pytest.raises(PolicyViolationError) as raised:
        synth(app)
    assert "stack/messages" in str(raised.value)
    assert "stack/bound" not in str(raised.value)
