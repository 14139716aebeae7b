"""``Conversation``: a thread and one run of an assistant on it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.attachment import Attachment
from cdktf_openai.chat_message import ChatMessage
from cdktf_openai.composites.building import (
    add_conversation,
    run_settings,
    start_composite,
)
from cdktf_openai.composites.reply import RunReply
from cdktf_openai.core import TerraformProvider
from cdktf_openai.keywords import RunSettings
from cdktf_openai.limits import ASSISTANT
from cdktf_openai.references import AssistantRef
from cdktf_openai.tool import Tool
from cdktf_openai.validation import Rules

__all__ = ["Conversation"]


class Conversation(RunReply, Construct):
    """A thread, optionally a question with files, and one run of an assistant on them.

    Children: ``thread`` (``Thread``), ``question`` (``ThreadMessage``, when ``question`` is
    given), ``run`` (``Run``, which Terraform creates after the question) and ``reply`` (the
    ``openai_messages`` data source, once ``text`` is read). ``text`` is the assistant's
    answer, ``""`` until the refresh after the run's apply (see ``text``).

    Example::

        Conversation(stack, "ask", assistant=helper,
                     messages=[ChatMessage.user("Summarize our SLA policy.")])
    """

    _RULES: ClassVar[Rules] = Rules(
        {
            "assistant": ASSISTANT,
            "question": limits.CONTENT,
            "instructions": limits.INSTRUCTIONS,
        },
        required=frozenset({"assistant"}),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        assistant: AssistantRef,
        messages: Sequence[ChatMessage] = (),
        question: str | None = None,
        attachments: Sequence[Attachment] = (),
        model: str | None = None,
        instructions: str | None = None,
        tools: Sequence[Tool] | None = None,
        metadata: Mapping[str, str] | None = None,
        provider: TerraformProvider | None = None,
        **settings: Unpack[RunSettings],
    ) -> None:
        """Create the conversation.

        Args:
            scope: The stack (or construct) it belongs to.
            id: The construct id; the children are ``<id>/thread``, ``<id>/question``,
                ``<id>/run``.
            assistant: The ``Assistant`` (or its ID) that runs; a construct of another kind is
                refused.
            messages: The messages the thread starts with.
            question: A user message added after the thread exists (an ``openai_message``);
                needed for ``attachments``; not blank.
            attachments: Files attached to ``question``, each with the tools that read it.
            model: The run's model override.
            instructions: The run's instructions override; not blank.
            tools: The run's tools override (code interpreter, file search).
            metadata: Metadata of the thread and of the run.
            provider: The provider configuration of every resource it creates (an
                ``OpenAIProvider``), when the stack has several.
            **settings: The run's ``temperature`` and ``top_p`` (``RunSettings``; its
                ``max_tokens`` is refused, as on ``Run``).

        Raises:
            ValidationError: From the child that has a problem, with its path.
        """
        start_composite(self, scope, id, self._RULES, locals())
        parts = add_conversation(
            self,
            assistant=assistant,
            messages=messages,
            question=question,
            attachments=attachments,
            thread_metadata=metadata,
            run=run_settings(locals()),
            provider=provider,
        )
        #: The thread.
        self.thread = parts.thread
        #: The question added to the thread, if any.
        self.question = parts.question
        #: The run.
        self.run = parts.run
