"""``Tool``: a tool an assistant or a run may use, rendered for each resource's shape."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from cdktf_openai import limits
from cdktf_openai.errors import Problem, ValidationError
from cdktf_openai.l1.assistant import AssistantTools, AssistantToolsFunction
from cdktf_openai.validation import NO_TOKENS, OneOf, Predicate, Rules, show
from cdktf_openai.workarounds import struct

__all__ = ["NON_FUNCTION_TOOL", "TOOL", "Tool", "ToolType"]

#: The kinds of tool this library renders.
ToolType = Literal["code_interpreter", "file_search", "function"]

_RULES = Rules(
    {
        "type": OneOf(("code_interpreter", "file_search", "function")),
        "name": limits.FUNCTION_NAME,
        "description": limits.FUNCTION_DESCRIPTION,
    },
    required=frozenset({"type"}),
)


def _canonical_json(parameters: Any) -> tuple[str | None, list[Problem]]:
    """Serialize a JSON Schema object deterministically (sorted keys, no whitespace)."""
    if not isinstance(parameters, dict):
        return None, [
            Problem("parameters", "must be a dict (a JSON Schema object)", show(parameters))
        ]
    try:
        text = json.dumps(
            parameters, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
        )
    except (TypeError, ValueError) as error:
        return None, [Problem("parameters", "must be JSON-serializable", str(error))]
    if parameters.get("type") != "object":
        shown = show(parameters.get("type"))
        return None, [Problem("parameters", "must have the top-level type 'object'", shown)]
    return text, []


@dataclass(frozen=True)
class Tool:
    """A tool: the code interpreter, file search, or a function the model may call.

    Make one with the named constructors; the same value renders to the right shape wherever
    it is used: a ``tools`` block (with a nested ``function`` block) on ``openai_assistant``, a
    ``{"type": ...}`` string map on ``openai_run``, a ``tools`` block on a message attachment.

    Provider 1.2.0 takes run tools as string maps only, so a function tool cannot be given to a
    ``Run``: attach function tools to the ``Assistant``. There is no ``retrieval`` tool:
    OpenAI's Assistants v2 replaced it with ``file_search`` (``Tool("retrieval")`` is refused,
    saying so).

    Attributes:
        type: ``"code_interpreter"``, ``"file_search"`` or ``"function"``.
        name: The function's name (function tools only).
        description: What the function does, for the model (function tools only).
        parameters_json: The function's parameters, a JSON Schema object serialized with sorted
            keys and no whitespace, so equal dicts always give the same JSON.
    """

    type: ToolType
    name: str | None = None
    description: str | None = None
    parameters_json: str | None = None

    def __post_init__(self) -> None:
        """Check the fields; a function tool needs a name and parameters."""
        problems, _ = _RULES.check(
            {"type": self.type, "name": self.name, "description": self.description}
        )
        kind: str = self.type  # any string reaches here at run time
        if kind == "retrieval":  # Assistants v1's tool: say what replaced it
            problems = [p for p in problems if p.field != "type"]
            problems[:0] = limits.RETRIEVAL_TOOL.checked("type", kind)
        is_function = self.type == "function"
        if is_function and (self.name is None or self.parameters_json is None):
            problems.append(Problem("name", "must be set for a function tool", show(self.name)))
        if not is_function and self.name is not None:
            problems.append(Problem("name", f"must be unset for {self.type!r}", show(self.name)))
        if problems:
            raise ValidationError("Tool", problems)

    @classmethod
    def code_interpreter(cls) -> Tool:
        """The code interpreter: the model writes and runs Python in a sandbox."""
        return cls("code_interpreter")

    @classmethod
    def file_search(cls) -> Tool:
        """File search: the model searches the files of the attached vector stores."""
        return cls("file_search")

    @classmethod
    def function(
        cls, name: str, *, parameters: dict[str, Any], description: str | None = None
    ) -> Tool:
        """A function the model may ask to call (your code runs it and submits the result).

        Args:
            name: 1 to 64 letters, digits, underscores or dashes.
            parameters: The function's arguments as a JSON Schema object (top-level
                ``"type": "object"``); it must be JSON-serializable. It is stored with sorted
                keys, so the synthesized JSON does not depend on the dict's insertion order.
            description: What the function does, at most 1,024 characters.

        Raises:
            ValidationError: A bad name, description or parameters (all problems at once).
        """
        parameters_json, problems = _canonical_json(parameters)
        name_problems, _ = _RULES.check({"name": name, "description": description})
        problems = name_problems + problems
        if problems:
            raise ValidationError("Tool.function", problems)
        return cls("function", name=name, description=description, parameters_json=parameters_json)

    @property
    def parameters(self) -> dict[str, Any] | None:
        """The function's parameters as a dict (a fresh copy), or None for other tools."""
        if self.parameters_json is None:
            return None
        parsed: dict[str, Any] = json.loads(self.parameters_json)
        return parsed

    def for_assistant(self) -> AssistantTools:
        """Render as an ``openai_assistant`` ``tools`` block."""
        if self.type != "function":
            return struct(AssistantTools, type=self.type)
        return struct(
            AssistantTools,
            type="function",
            function=struct(
                AssistantToolsFunction,
                name=self.name or "",
                description=self.description,
                parameters=self.parameters_json or "",
            ),
        )

    def for_run(self) -> dict[str, str]:
        """Render as an item of ``openai_run`` ``tools`` (a string map).

        Raises:
            ValueError: For a function tool; ``Run`` reports this as a ValidationError first.
        """
        if self.type == "function":
            raise ValueError("provider 1.2.0 cannot pass a function tool on openai_run")
        return {"type": self.type}

    def __repr__(self) -> str:
        """``Tool.function('lookup')``, ``Tool.file_search()``, ..."""
        if self.type == "function":
            return f"Tool.function({self.name!r})"
        return f"Tool.{self.type}()"


def _is_tool(value: Any) -> bool:
    return isinstance(value, Tool)


#: Any tool (assistant tools).
TOOL = Predicate(
    _is_tool,
    "a Tool (Tool.code_interpreter(), Tool.file_search(), Tool.function())",
    NO_TOKENS,
)
#: A tool that provider 1.2.0 can pass on openai_run and in message attachments.
NON_FUNCTION_TOOL = Predicate(
    lambda value: _is_tool(value) and value.type != "function",
    "Tool.code_interpreter() or Tool.file_search() (provider 1.2.0 takes these tools as string "
    "maps; attach function tools to the Assistant)",
    NO_TOKENS,
)
