"""``OpenAIProvider``: the provider configuration, without secrets in the JSON."""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from typing import Any, ClassVar

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.base import OpenAIResource
from cdktf_openai.core import (
    DefaultTokenResolver,
    StringConcat,
    TerraformStack,
    TerraformVariable,
    Tokenization,
)
from cdktf_openai.errors import Problem
from cdktf_openai.l1 import provider as _provider
from cdktf_openai.props import Prop, Props
from cdktf_openai.provider_binding import register_provider
from cdktf_openai.stacks import stack_of
from cdktf_openai.tokens import token_kind

__all__ = ["OpenAIProvider"]

#: A key's token must resolve to exactly one reference to a variable or a data source.
_PLAN_TIME_REFERENCE = re.compile(
    r"\$\{(?:var\.(?P<variable>[A-Za-z_][A-Za-z0-9_-]*)|data\.[A-Za-z0-9_.\-\[\]\"]+)\}"
)
#: The aliases of the OpenAIProviders of each stack (None: the default configuration).
_aliases: weakref.WeakKeyDictionary[TerraformStack, set[str | None]] = weakref.WeakKeyDictionary()


class OpenAIProvider(OpenAIResource, _provider.OpenaiProvider):
    """The ``openai`` provider (mkdev-me/openai 1.2.0).

    Every setting is optional: the provider reads ``OPENAI_API_KEY``, ``OPENAI_ADMIN_KEY``,
    ``OPENAI_ORGANIZATION``, ``OPENAI_API_URL`` and ``OPENAI_TIMEOUT`` from the environment of
    ``terraform plan``/``apply``. A key is accepted only as a reference that Terraform resolves
    at plan time -- a *sensitive* ``TerraformVariable`` or a data source attribute -- so that
    it never lands in the synthesized JSON nor in a plan's output: a literal, and any token
    built from literals (e.g. ``Fn.join("", ["sk-", ...])``) or from a local value, is refused.

    A stack has one provider configuration per ``alias`` (``None`` being the default one):
    a second ``OpenAIProvider`` with the same alias is refused when it is created. When every
    provider of a stack has an alias, each resource must be given one (``provider=``), or
    Terraform binds it to an empty default configuration: synthesis reports each resource
    without one (:mod:`cdktf_openai.provider_binding`).

    Example::

        OpenAIProvider(stack, "openai")  # the key comes from OPENAI_API_KEY
    """

    _NAMED: ClassVar[bool] = False  # providers are told apart by their alias, not a name
    _PROPS: ClassVar[Props] = Props(
        _provider.OpenaiProviderConfig,
        resource=False,
        api_key=Prop(limits.API_KEY),
        admin_key=Prop(limits.ADMIN_KEY),
        api_url=Prop(limits.API_URL),
        organization=Prop(limits.ORGANIZATION),
        timeout=Prop(limits.TIMEOUT),
        alias=Prop(limits.ALIAS),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        api_key: str | None = None,
        admin_key: str | None = None,
        api_url: str | None = None,
        organization: str | None = None,
        timeout: int | None = None,
        alias: str | None = None,
    ) -> None:
        """Configure the provider.

        Args:
            scope: The stack.
            id: The construct id, unique among the scope's children.
            api_key: A project API key, as a token only (e.g. ``TerraformVariable(...,
                sensitive=True).string_value``). Unset: ``OPENAI_API_KEY``.
            admin_key: An admin key, as a token only. Unset: ``OPENAI_ADMIN_KEY``.
            api_url: The ``http(s)://`` base URL of an OpenAI-compatible API, ending in ``/v1``
                (the provider appends ``/assistants``, ``/threads``, ... to it). Since OpenAI
                shut its hosted Assistants API down (2026-08-26), assistants, threads,
                messages and runs need an Assistants-compatible endpoint here. Unset:
                ``OPENAI_API_URL``, else ``https://api.openai.com/v1``.
            organization: The organization ID. Unset: ``OPENAI_ORGANIZATION``.
            timeout: Seconds for each API operation; a whole number >= 1. Unset:
                ``OPENAI_TIMEOUT``, else 300.
            alias: A name for this provider configuration when a stack has several.

        Raises:
            ValidationError: Every problem at once, with this construct's path. A literal key
                is reported without its value.
        """
        keys = {"api_key": api_key, "admin_key": admin_key}
        self._build(scope, id, locals(), lambda: self._refused(stack_of(scope, id), keys, alias))
        _aliases.setdefault(stack_of(scope, id), set()).add(alias)
        register_provider(stack_of(scope, id), self)  # its alias is read at synthesis

    @staticmethod
    def _refused(
        stack: TerraformStack, keys: dict[str, Any], alias: str | None
    ) -> Iterator[Problem]:
        """A key token that Terraform does not resolve at plan time; an alias used twice."""
        for field, value in keys.items():
            if token_kind(value) in _KEY_RULES[field].tokens:  # other tokens: the rule says so
                shown = _not_a_plan_time_reference(stack, value)
                if shown is not None:
                    yield Problem(field, _KEY_RULES[field].text, shown)
        if (alias is None or isinstance(alias, str)) and alias in _aliases.get(stack, set()):
            yield Problem(
                "alias",
                "must be unique among the stack's OpenAIProviders (one configuration per alias; "
                "terraform init fails on a second one)",
                "None (the default configuration)" if alias is None else repr(alias),
            )


_KEY_RULES = {"api_key": limits.API_KEY, "admin_key": limits.ADMIN_KEY}


def _not_a_plan_time_reference(stack: TerraformStack, token: Any) -> str | None:
    """How to show a key token that is not a sensitive variable or a data source; else None.

    The token is resolved to the Terraform expression it stands for (cdktf's own resolver):
    only ``${var.<name>}`` of a sensitive variable, or ``${data.<...>}``, keep the key out of
    the JSON and out of plan output.
    """
    expression = Tokenization.resolve(
        token, scope=stack, preparing=False, resolver=DefaultTokenResolver(StringConcat())
    )
    match = _PLAN_TIME_REFERENCE.fullmatch(expression) if isinstance(expression, str) else None
    if match is None:
        return "a token that is not a variable or a data source (not shown)"
    name = match.group("variable")
    if name is None:
        return None
    for node in stack.node.find_all():
        if isinstance(node, TerraformVariable) and node.friendly_unique_id == name:
            return None if node.sensitive else f"the variable {name!r}, which is not sensitive"
    return None
