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
    encrypted backend. Every change replaces the key (provider 1.2.0 has no Update).

    Read-only attributes (tokens until apply): ``id``, ``created_at``, ``object``,
    ``api_key_value`` (sensitive).

    Example::

        AdminApiKey(stack, "automation", name="automation", scopes=["api.management.read"])
    """

    _PROPS: ClassVar[Props] = Props(
        _admin_api_key.AdminApiKeyConfig,
        name=Prop(limits.ADMIN_KEY_NAME, required=True),
        expires_at=Prop(limits.ADMIN_KEY_EXPIRES_AT),
        scopes=Prop(Items(each=limits.ADMIN_KEY_SCOPE)),
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
            expires_at: When the key expires, in Unix seconds: a whole number >= 1 (a number
                token is checked by ``terraform plan``). Unset: never.
            scopes: The key's scopes, e.g. ``["api.management.read"]``. Unset: OpenAI's.
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
