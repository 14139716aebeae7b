"""``Assistant``: tools as blocks, limits on lists and texts, no ``tool_resources``."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai import Assistant, Tool
from cdktf_openai.core import TerraformOutput, TerraformStack
from cdktf_openai.l1.assistant import Assistant as L1Assistant
from tests.conftest import expect_rejected, resource_json, synth


def make(stack: TerraformStack, **props: Any) -> Assistant:
    props.setdefault("model", "gpt-4o")
    return Assistant(stack, "assistant", **props)


def test_every_prop_is_mapped_and_function_tools_get_a_nested_block(
    stack: TerraformStack,
) -> None:
    make(
        stack,
        name="Reviewer",
        description="Reviews code",
        instructions="You review code.",
        tools=[
            Tool.code_interpreter(),
            Tool.function(
                "lookup",
                description="Find a ticket",
                parameters={"type": "object", "properties": {"id": {"type": "string"}}},
            ),
        ],
        file_ids=["file-1", "file-2"],
        metadata={"team": "platform", "cost_center": "42"},
    )
    assert resource_json(stack, "openai_assistant", "assistant") == {
        "model": "gpt-4o",
        "name": "Reviewer",
        "description": "Reviews code",
        "instructions": "You review code.",
        "tools": [
            {"type": "code_interpreter"},
            {
                "type": "function",
                "function": {
                    "name": "lookup",
                    "description": "Find a ticket",
                    "parameters": '{"properties":{"id":{"type":"string"}},"type":"object"}',
                },
            },
        ],
        "file_ids": ["file-1", "file-2"],
        "metadata": {"cost_center": "42", "team": "platform"},
    }


def test_only_the_model_is_required(stack: TerraformStack) -> None:
    make(stack)
    assert resource_json(stack, "openai_assistant", "assistant") == {"model": "gpt-4o"}


def test_no_tool_resources_can_be_expressed() -> None:
    import inspect

    assert "tool_resources" not in inspect.signature(Assistant.__init__).parameters
    with pytest.raises(TypeError):
        Assistant(None, "x", model="m", tool_resources={})  # type: ignore[arg-type, call-arg]


def test_is_its_l1_resource_with_read_only_attributes(stack: TerraformStack) -> None:
    assistant = make(stack)
    assert isinstance(assistant, L1Assistant) and assistant.resource is assistant
    TerraformOutput(stack, "id", value=assistant.id)
    TerraformOutput(stack, "created", value=assistant.created_at)
    outputs = synth(stack)["output"]
    assert outputs["id"]["value"] == "${openai_assistant.assistant.id}"
    assert outputs["created"]["value"] == "${openai_assistant.assistant.created_at}"


CODE = Tool.code_interpreter()
ACCEPTED: list[tuple[str, Any]] = [
    ("name", "n" * 256),
    ("description", "d" * 512),
    ("instructions", "i" * 256_000),
    ("tools", [CODE] * 128),
    ("file_ids", [f"file-{i}" for i in range(20)]),
    ("metadata", {"k" * 64: "v" * 512}),
]
REJECTED: list[tuple[str, Any]] = [
    ("model", ""),
    ("model", "gpt 4"),
    ("name", "n" * 257),
    ("description", "d" * 513),
    ("instructions", "i" * 256_001),
    ("tools", [CODE] * 129),
    ("tools", [{"type": "code_interpreter"}]),
    ("tools", "code_interpreter"),
    ("file_ids", [f"file-{i}" for i in range(21)]),
    ("file_ids", [""]),
    ("metadata", {"k" * 65: "v"}),
]


@pytest.mark.parametrize(("field", "value"), ACCEPTED)
def test_values_just_inside_the_bounds_synthesize(
    stack: TerraformStack, field: str, value: Any
) -> None:
    make(stack, **{field: value})
    assert field in resource_json(stack, "openai_assistant", "assistant")


@pytest.mark.parametrize(("field", "value"), REJECTED)
def test_values_just_outside_the_bounds_are_rejected(
    stack: TerraformStack, field: str, value: Any
) -> None:
    error = expect_rejected(lambda: make(stack, **{field: value}), field)
    assert str(error).startswith(f"stack/assistant: {field}")


# limits.ASSISTANT_FILE_IDS: provider 1.2.0 sends a non-empty file_ids at the top level of
# the assistant (resourceOpenAIAssistantCreate), which Assistants v1 took and OpenAI's v2
# (AssistantCreateParams, openai 3.63.0: files under tool_resources) answers with HTTP 400.


def warnings_of(assistant: Assistant) -> list[str]:
    return [str(e.data) for e in assistant.node.metadata if e.type == "@cdktf/warn"]


def test_file_ids_are_kept_with_a_warning_naming_what_to_do_instead(stack: TerraformStack) -> None:
    assistant = make(stack, file_ids=["file-1"])
    assert resource_json(stack, "openai_assistant", "assistant")["file_ids"] == ["file-1"]
    (warning,) = warnings_of(assistant)
    assert warning.startswith(
        "[@cdktf-openai:assistantFileIds] file_ids: provider 1.2.0 sends file_ids at the top "
        "level of the assistant, which OpenAI's Assistants v2 answers with HTTP 400"
    )
    assert "Tool.file_search()" in warning and "Attachment.of(file)" in warning


def test_no_file_ids_give_no_warning(stack: TerraformStack) -> None:
    assert warnings_of(make(stack, file_ids=[])) == []
    assert "file_ids" not in resource_json(stack, "openai_assistant", "assistant")
