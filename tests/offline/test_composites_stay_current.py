"""A composite's answer never goes stale: change what it answers about, and it is asked again.

Each test applies a composite against the double, changes one input, and reads the plan:
the run (or response) that answers must be replaced (or, for a response, updated into a new
one), not left in place with its old answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from cdktf_openai import (
    Assistant,
    CodeReviewResponse,
    CodeReviewRun,
    Conversation,
    DocumentSearch,
    OpenAIProvider,
)
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.offline import TerraformWorkspace, resources_in_state
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory

Build = Callable[[TerraformStack, str], object]
_PLANNED = re.compile(
    r"^  # (\S+) (must be replaced|will be replaced|will be updated in-place)", re.M
)


def actions(plan: str) -> dict[str, list[str]]:
    """``{"replace": [types...], "update": [types...]}`` from a plan's text, sorted."""
    found: dict[str, list[str]] = {"replace": [], "update": []}
    for address, action in _PLANNED.findall(plan):
        kind = "update" if "updated" in action else "replace"
        found[kind].append(address.split(".")[0])
    return {kind: sorted(types) for kind, types in found.items()}


def stack_with(build: Build, variant: str) -> TerraformStack:
    stack = TerraformStack(App(), "stack")
    OpenAIProvider(stack, "openai")
    build(stack, variant)
    return stack


def changed_plan(
    factory: WorkspaceFactory, config_file: Path, build: Build
) -> tuple[TerraformWorkspace, str]:
    """Apply the ``before`` variant, write the ``after`` variant over it, and plan."""
    workspace = factory(stack_with(build, "before"))
    workspace.apply()
    TerraformWorkspace.create(
        workspace.directory, stack_with(build, "after"), config_file, init=False
    )
    plan = workspace.plan(detailed_exitcode=True)
    assert plan.returncode == 2, plan.output
    return workspace, plan.stdout


@pytest.mark.slow
def test_document_search_asks_again_when_a_document_changes(
    openai_double_workspace: WorkspaceFactory, openai_double_config: Path, tmp_path: Path
) -> None:
    def build(stack: TerraformStack, variant: str) -> object:
        document = tmp_path / variant / "auth.md"
        document.parent.mkdir(exist_ok=True)
        document.write_text(f"# Auth ({variant})\nLog in with SSO.\n")
        return DocumentSearch(stack, "search", question="How?", documents=[document], model="m")

    _, plan = changed_plan(openai_double_workspace, openai_double_config, build)
    # a new document is a new file: the question's attachment changes (its guard too), so a
    # new question, so a new run; the file is added to the store by a new VectorStoreFile
    # (file_id forces a new one), never by an update of the store, which OpenAI would reject
    assert actions(plan) == {
        "replace": ["openai_file", "openai_message", "openai_run", "openai_vector_store_file"],
        "update": ["terraform_data"],
    }, plan


@pytest.mark.slow
def test_document_search_asks_again_when_the_question_changes(
    openai_double_workspace: WorkspaceFactory, openai_double_config: Path, tmp_path: Path
) -> None:
    document = tmp_path / "auth.md"
    document.write_text("# Auth\n")

    def build(stack: TerraformStack, variant: str) -> object:
        question = "How do I log in?" if variant == "before" else "How do I log out?"
        return DocumentSearch(stack, "search", question=question, documents=[document], model="m")

    _, plan = changed_plan(openai_double_workspace, openai_double_config, build)
    assert actions(plan) == {"replace": ["openai_message", "openai_run"], "update": []}, plan
    assert "replaced due to changes in replace_triggered_by" in plan, plan


@pytest.mark.slow
def test_conversation_asks_again_when_its_question_changes(
    openai_double_workspace: WorkspaceFactory, openai_double_config: Path
) -> None:
    def build(stack: TerraformStack, variant: str) -> object:
        return Conversation(stack, "chat", assistant="asst_1", question=f"What is {variant}?")

    _, plan = changed_plan(openai_double_workspace, openai_double_config, build)
    assert actions(plan) == {"replace": ["openai_message", "openai_run"], "update": []}, plan


@pytest.mark.slow
def test_code_review_run_reviews_again_when_the_reviewer_changes(
    openai_double_workspace: WorkspaceFactory, openai_double_config: Path
) -> None:
    def build(stack: TerraformStack, variant: str) -> object:
        instructions = "Review gently." if variant == "before" else "Review strictly."
        reviewer = Assistant(stack, "reviewer", model="m", instructions=instructions)
        return CodeReviewRun(stack, "review", code="x = 1", language="python", assistant=reviewer)

    _, plan = changed_plan(openai_double_workspace, openai_double_config, build)
    # the reviewer is updated in place (same id), and the review run is replaced
    assert actions(plan) == {"replace": ["openai_run"], "update": ["openai_assistant"]}, plan


@pytest.mark.slow
def test_code_review_run_reviews_again_when_the_code_changes(
    openai_double_workspace: WorkspaceFactory, openai_double_config: Path
) -> None:
    def build(stack: TerraformStack, variant: str) -> object:
        code = "x = 1" if variant == "before" else "x = 2"
        return CodeReviewRun(stack, "review", code=code, language="python", model="m")

    _, plan = changed_plan(openai_double_workspace, openai_double_config, build)
    # the code is in the thread's message, which provider 1.2.0 would update in place without
    # sending it: the thread's guard replaces the thread instead, and so the run
    assert actions(plan) == {
        "replace": ["openai_run", "openai_thread"],
        "update": ["terraform_data"],
    }, plan


@pytest.mark.slow
def test_code_review_response_reviews_again_when_the_code_changes(
    openai_double_workspace: WorkspaceFactory, openai_double_config: Path
) -> None:
    def build(stack: TerraformStack, variant: str) -> object:
        code = "x = 1" if variant == "before" else "x = 2"
        return CodeReviewResponse(stack, "review", code=code, language="python", model="m")

    workspace, plan = changed_plan(openai_double_workspace, openai_double_config, build)
    # resourceOpenAIModelResponseUpdate: an update in place that creates a new response
    assert actions(plan) == {"replace": [], "update": ["openai_model_response"]}, plan
    (before,) = resources_in_state(workspace.state()).values()
    workspace.apply()
    (after,) = resources_in_state(workspace.state()).values()
    assert before["id"] != after["id"] and after["id"].startswith("resp_")
