"""Quick-start app: all three scenarios of the provider's ``openai_run`` page in one stack.

A security review creates the reviewer assistant; an optimization review shares it; a
documentation search answers a question from a shipped document. ``make synth`` synthesizes
it (with every other example) through the real ``cdktf synth``; on its own:
``.venv/bin/python -m examples.quickstart.main``.

The provider block carries no API key: the provider reads ``OPENAI_API_KEY`` from the
environment of ``terraform plan``/``apply``.
"""

from __future__ import annotations

from constructs import Construct

from cdktf_openai.core import App, TerraformStack
from examples.code_review.main import add_security_review
from examples.common import add_provider, add_run_outputs
from examples.docs_search.main import add_docs_search
from examples.optimization.main import add_optimization_review

STACK_NAME = "quickstart"


class QuickstartStack(TerraformStack):
    """Security review, optimization review (same reviewer), documentation search."""

    def __init__(self, scope: Construct, id: str) -> None:
        """Create the stack.

        Args:
            scope: The app (or other construct) that holds the stack.
            id: The stack's name; it names the folder under ``cdktf.out/stacks``.
        """
        super().__init__(scope, id)
        add_provider(self)
        security = add_security_review(self)
        optimization = add_optimization_review(self, reviewer=security.assistant)
        docs = add_docs_search(self)
        add_run_outputs(self, "security_review", security.run)
        add_run_outputs(self, "optimization_review", optimization.run)
        add_run_outputs(self, "docs_search", docs.run)


def main() -> None:
    """Synthesize the quick-start stack into the app's output folder (``cdktf.out``)."""
    app = App()
    QuickstartStack(app, STACK_NAME)
    app.synth()


if __name__ == "__main__":
    main()
