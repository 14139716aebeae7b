"""``Assistant``: a model with instructions and tools (``openai_assistant``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.base import OpenAIResource
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import assistant as _assistant
from cdktf_openai.props import METADATA, Prop, Props
from cdktf_openai.tool import TOOL, Tool
from cdktf_openai.validation import Items

__all__ = ["Assistant"]


class Assistant(OpenAIResource, _assistant.Assistant):
    """An assistant: a model, its instructions and its tools (``openai_assistant``).

    Provider 1.2.0 has no ``tool_resources`` on ``openai_assistant``: files reach file search
    through vector stores and message attachments instead. Its ``file_ids`` are sent at the
    top level, which OpenAI's Assistants v2 does not take: setting them adds a warning.

    Read-only attributes (tokens until apply; provider 1.2.0 always sets them, so each can be
    a ``TerraformOutput``): ``id``, ``created_at``.

    Example::

        reviewer = Assistant(stack, "reviewer", model="gpt-4o",
                             instructions="You review code.", tools=[Tool.code_interpreter()])
    """

    _PROPS: ClassVar[Props] = Props(
        _assistant.AssistantConfig,
        model=Prop(limits.MODEL, required=True, default="model"),
        name=Prop(limits.NAME),
        description=Prop(limits.DESCRIPTION),
        instructions=Prop(limits.INSTRUCTIONS),
        tools=Prop(
            Items(max_items=limits.MAX_ASSISTANT_TOOLS, each=TOOL),
            render=lambda tools: [tool.for_assistant() for tool in tools] or None,
        ),
        file_ids=Prop(
            Items(max_items=limits.MAX_ASSISTANT_FILES, each=limits.ID),
            render=lambda file_ids: list(file_ids) or None,
            not_accepted=limits.ASSISTANT_FILE_IDS,
        ),
        metadata=METADATA,
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        model: str | None = None,
        name: str | None = None,
        description: str | None = None,
        instructions: str | None = None,
        tools: Sequence[Tool] = (),
        file_ids: Sequence[str] = (),
        metadata: Mapping[str, str] | None = None,
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Create the assistant.

        Args:
            scope: The construct this assistant belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            model: The model id, e.g. ``"gpt-4o"``; one word, no whitespace. Required, unless
                the scope has ``Defaults(model=...)``.
            name: Display name; at most 256 characters.
            description: At most 512 characters.
            instructions: The system instructions; at most 256,000 characters, not blank (unset
                for none).
            tools: Up to 128 tools: ``Tool.code_interpreter()``, ``Tool.file_search()``,
                ``Tool.function(...)``.
            file_ids: Up to 20 IDs of files (``openai_file``) attached to the assistant.
                Setting any adds a warning (``assistantFileIds``): provider 1.2.0 sends them
                as top-level ``file_ids``, which only an Assistants v1 server takes (OpenAI's
                v2 answers HTTP 400). Prefer ``Tool.file_search()`` with the files attached
                to a ``ThreadMessage``.
            metadata: Up to 16 string pairs (keys up to 64 characters, values up to 512).
            **options: Terraform's ``depends_on`` and ``provider`` (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())
