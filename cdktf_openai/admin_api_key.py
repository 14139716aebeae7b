"""``AdminApiKey``: an admin key of the organisation (``openai_admin_api_key``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.base import OpenAIResource
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import admin_api_key as _admin_api_key
from cdktf_openai.props import Prop, Props
from cdktf_openai.tokens import NumberToken
from cdktf_openai.validation import Items
from cdktf_openai.workarounds import python_only_property

__all__ = ["AdminApiKey"]


class AdminApiKey(OpenAIResource, _admin_api_key.AdminApiKey):
    """An admin API key of the organisation (``openai_admin_api_key``).

    Creating one needs an admin key already (the provider's ``admin_key``). OpenAI returns
    the new key once; provider 1.2.0 keeps it in ``api_key_value``, a *sensitive* attribute
    (also :attr:`api_key`): **the state holds it in plain text**, so keep state in an
    encrypted backend. Every change replaces the key (provider 1.2.0 has no Update). OpenAI's
    admin key create takes only a name from provider 1.2.0: ``expires_at`` and ``scopes`` are
    refused (``limits.ADMIN_KEY_EXPIRES_AT_REFUSED``, ``limits.ADMIN_KEY_SCOPES_REFUSED``).

    Read-only attributes (tokens until apply): ``id``, ``created_at``, ``object``,
    ``api_key_value`` (sensitive).

    Example::

        AdminApiKey(stack, "automation", name="automation")
    """

    _PROPS: ClassVar[Props] = Props(
        _admin_api_key.AdminApiKeyConfig,
        name=Prop(limits.ADMIN_KEY_NAME, required=True),
        expires_at=Prop(
            limits.ADMIN_KEY_EXPIRES_AT, not_accepted=limits.ADMIN_KEY_EXPIRES_AT_REFUSED
        ),
        scopes=Prop(
            Items(each=limits.ADMIN_KEY_SCOPE), not_accepted=limits.ADMIN_KEY_SCOPES_REFUSED
        ),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        expires_at: int | NumberToken | None = None,
        scopes: Sequence[str] | None = None,
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Create the admin key.

        Args:
            scope: The construct this belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            name: The key's name; not blank.
            expires_at: Refused (a ``ValidationError``), whatever its value: provider 1.2.0
                sends it as ``expires_at``, which OpenAI's admin key create does not take
                (HTTP 400). Leave it out; the key does not expire, so rotate it by replacing
                the resource.
            scopes: Refused (a ``ValidationError``) when not empty: provider 1.2.0 sends
                them, and OpenAI's admin key create does not take ``scopes`` (HTTP 400).
                Leave it out.
            **options: Terraform's meta-arguments (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())

    @python_only_property
    def api_key(self) -> str:
        """The new admin key: a string token Terraform treats as sensitive (``api_key_value``).

        Pass it to a secret store's resource, or to a ``TerraformOutput`` with
        ``sensitive=True``; the state holds the key.
        """
        return self.api_key_value
