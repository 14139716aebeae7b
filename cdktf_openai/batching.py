"""Creating the library's constructs in JavaScript in batches: one jsii round trip for many.

In Python, each construct is a JavaScript object made by the jsii kernel in node, and each
creation is a round trip to node (as is each ``.id`` read that wires a run to its thread):
about three quarters of a resource's build time (issue 16). So the constructs of this library
(the L2 resources, the composites, the guard companions) are not created one request at a time:
each is *queued*, and one call of our own JavaScript, ``Batch.create`` (``scripts/batch.ts``,
compiled into the generated layer by ``make bindings``), later runs the same constructors, in
the same order, with the same arguments, for the whole queue.

A queued construct is a real Python object of its class from the start; until the queue is
sent, its jsii reference is a placeholder, which then becomes its JavaScript object's reference
(``workarounds.bind_reference``). Nothing can tell the difference, because nothing can reach
JavaScript without a jsii request, and the queue is sent **before every jsii request of the
process** (``workarounds.before_each_request``), whatever it is about: a property of a queued
construct or of any other object (``node.find_child``, ``stack.node.children``, ``.id``),
a method (``add_override``, ``override_logical_id``), ``Testing.synth`` or ``app.synth()``
(so aspects and policies see every construct), the creation of any other construct (so a raw
L1 resource created between two of ours keeps its place), a callback's answer. JavaScript
therefore sees exactly the sequence of constructor calls it would have seen without batching.

What can go wrong when a construct is created is decided when it is queued, so the constructor
raises as before:

- a duplicate id: the ids of each scope's children are known in Python and kept in step with
  JavaScript (``Batch.children``: what changed since it last reported; no round trip while
  only this library creates constructs), and a clash raises the same ``ValidationError``;
- a locked scope, a token as id, a class that overrides jsii members in Python (jsii installs
  callbacks for those), a value this module cannot pass on exactly as jsii would: the
  construct is created at once, as before batching.

A construct's ``.id`` given to another construct of the same queue (a run's ``thread_id``) is
read in JavaScript when that construct is created (:func:`deferred_read`), instead of with a round
trip of its own.

An error that JavaScript raises in a queued construct's constructor (which the checks above
do not predict: none of the library's constructors is known to reach one) can only surface
when the queue is sent, that is from the line that sends the next jsii request (often
``app.synth()``), not from the constructor's own line. :func:`flush` then raises it naming the
construct (its path) and the line of the user's code that created it.

Batching is on by default; ``CDKTF_OPENAI_BATCH=off`` in the environment turns it off (every
construct is then created at once, one request each, as in 0.2.0): an escape hatch, and what
the tests compare against. Batching relies on internals of jsii's Python runtime
(:mod:`cdktf_openai.workarounds`), so before the first construct is queued it is tried once
(:func:`_probe`): a throwaway construct is created through a batch and read back, through the
same code as every construct. If that fails, batching stays off for the process and one
:class:`~cdktf_openai.errors.BatchingOffWarning` says why; the output is the same, only slower.
"""

from __future__ import annotations

import json
import math
import os
import sys
import warnings
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from constructs import Construct

from cdktf_openai.core import CORE, DataResource
from cdktf_openai.errors import BatchingOffWarning, Problem, ValidationError
from cdktf_openai.tokens import DeferredRead
from cdktf_openai.workarounds import (
    before_each_request,
    bind_reference,
    check_terraform_version_once,
    create_resource,
    creates_like_its_class,
    encoded_token_kind,
    is_duplicate_id_error,
    is_jsii_value,
    jsii_batching_supported,
    pending_reference,
    remove_request_hook,
    sanitized_id,
    static_invoke_unresolved,
    struct_fields,
)

__all__ = [
    "ENVIRONMENT_VARIABLE",
    "DeferredRead",
    "create",
    "deferred_read",
    "enabled",
    "flush",
    "read_context",
    "reading",
    "requests",
    "untouched_scope",
]

#: The environment variable that turns batching off (``off``); anything else leaves it on.
ENVIRONMENT_VARIABLE = "CDKTF_OPENAI_BATCH"

#: The keys that mark a value in ``Batch.create``'s JSON (see scripts/batch.ts).
_MARKERS = frozenset({"$o", "$b", "$g", "$m"})


class _UnencodableError(Exception):
    """A value this module cannot pass on exactly as jsii would: create the construct at once."""


@dataclass(eq=False)
class _Entry:
    """A queued construct."""

    obj: Any
    scope: Any
    id: str
    placeholder: Any
    #: ``<file>:<line>`` of the user's code that created it (for an error when it is sent).
    created_at: str = ""


@dataclass(eq=False)
class _Batch:
    """The queue: what ``Batch.create`` will be given."""

    entries: list[_Entry] = field(default_factory=list)
    specs: list[list[Any]] = field(default_factory=list)
    types: dict[str, int] = field(default_factory=dict)
    objects: list[Any] = field(default_factory=list)
    object_index: dict[int, int] = field(default_factory=dict)
    position: dict[int, int] = field(default_factory=dict)

    def add(self, obj: Any, scope: Any, name: str, config: Any) -> _Entry:
        """Queue ``obj``; ``_UnencodableError`` (nothing queued) for what it cannot pass."""
        spec: list[Any] = [
            self.types.setdefault(type(obj).__jsii_type__, len(self.types)),
            self._object(scope),
            name,
        ]
        if config is not None:
            spec.append(self._encode(config))
        entry = _Entry(obj, scope, name, pending_reference(), _user_line())
        self.position[id(obj)] = len(self.entries)
        self.entries.append(entry)
        self.specs.append(spec)
        return entry

    def _object(self, value: Any) -> dict[str, int]:
        position = self.position.get(id(value))
        if position is not None:
            return {"$b": position}
        index = self.object_index.get(id(value))
        if index is None:
            index = self.object_index[id(value)] = len(self.objects)
            self.objects.append(value)
        return {"$o": index}

    def _encode(self, value: Any) -> Any:
        # the cases of jsii's _make_reference_for_native, in its order, with the kernel's
        # deserialization of each in mind (see the module docstring of workarounds.py)
        if isinstance(value, DeferredRead):
            if not creates_like_its_class(type(value.target)):  # its getter may be Python's
                raise _UnencodableError
            return {"$g": [self._object(value.target), value.name]}
        if isinstance(value, dict):
            encoded = {}
            for key, item in value.items():
                if not isinstance(key, str):
                    raise _UnencodableError
                if item is not None:  # the kernel drops a map's null values
                    encoded[key] = self._encode(item)
            return {"$m": encoded} if len(encoded) == 1 and set(encoded) <= _MARKERS else encoded
        if isinstance(value, list):
            if any(item is None for item in value):  # the kernel keeps them as undefined
                raise _UnencodableError
            return [self._encode(item) for item in value]
        kind = is_jsii_value(value)
        if kind == "struct":
            return {name: self._encode(item) for name, item in struct_fields(value)}
        if kind is not None:
            return self._object(value)
        if isinstance(value, bool | int | str):
            return value
        if isinstance(value, float) and math.isfinite(value):
            return value
        raise _UnencodableError  # tuples, dates, NaN, functions, plain Python objects


#: Whether the environment leaves batching on (``CDKTF_OPENAI_BATCH`` is not ``off``).
_wanted = os.environ.get(ENVIRONMENT_VARIABLE, "on").lower() != "off"
#: Whether batching is on: set by :func:`_start`, before the first construct is queued.
_enabled = False
#: Whether :func:`_start` has run (it runs once per process).
_started = False
#: What is queued.
_batch = _Batch()
#: How many requests (other than our own) the process has sent: the children known of a scope
#: are current while this has not changed since they were last read.
_requests = 0
#: Scope -> the ids of its children (as constructs files them), when known.
_children: weakref.WeakKeyDictionary[Any, set[str]] = weakref.WeakKeyDictionary()
#: Scope -> the value of ``_requests`` when its children were last known to be current.
_current: weakref.WeakKeyDictionary[Any, int] = weakref.WeakKeyDictionary()
#: Scopes that take no more children (locked); their constructs are created at once.
_locked: weakref.WeakSet[Any] = weakref.WeakSet()
#: Construct -> (its scope, ``_requests`` when it was queued).
_queued_in: weakref.WeakKeyDictionary[Any, tuple[Any, int]] = weakref.WeakKeyDictionary()


#: Set while this library reads something it knows changes nothing in JavaScript.
_reading = False


def _before_request() -> None:
    global _requests
    flush()
    if not _reading:
        _requests += 1


@contextmanager
def reading() -> Iterator[None]:
    """Requests sent in this block only read (e.g. construct context): nothing known is stale.

    The queue is still sent before them.
    """
    global _reading
    outer, _reading = _reading, True
    try:
        yield
    finally:
        _reading = outer


#: The jsii provider without the hook, for our own requests (set by :func:`_start`).
_provider: Any = None


def enabled() -> bool:
    """Whether constructs are batched (see the module docstring); tries batching the first time."""
    return _enabled or (not _started and _start())


#: The id of the construct :func:`_probe` creates, in a construct tree of its own.
_PROBE_ID = "cdktf-openai-batching-probe"


def _start() -> bool:
    """Turn batching on if the environment wants it and :func:`_probe` succeeds; else warn once."""
    global _started, _enabled, _batch, _provider
    _started = True
    if _wanted:
        reason = _probe()
        _enabled = reason is None
        if reason is not None:
            _batch = _Batch()  # what the probe may have left queued
            remove_request_hook()
            _provider = None
            warnings.warn(
                f"cdktf-openai creates every construct with a jsii request of its own (as with "
                f"{ENVIRONMENT_VARIABLE}=off): batching did not work with the installed jsii "
                f"({reason}). The output is the same, only slower; set {ENVIRONMENT_VARIABLE}=off "
                f"to silence this warning.",
                BatchingOffWarning,
                stacklevel=_user_level(),
            )
    return _enabled


def _probe() -> str | None:
    """Batch one throwaway construct and read it back; ``None`` when it works, else what failed.

    The construct goes the way every batched construct goes: queued with a placeholder
    reference, a request built holding that placeholder (``node``), the hook sending the
    queue before that request leaves (``Batch.create``), the placeholder bound to the
    JavaScript object and the object filed under its reference. It lives in a construct tree
    of its own (a root ``Construct``), which no app or stack sees.
    """
    global _provider
    try:
        if not jsii_batching_supported():
            return "the internals of its Python runtime that batching uses are missing"
        _provider = before_each_request(_before_request)
        root, child = Construct.__new__(Construct), Construct.__new__(Construct)
        for obj, scope, name in ((root, None, _PROBE_ID), (child, root, "child")):
            obj.__jsii_ref__ = _batch.add(obj, scope, name, None).placeholder  # type: ignore[attr-defined]
        path = child.node.path  # the request that sends the queue first
        if path != f"{_PROBE_ID}/child":
            return f"a construct created in a batch reads back at {path!r}"
        if _batch.entries:
            return "a jsii request did not send the queue first"
        if root.node.find_child("child") is not child:
            return "a construct created in a batch comes back as another Python object"
        return None
    except Exception as error:  # whatever a changed runtime raises: that is the reason
        first_line = (str(error).strip().splitlines() or [""])[0]
        return f"{type(error).__name__}: {first_line}"


def _batch_class() -> type:
    from cdktf_openai.l1.batching import Batch

    return Batch


def _creatable(klass: type) -> bool:
    """Whether ``Batch.create`` can make objects of ``klass`` exactly as the kernel would."""
    creatable = _creatable_classes.get(klass)
    if creatable is None:
        fqn: str = getattr(klass, "__jsii_type__", None) or ""
        known = fqn == "constructs.Construct" or fqn.split(".")[0] in {_own_assembly(), CORE}
        creatable = _creatable_classes[klass] = known and creates_like_its_class(klass)
    return creatable


_creatable_classes: dict[type, bool] = {}


def _own_assembly() -> str:
    """The jsii assembly of the generated layer in use (``Batch`` is in it)."""
    fqn: str = getattr(_batch_class(), "__jsii_type__")  # noqa: B009
    return fqn.split(".")[0]


def create(obj: Any, scope: Construct, id: str, config: Any = None) -> None:
    """Create ``obj``'s JavaScript object, ``new <class>(scope, id[, config])``: queued, or now.

    ``obj`` is an instance of a jsii class (a generated resource, an L2 construct, a composite,
    a ``DataResource``) whose ``__init__`` did not create it. A ``DataResource`` is a guard
    companion (guard.py): queued or not, it leaves cdktf's Terraform version check to the first
    companion of its stack (:func:`~cdktf_openai.workarounds.check_terraform_version_once`).

    Args:
        obj: The Python object.
        scope: Its scope.
        id: Its id.
        config: The constructor's third argument (a generated ``...Config`` struct), if any.

    Raises:
        RuntimeError: When ``scope`` already has a child named ``id``, in constructs' words
            (as jsii would raise it).
    """
    if not (enabled() and id and encoded_token_kind(id) is None and _creatable(type(obj))):
        _create_now(obj, scope, id, config)
        return
    known = _children_of(scope)
    if known is None:
        _create_now(obj, scope, id, config)
        return
    name = sanitized_id(id)
    if name in known:
        raise RuntimeError(f"There is already a Construct with name '{name}' in its scope")
    try:
        entry = _batch.add(obj, scope, id, config)
    except _UnencodableError:
        _create_now(obj, scope, id, config)
        return
    object.__setattr__(obj, "__jsii_ref__", entry.placeholder)  # not the L2's __setattr__
    known.add(name)
    _children[obj] = set()
    _current[obj] = _requests
    _queued_in[obj] = (scope, _requests)


def requests() -> int | None:
    """How many jsii requests (other than batching's own) have been sent; None when off.

    While the count stays the same, nothing in JavaScript changed but what batching did.
    """
    return _requests if _enabled else None


def untouched_scope(construct: Any) -> Any:
    """The scope ``construct`` was queued in, if no jsii request was sent since; else None.

    Such a construct has nothing set on it but what its constructor did (e.g. no construct
    context of its own), so it is like its scope in that.
    """
    queued = _queued_in.get(construct)
    return queued[0] if queued is not None and queued[1] == _requests and _enabled else None


#: Scope -> (``_requests`` when its context was read, construct-context key -> value).
_contexts: weakref.WeakKeyDictionary[Any, tuple[int, dict[str, Any]]] = weakref.WeakKeyDictionary()


def read_context(scope: Any, key: str) -> Any:
    """``scope.node.try_get_context(key)``, with no round trip while it cannot have changed.

    Construct context changes only through a jsii request, so a value read holds while no
    request was sent (batching creates the constructs of a stack without one); a construct
    still queued, with no request since, has no context of its own: its scope's is read.

    Args:
        scope: A construct.
        key: The context key.
    """
    parent = untouched_scope(scope)
    if parent is not None:  # created by this library, and given no context since
        return read_context(parent, key)
    cached = _contexts.get(scope)
    current = cached is not None and cached[0] == _requests and _enabled
    if current and key in cached[1]:  # type: ignore[index]
        return cached[1][key]  # type: ignore[index]
    with reading():
        found = scope.node.try_get_context(key)
    if _enabled:
        known = cached[1] if current else {}  # type: ignore[index]
        known[key] = found
        _contexts[scope] = (_requests, known)
    return found


def deferred_read(target: Any, name: str = "id") -> Any:
    """``target.<name>`` (e.g. a resource's ``id`` token), to pass to a construct's ``create``.

    With batching, the property is read in JavaScript when the construct it is passed to is
    created, instead of with a round trip now.

    Args:
        target: A jsii object (a construct).
        name: The property, by jsii name.
    """
    if _enabled and creates_like_its_class(type(target)):
        return DeferredRead(target, name)
    return getattr(target, name)


def flush() -> None:
    """Create every queued construct now (one request); nothing to do when none is queued.

    Raises:
        ValidationError: A queued construct's id was taken after all (naming the construct).
        RuntimeError: JavaScript refused to create a queued construct (naming it).
    """
    global _batch
    batch = _batch
    if not batch.entries:
        return
    _batch = _Batch()  # a callback during the request may queue (and send) more
    payload = json.dumps(
        {"t": list(batch.types), "s": batch.specs},
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
    )
    made = static_invoke_unresolved(_provider, _batch_class(), "create", [payload, batch.objects])
    for entry, result in zip(batch.entries, made, strict=False):
        if not isinstance(result, str):
            bind_reference(entry.obj, entry.placeholder, result)
    if len(made) < len(batch.entries) or isinstance(made[-1], str):
        _forget()  # Python's view of the scopes may be ahead of JavaScript's now
        failed = batch.entries[len(made) - 1]
        raise _creation_error(failed, str(made[-1]), batch)


def _forget() -> None:
    _children.clear()
    _current.clear()


def _creation_error(entry: _Entry, message: str, batch: _Batch) -> Exception:
    path = _path(entry, batch)
    if is_duplicate_id_error(RuntimeError(message)):
        problem = Problem("id", "must be unique among the scope's children", repr(entry.id))
        return ValidationError(path, [problem])
    created = entry.created_at
    where = f" (created at {created}; JavaScript ran its constructor when the queue was sent)"
    return RuntimeError(f"{path}: {message}{where if created else ''}")


#: Modules whose frames are not the user's code.
_OWN_PACKAGES = ("cdktf_openai.", "jsii", "cdktf", "constructs")


def _user_level() -> int:
    """The ``stacklevel`` (for warnings from :func:`_start`) of the first frame of user code."""
    frame = sys._getframe(1)
    level = 1
    while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith(
        _OWN_PACKAGES
    ):
        frame = frame.f_back
        level += 1
    return level


def _user_line() -> str:
    """``<file>:<line>`` of the first frame outside this library (the construct's creator)."""
    frame = sys._getframe(2)
    while frame.f_back is not None and frame.f_globals.get("__name__", "").startswith(
        _OWN_PACKAGES
    ):
        frame = frame.f_back
    return f"{frame.f_code.co_filename}:{frame.f_lineno}"


def _path(entry: _Entry, batch: _Batch) -> str:
    position = batch.position.get(id(entry.scope))
    if position is not None:
        parent = _path(batch.entries[position], batch)
    else:  # (no scope: the probe's root)
        parent = entry.scope.node.path if entry.scope is not None else ""
    return f"{parent}/{entry.id}" if parent else entry.id


def _children_of(scope: Any) -> set[str] | None:
    """The ids of ``scope``'s children, current; None when it takes no more children."""
    if _current.get(scope) != _requests:
        flush()
        full = scope not in _children
        changes: list[str] = static_invoke_unresolved(
            _provider, _batch_class(), "children", [scope, full]
        )
        known = set() if full else _children[scope]
        for change in changes:
            if change == "!":
                _locked.add(scope)
            elif change.startswith("+"):
                known.add(change[1:])
            else:
                known.discard(change[1:])
        if "!" not in changes:
            _locked.discard(scope)
        _children[scope] = known
        _current[scope] = _requests
    return None if scope in _locked else _children[scope]


def _create_now(obj: Any, scope: Construct, id: str, config: Any) -> None:
    """Create ``obj`` with its own request, as without batching (queued ones first).

    A ``DataResource`` (a guard companion) then leaves its Terraform version check to the first
    companion of its stack, as ``Batch.create`` has it do (one more request).
    """
    if config is None:
        import jsii

        jsii.create(type(obj), obj, [scope, id])
    else:
        create_resource(obj, scope, id, _read_references(config))
    if isinstance(obj, DataResource):
        check_terraform_version_once(obj)


def _read_references(value: Any) -> Any:
    """``value`` with each :class:`DeferredRead` read (one request each); structs are copied."""
    if isinstance(value, DeferredRead):
        return getattr(value.target, value.name)
    if isinstance(value, list):
        return [_read_references(item) for item in value]
    if isinstance(value, dict):
        return {key: _read_references(item) for key, item in value.items()}
    if is_jsii_value(value) == "struct":
        copy = object.__new__(type(value))
        copy._values = {name: _read_references(item) for name, item in value._values.items()}
        return copy
    return value
