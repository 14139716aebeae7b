"""``OrganizationUser``: a user's role in the organisation (``openai_organization_user``)."""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.base import OpenAIResource
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import organization_user as _organization_user
from cdktf_openai.props import Prop, Props

__all__ = ["OrganizationUser"]


class OrganizationUser(OpenAIResource, _organization_user.OrganizationUser):
    """The role of a user who is already in the organisation (``openai_organization_user``).

    Provider 1.2.0 does not add anyone (use ``Invite``): create sets the existing user's
    role, a change of ``role`` is an update in place, a change of ``user`` replaces it, and
    ``terraform destroy`` **removes the user from the organisation**.

    Read-only attributes (tokens until apply): ``id``, ``email``, ``name``, ``added_at``.

    Example::

        OrganizationUser(stack, "carol", user="user-abc", role="reader")
    """

    _PROPS: ClassVar[Props] = Props(
        _organization_user.OrganizationUserConfig,
        user=Prop(limits.USER_ID, required=True, to="user_id"),
        role=Prop(limits.ORGANIZATION_ROLE, required=True),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        user: str,
        role: Literal["owner", "reader"],
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Set the user's role in the organisation.

        Args:
            scope: The construct this belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            user: The user's ID (``user-...``), or a string token.
            role: ``"owner"`` or ``"reader"``.
            **options: Terraform's meta-arguments (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())
