"""The Go schema table (``goschema.py``) agrees with the JSON schema Terraform is served.

The table is written from ``internal/provider/*.go`` at v1.2.0; these tests hold it to
``terraform providers schema -json`` (``cdktf_openai/schema``), so that a typo in either shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from cdktf_openai.offline.goschema import (
    PROVIDER,
    RESOURCES,
    GoBlock,
    GoType,
    int_attribute_paths,
)
from cdktf_openai.offline.provider import resource_schemas
from cdktf_openai.offline.shim import is_block
from cdktf_openai.schema import provider_schema

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # the double's schema tables, no core

_JSON_TYPES = {
    GoType.STRING: "string",
    GoType.INT: "number",
    GoType.FLOAT: "number",
    GoType.BOOL: "bool",
}


def _json_type(field: Any) -> Any:
    if field.type in _JSON_TYPES:
        return _JSON_TYPES[field.type]
    if field.type is GoType.MAP:
        return ["map", _JSON_TYPES[field.element_type]]
    if field.block is not None:  # a computed-only list of blocks is a list of objects
        return [
            "list",
            ["object", {name: _json_type(inner) for name, inner in field.block.items()}],
        ]
    if field.element_type is GoType.MAP:
        return ["list", ["map", "string"]]
    return ["list", _JSON_TYPES[field.element_type]]


def _compare(block: GoBlock, block_json: Mapping[str, Any], where: str) -> None:
    attributes = block_json.get("attributes", {})
    blocks = block_json.get("block_types", {})
    served = set(attributes) | set(blocks)
    assert set(block) | {"id"} >= served - {"id"}, where
    assert set(block) <= served, where
    for name, field in block.items():
        if is_block(field):
            assert name in blocks, f"{where}.{name} should be a block"
            assert blocks[name].get("max_items", 0) == field.max_items, f"{where}.{name}"
            assert field.block is not None
            _compare(field.block, blocks[name]["block"], f"{where}.{name}")
            continue
        spec = attributes[name]
        assert spec["type"] == _json_type(field), f"{where}.{name}"
        flags = (spec.get("required", False), spec.get("optional", False))
        assert flags == (field.required, field.optional), f"{where}.{name}"
        assert spec.get("computed", False) == field.computed, f"{where}.{name}"


@pytest.mark.parametrize("type_name", sorted(RESOURCES))
def test_the_go_table_matches_the_served_schema(type_name: str) -> None:
    """Types, required/optional/computed, blocks and MaxItems of every attribute agree."""
    _compare(RESOURCES[type_name].schema, resource_schemas()[type_name]["block"], type_name)


def test_the_provider_block_matches() -> None:
    """provider.go, Provider: the provider block's settings."""
    _compare(PROVIDER, provider_schema()["provider"]["block"], "provider")


def test_the_served_id_is_optional_where_the_go_schema_has_none() -> None:
    """helper/schema/core_schema.go, CoreConfigSchema adds ``id`` (optional, computed) to a
    resource whose Go schema lacks one; where the Go schema has it, it is computed only."""
    for type_name, resource in RESOURCES.items():
        served = resource_schemas()[type_name]["block"]["attributes"]["id"]
        if "id" in resource.schema:
            assert served.get("optional", False) is False, type_name
        else:
            assert served == {**served, "optional": True, "computed": True}, type_name
    assert sorted(name for name, r in RESOURCES.items() if "id" not in r.schema) == [
        "openai_assistant",
        "openai_message",
        "openai_run",
        "openai_thread",
    ]


def test_every_int_attribute_is_in_the_table() -> None:
    """The TypeInt attributes (JSON says only "number"), as the Go files declare them."""
    found = {
        type_name: int_attribute_paths(resource.schema) for type_name, resource in RESOURCES.items()
    }
    assert found == {
        "openai_assistant": [],
        "openai_thread": [],
        "openai_message": [],
        "openai_run": [("max_tokens",), ("completion_window",)],
        "openai_thread_run": [("max_completion_tokens",)],
        "openai_file": [],
        "openai_vector_store": [("expires_after", "days")],
        "openai_vector_store_file": [
            ("chunking_strategy", "size"),
            ("chunking_strategy", "max_tokens"),
        ],
        "openai_model_response": [("max_output_tokens",), ("top_k",)],
    }
    assert int_attribute_paths(PROVIDER) == [("timeout",)]


def test_resources_without_update_force_new_on_every_argument() -> None:
    """helper/schema/resource.go InternalValidate: without UpdateContext, every top-level
    argument is ForceNew (run, thread run, file)."""
    for type_name, resource in RESOURCES.items():
        if resource.updatable:
            continue
        arguments = [name for name, field in resource.schema.items() if not field.read_only]
        assert all(resource.schema[name].force_new for name in arguments), type_name
    assert sorted(name for name, r in RESOURCES.items() if not r.updatable) == [
        "openai_file",
        "openai_run",
        "openai_thread_run",
    ]
