"""``CodeReviewResponse``: a code review from the Responses API (one ``openai_model_response``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from constructs import Construct

from cdktf_openai.composites.building import model_problems, start_composite
from cdktf_openai.composites.review import (
    REVIEW_RULES,
    focus_problems,
    review_request,
    reviewer_instructions,
)
from cdktf_openai.core import TerraformProvider
from cdktf_openai.errors import Problem
from cdktf_openai.response import Response
from cdktf_openai.tokens import NumberToken
from cdktf_openai.validation import Rules

__all__ = ["CodeReviewResponse"]


def _problems(scope: Construct, arguments: Mapping[str, Any]) -> list[Problem]:
    """A model is needed (no assistant to take it from); ``focus`` and ``instructions`` agree."""
    return [
        *model_problems(scope, arguments["model"]),
        *focus_problems(arguments["instructions"], arguments["focus"]),
    ]


class CodeReviewResponse(Construct):
    """A code review on OpenAI's Responses API: one ``Response`` with the reviewer persona.

    The same review as ``CodeReviewRun``, on the API that works on OpenAI itself today: the
    model gets the same request (the code in a Markdown fence tagged with ``language``) and
    the same reviewer persona as its instructions, with ``focus`` appended as a paragraph of
    its own. The review is done at ``apply`` (one synchronous call), and its text is in the
    state right after: ``text`` is a token until then.

    Children: ``response`` (a ``Response``). Attributes: ``response``, ``text``.

    Moving from ``CodeReviewRun``: change the class name, drop the Assistants-only arguments
    (``assistant``, ``metadata``, and ``max_tokens``, which a run refuses), and cap the
    review with ``max_output_tokens``: unlike a run, a response has a cap OpenAI accepts.

    Example::

        review = CodeReviewResponse(stack, "sql_review", code=source, language="python",
                                    focus="Focus on SQL injection.", model="gpt-4o")
        TerraformOutput(stack, "review", value=review.text)
    """

    _RULES: ClassVar[Rules] = REVIEW_RULES

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code: str,
        language: str,
        focus: str | None = None,
        model: str | None = None,
        instructions: str | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        max_output_tokens: int | NumberToken | None = None,
        provider: TerraformProvider | None = None,
    ) -> None:
        """Create the review.

        Args:
            scope: The stack (or construct) it belongs to.
            id: The construct id; the child is ``<id>/response``.
            code: The code to review; not empty, not only whitespace.
            language: The code's language, e.g. ``"python"``, ``"c++"``; tags the fence.
            focus: What the review should focus on, added to the reviewer's instructions; not
                blank.
            model: The model that reviews, e.g. ``"gpt-4o"``. Required, unless the scope has
                ``Defaults(model=...)``.
            instructions: The reviewer persona (default: ``REVIEWER_INSTRUCTIONS``, the same
                as ``CodeReviewRun``'s); not blank.
            temperature: The response's temperature, 0 to 2; unset, the provider sends 0.7.
            top_p: The response's top_p, 0 to 1.
            max_output_tokens: The longest review, in tokens (reasoning included); a whole
                number >= 16 (OpenAI answers less with HTTP 400).
            provider: The provider configuration to use, when the stack has several.

        Raises:
            ValidationError: Every problem of the review's own props at once; a problem of a
                response setting is reported by the child ``response``.
        """
        start_composite(self, scope, id, self._RULES, locals(), _problems)
        #: The review: a ``Response`` whose ``text`` is the reviewer's answer.
        self.response = Response(
            self,
            "response",
            model=model,
            input=review_request(code, language),
            instructions=reviewer_instructions(instructions, focus),
            temperature=temperature,
            top_p=top_p,
            max_output_tokens=max_output_tokens,
            provider=provider,
        )

    @property
    def text(self) -> str:
        """The review (``response.text``): a token until apply, then the reviewer's answer.

        ``""`` when the answer's first output item has no text (see ``Response.text``); never
        null, so it can always be a ``TerraformOutput``.
        """
        return self.response.text
