"""The provider's plan-time checks (``mkdev-me/openai`` 1.2.0), re-implemented for the double.

Terraform itself rejects what the schema can say (unknown arguments, missing required ones,
wrong types). These are the checks the provider adds on top, listed in the project's reference
(``shared/reference/README.md``), worded as the provider's SDK words them: the attribute's flat
key (``tools.0.type``) in the message, and its path on the diagnostic, so that Terraform points
at the offending line.

Each rule is one line of :data:`RULES`. Values that are unknown at plan time are skipped, as the
provider skips them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from cdktf_openai.offline.protocol import as_decimal, is_unknown

#: A step of an attribute path: an attribute or block name, or a list index.
PathStep = str | int
#: A check: given the value and its flat key, return the error message, or ``None`` if valid.
Check = Callable[[Any, str], str | None]


@dataclass(frozen=True)
class Problem:
    """One rejected value.

    Attributes:
        message: The diagnostic's summary, e.g. ``expected top_p to be in the range ...``.
        path: Where it is: attribute and block names, and list indexes.
    """

    message: str
    path: tuple[PathStep, ...]


def flat_key(path: Sequence[PathStep]) -> str:
    """Return the SDK's flat key of a path: ``("tools", 0, "type")`` -> ``tools.0.type``."""
    return ".".join(str(step) for step in path)


def in_range(low: float, high: float) -> Check:
    """Reject a number outside ``low..high`` (both included)."""

    def check(value: Any, key: str) -> str | None:
        number = as_decimal(value)
        if number is None or Decimal(str(low)) <= number <= Decimal(str(high)):
            return None
        return f"expected {key} to be in the range ({low:f} - {high:f}), got {float(number):f}"

    return check


def at_least(minimum: int) -> Check:
    """Reject a number below ``minimum``."""

    def check(value: Any, key: str) -> str | None:
        number = as_decimal(value)
        if number is None or number >= minimum:
            return None
        return f"expected {key} to be at least ({minimum}), got {number}"

    return check


def whole_number(value: Any, key: str) -> str | None:
    """Reject a number with a fractional part."""
    number = as_decimal(value)
    if number is None or number == number.to_integral_value():
        return None
    return f"expected {key} to be a whole number, got {number}"


def one_of(*allowed: str) -> Check:
    """Reject a string that is not one of ``allowed``."""

    def check(value: Any, key: str) -> str | None:
        if not isinstance(value, str) or value in allowed:
            return None
        quoted = " ".join(json.dumps(option) for option in allowed)
        return f"expected {key} to be one of [{quoted}], got {value}"

    return check


def valid_json(value: Any, key: str) -> str | None:
    """Reject a string that is not a JSON document."""
    if not isinstance(value, str):
        return None
    try:
        json.loads(value)
    except json.JSONDecodeError as error:
        return f'"{key}" contains an invalid JSON: {error}'
    return None


@dataclass(frozen=True)
class Rule:
    """A check that applies to one attribute of some resource types.

    Attributes:
        resource_types: The resource types it applies to.
        path: Where the attribute is; ``"*"`` stands for every element of a block list.
        check: The check to run on each value found there.
    """

    resource_types: tuple[str, ...]
    path: tuple[str, ...]
    check: Check


_RUNS = ("openai_run", "openai_thread_run")
_ASSISTANT_TOOLS = ("code_interpreter", "retrieval", "function", "file_search")
_THREAD_RUN_TOOLS = ("code_interpreter", "retrieval", "function")

#: The provider's plan-time checks, one per line (see ``shared/reference/README.md``).
RULES: tuple[Rule, ...] = (
    Rule(_RUNS, ("temperature",), in_range(0, 2)),
    Rule(_RUNS, ("top_p",), in_range(0, 1)),
    Rule(("openai_run",), ("max_tokens",), whole_number),
    Rule(("openai_run",), ("completion_window",), whole_number),
    Rule(("openai_thread_run",), ("max_completion_tokens",), at_least(0)),
    Rule(("openai_thread_run",), ("max_completion_tokens",), whole_number),
    Rule(("openai_assistant",), ("tools", "*", "type"), one_of(*_ASSISTANT_TOOLS)),
    Rule(("openai_thread_run",), ("tools", "*", "type"), one_of(*_THREAD_RUN_TOOLS)),
    Rule(("openai_thread_run",), ("thread", "*", "messages", "*", "role"), one_of("user")),
    Rule(("openai_thread_run",), ("tools", "*", "function", "*", "parameters"), valid_json),
    Rule(("openai_thread_run",), ("response_format", "*", "type"), one_of("text", "json_object")),
    Rule(("openai_file",), ("purpose",), one_of("fine-tune", "assistants", "vision", "batch")),
)

#: Pairs of arguments that may not both be set: (resource type, argument, other argument).
CONFLICTS: tuple[tuple[str, str, str], ...] = (
    ("openai_thread_run", "existing_thread_id", "thread"),
)


def _values_at(
    config: Any, pattern: Sequence[str], prefix: tuple[PathStep, ...] = ()
) -> Iterator[tuple[tuple[PathStep, ...], Any]]:
    """Yield ``(path, value)`` for every known, non-null value that ``pattern`` matches."""
    if config is None or is_unknown(config):
        return
    if not pattern:
        yield prefix, config
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        if isinstance(config, list):
            for index, item in enumerate(config):
                yield from _values_at(item, rest, (*prefix, index))
    elif isinstance(config, dict):
        yield from _values_at(config.get(head), rest, (*prefix, head))


def _is_set(value: Any) -> bool:
    return value is not None and value != []


def _read_only_problems(
    config: dict[str, Any], block: dict[str, Any], prefix: tuple[PathStep, ...]
) -> Iterator[Problem]:
    for name, spec in block.get("attributes", {}).items():
        read_only = spec.get("computed", False) and not (
            spec.get("optional", False) or spec.get("required", False)
        )
        if (read_only or (name == "id" and not prefix)) and _is_set(config.get(name)):
            yield Problem(
                f'"{flat_key((*prefix, name))}": this field cannot be set', (*prefix, name)
            )
    for name, spec in block.get("block_types", {}).items():
        items = config.get(name)
        if isinstance(items, list):
            for index, item in enumerate(items):
                if isinstance(item, dict):
                    yield from _read_only_problems(item, spec["block"], (*prefix, name, index))


def validate(type_name: str, config: dict[str, Any], block: dict[str, Any]) -> list[Problem]:
    """Return every problem the provider would report for a resource's configuration.

    Args:
        type_name: The resource type, e.g. ``openai_run``.
        config: The resource's configuration as Terraform sends it (nulls for unset arguments,
            :class:`~cdktf_openai.offline.protocol.UnknownValue` for values known only later).
        block: The resource's ``block`` in the JSON schema (to find read-only attributes).

    Returns:
        The problems, in a stable order (read-only values first, then :data:`RULES` order).
    """
    problems = list(_read_only_problems(config, block, ()))
    for rule in RULES:
        if type_name not in rule.resource_types:
            continue
        for path, value in _values_at(config, rule.path):
            message = rule.check(value, flat_key(path))
            if message is not None:
                problems.append(Problem(message, path))
    for resource_type, name, other in CONFLICTS:
        if resource_type == type_name and _is_set(config.get(name)) and _is_set(config.get(other)):
            problems.append(Problem(f'"{name}": conflicts with {other}', (name,)))
    return problems
