"""``Attachment``: a file attached to a message, with the tools that use it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from cdktf_openai import limits
from cdktf_openai.errors import ValidationError
from cdktf_openai.l1.message import MessageAttachments, MessageAttachmentsTools
from cdktf_openai.references import FileRef, id_of
from cdktf_openai.tool import NON_FUNCTION_TOOL, Tool
from cdktf_openai.validation import Items, Rules
from cdktf_openai.workarounds import struct

__all__ = ["Attachment"]

_RULES = Rules(
    {
        "file": limits.FILE,
        "tools": Items(min_items=1, each=NON_FUNCTION_TOOL),
    },
    required=frozenset({"file", "tools"}),
)


@dataclass(frozen=True)
class Attachment:
    """A file attached to a ``ThreadMessage``, and the tools that may read it.

    Attributes:
        file: The file (a ``File``, or generated ``openai_file``) or its ID; a construct of
            another kind is refused.
        tools: One or more of ``Tool.file_search()`` and ``Tool.code_interpreter()``.
    """

    file: FileRef
    tools: tuple[Tool, ...] = (Tool.file_search(),)

    def __post_init__(self) -> None:
        """Check the file and tools; all problems are reported together."""
        problems, _ = _RULES.check({"file": self.file, "tools": self.tools})
        if problems:
            raise ValidationError("Attachment", problems)

    @classmethod
    def of(cls, file: FileRef, *, tools: Sequence[Tool] = (Tool.file_search(),)) -> Attachment:
        """Attach ``file`` for ``tools`` (file search by default).

        Args:
            file: The ``File`` (or generated ``openai_file``) or its ID.
            tools: The tools that may use the file; at least one.
        """
        return cls(file, tuple(tools))

    def for_message(self) -> MessageAttachments:
        """Render as an ``openai_message`` ``attachments`` block."""
        return struct(
            MessageAttachments,
            file_id=id_of(self.file),
            tools=[struct(MessageAttachmentsTools, type=tool.type) for tool in self.tools],
        )
