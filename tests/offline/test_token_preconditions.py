"""Token-valued props of the L2 constructs are checked by ``terraform plan``, same message."""

from __future__ import annotations

import pytest

from cdktf_openai import OpenAIProvider, Response, Run, VectorStore
from cdktf_openai.core import App, TerraformStack, TerraformVariable
from cdktf_openai.core import Testing as CdktfTesting
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from cdktf_openai.tokens import NumberToken

IN_RANGE = {"temperature": "2", "top_p": "0", "max_output_tokens": "16", "days": "365"}
OUT_OF_RANGE = [
    ("temperature", "2.5", "stack/run: temperature must be a number between 0 and 2, got 2.5"),
    ("top_p", "-0.1", "stack/run: top_p must be a number between 0 and 1, got -0.1"),
    # a run's max_tokens is refused (limits.RUN_MAX_TOKENS): a response's cap stands in
    (
        "max_output_tokens",
        "15",
        "stack/answer: max_output_tokens must be a whole number >= 16, got 15",
    ),
    (
        "max_output_tokens",
        "16.5",
        "stack/answer: max_output_tokens must be a whole number >= 16, got 16.5",
    ),
    (
        "days",
        "366",
        "stack/store: expires_after_days must be a whole number between 1 and 365, got 366",
    ),
]


def stack_with_variables() -> str:
    stack = TerraformStack(App(), "stack")
    OpenAIProvider(stack, "openai")

    def number(name: str) -> NumberToken:
        return NumberToken(TerraformVariable(stack, name, type="number").number_value)

    Run(
        stack,
        "run",
        thread="thread_1",
        assistant="asst_1",
        temperature=number("temperature"),
        top_p=number("top_p"),
    )
    Response(
        stack, "answer", model="gpt-4o", input="Hi", max_output_tokens=number("max_output_tokens")
    )
    VectorStore(stack, "store", name="docs", expires_after_days=number("days"))
    return CdktfTesting.synth(stack)


@pytest.mark.slow
def test_plan_fails_out_of_range_with_the_constructs_message_and_passes_in_range(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    workspace = openai_double_workspace(stack_with_variables())
    assert workspace.plan(variables=IN_RANGE).check().returncode == 0
    for variable, value, message in OUT_OF_RANGE:
        result = workspace.plan(variables={**IN_RANGE, variable: value})
        assert result.returncode == 1, (variable, value)
        # terraform wraps long messages; compare without the line breaks
        assert message in " ".join(result.stderr.split()), (variable, result.stderr)
