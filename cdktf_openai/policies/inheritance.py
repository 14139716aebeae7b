"""Policies added above a stack (to the ``App``) reach every stack below it.

cdktf invokes aspects from each *stack* down (``invokeAspects(stack)`` in its stack
synthesizer), so an aspect added to the ``App`` is never visited. For compliance checks that
would be a check that switches itself off depending on where it was attached, so every stack
that holds a construct of this library gets one ``AncestorPolicies`` validation. cdktf runs
validations after aspects and before it collects annotations; this one visits the stack's
constructs with every ``Policy`` attached to a scope *above* the stack, exactly as cdktf would
have, so each violation is an error annotation like any other. A policy attached at the stack
or inside it is left to cdktf, so no construct is visited twice by the same policy.
"""

from __future__ import annotations

import jsii
from constructs import IConstruct, IValidation

from cdktf_openai.core import Aspects, TerraformStack
from cdktf_openai.policies.policy import Policy

__all__ = ["AncestorPolicies"]


@jsii.implements(IValidation)
class AncestorPolicies:
    """The validation that applies the policies attached above ``stack`` to its constructs.

    Args:
        stack: The stack to check at synthesis.
    """

    def __init__(self, stack: TerraformStack) -> None:
        """Remember the stack; nothing is looked up until synthesis."""
        self._stack = stack

    def validate(self) -> list[str]:
        """Visit the stack's constructs with the policies of the scopes above it.

        Returns:
            No messages: violations are reported as error annotations, as for any policy.
        """
        inherited: dict[int, Policy] = {}
        for scope in self._stack.node.scopes[:-1]:
            inherited.update(_policies_of(scope))
        if inherited:
            _visit(self._stack, inherited, frozenset())
        return []


def _policies_of(scope: IConstruct) -> dict[int, Policy]:
    """The policies attached to ``scope`` itself, by identity (a policy need not be hashable)."""
    return {id(aspect): aspect for aspect in Aspects.of(scope).all if isinstance(aspect, Policy)}


def _visit(node: IConstruct, inherited: dict[int, Policy], attached: frozenset[int]) -> None:
    attached = attached | _policies_of(node).keys()
    for key, policy in inherited.items():
        if key not in attached:  # attached at or below the stack: cdktf visits it itself
            policy.visit(node)
    for child in node.node.children:
        _visit(child, inherited, attached)
