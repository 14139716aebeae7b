"""Every attribute and block of the schema is reachable through the generated classes.

For each resource (and the provider) of ``cdktf_openai/schema/mkdev-openai-1.2.0.schema.json``
the test builds the generated class with *every* configurable attribute and nested block set,
and reads *every* computed attribute into an output; then it synthesizes and checks that each
value comes out under the schema's own name. A schema change that the bindings do not follow (or the
reverse) fails here. The resources are enumerated from the schema file, not from a list: a
resource added to the schema is covered without touching this file.

Each test runs for both layers (the ``core`` fixture): ``cdktf_openai.generated`` in a cdktf app
and ``cdktf_openai.generated_cdktn`` in a cdktn app, each where its core is installed.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from cdktf_openai.schema import provider_schema
from tests.generated.cores import Core

SCHEMA = provider_schema()
RESOURCE_TYPES = sorted(SCHEMA["resource_schemas"])

EXPECTED_RESOURCES = [
    "openai_assistant",
    "openai_file",
    "openai_message",
    "openai_model_response",
    "openai_run",
    "openai_thread",
    "openai_thread_run",
    "openai_vector_store",
    "openai_vector_store_file",
]


# Arguments every generated resource takes from its core (cdktf, cdktn), not from the schema.
META_ARGUMENTS = {
    "scope",
    "id_",
    "connection",
    "count",
    "depends_on",
    "for_each",
    "lifecycle",
    "provider",
    "provisioners",
}


def schema_arguments(cls: Any) -> set[str]:
    """The keyword arguments of a generated class that come from the schema."""
    return set(inspect.signature(cls.__init__).parameters) - META_ARGUMENTS - {"self"}


def pascal(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def python_name(schema_name: str) -> str:
    """The Python name of a schema attribute or block in the generated classes.

    The generator camel-cases the Terraform name, which drops a leading underscore, and jsii
    snake-cases it back: ``_imported_resource`` (openai_model_response) is ``imported_resource``
    in Python, and still ``_imported_resource`` in the Terraform JSON. Every other name of the
    schema is already snake_case and stays as it is.
    """
    return "_".join(part for part in schema_name.split("_") if part)


def sample_value(tf_type: Any, name: str) -> Any:
    """A value of the Terraform type ``tf_type``, different for each attribute name."""
    if tf_type == "string":
        return f"{name}-value"
    if tf_type == "number":
        return len(name)
    if tf_type == "bool":
        return True
    kind, inner = tf_type
    if kind == "list":
        return [sample_value(inner, name)]
    if kind == "map":
        return {"key": sample_value(inner, name)}
    raise AssertionError(f"no sample for type {tf_type!r} of {name}")


@dataclass
class Built:
    """Keyword arguments for a generated class, and the JSON they must synthesize to."""

    kwargs: dict[str, Any]
    expected_json: dict[str, Any]


def build_block(module: Any, class_name: str, block: dict[str, Any]) -> Built:
    """Fill a block: every configurable attribute, every nested block (recursively)."""
    kwargs: dict[str, Any] = {}
    expected: dict[str, Any] = {}
    for name, attribute in block.get("attributes", {}).items():
        if (
            attribute.get("computed")
            and not attribute.get("optional")
            and not attribute.get("required")
        ):
            continue
        value = sample_value(attribute["type"], name)
        kwargs[python_name(name)] = value
        expected[name] = value
    for name, block_type in block.get("block_types", {}).items():
        struct_name = class_name + pascal(name)
        struct = getattr(module, struct_name, None)
        assert struct is not None, f"no generated struct {struct_name} for block {name}"
        nested = build_block(module, struct_name, block_type["block"])
        assert schema_arguments(struct) == set(nested.kwargs), struct_name
        instance = struct(**nested.kwargs)
        single = block_type.get("max_items") == 1
        kwargs[python_name(name)] = instance if single else [instance]
        expected[name] = [nested.expected_json]
    return Built(kwargs, expected)


def blocks_as_lists(values: dict[str, Any], block: dict[str, Any]) -> dict[str, Any]:
    """The core writes a block of at most one item as an object, Terraform reads both: lists."""
    normalized = dict(values)
    for name, block_type in block.get("block_types", {}).items():
        if name in normalized:
            items = normalized[name]
            items = items if isinstance(items, list) else [items]
            normalized[name] = [blocks_as_lists(item, block_type["block"]) for item in items]
    return normalized


def computed_only(block: dict[str, Any]) -> Iterator[str]:
    for name, attribute in block.get("attributes", {}).items():
        if attribute.get("computed"):
            yield name


def generated_class(core: Core, resource_type: str) -> tuple[Any, str]:
    short = resource_type.removeprefix("openai_")
    module = core.module(short)
    class_name = pascal(short)
    assert hasattr(module, class_name), f"{module.__name__} has no class {class_name}"
    return module, class_name


def test_schema_has_the_nine_resources_of_provider_1_2_0() -> None:
    assert RESOURCE_TYPES == EXPECTED_RESOURCES


@pytest.mark.parametrize("resource_type", RESOURCE_TYPES)
def test_every_configurable_attribute_and_block_synthesizes(core: Core, resource_type: str) -> None:
    lib = core.lib()
    module, class_name = generated_class(core, resource_type)
    block = SCHEMA["resource_schemas"][resource_type]["block"]
    built = build_block(module, class_name, block)
    assert built.kwargs, f"{resource_type} has nothing configurable?"
    # Nothing more, nothing less: the bindings take exactly the schema's arguments -- plus `id`,
    # which both cores' generators make assignable on every resource (terraform-plugin-sdk v1
    # added it everywhere; the generated docstring warns that it may not be settable). The
    # provider rejects it where the schema says computed-only, so the L2 constructs never pass it.
    assert schema_arguments(getattr(module, class_name)) == set(built.kwargs) | {"id"}

    stack = lib.TerraformStack(lib.App(), "coverage")
    getattr(module, class_name)(stack, "subject", **built.kwargs)
    synthesized = json.loads(lib.Testing.synth(stack))["resource"][resource_type]["subject"]

    synthesized.pop("//", None)  # the core's metadata (construct path), when the app adds it
    assert blocks_as_lists(synthesized, block) == built.expected_json


@pytest.mark.parametrize("resource_type", RESOURCE_TYPES)
def test_every_computed_attribute_is_readable_as_a_reference(
    core: Core, resource_type: str
) -> None:
    lib = core.lib()
    module, class_name = generated_class(core, resource_type)
    block = SCHEMA["resource_schemas"][resource_type]["block"]
    required = {
        python_name(name): sample_value(attribute["type"], name)
        for name, attribute in block.get("attributes", {}).items()
        if attribute.get("required")
    }
    stack = lib.TerraformStack(lib.App(), "coverage")
    resource = getattr(module, class_name)(stack, "subject", **required)
    names = list(computed_only(block))
    assert names, f"{resource_type} has no computed attribute?"
    for name in names:
        lib.TerraformOutput(stack, f"out_{name}", value=getattr(resource, python_name(name)))

    outputs = json.loads(lib.Testing.synth(stack))["output"]
    for name in names:
        assert outputs[f"out_{name}"]["value"] == f"${{{resource_type}.subject.{name}}}"


def test_provider_configuration_is_fully_reachable(core: Core) -> None:
    lib = core.lib()
    provider_class = core.module("provider").OpenaiProvider

    block = SCHEMA["provider"]["block"]
    values = {name: sample_value(a["type"], name) for name, a in block["attributes"].items()}
    assert set(values) == {"admin_key", "api_key", "api_url", "organization", "timeout"}

    stack = lib.TerraformStack(lib.App(), "coverage")
    provider_class(stack, "openai", alias="coverage", **values)
    synthesized = json.loads(lib.Testing.synth(stack))["provider"]["openai"][0]
    assert synthesized == {**values, "alias": "coverage"}
