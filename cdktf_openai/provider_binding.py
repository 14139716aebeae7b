"""Each resource of a stack is bound to one of the stack's own ``openai`` provider configurations.

Terraform binds a resource without ``provider`` to the provider's *default* configuration (the
one without an alias). When every ``OpenAIProvider`` of a stack has an alias, there is none
in the JSON, and Terraform makes an empty one: the resource then calls
``https://api.openai.com/v1`` with the key from the environment, not the ``api_url`` (and
key) the user configured -- silently. So such a resource is an error.

When the check can run: a provider may be added to a stack after its resources (and an alias
or a resource's ``provider`` may be set after creation), so no construct can tell when it is
created; the stack's providers are only all known at synthesis. Each stack that holds a
construct of this library gets a ``ProviderBinding`` validation (as it gets the inherited
policies, :mod:`cdktf_openai.policies.inheritance`); cdktf runs validations before it
collects annotations, and each unbound resource gets an error annotation naming its path and
the stack's aliases, so synthesis fails listing all of them (``cdktf synth`` prints them;
``policies.synth(app)`` raises them as one ``PolicyViolationError``).

What it costs: nothing more than reading the aliases of the stack's OpenAIProviders
while one of them is the default configuration (the usual case). Otherwise it looks at every
construct of the stack (generated providers and resources used directly included), which
costs jsii requests in proportion to the stack's size.

A provider of *another* stack given as ``provider=`` is refused when the construct is created
(:mod:`cdktf_openai.cross_stack`).
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from typing import Any

import jsii
from constructs import IConstruct, IValidation

from cdktf_openai.core import TerraformDataSource, TerraformResource, TerraformStack
from cdktf_openai.l1 import provider
from cdktf_openai.workarounds import annotate

__all__ = ["CODE", "ProviderBinding", "register_provider", "unbound_message"]

#: The id of the error, shown as ``[@cdktf-openai:providerBinding]``.
CODE = "providerBinding"

#: The provider's resource and data source types all start with this.
_TYPE_PREFIX = "openai_"

#: Stack -> the OpenAIProviders created in it, in order.
_providers: weakref.WeakKeyDictionary[TerraformStack, list[Any]] = weakref.WeakKeyDictionary()


def register_provider(stack: TerraformStack, configuration: Any) -> None:
    """Remember an ``OpenAIProvider`` of ``stack`` (its alias is read at synthesis).

    Args:
        stack: The provider's stack.
        configuration: The provider construct.
    """
    _providers.setdefault(stack, []).append(configuration)


def unbound_message(stack_name: str, aliases: Sequence[str]) -> str:
    """The error annotation of a resource without ``provider`` in an all-aliased stack.

    Args:
        stack_name: The stack's id.
        aliases: The aliases of its providers, in order.
    """
    shown = ", ".join(repr(alias) for alias in aliases)
    return (
        f"[@cdktf-openai:{CODE}] provider must be one of the stack's provider configurations, "
        f"since every openai provider of stack {stack_name!r} has an alias ({shown}): without "
        "provider=, Terraform binds the resource to an empty default configuration, which "
        "calls https://api.openai.com/v1 instead of the configured api_url, got None"
    )


@jsii.implements(IValidation)
class ProviderBinding:
    """The validation that reports the resources Terraform would bind to no configured provider.

    Args:
        stack: The stack to check at synthesis.
    """

    def __init__(self, stack: TerraformStack) -> None:
        """Remember the stack; nothing is looked up until synthesis."""
        self._stack = stack

    def validate(self) -> list[str]:
        """Annotate each resource without ``provider`` in a stack without a default provider.

        Returns:
            No messages: each problem is an error annotation on its resource, with its path.
        """
        known = _providers.get(self._stack, [])
        if any(configuration.alias is None for configuration in known):
            return []  # a default configuration: a resource without provider= uses it
        nodes: Sequence[IConstruct] = self._stack.node.find_all()
        configurations = [node for node in nodes if isinstance(node, provider.OpenaiProvider)]
        aliases = [configuration.alias for configuration in configurations]
        named = [alias for alias in aliases if alias is not None]
        if not configurations or len(named) < len(aliases):
            return []  # no provider block (cdktf refuses that itself), or a default one
        message_text = unbound_message(self._stack.node.id, named)
        for node in nodes:
            if _is_openai(node) and node.provider is None:  # type: ignore[attr-defined]
                annotate(node, "error", message_text)
        return []


def _is_openai(node: IConstruct) -> bool:
    """Whether ``node`` is a resource or a data source of the ``openai`` provider (any type)."""
    if not isinstance(node, TerraformResource | TerraformDataSource):
        return False
    kind: str = node.terraform_resource_type
    return kind.startswith(_TYPE_PREFIX)
