"""``TeamProject``: a team's project, members, service accounts and rate limits (issue 23)."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai import OpenAIProvider, TeamProject, ValidationError
from cdktf_openai.core import TerraformOutput, TerraformStack
from tests.conftest import by_path, synth


def team(stack: TerraformStack, **props: Any) -> TeamProject:
    return TeamProject(stack, "payments", **{"name": "Payments", **props})


def test_the_project_and_everything_in_it(stack: TerraformStack) -> None:
    built = team(
        stack,
        members={"alice@example.com": "owner", "user-bob": "member"},
        service_accounts=["ci", "batch/nightly"],
        rate_limits={"gpt-4o": {"max_requests_per_minute": 500, "max_tokens_per_minute": 10}},
    )
    document = synth(stack)
    _, project, body = by_path(document, "stack/payments/project")
    assert body == {"name": "Payments"}
    project_id = f"${{openai_project.{project}.id}}"
    assert built.project_id.startswith("${TfToken")
    ((alice_user, found),) = document["data"]["openai_organization_user"].items()
    assert found["//"]["metadata"]["path"] == "stack/payments/members/alice@example.com_user"
    assert found["email"] == "alice@example.com"
    _, _, alice = by_path(document, "stack/payments/members/alice@example.com")
    assert alice == {
        "project_id": project_id,
        "user_id": f"${{data.openai_organization_user.{alice_user}.user_id}}",
        "role": "owner",
    }
    _, _, bob = by_path(document, "stack/payments/members/user-bob")
    assert bob == {"project_id": project_id, "user_id": "user-bob", "role": "member"}
    _, _, ci = by_path(document, "stack/payments/service_accounts/ci")
    assert ci == {"project_id": project_id, "name": "ci"}
    _, _, nightly = by_path(document, "stack/payments/service_accounts/batch_nightly")
    assert nightly["name"] == "batch/nightly"
    _, _, gpt = by_path(document, "stack/payments/rate_limits/gpt-4o")
    assert gpt == {
        "project_id": project_id,
        "model": "gpt-4o",
        "max_requests_per_minute": 500,
        "max_tokens_per_minute": 10,
        "lifecycle": {"ignore_changes": [
            "max_images_per_minute", "batch_1_day_max_input_tokens",
            "max_audio_megabytes_per_1_minute", "max_requests_per_1_day",
        ]},
    }  # fmt: skip
    assert set(built.keys) == {"ci", "batch/nightly"}


def test_each_key_is_the_sensitive_attribute(stack: TerraformStack) -> None:
    built = team(stack, service_accounts=["ci"])
    TerraformOutput(stack, "ci_key", value=built.keys["ci"], sensitive=True)
    document = synth(stack)
    _, account, _ = by_path(document, "stack/payments/service_accounts/ci")
    assert document["output"]["ci_key"] == {
        "value": f"${{openai_project_service_account.{account}.api_key_value}}",
        "sensitive": True,
    }


def test_a_project_alone(stack: TerraformStack) -> None:
    team(stack)
    assert list(synth(stack)["resource"]) == ["openai_project"]


def test_the_provider_reaches_every_child(stack: TerraformStack) -> None:
    admin = OpenAIProvider(stack, "admin", alias="admin")
    team(stack, members={"a@b.co": "member"}, service_accounts=["ci"], provider=admin,
         rate_limits={"gpt-4o": {"max_requests_per_1_day": 1}})  # fmt: skip
    document = synth(stack)
    bodies = [b for kind in document["resource"].values() for b in kind.values()]
    bodies += [b for kind in document["data"].values() for b in kind.values()]
    assert len(bodies) == 5
    assert all(body["provider"] == "openai.admin" for body in bodies)


OUTSIDE: list[tuple[dict[str, Any], str]] = [
    ({"name": " "}, "name must be a non-blank string, got ' '"),
    ({"members": {"alice": "owner"}}, "members keys must be an e-mail address (name@domain.tld) "
     "or a user ID (user-...), got 'alice'"),
    ({"members": {"a@b.co": "reader"}},
     "members['a@b.co'] must be one of 'owner', 'member', got 'reader'"),
    ({"service_accounts": [""]}, "service_accounts[0] must be a non-blank string, got ''"),
    ({"service_accounts": ["ci", "ci"]}, "service_accounts[1] must be unique names"),
    ({"service_accounts": "ci"}, "service_accounts must be a list"),
    ({"rate_limits": {"gpt 4o": {"max_requests_per_minute": 1}}}, "rate_limits keys must be a "
     "non-empty model name without whitespace, got 'gpt 4o'"),
    ({"rate_limits": {"gpt-4o": {}}}, "rate_limits['gpt-4o'] must have at least 1 pair, got 0"),
    ({"rate_limits": {"gpt-4o": {"max_rpm": 1}}}, "rate_limits['gpt-4o'] keys must be one of"),
    ({"rate_limits": {"gpt-4o": {"max_requests_per_minute": -1}}},
     "rate_limits['gpt-4o']['max_requests_per_minute'] must be a whole number >= 0, got -1"),
]  # fmt: skip


@pytest.mark.parametrize(("props", "message"), OUTSIDE)
def test_just_outside(stack: TerraformStack, props: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        team(stack, **props)
    assert str(raised.value).startswith("stack/payments: ")
    assert message in str(raised.value)
    assert stack.node.try_find_child("payments") is None


def test_every_problem_at_once(stack: TerraformStack) -> None:
    with pytest.raises(ValidationError) as raised:
        team(stack, name="", members={"x": "owner"}, service_accounts=[""],
             rate_limits={"gpt-4o": {"max_tokens_per_minute": 1.5}})  # fmt: skip
    fields = [problem.field for problem in raised.value.problems]
    assert fields == [
        "name",
        "members keys",
        "service_accounts[0]",
        "rate_limits['gpt-4o']['max_tokens_per_minute']",
    ]


@pytest.mark.parametrize("limit", [0, 1, 2**31])
def test_limits_just_inside(stack: TerraformStack, limit: int) -> None:
    built = team(stack, rate_limits={"gpt-4o": {"max_requests_per_minute": limit}})
    assert built.rate_limits["gpt-4o"].node.path == "stack/payments/rate_limits/gpt-4o"
