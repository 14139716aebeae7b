"""``Thread``: a conversation, created with its first messages (``openai_thread``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.base import OpenAIResource
from cdktf_openai.chat_message import ChatMessage
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import thread as _thread
from cdktf_openai.props import METADATA, Prop, Props, Warning
from cdktf_openai.validation import NO_TOKENS, Items, Predicate

__all__ = ["Thread"]

_MESSAGE = Predicate(
    lambda value: isinstance(value, ChatMessage), "a ChatMessage (ChatMessage.user(...))", NO_TOKENS
)

#: A message's ``file_ids`` (limits.MESSAGE_FILE_IDS): warned, on the thread that sends them.
_MESSAGE_FILE_IDS = Warning(
    limits.MESSAGE_FILE_IDS.code,
    f"messages[].file_ids: {limits.MESSAGE_FILE_IDS.warning}",
    lambda props: any(
        limits.MESSAGE_FILE_IDS.sent(message.file_ids) for message in props["messages"] or ()
    ),
)


class Thread(OpenAIResource, _thread.Thread):
    """A thread: a conversation that runs read and answer (``openai_thread``).

    Changing the messages replaces the thread (and so every run on it). Provider 1.2.0 would
    only do that when the *number* of messages changes, and plan an edited message as an update
    that it never sends; so a thread with messages has a ``terraform_data`` companion
    (``replace_on_change``) that makes any change of them a replacement (see
    :mod:`cdktf_openai.guard`).

    Read-only attributes (tokens until apply; provider 1.2.0 always sets them, so each can be
    a ``TerraformOutput``): ``id``, ``created_at``.

    Example::

        thread = Thread(stack, "question", messages=[ChatMessage.user("How do I log in?")],
                        metadata={"topic": "auth"})
    """

    _PROPS: ClassVar[Props] = Props(
        _thread.ThreadConfig,
        warnings=[_MESSAGE_FILE_IDS],
        messages=Prop(
            Items(each=_MESSAGE),
            render=lambda messages: [message.for_thread() for message in messages] or None,
            replace_on_change=True,  # an edited message would be an update the provider drops
        ),
        metadata=METADATA,
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        messages: Sequence[ChatMessage] = (),
        metadata: Mapping[str, str] | None = None,
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Create the thread.

        Args:
            scope: The construct this thread belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            messages: The messages the thread starts with, in order. A message with
                ``file_ids`` adds a warning (``messageFileIds``): provider 1.2.0 sends them as
                they are, which only an Assistants v1 server takes; attach files with a
                ``ThreadMessage`` instead.
            metadata: Up to 16 string pairs (keys up to 64 characters, values up to 512).
            **options: Terraform's ``depends_on`` and ``provider`` (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())
