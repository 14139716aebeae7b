"""``ChatMessage``: a message that a ``Thread`` starts with (a value, not a resource)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from cdktf_openai import limits
from cdktf_openai.errors import ValidationError
from cdktf_openai.l1.thread import ThreadMessages
from cdktf_openai.tokens import as_kind, token_kind
from cdktf_openai.validation import Items, Rules, sorted_metadata
from cdktf_openai.workarounds import struct

__all__ = ["ChatMessage", "MessageRole"]

#: Who wrote a message.
MessageRole = Literal["user", "assistant"]

_RULES = Rules(
    {
        "role": limits.ROLE,
        "content": limits.CONTENT,
        "file_ids": Items(each=limits.ID),
        "metadata": limits.METADATA,
    },
    required=frozenset({"role", "content"}),
)


def _sequence(file_ids: Any) -> Any:
    """``file_ids`` as a tuple; a token (e.g. an iterator's value) as a list token.

    Anything else that is not a list (a single string, a number) is left for the rule to
    refuse, rather than split into characters.
    """
    if token_kind(file_ids) == "any":
        file_ids = as_kind(file_ids, "list")
    return tuple(file_ids) if isinstance(file_ids, list | tuple) else file_ids


@dataclass(frozen=True)
class ChatMessage:
    """One message of a thread: its role, its text, and optional files and metadata.

    Make one with ``ChatMessage.user(...)`` or ``ChatMessage.assistant(...)``. A message is
    checked when it is made, so a bad one never reaches a construct. (Not to be confused with
    ``ThreadMessage``, the ``openai_message`` resource that adds a message to a thread later.)

    Attributes:
        role: ``"user"`` or ``"assistant"``.
        content: The text; not empty, not only whitespace. May be a token (e.g.
            ``Fn.file(...)``).
        file_ids: IDs of files (``openai_file``) the message refers to. A ``Thread`` warns
            about them: provider 1.2.0 sends them as they are, which only an Assistants v1
            server takes (OpenAI's v2 has ``attachments``; see ``ThreadMessage``).
        metadata: Up to 16 string pairs (keys up to 64 characters, values up to 512).
    """

    role: MessageRole
    content: str
    file_ids: tuple[str, ...] = ()
    metadata: Mapping[str, str] | None = field(default=None, hash=False)

    def __post_init__(self) -> None:
        """Check every field; all problems are reported together."""
        problems, _ = _RULES.check(
            {
                "role": self.role,
                "content": self.content,
                "file_ids": self.file_ids,
                "metadata": self.metadata,
            }
        )
        if problems:
            raise ValidationError(
                f"ChatMessage.{self.role}" if self.role in ("user", "assistant") else "ChatMessage",
                problems,
            )
        object.__setattr__(self, "file_ids", _sequence(self.file_ids or ()))

    @classmethod
    def user(
        cls,
        content: str,
        *,
        file_ids: Sequence[str] = (),
        metadata: Mapping[str, str] | None = None,
    ) -> ChatMessage:
        """A message from the user.

        Args:
            content: The text; not empty, not only whitespace.
            file_ids: IDs of files the message refers to (a ``Thread`` warns: see the class).
            metadata: Up to 16 string pairs.
        """
        return cls("user", content, _sequence(file_ids), metadata)

    @classmethod
    def assistant(
        cls,
        content: str,
        *,
        file_ids: Sequence[str] = (),
        metadata: Mapping[str, str] | None = None,
    ) -> ChatMessage:
        """A message from the assistant (e.g. to seed a conversation with an example answer).

        Args:
            content: The text; not empty, not only whitespace.
            file_ids: IDs of files the message refers to (a ``Thread`` warns: see the class).
            metadata: Up to 16 string pairs.
        """
        return cls("assistant", content, _sequence(file_ids), metadata)

    def for_thread(self) -> ThreadMessages:
        """Render as an ``openai_thread`` ``messages`` block."""
        return struct(
            ThreadMessages,
            role=self.role,
            content=self.content,
            file_ids=list(self.file_ids) or None,
            metadata=sorted_metadata(self.metadata),
        )
