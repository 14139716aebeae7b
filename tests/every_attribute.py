"""A stack with one ``TerraformOutput`` per documented read-only attribute of every construct.

Shared by the unit tests of the synthesized output expressions (tests/test_attributes.py) and
the deploys with the real CLIs on the offline double (tests/offline/test_outputs_deploy.py).
As an app (``python -m tests.every_attribute``), it synthesizes the stack ``outputs``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from constructs import Construct

from cdktf_openai import (
    Assistant,
    ChatMessage,
    File,
    OpenAIProvider,
    Response,
    Run,
    Thread,
    ThreadMessage,
    VectorStore,
    VectorStoreFile,
)
from cdktf_openai.composites import CodeReviewResponse, CodeReviewRun
from cdktf_openai.core import App, TerraformOutput, TerraformStack

#: The document the stack's ``File`` uploads (a shipped example document).
DOCUMENT = Path(__file__).resolve().parent.parent / "examples" / "docs_search" / "docs"

#: Construct -> the attributes its docstring names as read-only ("Read-only attributes").
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "assistant": ("id", "created_at"),
    "file": ("id", "filename", "bytes", "created_at"),
    "thread": ("id", "created_at"),
    "message": ("id", "created_at", "assistant_id", "run_id"),
    "run": (
        "id",
        "status",
        "created_at",
        "started_at",
        "completed_at",
        "usage",
        "file_ids",
        "steps",
        "object",
    ),
    "response": ("id", "text", "usage", "output", "created", "object", "finish_reason"),
    "store": ("id", "status", "file_count", "created_at"),
    "store_file": ("id", "status", "created_at"),
}
#: Outputs of values derived from the attributes: map keys, and the composites' attributes.
DERIVED = (
    "run_total_tokens",
    "response_total_tokens",
    "review_run_status",
    "review_run_usage",
    "review_response_text",
)


def document() -> Path:
    """The first shipped document of the docs-search example."""
    return sorted(p for p in DOCUMENT.rglob("*") if p.is_file())[0]


def add_every_attribute(stack: Construct) -> dict[str, Any]:
    """Add one construct of each kind, and an output ``<construct>_<attribute>`` for each
    documented attribute (plus the :data:`DERIVED` outputs); return the constructs by name."""
    OpenAIProvider(stack, "openai")
    assistant = Assistant(stack, "assistant", model="gpt-4o", instructions="You answer.")
    file = File(stack, "file", path=document(), purpose="assistants")
    thread = Thread(stack, "thread", messages=[ChatMessage.user("Hello?")])
    message = ThreadMessage(stack, "message", thread=thread, content="And then?", role="user")
    run = Run(stack, "run", thread=thread, assistant=assistant, replace_triggered_by=[message])
    response = Response(stack, "response", model="gpt-4o", input="Say hi.")
    store = VectorStore(stack, "store", name="Docs")
    store_file = VectorStoreFile(stack, "store_file", vector_store=store, file=file)
    constructs: dict[str, Any] = {
        "assistant": assistant,
        "file": file,
        "thread": thread,
        "message": message,
        "run": run,
        "response": response,
        "store": store,
        "store_file": store_file,
    }
    for name, attributes in ATTRIBUTES.items():
        for attribute in attributes:
            value = getattr(constructs[name], attribute)
            TerraformOutput(stack, f"{name}_{attribute}", value=value)
    review_run = CodeReviewRun(
        stack, "review_run", code="x = 1", language="python", assistant=assistant
    )
    review_response = CodeReviewResponse(
        stack, "review_response", code="x = 1", language="python", model="gpt-4o"
    )
    TerraformOutput(stack, "run_total_tokens", value=run.usage.lookup("total_tokens"))
    TerraformOutput(stack, "response_total_tokens", value=response.usage.lookup("total_tokens"))
    TerraformOutput(stack, "review_run_status", value=review_run.run.status)
    TerraformOutput(stack, "review_run_usage", value=review_run.run.usage)
    TerraformOutput(stack, "review_response_text", value=review_response.text)
    constructs.update(review_run=review_run, review_response=review_response)
    return constructs


def main() -> None:
    """Synthesize the stack ``outputs`` into the app's output folder."""
    app = App()
    add_every_attribute(TerraformStack(app, "outputs"))
    app.synth()


if __name__ == "__main__":
    main()
