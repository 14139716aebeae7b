"""Plugin-protocol 6 values and schemas, on top of PyPI ``tf``.

``tf`` ships the protocol messages (``tf.gen.tfplugin_pb2``) and a schema model
(``tf.schema``). This module adds what the provider double needs and ``tf`` 1.2.0 lacks:

- **LIST block nesting.** ``tf.schema.NestedBlock`` serializes only SET and SINGLE nesting;
  :class:`SchemaBlock` carries any nesting mode of the JSON schema (every block of
  ``mkdev-me/openai`` 1.2.0 is a LIST).
- **Any cty type.** ``tf.types`` has no object or nested collection types; :class:`CtyType` takes
  the type exactly as ``terraform providers schema -json`` writes it (e.g. the ``steps``
  attribute, ``list(object({...}))``).
- **Refined unknowns.** Terraform 1.6+ may send unknown values with refinements (msgpack
  extension 12); ``tf.utils.read_dynamic_value`` knows only extension 0. :class:`UnknownValue`
  keeps whichever extension arrived, so a value that the double passes through goes back to
  Terraform byte-for-byte.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

import msgpack
from tf.gen import tfplugin_pb2 as pb
from tf.schema import Attribute, Block, NestedBlock, Schema, TextFormat

#: msgpack extension codes that cty uses for unknown values (plain, and refined).
_UNKNOWN_EXTENSIONS = (0, 12)

_NESTING = {
    "single": pb.Schema.NestedBlock.NestingMode.SINGLE,
    "list": pb.Schema.NestedBlock.NestingMode.LIST,
    "set": pb.Schema.NestedBlock.NestingMode.SET,
    "map": pb.Schema.NestedBlock.NestingMode.MAP,
    "group": pb.Schema.NestedBlock.NestingMode.GROUP,
}


@dataclass(frozen=True)
class UnknownValue:
    """A value Terraform does not know yet (it is "known after apply").

    Attributes:
        code: The msgpack extension code it arrived with (0, or 12 for a refined unknown).
        data: The extension's payload (cty's refinements, or empty).
    """

    code: int = 0
    data: bytes = b""


#: The unknown value the double plans for a computed attribute.
UNKNOWN = UnknownValue()


def is_unknown(value: Any) -> bool:
    """Return whether ``value`` is an unknown value."""
    return isinstance(value, UnknownValue)


def is_wholly_known(value: Any) -> bool:
    """Return whether no part of ``value`` is unknown.

    cty's ``Value.IsWhollyKnown`` (``helper/schema/grpc_provider.go, normalizeNullValues``) and
    the SDK's ``isWhollyKnown`` over legacy shim values (``helper/schema/schema.go``) both.
    """
    if is_unknown(value):
        return False
    if isinstance(value, Mapping):
        return all(is_wholly_known(item) for item in value.values())
    if isinstance(value, list):
        return all(is_wholly_known(item) for item in value)
    return True


def _ext_hook(code: int, data: bytes) -> Any:
    if code in _UNKNOWN_EXTENSIONS:
        return UnknownValue(code, data)
    return msgpack.ExtType(code, data)


def _default(value: Any) -> Any:
    if isinstance(value, UnknownValue):
        return msgpack.ExtType(value.code, value.data)
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value)
    raise TypeError(f"cannot encode {type(value).__name__} for Terraform")


def decode_dynamic(value: pb.DynamicValue) -> Any:
    """Decode a protocol ``DynamicValue`` (msgpack or JSON) into Python values.

    Args:
        value: The message from Terraform.

    Returns:
        ``None`` for a null or absent value; otherwise dicts, lists, strings, numbers (int,
        float, or a decimal string where msgpack carried one) and :class:`UnknownValue`.
    """
    if value.msgpack:
        return msgpack.unpackb(value.msgpack, ext_hook=_ext_hook, raw=False)
    if value.json:
        return json.loads(value.json)
    return None


def encode_dynamic(value: Any) -> pb.DynamicValue:
    """Encode a Python value as a msgpack ``DynamicValue`` (``None`` becomes a null value).

    Args:
        value: What :func:`decode_dynamic` returns, possibly with :class:`decimal.Decimal`.
    """
    return pb.DynamicValue(msgpack=msgpack.packb(value, default=_default, use_bin_type=True))


def as_decimal(value: Any) -> Decimal | None:
    """Return a Terraform number as a ``Decimal``, or ``None`` if it is null or unknown.

    cty sends a number as msgpack int, float, or (when float64 cannot hold it exactly, as for
    ``0.7``) as its decimal string; all three compare correctly as ``Decimal``.

    Args:
        value: A decoded number attribute.
    """
    if value is None or is_unknown(value) or isinstance(value, bool):
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def canonical_value(value: Any) -> Any:
    """Return ``value`` in a form where equal Terraform values compare equal.

    Numbers become ``Decimal`` (so ``1``, ``1.0`` and ``"1"`` from msgpack agree); collections
    are made canonical element-wise. Strings stay strings.

    Args:
        value: A decoded value.
    """
    if isinstance(value, dict):
        return {key: canonical_value(item) for key, item in value.items()}
    if isinstance(value, list):
        return [canonical_value(item) for item in value]
    if isinstance(value, bool) or value is None or is_unknown(value):
        return value
    if isinstance(value, int | float):
        return Decimal(str(value))
    return value


class _WireShaped:
    """Values that :func:`decode_dynamic` returns are already in the shape the wire carries."""

    def encode(self, value: Any) -> Any:
        """Return ``value`` unchanged: decoded values are already wire-shaped."""
        return value

    def decode(self, value: Any) -> Any:
        """Return ``value`` unchanged: decoded values are already wire-shaped."""
        return value

    def semantically_equal(self, a_decoded: Any, b_decoded: Any) -> bool:
        """Return whether two values are equal as Terraform sees them."""
        return bool(canonical_value(a_decoded) == canonical_value(b_decoded))


class CtyType(_WireShaped):
    """A cty type as the JSON schema writes it, in the shape ``tf.types.TfType`` expects.

    Args:
        type_json: The ``type`` of an attribute in ``terraform providers schema -json``, e.g.
            ``"string"`` or ``["list", ["map", "string"]]``.
    """

    def __init__(self, type_json: Any) -> None:
        """Keep the type."""
        self.type_json = type_json

    def tf_type(self) -> bytes:
        """Return the type as the protocol carries it (its JSON, as bytes)."""
        return json.dumps(self.type_json, separators=(",", ":")).encode()


class SchemaBlock(_WireShaped, NestedBlock):  # type: ignore[misc]  # tf ships no types
    """A nested block of any nesting mode (``tf.schema.NestedBlock`` serializes SET/SINGLE only).

    Args:
        type_name: The block's name.
        nesting: The nesting mode as the JSON schema writes it (``list``, ``set``, ...).
        block: The block's content.
        min_items: The fewest blocks allowed (0: no minimum).
        max_items: The most blocks allowed (0: no maximum).
    """

    def __init__(
        self, type_name: str, nesting: str, block: Block, min_items: int, max_items: int
    ) -> None:
        """Describe the block."""
        super().__init__(type_name, None, block, min_items, max_items)
        self.nesting = nesting

    def to_pb(self) -> pb.Schema.NestedBlock:
        """Serialize the block, with its own nesting mode."""
        return pb.Schema.NestedBlock(
            type_name=self.type_name,
            block=self.block.to_pb(),
            nesting=_NESTING[self.nesting],
            min_items=self.min_items,
            max_items=self.max_items,
        )


def block_from_json(block_json: dict[str, Any]) -> Block:
    """Build a ``tf.schema.Block`` from a block of the JSON schema, nested blocks included.

    Args:
        block_json: A ``block`` object of ``terraform providers schema -json``.
    """
    attributes = [
        Attribute(
            name,
            CtyType(spec["type"]),
            description=spec.get("description"),
            required=spec.get("required", False),
            optional=spec.get("optional", False),
            computed=spec.get("computed", False),
            sensitive=spec.get("sensitive", False),
            description_kind=TextFormat.Plain,
        )
        for name, spec in sorted(block_json.get("attributes", {}).items())
    ]
    blocks = [
        SchemaBlock(
            name,
            spec["nesting_mode"],
            block_from_json(spec["block"]),
            spec.get("min_items", 0),
            spec.get("max_items", 0),
        )
        for name, spec in sorted(block_json.get("block_types", {}).items())
    ]
    return Block(
        attributes=attributes,
        block_types=blocks,
        description=block_json.get("description"),
        description_kind=TextFormat.Plain,
    )


def schema_from_json(schema_json: dict[str, Any]) -> Schema:
    """Build a ``tf.schema.Schema`` from a resource's (or the provider's) JSON schema.

    Args:
        schema_json: An object with ``version`` and ``block``, as the JSON schema has for each
            resource and for the provider.
    """
    block = block_from_json(schema_json["block"])
    return Schema(
        attributes=block.attributes,
        block_types=block.block_types,
        version=schema_json.get("version", 0),
        description=block.description,
        description_kind=TextFormat.Plain,
    )
