"""Code review: an assistant reviews a Python function for SQL injection.

The first scenario of the provider's ``openai_run`` page, as one ``CodeReviewRun``: it creates
the reviewer assistant, the thread with the code, and the run focused on security.
Run on its own: ``.venv/bin/python -m examples.code_review.main``.
"""

from __future__ import annotations

from constructs import Construct

from cdktf_openai import CodeReviewRun
from cdktf_openai.core import App, TerraformStack
from examples.common import MODEL, add_provider, add_run_outputs

STACK_NAME = "code_review"

#: What the security review looks for (the seed's run instructions).
SECURITY_FOCUS = (
    "Focus particularly on SQL injection vulnerabilities and suggest secure alternatives."
)

SQL_FUNCTION = """\
def process_user_input(user_data):
    query = f"SELECT * FROM users WHERE id = {user_data['id']}"
    result = db.execute(query)
    return result
"""


def add_security_review(scope: Construct) -> CodeReviewRun:
    """The security review of ``SQL_FUNCTION``; it creates the reviewer assistant."""
    return CodeReviewRun(
        scope,
        "security_review",
        code=SQL_FUNCTION,
        language="python",
        focus=SECURITY_FOCUS,
        model=MODEL,
        metadata={"priority": "high", "requested_by": "security-team", "ticket_id": "SEC-001"},
    )


class CodeReviewStack(TerraformStack):
    """The security review, and its run's id and status as outputs."""

    def __init__(self, scope: Construct, id: str) -> None:
        """Create the stack.

        Args:
            scope: The app.
            id: The stack's name.
        """
        super().__init__(scope, id)
        add_provider(self)
        add_run_outputs(self, "security_review", add_security_review(self).run)


if __name__ == "__main__":
    app = App()
    CodeReviewStack(app, STACK_NAME)
    app.synth()
