"""Every attribute and block of the schema is reachable through the generated classes.

For each resource and data source (and the provider) of the schema file
(``cdktf_openai/schema/mkdev-openai-1.2.0.full.schema.json``) the test builds the generated class
with *every* configurable attribute and nested block set, and reads *every* computed attribute
into an output; then it synthesizes and checks that each value comes out under the schema's own
name. A schema change that the bindings do not follow (or the reverse) fails here. The types are
enumerated from the schema file, not from a list: a type added to the schema is covered without
touching this file. The last tests check that ``cdktf_openai.l1`` has each of them, under the
module and class names of cdktf's prebuilt providers.

Each test runs for both layers (the ``core`` fixture): ``cdktf_openai.generated`` in a cdktf app
and ``cdktf_openai.generated_cdktn`` in a cdktn app, each where its core is installed.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from cdktf_openai.schema import provider_schema
from tests.conftest import ROOT
from tests.generated.cores import Core

SCHEMA = provider_schema()
RESOURCE_TYPES = sorted(SCHEMA["resource_schemas"])
DATA_SOURCE_TYPES = sorted(SCHEMA["data_source_schemas"])
#: (kind, type): "resource" or "data" (the key of the synthesized JSON), and the type's name.
TYPES = [("resource", name) for name in RESOURCE_TYPES] + [
    ("data", name) for name in DATA_SOURCE_TYPES
]
IDS = [f"{kind}.{name}" for kind, name in TYPES]


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
    in Python, and still ``_imported_resource`` in the Terraform JSON. A part that starts with
    a digit loses its underscore the same way: ``batch_1_day_max_input_tokens``
    (openai_rate_limit) is ``batch1DayMaxInputTokens``, then ``batch1_day_max_input_tokens``.
    Every other name of the schema is already snake_case and stays as it is.
    """
    return re.sub(r"_(?=\d)", "", "_".join(part for part in schema_name.split("_") if part))


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
        # a `timeouts` block is nesting mode "single": one object, like a block of max_items 1
        single = block_type.get("max_items") == 1 or block_type["nesting_mode"] == "single"
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


def schema_of(kind: str, type_name: str) -> dict[str, Any]:
    schemas = SCHEMA["resource_schemas" if kind == "resource" else "data_source_schemas"]
    block: dict[str, Any] = schemas[type_name]["block"]
    return block


def module_name(kind: str, type_name: str) -> str:
    """The module of a type, as cdktf's prebuilt providers name it."""
    return type_name.removeprefix("openai_") if kind == "resource" else f"data_{type_name}"


#: Classes the generator names otherwise than by their module: the data source
#: openai_model_response has an attribute ``input_items``, whose struct is
#: ``DataOpenaiModelResponseInputItems``; the generator names each class once across the provider,
#: so the data source openai_model_response_input_items, generated later, gets an ``A`` (as
#: ``cdktf get`` does for any project).
RENAMED = {"data_openai_model_response_input_items": "DataOpenaiModelResponseInputItemsA"}


def class_name_of(short: str) -> str:
    return RENAMED.get(short, pascal(short))


def generated_class(core: Core, kind: str, type_name: str) -> tuple[Any, str]:
    short = module_name(kind, type_name)
    module = core.module(short)
    class_name = class_name_of(short)
    assert hasattr(module, class_name), f"{module.__name__} has no class {class_name}"
    return module, class_name


def test_schema_has_the_34_resources_and_56_data_sources_of_provider_1_2_0() -> None:
    assert (len(RESOURCE_TYPES), len(DATA_SOURCE_TYPES)) == (34, 56)
    assert {"openai_project", "openai_run", "openai_model_response"} <= set(RESOURCE_TYPES)
    assert {"openai_messages", "openai_project", "openai_text_to_speechs"} <= set(DATA_SOURCE_TYPES)


@pytest.mark.parametrize(("kind", "type_name"), TYPES, ids=IDS)
def test_every_configurable_attribute_and_block_synthesizes(
    core: Core, kind: str, type_name: str
) -> None:
    lib = core.lib()
    module, class_name = generated_class(core, kind, type_name)
    block = schema_of(kind, type_name)
    built = build_block(module, class_name, block)
    assert built.kwargs, f"{type_name} has nothing configurable?"
    # Nothing more, nothing less: the bindings take exactly the schema's arguments -- plus `id`,
    # which both cores' generators make assignable on every resource (terraform-plugin-sdk v1
    # added it everywhere; the generated docstring warns that it may not be settable). The
    # provider rejects it where the schema says computed-only, so the L2 constructs never pass it.
    assert schema_arguments(getattr(module, class_name)) == set(built.kwargs) | {"id"}

    stack = lib.TerraformStack(lib.App(), "coverage")
    getattr(module, class_name)(stack, "subject", **built.kwargs)
    synthesized = json.loads(lib.Testing.synth(stack))[kind][type_name]["subject"]

    synthesized.pop("//", None)  # the core's metadata (construct path), when the app adds it
    assert blocks_as_lists(synthesized, block) == built.expected_json


@pytest.mark.parametrize(("kind", "type_name"), TYPES, ids=IDS)
def test_every_computed_attribute_is_readable_as_a_reference(
    core: Core, kind: str, type_name: str
) -> None:
    lib = core.lib()
    module, class_name = generated_class(core, kind, type_name)
    block = schema_of(kind, type_name)
    required = {
        python_name(name): sample_value(attribute["type"], name)
        for name, attribute in block.get("attributes", {}).items()
        if attribute.get("required")
    }
    # and the required blocks (openai_chat_completion's messages, openai_invite's projects)
    for name, block_type in block.get("block_types", {}).items():
        if block_type.get("min_items", 0) >= 1:
            required[python_name(name)] = build_block(
                module, class_name, {"block_types": {name: block_type}}
            ).kwargs[python_name(name)]
    stack = lib.TerraformStack(lib.App(), "coverage")
    resource = getattr(module, class_name)(stack, "subject", **required)
    names = list(computed_only(block))
    assert names, f"{type_name} has no computed attribute?"
    for name in names:
        lib.TerraformOutput(stack, f"out_{name}", value=getattr(resource, python_name(name)))

    outputs = json.loads(lib.Testing.synth(stack))["output"]
    prefix = type_name if kind == "resource" else f"data.{type_name}"
    for name in names:
        assert outputs[f"out_{name}"]["value"] == f"${{{prefix}.subject.{name}}}"


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


@pytest.mark.parametrize(("kind", "type_name"), TYPES, ids=IDS)
def test_cdktf_openai_l1_has_every_type_for_the_core_in_use(kind: str, type_name: str) -> None:
    """``cdktf_openai.l1.<module>.<Class>`` is the class of the core in use's layer."""
    from cdktf_openai.core import CORE

    short = module_name(kind, type_name)
    name = class_name_of(short)
    l1_class = getattr(importlib.import_module(f"cdktf_openai.l1.{short}"), name)
    layer = "cdktf_openai.generated" if CORE == "cdktf" else "cdktf_openai.generated_cdktn"
    assert l1_class is getattr(importlib.import_module(f"{layer}.{short}"), name)
    assert type_name == l1_class.TF_RESOURCE_TYPE
    base = lib_base(CORE, kind)
    assert issubclass(l1_class, base), (l1_class, base)


def lib_base(core_name: str, kind: str) -> type:
    lib = importlib.import_module(core_name)
    base: type = lib.TerraformResource if kind == "resource" else lib.TerraformDataSource
    return base


def test_cdktf_openai_l1_has_a_module_per_type_and_no_other() -> None:
    modules = {
        path.stem for path in (ROOT / "cdktf_openai" / "l1").glob("*.py") if path.stem != "__init__"
    }
    expected = {module_name(kind, type_name) for kind, type_name in TYPES}
    assert modules == expected | {"provider", "batching"}
    assert len(expected) == 90
