"""Terraform's meta-arguments on the constructs, through real terraform and the double."""

from __future__ import annotations

import pytest

from cdktf_openai import Assistant, ChatMessage, OpenAIProvider, Run, Thread
from cdktf_openai.core import (
    App,
    TerraformCount,
    TerraformIterator,
    TerraformResourceLifecycle,
    TerraformStack,
    TerraformVariable,
)
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import api_objects, resources


def questions_stack(questions: list[str]) -> TerraformStack:
    """A thread per question (for_each, the question as its message), two runs on each."""
    stack = TerraformStack(App(), "stack")
    OpenAIProvider(stack, "openai", api_url="http://127.0.0.1:9/v1")
    reviewer = Assistant(stack, "reviewer", model="gpt-4o", instructions="Answer briefly.")
    each = TerraformIterator.from_list(questions)
    threads = Thread(
        stack,
        "question",
        messages=[ChatMessage.user(each.value)],
        for_each=each,
        lifecycle=TerraformResourceLifecycle(create_before_destroy=True),
    )
    shared = Thread(stack, "shared", messages=[ChatMessage.user("Which question first?")])
    runs = TerraformCount.of(2)
    temperature = TerraformVariable(stack, "temperature", type="number", default=1)
    Run(
        stack,
        "answer",
        thread=shared,
        assistant=reviewer,
        count=runs,
        instructions=f"Attempt {runs.index}",
        temperature=temperature.number_value,
        replace_triggered_by=[threads],
        lifecycle={"replace_triggered_by": [reviewer]},
    )
    return stack


@pytest.mark.slow
def test_for_each_count_and_lifecycle_apply_and_keep_the_librarys_entries(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    workspace = openai_double_workspace(questions_stack(["first", "second"]))
    assert workspace.validate().returncode == 0
    workspace.apply()
    state = resources(workspace)
    threads = {a: v for a, v in state.items() if a.startswith("openai_thread.question[")}
    assert sorted(threads) == [
        'openai_thread.question["first"]',
        'openai_thread.question["second"]',
    ]
    assert threads['openai_thread.question["second"]']["messages"][0]["content"] == "second"
    runs = {a: v for a, v in state.items() if a.startswith("openai_run.answer[")}
    assert [runs[a]["instructions"] for a in sorted(runs)] == ["Attempt 0", "Attempt 1"]
    assert len(api_objects(workspace, "run")) == 2
    assert {run["thread_id"] for run in runs.values()} == {state["openai_thread.shared"]["id"]}
    assert workspace.plan(detailed_exitcode=True).returncode == 0
    # the token precondition is still there, next to the user's entries
    result = workspace.plan(variables={"temperature": "3"})
    assert result.returncode == 1
    assert "temperature must be a number between 0 and 2" in " ".join(result.stderr.split())
