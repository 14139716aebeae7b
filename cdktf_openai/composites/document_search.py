"""``DocumentSearch``: ask a question about your documents, with file search."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import ClassVar, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.attachment import Attachment
from cdktf_openai.composites.building import (
    add_conversation,
    assistant_choice_problems,
    run_settings,
    start_composite,
    use_or_create_assistant,
)
from cdktf_openai.composites.reply import RunReply
from cdktf_openai.core import TerraformProvider
from cdktf_openai.file import File
from cdktf_openai.keywords import RunSettings
from cdktf_openai.l1 import assistant as _assistant
from cdktf_openai.references import AssistantRef, ById
from cdktf_openai.tokens import NumberToken
from cdktf_openai.tool import Tool
from cdktf_openai.validation import Items, Rules
from cdktf_openai.vector_store import VectorStore
from cdktf_openai.vector_store_file import VectorStoreFile

__all__ = ["DOCS_INSTRUCTIONS", "DocumentSearch"]

#: The instructions of the documentation assistant that ``DocumentSearch`` creates.
DOCS_INSTRUCTIONS = "You help users find and understand documentation. Cite the document."


class DocumentSearch(RunReply, Construct):
    """Upload documents, index them, and run an assistant with file search on a question.

    Creates: one ``File`` per document (``documents/<n>``), a ``VectorStore``
    (``vector_store``) and one ``VectorStoreFile`` per document adding it to the store
    (``vector_store_files/<n>``: provider 1.2.0 sends a change of a store's own ``files`` in
    its update, which OpenAI rejects, while a ``VectorStoreFile`` is created or deleted on
    its own, see ``limits.VECTOR_STORE_FILES``), a documentation ``Assistant`` with the
    file-search tool (``assistant``, unless one is given), a ``Thread`` (``thread``), the
    question as a ``ThreadMessage`` with every document attached for file search
    (``question``), and a ``Run`` with the file-search tool, which Terraform creates after
    the question (``run``, ``depends_on``). Reading
    ``text`` (the answer, ``""`` until the refresh after the run's apply) adds ``reply``, the
    ``openai_messages`` data source that reads it.

    What provider 1.2.0 cannot express, and how this construct works around it:
    ``openai_assistant`` has no ``tool_resources``, so the vector store cannot be attached to
    the assistant, and ``openai_thread`` cannot attach one to the thread either. The documents
    therefore reach file search as *attachments of the question* (OpenAI indexes attached
    files into the thread's own vector store). The ``vector_store`` is still created with the
    documents -- it is the reusable index for other clients and for a provider that can attach
    it -- but this run does not read it.

    Example::

        search = DocumentSearch(stack, "auth_docs", documents=["docs/auth.md"],
                                question="How do I configure authentication?",
                                model="gpt-4o")
    """

    _RULES: ClassVar[Rules] = Rules(
        {
            "question": limits.CONTENT,
            "assistant": limits.ASSISTANT,
            "documents": Items(
                min_items=1, max_items=limits.MAX_ATTACHMENTS, each=limits.FILE_PATH
            ),
            "model": limits.MODEL,
            "instructions": limits.INSTRUCTIONS,
            "store_name": limits.VECTOR_STORE_NAME,
        },
        required=frozenset({"question", "documents"}),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        question: str,
        documents: Sequence[str | Path],
        assistant: AssistantRef | None = None,
        model: str | None = None,
        instructions: str | None = None,
        store_name: str | None = None,
        expires_after_days: int | NumberToken | None = None,
        metadata: Mapping[str, str] | None = None,
        provider: TerraformProvider | None = None,
        **settings: Unpack[RunSettings],
    ) -> None:
        """Create the search.

        Args:
            scope: The stack (or construct) it belongs to.
            id: The construct id.
            question: The user's question; not empty, not only whitespace.
            documents: Paths of local files to upload (1 to 10; each must exist).
            assistant: An existing assistant with the file-search tool, or its ID; a construct
                of another kind is refused. Unset: one is created from ``model`` and
                ``instructions``.
            model: The created assistant's model; with ``assistant``, overrides the model for
                this run only. One of ``assistant`` and ``model`` is needed.
            instructions: The created assistant's instructions (default:
                ``DOCS_INSTRUCTIONS``); not blank. Not allowed with ``assistant``.
            store_name: The vector store's name (default: the construct id).
            expires_after_days: Delete the vector store this many days (1 to 365) after its
                last use.
            metadata: Metadata of every resource that has metadata.
            provider: The provider configuration of every resource it creates (an
                ``OpenAIProvider``), when the stack has several.
            **settings: The run's ``temperature`` and ``top_p`` (``RunSettings``; its
                ``max_tokens`` is refused, as on ``Run``).

        Raises:
            ValidationError: Every problem of the search's own props at once (a missing
                document included); a problem of a child's setting is reported by the child.
        """
        start_composite(self, scope, id, self._RULES, locals(), assistant_choice_problems)
        documents_scope = Construct(self, "documents")
        #: The uploaded documents, in the order given.
        self.files = [
            File(documents_scope, str(index), path=path, provider=provider)
            for index, path in enumerate(documents)
        ]
        #: The vector store indexing the documents (see the class docs for how it is used).
        self.vector_store = VectorStore(
            self,
            "vector_store",
            name=store_name or id,
            expires_after_days=expires_after_days,
            metadata=metadata,
            provider=provider,
        )
        store_files_scope = Construct(self, "vector_store_files")
        #: Each document added to the vector store, in the order given (a changed document is
        #: a new file: its ``VectorStoreFile`` is replaced, which OpenAI takes, where a
        #: store's own ``files`` would be updated, which OpenAI rejects).
        self.vector_store_files = [
            VectorStoreFile(
                store_files_scope,
                str(index),
                vector_store=self.vector_store,
                file=file,
                provider=provider,
            )
            for index, file in enumerate(self.files)
        ]
        file_search = Tool.file_search()
        reviewer, model = use_or_create_assistant(
            self,
            assistant,
            model=model,
            name="Documentation assistant",
            instructions=instructions or DOCS_INSTRUCTIONS,
            tools=[file_search],
            metadata=metadata,
            provider=provider,
        )
        parts = add_conversation(
            self,
            assistant=reviewer,
            question=question,
            attachments=[Attachment.of(file, tools=[file_search]) for file in self.files],
            thread_metadata=metadata,
            run=run_settings(locals(), model=model, instructions=None, tools=[file_search]),
            provider=provider,
        )
        #: The assistant: the one created here, or the one given (an ID as a ``ById``).
        self.assistant: _assistant.Assistant | ById = reviewer
        #: The thread.
        self.thread = parts.thread
        #: The question, with the documents attached.
        self.question = parts.question
        #: The run, with the file-search tool.
        self.run = parts.run
