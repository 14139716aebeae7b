"""``Conversation``: a thread and one run of an assistant on it -- the shared pattern."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from constructs import Construct

from cdktf_openai.assistant import Assistant
from cdktf_openai.attachment import Attachment
from cdktf_openai.base import construct_path, duplicate_id_as_validation_error, scope_problems
from cdktf_openai.defaults import Defaults
from cdktf_openai.errors import Problem, ValidationError
from cdktf_openai.message import Message
from cdktf_openai.references import HasId
from cdktf_openai.run import Run
from cdktf_openai.stacks import remember, stack_of
from cdktf_openai.thread import Thread
from cdktf_openai.thread_message import ThreadMessage
from cdktf_openai.tokens import NumberToken
from cdktf_openai.tool import Tool
from cdktf_openai.validation import Rules

__all__ = [
    "Conversation",
    "RunSettings",
    "add_conversation",
    "check_composite",
    "create_composite",
    "use_or_create_assistant",
]


@dataclass(frozen=True)
class RunSettings:
    """The run props a composite passes through to its ``Run`` (see ``Run`` for each)."""

    model: str | None = None
    instructions: str | None = None
    tools: Sequence[Tool] | None = None
    temperature: float | None = None
    top_p: float | None = None
    max_tokens: int | NumberToken | None = None
    metadata: Mapping[str, str] | None = field(default=None, hash=False)

    def props(self) -> dict[str, Any]:
        """The settings as ``Run`` keyword arguments."""
        return {
            "model": self.model,
            "instructions": self.instructions,
            "tools": self.tools,
            "temperature": self.temperature,
            "top_p": self.top_p,
            "max_tokens": self.max_tokens,
            "metadata": self.metadata,
        }


def assistant_choice_problems(
    scope: Construct,
    assistant: HasId | str | None,
    model: str | None,
    instructions: str | None,
) -> list[Problem]:
    """A composite needs ``assistant`` or a model (its own, or the scope's ``Defaults``)."""
    problems = []
    if assistant is None and model is None and Defaults.of(scope).model is None:
        problems.append(
            Problem(
                "model",
                "must be set when no assistant is given (or set Defaults(model=...))",
                "None",
            )
        )
    if assistant is not None and instructions is not None:
        problems.append(
            Problem("instructions", "must be unset when an assistant is given", "a string")
        )
    return problems


def check_composite(
    scope: Construct,
    id: str,
    rules: Rules,
    props: Mapping[str, Any],
    *,
    assistant: HasId | str | None,
    model: str | None,
    instructions: str | None,
) -> None:
    """Check a composite's own props before it creates anything; raise every problem at once.

    Args:
        scope: The composite's scope.
        id: The composite's id.
        rules: The composite's rules for ``props``.
        props: The composite's own props (the children check theirs).
        assistant: The assistant given, if any.
        model: The model given, if any.
        instructions: The instructions of the assistant to create, if any.

    Raises:
        ValidationError: With the composite's path.
    """
    problems = scope_problems(scope, id)
    if not problems:
        stack_of(scope, id)
        problems, _ = rules.check(props)
        problems.extend(assistant_choice_problems(scope, assistant, model, instructions))
    if problems:
        raise ValidationError(construct_path(scope, id), problems)


def create_composite(composite: Construct, scope: Construct, id: str) -> None:
    """Create the composite's own construct (``Construct.__init__``) once its props are checked.

    Args:
        composite: The composite being created (``self``).
        scope: Its scope.
        id: Its id.

    Raises:
        ValidationError: When ``scope`` is in no stack, or already has a child named ``id``.
    """
    stack = stack_of(scope, id)
    with duplicate_id_as_validation_error(scope, id):
        Construct.__init__(composite, scope, id)
    remember(composite, stack)


def use_or_create_assistant(
    scope: Construct,
    assistant: HasId | str | None,
    *,
    model: str | None,
    name: str,
    instructions: str,
    tools: Sequence[Tool],
    metadata: Mapping[str, str] | None,
) -> tuple[HasId | str, str | None]:
    """The given assistant, or a new child ``assistant`` of ``scope``.

    Returns:
        The assistant, and the model the run should override (``model`` with a given
        assistant, None for a created one, which already has it).
    """
    if assistant is not None:
        return assistant, model
    created = Assistant(
        scope,
        "assistant",
        model=model,
        name=name,
        instructions=instructions,
        tools=tools,
        metadata=metadata,
    )
    return created, None


@dataclass(frozen=True)
class ConversationParts:
    """What ``add_conversation`` created."""

    thread: Thread
    question: ThreadMessage | None
    run: Run


def add_conversation(
    scope: Construct,
    *,
    assistant: HasId | str,
    messages: Sequence[Message] = (),
    question: str | None = None,
    attachments: Sequence[Attachment] = (),
    thread_metadata: Mapping[str, str] | None = None,
    run: RunSettings | None = None,
) -> ConversationParts:
    """Add ``thread`` (+ ``question``) + ``run`` children to ``scope``.

    The one implementation behind every composite of the library.

    Args:
        scope: The composite construct that owns the children.
        assistant: The assistant that runs, or its ID.
        messages: The messages the thread starts with.
        question: A user message added to the thread as an ``openai_message`` (Terraform creates
            the run after it); needed for ``attachments``.
        attachments: Files attached to ``question``.
        thread_metadata: The thread's metadata.
        run: The run's settings; unset, the run inherits everything from the assistant.
    """
    thread = Thread(scope, "thread", messages=messages, metadata=thread_metadata)
    message = None
    if question is not None or attachments:
        message = ThreadMessage(
            scope,
            "question",
            thread=thread,
            content=question if question is not None else "",
            attachments=attachments,
        )
    the_run = Run(
        scope,
        "run",
        thread=thread,
        assistant=assistant,
        depends_on=None if message is None else [message],
        **(run or RunSettings()).props(),
    )
    return ConversationParts(thread, message, the_run)


class Conversation(Construct):
    """A thread, optionally a question with files, and one run of an assistant on them.

    Children: ``thread`` (``Thread``), ``question`` (``ThreadMessage``, when ``question`` is
    given) and ``run`` (``Run``, which Terraform creates after the question).

    Example::

        Conversation(stack, "ask", assistant=helper,
                     messages=[Message.user("Summarize our SLA policy.")])
    """

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        assistant: HasId | str,
        messages: Sequence[Message] = (),
        question: str | None = None,
        attachments: Sequence[Attachment] = (),
        model: str | None = None,
        instructions: str | None = None,
        tools: Sequence[Tool] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        max_tokens: int | NumberToken | None = None,
        metadata: Mapping[str, str] | None = None,
    ) -> None:
        """Create the conversation.

        Args:
            scope: The stack (or construct) it belongs to.
            id: The construct id; the children are ``<id>/thread``, ``<id>/question``,
                ``<id>/run``.
            assistant: The ``Assistant`` (or its ID) that runs.
            messages: The messages the thread starts with.
            question: A user message added after the thread exists (an ``openai_message``);
                needed for ``attachments``.
            attachments: Files attached to ``question``, each with the tools that read it.
            model: The run's model override.
            instructions: The run's instructions override.
            tools: The run's tools override (code interpreter, file search).
            temperature: The run's temperature, 0 to 2.
            top_p: The run's top_p, 0 to 1.
            max_tokens: The run's token limit, a whole number >= 1.
            metadata: Metadata of the thread and of the run.

        Raises:
            ValidationError: From the child that has a problem, with its path.
        """
        invalid_scope = scope_problems(scope, id)
        if invalid_scope:
            raise ValidationError(construct_path(scope, id), invalid_scope)
        create_composite(self, scope, id)
        parts = add_conversation(
            self,
            assistant=assistant,
            messages=messages,
            question=question,
            attachments=attachments,
            thread_metadata=metadata,
            run=RunSettings(
                model=model,
                instructions=instructions,
                tools=tools,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                metadata=metadata,
            ),
        )
        #: The thread.
        self.thread = parts.thread
        #: The question added to the thread, if any.
        self.question = parts.question
        #: The run.
        self.run = parts.run
