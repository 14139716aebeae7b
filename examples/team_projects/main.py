"""An organisation as code: each team's project, its people, service accounts and rate limits.

Two teams get a ``TeamProject`` each; a contractor is invited to one project. The
organisation's rules are policies on the stack: every project caps the models it may use,
no service account is an owner, invitations go to the company's domain only. The provider
reads the admin key from ``OPENAI_ADMIN_KEY`` (nothing in the JSON); each service account's
key is a *sensitive* output, which Terraform never prints (``terraform output -raw
payments_ci_key`` reads it). The state holds the keys: use an encrypted backend.

``make synth`` synthesizes it with every other example; ``make deploy-local`` deploys it on
the offline double and destroys it. On its own: ``.venv/bin/python -m examples.team_projects.main``.
"""

from __future__ import annotations

from constructs import Construct

from cdktf_openai import Invite, TeamProject
from cdktf_openai.core import App, Aspects, TerraformOutput, TerraformStack
from cdktf_openai.policies import InviteDomains, NoOwnerServiceAccounts, RateLimitedProjects
from examples.common import add_provider

STACK_NAME = "team_projects"
#: The models every project may use, each capped by a rate limit.
MODELS = ("gpt-4o", "gpt-4o-mini")
#: The company's e-mail domain: invitations go nowhere else.
DOMAIN = "example.com"


class TeamProjectsStack(TerraformStack):
    """Two teams' projects and an invitation, under the organisation's policies."""

    def __init__(self, scope: Construct, id: str) -> None:
        """Create the stack.

        Args:
            scope: The app (or other construct) that holds the stack.
            id: The stack's name; it names the folder under ``cdktf.out/stacks``.
        """
        super().__init__(scope, id)
        add_provider(self)  # OPENAI_ADMIN_KEY from the environment
        for policy in (
            RateLimitedProjects(MODELS),
            NoOwnerServiceAccounts(),
            InviteDomains([DOMAIN]),
        ):
            Aspects.of(self).add(policy)
        payments = TeamProject(
            self,
            "payments",
            name="Payments",
            members={"user-alice": "owner", "user-bob": "member"},
            service_accounts=["ci"],
            rate_limits={
                "gpt-4o": {"max_requests_per_minute": 500, "max_tokens_per_minute": 30_000},
                "gpt-4o-mini": {"max_requests_per_minute": 1_000},
            },
        )
        search = TeamProject(
            self,
            "search",
            name="Search",
            members={"user-carol": "owner"},
            service_accounts=["indexer", "api"],
            rate_limits={
                "gpt-4o": {"max_tokens_per_minute": 10_000},
                "gpt-4o-mini": {"max_tokens_per_minute": 50_000, "max_requests_per_1_day": 10_000},
            },
        )
        Invite(
            self,
            "contractor",
            email=f"dana@{DOMAIN}",
            role="reader",
            projects={payments.project: "member"},
        )
        for team_name, team in (("payments", payments), ("search", search)):
            TerraformOutput(
                self,
                f"{team_name}_project_id",
                value=team.project_id,
                description=f"ID of the {team_name} project",
            )
            for account, key in team.keys.items():
                TerraformOutput(
                    self,
                    f"{team_name}_{account}_key",
                    value=key,
                    sensitive=True,
                    description=f"API key of the {team_name} project's {account} account",
                )


def main() -> None:
    """Synthesize the stack into the app's output folder (``cdktf.out``)."""
    app = App()
    TeamProjectsStack(app, STACK_NAME)
    app.synth()


if __name__ == "__main__":
    main()
