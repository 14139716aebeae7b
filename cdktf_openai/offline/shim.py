"""Terraform values as the SDK's legacy code sees them (``hcl2shim``), and reading them by key.

terraform-plugin-sdk v2 validates and diffs a ``terraform.ResourceConfig`` built by
``internal/configs/hcl2shim/values.go, ConfigValueFromHCL2Block``: null attributes and empty
lists of blocks are left out, a whole number becomes a Go ``int`` and any other number a
``float64``, and an unknown value becomes the marker string ``UnknownVariableValue`` (here the
:data:`~cdktf_openai.offline.protocol.UNKNOWN` object). :func:`legacy_config` makes that shape
from a value Terraform sent; :func:`config_get` is ``ResourceConfig.Get`` (flat keys such as
``tools.0.type``).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from cdktf_openai.offline.goschema import GoBlock, GoField, GoType
from cdktf_openai.offline.protocol import as_decimal, is_unknown

_INT64_MIN, _INT64_MAX = -(2**63), 2**63 - 1


def go_number(value: Any) -> int | float:
    """Return a Terraform number as ``ConfigValueFromHCL2`` does: ``int`` if whole, else ``float``.

    A whole number that does not fit an ``int64`` becomes a ``float64`` too.

    Args:
        value: A decoded number (int, float, or a decimal string).
    """
    number = as_decimal(value)
    if number is None:
        raise TypeError(f"not a number: {value!r}")
    if number == number.to_integral_value() and _INT64_MIN <= number <= _INT64_MAX:
        return int(number)
    return float(number)


def is_block(field: GoField) -> bool:
    """Whether Terraform sees ``field`` as a nested block (a configurable list of blocks).

    ``helper/schema/core_schema.go``: a list whose ``Elem`` is a ``*schema.Resource`` is a block,
    unless it is computed only (then it is an attribute of type list of objects).
    """
    return field.block is not None and not field.read_only


def _legacy_element(value: Any, kind: GoType) -> Any:
    if value is None or is_unknown(value):
        return value
    if kind in (GoType.INT, GoType.FLOAT):
        return go_number(value)
    if isinstance(value, Mapping):
        return {key: _legacy_element(item, GoType.STRING) for key, item in value.items()}
    if isinstance(value, list):
        return [_legacy_element(item, GoType.STRING) for item in value]
    return value


def _legacy_attribute(value: Any, field: GoField) -> Any:
    if is_unknown(value):
        return value
    if field.type in (GoType.INT, GoType.FLOAT):
        return go_number(value)
    if field.type is GoType.LIST:
        block = field.block
        if block is not None:
            return [
                legacy_config(item, block) if isinstance(item, Mapping) else item for item in value
            ]
        if field.element_type is GoType.MAP:
            return [
                item
                if item is None or is_unknown(item)
                else {key: _legacy_element(inner, GoType.STRING) for key, inner in item.items()}
                for item in value
            ]
        return [_legacy_element(item, field.element_type) for item in value]
    if field.type is GoType.MAP:
        return {key: _legacy_element(item, field.element_type) for key, item in value.items()}
    return value


def legacy_config(value: Mapping[str, Any] | None, block: GoBlock) -> dict[str, Any] | None:
    """Return a block's value as ``ConfigValueFromHCL2Block`` shapes it for the SDK.

    Names the Go schema does not have (the ``id`` Terraform is served for resources whose Go
    schema has none) are kept, as they are in Terraform's schema, so that validation can
    report them.

    Args:
        value: The block as decoded from Terraform (``None`` for a null block).
        block: Its Go schema.
    """
    if value is None:
        return None
    shaped: dict[str, Any] = {}
    for name, item in value.items():
        if item is None:
            continue
        field = block.get(name)
        if field is None:
            shaped[name] = _legacy_element(item, GoType.STRING)
        elif is_unknown(item):
            shaped[name] = item
        elif is_block(field):
            if item:  # an empty list of blocks is left out, as in HCL 1
                shaped[name] = _legacy_attribute(item, field)
        else:
            shaped[name] = _legacy_attribute(item, field)
    return shaped


def config_get(config: Any, key: str) -> tuple[Any, bool]:
    """``ResourceConfig.Get``: the value at a flat key, and whether it is set.

    Args:
        config: What :func:`legacy_config` returned.
        key: A flat key, e.g. ``thread.0.messages.0.role`` or ``tools.#``.
    """
    current: Any = config
    for part in key.split(".") if key else []:
        if current is None or is_unknown(current):
            return None, False
        if isinstance(current, Mapping):
            if part not in current:
                return None, False
            current = current[part]
        elif isinstance(current, list):
            if part == "#":
                if any(is_unknown(item) for item in current):
                    return next(item for item in current if is_unknown(item)), True
                current = len(current)
                continue
            try:
                index = int(part)
            except ValueError:
                return None, False
            if not 0 <= index < len(current):
                return None, False
            current = current[index]
        else:
            return None, False
    return current, True


def as_go_float(value: Any) -> float:
    """Return a number as a Go ``float64`` (``mapstructure.WeakDecode`` into ``float64``)."""
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    return float(Decimal(str(value)))
