"""The SDK's validation of a configuration against a Go schema (``schemaMap.Validate``).

A port of ``helper/schema/schema.go`` (terraform-plugin-sdk v2.38.1): ``schemaMap.validate``,
``validateObject``, ``validateList``, ``validateMap``, ``validatePrimitive`` and
``validateConflictingAttributes``, which ``helper/schema/grpc_provider.go,
ValidateResourceTypeConfig`` (and, for the provider block, ``PrepareProviderConfig``) run on
every ``terraform validate``/``plan``. The order of checks, what is skipped while a value is
unknown, the words, and which attribute each diagnostic points at are the SDK's:

- a value for a computed-only attribute: ``Value for unconfigurable attribute``, detail
  ``Can't configure a value for "<key>": its value will be decided automatically based on the
  result of applying this configuration.``;
- a name the Go schema lacks (``id`` where Terraform was served one): ``Invalid or unknown key``;
- a fraction for a ``TypeInt``: ``Attribute must be a whole number, got <%v>``;
- ``ConflictsWith``: ``Conflicting configuration arguments``, detail
  ``"<key>": conflicts with <other>``, skipped while either value is unknown;
- ``MaxItems``: ``Too many list items``;
- ``AtLeastOneOf``: ``Missing required argument``, detail ``"<key>": one of `<keys>` must be
  specified``;
- then the attribute's ``ValidateFunc`` (:mod:`.helper_validation`).

Go iterates a map in random order; the double reports diagnostics in schema order, then unknown
keys, so that its output is stable.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cdktf_openai.offline.diagnostics import MapKey, PathStep, ProviderDiagnostic
from cdktf_openai.offline.gofmt import go_float_v, go_quote
from cdktf_openai.offline.goschema import GoBlock, GoField, GoType
from cdktf_openai.offline.protocol import is_unknown, is_wholly_known
from cdktf_openai.offline.shim import as_go_float, config_get

#: ``helper/schema/resource_timeout.go``: the one extra key ``validateObject`` lets through.
TIMEOUTS_KEY = "timeouts"

Path = tuple[PathStep, ...]


def _error(summary: str, path: Path, detail: str = "") -> ProviderDiagnostic:
    return ProviderDiagnostic(summary=summary, detail=detail, path=path)


def validate_config(config: Mapping[str, Any] | None, block: GoBlock) -> list[ProviderDiagnostic]:
    """``schemaMap.Validate``: every error the SDK reports for a configuration.

    Args:
        config: The configuration in the SDK's shape (:func:`.shim.legacy_config`).
        block: The Go schema of the resource or the provider block.
    """
    return _validate_object("", block, config or {}, ())


def _validate_object(
    key: str, block: GoBlock, config: Mapping[str, Any], path: Path
) -> list[ProviderDiagnostic]:
    raw, _ = config_get(config, key)
    if raw is None:
        return []
    if not isinstance(raw, Mapping) and not _is_computed(config, key):
        return [_error("Expected Object Type", path, f"Expected object, got {type(raw).__name__}")]
    diagnostics: list[ProviderDiagnostic] = []
    for name, field in block.items():
        sub_key = f"{key}.{name}" if key else name
        diagnostics.extend(_validate(sub_key, field, config, (*path, name)))
    if isinstance(raw, Mapping):
        for name in raw:
            if name not in block and name != TIMEOUTS_KEY:
                diagnostics.append(_error("Invalid or unknown key", (*path, name)))
    return diagnostics


def _is_computed(config: Mapping[str, Any], key: str) -> bool:
    value, found = config_get(config, key)
    return found and value is not None and not is_wholly_known(value)


def _validate(
    key: str, field: GoField, config: Mapping[str, Any], path: Path
) -> list[ProviderDiagnostic]:
    raw, found = config_get(config, key)
    if field.at_least_one_of:
        # schema.go, validateAtLeastOneAttribute
        names = sorted({*field.at_least_one_of, key})
        if not any(config_get(config, name)[1] for name in names):
            return [
                _error(
                    "Missing required argument",
                    path,
                    f"{go_quote(key)}: one of `{','.join(names)}` must be specified",
                )
            ]
    if not found:
        if field.required:
            return [
                _error(
                    "Missing required argument",
                    path,
                    f"The argument {go_quote(key)} is required, but no definition was found.",
                )
            ]
        return []
    if field.read_only:
        return [
            _error(
                "Value for unconfigurable attribute",
                path,
                f"Can't configure a value for {go_quote(key)}: its value will be decided "
                "automatically based on the result of applying this configuration.",
            )
        ]
    if not is_wholly_known(raw):
        return []
    for other in field.conflicts_with:
        value, present = config_get(config, other)
        if present and not is_unknown(value):
            return [
                _error(
                    "Conflicting configuration arguments",
                    path,
                    f"{go_quote(key)}: conflicts with {other}",
                )
            ]
    return _validate_type(key, raw, field, config, path)


def _validate_type(
    key: str, raw: Any, field: GoField, config: Mapping[str, Any], path: Path
) -> list[ProviderDiagnostic]:
    if field.type is GoType.LIST:
        return _validate_list(key, raw, field, config, path)
    if field.type is GoType.MAP:
        return _validate_map(key, raw, field, path)
    return _validate_primitive(key, raw, field, config, path)


def _validate_list(
    key: str, raw: Any, field: GoField, config: Mapping[str, Any], path: Path
) -> list[ProviderDiagnostic]:
    if raw is None or is_unknown(raw):
        return []
    if not isinstance(raw, list):
        return [_error("Attribute must be a list", path)]
    if not is_wholly_known(raw):
        return []
    if field.max_items and len(raw) > field.max_items:
        return [
            _error(
                "Too many list items",
                path,
                f"Attribute {key} supports {field.max_items} item maximum, "
                f"but config has {len(raw)} declared.",
            )
        ]
    diagnostics: list[ProviderDiagnostic] = []
    for index, item in enumerate(raw):
        item_key = f"{key}.{index}"
        item_path = (*path, index)
        if field.block is not None:
            diagnostics.extend(_validate_object(item_key, field.block, config, item_path))
        else:
            element = GoField(field.element_type, optional=True)
            diagnostics.extend(_validate_type(item_key, item, element, config, item_path))
    return diagnostics


def _validate_map(key: str, raw: Any, field: GoField, path: Path) -> list[ProviderDiagnostic]:
    if raw is None or is_unknown(raw):
        return []
    if not isinstance(raw, Mapping):
        return [_error("Attribute must be a map", path)]
    for name, value in raw.items():
        if field.element_type is GoType.INT and isinstance(value, float):
            # mapstructure.WeakDecode into an int accepts a float: no error here either
            continue
        if field.element_type is GoType.BOOL and not isinstance(value, bool | str | int):
            return [_error(f"cannot decode {name!r} as bool", (*path, MapKey(name)))]
    if field.validate is not None:
        return [_error(message, path) for message in field.validate(dict(raw), key)]
    return []


def _validate_primitive(
    key: str, raw: Any, field: GoField, config: Mapping[str, Any], path: Path
) -> list[ProviderDiagnostic]:
    if raw is None:
        return []
    if isinstance(raw, list):
        return [_error("Attribute must be a single value, not a list", path)]
    if isinstance(raw, Mapping):
        return [_error("Attribute must be a single value, not a map", path)]
    if _is_computed(config, key):
        return []
    decoded: Any = raw
    if field.type is GoType.INT:
        # "We need to verify the type precisely, because WeakDecode will decode a float as an
        # integer": the config shim made every whole number an int already.
        if isinstance(raw, float):
            return [_error(f"Attribute must be a whole number, got {go_float_v(raw)}", path)]
    elif field.type is GoType.FLOAT:
        decoded = as_go_float(raw)
    if field.validate is None:
        return []
    return [_error(message, path) for message in field.validate(decoded, key)]
