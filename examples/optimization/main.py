"""Optimization: the same reviewer assistant, a new thread, a warmer run.

The second scenario of the provider's ``openai_run`` page: a reviewer assistant shared by
reviews, a thread with a JavaScript bubble sort, and a run with temperature 0.7 and at most
1000 tokens. Run on its own: ``.venv/bin/python -m examples.optimization.main``.
"""

from __future__ import annotations

from constructs import Construct

from cdktf_openai import Assistant, CodeReviewRun, Tool
from cdktf_openai.composites.review import REVIEWER_INSTRUCTIONS
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.references import AssistantRef
from examples.common import MODEL, add_provider, add_run_outputs

STACK_NAME = "optimization"

#: What the optimization review asks for (the seed's run instructions).
OPTIMIZATION_FOCUS = "Provide optimized versions of the code with explanations of the improvements."

BUBBLE_SORT = """\
function bubbleSort(arr) {
  for (let i = 0; i < arr.length; i++) {
    for (let j = 0; j < arr.length - 1; j++) {
      if (arr[j] > arr[j + 1]) {
        let temp = arr[j];
        arr[j] = arr[j + 1];
        arr[j + 1] = temp;
      }
    }
  }
  return arr;
}
"""


def add_optimization_review(scope: Construct, *, reviewer: AssistantRef) -> CodeReviewRun:
    """The optimization review of ``BUBBLE_SORT`` by an existing ``reviewer``."""
    return CodeReviewRun(
        scope,
        "optimization_review",
        code=BUBBLE_SORT,
        language="javascript",
        assistant=reviewer,
        focus=OPTIMIZATION_FOCUS,
        temperature=0.7,
        metadata={"optimization_type": "algorithm", "complexity_focus": "time-complexity"},
    )


class OptimizationStack(TerraformStack):
    """A reviewer assistant, the optimization review by it, and the run's outputs."""

    def __init__(self, scope: Construct, id: str) -> None:
        """Create the stack.

        Args:
            scope: The app.
            id: The stack's name.
        """
        super().__init__(scope, id)
        add_provider(self)
        reviewer = Assistant(
            self,
            "code_reviewer",
            name="Code Review Assistant",
            model=MODEL,
            instructions=REVIEWER_INSTRUCTIONS,
            tools=[Tool.code_interpreter()],
            metadata={"version": "1.0", "team": "engineering"},
        )
        review = add_optimization_review(self, reviewer=reviewer)
        add_run_outputs(self, "optimization_review", review.run)


if __name__ == "__main__":
    app = App()
    OptimizationStack(app, STACK_NAME)
    app.synth()
