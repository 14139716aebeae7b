"""Documentation search: upload docs, index them, ask a question with file search.

The third scenario of the provider's ``openai_run`` page, as one ``DocumentSearch``. Provider
1.2.0 has no ``tool_resources``, so the page's HCL cannot be applied; this construct wires the
documents the way 1.2.0 allows (see ``DocumentSearch``). The document ships next to this file.
Run on its own: ``.venv/bin/python -m examples.docs_search.main``.
"""

from __future__ import annotations

from pathlib import Path

from constructs import Construct

from cdktf_openai import DocumentSearch
from cdktf_openai.core import App, TerraformStack
from examples.common import MODEL, add_provider, add_run_outputs

STACK_NAME = "docs_search"

DOCS = Path(__file__).resolve().parent / "docs"


def add_docs_search(scope: Construct) -> DocumentSearch:
    """The authentication question, answered from ``docs/authentication.md``."""
    return DocumentSearch(
        scope,
        "docs_search",
        question="How do I configure authentication in the system?",
        documents=[DOCS / "authentication.md"],
        model=MODEL,
        store_name="Documentation Store",
        expires_after_days=30,
        metadata={"search_type": "documentation", "topic": "authentication"},
    )


class DocsSearchStack(TerraformStack):
    """The documentation search, and its run's id and status as outputs."""

    def __init__(self, scope: Construct, id: str) -> None:
        """Create the stack.

        Args:
            scope: The app.
            id: The stack's name.
        """
        super().__init__(scope, id)
        add_provider(self)
        add_run_outputs(self, "docs_search", add_docs_search(self).run)


if __name__ == "__main__":
    app = App()
    DocsSearchStack(app, STACK_NAME)
    app.synth()
