"""``Chunking``: how a vector store splits a file (``openai_vector_store_file``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from cdktf_openai import limits
from cdktf_openai.errors import ValidationError
from cdktf_openai.l1.vector_store_file import VectorStoreFileChunkingStrategy
from cdktf_openai.validation import OneOf, Rules
from cdktf_openai.workarounds import struct

__all__ = ["Chunking"]

_RULES = Rules(
    {
        "type": OneOf(("auto", "fixed", "semantic")),
        "size": limits.CHUNK_SIZE,
        "max_tokens": limits.CHUNK_SIZE,
    },
    required=frozenset({"type"}),
)


@dataclass(frozen=True)
class Chunking:
    """A chunking strategy for one file of a vector store.

    Make one with ``Chunking.auto()``, ``Chunking.fixed(size)`` or
    ``Chunking.semantic(max_tokens)``. Sizes are whole numbers from 100 to 4,096: OpenAI's
    bounds for static chunks, applied to the provider's ``size`` and ``max_tokens``. They exist
    because provider 1.2.0's ``chunking_strategy`` block has these types and fields. None
    reaches OpenAI as it takes it: provider 1.2.0 sends ``size`` and ``max_tokens`` (0 when
    not given) beside every type, ``auto`` included, and OpenAI answers HTTP 400, so a
    ``VectorStoreFile`` refuses every chunking (``limits.VECTOR_STORE_FILE_CHUNKING``); left
    unset, OpenAI chunks the file with its auto strategy.

    Attributes:
        type: ``"auto"``, ``"fixed"`` or ``"semantic"``.
        size: The chunk size of a fixed strategy.
        max_tokens: The most tokens per chunk of a semantic strategy.
    """

    type: Literal["auto", "fixed", "semantic"]
    size: int | None = None
    max_tokens: int | None = None

    def __post_init__(self) -> None:
        """Check the fields; all problems are reported together."""
        problems, _ = _RULES.check(
            {"type": self.type, "size": self.size, "max_tokens": self.max_tokens}
        )
        if problems:
            raise ValidationError(f"Chunking.{self.type}", problems)

    @classmethod
    def auto(cls) -> Chunking:
        """Let OpenAI choose (the default when no strategy is given)."""
        return cls("auto")

    @classmethod
    def fixed(cls, size: int) -> Chunking:
        """Chunks of a fixed size.

        Args:
            size: The chunk size, 100 to 4,096.
        """
        return cls("fixed", size=size)

    @classmethod
    def semantic(cls, max_tokens: int) -> Chunking:
        """Chunks along meaning, of at most ``max_tokens`` tokens.

        Args:
            max_tokens: The most tokens per chunk, 100 to 4,096.
        """
        return cls("semantic", max_tokens=max_tokens)

    def for_vector_store_file(self) -> VectorStoreFileChunkingStrategy:
        """Render as an ``openai_vector_store_file`` ``chunking_strategy`` block."""
        return struct(
            VectorStoreFileChunkingStrategy,
            type=self.type,
            size=self.size,
            max_tokens=self.max_tokens,
        )
