"""The SDK's plan (``PlanResourceChange``): planned values, defaults, and what forces a new object.

A port of terraform-plugin-sdk v2.38.1, ``helper/schema/schema.go`` (``schemaMap.diff``,
``diffString``, ``diffList``, ``diffMap``, ``Schema.finalizeDiff``) and
``helper/schema/grpc_provider.go, PlanResourceChange``, for the Go schemas of
:mod:`.goschema`:

- a new object plans every configured value, ``Default`` values for unset attributes (so the
  plan shows ``stream = false``), and "known after apply" for computed attributes left unset;
- a change compares values the way the SDK's flat map does (null equals ``""``, ``0``,
  ``false``, an empty list or map; an optional and computed attribute left unset keeps its
  value);
- a changed ``ForceNew`` attribute forces a new object; a changed element of a ``ForceNew`` map
  or list of values does too; but inside a list of blocks only the nested attribute's own
  ``ForceNew`` counts, and the list's ``ForceNew`` only applies when the number of blocks
  changes (``diffList``). A resource without ``UpdateContext`` then fails the in-place update at
  apply (``doesn't support update``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from cdktf_openai.offline.diagnostics import MapKey, PathStep
from cdktf_openai.offline.goschema import GoBlock, GoField, GoResource, GoType
from cdktf_openai.offline.protocol import UNKNOWN, canonical_value, is_unknown, is_wholly_known
from cdktf_openai.offline.resource_data import go_value
from cdktf_openai.offline.sdk_state import block_type, legacy_sdk_blocks, normalize_null_values
from cdktf_openai.offline.shim import as_go_float, is_block, legacy_config


@dataclass(frozen=True)
class AttributeDiff:
    """One entry of the SDK's ``InstanceDiff`` (``terraform.ResourceAttrDiff``), reduced.

    Attributes:
        key: The flat key, e.g. ``metadata.team`` or ``thread.0.messages.#``.
        requires_new: Whether it forces a new object.
        new_computed: Whether the new value is unknown.
    """

    key: str
    requires_new: bool
    new_computed: bool = False


#: A resource's ``CustomizeDiff``: from the prior state, the proposed state and the diff so far,
#: the diff entries that remain and the values to plan instead (what ``d.SetNew`` sets).
CustomizeDiff = Callable[
    [Mapping[str, Any], Mapping[str, Any], list[AttributeDiff]],
    tuple[list[AttributeDiff], dict[str, Any]],
]


def _weak_string(value: Any, kind: GoType) -> str:
    """``mapstructure.WeakDecode(value, &string)`` for the values a state or config holds."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if kind is GoType.FLOAT or isinstance(value, float):
        number = as_go_float(value)
        return format(Decimal(repr(number)), "f").rstrip("0").rstrip(".") or "0"
    return str(value)


def _finalize(
    field: GoField, key: str, old: str, new: str, computed: bool, removed: bool
) -> AttributeDiff | None:
    """``Schema.finalizeDiff``: whether the entry stays, and whether it forces a new object."""
    if field.type is GoType.BOOL:
        old = {"0": "false", "1": "true"}.get(old, old)
        new = {"0": "false", "1": "true"}.get(new, new)
    if field.computed and not removed and new == "":
        computed = True
    requires_new = field.force_new and (old != new or computed)
    if not removed and field.computed and old != "" and new == "":
        return None  # "an empty string being used as 'unset' when the value is computed"
    return AttributeDiff(key, requires_new, computed)


def _diff_primitive(key: str, field: GoField, old: Any, new: Any) -> list[AttributeDiff]:
    computed = is_unknown(new)
    if new is None and field.has_default:
        new = field.default
    raw_new = field.type.zero() if new is None and old is not None else new
    old_text = _weak_string(old, field.type)
    new_text = "" if computed else _weak_string(raw_new, field.type)
    if old_text == new_text and not computed:
        return []
    removed = old is not None and new is None and not computed
    if removed and field.computed:
        return []
    entry = _finalize(field, key, old_text, new_text, computed, removed)
    return [] if entry is None else [entry]


def _diff_list(key: str, field: GoField, old: Any, new: Any) -> list[AttributeDiff]:
    if is_unknown(new):
        return [AttributeDiff(f"{key}.#", field.force_new, True)]
    if old is not None and new is None and field.computed:
        return []
    new_set = new is not None
    old_items: list[Any] = list(old or [])
    new_items: list[Any] = list(new or [])
    if new_set and is_wholly_known(new_items) and _go_equal(field, old_items, new_items):
        return []
    diffs: list[AttributeDiff] = []
    changed = len(old_items) != len(new_items)
    computed = not old_items and not new_items and field.computed
    if changed or computed:
        old_text = "" if computed else str(len(old_items))
        new_text = "" if computed else str(len(new_items))
        count = GoField(GoType.INT, computed=field.computed, force_new=field.force_new)
        entry = _finalize(count, f"{key}.#", old_text, new_text, False, False)
        if entry is not None:
            diffs.append(entry)
    block = field.block
    for index in range(max(len(old_items), len(new_items))):
        old_item = old_items[index] if index < len(old_items) else None
        new_item = new_items[index] if index < len(new_items) else None
        if block is not None:
            for name, inner in block.items():
                diffs.extend(
                    diff_field(
                        f"{key}.{index}.{name}",
                        inner,
                        _member(old_item, name),
                        _member(new_item, name),
                    )
                )
        else:
            element = GoField(field.element_type, force_new=field.force_new)
            diffs.extend(diff_field(f"{key}.{index}", element, old_item, new_item))
    return diffs


def _go_equal(field: GoField, old: list[Any], new: list[Any]) -> bool:
    """``reflect.DeepEqual`` of the two lists as the SDK's readers return them (zero-filled)."""
    return bool(go_value(field, old) == go_value(field, new))


def _member(value: Any, name: str) -> Any:
    if isinstance(value, Mapping):
        return value.get(name)
    return UNKNOWN if is_unknown(value) else None


def _diff_map(key: str, field: GoField, old: Any, new: Any) -> list[AttributeDiff]:
    if is_unknown(new):
        return [AttributeDiff(f"{key}.%", field.force_new, True)]
    state = {name: _weak_string(value, field.element_type) for name, value in (old or {}).items()}
    config = {name: _weak_string(value, field.element_type) for name, value in (new or {}).items()}
    diffs: list[AttributeDiff] = []
    changed = len(state) != len(config)
    if state and not config and field.computed:
        changed = False
    computed = not state and not config and field.computed and old is None
    if changed or computed:
        count = GoField(GoType.INT, computed=field.computed, force_new=field.force_new)
        old_text = "" if computed else str(len(state))
        new_text = "" if computed else str(len(config))
        entry = _finalize(count, f"{key}.%", old_text, new_text, False, False)
        if entry is not None:
            diffs.append(entry)
    if new is None and field.computed:
        return diffs
    element = GoField(field.element_type, force_new=field.force_new)
    for name, value in config.items():
        previous = state.pop(name, None)
        if previous == value:
            continue
        entry = _finalize(element, f"{key}.{name}", previous or "", value, False, False)
        if entry is not None:
            diffs.append(entry)
    for name, value in state.items():
        entry = _finalize(element, f"{key}.{name}", value, "", False, True)
        if entry is not None:
            diffs.append(entry)
    return diffs


def diff_field(key: str, field: GoField, old: Any, new: Any) -> list[AttributeDiff]:
    """``schemaMap.diff`` for one attribute: the entries its change adds to the diff.

    Args:
        key: The attribute's flat key.
        field: Its Go schema.
        old: Its prior value (SDK shape; ``None`` if unset).
        new: Its proposed value (SDK shape; ``None`` if unset).
    """
    if field.type is GoType.LIST:
        return _diff_list(key, field, old, new)
    if field.type is GoType.MAP:
        return _diff_map(key, field, old, new)
    return _diff_primitive(key, field, old, new)


def _prior_shape(value: Mapping[str, Any], block: GoBlock) -> dict[str, Any]:
    """The prior state as the SDK's state reader sees it: nulls unset, empties kept."""
    shaped: dict[str, Any] = {}
    for name, item in value.items():
        field = block.get(name)
        if item is None or field is None:
            continue
        if field.block is not None and isinstance(item, list):
            shaped[name] = [
                _prior_shape(entry, field.block) if isinstance(entry, Mapping) else entry
                for entry in item
            ]
        else:
            shaped.update(legacy_config({name: item}, {name: field}) or {})
    return shaped


def _flat_key_path(key: str, block: GoBlock) -> tuple[PathStep, ...]:
    """``hcl2shim.RequiresReplace`` for one key: its path, cut back to an attribute."""
    path: list[PathStep] = []
    current: GoBlock | None = block
    field: GoField | None = None
    for part in key.split("."):
        if part in ("#", "%"):
            break
        if field is None:
            if current is None or part not in current:
                break
            field = current[part]
            path.append(part)
        elif field.type is GoType.LIST:
            path.append(int(part))
            if field.block is not None:
                current, field = field.block, None
            else:
                field = GoField(field.element_type)
        else:
            path.append(MapKey(part))
            field = GoField(GoType.STRING)
    while path and not isinstance(path[-1], str):
        path.pop()
    return tuple(path)


def _empty_to_null(value: Any, block: GoBlock) -> dict[str, Any]:
    """What the SDK's diff keeps of a new object's configuration (empty values are dropped)."""
    shaped: dict[str, Any] = {}
    for name, item in value.items():
        field = block.get(name)
        if field is not None and item is None and field.has_default:
            item = field.default
        if field is not None and is_block(field) and isinstance(item, list):
            assert field.block is not None
            block_json_block = field.block
            shaped[name] = [
                _empty_to_null(entry, block_json_block) if isinstance(entry, Mapping) else entry
                for entry in item
            ]
        elif isinstance(item, str | list | dict) and len(item) == 0:
            shaped[name] = None
        else:
            shaped[name] = item
    return shaped


def _set_unknowns(value: dict[str, Any], block: GoBlock) -> dict[str, Any]:
    """``SetUnknowns``: computed attributes left null are "known after apply"."""
    planned = dict(value)
    for name, field in block.items():
        item = planned.get(name)
        if is_block(field) and isinstance(item, list):
            assert field.block is not None
            if not item and field.computed:
                planned[name] = UNKNOWN  # diffList: the count of an unset computed list
            else:
                planned[name] = [
                    _set_unknowns(entry, field.block) if isinstance(entry, dict) else entry
                    for entry in item
                ]
        elif field.computed and item is None:
            planned[name] = UNKNOWN
    return planned


def plan_create(
    resource: GoResource, proposed: Mapping[str, Any], block_json: Mapping[str, Any]
) -> dict[str, Any]:
    """The planned state of a new object.

    Args:
        resource: The resource's Go schema.
        proposed: The proposed new state from Terraform.
        block_json: The resource's block in the JSON schema.
    """
    shaped = _empty_to_null(proposed, resource.schema)
    planned = normalize_null_values(shaped, dict(proposed), False, block_type(block_json))
    planned = legacy_sdk_blocks(planned, block_json)
    planned = _set_unknowns(planned, resource.schema)
    planned["id"] = UNKNOWN
    return planned


@dataclass(frozen=True)
class UpdatePlan:
    """What ``PlanResourceChange`` answers for an existing object.

    Attributes:
        planned: The planned state (the prior state itself when nothing changes).
        requires_replace: The attribute paths whose change forces a new object (with ``id``,
            as the SDK adds it); empty for an in-place update or no change.
        diffs: The SDK diff entries behind the plan.
    """

    planned: dict[str, Any]
    requires_replace: tuple[tuple[PathStep, ...], ...]
    diffs: tuple[AttributeDiff, ...]


def plan_update(
    resource: GoResource,
    prior: Mapping[str, Any],
    proposed: Mapping[str, Any],
    block_json: Mapping[str, Any],
    customize: CustomizeDiff | None = None,
) -> UpdatePlan:
    """The plan for an existing object: no change, an in-place update, or a replacement.

    Args:
        resource: The resource's Go schema.
        prior: The state after refresh.
        proposed: The proposed new state from Terraform.
        block_json: The resource's block in the JSON schema.
        customize: The resource's ``CustomizeDiff``, if it has one that changes plans.
    """
    old = _prior_shape(prior, resource.schema)
    new = legacy_config(proposed, resource.schema) or {}
    diffs: list[AttributeDiff] = []
    for name, field in resource.schema.items():
        if name == "id":
            continue
        diffs.extend(diff_field(name, field, old.get(name), new.get(name)))
    overrides: dict[str, Any] = {}
    if customize is not None:
        diffs, overrides = customize(prior, proposed, diffs)
    if not diffs:
        return UpdatePlan(dict(prior), (), ())
    forcing = [entry for entry in diffs if entry.requires_new]
    if forcing:
        paths: list[tuple[PathStep, ...]] = []
        for entry in forcing:
            path = _flat_key_path(entry.key, resource.schema)
            if path and path not in paths:
                paths.append(path)
        paths.append(("id",))
        planned = plan_create(resource, proposed, block_json)
        return UpdatePlan(planned, tuple(paths), tuple(diffs))
    changed = {entry.key.split(".")[0] for entry in diffs}
    planned = dict(prior)
    for name in changed:
        field = resource.schema[name]
        value = proposed.get(name)
        planned[name] = field.default if value is None and field.has_default else value
    for entry in diffs:
        name, _, rest = entry.key.partition(".")
        if entry.new_computed and rest in ("", "#", "%"):
            # InstanceDiff.Apply: a computed count or value is "known after apply", e.g. a
            # computed list or map the Go code has not set yet (schema.go, diffList/diffMap)
            planned[name] = UNKNOWN
    planned.update(overrides)
    planned = normalize_null_values(planned, dict(proposed), False, block_type(block_json))
    planned = legacy_sdk_blocks(planned, block_json)
    if canonical_value(planned) == canonical_value(dict(prior)):
        # grpc_provider.go: "ValuesSDKEquivalent" -- a diff that changes nothing plans nothing
        return UpdatePlan(dict(prior), (), ())
    return UpdatePlan(planned, (), tuple(diffs))
