"""Quick-start app: an assistant reviews a Python function for security problems.

This is the code-review scenario of the provider's ``openai_run`` documentation page, written
with the library's constructs. ``make synth`` synthesizes it (with every other example) through
the real ``cdktf synth``; on its own: ``.venv/bin/python -m examples.quickstart.main``.

The provider block carries no API key: the provider reads ``OPENAI_API_KEY`` from the
environment of ``terraform plan``/``apply``.
"""

from cdktf import App, TerraformOutput, TerraformStack
from constructs import Construct

from cdktf_openai import Assistant, Message, OpenAIProvider, Run, Thread, Tool

STACK_NAME = "quickstart"

CODE_UNDER_REVIEW = """\
def process_user_input(user_data):
    query = f"SELECT * FROM users WHERE id = {user_data['id']}"
    result = db.execute(query)
    return result
"""


class QuickstartStack(TerraformStack):
    """An assistant, a thread holding code to review, and a run of the one on the other."""

    def __init__(self, scope: Construct, id: str) -> None:
        """Create the stack.

        Args:
            scope: The app (or other construct) that holds the stack.
            id: The stack's name; it names the folder under ``cdktf.out/stacks``.
        """
        super().__init__(scope, id)
        OpenAIProvider(self, "openai")

        reviewer = Assistant(
            self,
            "code_reviewer",
            name="Code Review Assistant",
            description="An AI assistant that reviews code and provides feedback",
            model="gpt-4-turbo-preview",
            instructions=(
                "You are an expert code reviewer. Analyze code for bugs, security issues, "
                "performance problems, and suggest improvements."
            ),
            tools=[Tool.code_interpreter()],
            metadata={"version": "1.0", "team": "engineering"},
        )
        thread = Thread(
            self,
            "code_review_thread",
            messages=[
                Message.user(
                    "Please review this Python function for security and performance:"
                    f"\n\n```python\n{CODE_UNDER_REVIEW}```"
                )
            ],
            metadata={"review_type": "security-performance", "language": "python"},
        )
        run = Run(
            self,
            "code_review_run",
            thread=thread,
            assistant=reviewer,
            instructions="Focus particularly on SQL injection vulnerabilities.",
            tools=[Tool.code_interpreter()],
            completion_window=600,
            metadata={"priority": "high", "requested_by": "security-team"},
        )
        TerraformOutput(self, "code_review_run_id", value=run.id)
        TerraformOutput(self, "code_review_run_status", value=run.status)


def main() -> None:
    """Synthesize the quick-start stack into the app's output folder (``cdktf.out``)."""
    app = App()
    QuickstartStack(app, STACK_NAME)
    app.synth()


if __name__ == "__main__":
    main()
