"""The quick-start app (``examples/quickstart``) written with the generated classes only.

The cold-start target compares ``examples.quickstart`` (L2 constructs and composites) with this:
the same Terraform resources, outputs and asset, built the way a user of the bare generated
bindings would write them -- one flat stack, no composites. The harness checks that both
documents hold the same resources (compared by content, since the composites nest theirs).
"""

from __future__ import annotations

import json
from typing import Any

from constructs import Construct

from cdktf_openai.composites.review import REVIEWER_INSTRUCTIONS, fenced
from cdktf_openai.core import (
    AssetType,
    DataResource,
    TerraformAsset,
    TerraformOutput,
    TerraformResourceLifecycle,
    TerraformStack,
)
from cdktf_openai.l1.assistant import Assistant, AssistantTools
from cdktf_openai.l1.file import File
from cdktf_openai.l1.message import Message, MessageAttachments, MessageAttachmentsTools
from cdktf_openai.l1.provider import OpenaiProvider
from cdktf_openai.l1.run import Run
from cdktf_openai.l1.thread import Thread, ThreadMessages
from cdktf_openai.l1.vector_store import VectorStore, VectorStoreExpiresAfter
from cdktf_openai.l1.vector_store_file import VectorStoreFile
from examples.code_review.main import SQL_FUNCTION
from examples.common import MODEL
from examples.docs_search.main import DOCS
from examples.optimization.main import BUBBLE_SORT

__all__ = ["QuickstartL1Stack"]

_SECURITY = {"priority": "high", "requested_by": "security-team", "ticket_id": "SEC-001"}
_OPTIMIZATION = {"complexity_focus": "time-complexity", "optimization_type": "algorithm"}
_DOCS = {"search_type": "documentation", "topic": "authentication"}


def _review_message(code: str, language: str) -> ThreadMessages:
    return ThreadMessages(
        role="user", content=f"Please review this {language} code:\n\n{fenced(code, language)}"
    )


def _outputs(scope: Construct, name: str, run: Run) -> None:
    TerraformOutput(scope, f"{name}_run_id", value=run.id, description=f"ID of the {name} run")
    TerraformOutput(
        scope, f"{name}_run_status", value=run.status, description=f"Status of the {name} run"
    )


def _guard(resource: Any, **values: Any) -> None:
    """The companion the L2 adds for values the provider would not update (guard.py)."""
    texts = {k: json.dumps(v, sort_keys=True, separators=(",", ":")) for k, v in values.items()}
    guard = DataResource(resource, "replace_on_change", input=texts)
    resource.lifecycle = _replaced_by(f"terraform_data.{guard.friendly_unique_id}")


def _review_messages(code: str, language: str) -> list[dict[str, Any]]:
    content = f"Please review this {language} code:\n\n{fenced(code, language)}"
    return [{"content": content, "file_ids": [], "role": "user"}]


def _replaced_by(*addresses: str) -> TerraformResourceLifecycle:
    """The run is replaced when these change (what the composites do for their runs)."""
    return TerraformResourceLifecycle(replace_triggered_by=list(addresses))


class QuickstartL1Stack(TerraformStack):
    """``examples.quickstart.main.QuickstartStack``, with generated classes only."""

    def __init__(self, scope: Construct, id: str) -> None:
        """Create the stack.

        Args:
            scope: The app.
            id: The stack's name.
        """
        super().__init__(scope, id)
        OpenaiProvider(self, "openai")

        reviewer = Assistant(
            self,
            "security_review_assistant",
            model=MODEL,
            name="Code reviewer",
            instructions=REVIEWER_INSTRUCTIONS,
            tools=[AssistantTools(type="code_interpreter")],
            metadata=_SECURITY,
        )
        security_thread = Thread(
            self,
            "security_review_thread",
            messages=[_review_message(SQL_FUNCTION, "python")],
            metadata=_SECURITY,
        )
        _guard(security_thread, messages=_review_messages(SQL_FUNCTION, "python"))
        security = Run(
            self,
            "security_review_run",
            thread_id=security_thread.id,
            assistant_id=reviewer.id,
            instructions="Focus particularly on SQL injection vulnerabilities and suggest "
            "secure alternatives.",
            metadata=_SECURITY,
            lifecycle=_replaced_by("openai_assistant.security_review_assistant"),
        )

        optimization_thread = Thread(
            self,
            "optimization_review_thread",
            messages=[_review_message(BUBBLE_SORT, "javascript")],
            metadata=_OPTIMIZATION,
        )
        _guard(optimization_thread, messages=_review_messages(BUBBLE_SORT, "javascript"))
        optimization = Run(
            self,
            "optimization_review_run",
            thread_id=optimization_thread.id,
            assistant_id=reviewer.id,
            instructions="Provide optimized versions of the code with explanations of the "
            "improvements.",
            temperature=0.7,
            metadata=_OPTIMIZATION,
            lifecycle=_replaced_by("openai_assistant.security_review_assistant"),
        )

        asset = TerraformAsset(
            self, "docs_search_document", path=str(DOCS / "authentication.md"), type=AssetType.FILE
        )
        document = File(self, "docs_search_document_file", file=asset.path, purpose="assistants")
        store = VectorStore(
            self,
            "docs_search_vector_store",
            name="Documentation Store",
            expires_after=VectorStoreExpiresAfter(anchor="last_active_at", days=30),
            metadata=_DOCS,
        )
        _guard(store, expires_after_days=30)
        VectorStoreFile(
            self, "docs_search_vector_store_file", vector_store_id=store.id, file_id=document.id
        )
        helper = Assistant(
            self,
            "docs_search_assistant",
            model=MODEL,
            name="Documentation assistant",
            instructions="You help users find and understand documentation. Cite the document.",
            tools=[AssistantTools(type="file_search")],
            metadata=_DOCS,
        )
        docs_thread = Thread(self, "docs_search_thread", metadata=_DOCS)
        question = Message(
            self,
            "docs_search_question",
            thread_id=docs_thread.id,
            role="user",
            content="How do I configure authentication in the system?",
            attachments=[
                MessageAttachments(
                    file_id=document.id, tools=[MessageAttachmentsTools(type="file_search")]
                )
            ],
        )
        _guard(question, attachments=[{"file": document.id, "tools": [{"type": "file_search"}]}])
        docs = Run(
            self,
            "docs_search_run",
            thread_id=docs_thread.id,
            assistant_id=helper.id,
            tools=[{"type": "file_search"}],
            metadata=_DOCS,
            depends_on=[question],
            lifecycle=_replaced_by(
                "openai_message.docs_search_question", "openai_assistant.docs_search_assistant"
            ),
        )

        _outputs(self, "security_review", security)
        _outputs(self, "optimization_review", optimization)
        _outputs(self, "docs_search", docs)
