"""``VectorStore``: files indexed for file search (``openai_vector_store``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar, Literal, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.attributes import null_safe_number, null_safe_string
from cdktf_openai.base import OpenAIResource
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import vector_store as _vector_store
from cdktf_openai.props import METADATA, Prop, Props
from cdktf_openai.references import FileRef, id_reference
from cdktf_openai.tokens import NumberToken
from cdktf_openai.validation import Items
from cdktf_openai.workarounds import python_only_property, struct

__all__ = ["VectorStore"]

#: The anchor OpenAI measures a vector store's expiry from.
EXPIRY_ANCHOR = "last_active_at"


class VectorStore(OpenAIResource, _vector_store.VectorStore):
    """A vector store: files chunked and embedded for file search (``openai_vector_store``).

    Provider 1.2.0 cannot attach a vector store to an assistant or a thread (it has no
    ``tool_resources``); see ``DocumentSearch`` for how files reach file search with it. Its
    Update sends only the name, metadata and files: a change of ``chunking`` or
    ``expires_after_days`` replaces the store instead, through a ``terraform_data`` companion
    (see :mod:`cdktf_openai.guard`).

    Read-only attributes (tokens until apply), each of which can be a ``TerraformOutput``:
    ``id``, and ``status``, ``file_count``, ``created_at``, which provider 1.2.0 sets only when
    the API's answer has them and this construct reads as never null (``""``, ``0``: see each
    attribute, and :mod:`cdktf_openai.attributes` for the raw values).

    Example::

        store = VectorStore(stack, "docs", name="Documentation", expires_after_days=30)
        VectorStoreFile(stack, "spec_in_docs", vector_store=store, file=spec)
    """

    _PROPS: ClassVar[Props] = Props(
        _vector_store.VectorStoreConfig,
        name=Prop(limits.VECTOR_STORE_NAME, required=True),
        files=Prop(
            Items(each=limits.FILE),
            to="file_ids",
            render=lambda files: [id_reference(file) for file in files] or None,
            not_accepted=limits.VECTOR_STORE_FILES,
        ),
        chunking=Prop(
            limits.VECTOR_STORE_CHUNKING,
            to="chunking_strategy",
            render=lambda chunking: struct(
                _vector_store.VectorStoreChunkingStrategy, type=chunking
            ),
            replace_on_change=True,  # the provider's Update does not send it
            not_accepted=limits.VECTOR_STORE_STATIC_CHUNKING,
        ),
        expires_after_days=Prop(
            limits.EXPIRY_DAYS,
            to="expires_after",
            render=lambda days: struct(
                _vector_store.VectorStoreExpiresAfter, anchor=EXPIRY_ANCHOR, days=days
            ),
            replace_on_change=True,  # the provider's Update does not send it
        ),
        metadata=METADATA,
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        name: str,
        files: Sequence[FileRef] = (),
        chunking: Literal["auto", "static"] | None = None,
        expires_after_days: int | NumberToken | None = None,
        metadata: Mapping[str, str] | None = None,
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Create the vector store.

        Args:
            scope: The construct this store belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            name: The store's name; 1 to 256 characters.
            files: ``File`` constructs (or file IDs) to index; a construct of another kind is
                refused. Set, a warning (``vectorStoreFiles``): OpenAI takes them on create,
                but provider 1.2.0 sends a later change of them in the vector store update,
                which OpenAI answers with HTTP 400. Instead add each file with a
                ``VectorStoreFile``.
            chunking: ``"auto"``; unset, OpenAI chooses. ``"static"`` is refused:
                provider 1.2.0 sends it without the chunk sizes OpenAI requires (HTTP 400).
            expires_after_days: Delete the store this many days (1 to 365) after it was last
                used; unset, it never expires.
            metadata: Up to 16 string pairs (keys up to 64 characters, values up to 512).
            **options: Terraform's ``depends_on`` and ``provider`` (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())

    @python_only_property
    def status(self) -> str:
        """``in_progress``, ``completed`` or ``expired``, as of the last apply or refresh.

        ``""`` if the API's answer had no status.
        """
        return null_safe_string(self, "status")

    @python_only_property
    def file_count(self) -> float:
        """The provider's ``file_count``; ``0`` when the API's answer has no ``file_count``.

        OpenAI's API reports ``file_counts`` (an object), which provider 1.2.0 does not read,
        so against OpenAI this is ``0``.
        """
        return null_safe_number(self, "file_count")

    @python_only_property
    def created_at(self) -> float:
        """When the store was created, in Unix seconds; ``0`` if the API did not say."""
        return null_safe_number(self, "created_at")
