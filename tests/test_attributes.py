"""Every documented read-only attribute is an output that is never null (attributes.py).

What the synthesized outputs say, attribute by attribute; the deploys with the real CLIs on
the offline double are in tests/offline/test_outputs_deploy.py.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest

from cdktf_openai import (
    Assistant,
    File,
    Response,
    Run,
    Thread,
    ThreadMessage,
    VectorStore,
    VectorStoreFile,
)
from cdktf_openai.core import App, TerraformOutput, TerraformStack, Token
from cdktf_openai.l1 import model_response as _model_response
from cdktf_openai.l1 import run as _run
from tests.conftest import address, synth
from tests.every_attribute import ATTRIBUTES, DERIVED, add_every_attribute

#: (construct, attribute) -> what the output reads while provider 1.2.0 leaves it null; ``None``
#: for the attributes the provider always sets (a plain reference). From the Go source at
#: v1.2.0: a ``d.Set`` under an ``if`` (or only in Read, or only in Create) leaves it null.
EMPTY: dict[tuple[str, str], str | None] = {
    **{
        (name, attribute): None
        for name, attributes in ATTRIBUTES.items()
        for attribute in attributes
    },
    ("run", "started_at"): "0",
    ("run", "completed_at"): "0",
    ("run", "usage"): "{}",
    ("run", "steps"): "[]",
    ("run", "file_ids"): "[]",
    ("response", "usage"): "{}",
    ("response", "output"): "{}",
    ("response", "created"): "0",
    ("response", "object"): '""',
    ("response", "finish_reason"): '""',
    ("store", "status"): '""',
    ("store", "file_count"): "0",
    ("store", "created_at"): "0",
    ("store_file", "status"): '""',
    ("store_file", "created_at"): "0",
}
#: The construct path of each construct of tests/every_attribute.py.
PATHS = {name: f"outputs/{name}" for name in ATTRIBUTES}


@pytest.fixture(scope="module")
def synthesized() -> dict[str, Any]:
    stack = TerraformStack(App(), "outputs")
    add_every_attribute(stack)
    return synth(stack)


def value_of(synthesized: dict[str, Any], output: str) -> str:
    value: str = synthesized["output"][output]["value"]
    return value


CASES = [key for key in EMPTY if key != ("response", "text")]


@pytest.mark.parametrize(("name", "attribute"), CASES, ids=[f"{n}.{a}" for n, a in CASES])
def test_each_documented_attribute_is_a_reference_or_never_null(
    synthesized: dict[str, Any], name: str, attribute: str
) -> None:
    raw = f"{address(synthesized, PATHS[name])}.{attribute}"
    empty = EMPTY[name, attribute]
    expected = f"${{{raw}}}" if empty is None else f"${{({raw} == null) ? {empty} : {raw}}}"
    assert value_of(synthesized, f"{name}_{attribute}") == expected


def test_every_documented_attribute_has_an_output(synthesized: dict[str, Any]) -> None:
    expected = {f"{n}_{a}" for n, attributes in ATTRIBUTES.items() for a in attributes}
    assert set(synthesized["output"]) == expected | set(DERIVED)


#: The constructs of tests/every_attribute.py by name.
CLASSES: dict[str, type] = {
    "assistant": Assistant,
    "file": File,
    "thread": Thread,
    "message": ThreadMessage,
    "run": Run,
    "response": Response,
    "store": VectorStore,
    "store_file": VectorStoreFile,
}


@pytest.mark.parametrize("name", list(CLASSES))
def test_the_docstrings_name_each_attribute_and_what_it_is_while_unset(name: str) -> None:
    documented = inspect.getdoc(CLASSES[name]) or ""
    section = documented.split("Read-only attributes", 1)[1].split("Example::", 1)[0]
    assert set(ATTRIBUTES[name]) <= set(re.findall(r"``([a-z_]+)``", section))
    for attribute in ATTRIBUTES[name]:
        if EMPTY.get((name, attribute)) is not None or attribute == "text":
            doc = inspect.getdoc(getattr(CLASSES[name], attribute)) or ""
            assert re.search(r"``(\"\"|0|\{\}|\[\])``", doc), (attribute, doc)


def test_a_key_of_a_map_that_may_be_null_reads_as_the_empty_value(
    synthesized: dict[str, Any],
) -> None:
    run = address(synthesized, "outputs/run")
    response = address(synthesized, "outputs/response")
    review = address(synthesized, "outputs/review_response/response")
    assert value_of(synthesized, "run_total_tokens") == f'${{try({run}.usage["total_tokens"], 0)}}'
    assert value_of(synthesized, "response_total_tokens") == (
        f'${{try({response}.usage["total_tokens"], "")}}'
    )
    assert value_of(synthesized, "response_text") == f'${{try({response}.output["text"], "")}}'
    assert value_of(synthesized, "review_response_text") == (
        f'${{try({review}.output["text"], "")}}'
    )


def test_a_composite_s_run_attributes_are_never_null(synthesized: dict[str, Any]) -> None:
    run = address(synthesized, "outputs/review_run/run")
    assert value_of(synthesized, "review_run_status") == f"${{{run}.status}}"
    assert (
        value_of(synthesized, "review_run_usage")
        == f"${{({run}.usage == null) ? {{}} : {run}.usage}}"
    )


def test_an_item_of_the_steps_is_read_as_the_provider_stores_it() -> None:
    stack = TerraformStack(App(), "stack")
    run = Run(stack, "run", thread="thread_1", assistant="asst_1")
    assert isinstance(run.steps, _run.RunStepsList)
    TerraformOutput(stack, "first_step", value=run.steps.get(0).id)
    TerraformOutput(stack, "tokens", value=run.usage.lookup("total_tokens"))
    outputs = synth(stack)["output"]
    assert outputs["first_step"]["value"] == "${openai_run.run.steps[0].id}"
    assert outputs["tokens"]["value"] == '${try(openai_run.run.usage["total_tokens"], 0)}'


def test_the_generated_getters_still_give_the_raw_attribute() -> None:
    # the escape hatch the docstrings name: cdktf's getters, or the generated class's own
    stack = TerraformStack(App(), "stack")
    run = Run(stack, "run", thread="thread_1", assistant="asst_1")
    response = Response(stack, "answer", model="gpt-4o", input="Hi.")
    raw = {
        "usage": run.get_number_map_attribute("usage"),
        "completed_at": run.get_number_attribute("completed_at"),
        "steps": run.interpolation_for_attribute("steps"),
        "l1_usage": _run.Run.usage.fget(run),  # type: ignore[attr-defined]
        "l1_text": _model_response.ModelResponse.output.fget(response).lookup("text"),  # type: ignore[attr-defined]
    }
    for name, value in raw.items():
        assert Token.is_unresolved(value), name
        TerraformOutput(stack, name, value=value)
    outputs = synth(stack)["output"]
    assert {name: output["value"] for name, output in outputs.items()} == {
        "usage": "${openai_run.run.usage}",
        "completed_at": "${openai_run.run.completed_at}",
        "steps": "${openai_run.run.steps}",
        "l1_usage": "${openai_run.run.usage}",
        "l1_text": '${openai_model_response.answer.output["text"]}',
    }
