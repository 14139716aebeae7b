"""``Run``: an assistant working on a thread (``openai_run``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, ClassVar, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.attributes import (
    null_safe_list,
    null_safe_number,
    null_safe_number_map,
    null_safe_string_list,
)
from cdktf_openai.base import OpenAIResource
from cdktf_openai.core import ITerraformDependable, NumberMap
from cdktf_openai.cross_stack import replace_trigger
from cdktf_openai.errors import Problem
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import run as _run
from cdktf_openai.limits import ASSISTANT, THREAD
from cdktf_openai.props import METADATA, TEMPERATURE_AND_TOP_P, Prop, Props
from cdktf_openai.references import AssistantRef, ThreadRef, id_reference
from cdktf_openai.stacks import stack_of
from cdktf_openai.tokens import NumberToken
from cdktf_openai.tool import NON_FUNCTION_TOOL, Tool
from cdktf_openai.validation import Items, TokenCheck
from cdktf_openai.workarounds import python_only_property, resource_address

# THREAD and ASSISTANT (limits.py) stay importable from here, where 0.3 declared them
__all__ = ["ASSISTANT", "THREAD", "Run"]


class Run(OpenAIResource, _run.Run):
    """A run: the assistant reads the thread and answers (``openai_run``).

    Terraform never waits for a run: provider 1.2.0 creates it with one API call and stores
    what that call returned, so right after ``apply`` the run is normally ``queued``, with no
    ``completed_at``, ``usage`` or ``steps``. A later ``terraform refresh`` (or
    ``terraform apply -refresh-only``) reads the run again and shows its progress; read the
    answer from the thread then. (The provider's ``completion_window`` attribute is never read
    by the provider, so this construct does not offer it.)

    Every change of a run's props makes Terraform replace it, ``metadata`` included: a new
    run is a new model call.

    A run cannot cap its tokens in provider 1.2.0: ``openai_run`` sends ``max_tokens``, which
    OpenAI's run create does not take, so this construct refuses it (and ``stream_for_tool``
    set to true, which no API takes either); for a capped run, use the generated
    ``openai_thread_run`` with ``max_completion_tokens`` and without ``tools`` (provider 1.2.0
    sends each of its tools with a ``function`` list OpenAI rejects; see "What OpenAI
    accepts" in docs/validation.md).

    Read-only attributes (tokens until apply), each of which can be a ``TerraformOutput``:
    ``id``, ``status`` (``queued`` right after apply), ``created_at``, ``object`` (as the API
    returned them), and ``started_at``, ``completed_at``, ``usage``, ``steps``, ``file_ids``,
    which provider 1.2.0 may leave unset and this construct reads as never null (``0``,
    ``{}``, ``[]``: see each attribute, and :mod:`cdktf_openai.attributes` for the raw values).

    Example::

        run = Run(stack, "review", thread=thread, assistant=reviewer, temperature=0.2)
        TerraformOutput(stack, "status", value=run.status)
    """

    _PROPS: ClassVar[Props] = Props(
        _run.RunConfig,
        warnings=[TEMPERATURE_AND_TOP_P],
        thread=Prop(THREAD, required=True, to="thread_id", render=id_reference),
        assistant=Prop(ASSISTANT, required=True, to="assistant_id", render=id_reference),
        model=Prop(limits.MODEL),
        instructions=Prop(limits.INSTRUCTIONS),
        tools=Prop(
            Items(each=NON_FUNCTION_TOOL), render=lambda tools: [t.for_run() for t in tools]
        ),
        temperature=Prop(limits.TEMPERATURE, default="temperature", zero_not_sent=True),
        top_p=Prop(limits.TOP_P, zero_not_sent=True),
        max_tokens=Prop(limits.MAX_TOKENS, not_accepted=limits.RUN_MAX_TOKENS),
        stream_for_tool=Prop(limits.FLAG, not_accepted=limits.RUN_STREAM_FOR_TOOL),
        metadata=METADATA,
        replace_triggered_by=Prop(
            limits.REPLACE_TRIGGERED_BY,
            to="lifecycle.replace_triggered_by",
            render=lambda resources: [resource_address(r) for r in resources],
        ),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        thread: ThreadRef,
        assistant: AssistantRef,
        model: str | None = None,
        instructions: str | None = None,
        tools: Sequence[Tool] | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        max_tokens: int | NumberToken | None = None,
        stream_for_tool: bool | None = None,
        metadata: Mapping[str, str] | None = None,
        replace_triggered_by: Sequence[ITerraformDependable] | None = None,
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Create the run.

        Args:
            scope: The construct this run belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            thread: The ``Thread`` (or generated ``openai_thread``) to run on, or its ID; a
                construct of another kind is refused.
            assistant: The ``Assistant`` (or generated ``openai_assistant``) that answers, or
                its ID; a construct of another kind is refused.
            model: Overrides the assistant's model for this run; one word, no whitespace.
            instructions: Overrides the assistant's instructions; at most 256,000 characters,
                not blank (provider 1.2.0 never sends ``""``, so it would not override).
            tools: Overrides the assistant's tools: ``Tool.code_interpreter()`` and
                ``Tool.file_search()`` only (provider 1.2.0 takes run tools as string maps, so
                function tools belong on the Assistant). ``None`` keeps the assistant's tools.
            temperature: Sampling temperature, 0 to 2. A token (e.g. a ``TerraformVariable``)
                is checked by ``terraform plan`` instead. Exactly 0 adds a warning: provider
                1.2.0 never sends a 0, so the assistant's temperature applies.
            top_p: Nucleus sampling, 0 to 1; setting it with ``temperature`` adds a warning
                (OpenAI advises changing one of them, not both). Tokens: as ``temperature``.
                Exactly 0 adds a warning, as for ``temperature``.
            max_tokens: Refused (a ``ValidationError``), whatever its value: provider 1.2.0
                sends it as ``max_tokens``, which no run create of OpenAI's Assistants API
                takes (HTTP 400; a lenient server ignores it, so it caps nothing), and
                ``openai_run`` has no other token cap. To cap a run's tokens, use the
                generated ``openai_thread_run`` (``ThreadRun``) with ``existing_thread_id``
                and ``max_completion_tokens``, without ``tools`` (OpenAI rejects every tool it
                sends). ``Defaults(max_tokens=...)`` does not fill it.
            stream_for_tool: ``False`` or unset: ``True`` is refused (provider 1.2.0 sends it,
                and no run create of OpenAI's takes it); ``False`` is never sent.
            metadata: Up to 16 string pairs (keys up to 64 characters, values up to 512).
            replace_triggered_by: Resources whose replacement or update replaces this run
                (Terraform's ``lifecycle.replace_triggered_by``): the inputs the run answers
                about that its arguments do not reference, e.g. a question message or the
                assistant, so that its answer never goes stale. A resource of another stack
                of the app works too: this stack gets a ``terraform_data`` stand-in that is
                replaced whenever the resource is (see :mod:`cdktf_openai.cross_stack`).
            **options: Terraform's ``depends_on`` and ``provider`` (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())

    @python_only_property
    def started_at(self) -> float:
        """When the run started, in Unix seconds; ``0`` for a run queued at apply.

        Provider 1.2.0 reads it from the API's answer to the create call only (a queued run
        has none there, and a refresh does not read it).
        """
        return null_safe_number(self, "started_at")

    @python_only_property
    def completed_at(self) -> float:
        """When the run completed, in Unix seconds; ``0`` for a run queued at apply.

        Provider 1.2.0 reads it from the API's answer to the create call only (a queued run
        has none there, and a refresh does not read it).
        """
        return null_safe_number(self, "completed_at")

    @python_only_property
    def usage(self) -> NumberMap:
        """Tokens used: ``prompt_tokens``, ``completion_tokens``, ``total_tokens``.

        ``{}`` while the state has no usage (a run queued at apply has none; a later
        ``terraform refresh`` reads it), and ``usage.lookup(key)`` is ``0`` until then.
        """
        return null_safe_number_map(self, "usage")

    @python_only_property
    def steps(self) -> _run.RunStepsList:
        """The run's steps; ``[]`` until a refresh finds the run ``completed``.

        Provider 1.2.0 reads them only then. An item's field (``steps.get(0).id``) is read as
        the provider stores it, so it needs a completed run.
        """
        return null_safe_list(_run.RunStepsList, self, "steps")

    @python_only_property
    def file_ids(self) -> list[str]:
        """The IDs of the files the run uses; ``[]`` when it uses none."""
        return null_safe_string_list(self, "file_ids")

    def _checked(
        self,
        scope: Construct,
        id: str,
        props: Mapping[str, Any],
        extra_problems: Callable[[], Iterable[Problem]],
    ) -> tuple[dict[str, Any], list[TokenCheck]]:
        """The checked props; ``replace_triggered_by`` names this stack's resources only.

        A resource of another stack there is replaced by its stand-in in this one
        (:func:`~cdktf_openai.cross_stack.replace_trigger`), created only once every prop is
        known to be good.
        """
        values, deferred = super()._checked(scope, id, props, extra_problems)
        triggers = values["replace_triggered_by"]
        if triggers:
            stack = stack_of(scope, id)
            values["replace_triggered_by"] = [replace_trigger(stack, r) for r in triggers]
        return values, deferred
