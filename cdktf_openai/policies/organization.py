"""An organisation's rules: rate-limited projects, no owner service accounts, invite domains."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from constructs import IConstruct

from cdktf_openai import limits
from cdktf_openai.core import DefaultTokenResolver, StringConcat, TerraformStack, Tokenization
from cdktf_openai.l1.invite import Invite
from cdktf_openai.l1.organization_user import OrganizationUser
from cdktf_openai.l1.project import Project
from cdktf_openai.l1.project_user import ProjectUser
from cdktf_openai.l1.rate_limit import RateLimit
from cdktf_openai.policies.policy import Policy, as_tuple, check_arguments, known
from cdktf_openai.tokens import is_unresolved
from cdktf_openai.validation import Items, Text

__all__ = ["InviteDomains", "NoOwnerServiceAccounts", "RateLimitedProjects"]

_MODELS = Items(min_items=1, each=limits.MODEL)
#: ours (an e-mail domain: labels of letters, digits and dashes, separated by dots).
_DOMAIN = Text(
    pattern=r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}",
    description="a domain such as example.com",
)
_DOMAINS = Items(min_items=1, each=_DOMAIN)
#: The prefix of the IDs OpenAI gives service accounts.
SERVICE_ACCOUNT_ID_PREFIX = "svc_acct_"


def _expression(node: IConstruct, value: Any) -> Any:
    """The Terraform expression a token of ``node``'s stack stands for (a value: itself)."""
    if not is_unresolved(value):
        return value
    stack = TerraformStack.of(node)
    return Tokenization.resolve(
        value, scope=stack, preparing=False, resolver=DefaultTokenResolver(StringConcat())
    )


class RateLimitedProjects(Policy):
    """Every project of the stack caps each of these models with a ``RateLimit``.

    A project (``openai_project``, the L2 ``Project`` or the generated class) is compliant when
    its stack has an ``openai_rate_limit`` for each model whose ``project_id`` is that project's
    ``id``. Rate limits of projects made elsewhere (an ID string) are not judged.

    Example::

        Aspects.of(app).add(RateLimitedProjects(["gpt-4o", "gpt-4o-mini"]))
    """

    def __init__(self, models: Iterable[str]) -> None:
        """Create the policy.

        Args:
            models: The models every project must have a rate limit for (a list or other
                collection, not a single string).

        Raises:
            ValidationError: When ``models`` is empty, a string, or holds an invalid model id.
        """
        given = as_tuple(models)
        check_arguments(type(self).__name__, {"models": (_MODELS, given)})
        self.models: tuple[str, ...] = given

    def violations(self, node: IConstruct) -> Iterator[tuple[str, str, Any]]:
        """The project's rate-limited models, when one of ``models`` is missing."""
        if not isinstance(node, Project):
            return
        reference = _expression(node, node.id)
        capped = sorted(
            str(limit.model_input)
            for limit in TerraformStack.of(node).node.find_all()
            if isinstance(limit, RateLimit)
            and known(limit.model_input)
            and _expression(limit, limit.project_id_input) == reference
        )
        missing = [model for model in self.models if model not in capped]
        if missing:
            rule = "must cap " + ", ".join(repr(m) for m in missing) + " with a RateLimit each"
            yield "rate_limits", rule, capped


class NoOwnerServiceAccounts(Policy):
    """No service account is given the ``owner`` role.

    Provider 1.2.0 cannot set a service account's own role (OpenAI gives it ``member``), so
    the one way to make it an owner is a project user (``openai_project_user``) or an
    organisation user (``openai_organization_user``) whose user is a service account: its
    ``service_account_id`` attribute, or an ID starting ``svc_acct_``. Each such user with the
    role ``owner`` is a violation.

    Example::

        Aspects.of(app).add(NoOwnerServiceAccounts())
    """

    def violations(self, node: IConstruct) -> Iterator[tuple[str, str, Any]]:
        """The user's role, when it makes a service account an owner."""
        if not isinstance(node, ProjectUser | OrganizationUser) or node.role_input != "owner":
            return
        user = _expression(node, node.user_id_input)
        if not isinstance(user, str):
            return
        if user.startswith(SERVICE_ACCOUNT_ID_PREFIX) or (
            "openai_project_service_account." in user
        ):
            yield "role", "must not be 'owner' for a service account", node.role_input


class InviteDomains(Policy):
    """Invitations go only to addresses of these e-mail domains (or their subdomains).

    Every ``openai_invite`` whose ``email`` is known at synthesis is checked; an address from
    a variable is left to Terraform.

    Example::

        Aspects.of(app).add(InviteDomains(["example.com"]))
    """

    def __init__(self, domains: Iterable[str]) -> None:
        """Create the policy.

        Args:
            domains: The allowed domains, e.g. ``["example.com"]`` (a list or other
                collection, not a single string); compared without regard to case.

        Raises:
            ValidationError: When ``domains`` is empty, a string, or holds something that is
                not a domain.
        """
        given = as_tuple(domains)
        check_arguments(type(self).__name__, {"domains": (_DOMAINS, given)})
        self.domains: tuple[str, ...] = tuple(domain.lower() for domain in given)

    def violations(self, node: IConstruct) -> Iterator[tuple[str, str, Any]]:
        """The invitation's address, when its domain is not allowed."""
        if not isinstance(node, Invite):
            return
        email = node.email_input
        if not known(email) or not isinstance(email, str):
            return
        domain = email.rpartition("@")[2].lower()
        if not any(domain == d or domain.endswith("." + d) for d in self.domains):
            allowed = ", ".join(repr(d) for d in self.domains)
            yield "email", f"must be an address of {allowed}", email
