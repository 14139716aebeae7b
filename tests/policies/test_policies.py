"""Policies: error annotations on L2 and raw L1 resources, all violations at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cdktf_openai import (
    Assistant,
    CodeReviewRun,
    OpenAIProvider,
    Response,
    Run,
    Thread,
    ValidationError,
)
from cdktf_openai.core import App, Aspects, TerraformStack, TerraformVariable
from cdktf_openai.l1.run import Run as L1Run
from cdktf_openai.l1.thread_run import ThreadRun as L1ThreadRun
from cdktf_openai.policies import (
    AllowedModels,
    MaxTemperature,
    Policy,
    PolicyViolationError,
    RequiredMetadata,
    RequireTokenLimit,
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
    for policy in (AllowedModels(["gpt-4o"]), MaxTemperature(0.8), RequireTokenLimit()):
        Aspects.of(stack).add(policy)
    assistant = Assistant(stack, "assistant", model="gpt-3.5-turbo")
    Run(stack, "run", thread="thread_1", assistant=assistant, temperature=1.2)
    Response(stack, "answer", model="gpt-4o", input="Hi", temperature=0.5)
    assert errors_of(app) == [
        "[stack/assistant] [policy:AllowedModels] model must be one of 'gpt-4o', "
        "got 'gpt-3.5-turbo'",
        "[stack/run] [policy:MaxTemperature] temperature must be at most 0.8, got 1.2",
        "[stack/answer] [policy:RequireTokenLimit] max_output_tokens must be set (a cap on the "
        "tokens each call may generate), got None",
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
        RequireTokenLimit(maximum=1000),
    ):
        Aspects.of(stack).add(policy)
    CodeReviewRun(
        stack,
        "review",
        code="x = 1",
        language="python",
        model="gpt-4o",
        temperature=0.8,  # the limit itself is allowed
        metadata=TEAM,
    )  # a run has no cap OpenAI accepts: RequireTokenLimit warns about it, no error
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


BAD_ARGUMENTS: list[tuple[Callable[[], Policy], str]] = [
    (
        lambda: AllowedModels([]),
        "AllowedModels: models must be a list of at least 1 item, got 0 items",
    ),
    # a lone string would otherwise be read as the models 'g', 'p', 't', ...
    (lambda: AllowedModels("gpt-4o"), "AllowedModels: models must be a list"),
    (lambda: AllowedModels(["gpt-4o", "two words"]), "AllowedModels: models[1] must be"),
    (lambda: RequiredMetadata([]), "RequiredMetadata: keys must be a list of at least 1 item"),
    (lambda: RequiredMetadata("team"), "RequiredMetadata: keys must be a list"),
    (lambda: RequiredMetadata(["k" * 65]), "RequiredMetadata: keys[0] must be a string of 1 to"),
    (lambda: MaxTemperature(2.0001), "MaxTemperature: maximum must be a number between 0 and 2"),
    (lambda: MaxTemperature(-0.0001), "MaxTemperature: maximum must be a number between 0 and 2"),
    (lambda: MaxTemperature(None), "MaxTemperature: maximum must be set"),  # type: ignore[arg-type]
    (lambda: RequireTokenLimit(0), "RequireTokenLimit: maximum must be a whole number >= 1, got 0"),
    (lambda: RequireTokenLimit(1.5), "RequireTokenLimit: maximum must be a whole number >= 1"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(("build", "message"), BAD_ARGUMENTS)
def test_policy_arguments_are_checked_with_the_librarys_rules(
    build: Callable[[], Policy], message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        build()
    assert str(caught.value).startswith(message)


def test_policy_arguments_just_inside_their_bounds() -> None:
    assert MaxTemperature(2).maximum == 2 and MaxTemperature(0).maximum == 0
    assert RequireTokenLimit(1).maximum == 1 and RequireTokenLimit().maximum is None
    assert AllowedModels(iter(["gpt-4o"])).models == ("gpt-4o",)  # any iterable
    assert RequiredMetadata({"team"}).keys == ("team",)


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


def test_token_limit_covers_thread_runs_at_its_bounds(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    Aspects.of(stack).add(RequireTokenLimit(maximum=1000))
    L1ThreadRun(stack, "capped", assistant_id="a", max_completion_tokens=1000)
    L1ThreadRun(stack, "greedy", assistant_id="a", max_completion_tokens=1001)
    L1ThreadRun(stack, "open", assistant_id="a")
    L1ThreadRun(stack, "zero", assistant_id="a", max_completion_tokens=0)  # 0 is never sent
    assert errors_of(app) == [
        "[stack/greedy] [policy:RequireTokenLimit] max_completion_tokens must be at most 1000, "
        "got 1001",
        "[stack/open] [policy:RequireTokenLimit] max_completion_tokens must be set (a cap on "
        "the tokens each call may generate), got None",
        "[stack/zero] [policy:RequireTokenLimit] max_completion_tokens must be set (a cap on "
        "the tokens each call may generate), got 0",
    ]


def test_token_limit_warns_that_a_run_cannot_be_capped(tmp_path: Path) -> None:
    # limits.RUN_MAX_TOKENS: openai_run sends max_tokens, which OpenAI's run create does not
    # take, and cannot send max_completion_tokens: the policy says so instead of passing
    app, stack = app_with_stack(tmp_path)
    Aspects.of(stack).add(RequireTokenLimit(maximum=1000))
    run = Run(stack, "run", thread="t", assistant="a")
    synth(app)  # a warning, not an error: nothing on openai_run could satisfy it
    assert [str(e.data) for e in run.node.metadata if e.type == "@cdktf/warn"] == [
        "[policy:RequireTokenLimit] openai_run has no token cap OpenAI accepts in provider "
        "1.2.0, so this run is not capped; to cap a run's tokens, use the generated "
        "openai_thread_run (ThreadRun) with existing_thread_id and max_completion_tokens, "
        "and without tools (provider 1.2.0 sends each tool with a 'function' list, which "
        "OpenAI rejects)"
    ]


@pytest.mark.parametrize("max_tokens", [0, 1])
def test_token_limit_reports_a_generated_runs_max_tokens(tmp_path: Path, max_tokens: int) -> None:
    # Run refuses max_tokens; the generated class (or an override) can still set it
    app, stack = app_with_stack(tmp_path)
    Aspects.of(stack).add(RequireTokenLimit(maximum=1000))
    L1Run(stack, "raw", thread_id="t", assistant_id="a", max_tokens=max_tokens)
    if max_tokens == 0:  # never sent (GetOk): nothing OpenAI would reject
        synth(app)
        return
    (error,) = errors_of(app)
    assert error.startswith(
        "[stack/raw] [policy:RequireTokenLimit] max_tokens must be unset (OpenAI's run create "
        "has no max_tokens"
    )
    assert error.endswith(", got 1")


# -- where a policy is attached: every documented way catches the same violation --------------

HOT = "[policy:MaxTemperature] temperature must be at most 0.8, got 1.5"


def hot_run(stack: TerraformStack, id: str = "run") -> None:
    Run(stack, id, thread="thread_1", assistant="asst_1", temperature=1.5)


@pytest.mark.parametrize("stack_created_after_the_policy", [False, True])
def test_a_policy_on_the_app_reaches_every_stack(
    tmp_path: Path, stack_created_after_the_policy: bool
) -> None:
    app = App(outdir=str(tmp_path))
    if stack_created_after_the_policy:
        Aspects.of(app).add(MaxTemperature(0.8))  # as the docstrings show it
    stack = TerraformStack(app, "stack")
    OpenAIProvider(stack, "openai")
    hot_run(stack)
    if not stack_created_after_the_policy:
        Aspects.of(app).add(MaxTemperature(0.8))
    assert errors_of(app) == [f"[stack/run] {HOT}"]


def test_a_policy_on_the_app_reaches_a_stack_with_only_a_provider_and_raw_resources(
    tmp_path: Path,
) -> None:
    app = App(outdir=str(tmp_path))
    Aspects.of(app).add(MaxTemperature(0.8))
    compliant = TerraformStack(app, "compliant")
    OpenAIProvider(compliant, "openai")
    raw = TerraformStack(app, "raw")
    OpenAIProvider(raw, "openai")
    L1Run(raw, "run", thread_id="t", assistant_id="a", temperature=1.5)
    assert errors_of(app) == [f"[raw/run] {HOT}"]


def test_a_policy_on_a_stack_or_inside_it_is_applied_by_cdktf(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    review = CodeReviewRun(
        stack, "review", code="x", language="python", model="gpt-4o", temperature=1.5
    )
    Aspects.of(review).add(MaxTemperature(0.8))  # on a composite: only its subtree
    hot_run(stack, "outside")
    assert errors_of(app) == [f"[stack/review/run] {HOT}"]


def test_a_policy_on_the_app_and_on_the_stack_reports_each_violation_once(
    tmp_path: Path,
) -> None:
    app, stack = app_with_stack(tmp_path)
    policy = MaxTemperature(0.8)
    Aspects.of(app).add(policy)
    Aspects.of(stack).add(policy)
    Aspects.of(app).add(MaxTemperature(0.8))  # a second, equal policy is a policy of its own
    hot_run(stack)
    assert errors_of(app) == [f"[stack/run] {HOT}", f"[stack/run] {HOT}"]


# -- responses (openai_model_response) -------------------------------------------------------


def test_model_temperature_and_token_policies_cover_responses(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    for policy in (AllowedModels(["gpt-4o"]), MaxTemperature(0.8), RequireTokenLimit(500)):
        Aspects.of(stack).add(policy)
    Response(stack, "ok", model="gpt-4o", input="Hi", temperature=0.8, max_output_tokens=500)
    Response(stack, "bad", model="o1", input="Hi", temperature=0.9, max_output_tokens=501)
    assert errors_of(app) == [
        "[stack/bad] [policy:AllowedModels] model must be one of 'gpt-4o', got 'o1'",
        "[stack/bad] [policy:MaxTemperature] temperature must be at most 0.8, got 0.9",
        "[stack/bad] [policy:RequireTokenLimit] max_output_tokens must be at most 500, got 501",
    ]


@pytest.mark.parametrize(("maximum", "violated"), [(0.7, False), (0.69, True)])
def test_a_response_without_temperature_is_judged_at_the_providers_default(
    tmp_path: Path, maximum: float, violated: bool
) -> None:
    app, stack = app_with_stack(tmp_path)
    Aspects.of(stack).add(MaxTemperature(maximum))
    Response(stack, "unset", model="gpt-4o", input="Hi")  # the provider sends 0.7
    if not violated:
        synth(app)
        return
    assert errors_of(app) == [
        "[stack/unset] [policy:MaxTemperature] temperature must be at most 0.69 (unset, the "
        "provider sends its default), got 0.7"
    ]


def test_required_metadata_says_it_cannot_check_a_response(tmp_path: Path) -> None:
    app, stack = app_with_stack(tmp_path)
    Aspects.of(stack).add(RequiredMetadata(["team"]))
    response = Response(stack, "answer", model="gpt-4o", input="Hi")
    synth(app)  # a warning, not an error: responses have no metadata to require
    assert [str(e.data) for e in response.node.metadata if e.type == "@cdktf/warn"] == [
        "[policy:RequiredMetadata] metadata cannot be checked: openai_model_response has no "
        "metadata in provider 1.2.0 (the keys 'team' are not on it)"
    ]
