"""``Run``: props mapped to ``openai_run``, every rule wired, tokens checked by Terraform."""

from __future__ import annotations

import math
from typing import Any

import pytest

from cdktf_openai import Assistant, ChatMessage, Run, Thread, Tool, ValidationError
from cdktf_openai.core import TerraformOutput, TerraformStack, TerraformVariable
from cdktf_openai.l1.run import Run as L1Run
from tests.conftest import expect_rejected, resource_json, synth


def make(stack: TerraformStack, **props: Any) -> Run:
    props.setdefault("thread", "thread_abc")
    props.setdefault("assistant", "asst_abc")
    return Run(stack, "run", **props)


def test_references_to_constructs_become_terraform_references(stack: TerraformStack) -> None:
    assistant = Assistant(stack, "reviewer", model="gpt-4o")
    thread = Thread(stack, "question", messages=[ChatMessage.user("hi")])
    make(stack, thread=thread, assistant=assistant)
    body = resource_json(stack, "openai_run", "run")
    assert body["thread_id"] == "${openai_thread.question.id}"
    assert body["assistant_id"] == "${openai_assistant.reviewer.id}"


def test_every_prop_is_mapped(stack: TerraformStack) -> None:
    make(
        stack,
        model="gpt-4o-mini",
        instructions="Be brief.",
        tools=[Tool.code_interpreter(), Tool.file_search()],
        temperature=0.7,
        stream_for_tool=False,
        metadata={"b": "2", "a": "1"},
    )
    assert resource_json(stack, "openai_run", "run") == {
        "thread_id": "thread_abc",
        "assistant_id": "asst_abc",
        "model": "gpt-4o-mini",
        "instructions": "Be brief.",
        "tools": [{"type": "code_interpreter"}, {"type": "file_search"}],
        "temperature": 0.7,
        "stream_for_tool": False,
        "metadata": {"a": "1", "b": "2"},
    }


def test_unset_props_are_left_out_and_empty_tools_stay_explicit(stack: TerraformStack) -> None:
    make(stack, tools=[])
    assert resource_json(stack, "openai_run", "run") == {
        "thread_id": "thread_abc",
        "assistant_id": "asst_abc",
        "tools": [],
    }


def test_the_construct_is_its_l1_resource_and_exposes_read_only_attributes(
    stack: TerraformStack,
) -> None:
    run = make(stack)
    assert isinstance(run, L1Run)
    assert run.resource is run
    run.resource.add_override("metadata.escape", "hatch")
    assert resource_json(stack, "openai_run", "run")["metadata"] == {"escape": "hatch"}
    # what the provider always sets is a plain reference; the rest never null
    # (tests/test_attributes.py has every attribute of every construct)
    attributes = {"id": None, "status": None, "created_at": None, "started_at": "0"}
    attributes.update(completed_at="0", usage="{}", file_ids="[]", steps="[]")
    for attribute in attributes:
        TerraformOutput(stack, attribute, value=getattr(run, attribute))
    outputs = synth(stack)["output"]
    for attribute, empty in attributes.items():
        raw = f"openai_run.run.{attribute}"
        expected = f"${{{raw}}}" if empty is None else f"${{({raw} == null) ? {empty} : {raw}}}"
        assert outputs[attribute]["value"] == expected


ACCEPTED: list[tuple[str, Any]] = [
    ("temperature", 0),
    ("temperature", 2),
    ("top_p", 0),
    ("top_p", 1),
    ("model", "gpt-4o"),
    ("instructions", "i" * 256_000),
    ("metadata", {f"k{i}": "v" for i in range(16)}),
    ("stream_for_tool", False),  # never sent (GetOk): the one value OpenAI never sees
]
REJECTED: list[tuple[str, Any]] = [
    ("temperature", -0.01),
    ("temperature", 2.01),
    ("temperature", math.nan),
    ("temperature", True),
    ("top_p", -0.01),
    ("top_p", 1.01),
    ("max_tokens", 0),
    ("max_tokens", 1),  # no run create of OpenAI's has max_tokens: refused at any value
    ("max_tokens", 100.0),
    ("model", ""),
    ("model", "gpt 4o"),
    ("instructions", "i" * 256_001),
    ("metadata", {f"k{i}": "v" for i in range(17)}),
    ("stream_for_tool", "yes"),
    ("stream_for_tool", True),  # sent, and no run create of OpenAI's has it
    ("thread", ""),
    ("assistant", 42),
    ("tools", ["code_interpreter"]),
]


@pytest.mark.parametrize(("field", "value"), ACCEPTED)
def test_values_just_inside_the_bounds_synthesize(
    stack: TerraformStack, field: str, value: Any
) -> None:
    make(stack, **{field: value})
    assert resource_json(stack, "openai_run", "run")[field] == value


@pytest.mark.parametrize(("field", "value"), REJECTED)
def test_values_just_outside_the_bounds_are_rejected(
    stack: TerraformStack, field: str, value: Any
) -> None:
    error = expect_rejected(lambda: make(stack, **{field: value}), field)
    assert str(error).startswith(f"stack/run: {field}")
    assert stack.node.try_find_child("run") is None  # nothing was created


def test_a_function_tool_is_rejected_with_advice(stack: TerraformStack) -> None:
    lookup = Tool.function("lookup", parameters={"type": "object"})
    error = expect_rejected(lambda: make(stack, tools=[Tool.file_search(), lookup]), "tools")
    assert str(error) == (
        "stack/run: tools[1] must be Tool.code_interpreter() or Tool.file_search() (provider "
        "1.2.0 takes these tools as string maps; attach function tools to the Assistant), "
        "got Tool.function('lookup')"
    )


def test_all_problems_are_reported_together(stack: TerraformStack) -> None:
    with pytest.raises(ValidationError) as caught:
        make(stack, temperature=2.5, top_p=-1, stream_for_tool=True)
    assert [line.split(" (")[0] for line in str(caught.value).splitlines()] == [
        "stack/run: temperature must be a number between 0 and 2, got 2.5",
        "stack/run: top_p must be a number between 0 and 1, got -1",
        "stack/run: stream_for_tool must be False or unset",
    ]


def test_temperature_and_top_p_together_is_a_warning_not_an_error(stack: TerraformStack) -> None:
    run = make(stack, temperature=0.5, top_p=0.5)
    warnings = [
        entry.data
        for entry in run.node.metadata
        if entry.type == "@cdktf/warn"  # Annotations' warning type
    ]
    assert len(warnings) == 1
    assert str(warnings[0]).startswith("[@cdktf-openai:temperatureAndTopP] ")


def warnings_of(run: Run) -> list[str]:
    return [str(e.data) for e in run.node.metadata if e.type == "@cdktf/warn"]


def test_either_one_alone_gives_no_warning(stack: TerraformStack) -> None:
    run = make(stack, temperature=0.5)
    assert warnings_of(run) == []


def test_completion_window_is_not_offered_because_the_provider_never_reads_it(
    stack: TerraformStack,
) -> None:
    with pytest.raises(TypeError, match="completion_window"):
        make(stack, completion_window=600)


@pytest.mark.parametrize("field", ["temperature", "top_p"])
def test_a_zero_that_the_provider_never_sends_is_a_warning(
    stack: TerraformStack, field: str
) -> None:
    # resource_openai_run.go, resourceOpenAIRunCreate: d.GetOk treats 0 as unset
    run = make(stack, **{field: 0})
    assert warnings_of(run) == [
        f"[@cdktf-openai:zeroNotSent] {field} is 0, which provider 1.2.0 never sends (it "
        "treats 0 as unset), so the API's default applies instead; use a small value such as "
        "0.01."
    ]
    assert resource_json(stack, "openai_run", "run")[field] == 0  # still what the user wrote


@pytest.mark.parametrize("field", ["temperature", "top_p"])
def test_just_above_zero_gives_no_warning(stack: TerraformStack, field: str) -> None:
    assert warnings_of(make(stack, **{field: 0.01})) == []


def test_token_numbers_become_lifecycle_preconditions(stack: TerraformStack) -> None:
    temperature = TerraformVariable(stack, "temperature", type="number")
    window = TerraformVariable(stack, "window", type="number")
    make(stack, temperature=temperature.number_value, top_p=window.number_value)
    body = resource_json(stack, "openai_run", "run")
    assert body["temperature"] == "${var.temperature}"
    assert body["lifecycle"]["precondition"] == [
        {
            "condition": "${((0 <= var.temperature) && (2 >= var.temperature))}",
            "error_message": (
                "stack/run: temperature must be a number between 0 and 2, got ${var.temperature}"
            ),
        },
        {
            "condition": "${((0 <= var.window) && (1 >= var.window))}",
            "error_message": (
                "stack/run: top_p must be a number between 0 and 1, got ${var.window}"
            ),
        },
    ]


def test_literal_values_add_no_precondition(stack: TerraformStack) -> None:
    make(stack, temperature=1)
    assert "lifecycle" not in resource_json(stack, "openai_run", "run")


def test_token_strings_skip_the_string_checks(stack: TerraformStack) -> None:
    model = TerraformVariable(stack, "model", type="string")
    make(stack, model=model.string_value)
    body = resource_json(stack, "openai_run", "run")
    assert body["model"] == "${var.model}"
    assert "lifecycle" not in body  # strings have no Terraform-side check


# What OpenAI does not take (limits.RUN_MAX_TOKENS, limits.RUN_STREAM_FOR_TOOL): provider
# 1.2.0 sends a run's max_tokens (any value but 0) and a true stream_for_tool, and no run
# create of OpenAI's Assistants API has either (openai 3.63.0, RunCreateParams).


def test_max_tokens_is_refused_saying_what_caps_a_run_instead(stack: TerraformStack) -> None:
    error = expect_rejected(lambda: make(stack, max_tokens=1000), "max_tokens")
    assert str(error) == (
        "stack/run: max_tokens must be unset (OpenAI's run create has no max_tokens (it has "
        "max_completion_tokens, which provider 1.2.0's openai_run cannot send) and answers "
        "HTTP 400; to cap a run's tokens, use the generated openai_thread_run (ThreadRun) with "
        "existing_thread_id and max_completion_tokens, and without tools (provider 1.2.0 "
        "sends each tool with a 'function' list, which OpenAI rejects)), got 1000"
    )


def test_a_token_for_max_tokens_is_refused_too(stack: TerraformStack) -> None:
    cap = TerraformVariable(stack, "cap", type="number")
    error = expect_rejected(lambda: make(stack, max_tokens=cap.number_value), "max_tokens")
    assert str(error).endswith("got a number token")


def test_stream_for_tool_true_is_refused_and_false_is_kept(stack: TerraformStack) -> None:
    error = expect_rejected(lambda: make(stack, stream_for_tool=True), "stream_for_tool")
    assert "stream_for_tool must be False or unset (OpenAI's run create has no" in str(error)
    run = make(stack, stream_for_tool=False)
    assert warnings_of(run) == []
    assert resource_json(stack, "openai_run", "run")["stream_for_tool"] is False


def test_defaults_max_tokens_does_not_reach_a_run(stack: TerraformStack) -> None:
    from cdktf_openai import Defaults

    Defaults(max_tokens=2000).apply_to(stack)
    make(stack)
    assert "max_tokens" not in resource_json(stack, "openai_run", "run")
