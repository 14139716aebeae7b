"""``CodeReviewRun``: an assistant reviews a piece of code (assistant + thread + run)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Unpack

from constructs import Construct

from cdktf_openai.chat_message import ChatMessage
from cdktf_openai.composites.building import (
    add_conversation,
    assistant_choice_problems,
    run_settings,
    start_composite,
    use_or_create_assistant,
)
from cdktf_openai.composites.reply import RunReply
from cdktf_openai.composites.review import REVIEW_RULES, REVIEWER_INSTRUCTIONS, review_request
from cdktf_openai.core import TerraformProvider
from cdktf_openai.keywords import RunSettings
from cdktf_openai.l1 import assistant as _assistant
from cdktf_openai.limits import ASSISTANT
from cdktf_openai.references import AssistantRef, ById
from cdktf_openai.tool import Tool
from cdktf_openai.validation import Rules

__all__ = ["CodeReviewRun"]


class CodeReviewRun(RunReply, Construct):
    """A code review: a reviewer assistant, a thread holding the code, and a run.

    When ``assistant`` is not given, a reviewer ``Assistant`` is created (code-review
    instructions, the code interpreter) from ``model``; pass ``review.assistant`` to later
    reviews so that several reviews share one reviewer. The thread's user message embeds the
    code in a Markdown fence tagged with ``language``; ``focus`` becomes the run's
    instructions.

    Children: ``assistant`` (only when created here), ``thread``, ``run``, and ``reply`` (the
    ``openai_messages`` data source, once ``text`` is read).
    Attributes: ``assistant``, ``thread``, ``run`` (``run.id``, ``run.status``, ... are tokens),
    ``text``: the review, ``""`` until the refresh after the run's apply (see ``text``).

    Example::

        review = CodeReviewRun(stack, "sql_review", code=source, language="python",
                               focus="Focus on SQL injection.", model="gpt-4o")
        CodeReviewRun(stack, "perf_review", code=other, language="go",
                      assistant=review.assistant, temperature=0.7)
    """

    _RULES: ClassVar[Rules] = Rules(
        {**REVIEW_RULES.by_field, "assistant": ASSISTANT}, required=REVIEW_RULES.required
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        code: str,
        language: str,
        focus: str | None = None,
        assistant: AssistantRef | None = None,
        model: str | None = None,
        instructions: str | None = None,
        metadata: Mapping[str, str] | None = None,
        provider: TerraformProvider | None = None,
        **settings: Unpack[RunSettings],
    ) -> None:
        """Create the review.

        Args:
            scope: The stack (or construct) it belongs to.
            id: The construct id; children are ``<id>/assistant``, ``<id>/thread``, ``<id>/run``.
            code: The code to review; not empty, not only whitespace.
            language: The code's language, e.g. ``"python"``, ``"c++"``; tags the fence.
            focus: What the review should focus on: the run's instructions. At the API a
                run's instructions replace the assistant's for that run, so the reviewer's
                persona does not apply to a focused run; put what it must keep into ``focus``
                (``CodeReviewResponse`` appends its focus to the persona instead). Not blank:
                unset, the run keeps the reviewer's instructions.
            assistant: An existing reviewer (e.g. another review's ``assistant``) or its ID;
                a construct of another kind is refused. Unset: a reviewer is created from
                ``model`` and ``instructions``.
            model: The model of the created reviewer; with ``assistant``, overrides the
                model for this run only. One of ``assistant`` and ``model`` is needed.
            instructions: The created reviewer's instructions (default:
                ``REVIEWER_INSTRUCTIONS``); not blank. Not allowed with ``assistant``: use
                ``focus``.
            metadata: Metadata of the created reviewer, the thread and the run.
            provider: The provider configuration of every resource it creates (an
                ``OpenAIProvider``), when the stack has several.
            **settings: The run's ``temperature`` and ``top_p`` (``RunSettings``; its
                ``max_tokens`` is refused, as on ``Run``).

        Raises:
            ValidationError: Every problem of the review's own props at once; a problem of a
                run setting is reported by the child ``run``.
        """
        start_composite(self, scope, id, self._RULES, locals(), assistant_choice_problems)
        reviewer, model = use_or_create_assistant(
            self,
            assistant,
            model=model,
            name="Code reviewer",
            instructions=instructions or REVIEWER_INSTRUCTIONS,
            tools=[Tool.code_interpreter()],
            metadata=metadata,
            provider=provider,
        )
        parts = add_conversation(
            self,
            assistant=reviewer,
            messages=[ChatMessage.user(review_request(code, language))],
            thread_metadata=metadata,
            run=run_settings(locals(), model=model, instructions=focus),
            provider=provider,
        )
        #: The reviewer: the Assistant created here, or the one given (an ID as a ``ById``).
        self.assistant: _assistant.Assistant | ById = reviewer
        #: The thread holding the code.
        self.thread = parts.thread
        #: The review run.
        self.run = parts.run
