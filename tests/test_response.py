"""``Response`` (openai_model_response): props, bounds, warnings, attributes, Defaults."""

from __future__ import annotations

import json
from typing import Any

import pytest

from cdktf_openai import Defaults, Response, Thread, ValidationError
from cdktf_openai.core import TerraformOutput, TerraformStack, TerraformVariable
from cdktf_openai.l1.model_response import ModelResponse
from tests.conftest import expect_rejected, resource_json, synth


def make(stack: TerraformStack, **props: Any) -> Response:
    props.setdefault("model", "gpt-4o")
    props.setdefault("input", "Summarize RFC 2119 in one sentence.")
    return Response(stack, "answer", **props)


def body(stack: TerraformStack) -> dict[str, Any]:
    return resource_json(stack, "openai_model_response", "answer")


def warnings_of(response: Response) -> list[str]:
    return [str(e.data) for e in response.node.metadata if e.type == "@cdktf/warn"]


def test_every_prop_is_mapped(stack: TerraformStack) -> None:
    make(
        stack,
        instructions="Be brief.",
        temperature=0.2,
        max_output_tokens=500,
        user="user-42",
        preserve_on_change=True,
    )
    assert body(stack) == {
        "model": "gpt-4o",
        "input": "Summarize RFC 2119 in one sentence.",
        "instructions": "Be brief.",
        "temperature": 0.2,
        "max_output_tokens": 500,
        "user": "user-42",
        "preserve_on_change": True,
    }


def test_unset_props_are_left_out(stack: TerraformStack) -> None:
    make(stack)
    assert body(stack) == {"model": "gpt-4o", "input": "Summarize RFC 2119 in one sentence."}


@pytest.mark.parametrize(
    "name", ["frequency_penalty", "presence_penalty", "stop_sequences", "metadata", "tools"]
)
def test_what_provider_1_2_0_never_sends_or_has_is_not_offered(
    stack: TerraformStack, name: str
) -> None:
    # resource_openai_model_response.go, resourceOpenAIModelResponseCreate: the penalties are
    # logged and dropped, stop_sequences turn on `store` instead; there is no metadata/tools
    with pytest.raises(TypeError, match=name):
        make(stack, **{name: 1})


def test_the_answer_usage_and_id_are_tokens_for_outputs(stack: TerraformStack) -> None:
    response = make(stack)
    assert isinstance(response, ModelResponse) and response.resource is response
    TerraformOutput(stack, "text", value=response.text)
    TerraformOutput(stack, "usage", value=response.usage)
    TerraformOutput(stack, "id", value=response.id)
    assert synth(stack)["output"] == {
        # never null, even when the API's answer has no text or no usage (attributes.py)
        "text": {"value": '${try(openai_model_response.answer.output["text"], "")}'},
        "usage": {
            "value": "${(openai_model_response.answer.usage == null) ? {} : "
            "openai_model_response.answer.usage}"
        },
        "id": {"value": "${openai_model_response.answer.id}"},
    }


ACCEPTED: list[tuple[str, Any]] = [
    ("model", "m"),
    ("input", "x"),
    ("instructions", "i" * 256_000),
    ("temperature", 0.01),
    ("temperature", 2),
    ("top_p", 1),
    ("top_p", 0.01),
    ("max_output_tokens", 16),  # OpenAI's least max_output_tokens
    ("user", "u"),
    ("preserve_on_change", False),
]
REJECTED: list[tuple[str, Any]] = [
    ("model", ""),
    ("model", "gpt 4o"),
    ("input", ""),
    ("input", 42),
    ("instructions", "i" * 256_001),
    ("temperature", -0.0001),
    ("temperature", 2.0001),
    ("top_p", 1.0001),
    ("top_p", -0.0001),
    ("top_k", 0),
    ("top_k", 1),  # POST /v1/responses has no top_k: refused at any value
    ("top_k", 1.5),
    ("max_output_tokens", 0),
    ("max_output_tokens", 15),  # OpenAI answers HTTP 400 integer_below_min_value
    ("max_output_tokens", 100.0),
    ("include", "output_text"),
    ("include", [""]),
    ("user", ""),
    ("preserve_on_change", "yes"),
]


@pytest.mark.parametrize(("field", "value"), ACCEPTED)
def test_values_just_inside_the_bounds_synthesize(
    stack: TerraformStack, field: str, value: Any
) -> None:
    make(stack, **{field: value})
    assert body(stack)[field] == value


@pytest.mark.parametrize(("field", "value"), REJECTED)
def test_values_just_outside_the_bounds_are_rejected(
    stack: TerraformStack, field: str, value: Any
) -> None:
    error = expect_rejected(lambda: make(stack, **{field: value}), field)
    assert str(error).startswith(f"stack/answer: {field}")
    assert stack.node.try_find_child("answer") is None  # nothing was created


@pytest.mark.parametrize("field", ["model", "input"])
def test_model_and_input_are_required_although_the_schema_says_optional(
    stack: TerraformStack, field: str
) -> None:
    # the create fails without them: `model is required` / `input is required`
    with pytest.raises(ValidationError, match=f"stack/answer: {field} must be set, got None"):
        make(stack, **{field: None})


def test_all_problems_are_reported_together(stack: TerraformStack) -> None:
    with pytest.raises(ValidationError) as caught:
        make(stack, input="", temperature=2.5, max_output_tokens=0)
    assert str(caught.value).splitlines() == [
        "stack/answer: input must be a non-blank string, got ''",
        "stack/answer: temperature must be a number between 0 and 2, got 2.5",
        "stack/answer: max_output_tokens must be a whole number >= 16, got 0",
    ]


@pytest.mark.parametrize("field", ["temperature", "top_p"])
def test_a_zero_the_provider_never_sends_is_a_warning(stack: TerraformStack, field: str) -> None:
    # resourceOpenAIModelResponseCreate reads both with d.GetOk, which treats 0 as unset
    response = make(stack, **{field: 0})
    assert warnings_of(response) == [
        f"[@cdktf-openai:zeroNotSent] {field} is 0, which provider 1.2.0 never sends (it "
        "treats 0 as unset), so the API's default applies instead; use a small value such as "
        "0.01."
    ]


def test_temperature_and_top_p_together_is_the_same_warning_as_on_a_run(
    stack: TerraformStack,
) -> None:
    response = make(stack, temperature=0.5, top_p=0.5)
    assert [w.split("]")[0] for w in warnings_of(response)] == ["[@cdktf-openai:temperatureAndTopP"]


def test_include_is_accepted_with_a_warning_that_it_is_never_sent(stack: TerraformStack) -> None:
    response = make(stack, include=("file_search_call.results",))
    assert body(stack)["include"] == ["file_search_call.results"]
    assert warnings_of(response) == [
        "[@cdktf-openai:includeNotSent] include is kept in the Terraform state only: provider "
        "1.2.0 never sends it to the API."
    ]


def test_a_plain_response_has_no_warning(stack: TerraformStack) -> None:
    assert warnings_of(make(stack, temperature=0.3)) == []


def test_token_numbers_become_lifecycle_preconditions(stack: TerraformStack) -> None:
    cap = TerraformVariable(stack, "cap", type="number")
    make(stack, max_output_tokens=cap.number_value)
    (check,) = body(stack)["lifecycle"]["precondition"]
    assert check == {
        "condition": "${((floor(var.cap) == var.cap) && (16 <= var.cap))}",
        "error_message": "stack/answer: max_output_tokens must be a whole number >= 16, got "
        "${var.cap}",
    }


def test_defaults_give_model_temperature_and_the_token_cap_but_no_metadata(
    stack: TerraformStack,
) -> None:
    Defaults(model="gpt-4o-mini", temperature=0.3, max_tokens=800, metadata={"team": "a"}).apply_to(
        stack
    )
    Response(stack, "answer", input="Hello")
    assert body(stack) == {
        "model": "gpt-4o-mini",
        "input": "Hello",
        "temperature": 0.3,
        "max_output_tokens": 800,
    }


def test_explicit_props_win_over_defaults(stack: TerraformStack) -> None:
    Defaults(model="gpt-4o-mini", max_tokens=800).apply_to(stack)
    make(stack, max_output_tokens=100)
    assert (body(stack)["model"], body(stack)["max_output_tokens"]) == ("gpt-4o", 100)


def test_a_response_can_wait_for_other_resources(stack: TerraformStack) -> None:
    thread = Thread(stack, "thread")
    make(stack, depends_on=[thread])
    assert body(stack)["depends_on"] == ["openai_thread.thread"]


def test_the_synthesized_json_is_what_the_generated_class_writes(stack: TerraformStack) -> None:
    make(stack, instructions="Be brief.", temperature=0.2, include=["x"])
    ModelResponse(
        stack,
        "raw",
        model="gpt-4o",
        input="Summarize RFC 2119 in one sentence.",
        instructions="Be brief.",
        temperature=0.2,
        include=["x"],
    )
    synthesized = synth(stack)["resource"]["openai_model_response"]

    def without_metadata(name: str) -> str:
        return json.dumps({k: v for k, v in synthesized[name].items() if k != "//"}, sort_keys=True)

    assert without_metadata("answer") == without_metadata("raw")


def test_top_k_is_refused_saying_why_and_what_instead(stack: TerraformStack) -> None:
    # limits.RESPONSE_TOP_K: provider 1.2.0 sends any top_k but 0, and POST /v1/responses has
    # none (openai 3.63.0, ResponseCreateParams): OpenAI answers HTTP 400
    error = expect_rejected(lambda: make(stack, top_k=40), "top_k")
    assert str(error) == (
        "stack/answer: top_k must be unset (OpenAI's Responses API has no top_k parameter and "
        "answers HTTP 400; leave it out (top_p bounds sampling); a server that takes it: "
        "response.add_override('top_k', k)), got 40"
    )


def test_the_escape_hatch_still_sends_top_k_to_a_server_that_takes_it(
    stack: TerraformStack,
) -> None:
    make(stack).add_override("top_k", 40)
    assert body(stack)["top_k"] == 40


def test_a_defaults_token_cap_below_openais_least_is_refused_with_where_it_came_from(
    stack: TerraformStack,
) -> None:
    with pytest.raises(ValidationError, match=r"Defaults: max_tokens must be a whole number >= 16"):
        Defaults(max_tokens=15)
    Defaults(max_tokens=16).apply_to(stack)
    make(stack)
    assert body(stack)["max_output_tokens"] == 16
