"""The organisation's constructs: ``Project``, ``ProjectUser``, ``ProjectServiceAccount``,
``RateLimit``, ``Invite``, ``OrganizationUser``, ``AdminApiKey`` (issue 23)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cdktf_openai import (
    AdminApiKey,
    Invite,
    OrganizationUser,
    Project,
    ProjectServiceAccount,
    ProjectUser,
    RateLimit,
    ValidationError,
)
from cdktf_openai.core import App, TerraformStack, TerraformVariable, Testing
from cdktf_openai.tokens import NumberToken
from tests.conftest import expect_rejected, resource_json, synth


def test_a_project_and_everything_in_it(stack: TerraformStack) -> None:
    payments = Project(stack, "payments", name="Payments")
    ProjectUser(stack, "alice", project=payments, user="user-alice", role="owner")
    ProjectServiceAccount(stack, "ci", project=payments, name="ci")
    RateLimit(stack, "gpt", project=payments, model="gpt-4o", max_requests_per_1_day=1000)
    Invite(stack, "bob", email="bob@example.com", role="reader", projects={payments: "member"})
    OrganizationUser(stack, "carol", user="user-carol", role="reader")
    AdminApiKey(stack, "automation", name="automation")
    project = "${openai_project.payments.id}"
    assert resource_json(stack, "openai_project", "payments") == {"name": "Payments"}
    assert resource_json(stack, "openai_project_user", "alice") == {
        "project_id": project, "user_id": "user-alice", "role": "owner"
    }  # fmt: skip
    assert resource_json(stack, "openai_project_service_account", "ci") == {
        "project_id": project, "name": "ci"
    }  # fmt: skip
    assert resource_json(stack, "openai_rate_limit", "gpt") == {
        "project_id": project, "model": "gpt-4o", "max_requests_per_1_day": 1000,
        "lifecycle": {"ignore_changes": [
            "max_requests_per_minute", "max_tokens_per_minute", "max_images_per_minute",
            "batch_1_day_max_input_tokens", "max_audio_megabytes_per_1_minute",
        ]},
    }  # fmt: skip
    assert resource_json(stack, "openai_invite", "bob") == {
        "email": "bob@example.com", "role": "reader",
        "projects": [{"id": project, "role": "member"}],
    }  # fmt: skip
    assert resource_json(stack, "openai_organization_user", "carol") == {
        "user_id": "user-carol", "role": "reader"
    }  # fmt: skip
    assert resource_json(stack, "openai_admin_api_key", "automation") == {"name": "automation"}


def test_each_construct_is_its_l1_resource(stack: TerraformStack) -> None:
    from cdktf_openai.l1 import project as _project

    payments = Project(stack, "payments", name="Payments")
    assert isinstance(payments, _project.Project)
    assert payments.resource is payments


def test_a_project_id_string_is_taken(stack: TerraformStack) -> None:
    RateLimit(stack, "gpt", project="proj_abc", model="gpt-4o", max_tokens_per_minute=0)
    assert resource_json(stack, "openai_rate_limit", "gpt")["project_id"] == "proj_abc"


def test_a_zero_limit_gets_a_warning_as_it_is_never_sent() -> None:
    app = App()
    stack = TerraformStack(app, "stack")
    RateLimit(stack, "gpt", project="proj_abc", model="gpt-4o", max_tokens_per_minute=0)
    messages = [str(entry.data) for entry in stack.node.find_child("gpt").node.metadata]
    assert any("zeroRateLimit" in message for message in messages), messages


def test_a_limit_of_one_gets_no_warning() -> None:
    stack = TerraformStack(App(), "stack")
    RateLimit(stack, "gpt", project="proj_abc", model="gpt-4o", max_tokens_per_minute=1)
    messages = [str(entry.data) for entry in stack.node.find_child("gpt").node.metadata]
    assert not any("zeroRateLimit" in message for message in messages), messages


def test_the_service_account_key_is_a_sensitive_reference(stack: TerraformStack) -> None:
    from cdktf_openai.core import TerraformOutput

    account = ProjectServiceAccount(stack, "ci", project="proj_abc", name="ci")
    TerraformOutput(stack, "key", value=account.api_key, sensitive=True)
    output = synth(stack)["output"]["key"]
    assert output == {"value": "${openai_project_service_account.ci.api_key_value}",
                      "sensitive": True}  # fmt: skip
    key = AdminApiKey(stack, "admin", name="admin")
    TerraformOutput(stack, "admin_key", value=key.api_key, sensitive=True)
    assert synth(stack)["output"]["admin_key"]["value"] == (
        "${openai_admin_api_key.admin.api_key_value}"
    )


# -- bounds: just inside ------------------------------------------------------------------------

INSIDE: list[tuple[str, dict[str, Any]]] = [
    ("project", {"name": "x"}),
    ("project_user", {"role": "member"}),
    ("project_user", {"role": "owner"}),
    ("invite", {"email": "a@b.co"}),
    ("invite", {"email": "a" * 64 + "@" + "b" * 185 + ".com"}),  # 254 characters
    ("invite", {"role": "owner"}),
    ("invite", {"projects": {"proj_1": "owner", "proj_2": "member"}}),
    ("organization_user", {"role": "owner"}),
    ("rate_limit", {"max_requests_per_minute": 0}),
    ("rate_limit", {"max_images_per_minute": 1, "max_audio_megabytes_per_1_minute": 2**31}),
    # limits.ADMIN_KEY_*_REFUSED: unset (or an empty list, never sent) is the only inside
    ("admin_api_key", {"expires_at": None}),
    ("admin_api_key", {"scopes": []}),
    ("admin_api_key", {"scopes": None}),
]

BUILDERS: dict[str, Any] = {
    "project": lambda s, **kw: Project(s, "it", **{"name": "P", **kw}),
    "project_user": lambda s, **kw: ProjectUser(
        s, "it", **{"project": "proj_1", "user": "user-1", "role": "member", **kw}
    ),
    "service_account": lambda s, **kw: ProjectServiceAccount(
        s, "it", **{"project": "proj_1", "name": "ci", **kw}
    ),
    "rate_limit": lambda s, **kw: RateLimit(
        s, "it", **{"project": "proj_1", "model": "gpt-4o", **kw}
    ),
    "invite": lambda s, **kw: Invite(
        s,
        "it",
        **{"email": "a@example.com", "role": "reader", "projects": {"proj_1": "member"}, **kw},
    ),
    "organization_user": lambda s, **kw: OrganizationUser(
        s, "it", **{"user": "user-1", "role": "reader", **kw}
    ),
    "admin_api_key": lambda s, **kw: AdminApiKey(s, "it", **{"name": "k", **kw}),
}


@pytest.mark.parametrize(("kind", "props"), INSIDE)
def test_just_inside(stack: TerraformStack, kind: str, props: dict[str, Any]) -> None:
    built = BUILDERS[kind](stack, **props)
    assert built.node.path == "stack/it"


# -- bounds: just outside -----------------------------------------------------------------------

OUTSIDE: list[tuple[str, dict[str, Any], str]] = [
    ("project", {"name": ""}, "name must be a non-blank string, got ''"),
    ("project", {"name": " \t"}, "name must be a non-blank string, got ' \\t'"),
    ("project_user", {"role": "reader"}, "role must be one of 'owner', 'member', got 'reader'"),
    ("project_user", {"user": ""}, "user must be a non-empty string, got ''"),
    ("project_user", {"project": ""}, "project must be a Project or a non-empty ID string"),
    ("service_account", {"name": ""}, "name must be a non-blank string, got ''"),
    ("invite", {"email": "a@b"}, "email must be an e-mail address"),
    ("invite", {"email": "a b@c.de"}, "email must be an e-mail address"),
    ("invite", {"email": "a" * 65 + "@" + "b" * 185 + ".com"}, "255 characters"),
    ("invite", {"role": "member"}, "role must be one of 'owner', 'reader', got 'member'"),
    ("invite", {"projects": {}}, "projects must have at least 1 pair, got 0"),
    ("invite", {"projects": {"proj_1": "reader"}},
     "projects['proj_1'] must be one of 'owner', 'member', got 'reader'"),
    ("invite", {"projects": ["proj_1"]}, "projects must be a dict of projects"),
    ("organization_user", {"role": "member"}, "must be one of 'owner', 'reader', got 'member'"),
    ("rate_limit", {"max_requests_per_minute": -1}, "must be a whole number >= 0, got -1"),
    ("rate_limit", {"max_tokens_per_minute": 1.5}, "must be a whole number >= 0, got 1.5"),
    ("rate_limit", {"max_requests_per_1_day": True}, "must be a whole number >= 0, got True"),
    ("rate_limit", {}, "limits must set at least one limit"),
    ("rate_limit", {"model": "", "max_requests_per_minute": 1}, "model must be a non-empty"),
    # limits.ADMIN_KEY_EXPIRES_AT_REFUSED, ADMIN_KEY_SCOPES_REFUSED: any value set is refused
    ("admin_api_key", {"expires_at": 1}, "expires_at must be unset (OpenAI's admin key create "
     "has no expires_at (only name and expires_in_seconds, which provider 1.2.0 cannot send) "
     "and answers HTTP 400 (Unknown parameter: 'expires_at'); leave it out: provider 1.2.0 "
     "makes admin keys that do not expire; to rotate one, replace the resource (terraform "
     "apply -replace=..., or a new construct id)), got 1"),
    ("admin_api_key", {"expires_at": 0}, "expires_at must be unset (OpenAI's admin key"),
    ("admin_api_key", {"scopes": ["api.management.read"]}, "scopes must be unset (OpenAI's "
     "admin key create has no scopes (only name and expires_in_seconds) and answers HTTP 400 "
     "(Unknown parameter: 'scopes'); leave it out: admin keys are made without scopes), got "
     "['api.management.read']"),
    ("admin_api_key", {"scopes": ["a b"]}, "scopes must be unset (OpenAI's admin key create"),
    ("admin_api_key", {"name": ""}, "name must be a non-blank string, got ''"),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "props", "message"), OUTSIDE)
def test_just_outside(
    stack: TerraformStack, kind: str, props: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        BUILDERS[kind](stack, **props)
    assert str(raised.value).startswith("stack/it: "), str(raised.value)
    assert message in str(raised.value)
    assert stack.node.try_find_child("it") is None


def test_every_problem_at_once(stack: TerraformStack) -> None:
    error = expect_rejected(
        lambda: Invite(stack, "it", email="nobody", role="member", projects={}),  # type: ignore[arg-type]
        "email",
    )
    assert [p.field for p in error.problems] == ["email", "role", "projects"]


def test_a_construct_of_another_kind_is_refused_as_project(stack: TerraformStack) -> None:
    account = ProjectServiceAccount(stack, "ci", project="proj_1", name="ci")
    error = expect_rejected(
        lambda: ProjectUser(stack, "it", project=account, user="user-1", role="owner"),  # type: ignore[arg-type]
        "project",
    )
    assert "got ProjectServiceAccount at 'stack/ci'" in str(error)


def test_every_limit_set_ignores_no_change(stack: TerraformStack) -> None:
    RateLimit(stack, "all", project="proj_1", model="gpt-4o", max_requests_per_minute=1,
              max_tokens_per_minute=2, max_images_per_minute=3, batch_1_day_max_input_tokens=4,
              max_audio_megabytes_per_1_minute=5, max_requests_per_1_day=6)  # fmt: skip
    assert "lifecycle" not in resource_json(stack, "openai_rate_limit", "all")


def test_a_lifecycle_of_ones_own_keeps_the_librarys_other_entries(stack: TerraformStack) -> None:
    RateLimit(stack, "own", project="proj_1", model="gpt-4o", max_tokens_per_minute=1,
              lifecycle={"prevent_destroy": True})  # fmt: skip
    lifecycle = resource_json(stack, "openai_rate_limit", "own")["lifecycle"]
    assert lifecycle["prevent_destroy"] is True
    assert "max_tokens_per_minute" not in lifecycle["ignore_changes"]
    assert len(lifecycle["ignore_changes"]) == 5


def test_a_limit_from_a_variable_is_checked_at_plan(stack: TerraformStack) -> None:
    rpm = TerraformVariable(stack, "rpm", type="number")
    RateLimit(stack, "gpt", project="proj_1", model="gpt-4o",
              max_requests_per_minute=NumberToken(rpm.number_value))  # fmt: skip
    (check,) = resource_json(stack, "openai_rate_limit", "gpt")["lifecycle"]["precondition"]
    assert check["condition"] == "${((floor(var.rpm) == var.rpm) && (0 <= var.rpm))}"
    assert check["error_message"] == (
        "stack/gpt: max_requests_per_minute must be a whole number >= 0, got ${var.rpm}"
    )


def test_an_invite_email_from_a_variable_is_taken(stack: TerraformStack) -> None:
    email = TerraformVariable(stack, "email", type="string")
    Invite(stack, "it", email=email.string_value, role="reader", projects={"proj_1": "member"})
    assert resource_json(stack, "openai_invite", "it")["email"] == "${var.email}"


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=-(2**40), max_value=2**40))
def test_any_whole_limit_is_taken_exactly_when_not_negative(limit: int) -> None:
    stack = TerraformStack(Testing.app(), "stack")
    if limit >= 0:
        RateLimit(stack, "it", project="proj_1", model="gpt-4o", max_tokens_per_minute=limit)
        assert resource_json(stack, "openai_rate_limit", "it")["max_tokens_per_minute"] == limit
    else:
        expect_rejected(
            lambda: RateLimit(
                stack, "it", project="proj_1", model="gpt-4o", max_tokens_per_minute=limit
            ),
            "max_tokens_per_minute",
        )


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=30))
def test_an_email_is_taken_only_with_one_at_and_a_dotted_domain(text: str) -> None:
    stack = TerraformStack(Testing.app(), "stack")
    local, at, _domain = text.partition("@")
    try:
        Invite(stack, "it", email=text, role="reader", projects={"proj_1": "member"})
        accepted = True
    except ValidationError:
        accepted = False
    if accepted:
        assert at and local and not any(c.isspace() for c in text)
    if not at or not local:
        assert not accepted


def test_an_ignore_changes_of_ones_own_is_merged_with_the_librarys(stack: TerraformStack) -> None:
    RateLimit(stack, "own", project="proj_1", model="gpt-4o", max_tokens_per_minute=1,
              lifecycle={"ignore_changes": ["model", "max_images_per_minute"]})  # fmt: skip
    ignored = resource_json(stack, "openai_rate_limit", "own")["lifecycle"]["ignore_changes"]
    assert ignored[-1] == "model" and ignored.count("max_images_per_minute") == 1
    assert len(ignored) == 6  # the five unset limits, then the user's other attribute
    RateLimit(stack, "all", project="proj_1", model="gpt-4o", max_tokens_per_minute=1,
              lifecycle={"ignore_changes": "all"})  # fmt: skip
    assert resource_json(stack, "openai_rate_limit", "all")["lifecycle"]["ignore_changes"] == "all"


def test_an_admin_keys_expiry_from_a_variable_is_refused_too(stack: TerraformStack) -> None:
    # limits.ADMIN_KEY_EXPIRES_AT_REFUSED: a token's value is unknown, and whatever it is the
    # provider sends it (unless 0), so it is refused as a literal is
    when = TerraformVariable(stack, "when", type="number")
    error = expect_rejected(
        lambda: AdminApiKey(stack, "it", name="k", expires_at=NumberToken(when.number_value)),
        "expires_at",
    )
    assert str(error).startswith("stack/it: expires_at must be unset (OpenAI's admin key")
