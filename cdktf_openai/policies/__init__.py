"""Policies as cdktf Aspects: ``Aspects.of(app).add(AllowedModels([...]))``.

Attach a policy to the ``App`` (every stack), a stack, or any construct. Each violation is an
error annotation on the offending construct; synthesis fails listing every violation at once.
See ``Policy`` to write your own.
"""

from cdktf_openai.policies.metadata import RequiredMetadata
from cdktf_openai.policies.models import AllowedModels
from cdktf_openai.policies.policy import Policy, PolicyViolationError, synth
from cdktf_openai.policies.sampling import MaxTemperature
from cdktf_openai.policies.tokens import RequireTokenLimit

__all__ = [
    "AllowedModels",
    "MaxTemperature",
    "Policy",
    "PolicyViolationError",
    "RequireTokenLimit",
    "RequiredMetadata",
    "synth",
]
