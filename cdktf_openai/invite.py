"""``Invite``: an invitation to join the organisation (``openai_invite``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.base import OpenAIResource
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import invite as _invite
from cdktf_openai.project import ProjectRef
from cdktf_openai.props import Prop, Props
from cdktf_openai.references import id_of
from cdktf_openai.workarounds import struct

__all__ = ["Invite"]


def _projects(projects: Mapping[ProjectRef, str]) -> list[_invite.InviteProjects]:
    return [
        struct(_invite.InviteProjects, id=id_of(project), role=role)
        for project, role in projects.items()
    ]


class Invite(OpenAIResource, _invite.Invite):
    """An invitation of an e-mail address to the organisation (``openai_invite``).

    OpenAI e-mails the invitation on apply. Every change replaces it (provider 1.2.0 has no
    Update): a new invitation is sent. ``terraform destroy`` deletes an invitation not yet
    accepted; once accepted, the user stays in the organisation (manage them with
    ``OrganizationUser`` and ``ProjectUser``).

    Read-only attributes (tokens until apply): ``id``, ``invite_id``, ``status``,
    ``created_at``, ``expires_at``.

    Example::

        Invite(stack, "bob", email="bob@example.com", role="reader",
               projects={payments: "member"})
    """

    _PROPS: ClassVar[Props] = Props(
        _invite.InviteConfig,
        email=Prop(limits.EMAIL, required=True),
        role=Prop(limits.ORGANIZATION_ROLE, required=True),
        projects=Prop(limits.INVITE_PROJECTS, required=True, render=_projects),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        email: str,
        role: Literal["owner", "reader"],
        projects: Mapping[ProjectRef, Literal["owner", "member"]],
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Invite the address.

        Args:
            scope: The construct this belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            email: The address to invite (``name@domain.tld``, at most 254 characters).
            role: Their role in the organisation: ``"owner"`` or ``"reader"``.
            projects: The projects they join, at least one: a ``Project`` (or its ID) to
                ``"owner"`` or ``"member"``, in the order given.
            **options: Terraform's meta-arguments (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())
