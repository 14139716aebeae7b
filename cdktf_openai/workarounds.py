"""Every place where this library relies on how jsii, constructs or cdktf work inside.

Nothing else in the package depends on an internal of those libraries: when one of them
changes, this module (and its test, ``tests/test_workarounds.py``, which pins each behaviour
below against the installed versions) is where to look. Each workaround says what it works
around and why.

No private name of jsii is imported when this module is (they are looked up when first used),
so that a jsii release that moves one breaks only the feature that uses it: batching then
turns itself off with one warning (:mod:`cdktf_openai.batching`).

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
- :func:`same_object`: whether two Python objects stand for one JavaScript object.
- :data:`CLI_VARIABLE`: how an app knows the cdktf CLI runs it.
- :func:`sanitized_id`: the name constructs files a child under in its scope.
- :func:`python_only`: a Python method that jsii does not register as an override;
  :class:`python_only_property`: the same for a read-only attribute.
- :func:`check_terraform_version_once`: cdktf's Terraform version check, run once per stack
  instead of once per guard companion (``terraform_data``).
- For :mod:`cdktf_openai.batching` (creating constructs in JavaScript in batches), the jsii
  runtime's internals: :func:`jsii_batching_supported`, :func:`creates_like_its_class`,
  :func:`before_each_request` (undone by :func:`remove_request_hook`),
  :func:`pending_reference`, :func:`bind_reference`,
  :func:`static_invoke_unresolved`, :func:`struct_fields` and :func:`is_jsii_value`.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import itertools
import re
import struct as _binary
import types
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, cast, overload

import jsii
from constructs import Construct, IConstruct

__all__ = [
    "CLI_VARIABLE",
    "annotate",
    "annotation_errors",
    "before_each_request",
    "bind_reference",
    "check_terraform_version_once",
    "create_resource",
    "creates_like_its_class",
    "encoded_token_kind",
    "is_duplicate_id_error",
    "is_jsii_value",
    "jsii_batching_supported",
    "pending_reference",
    "python_only",
    "python_only_property",
    "range_condition",
    "remove_request_hook",
    "resource_address",
    "same_object",
    "sanitized_id",
    "split_string_tokens",
    "static_invoke_unresolved",
    "struct",
    "struct_fields",
    "struct_values",
    "terraform_name",
]

S = TypeVar("S")
F = TypeVar("F", bound=Callable[..., Any])

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
# private InterfaceDynamicProxy stands for. That name is looked up when first needed, not at
# import (the generated bindings, too, read it only when they check a value): should a jsii
# release move it, `import cdktf_openai` still works, and an object that may be such a proxy
# is asked about through cdktf's public Token.is_unresolved (one jsii call) instead.
_KEY = r"[a-zA-Z0-9:._-]+"
_STRING_TOKEN = re.compile(r"\$\{TfToken\[" + _KEY + r"\]\}")
_STRING_TOKEN_SPLIT = re.compile("(" + _STRING_TOKEN.pattern + ")")
_LIST_TOKEN = re.compile(r"#\{TfToken\[" + _KEY + r"\]\}")
_MAP_TOKEN = re.compile(r"&\{TfToken\[" + _KEY + r"\]\}")
_NUMBER_TOKEN_BITS = 0xFDFF
_NUMBER_LIST_TOKEN_BITS = 0xFBFF


# split_string_tokens finds string tokens by their markers, as cdktf's TokenString does, so that
# cdktf_openai.literal escapes only the text around them; it relies on cdktf writing literal
# text as it is (no escaping of its own). Both pinned in tests/test_workarounds.py.


def split_string_tokens(text: str) -> list[str]:
    """``text`` cut around the string tokens in it: literal, token, literal, ..., literal.

    The even items are the literal parts (possibly empty), the odd ones cdktf's string token
    markers (``${TfToken[...]}``), which cdktf replaces with their Terraform expressions.

    Args:
        text: Any string.
    """
    return _STRING_TOKEN_SPLIT.split(text)


@functools.cache
def _opaque_proxy_class() -> type | None:
    """The class of jsii opaque objects (``InterfaceDynamicProxy``), or None if it has moved."""
    try:
        from jsii._reference_map import InterfaceDynamicProxy
    except ImportError:
        return None
    return InterfaceDynamicProxy if isinstance(InterfaceDynamicProxy, type) else None


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
    proxy = _opaque_proxy_class()
    if proxy is not None and isinstance(value, proxy):
        return "any"
    # only jsii objects can be cdktf tokens (a pathlib.Path has a `resolve` method too)
    kind = type(value)
    is_jsii = hasattr(kind, "__jsii_type__") or hasattr(kind, "__jsii_ifaces__")
    if is_jsii:
        return "any" if callable(getattr(value, "resolve", None)) else None
    if proxy is None and hasattr(value, "__jsii_ref__"):  # perhaps an opaque object: ask cdktf
        from cdktf_openai.core import Token

        return "any" if Token.is_unresolved(value) else None
    return None


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


# -- one JavaScript object, two Python objects ---------------------------------------------------
# jsii's Python runtime (1.142) returns the Python object it made for a JavaScript object that
# Python created; for one that JavaScript created (the App of `Testing.app()`, read back as
# `stack.node.root`), each read may give a new Python proxy. Both carry the object's reference
# in `__jsii_ref__` (an ObjRef whose `ref` is e.g. "cdktf.App@10000"), what jsii sends for it.


def same_object(first: Any, second: Any) -> bool:
    """Whether two jsii objects are the same JavaScript object (``is`` is not enough).

    Args:
        first: A jsii object (a construct).
        second: Another.
    """
    if first is second:
        return True
    refs = getattr(first, "__jsii_ref__", None), getattr(second, "__jsii_ref__", None)
    return None not in refs and refs[0].ref == refs[1].ref  # type: ignore[union-attr]


# -- the cdktf CLI -------------------------------------------------------------------------------
#: The variable the cdktf CLI (0.21, @cdktf/cli-core synth-stack) sets for the app it runs.
CLI_VARIABLE = "CDKTF_OUTDIR"


# -- constructs' child names ---------------------------------------------------------------------
# constructs 10 (lib/construct.ts, the Node constructor and addChild) files a child in its scope
# under its id with "/" and "\n" replaced by "--" (sanitizeId, as for logical ids above), and
# refuses a second child under the same name.


def sanitized_id(id: str) -> str:
    """The name under which constructs files a child with this ``id`` in its scope."""
    return _SEPARATORS.sub("--", id)


# -- Python methods that jsii does not forward to -------------------------------------------------
# jsii's Python runtime (jsii._kernel._get_overides, 1.142) registers with the kernel, for each
# object it creates, every plain function of a Python subclass that has the name of a member of
# the jsii class: JavaScript calls of that member then call back into Python. The L2 constructs
# redefine override_logical_id (to keep their Terraform address current), which no JavaScript
# code calls on a resource (cdktf calls it on outputs only), so the callback would never be used;
# but an object with overrides can only be made by the kernel's own create, not in a batch
# (batching.py). A method wrapped by `python_only` is not a plain function: jsii leaves it out,
# and Python calls reach it as before.


class _PythonOnly(Generic[F]):
    """A method descriptor that jsii's override scan does not see (see :func:`python_only`)."""

    def __init__(self, function: F) -> None:
        self.function = function
        functools.update_wrapper(cast(Any, self), function)

    @overload
    def __get__(self, instance: None, owner: type) -> F: ...
    @overload
    def __get__(self, instance: object, owner: type) -> types.MethodType: ...
    def __get__(self, instance: object | None, owner: type) -> Any:
        return self.function if instance is None else types.MethodType(self.function, instance)


def python_only(function: F) -> F:
    """Redefine a method of a jsii class for Python callers only (no JavaScript callback).

    Args:
        function: The method, as it would be written in the class body.
    """
    return _PythonOnly(function)  # type: ignore[return-value]


# The same scan (its `inspect.isdatadescriptor` branch) registers a `property` that has the name
# of a jsii property: the L2 attributes that redefine a generated getter (attributes.py) would
# make every Run, Response, VectorStore and VectorStoreFile an object with overrides (no
# batches), for getters no JavaScript code reads. `python_only_property` is a property without
# `__set__` (not a data descriptor), so the scan leaves it out; it still comes before the
# generated property in the attribute lookup, as a class's own attributes do. Type checkers
# see a `property`.
if TYPE_CHECKING:
    python_only_property = property
else:

    class python_only_property:  # noqa: N801 (named as the decorator it stands for)
        """A read-only property that jsii's override scan does not see (see above)."""

        def __init__(self, fget: Callable[[Any], Any]) -> None:
            """Wrap the getter ``fget`` (its name and docstring become the property's)."""
            self.fget = fget
            functools.update_wrapper(self, fget)

        def __get__(self, instance: object | None, owner: type) -> Any:
            """The getter's value for an instance; the property itself for the class."""
            return self if instance is None else self.fget(instance)


# -- cdktf's Terraform version check, once per stack -----------------------------------------------
# cdktf 0.21 and cdktn 0.24 (lib/terraform-data-resource.ts) give every DataResource
# (`terraform_data`) a validation, `ValidateTerraformVersion(">=1.4", hint)`, which runs
# `terraform version` (a subprocess, about 36 ms) each time its stack is validated at synthesis:
# once per guard companion (guard.py), 36 s for 1000 threads, for the same answer every time.
# `Batch.checkTerraformVersionOnce` (scripts/batch.ts) keeps the check on the first companion of
# each stack and removes it from the others' `node._validations`, constructs' private array of a
# node's validations (what `addValidation` appends to and `node.validate()` runs), finding it by
# its class name (neither core exports the class). `Batch.create` calls it for every DataResource
# it makes (guard companions only); this function calls it for a companion made without a batch.
# Pinned in tests/test_workarounds.py: a DataResource holds exactly one check, which runs
# `terraform version` once and fails in cdktf's words for a Terraform older than 1.4; removed,
# it runs no more, and the first companion of each stack keeps it.


def check_terraform_version_once(companion: Any) -> None:
    """Leave cdktf's Terraform version check of ``companion`` to the first companion of its stack.

    For a guard companion created without a batch (``Batch.create`` does this for the others).

    Args:
        companion: A ``DataResource`` this library has just created (nothing added to it since).
    """
    from cdktf_openai.l1.batching import Batch

    Batch.check_terraform_version_once(companion)


# -- creating constructs in JavaScript, in batches (batching.py) ----------------------------------
# The jsii kernel creates an object for Python with `new <class>(...args)` on the arguments
# jsii serialized (jsii._kernel.Kernel.create, _make_reference_for_native), then installs the
# overrides and registers the interfaces that the Python class declares. Our JavaScript
# (scripts/batch.ts) runs the same `new` for a class that declares neither, so the object is
# the same. What the Python side relies on, each pinned in tests/test_workarounds.py:
# - every request goes through `jsii.kernel.provider` (its methods take the request, already
#   built; jsii.create etc. are bound to the one Kernel), and a request names an object by the
#   ObjRef in its `__jsii_ref__`, read into the request object when it is built and turned into
#   text (`.ref`) only when it is sent;
# - ObjRef is a frozen attrs class with slots `ref` and `interfaces`, which can still be set;
# - jsii._reference_map keeps Python objects by ref in `_refs._refs`; JSIIMeta.__call__
#   registers an object there under its `__jsii_ref__` after its __init__;
# - a struct's values are in `_values` and its jsii names in `__jsii_name_mapping__`, in the
#   order jsii sends them; an enum, a struct and an object each have `__jsii_type__`.


def jsii_batching_supported() -> bool:
    """Whether the installed jsii runtime has the internals batching relies on (see above)."""
    try:
        from jsii._kernel import _callback_till_result, _get_overides, _make_reference_for_native
        from jsii._kernel.types import ObjRef

        probe = ObjRef(ref="probe@1")
        object.__setattr__(probe, "ref", "probe@2")
        return (
            probe.ref == "probe@2"
            and isinstance(jsii._reference_map._refs._refs, dict)
            and callable(getattr(jsii.kernel.provider, "sinvoke", None))
            and all(
                map(callable, (_callback_till_result, _get_overides, _make_reference_for_native))
            )
        )
    except (ImportError, AttributeError, TypeError):
        return False


def _interfaces(klass: type) -> set[str]:
    return {iface.__jsii_type__ for iface in getattr(klass, "__jsii_ifaces__", [])}


def creates_like_its_class(klass: type) -> bool:
    """Whether the kernel creates an object of ``klass`` as ``new <its jsii class>(...)`` does.

    True for a jsii class and a Python subclass of one that overrides no jsii member and
    declares no interface of its own (jsii would install callbacks for those).

    Args:
        klass: The class of a Python object about to be created in jsii.
    """
    known = _creates_like_its_class.get(klass)
    if known is None:
        known = _creates_like_its_class[klass] = _without_callbacks(klass)
    return known


_creates_like_its_class: dict[type, bool] = {}


def _without_callbacks(klass: type) -> bool:
    from jsii._kernel import _get_overides

    fqn = getattr(klass, "__jsii_type__", None)
    declared = next((c for c in klass.__mro__ if c.__dict__.get("__jsii_declared_type__")), None)
    if fqn is None or declared is None or getattr(declared, "__jsii_type__", None) != fqn:
        return False
    if _get_overides(klass, object.__new__(klass)):
        return False
    return _interfaces(klass) == _interfaces(declared)


class _HookedProvider:
    """``jsii.kernel.provider`` with a hook that runs before each request it sends."""

    def __init__(self, inner: Any, hook: Callable[[], None], unsafe_cast: Any) -> None:
        self._inner = inner
        self._hook = hook
        self._unsafe_cast = unsafe_cast  # jsii's own, put back by remove_request_hook

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._inner, name)
        if name.startswith("_") or not callable(attribute):
            return attribute

        def request(*args: Any, **kwargs: Any) -> Any:
            self._hook()
            return attribute(*args, **kwargs)

        self.__dict__[name] = request  # found directly from now on
        return request


def before_each_request(hook: Callable[[], None]) -> Any:
    """Run ``hook`` before every request that jsii sends to node; return the unhooked provider.

    Also before ``jsii.unsafe_cast``, which copies an object's reference without a request.

    Args:
        hook: Called with no arguments; it may itself send requests through the provider it
            returned (those do not run it again).
    """
    kernel: Any = jsii.kernel
    provider = kernel.provider
    if isinstance(provider, _HookedProvider):
        provider._hook = hook
        return provider._inner
    unsafe_cast = jsii.unsafe_cast
    kernel.provider = _HookedProvider(provider, hook, unsafe_cast)

    def hooked_unsafe_cast(value: Any, interface: Any) -> Any:
        kernel.provider._hook()
        return unsafe_cast(value, interface)

    jsii.unsafe_cast = hooked_unsafe_cast
    return provider


def remove_request_hook() -> None:
    """Undo :func:`before_each_request`: jsii's provider and ``unsafe_cast`` as they were."""
    kernel: Any = jsii.kernel
    provider = getattr(kernel, "provider", None)
    if isinstance(provider, _HookedProvider):
        kernel.provider = provider._inner
        jsii.unsafe_cast = provider._unsafe_cast


_pending_count = itertools.count(1)


def pending_reference() -> Any:
    """A placeholder ``__jsii_ref__`` for an object that JavaScript has not created yet."""
    from jsii._kernel.types import ObjRef

    return ObjRef(ref=f"cdktf-openai.pending@{next(_pending_count)}")


def bind_reference(obj: Any, placeholder: Any, ref: Any) -> None:
    """Make ``obj`` the Python side of the JavaScript object ``ref`` (from our batch).

    The placeholder itself takes the reference, so that requests built before the batch was
    sent (they hold the placeholder) name the object too.

    Args:
        obj: The Python object, whose ``__jsii_ref__`` is ``placeholder``.
        placeholder: What :func:`pending_reference` gave it.
        ref: The ``ObjRef`` that the kernel returned for its JavaScript object.
    """
    pending = placeholder.ref
    object.__setattr__(placeholder, "ref", ref.ref)
    object.__setattr__(placeholder, "interfaces", ref.interfaces)
    jsii._reference_map._refs._refs.pop(pending, None)  # JSIIMeta.__call__ may have filed it
    object.__setattr__(obj, "__jsii_ref__", placeholder)  # what jsii.create sets, as it sets it
    jsii._reference_map.register_reference(obj)


def static_invoke_unresolved(provider: Any, klass: type, method: str, args: list[Any]) -> Any:
    """Call a static method through ``provider``; the result as sent, references unresolved.

    What ``jsii.sinvoke`` does, without turning the references in the result into Python
    objects: batching binds them to the Python objects that are waiting for them.

    Args:
        provider: The provider :func:`before_each_request` returned.
        klass: The jsii class.
        method: The method's jsii name.
        args: The arguments, as jsii takes them.
    """
    from jsii._kernel import _callback_till_result, _make_reference_for_native
    from jsii._kernel.types import Callback, InvokeResponse, StaticInvokeRequest

    kernel = jsii.kernel
    request = StaticInvokeRequest(
        fqn=klass.__jsii_type__,  # type: ignore[attr-defined]
        method=method,
        args=_make_reference_for_native(kernel, args),
    )
    response = provider.sinvoke(request)
    if isinstance(response, Callback):
        return _callback_till_result(kernel, response, InvokeResponse)
    return response.result


def is_jsii_value(value: Any) -> Literal["enum", "struct", "object"] | None:
    """What jsii sends ``value`` as: an enum member, a struct, an object by reference, or None.

    ``None`` for everything else (plain data, and Python objects jsii would wrap).
    """
    if getattr(value, "__jsii_type__", None) is None:
        return None
    if isinstance(value, enum.Enum):
        return "enum"
    return "struct" if getattr(value, "__jsii_name_mapping__", None) is not None else "object"


def struct_values(value: Any) -> dict[str, Any]:
    """A generated struct's set fields by their Python names (what :func:`struct` takes).

    Args:
        value: An instance of a generated struct class.
    """
    return dict(value._values)


def struct_fields(value: Any) -> Iterator[tuple[str, Any]]:
    """A struct's set fields as jsii sends them: ``(jsii name, value)``, in jsii's order.

    Args:
        value: An instance of a generated struct class.
    """
    values: Mapping[str, Any] = value._values
    for name, jsii_name in type(value).__jsii_name_mapping__.items():
        field = values.get(name)
        if field is not None:
            yield jsii_name, field
