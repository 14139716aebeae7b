"""Policies as cdktf Aspects: ``Aspects.of(app).add(AllowedModels([...]))``.

Attach a policy to the ``App`` (every stack), a stack, or any construct. Each violation is an
error annotation on the offending construct; synthesis fails listing every violation at once.
See ``Policy`` to write your own.
"""

from typing import TYPE_CHECKING, Any

from cdktf_openai.policies.metadata import RequiredMetadata
from cdktf_openai.policies.models import AllowedModels
from cdktf_openai.policies.organization import (
    InviteDomains,
    NoOwnerServiceAccounts,
    RateLimitedProjects,
)
from cdktf_openai.policies.policy import Policy, PolicyViolationError, synth
from cdktf_openai.policies.sampling import MaxTemperature
from cdktf_openai.policies.tokens import RequireTokenLimit
from cdktf_openai.upgrading import old_name

__all__ = [
    "AllowedModels",
    "InviteDomains",
    "MaxTemperature",
    "NoOwnerServiceAccounts",
    "Policy",
    "PolicyViolationError",
    "RateLimitedProjects",
    "RequireTokenLimit",
    "RequiredMetadata",
    "synth",
]


def _old_name(name: str) -> Any:
    """A policy that 0.3 removed: the error says why, and what to use instead."""
    return old_name(__name__, name)


if not TYPE_CHECKING:  # to mypy, a removed name does not exist
    __getattr__ = _old_name
