"""Policies: error annotations on L2 and raw L1 resources, all violations at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from cdktf import App, Aspects, TerraformStack, TerraformVariable

from cdktf_openai import Assistant, CodeReviewRun, OpenAIProvider, Run, Thread
from cdktf_openai.generated.run import Run as L1Run
from cdktf_openai.policies import (
    AllowedModels,
    MaxTemperature,
    Policy,
    PolicyViolationError,
    RequireCompletionWindow,
    RequiredMetadata,
    synth,
)

TEAM = {"team": "search", "cost_center": "cc-1"}


def app_with_stack(tmp_path: Path) -> tuple[App, TerraformStack]:
    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "stack")
    OpenAIProvider(stack, "openai")
    return app, stack


def errors_of(app: App) -> list[str]:
    with pytest.raises(PolicyViolationError) as caught:
        synth(app)
    return caught.value.violations


def test_three_violations_are_reported_at_once(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    for policy in (AllowedModels(["gpt-4o"]), MaxTemperature(0.8), RequireCompletionWindow()):
        Aspects.of(stack).add(policy)
    assistant = Assistant(stack, "assistant", model="gpt-3.5-turbo")
    Run(stack, "run", thread="thread_1", assistant=assistant, temperature=1.2)
    assert errors_of(app) == [
        "[stack/assistant] [policy:AllowedModels] model must be one of 'gpt-4o', "
        "got 'gpt-3.5-turbo'",
        "[stack/run] [policy:MaxTemperature] temperature must be at most 0.8, got 1.2",
        "[stack/run] [policy:RequireCompletionWindow] completion_window must be set (no run "
        "without a wait bound), got None",
    ]


def test_raw_generated_resources_are_checked_too(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    Aspects.of(stack).add(AllowedModels(["gpt-4o"]))
    Aspects.of(stack).add(RequiredMetadata(["team", "cost_center"]))
    L1Run(stack, "raw", thread_id="t", assistant_id="a", model="o1", metadata={"team": "x"})
    assert errors_of(app) == [
        "[stack/raw] [policy:AllowedModels] model must be one of 'gpt-4o', got 'o1'",
        "[stack/raw] [policy:RequiredMetadata] metadata must have the keys 'cost_center', "
        "got ['team']",
    ]


def test_compliant_stacks_synthesize(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    for policy in (
        AllowedModels(["gpt-4o"]),
        RequiredMetadata(["team", "cost_center"]),
        MaxTemperature(0.8),
        RequireCompletionWindow(),
    ):
        Aspects.of(stack).add(policy)
    CodeReviewRun(
        stack,
        "review",
        code="x = 1",
        language="python",
        model="gpt-4o",
        temperature=0.8,  # the limit itself is allowed
        completion_window=60,
        metadata=TEAM,
    )
    synth(app)
    assert (tmp_path / "stacks" / "stack" / "cdk.tf.json").exists()


def test_metadata_policy_covers_every_resource_with_metadata(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    Aspects.of(stack).add(RequiredMetadata(["team"]))
    Thread(stack, "thread")
    Assistant(stack, "assistant", model="gpt-4o", metadata={"team": ""})  # empty is missing
    errors = errors_of(app)
    assert [e.split("]")[0] for e in errors] == ["[stack/thread", "[stack/assistant"]


def test_token_values_are_left_to_terraform(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    Aspects.of(stack).add(MaxTemperature(0.5))
    Aspects.of(stack).add(AllowedModels(["gpt-4o"]))
    temperature = TerraformVariable(stack, "temperature", type="number")
    model = TerraformVariable(stack, "model", type="string")
    Run(stack, "run", thread="t", assistant="a", temperature=temperature.number_value)
    Assistant(stack, "assistant", model=model.string_value)
    synth(app)


def test_other_synthesis_errors_pass_through(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "stack")
    Thread(stack, "thread")  # no provider construct: cdktf's own validation fails
    with pytest.raises(RuntimeError, match="without a matching provider"):
        synth(app)


def test_policy_arguments_are_checked() -> None:
    with pytest.raises(ValueError):
        AllowedModels([])
    with pytest.raises(ValueError):
        RequiredMetadata([])
    with pytest.raises(ValueError):
        MaxTemperature(2.5)
    assert MaxTemperature(2).maximum == 2


def test_a_custom_policy_needs_only_violations(tmp_path: Path) -> None:
    class NoThreads(Policy):
        def violations(self, node):  # type: ignore[no-untyped-def]
            if isinstance(node, Thread):
                yield "thread", "is not allowed here", "a thread"

    app, stack = app_with_stack(tmp_path)
    Aspects.of(stack).add(NoThreads())
    Thread(stack, "thread")
    assert errors_of(app) == [
        "[stack/thread] [policy:NoThreads] thread is not allowed here, got 'a thread'"
    ]
