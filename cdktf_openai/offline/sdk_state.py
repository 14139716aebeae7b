"""How the SDK's gRPC server shapes the values it returns (nulls, empties, unknowns).

terraform-plugin-sdk v2 keeps state as a flat map of strings, in which an empty list and a null
list, or ``""`` and a null string, can be the same thing. Before returning a value to Terraform,
``helper/schema/grpc_provider.go`` reconciles it with the value it started from
(``normalizeNullValues``): during apply an empty collection the provider wrote where the plan had
null becomes null again, an empty string the plan had is kept, and so on. This module ports
that function, with the types it needs, and Terraform's own clean-up of values from legacy SDK
providers (``internal/plans/objchange/normalize_obj.go, NormalizeObjectFromLegacySDK``: a null
list of blocks is an empty list).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cdktf_openai.offline.protocol import is_unknown, is_wholly_known

#: A cty type, from the JSON schema: ``"string"``, ``("list", T)``, ``("object", {name: T})``...
CtyType = str | tuple[str, Any]


def _from_json(type_json: Any) -> CtyType:
    if isinstance(type_json, str):
        return type_json
    kind, inner = type_json
    if kind == "object":
        return ("object", {name: _from_json(item) for name, item in inner.items()})
    return (kind, _from_json(inner))


def block_type(block_json: Mapping[str, Any]) -> CtyType:
    """Return the object type of a block of the JSON schema (its ``ImpliedType``).

    Args:
        block_json: A ``block`` of ``terraform providers schema -json``.
    """
    members: dict[str, CtyType] = {
        name: _from_json(spec["type"]) for name, spec in block_json.get("attributes", {}).items()
    }
    for name, spec in block_json.get("block_types", {}).items():
        inner = block_type(spec["block"])
        nesting = spec["nesting_mode"]
        members[name] = inner if nesting in ("single", "group") else (nesting, inner)
    return ("object", members)


def _kind(ty: CtyType) -> str:
    return ty if isinstance(ty, str) else ty[0]


def _member(ty: CtyType, key: str) -> CtyType:
    if isinstance(ty, str):
        return "dynamic"
    kind, inner = ty
    if kind == "object":
        member: CtyType = inner.get(key, "dynamic")
        return member
    element: CtyType = inner
    return element


def normalize_null_values(dst: Any, src: Any, apply: bool, ty: CtyType) -> Any:
    """``normalizeNullValues``: reconcile a new value with the one it came from.

    Args:
        dst: The value the provider produced (new state, or planned state).
        src: The value it is compared with (planned state during apply, prior state on read,
            proposed state during plan).
        apply: Whether this is ``ApplyResourceChange`` (``true`` in Go) or not.
        ty: The values' type.

    Returns:
        ``dst``, with nulls and empties adjusted as the SDK adjusts them.
    """
    kind = _kind(ty)
    if src is not None and is_unknown(src):
        return src if dst is None and not apply else dst
    if kind in ("list", "set", "map") and apply:
        dst_empty = dst is not None and not is_unknown(dst) and len(dst) == 0
        src_empty = src is not None and len(src) == 0
        if (src is None and dst_empty) or (src_empty and dst is None):
            return src
    if src is None or (dst is not None and is_unknown(dst)):
        return dst
    if kind in ("map", "object"):
        merged: dict[str, Any] = dict(dst) if dst is not None else {}
        for key, value in src.items():
            present = key in merged
            if not present and apply and kind == "map":
                continue
            if not present and not apply and kind == "map":
                continue
            merged[key] = normalize_null_values(
                merged.get(key) if present else None, value, apply, _member(ty, key)
            )
        if not merged:
            if dst is None and is_wholly_known(src) and apply:
                return src
            return dst
        if kind == "map":
            for key, value in src.items():
                if value is not None and not is_unknown(value):
                    current = merged.get(key)
                    if current is not None and is_unknown(current):
                        merged[key] = value
        return merged
    if kind == "set":
        if is_wholly_known(src) and apply:
            return src
        return dst
    if kind == "list":
        if dst is None:
            if is_wholly_known(src) and len(src) == 0 and apply:
                return src
            if not apply and all(is_unknown(item) for item in src):
                return src
            return dst
        if len(src) == len(dst) and src:
            element = _member(ty, "")
            return [
                normalize_null_values(new, old, apply, element)
                for new, old in zip(dst, src, strict=True)
            ]
        return dst
    if kind == "string" and dst is None and src == "":
        return src
    return dst


def without_unknowns(value: Any) -> Any:
    """Return ``value`` with every unknown part null: what a state that was never set holds."""
    if is_unknown(value):
        return None
    if isinstance(value, Mapping):
        return {key: without_unknowns(item) for key, item in value.items()}
    if isinstance(value, list):
        return [without_unknowns(item) for item in value]
    return value


def legacy_sdk_blocks(value: Any, block_json: Mapping[str, Any]) -> Any:
    """``NormalizeObjectFromLegacySDK``: a null list of blocks becomes an empty list.

    A single block (the SDK's ``timeouts``) stays null.

    Terraform applies this to every value a legacy SDK provider returns; the double applies it
    first, so that what it stores and compares is what Terraform keeps.

    Args:
        value: A block's value (an object), or ``None``.
        block_json: The block's JSON schema.
    """
    if not isinstance(value, Mapping):
        return value
    shaped = dict(value)
    for name, spec in block_json.get("block_types", {}).items():
        items = shaped.get(name)
        if spec["nesting_mode"] in ("single", "group"):
            continue
        if items is None:
            shaped[name] = []
        elif isinstance(items, list):
            shaped[name] = [legacy_sdk_blocks(item, spec["block"]) for item in items]
    return shaped
