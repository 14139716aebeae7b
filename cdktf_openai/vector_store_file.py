"""``VectorStoreFile``: one file added to a vector store (``openai_vector_store_file``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.attributes import null_safe_number, null_safe_string
from cdktf_openai.base import OpenAIResource
from cdktf_openai.chunking import Chunking
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import vector_store_file as _vector_store_file
from cdktf_openai.props import Prop, Props
from cdktf_openai.references import FileRef, VectorStoreRef, id_reference
from cdktf_openai.validation import NO_TOKENS, Predicate, sorted_metadata
from cdktf_openai.workarounds import python_only_property

__all__ = ["VectorStoreFile"]


class VectorStoreFile(OpenAIResource, _vector_store_file.VectorStoreFile):
    """A file added to a vector store, with its own chunking (``openai_vector_store_file``).

    ``chunking`` is refused (``limits.VECTOR_STORE_FILE_CHUNKING``): leave it unset, and
    OpenAI chunks the file with its auto strategy. Provider 1.2.0's Update sends only
    ``attributes``.

    Read-only attributes (tokens until apply), each of which can be a ``TerraformOutput``:
    ``id``, and ``status``, ``created_at``, which provider 1.2.0 sets only when the API's
    answer has them and this construct reads as never null (``""``, ``0``: see each
    attribute, and :mod:`cdktf_openai.attributes` for the raw values).

    Example::

        VectorStoreFile(stack, "spec_in_docs", vector_store=store, file=spec,
                        attributes={"topic": "auth"})
    """

    _PROPS: ClassVar[Props] = Props(
        _vector_store_file.VectorStoreFileConfig,
        vector_store=Prop(
            limits.VECTOR_STORE, required=True, to="vector_store_id", render=id_reference
        ),
        file=Prop(limits.FILE, required=True, to="file_id", render=id_reference),
        chunking=Prop(
            Predicate(
                lambda value: isinstance(value, Chunking),
                "a Chunking (none is accepted: see limits.VECTOR_STORE_FILE_CHUNKING)",
                NO_TOKENS,
            ),
            to="chunking_strategy",
            render=lambda chunking: chunking.for_vector_store_file(),
            # never set while refused; kept so that a change would replace the file (the
            # provider's Update sends only attributes) should the refusal ever be lifted
            replace_on_change=True,
            not_accepted=limits.VECTOR_STORE_FILE_CHUNKING,
        ),
        attributes=Prop(limits.ATTRIBUTES, render=sorted_metadata),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        vector_store: VectorStoreRef,
        file: FileRef,
        chunking: Chunking | None = None,
        attributes: Mapping[str, str] | None = None,
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Add the file to the store.

        Args:
            scope: The construct this belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            vector_store: The ``VectorStore`` (or its ID); a construct of another kind is
                refused.
            file: The ``File`` (or its ID); a construct of another kind is refused.
            chunking: Refused (a ``ValidationError``), whatever its value, ``Chunking.auto()``
                included: provider 1.2.0 sends ``size`` and ``max_tokens`` (0 when not given)
                inside ``chunking_strategy``, which OpenAI does not take (HTTP 400). Leave it
                unset: OpenAI then chunks the file with its auto strategy.
            attributes: Up to 16 string pairs (keys up to 64 characters, values up to 512)
                describing the file, for filtering searches.
            **options: Terraform's ``depends_on`` and ``provider`` (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())

    @python_only_property
    def status(self) -> str:
        """``in_progress`` (normally, right after apply), ``completed``, ``cancelled``, ``failed``.

        As of the last apply or refresh; ``""`` if the API's answer had none.
        """
        return null_safe_string(self, "status")

    @python_only_property
    def created_at(self) -> float:
        """When the file was added, in Unix seconds; ``0`` if the API did not say."""
        return null_safe_number(self, "created_at")
