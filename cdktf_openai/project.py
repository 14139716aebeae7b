"""``Project``: an OpenAI project of the organisation (``openai_project``)."""

from __future__ import annotations

from typing import ClassVar, TypeAlias, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.base import OpenAIResource
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import project as _project
from cdktf_openai.props import Prop, Props
from cdktf_openai.references import ById

__all__ = ["Project", "ProjectRef"]

#: A project where one is expected: a ``Project`` (or generated ``openai_project``), a
#: ``ById``, or its ID (a string such as ``proj_abc``, or a string token).
ProjectRef: TypeAlias = _project.Project | ById | str


class Project(OpenAIResource, _project.Project):
    """A project of the organisation, home of members, service accounts and rate limits.

    The resource ``openai_project``.

    Needs an admin key on the provider (``admin_key``, or ``OPENAI_ADMIN_KEY``). A change of
    ``name`` is an update in place (provider 1.2.0 sends it with ``UpdateProject``);
    ``terraform destroy`` *archives* the project, as OpenAI never deletes one: an archived
    project keeps its name, and a new one of the same name is another project.

    Read-only attributes (tokens until apply), each of which can be a ``TerraformOutput``:
    ``id`` (``proj_...``), ``status`` (``active``), ``created_at`` and ``archived_at`` (RFC 3339
    times, as provider 1.2.0 stores them).

    Example::

        payments = Project(stack, "payments", name="Payments")
        ProjectServiceAccount(stack, "ci", project=payments, name="ci")
    """

    _PROPS: ClassVar[Props] = Props(
        _project.ProjectConfig,
        name=Prop(limits.PROJECT_NAME, required=True),
    )

    def __init__(
        self, scope: Construct, id: str, *, name: str, **options: Unpack[ResourceOptions]
    ) -> None:
        """Create the project.

        Args:
            scope: The construct this project belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            name: The project's name, as reports and the dashboard show it; not blank.
            **options: Terraform's meta-arguments (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())
