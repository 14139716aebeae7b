"""The organisation's policies: ``RateLimitedProjects``, ``NoOwnerServiceAccounts``,
``InviteDomains`` (issue 23): every violation at once, with its path."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdktf_openai import (
    Invite,
    OpenAIProvider,
    OrganizationUser,
    Project,
    ProjectServiceAccount,
    ProjectUser,
    RateLimit,
    TeamProject,
    ValidationError,
)
from cdktf_openai.core import App, Aspects, TerraformStack, TerraformVariable
from cdktf_openai.l1.project import Project as L1Project
from cdktf_openai.policies import (
    InviteDomains,
    NoOwnerServiceAccounts,
    PolicyViolationError,
    RateLimitedProjects,
    synth,
)


def app_with_stack(tmp_path: Path) -> tuple[App, TerraformStack]:
    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "stack")
    OpenAIProvider(stack, "openai")
    return app, stack


def errors_of(app: App) -> list[str]:
    with pytest.raises(PolicyViolationError) as caught:
        synth(app)
    return caught.value.violations


def test_every_project_caps_the_models(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    Aspects.of(app).add(RateLimitedProjects(["gpt-4o", "o3"]))
    capped = Project(stack, "capped", name="Capped")
    for model in ("gpt-4o", "o3"):
        RateLimit(stack, f"capped_{model}", project=capped, model=model, max_tokens_per_minute=9)
    half = Project(stack, "half", name="Half")
    RateLimit(stack, "half_gpt", project=half, model="gpt-4o", max_tokens_per_minute=1)
    RateLimit(stack, "elsewhere", project="proj_1", model="o3", max_tokens_per_minute=1)
    L1Project(stack, "raw", name="Raw")
    TeamProject(stack, "team", name="Team", rate_limits={"o3": {"max_requests_per_1_day": 5}})
    assert errors_of(app) == [
        "[stack/half] [policy:RateLimitedProjects] rate_limits must cap 'o3' with a RateLimit "
        "each, got ['gpt-4o']",
        "[stack/raw] [policy:RateLimitedProjects] rate_limits must cap 'gpt-4o', 'o3' with a "
        "RateLimit each, got []",
        "[stack/team/project] [policy:RateLimitedProjects] rate_limits must cap 'gpt-4o' with a "
        "RateLimit each, got ['o3']",
    ]


def test_a_capped_project_synthesizes(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    Aspects.of(stack).add(RateLimitedProjects(["gpt-4o"]))
    TeamProject(stack, "team", name="T", rate_limits={"gpt-4o": {"max_tokens_per_minute": 1}})
    synth(app)
    assert (tmp_path / "stacks" / "stack" / "cdk.tf.json").is_file()


def test_no_service_account_is_made_an_owner(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    Aspects.of(app).add(NoOwnerServiceAccounts())
    project = Project(stack, "project", name="P")
    account = ProjectServiceAccount(stack, "ci", project=project, name="ci")
    ProjectUser(stack, "ci_owner", project=project, user=account.service_account_id,
                role="owner")  # fmt: skip
    ProjectUser(stack, "ci_member", project=project, user=account.service_account_id,
                role="member")  # fmt: skip
    OrganizationUser(stack, "svc", user="svc_acct_abc", role="owner")
    ProjectUser(stack, "alice", project=project, user="user-alice", role="owner")
    OrganizationUser(stack, "reader", user="svc_acct_abc", role="reader")
    assert errors_of(app) == [
        "[stack/ci_owner] [policy:NoOwnerServiceAccounts] role must not be 'owner' for a "
        "service account, got 'owner'",
        "[stack/svc] [policy:NoOwnerServiceAccounts] role must not be 'owner' for a service "
        "account, got 'owner'",
    ]


@pytest.mark.parametrize(
    ("email", "allowed"),
    [
        ("a@example.com", True),
        ("a@EXAMPLE.com", True),
        ("a@eu.example.com", True),
        ("a@example.co", False),
        ("a@badexample.com", False),
        ("a@example.com.evil.io", False),
    ],
)
def test_invitations_only_to_the_domains(tmp_path: Path, email: str, allowed: bool) -> None:
    app, stack = app_with_stack(tmp_path)
    Aspects.of(stack).add(InviteDomains(["example.com", "example.org"]))
    Invite(stack, "invite", email=email, role="reader", projects={"proj_1": "member"})
    if allowed:
        synth(app)
    else:
        assert errors_of(app) == [
            "[stack/invite] [policy:InviteDomains] email must be an address of 'example.com', "
            f"'example.org', got {email!r}"
        ]


def test_every_violation_of_every_policy_at_once(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    for policy in (InviteDomains(["example.com"]), RateLimitedProjects(["gpt-4o"])):
        Aspects.of(app).add(policy)
    Invite(stack, "a", email="a@gmail.com", role="reader", projects={"proj_1": "member"})
    Invite(stack, "b", email="b@gmail.com", role="reader", projects={"proj_1": "member"})
    Project(stack, "p", name="P")
    assert len(errors_of(app)) == 3


def test_an_address_from_a_variable_is_left_to_terraform(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    Aspects.of(stack).add(InviteDomains(["example.com"]))
    email = TerraformVariable(stack, "email", type="string")
    Invite(stack, "invite", email=email.string_value, role="reader", projects={"proj_1": "owner"})
    synth(app)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: RateLimitedProjects([]), "RateLimitedProjects: models must be a list of at least"),
        (lambda: RateLimitedProjects("gpt-4o"), "RateLimitedProjects: models must be a list"),
        (lambda: InviteDomains([]), "InviteDomains: domains must be a list of at least 1 item"),
        (lambda: InviteDomains(["@example.com"]), "domains[0] must be a domain such as"),
        (lambda: InviteDomains(["example"]), "domains[0] must be a domain such as"),
    ],
)
def test_policy_arguments_are_checked(build: object, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        build()  # type: ignore[operator]
    assert message in str(raised.value)


def test_policy_arguments_just_inside() -> None:
    assert RateLimitedProjects(["o3"]).models == ("o3",)
    assert InviteDomains(["Example.COM", "a.io"]).domains == ("example.com", "a.io")
