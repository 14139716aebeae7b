"""Constructs of another stack, given to a construct of this library.

cdktf references a resource of another stack of the same app the way it does any resource:
through a token of one of its attributes (a thread's ``id``). When such a token is resolved in
this stack, cdktf adds an output to the other stack and a ``terraform_remote_state`` data source
to this one, reads the value from there, and deploys the other stack first. Every ID a
construct of this library takes is such a token (read in JavaScript when the construct is
created, :func:`cdktf_openai.batching.deferred_read`), so a ``Thread``, an ``Assistant``, a
``VectorStore`` or a ``File`` of another stack works as a prop as it is.

Three things name a resource by its *address* instead, which Terraform only resolves in the
resource's own configuration (another stack's address fails ``terraform plan`` with
``Reference to undeclared resource``):

- ``Run(replace_triggered_by=[...])`` (and the composites, which pass their assistant there):
  a resource of another stack is replaced by a stand-in of this stack whose replacement follows
  it (:func:`replace_trigger`);
- ``depends_on``: refused, with what to do instead (``stack.add_dependency``);
- ``provider``: refused (a stack's resources use its own provider configurations).

A construct of another ``App`` is refused for every prop: cdktf cannot reference it.
"""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Iterator, Mapping
from typing import Any

from constructs import Construct

from cdktf_openai.batching import create, deferred_read
from cdktf_openai.core import DataConfig, DataResource, TerraformResourceLifecycle, TerraformStack
from cdktf_openai.errors import Problem, ValidationError
from cdktf_openai.stacks import claim_terraform_name, known_stack, root_of
from cdktf_openai.workarounds import (
    resource_address,
    same_object,
    sanitized_id,
    struct,
    terraform_name,
)

__all__ = ["REVISION_ID", "STAND_IN_PREFIX", "foreign_problems", "replace_trigger"]

#: The child id of the ``terraform_data`` that follows a shared resource, in its own stack.
REVISION_ID = "cross_stack_revision"
#: The id of a stand-in in the consuming stack starts with this, then the resource's path.
STAND_IN_PREFIX = "cross-stack-trigger-"

#: Shared resource -> its revision ``terraform_data`` (one per resource, whoever uses it).
_revisions: weakref.WeakKeyDictionary[Construct, DataResource] = weakref.WeakKeyDictionary()
#: Consuming stack -> {shared resource: its stand-in in that stack}.
_stand_ins: weakref.WeakKeyDictionary[TerraformStack, dict[Construct, DataResource]] = (
    weakref.WeakKeyDictionary()
)


def foreign_problems(stack: TerraformStack, values: Mapping[str, Any]) -> list[Problem]:
    """The props that hold a construct this stack cannot use as they stand.

    A construct of another app (any prop); a ``provider`` or ``depends_on`` of another stack.
    A construct's stack is known without a jsii call for the constructs of this library.

    Args:
        stack: The stack of the construct being created.
        values: Its props, by name.
    """
    problems = []
    for name, value in values.items():
        if value is None or isinstance(value, _PLAIN):  # most props: no walk
            continue
        for field, construct in _constructs(name, value):
            other = known_stack(construct)
            if other is None or same_object(other, stack):
                continue
            problem = _foreign(stack, name, field, construct, other)
            if problem is not None:
                problems.append(problem)
    return problems


def _foreign(
    stack: TerraformStack, name: str, field: str, construct: Construct, other: TerraformStack
) -> Problem | None:
    if not same_object(root_of(other), root_of(stack)):
        shown = f"{type(construct).__name__} at {construct.node.path!r}"
        return Problem(
            field,
            "must be a construct of this construct's App (cdktf references constructs across "
            "the stacks of one App only)",
            f"{shown}, of another App",
        )
    if name not in ("provider", "depends_on"):  # no jsii call: batching goes on
        return None  # cdktf's cross-stack references (an output there, remote state here)
    shown = f"{type(construct).__name__} at {construct.node.path!r}"
    here, there = stack.node.id, other.node.id
    if name == "provider":
        return Problem(
            field,
            f"must be a provider of this construct's stack {here!r} (a resource uses the "
            "provider configurations of its own stack; add an OpenAIProvider to it)",
            f"{shown}, of stack {there!r}",
        )
    return Problem(
        field,
        f"must be in this construct's stack {here!r} (Terraform's depends_on names "
        f"resources of its own configuration; to deploy stack {there!r} first, reference "
        f"its attributes or call add_dependency on stack {here!r})",
        f"{shown}, of stack {there!r}",
    )


#: Values that hold no construct.
_PLAIN = (str, int, float)


def _constructs(field: str, value: Any) -> Iterator[tuple[str, Construct]]:
    """Every construct in a prop's value, with where it is (``attachments[0].file``)."""
    if value is None or isinstance(value, _PLAIN):
        return
    if isinstance(value, Construct):
        yield field, value
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _constructs(f"{field}[{index}]", item)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _constructs(f"{field}[{key!r}]", item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for member in dataclasses.fields(value):
            yield from _constructs(f"{field}.{member.name}", getattr(value, member.name))


def replace_trigger(stack: TerraformStack, resource: Any) -> Any:
    """What a resource of ``stack`` names in ``replace_triggered_by`` to follow ``resource``.

    ``resource`` itself when it is in ``stack`` (or its stack is unknown). For a resource of
    another stack of the app, a stand-in of ``stack``: a ``terraform_data`` whose
    ``triggers_replace`` is the ``id`` of a ``terraform_data`` of the resource's own stack that
    names the resource in its ``replace_triggered_by`` (:data:`REVISION_ID`). An update or a
    replacement of the resource replaces that one, so its ``id`` changes; cdktf passes the
    ``id`` across (an output there, remote state here), the stand-in is replaced, and so is
    whatever names the stand-in. Each is created once: per shared resource, and per
    consuming stack.

    Args:
        stack: The stack of the resource whose ``replace_triggered_by`` this goes into.
        resource: A resource construct (checked already).

    Returns:
        ``resource`` or its stand-in; :func:`~cdktf_openai.workarounds.resource_address` of
        it is an address of ``stack``.

    Raises:
        ValidationError: When the stand-in's Terraform name is taken in ``stack``.
    """
    other = known_stack(resource)
    if other is None or same_object(other, stack):
        return resource
    stand_ins = _stand_ins.setdefault(stack, {})
    stand_in = stand_ins.get(resource)
    if stand_in is None:
        revision = _revision(resource)
        id = STAND_IN_PREFIX + sanitized_id(resource.node.path)
        taken = claim_terraform_name(stack, id, "terraform_data")
        if taken is not None:
            raise ValidationError(f"{stack.node.path}/{id}", [taken])
        stand_in = DataResource.__new__(DataResource)  # what DataResource(...) does, unchecked
        config = struct(DataConfig, triggers_replace={"revision": deferred_read(revision, "id")})
        create(stand_in, stack, id, config)
        stand_in._terraform_address = f"terraform_data.{terraform_name((id,))}"  # type: ignore[attr-defined]
        stand_ins[resource] = stand_in
    return stand_in


def _revision(resource: Any) -> DataResource:
    """The ``terraform_data`` child of ``resource`` that is replaced whenever it changes."""
    revision = _revisions.get(resource)
    if revision is None:
        revision = DataResource.__new__(DataResource)
        lifecycle = struct(
            TerraformResourceLifecycle, replace_triggered_by=[resource_address(resource)]
        )
        create(revision, resource, REVISION_ID, struct(DataConfig, lifecycle=lifecycle))
        _revisions[resource] = revision
    return revision
