"""``ProjectServiceAccount``: a project's service account and its key."""

from __future__ import annotations

from typing import ClassVar, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.base import OpenAIResource
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import project_service_account as _service_account
from cdktf_openai.project import ProjectRef
from cdktf_openai.props import Prop, Props
from cdktf_openai.references import id_reference
from cdktf_openai.workarounds import python_only_property

__all__ = ["ProjectServiceAccount"]


class ProjectServiceAccount(OpenAIResource, _service_account.ProjectServiceAccount):
    """A service account of a project, created with an API key (``openai_project_service_account``).

    OpenAI gives a new service account the project role ``member`` and returns its key once, on
    create; provider 1.2.0 keeps it in ``api_key_value``, a *sensitive* attribute: Terraform
    shows it as ``(sensitive value)`` in plans, refuses it in an output that is not
    ``sensitive=True``, and passes it on to other resources (a secret store) without printing
    it. **The key is in the Terraform state in plain text**: keep state in an encrypted backend
    with restricted access. Every change (``project``, ``name``) replaces the account, and with
    it the key.

    Read-only attributes (tokens until apply): ``id`` (``<project id>:<account id>``),
    ``service_account_id``, ``role``, ``created_at``, ``api_key_id``, and ``api_key_value``
    (sensitive; also as :attr:`api_key`).

    Example::

        ci = ProjectServiceAccount(stack, "ci", project=payments, name="ci")
        TerraformOutput(stack, "ci_key", value=ci.api_key, sensitive=True)
    """

    _PROPS: ClassVar[Props] = Props(
        _service_account.ProjectServiceAccountConfig,
        project=Prop(limits.PROJECT, required=True, to="project_id", render=id_reference),
        name=Prop(limits.SERVICE_ACCOUNT_NAME, required=True),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        project: ProjectRef,
        name: str,
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Create the service account and its key.

        Args:
            scope: The construct this belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            project: The ``Project`` (or generated ``openai_project``) or its ID; a construct
                of another kind is refused.
            name: The account's name; not blank.
            **options: Terraform's meta-arguments (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())

    @python_only_property
    def api_key(self) -> str:
        """The account's API key: a string token Terraform treats as sensitive.

        The same as ``api_key_value``. Hand it to a secret store's resource, or to a
        ``TerraformOutput`` with ``sensitive=True`` (Terraform refuses any other output of it);
        never to text that reaches a non-sensitive attribute. The state holds the key.
        """
        return self.api_key_value
