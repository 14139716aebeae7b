"""A composite's ``text`` on the double: ``""`` after the apply, the reply after a refresh."""

from __future__ import annotations

import pytest

from cdktf_openai import CodeReviewRun, OpenAIProvider, Response
from cdktf_openai.core import App, TerraformOutput, TerraformStack
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory


@pytest.mark.slow
def test_the_review_is_empty_after_the_apply_and_there_after_a_refresh(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    stack = TerraformStack(App(), "stack")
    OpenAIProvider(stack, "openai", api_url="http://127.0.0.1:9/v1")
    review = CodeReviewRun(stack, "review", code="print(1)", language="python", model="gpt-4o")
    answer = Response(stack, "answer", model="gpt-4o", input="```python\nprint(1)\n```")
    TerraformOutput(stack, "review_text", value=review.text)
    TerraformOutput(stack, "status", value=review.run.status)
    TerraformOutput(stack, "answer_text", value=answer.text)
    workspace = openai_double_workspace(stack)
    workspace.apply()
    assert workspace.outputs()["review_text"] == ""  # queued: the assistant has not answered yet
    assert workspace.outputs()["status"] == "queued"
    assert workspace.outputs()["answer_text"].startswith("[offline double: no model ran]")
    workspace.refresh()  # step two: terraform apply -refresh-only
    outputs = workspace.outputs()
    assert outputs["status"] == "completed"
    assert outputs["review_text"].startswith(
        "[offline double: no model ran; placeholder answer of run"
    )
    assert workspace.plan(detailed_exitcode=True).returncode == 0  # nothing left to change
