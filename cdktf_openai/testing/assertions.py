"""Assertions over synthesized Terraform JSON, with messages that show what was there.

They take the parsed document (from ``synth_json`` / :func:`~cdktf_openai.testing.synth_stack`
or ``json.loads(Testing.synth(stack))``) and raise ``AssertionError``, so they work under
pytest, unittest or plain Python. Whether a resource "has these properties" is decided by
cdktf's own matcher (``Testing.to_have_resource_with_properties``): a partial, recursive match
where every given key must be present and equal, lists compared item by item and in full.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from cdktf_openai.core import Testing

__all__ = [
    "assert_has_output",
    "assert_has_provider",
    "assert_has_resource",
    "assert_references",
    "reference",
    "referenced_addresses",
]

#: cdktf's metadata key, left out of what the messages show.
_METADATA_KEY = "//"
#: A Terraform address inside an expression: ``type.name``, ``data.type.name``, ``var.x``.
_ADDRESS = re.compile(r"(?<![\w.\"-])((?:data\.)?[A-Za-z_][\w-]*\.[A-Za-z_][\w-]*)")


def reference(address: str, attribute: str = "id") -> str:
    """The string cdktf writes for a reference to an attribute of a resource.

    Args:
        address: ``"<type>.<name>"`` (e.g. ``"openai_thread.support"``) or
            ``"data.<type>.<name>"``.
        attribute: The attribute, ``"id"`` unless given.

    Returns:
        E.g. ``"${openai_thread.support.id}"``: compare a property with it in
        :func:`assert_has_resource`.
    """
    return f"${{{address}.{attribute}}}"


def assert_has_resource(
    document: Mapping[str, Any],
    resource_type: str,
    properties: Mapping[str, Any] | None = None,
    *,
    name: str | None = None,
) -> dict[str, dict[str, Any]]:
    """Assert that a resource of ``resource_type`` has (at least) ``properties``.

    Args:
        document: A synthesized stack, parsed.
        resource_type: The Terraform type, e.g. ``"openai_assistant"``.
        properties: Properties the resource must have; keys not given are not compared. Nested
            blocks match the same way; lists must match item for item. ``None``: any resource
            of the type.
        name: Only this resource (its name in the JSON, e.g. ``"code_reviewer"``).

    Returns:
        The matching resources, name to body.

    Raises:
        AssertionError: No resource matches; the message lists the resources of that type.
    """
    return _assert_has("resource", document, resource_type, properties, name=name)


def assert_has_provider(
    document: Mapping[str, Any], provider_type: str, properties: Mapping[str, Any] | None = None
) -> None:
    """Assert that a provider configuration of ``provider_type`` has (at least) ``properties``.

    Args:
        document: A synthesized stack, parsed.
        provider_type: The provider's local name, e.g. ``"openai"``.
        properties: Settings the configuration must have (e.g. ``{"alias": "eu"}``); ``None``:
            any configuration.

    Raises:
        AssertionError: No configuration matches; the message lists the configurations.
    """
    _assert_has("provider", document, provider_type, properties, name=None)


def assert_has_output(document: Mapping[str, Any], name: str, value: Any = None) -> None:
    """Assert that the stack has the output ``name`` (with ``value``, when given).

    Args:
        document: A synthesized stack, parsed.
        name: The output's name.
        value: Its expected ``value``, compared exactly (e.g. ``reference("openai_run.review",
            "status")``); ``None``: any value.

    Raises:
        AssertionError: No such output, or another value; the message shows the outputs.
    """
    outputs = document.get("output", {})
    found = outputs.get(name)
    if found is not None and (value is None or found.get("value") == value):
        return
    expected = f"output {name!r}" + ("" if value is None else f" with value {value!r}")
    raise AssertionError(f"Expected {expected}. Found outputs:\n{_show(outputs)}")


def referenced_addresses(document: Mapping[str, Any], address: str) -> list[str]:
    """The addresses a resource's properties refer to.

    Args:
        document: A synthesized stack, parsed.
        address: The resource, ``"<type>.<name>"`` (or ``"data.<type>.<name>"``).

    Returns:
        Sorted, without repeats: ``"<type>.<name>"`` of resources, ``"data.<type>.<name>"``,
        ``"var.<name>"``, ``"local.<name>"``... as they appear in ``${...}`` expressions.

    Raises:
        AssertionError: The document has no such resource (the message lists those of the
            type).
    """
    body = _body(document, address)
    found: set[str] = set()
    for text in _strings(body):
        for expression in _interpolations(text):
            found.update(_ADDRESS.findall(expression))
    return sorted(found)


def assert_references(document: Mapping[str, Any], address: str, target: str) -> None:
    """Assert that the resource ``address`` refers to ``target`` in one of its properties.

    Args:
        document: A synthesized stack, parsed.
        address: The resource, ``"<type>.<name>"`` (or ``"data.<type>.<name>"``).
        target: What it must refer to: ``"openai_thread.support"``, ``"var.temperature"``...

    Raises:
        AssertionError: No property refers to ``target``; the message lists what it refers
            to.
    """
    found = referenced_addresses(document, address)
    if target not in found:
        raise AssertionError(
            f"Expected {address} to reference {target}. It references: "
            + (", ".join(found) if found else "nothing")
        )


def _assert_has(
    kind: str,
    document: Mapping[str, Any],
    item_type: str,
    properties: Mapping[str, Any] | None,
    *,
    name: str | None,
) -> dict[str, dict[str, Any]]:
    """Match each item of ``document[kind][item_type]`` with cdktf's matcher, one at a time."""
    items = document.get(kind, {}).get(item_type, {})
    is_list = isinstance(items, list)  # providers: a list of configurations
    named: dict[str, Any] = (
        {str(index): item for index, item in enumerate(items)} if is_list else dict(items)
    )
    what = f"{kind} {item_type}" + ("" if name is None else f".{name}")
    if name is not None and name not in named:
        raise AssertionError(
            f"Expected {what}. Found {kind}s of type {item_type}: "
            + (", ".join(sorted(named)) if named else "none")
        )
    candidates = named if name is None else {name: named[name]}
    wanted = dict(properties or {})
    matches = {
        key: body
        for key, body in candidates.items()
        if Testing.to_have_resource_with_properties(
            json.dumps({"resource": {item_type: {key: body}}}), item_type, wanted
        )
    }
    if matches:
        return matches
    shown = [_without_metadata(body) for body in candidates.values()]
    found = shown if is_list else dict(zip(candidates, shown, strict=True))
    raise AssertionError(
        f"Expected {what} with properties {_show(wanted)}\n"
        + (f"Found:\n{_show(found)}" if shown else f"Found no {kind} of type {item_type}")
    )


def _body(document: Mapping[str, Any], address: str) -> Any:
    """The body of the resource (or data source) at ``address``."""
    parts = address.split(".")
    kind, parts = ("data", parts[1:]) if parts[0] == "data" else ("resource", parts)
    if len(parts) != 2:
        raise ValueError(f"not a resource address: {address!r} (expected '<type>.<name>')")
    resource_type, name = parts
    of_type = document.get(kind, {}).get(resource_type, {})
    if name not in of_type:
        raise AssertionError(
            f"Expected {kind} {address}. Found {kind}s of type {resource_type}: "
            + (", ".join(sorted(of_type)) if of_type else "none")
        )
    return _without_metadata(of_type[name])


def _interpolations(text: str) -> list[str]:
    """The expressions of the ``${...}`` interpolations in ``text`` (braces may nest)."""
    expressions: list[str] = []
    start = text.find("${")
    while start != -1:
        depth, end = 0, start + 1
        while end < len(text):
            depth += {"{": 1, "}": -1}.get(text[end], 0)
            if depth == 0:
                break
            end += 1
        expressions.append(text[start + 2 : end])
        start = text.find("${", end)
    return expressions


def _strings(value: Any) -> list[str]:
    """Every string in a JSON value, depth first."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Mapping):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def _without_metadata(body: Any) -> Any:
    if isinstance(body, Mapping):
        return {key: item for key, item in body.items() if key != _METADATA_KEY}
    return body


def _show(value: Any) -> str:
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)
