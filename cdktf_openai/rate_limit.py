"""``RateLimit``: a project's limits for one model (``openai_rate_limit``)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.base import OpenAIResource
from cdktf_openai.errors import Problem
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import rate_limit as _rate_limit
from cdktf_openai.project import ProjectRef
from cdktf_openai.props import Prop, Props, Warning
from cdktf_openai.references import id_reference
from cdktf_openai.tokens import NumberToken

__all__ = ["LIMITS", "ZERO_LIMIT", "RateLimit"]

#: The limits a ``RateLimit`` takes, by prop name (each a whole number >= 0, or a number token).
LIMITS = (
    "max_requests_per_minute",
    "max_tokens_per_minute",
    "max_images_per_minute",
    "batch_1_day_max_input_tokens",
    "max_audio_megabytes_per_1_minute",
    "max_requests_per_1_day",
)


def _limit(to: str | None = None) -> Prop:
    return Prop(limits.RATE_LIMIT, to=to)


#: Provider 1.2.0 reads every limit with ``GetOk``, which takes 0 for unset: a 0 is never sent.
ZERO_LIMIT = Warning(
    "zeroRateLimit",
    "a limit of 0 is never sent (provider 1.2.0 takes 0 for unset), so OpenAI's limit for the "
    "model stays; to keep a project off a model, set a limit of 1 or restrict the model in the "
    "project's settings.",
    lambda props: any(props[name] == 0 and props[name] is not False for name in LIMITS),
)


#: Each limit's Terraform attribute (what ``lifecycle.ignore_changes`` names).
_ATTRIBUTES = {name: name for name in LIMITS}


class _RateLimitProps(Props):
    """The props of ``RateLimit``; an unset limit goes into ``lifecycle.ignore_changes``.

    Provider 1.2.0's Read stores all six limits as the API returns them, while its Update
    sends only the limits that are set: a limit left unset would show as a change to ``null``
    in every plan, which no apply can make (a perpetual diff). Ignoring the changes of the
    unset limits keeps OpenAI's values for them and lets ``terraform plan`` converge.
    """

    def config_arguments(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The struct's arguments, with the unset limits in ``lifecycle.ignore_changes``."""
        arguments = super().config_arguments(values)
        unset = [_ATTRIBUTES[name] for name in LIMITS if values[name] is None]
        if unset:
            arguments["lifecycle"]["ignore_changes"] = unset
        return arguments


class RateLimit(OpenAIResource, _rate_limit.RateLimit):
    """A project's rate limits for one model (``openai_rate_limit``).

    OpenAI has a rate limit for every model a project may use; this resource *changes* it (the
    API has no create or delete). A change of a limit is an **update in place**: provider 1.2.0's
    Update sends every limit that is set (``UpdateRateLimit``), and ``terraform plan`` shows
    ``~ update in-place``. A change of ``project`` or ``model`` replaces it. ``terraform
    destroy`` puts the model's limits back to OpenAI's defaults. A limit of exactly 0 gets a
    warning: the provider reads limits with ``GetOk``, which takes 0 for unset, so it is
    never sent.

    A limit left unset keeps OpenAI's value: provider 1.2.0 reads every limit back from the
    API but sends only the set ones, so this construct puts each unset limit in
    ``lifecycle.ignore_changes`` (otherwise every plan would show it changing to ``null``,
    which no apply does). A ``lifecycle=`` of your own with ``ignore_changes`` is merged with
    that list.

    Read-only attributes (tokens until apply): ``id``, ``rate_limit_id``.

    Example::

        RateLimit(stack, "gpt_4o", project=payments, model="gpt-4o",
                  max_requests_per_minute=500, max_tokens_per_minute=150_000)
    """

    _PROPS: ClassVar[Props] = _RateLimitProps(
        _rate_limit.RateLimitConfig,
        warnings=[ZERO_LIMIT],
        project=Prop(limits.PROJECT, required=True, to="project_id", render=id_reference),
        model=Prop(limits.MODEL, required=True),
        max_requests_per_minute=_limit(),
        max_tokens_per_minute=_limit(),
        max_images_per_minute=_limit(),
        batch_1_day_max_input_tokens=_limit("batch1_day_max_input_tokens"),
        max_audio_megabytes_per_1_minute=_limit("max_audio_megabytes_per1_minute"),
        max_requests_per_1_day=_limit("max_requests_per1_day"),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        project: ProjectRef,
        model: str,
        max_requests_per_minute: int | NumberToken | None = None,
        max_tokens_per_minute: int | NumberToken | None = None,
        max_images_per_minute: int | NumberToken | None = None,
        batch_1_day_max_input_tokens: int | NumberToken | None = None,
        max_audio_megabytes_per_1_minute: int | NumberToken | None = None,
        max_requests_per_1_day: int | NumberToken | None = None,
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Set the project's limits for the model; at least one limit.

        Each limit is a whole number >= 0; a number token (e.g. a ``TerraformVariable``) is
        checked by ``terraform plan`` instead. An unset limit keeps OpenAI's.

        Args:
            scope: The construct this belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            project: The ``Project`` (or generated ``openai_project``) or its ID; a construct
                of another kind is refused.
            model: The model the limits apply to, e.g. ``"gpt-4o"``; one word.
            max_requests_per_minute: Requests per minute, a whole number >= 0.
            max_tokens_per_minute: Tokens per minute, a whole number >= 0.
            max_images_per_minute: Images per minute (image models), a whole number >= 0.
            batch_1_day_max_input_tokens: Input tokens per day in batches, a whole number >= 0.
            max_audio_megabytes_per_1_minute: Audio megabytes per minute (audio models), a whole
                number >= 0.
            max_requests_per_1_day: Requests per day, a whole number >= 0.
            **options: Terraform's meta-arguments (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        arguments = dict(locals())
        self._build(scope, id, arguments, lambda: _no_limit(arguments))


def _no_limit(arguments: Mapping[str, Any]) -> Iterator[Problem]:
    """A rate limit that sets no limit (it would change nothing)."""
    if all(arguments[name] is None for name in LIMITS):
        rule = "must set at least one limit (" + ", ".join(LIMITS) + ")"
        yield Problem("limits", rule, "none set")
