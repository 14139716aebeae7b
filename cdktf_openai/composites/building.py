"""What every composite shares: checking its own props, creating itself, adding its parts.

A composite checks its own props first (every problem at once, with its path), then creates
itself and its children; each child checks its own props. The helpers here are the one
implementation of that, and of the assistant + thread (+ question) + run pattern the
Assistants composites are built on.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from constructs import Construct

from cdktf_openai.assistant import Assistant
from cdktf_openai.attachment import Attachment
from cdktf_openai.base import construct_path, duplicate_id_as_validation_error, scope_problems
from cdktf_openai.batching import create, read_context
from cdktf_openai.chat_message import ChatMessage
from cdktf_openai.core import ITerraformDependable, TerraformProvider, TerraformResource
from cdktf_openai.defaults import defaults_at
from cdktf_openai.errors import Problem, ValidationError
from cdktf_openai.keywords import spread_keywords
from cdktf_openai.l1 import assistant as _assistant
from cdktf_openai.props import META_ARGUMENTS
from cdktf_openai.references import AssistantRef, ById
from cdktf_openai.run import Run
from cdktf_openai.stacks import check_composite_id, remember
from cdktf_openai.thread import Thread
from cdktf_openai.thread_message import ThreadMessage
from cdktf_openai.tool import Tool
from cdktf_openai.validation import Rules

__all__ = [
    "RUN_SETTINGS",
    "ConversationParts",
    "ExtraProblems",
    "add_conversation",
    "assistant_choice_problems",
    "model_problems",
    "run_settings",
    "start_composite",
    "use_or_create_assistant",
]


#: The run props a composite passes on to its ``Run``: every prop of ``Run`` but the ones the
#: composite wires itself. Declared once, in ``Run``'s props. A composite offers the sampling
#: ones as ``**settings: Unpack[RunSettings]`` (:mod:`cdktf_openai.keywords`) and writes out
#: those it gives a meaning of its own (``model``, ``instructions``...); a test keeps their
#: types the same as ``Run``'s.
RUN_SETTINGS: tuple[str, ...] = tuple(
    name
    for name in Run._PROPS.props
    if name not in {"thread", "assistant", "replace_triggered_by", *META_ARGUMENTS}
)


def run_settings(arguments: Mapping[str, Any], **overrides: Any) -> dict[str, Any]:
    """The run settings among a composite's arguments (its ``locals()``), then ``overrides``.

    Args:
        arguments: The composite's arguments; those named in ``RUN_SETTINGS`` are taken.
        overrides: Settings the composite decides itself (e.g. ``instructions=focus``).
    """
    arguments = spread_keywords(arguments)
    settings = {name: arguments[name] for name in RUN_SETTINGS if name in arguments}
    settings.update(overrides)
    return settings


#: Finds the problems of combinations of a composite's props, from its scope and arguments
#: (keyword groups spread); called once the scope is known to be valid.
ExtraProblems = Callable[[Construct, Mapping[str, Any]], Sequence[Problem]]


def assistant_choice_problems(scope: Construct, arguments: Mapping[str, Any]) -> list[Problem]:
    """A composite needs ``assistant`` or a model (its own, or the scope's ``Defaults``).

    Args:
        scope: The composite's scope (where ``Defaults`` are looked up).
        arguments: The composite's arguments: ``assistant``, ``model``, ``instructions``.
    """
    problems = []
    if arguments["assistant"] is None:
        problems.extend(model_problems(scope, arguments["model"], "when no assistant is given "))
    if arguments["assistant"] is not None and arguments["instructions"] is not None:
        problems.append(
            Problem("instructions", "must be unset when an assistant is given", "a string")
        )
    return problems


def model_problems(scope: Construct, model: str | None, when: str = "") -> list[Problem]:
    """A model is needed: the composite's own, or the scope's ``Defaults(model=...)``.

    Args:
        scope: The composite's scope (where ``Defaults`` are looked up).
        model: The model given, if any.
        when: When the model is needed, e.g. ``"when no assistant is given "``.
    """
    if model is not None or defaults_at(scope, read_context).model is not None:
        return []
    return [Problem("model", f"must be set {when}(or set Defaults(model=...))", "None")]


def start_composite(
    composite: Construct,
    scope: Construct,
    id: str,
    rules: Rules,
    arguments: Mapping[str, Any],
    extra_problems: ExtraProblems = lambda scope, arguments: (),
) -> None:
    """Check a composite's own props, raising every problem at once; then create its construct.

    Nothing is created when a prop has a problem. What ``Construct.__init__`` does is done
    here, once the props are known to be good.

    Args:
        composite: The composite being created (``self``).
        scope: Its scope.
        id: Its id.
        rules: The composite's rules: which of its props it checks itself, in this order (the
            children check theirs).
        arguments: The composite's arguments (its ``locals()``): at least every prop of
            ``rules``.
        extra_problems: Finds the problems of combinations of props.

    Raises:
        TypeError: For a keyword the composite does not take (see ``spread_keywords``).
        ValidationError: With the composite's path: a problem of its props, a scope in no
            stack, or an ``id`` its scope already has.
    """
    arguments = spread_keywords(arguments)
    problems = scope_problems(scope, id)
    if not problems:
        invalid_id = check_composite_id(scope, id)
        problems, _ = rules.check({name: arguments[name] for name in rules.by_field})
        problems.extend(extra_problems(scope, arguments))
        if invalid_id is not None:
            problems.insert(0, invalid_id)
    if problems:
        raise ValidationError(construct_path(scope, id), problems)
    with duplicate_id_as_validation_error(scope, id):
        create(composite, scope, id)  # what Construct.__init__ does (see batching.py)
    remember(composite, scope, id)


def use_or_create_assistant(
    scope: Construct,
    assistant: AssistantRef | None,
    *,
    model: str | None,
    name: str,
    instructions: str,
    tools: Sequence[Tool],
    metadata: Mapping[str, str] | None,
    provider: TerraformProvider | None = None,
) -> tuple[_assistant.Assistant | ById, str | None]:
    """The given assistant, or a new child ``assistant`` of ``scope``.

    Returns:
        The assistant (an ID given is kept as a ``ById``, so that ``.id`` works on any), and
        the model the run should override (``model`` with a given assistant, None for a
        created one, which already has it).
    """
    if isinstance(assistant, str):
        return ById(assistant), model
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
        provider=provider,
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
    assistant: AssistantRef,
    messages: Sequence[ChatMessage] = (),
    question: str | None = None,
    attachments: Sequence[Attachment] = (),
    thread_metadata: Mapping[str, str] | None = None,
    run: Mapping[str, Any] | None = None,
    provider: TerraformProvider | None = None,
) -> ConversationParts:
    """Add ``thread`` (+ ``question``) + ``run`` children to ``scope``.

    The one implementation behind every Assistants composite of the library. The run is
    replaced whenever an input it answers about changes: the thread through its ``thread_id``
    (a new thread is a new id), the question and an assistant construct through
    ``replace_triggered_by`` (the run does not reference the question, and an assistant is
    updated in place, keeping its id), so its answer never goes stale.

    Args:
        scope: The composite construct that owns the children.
        assistant: The assistant that runs, or its ID.
        messages: The messages the thread starts with.
        question: A user message added to the thread as an ``openai_message`` (Terraform creates
            the run after it); needed for ``attachments``.
        attachments: Files attached to ``question``.
        thread_metadata: The thread's metadata.
        run: The run's settings (see ``run_settings``); unset, the run inherits everything
            from the assistant.
        provider: The provider configuration of the thread, question and run.
    """
    thread = Thread(scope, "thread", messages=messages, metadata=thread_metadata, provider=provider)
    message = None
    if question is not None or attachments:
        message = ThreadMessage(
            scope,
            "question",
            thread=thread,
            content=question if question is not None else "",
            attachments=attachments,
            provider=provider,
        )
    parts: tuple[object, ...] = (message, assistant)
    triggers: list[ITerraformDependable] = [p for p in parts if isinstance(p, TerraformResource)]
    the_run = Run(
        scope,
        "run",
        thread=thread,
        assistant=assistant,
        depends_on=None if message is None else [message],
        replace_triggered_by=triggers or None,
        provider=provider,
        **(run or {}),
    )
    return ConversationParts(thread, message, the_run)
