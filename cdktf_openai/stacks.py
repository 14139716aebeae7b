"""The stack each construct of this library lives in, and what every such stack gets once.

A construct outside any stack (e.g. directly under the ``App``) lands in no stack's JSON: cdktf
accepts it and then silently leaves it out. So each construct looks up its stack when it is
created and refuses to be created without one. The first time a stack is seen, it gets the
library's per-stack hooks (today: policies attached above the stack reach it, see
:mod:`cdktf_openai.policies.inheritance`).

The lookup costs a jsii round trip, so it is cached per scope: constructs created in the same
scope (a stack, or a composite, which registers itself with :func:`remember`) pay it once.
"""

from __future__ import annotations

import weakref

from cdktf import TerraformStack
from constructs import Construct

from cdktf_openai.errors import Problem, ValidationError

__all__ = ["remember", "stack_of"]

_NO_STACK = "No stack could be identified for the construct"

#: Scope -> the stack it is in (weak: apps built in tests come and go).
_stacks: weakref.WeakKeyDictionary[Construct, TerraformStack] = weakref.WeakKeyDictionary()
#: Stacks that already have the library's hooks.
_hooked: weakref.WeakSet[TerraformStack] = weakref.WeakSet()


def stack_of(scope: Construct, id: str) -> TerraformStack:
    """The stack ``scope`` is in (``scope`` itself when it is one).

    Args:
        scope: The scope a construct is about to be created in.
        id: That construct's id (for the error's path).

    Raises:
        ValidationError: When ``scope`` is not in a stack (e.g. it is the ``App``).
    """
    stack = _stacks.get(scope)
    if stack is not None:
        return stack
    try:
        stack = TerraformStack.of(scope)
    except RuntimeError as error:
        if _NO_STACK not in str(error):
            raise
        problem = Problem(
            "scope",
            "must be a TerraformStack or a construct inside one (a construct under the App "
            "itself is left out of every stack's JSON)",
            f"{type(scope).__name__} at {scope.node.path or '<app root>'!r}",
        )
        parent = scope.node.path
        raise ValidationError(f"{parent}/{id}" if parent else id, [problem]) from None
    _stacks[scope] = stack
    if stack not in _hooked:
        _hook(stack)
    return stack


def remember(scope: Construct, stack: TerraformStack) -> None:
    """Record that ``scope`` (a construct just created in ``stack``) is in ``stack``.

    Args:
        scope: A new construct that others will be created in (a composite).
        stack: Its stack, as returned by :func:`stack_of` for its own scope.
    """
    _stacks[scope] = stack


def _hook(stack: TerraformStack) -> None:
    from cdktf_openai.policies.inheritance import AncestorPolicies

    stack.node.add_validation(AncestorPolicies(stack))
    _hooked.add(stack)
