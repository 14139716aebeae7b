"""``*schema.ResourceData``: what the provider's Go functions read and write (``d.Get``, ``d.Set``).

A port of the parts of ``helper/schema/resource_data.go`` and ``field_writer_map.go``
(terraform-plugin-sdk v2.38.1) that the provider's resources use:

- ``d.Get(key)`` returns the Go value with zero values filled in (``""``, ``0``, ``[]``, and
  every attribute of a nested block); ``d.GetOk`` also says whether it is non-zero, which is why
  a ``temperature`` of 0 is never sent;
- ``d.Set(key, value)`` type-checks the value as ``MapFieldWriter`` does and returns its error
  (``tools.0.function: '' expected type 'string', ...``), which some Go code returns and some
  ignores;
- :meth:`ResourceData.new_state` is what ``grpc_provider.go`` hands back to Terraform: the values
  the Go code set over the ones it started from, then ``normalizeNullValues``.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from cdktf_openai.offline.gofmt import go_type_name, go_value_v
from cdktf_openai.offline.goschema import GoBlock, GoField, GoResource, GoType
from cdktf_openai.offline.protocol import as_decimal, is_unknown
from cdktf_openai.offline.sdk_state import (
    block_type,
    legacy_sdk_blocks,
    normalize_null_values,
    without_unknowns,
)


class SetError(Exception):
    """``d.Set`` refused a value of the wrong shape (the Go code decides what happens next)."""


def go_value(field: GoField, value: Any) -> Any:
    """Return an attribute's value as ``d.Get`` reads it: its Go value, zero if unset or unknown.

    Args:
        field: The attribute's Go schema.
        value: Its value as Terraform sent it.
    """
    if value is None or is_unknown(value):
        return field.type.zero()
    kind = field.type
    if kind is GoType.STRING:
        return str(value)
    if kind is GoType.BOOL:
        return bool(value)
    if kind in (GoType.INT, GoType.FLOAT):
        number = as_decimal(value) or Decimal(0)
        return int(number) if kind is GoType.INT else float(number)
    if kind is GoType.MAP:
        element = GoField(field.element_type)
        return {key: go_value(element, item) for key, item in value.items()}
    block = field.block
    if block is not None:
        return [go_block(block, item) for item in value]
    if field.element_type is GoType.MAP:
        return [go_value(GoField(GoType.MAP), item) for item in value]
    element = GoField(field.element_type)
    return [go_value(element, item) for item in value]


def go_block(block: GoBlock, value: Mapping[str, Any] | None) -> dict[str, Any]:
    """Return a block as ``d.Get`` reads it: every attribute, zero where unset.

    Args:
        block: The block's Go schema.
        value: The block's value (``None`` reads as all zeros).
    """
    value = value or {}
    return {name: go_value(field, value.get(name)) for name, field in block.items()}


def _is_zero(field: GoField, value: Any) -> bool:
    zero = field.type.zero()
    if field.type in (GoType.INT, GoType.FLOAT):
        return bool(value == zero)
    return bool(value == zero and type(value) is type(zero))


def _write(field: GoField, value: Any, key: str) -> Any:
    """``MapFieldWriter.set``: the value as state will hold it, or :class:`SetError`."""
    kind = field.type
    if kind is GoType.LIST:
        if value is None:
            return []
        if not isinstance(value, list | tuple):
            kind_name = "map" if isinstance(value, Mapping) else go_type_name(value)
            raise SetError(f"{key}: '': source data must be an array or slice, got {kind_name}")
        block = field.block
        if block is not None:
            return [
                _write_object(block, item, f"{key}.{index}") for index, item in enumerate(value)
            ]
        element = GoField(field.element_type)
        return [_write(element, item, f"{key}.{index}") for index, item in enumerate(value)]
    if kind is GoType.MAP:
        if value is None:
            return {}
        if not isinstance(value, Mapping):
            raise SetError(f"{key}: must be a map")
        element = GoField(field.element_type)
        return {name: _write(element, item, f"{key}.{name}") for name, item in value.items()}
    if value is None:
        return None
    if kind is GoType.STRING and not isinstance(value, str):
        raise SetError(
            f"{key}: '' expected type 'string', got unconvertible type "
            f"'{go_type_name(value)}', value: '{go_value_v(value)}'"
        )
    if kind is GoType.BOOL and not isinstance(value, bool):
        raise SetError(
            f"{key}: '' expected type 'bool', got unconvertible type "
            f"'{go_type_name(value)}', value: '{go_value_v(value)}'"
        )
    if kind in (GoType.INT, GoType.FLOAT):
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            go_kind = "int" if kind is GoType.INT else "float64"
            raise SetError(
                f"{key}: '' expected type '{go_kind}', got unconvertible type "
                f"'{go_type_name(value)}', value: '{go_value_v(value)}'"
            )
        return int(value) if kind is GoType.INT else Decimal(repr(float(value)))
    return value


def _write_object(block: GoBlock, value: Any, key: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise SetError(f"{key}: '' expected a map, got '{go_type_name(value)}'")
    return {name: _write(field, value.get(name), f"{key}.{name}") for name, field in block.items()}


class ResourceData:
    """One resource instance as its Go functions see it.

    Args:
        resource: The resource's Go schema.
        block_json: The resource's block in the JSON schema (the shape of the state).
        prior: The state before (``None`` when creating).
        planned: The planned state (``None`` when reading).
    """

    def __init__(
        self,
        resource: GoResource,
        block_json: Mapping[str, Any],
        prior: Mapping[str, Any] | None,
        planned: Mapping[str, Any] | None,
    ) -> None:
        """Start from ``planned`` (apply) or ``prior`` (read)."""
        self.resource = resource
        self.block_json = block_json
        self.prior = dict(prior or {})
        self.base = dict(planned if planned is not None else self.prior)
        identifier = self.prior.get("id") if prior is not None else None
        self.id = identifier if isinstance(identifier, str) else ""
        self.written: dict[str, Any] = {}
        #: ``diag.Warning`` diagnostics a Read returns with its success (``ProviderDiagnostic``).
        self.warnings: list[Any] = []

    def _field(self, key: str) -> GoField:
        return self.resource.schema[key]

    def get(self, key: str) -> Any:
        """``d.Get``: the value (set, else planned or prior), zero if unset."""
        if key in self.written:
            return go_value(self._field(key), self.written[key])
        return go_value(self._field(key), self.base.get(key))

    def get_ok(self, key: str) -> tuple[Any, bool]:
        """``d.GetOk``: the value, and whether it is set to something other than zero."""
        value = self.get(key)
        raw = self.written.get(key, self.base.get(key))
        known = raw is not None and not is_unknown(raw)
        return value, known and not _is_zero(self._field(key), value)

    def get_change(self, key: str) -> tuple[Any, Any]:
        """``d.GetChange``: the prior value and the new one, both as ``d.Get`` reads them."""
        return go_value(self._field(key), self.prior.get(key)), self.get(key)

    def has_change(self, key: str) -> bool:
        """``d.HasChange``: whether the new value differs from the prior one."""
        old, new = self.get_change(key)
        return bool(old != new)

    def set(self, key: str, value: Any) -> None:
        """``d.Set``: write a value, or raise :class:`SetError` as Go returns the error.

        Args:
            key: A top-level attribute.
            value: A Go-shaped value (what the Go code passes).
        """
        if key not in self.resource.schema:
            # field_writer_map.go, MapFieldWriter.WriteField: no schema at that address
            raise SetError(f'Invalid address to set: []string{{"{key}"}}')
        self.written[key] = _write(self._field(key), value, key)

    def set_id(self, identifier: str) -> None:
        """``d.SetId`` (``""`` marks the object gone)."""
        self.id = identifier

    def new_state(self, *, apply: bool) -> dict[str, Any] | None:
        """Return the state to hand back to Terraform, or ``None`` when the ID is empty.

        Args:
            apply: ``True`` after create or update (compared with the planned state),
                ``False`` after read (compared with the prior state).
        """
        if not self.id:
            return None
        reference = self.base
        state: dict[str, Any] = {}
        names = [*self.block_json.get("attributes", {}), *self.block_json.get("block_types", {})]
        for name in names:
            if name == "id":
                state[name] = self.id
            elif name in self.written:
                state[name] = self.written[name]
            else:
                state[name] = without_unknowns(reference.get(name))
        shaped = normalize_null_values(state, reference, apply, block_type(self.block_json))
        result: dict[str, Any] = legacy_sdk_blocks(shaped, self.block_json)
        return result
