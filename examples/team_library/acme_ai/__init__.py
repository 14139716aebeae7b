"""``acme_ai``: what a platform team would publish as a pip package for product teams.

It is the one place where the organisation's rules live:

- ``PlatformStack``: a stack base class that applies the organisation's ``Defaults`` (model,
  ``team``/``cost_center`` metadata, a token cap for responses) and its policies, and
  configures the provider from the environment;
- ``SecurityReview``: a preset ``CodeReviewRun`` with the security team's focus and settings.

Product teams subclass ``PlatformStack`` and use the presets; they cannot forget a rule.
"""

from __future__ import annotations

from constructs import Construct

from cdktf_openai import CodeReviewRun, Defaults, OpenAIProvider
from cdktf_openai.core import Aspects, TerraformStack
from cdktf_openai.policies import (
    AllowedModels,
    MaxTemperature,
    RequiredMetadata,
    RequireTokenLimit,
)
from cdktf_openai.references import AssistantRef

__all__ = ["APPROVED_MODELS", "PlatformStack", "SecurityReview"]

#: The models the organisation has approved.
APPROVED_MODELS = ("gpt-4o", "gpt-4o-mini")
#: The organisation's default model.
DEFAULT_MODEL = "gpt-4o"
#: The token cap of responses that set none (``Defaults(max_tokens=...)``: a run has no token
#: cap OpenAI accepts in provider 1.2.0, so it does not take one).
DEFAULT_RESPONSE_TOKENS = 2000
#: The highest token cap a response or thread run may have.
MAX_TOKENS = 4000

SECURITY_FOCUS = (
    "Review for security only: injection, authentication and authorization flaws, secrets in "
    "code, unsafe deserialization. Rate each finding low, medium, high or critical."
)


class PlatformStack(TerraformStack):
    """A stack with the organisation's defaults, policies and provider already in place.

    Every resource below it carries ``team`` and ``cost_center`` metadata and the approved
    default model; synthesis fails, listing every violation, when a construct uses another
    model, lacks the metadata, samples above temperature 1.0, or answers (a response, a thread
    run) without a token cap of at most ``MAX_TOKENS``. A ``Run`` cannot be capped in
    provider 1.2.0: ``RequireTokenLimit`` warns about each one.
    """

    def __init__(self, scope: Construct, id: str, *, team: str, cost_center: str) -> None:
        """Create the stack.

        Args:
            scope: The app.
            id: The stack's name.
            team: The owning team, put in every resource's metadata.
            cost_center: The cost center billed, put in every resource's metadata.
        """
        super().__init__(scope, id)
        Defaults(
            model=DEFAULT_MODEL,
            metadata={"team": team, "cost_center": cost_center},
            max_tokens=DEFAULT_RESPONSE_TOKENS,
        ).apply_to(self)
        for policy in (
            AllowedModels(APPROVED_MODELS),
            RequiredMetadata(["team", "cost_center"]),
            MaxTemperature(1.0),
            RequireTokenLimit(maximum=MAX_TOKENS),
        ):
            Aspects.of(self).add(policy)
        OpenAIProvider(self, "openai")


class SecurityReview(CodeReviewRun):
    """A code review by the security team's standard: focus, low temperature, a shared reviewer.

    Example::

        SecurityReview(stack, "login_review", code=source, language="python")
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code: str,
        language: str,
        reviewer: AssistantRef | None = None,
    ) -> None:
        """Create the review.

        Args:
            scope: A ``PlatformStack`` (or a construct in one).
            id: The construct id.
            code: The code to review.
            language: Its language, e.g. ``"python"``.
            reviewer: Another review's ``assistant`` to share; unset, one is created with the
                organisation's default model.
        """
        super().__init__(
            scope,
            id,
            code=code,
            language=language,
            assistant=reviewer,
            focus=SECURITY_FOCUS,
            temperature=0.2,
            metadata={"review": "security"},
        )
