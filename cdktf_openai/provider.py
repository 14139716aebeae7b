"""``OpenAIProvider``: the provider configuration, without secrets in the JSON."""

from __future__ import annotations

from typing import ClassVar

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.base import OpenAIResource
from cdktf_openai.generated import provider as _provider
from cdktf_openai.props import Prop, Props

__all__ = ["OpenAIProvider"]


class OpenAIProvider(OpenAIResource, _provider.OpenaiProvider):
    """The ``openai`` provider (mkdev-me/openai 1.2.0).

    Every setting is optional: the provider reads ``OPENAI_API_KEY``, ``OPENAI_ADMIN_KEY``,
    ``OPENAI_ORGANIZATION``, ``OPENAI_API_URL`` and ``OPENAI_TIMEOUT`` from the environment of
    ``terraform plan``/``apply``. Keys are accepted only as tokens (e.g. a sensitive
    ``TerraformVariable``), so that a key never lands in the synthesized JSON.

    Example::

        OpenAIProvider(stack, "openai")  # the key comes from OPENAI_API_KEY
    """

    _PROPS: ClassVar[Props] = Props(
        _provider.OpenaiProviderConfig,
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
        self._build(scope, id, locals())
