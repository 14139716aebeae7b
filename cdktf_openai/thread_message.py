"""``ThreadMessage``: a message added to an existing thread (``openai_message``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.attachment import Attachment
from cdktf_openai.base import OpenAIResource
from cdktf_openai.chat_message import MessageRole
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import message as _message
from cdktf_openai.limits import THREAD
from cdktf_openai.props import METADATA, Prop, Props
from cdktf_openai.references import ThreadRef, id_reference
from cdktf_openai.validation import NO_TOKENS, Items, Predicate

__all__ = ["ThreadMessage"]

_ATTACHMENT = Predicate(
    lambda value: isinstance(value, Attachment), "an Attachment (Attachment.of(file))", NO_TOKENS
)


class ThreadMessage(OpenAIResource, _message.Message):
    """A message added to a thread that already exists (``openai_message``).

    Use it to add a question to a ``Thread`` (or to a thread made elsewhere, by ID), with
    files attached for file search or the code interpreter. Changing it replaces it: for its
    attachments, which provider 1.2.0 would update in place without sending, through a
    ``terraform_data`` companion (see :mod:`cdktf_openai.guard`).

    (For the messages a thread *starts* with, pass ``ChatMessage`` values to ``Thread``.)

    Read-only attributes (tokens until apply; provider 1.2.0 always sets them, so each can be
    a ``TerraformOutput``): ``id``, ``created_at``, ``assistant_id`` and ``run_id`` (``""`` for
    a message you add: only a run's own messages have them).

    Example::

        ThreadMessage(stack, "question", thread=thread, content="What does the spec say?",
                      attachments=[Attachment.of(spec_file)])
    """

    _PROPS: ClassVar[Props] = Props(
        _message.MessageConfig,
        thread=Prop(THREAD, required=True, to="thread_id", render=id_reference),
        content=Prop(limits.CONTENT, required=True),
        role=Prop(limits.ROLE, required=True),
        attachments=Prop(
            Items(max_items=limits.MAX_ATTACHMENTS, each=_ATTACHMENT),
            render=lambda attachments: [a.for_message() for a in attachments] or None,
            replace_on_change=True,  # an edited attachment would be an update the provider drops
        ),
        metadata=METADATA,
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        thread: ThreadRef,
        content: str,
        role: MessageRole = "user",
        attachments: Sequence[Attachment] = (),
        metadata: Mapping[str, str] | None = None,
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Create the message.

        Args:
            scope: The construct this message belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            thread: The ``Thread`` (or generated ``openai_thread``) to add to, or its ID; a
                construct of another kind is refused.
            content: The text; not empty, not only whitespace.
            role: ``"user"`` (default) or ``"assistant"``.
            attachments: Up to 10 files attached to the message, each with the tools that use it.
            metadata: Up to 16 string pairs (keys up to 64 characters, values up to 512).
            **options: Terraform's ``depends_on`` and ``provider`` (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())
