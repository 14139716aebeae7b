"""``TeamProject``: a team's project, its members, service accounts and rate limits."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, Literal, TypedDict

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.composites.building import start_composite
from cdktf_openai.core import TerraformProvider
from cdktf_openai.errors import Problem
from cdktf_openai.l1.data_openai_organization_user import DataOpenaiOrganizationUser
from cdktf_openai.project import Project
from cdktf_openai.project_service_account import ProjectServiceAccount
from cdktf_openai.project_user import ProjectUser
from cdktf_openai.rate_limit import LIMITS, RateLimit
from cdktf_openai.validation import Items, MapOf, OneOf, Rules

__all__ = ["ModelLimits", "TeamProject"]


class ModelLimits(TypedDict, total=False):
    """A project's limits for one model: the limits of ``RateLimit``, at least one.

    Attributes:
        max_requests_per_minute: Requests per minute, a whole number >= 0.
        max_tokens_per_minute: Tokens per minute, a whole number >= 0.
        max_images_per_minute: Images per minute, a whole number >= 0.
        batch_1_day_max_input_tokens: Input tokens per day in batches, a whole number >= 0.
        max_audio_megabytes_per_1_minute: Audio megabytes per minute, a whole number >= 0.
        max_requests_per_1_day: Requests per day, a whole number >= 0.
    """

    max_requests_per_minute: int
    max_tokens_per_minute: int
    max_images_per_minute: int
    batch_1_day_max_input_tokens: int
    max_audio_megabytes_per_1_minute: int
    max_requests_per_1_day: int


#: ours (a model's limits in a ``TeamProject``: the limits ``RateLimit`` takes, at least one).
_MODEL_LIMITS = MapOf(
    keys=OneOf(LIMITS),
    values=limits.RATE_LIMIT,
    description="a dict of limit names (max_requests_per_minute, ...) to whole numbers >= 0",
    min_pairs=1,
)


def _child_id(name: str) -> str:
    """A construct id for a name (a construct id has no ``/``)."""
    return name.replace("/", "_")


def _duplicate_accounts(scope: Construct, arguments: Mapping[str, Any]) -> list[Problem]:
    """Two service accounts of one name (they would be told apart by nothing)."""
    names = arguments["service_accounts"]
    problems: list[Problem] = []
    if not isinstance(names, list | tuple):
        return problems
    seen: set[str] = set()
    for index, name in enumerate(names):
        if isinstance(name, str):
            if _child_id(name) in seen:
                rule = "must be unique names (a construct id each)"
                problems.append(Problem(f"service_accounts[{index}]", rule, repr(name)))
            seen.add(_child_id(name))
    return problems


class TeamProject(Construct):
    """A team's OpenAI project and everything in it, from one declaration.

    Creates: the ``Project`` (``project``); a ``ProjectUser`` per member
    (``members/<e-mail or user ID>``), each e-mail address looked up at plan time with the
    ``openai_organization_user`` data source (``members/<e-mail>/user``: the person must
    already be in the organisation, see ``Invite``); a ``ProjectServiceAccount`` per name
    (``service_accounts/<name>``); a ``RateLimit`` per model (``rate_limits/<model>``). Needs
    an admin key on the provider.

    What a team needs is on the construct: :attr:`project_id`, and :attr:`keys`, each service
    account's API key as a string token that Terraform treats as sensitive (hand it to a
    secret store's resource, or to a ``TerraformOutput`` with ``sensitive=True``). The state
    holds every key: keep it in an encrypted backend.

    Example::

        team = TeamProject(stack, "payments", name="Payments",
                           members={"alice@example.com": "owner", "user-bob": "member"},
                           service_accounts=["ci"],
                           rate_limits={"gpt-4o": {"max_requests_per_minute": 500}})
        TerraformOutput(stack, "ci_key", value=team.keys["ci"], sensitive=True)
    """

    _RULES: ClassVar[Rules] = Rules(
        {
            "name": limits.PROJECT_NAME,
            "members": MapOf(
                keys=limits.MEMBER,
                values=limits.PROJECT_ROLE,
                description="a dict of e-mail addresses or user IDs to 'owner' or 'member'",
            ),
            "service_accounts": Items(each=limits.SERVICE_ACCOUNT_NAME),
            "rate_limits": MapOf(
                keys=limits.MODEL,
                values=_MODEL_LIMITS,
                description="a dict of model names to their limits",
            ),
            "provider": limits.PROVIDER,
        },
        required=frozenset({"name"}),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        members: Mapping[str, Literal["owner", "member"]] | None = None,
        service_accounts: Sequence[str] = (),
        rate_limits: Mapping[str, ModelLimits] | None = None,
        provider: TerraformProvider | None = None,
    ) -> None:
        """Create the project and everything in it.

        Args:
            scope: The stack (or construct) it belongs to.
            id: The construct id.
            name: The project's name; not blank.
            members: Who is in the project: an e-mail address (``name@domain.tld``) or a user
                ID (``user-...``) to ``"owner"`` or ``"member"``.
            service_accounts: The names of the project's service accounts (each not blank,
                each once); each gets an API key.
            rate_limits: A model name to its limits (``ModelLimits``: at least one, each a
                whole number >= 0), e.g. ``{"gpt-4o": {"max_requests_per_minute": 500}}``.
            provider: The provider configuration of every resource and data source it
                creates (an ``OpenAIProvider`` with an admin key), when the stack has several.

        Raises:
            ValidationError: Every problem of its props at once, with its path.
        """
        start_composite(self, scope, id, self._RULES, locals(), _duplicate_accounts)
        #: The project.
        self.project = Project(self, "project", name=name, provider=provider)
        #: Each member's ``ProjectUser``, by the e-mail address or user ID given.
        self.members: dict[str, ProjectUser] = {}
        if members:
            members_scope = Construct(self, "members")
            for member, role in members.items():
                user: str = member
                if "@" in member:
                    found = DataOpenaiOrganizationUser(
                        members_scope, f"{_child_id(member)}_user", email=member, provider=provider
                    )
                    user = found.user_id
                self.members[member] = ProjectUser(
                    members_scope,
                    _child_id(member),
                    project=self.project,
                    user=user,
                    role=role,
                    provider=provider,
                )
        #: Each service account, by name.
        self.service_accounts: dict[str, ProjectServiceAccount] = {}
        if service_accounts:
            accounts_scope = Construct(self, "service_accounts")
            for account in service_accounts:
                self.service_accounts[account] = ProjectServiceAccount(
                    accounts_scope,
                    _child_id(account),
                    project=self.project,
                    name=account,
                    provider=provider,
                )
        #: Each model's ``RateLimit``, by model name.
        self.rate_limits: dict[str, RateLimit] = {}
        if rate_limits:
            limits_scope = Construct(self, "rate_limits")
            for model, model_limits in rate_limits.items():
                self.rate_limits[model] = RateLimit(
                    limits_scope,
                    _child_id(model),
                    project=self.project,
                    model=model,
                    provider=provider,
                    **model_limits,
                )

    @property
    def project_id(self) -> str:
        """The project's ID (``proj_...``; a token until apply)."""
        return self.project.id

    @property
    def keys(self) -> dict[str, str]:
        """Each service account's API key by name: string tokens Terraform treats as sensitive.

        The state holds the keys in plain text: keep it in an encrypted backend.
        """
        return {name: account.api_key for name, account in self.service_accounts.items()}
