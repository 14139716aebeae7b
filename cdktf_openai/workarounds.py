"""Every place where this library relies on how jsii, constructs or cdktf work inside.

Nothing else in the package depends on an internal of those libraries: when one of them
changes, this module (and its test, ``tests/test_workarounds.py``, which pins each behaviour
below against the installed versions) is where to look. Each workaround says what it works
around and why.

- :func:`create_resource` and :func:`struct`: build a generated resource without the generated
  constructor's typeguard checks (the props are checked already; the checks cost a quarter of
  a resource's build time).
- :func:`encoded_token_kind`: cdktf's token encoding, read in Python (no jsii round trip).
- :func:`is_duplicate_id_error` and :func:`annotation_errors`: read the wording of two errors
  that jsii reports only as a message.
- :func:`terraform_name`: cdktf's logical-id scheme, so that a construct can say at creation
  which Terraform name its resource would get.
- :func:`annotate`: a cdktf annotation without the JavaScript stack the CLI prints under it.
- :func:`range_condition`: a Terraform range check that cdktf 0.21 renders correctly.
- :func:`resource_address`: ``replace_triggered_by`` as Terraform's JSON syntax takes it.
- :data:`CLI_VARIABLE`: how an app knows the cdktf CLI runs it.
"""

from __future__ import annotations

import hashlib
import re
import struct as _binary
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypeVar

import jsii
from constructs import Construct, IConstruct
from jsii._reference_map import InterfaceDynamicProxy  # the generated bindings use it too

__all__ = [
    "CLI_VARIABLE",
    "annotate",
    "annotation_errors",
    "create_resource",
    "encoded_token_kind",
    "is_duplicate_id_error",
    "is_valid_terraform_name",
    "range_condition",
    "resource_address",
    "struct",
    "terraform_name",
]

S = TypeVar("S")

# -- creating a generated resource without its type checks --------------------------------------
# jsii-pacmak (1.112) structs keep their fields in `_values` (what their properties read and
# what jsii serializes), and a generated constructor, after its typeguard checks, does exactly
# `jsii.create(type(self), self, [scope, id, config])`. The equivalence tests
# (tests/test_equivalence.py) prove, for every construct and value type, that the JSON is the
# one the generated classes write.


def struct(struct_class: type[S], **values: Any) -> S:
    """An instance of a generated struct class holding ``values`` (``None`` values left out).

    Args:
        struct_class: A generated struct class (e.g. ``RunConfig``, ``AssistantTools``).
        values: Its fields, by their Python names.
    """
    instance = struct_class.__new__(struct_class)
    instance._values = {name: value for name, value in values.items() if value is not None}  # type: ignore[attr-defined]
    return instance


def create_resource(resource: Any, scope: Construct, id: str, config: Any) -> None:
    """Create the jsii object of ``resource`` as its generated constructor would, unchecked.

    ``resource`` is an instance of a generated class whose ``__init__`` was not called.

    Args:
        resource: The Python object, not yet created in jsii.
        scope: Its scope.
        id: Its id.
        config: Its generated ``...Config`` struct (see :func:`struct`).
    """
    jsii.create(type(resource), resource, [scope, id, config])


# -- cdktf's token encoding ---------------------------------------------------------------------
# cdktf (lib/tokens/private/encoding.ts) encodes tokens in plain values: strings carry
# ${TfToken[...]}; string lists carry #{TfToken[...]} as their single item; maps carry
# &{TfToken[...]} in a key; numbers are doubles whose top 16 bits are 0xFDFF (number lists:
# 0xFBFF). Anything else that is resolvable is a jsii object with a `resolve` method, or an
# opaque jsii object (an `any`-typed value such as TerraformVariable.value), which jsii's
# private InterfaceDynamicProxy stands for.
_KEY = r"[a-zA-Z0-9:._-]+"
_STRING_TOKEN = re.compile(r"\$\{TfToken\[" + _KEY + r"\]\}")
_LIST_TOKEN = re.compile(r"#\{TfToken\[" + _KEY + r"\]\}")
_MAP_TOKEN = re.compile(r"&\{TfToken\[" + _KEY + r"\]\}")
_NUMBER_TOKEN_BITS = 0xFDFF
_NUMBER_LIST_TOKEN_BITS = 0xFBFF


def _top_bits(number: float) -> int:
    return int(_binary.unpack("<Q", _binary.pack("<d", number))[0] >> 48)


def encoded_token_kind(value: Any) -> Literal["string", "number", "list", "map", "any"] | None:
    """The kind of cdktf token ``value`` is (at its top level), or ``None``.

    Same answer as ``cdktf.Token.is_unresolved(value)`` (``None`` for False), computed in
    Python, and the kind of token besides.

    Args:
        value: Any prop value.
    """
    if isinstance(value, str):
        return "string" if _STRING_TOKEN.search(value) else None
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return None
    if isinstance(value, float):
        return "number" if _top_bits(value) == _NUMBER_TOKEN_BITS else None
    if isinstance(value, list | tuple):
        if len(value) != 1:
            return None
        (item,) = value
        if isinstance(item, str):
            return "list" if _LIST_TOKEN.search(item) else None
        is_numbers = isinstance(item, float) and _top_bits(item) == _NUMBER_LIST_TOKEN_BITS
        return "list" if is_numbers else None
    if isinstance(value, Mapping):
        return "map" if any(isinstance(k, str) and _MAP_TOKEN.search(k) for k in value) else None
    if isinstance(value, InterfaceDynamicProxy):
        return "any"
    # only jsii objects can be cdktf tokens (a pathlib.Path has a `resolve` method too)
    kind = type(value)
    is_jsii = hasattr(kind, "__jsii_type__") or hasattr(kind, "__jsii_ifaces__")
    return "any" if is_jsii and callable(getattr(value, "resolve", None)) else None


# -- error wording --------------------------------------------------------------------------
# jsii turns a JavaScript error into a Python RuntimeError that carries only the message.
# constructs 10 (lib/construct.ts, addChild) words a duplicate id this way; checking first
# instead would cost a jsii round trip for every construct.
_DUPLICATE_ID = "There is already a Construct with name"
# cdktf 0.21 (lib/errors.ts, encounteredAnnotationWithLevelError) lists the error annotations
# one per line between this header and a blank line.
_ANNOTATION_ERRORS = 'Encountered Annotations with level "ERROR":'


def is_duplicate_id_error(error: Exception) -> bool:
    """Whether ``error`` is constructs' refusal of a second child with the same id."""
    return _DUPLICATE_ID in str(error)


def annotation_errors(error: Exception) -> list[str] | None:
    """The error annotations listed by cdktf's "encountered annotations" error, or ``None``.

    Args:
        error: What ``app.synth()`` raised.

    Returns:
        One line per error annotation, ``[<construct path>] <message>``; ``None`` when the
        error is another one.
    """
    text = str(error)
    if _ANNOTATION_ERRORS not in text:
        return None
    body = text.split(_ANNOTATION_ERRORS, 1)[1].split("\n\n", 1)[0]
    return [line for line in body.splitlines() if line.strip()]


# -- cdktf's logical ids ------------------------------------------------------------------------
# cdktf (0.21, lib/private/unique.ts) names a resource after its construct path below the
# stack: a resource directly in the stack gets its id with every character outside
# [A-Za-z0-9_-] dropped ("a.b" and "ab" both become "ab"); a deeper one gets the ids joined
# with "_" (repeated tails removed, "Resource" left out) and an 8-character hash of the path.
# Components named "Default" are left out entirely. constructs 10 (lib/construct.ts,
# sanitizeId) first replaces the path separator "/" and the address separator "\n" with "--".
_DISALLOWED = re.compile(r"[^A-Za-z0-9_-]")
_SEPARATORS = re.compile("[/\n]")
_HIDDEN = "Default"
_HIDDEN_FROM_HUMANS = "Resource"
_MAX_ID = 255
_MAX_HUMAN = 240
_HASH_LENGTH = 8
#: A Terraform block label that names a resource: a letter or underscore first.
_TERRAFORM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def terraform_name(components: Sequence[str]) -> str:
    """The logical id cdktf gives a resource whose path below its stack is ``components``.

    Args:
        components: The construct ids from the stack (excluded) down to the resource.

    Returns:
        The name, as cdktf 0.21 computes it; ``""`` when cdktf cannot compute one (every
        component is ``Default``), which fails at synthesis.
    """
    kept = [_SEPARATORS.sub("--", c) for c in components]
    kept = [c for c in kept if c != _HIDDEN]
    if not kept:
        return ""
    if len(kept) == 1:
        candidate = _DISALLOWED.sub("", kept[0])
        if len(candidate) <= _MAX_ID:
            return candidate
    digest = hashlib.md5("/".join(kept).encode(), usedforsecurity=False).hexdigest()
    human = "_".join(
        _DISALLOWED.sub("", c) for c in _without_repeats(kept) if c != _HIDDEN_FROM_HUMANS
    )[:_MAX_HUMAN]
    return f"{human}_{digest[:_HASH_LENGTH].upper()}"


def is_valid_terraform_name(name: str) -> bool:
    """Whether Terraform accepts ``name`` as a resource name (``terraform validate`` would)."""
    return _TERRAFORM_NAME.fullmatch(name) is not None


def _without_repeats(components: Sequence[str]) -> list[str]:
    # cdktf's removeDupes: skip a component that the previous one ends with
    kept: list[str] = []
    for component in components:
        if not kept or not kept[-1].endswith(component):
            kept.append(component)
    return kept


# -- cdktf annotations without a stack trace -------------------------------------------------
# cdktf 0.21 (lib/annotations.ts) stores an annotation as construct metadata of type
# "@cdktf/<level>" and asks constructs to record the JavaScript stack with it, which the CLI
# prints under each error. constructs' addMetadata records no trace unless asked, and the
# synthesizer collects annotations by those types alone, so adding the same entry directly
# gives the same annotation without the trace.
_ANNOTATION_TYPE = {"warning": "@cdktf/warn", "error": "@cdktf/error"}


def annotate(node: IConstruct, level: Literal["warning", "error"], message: str) -> None:
    """Add a cdktf warning or error annotation to ``node``, without a stack trace.

    Args:
        node: The construct the annotation is about.
        level: ``warning`` (shown at synthesis) or ``error`` (fails synthesis).
        message: One line, e.g. ``[policy:MaxTemperature] temperature must be ...``.
    """
    node.node.add_metadata(_ANNOTATION_TYPE[level], message)


# -- Terraform range conditions -----------------------------------------------------------------
# cdktf 0.21 renders `Op.gte(token, 0)` as `(var.x >= undefined)`: a literal 0 on the right
# (cdktn 0.24 fixed it; the form below renders the same on both)
# of an Op is lost. With the literal on the left it renders correctly.


def range_condition(value: Any, minimum: float, maximum: float | None, *, also: Any = None) -> Any:
    """``[also &&] minimum <= value [&& maximum >= value]`` as a Terraform expression.

    Args:
        value: A number token.
        minimum: The smallest valid value.
        maximum: The largest valid value; None for no upper bound.
        also: Another condition that must hold too (e.g. that the value is whole).
    """
    from cdktf_openai.core import Op

    condition = Op.lte(minimum, value)
    if also is not None:
        condition = Op.and_(also, condition)
    return condition if maximum is None else Op.and_(condition, Op.gte(maximum, value))


# -- replace_triggered_by --------------------------------------------------------------------
# cdktf 0.21 (lib/terraform-resource.ts, lifecycleToTerraform) renders a resource given to
# lifecycle.replace_triggered_by as "${type.name}", which Terraform's JSON syntax rejects
# ("Invalid character"): like depends_on, it takes a bare address. Passing the address as a
# string renders it as it is.


def resource_address(resource: Any) -> str:
    """The bare Terraform address of a resource, ``<type>.<name>``, for replace_triggered_by.

    An L2 construct of this library knows its address (``_terraform_address``, kept up to
    date by its ``override_logical_id``); any other resource is asked through jsii.

    Args:
        resource: A resource construct (a generated class or an L2 construct).
    """
    known: str | None = getattr(resource, "_terraform_address", None)
    if known is not None:
        resource._terraform_address_used = True  # its name may not change from now on
        return known
    return f"{resource.terraform_resource_type}.{resource.friendly_unique_id}"


# -- the cdktf CLI -------------------------------------------------------------------------------
#: The variable the cdktf CLI (0.21, @cdktf/cli-core synth-stack) sets for the app it runs.
CLI_VARIABLE = "CDKTF_OUTDIR"
