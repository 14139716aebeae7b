"""Code reviews on today's OpenAI API: the seed's two reviews as ``CodeReviewResponse``.

The security review of a Python function (SQL injection) and the optimization review of a
JavaScript bubble sort, each one ``openai_model_response``: OpenAI's Responses API, which
works on api.openai.com (the Assistants API that ``examples/code_review`` and
``examples/optimization`` use was shut down there on 2026-08-26). The review text is in the
Terraform state right after apply, and each is a ``TerraformOutput``.
Run on its own: ``.venv/bin/python -m examples.code_review_responses.main``.
"""

from __future__ import annotations

from constructs import Construct

from cdktf_openai import CodeReviewResponse
from cdktf_openai.core import App, TerraformStack
from examples.code_review.main import SECURITY_FOCUS, SQL_FUNCTION
from examples.common import add_provider, add_response_outputs
from examples.optimization.main import BUBBLE_SORT, OPTIMIZATION_FOCUS

STACK_NAME = "code_review_responses"

#: A model of the Responses API.
MODEL = "gpt-4o"


def add_security_review(scope: Construct) -> CodeReviewResponse:
    """The security review of ``SQL_FUNCTION``."""
    return CodeReviewResponse(
        scope,
        "security_review",
        code=SQL_FUNCTION,
        language="python",
        focus=SECURITY_FOCUS,
        model=MODEL,
    )


def add_optimization_review(scope: Construct) -> CodeReviewResponse:
    """The optimization review of ``BUBBLE_SORT``: warmer, and at most 1000 tokens."""
    return CodeReviewResponse(
        scope,
        "optimization_review",
        code=BUBBLE_SORT,
        language="javascript",
        focus=OPTIMIZATION_FOCUS,
        model=MODEL,
        temperature=0.7,
        max_output_tokens=1000,
    )


class CodeReviewResponsesStack(TerraformStack):
    """Both reviews on the Responses API, with their ids and texts as outputs."""

    def __init__(self, scope: Construct, id: str) -> None:
        """Create the stack.

        Args:
            scope: The app.
            id: The stack's name.
        """
        super().__init__(scope, id)
        add_provider(self)
        add_response_outputs(self, "security_review", add_security_review(self).response)
        add_response_outputs(self, "optimization_review", add_optimization_review(self).response)


if __name__ == "__main__":
    app = App()
    CodeReviewResponsesStack(app, STACK_NAME)
    app.synth()
