"""``Tool``: one value, the right shape for each resource; deterministic parameters."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai import Tool, ValidationError


def test_builtin_tools_render_for_a_run_as_string_maps() -> None:
    assert Tool.code_interpreter().for_run() == {"type": "code_interpreter"}
    assert Tool.file_search().for_run() == {"type": "file_search"}


def test_a_function_tool_refuses_to_render_for_a_run() -> None:
    with pytest.raises(ValueError, match="cannot pass a function tool on openai_run"):
        Tool.function("f", parameters={"type": "object"}).for_run()


def test_function_parameters_are_serialized_with_sorted_keys() -> None:
    first = Tool.function("f", parameters={"type": "object", "properties": {"b": {}, "a": {}}})
    second = Tool.function("f", parameters={"properties": {"a": {}, "b": {}}, "type": "object"})
    assert first == second
    assert first.parameters_json == '{"properties":{"a":{},"b":{}},"type":"object"}'
    assert first.parameters == {"type": "object", "properties": {"a": {}, "b": {}}}


def test_repr_reads_like_the_constructor() -> None:
    assert repr(Tool.file_search()) == "Tool.file_search()"
    assert repr(Tool.function("get_weather", parameters={"type": "object"})) == (
        "Tool.function('get_weather')"
    )


@pytest.mark.parametrize(
    ("name", "parameters", "expected"),
    [
        ("a" * 65, {"type": "object"}, "Tool.function: name must be 1 to 64 letters"),
        ("has space", {"type": "object"}, "Tool.function: name must be"),
        ("f", {"type": "array"}, "Tool.function: parameters must have the top-level type"),
        ("f", {}, "Tool.function: parameters must have the top-level type 'object', got None"),
        ("f", ["not", "a", "dict"], "Tool.function: parameters must be a dict"),
        ("f", {"type": "object", "default": {1, 2}}, "Tool.function: parameters must be JSON"),
        ("f", {"type": "object", "x": float("nan")}, "Tool.function: parameters must be JSON"),
    ],
)
def test_bad_functions_fail_on_creation(name: str, parameters: Any, expected: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Tool.function(name, parameters=parameters)
    assert str(caught.value).startswith(expected)


def test_name_and_parameters_problems_are_reported_together() -> None:
    with pytest.raises(ValidationError) as caught:
        Tool.function("", parameters={"type": "string"})
    assert [p.field for p in caught.value.problems] == ["name", "parameters"]


def test_just_inside_the_bounds() -> None:
    assert Tool.function("a" * 64, parameters={"type": "object"}).name == "a" * 64
    assert Tool.function("f", parameters={"type": "object"}, description="d" * 1024)


def test_direct_construction_is_checked_too() -> None:
    with pytest.raises(ValidationError):
        Tool("retrieval")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Tool("function")  # no name, no parameters
    with pytest.raises(ValidationError):
        Tool("file_search", name="x")


def test_the_retrieval_tool_is_refused_naming_file_search() -> None:
    # limits.RETRIEVAL_TOOL: Assistants v2 replaced retrieval with file_search
    # (AssistantToolParam, openai 3.63.0); file_search itself is accepted
    with pytest.raises(ValidationError) as caught:
        Tool("retrieval")  # type: ignore[arg-type]
    assert str(caught.value) == (
        "Tool: type must be 'code_interpreter', 'file_search' or 'function' (OpenAI's "
        "Assistants v2 has no retrieval tool (file_search replaced it) and answers HTTP 400; "
        "use Tool.file_search(), with files attached to a ThreadMessage (Attachment.of(file))), "
        "got 'retrieval'"
    )
    assert Tool("file_search") == Tool.file_search()
