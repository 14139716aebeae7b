"""``ProjectUser``: a user's role in a project (``openai_project_user``)."""

from __future__ import annotations

from typing import ClassVar, Literal, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.base import OpenAIResource
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import project_user as _project_user
from cdktf_openai.project import ProjectRef
from cdktf_openai.props import Prop, Props
from cdktf_openai.references import id_reference

__all__ = ["ProjectUser"]


class ProjectUser(OpenAIResource, _project_user.ProjectUser):
    """A user of the organisation, with a role in one project (``openai_project_user``).

    The user must already belong to the organisation (see ``Invite``); provider 1.2.0 takes
    the user's ID, not an e-mail address (``TeamProject`` looks e-mail addresses up). A change
    of ``role`` is an update in place; a change of ``project`` or ``user`` replaces it.
    Provider 1.2.0 does not read the role back, so a role changed in the dashboard is not seen
    by ``terraform plan``.

    Read-only attributes (tokens until apply): ``id``, ``email``, ``added_at``.

    Example::

        ProjectUser(stack, "alice", project=payments, user="user-abc", role="owner")
    """

    _PROPS: ClassVar[Props] = Props(
        _project_user.ProjectUserConfig,
        project=Prop(limits.PROJECT, required=True, to="project_id", render=id_reference),
        user=Prop(limits.USER_ID, required=True, to="user_id"),
        role=Prop(limits.PROJECT_ROLE, required=True),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        project: ProjectRef,
        user: str,
        role: Literal["owner", "member"],
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Give the user a role in the project.

        Args:
            scope: The construct this belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            project: The ``Project`` (or generated ``openai_project``) or its ID; a construct
                of another kind is refused.
            user: The user's ID in the organisation (``user-...``), or a string token (e.g. a
                data source's ``user_id``).
            role: ``"owner"`` or ``"member"`` of the project.
            **options: Terraform's meta-arguments (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())
