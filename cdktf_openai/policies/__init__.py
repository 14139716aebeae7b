"""Policies as cdktf Aspects: ``Aspects.of(scope).add(AllowedModels([...]))``.

Each violation is an error annotation on the offending construct; synthesis fails listing
every violation at once. See ``Policy`` to write your own.
"""

from cdktf_openai.policies.metadata import RequiredMetadata
from cdktf_openai.policies.models import AllowedModels
from cdktf_openai.policies.policy import Policy, PolicyViolationError, synth
from cdktf_openai.policies.runs import RequireCompletionWindow
from cdktf_openai.policies.sampling import MaxTemperature

__all__ = [
    "AllowedModels",
    "MaxTemperature",
    "Policy",
    "PolicyViolationError",
    "RequireCompletionWindow",
    "RequiredMetadata",
    "synth",
]
