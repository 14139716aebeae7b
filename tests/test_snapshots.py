"""The Terraform JSON of every example stack and every composite, snapshot-tested with the kit.

Each case is a whole document, which is what a snapshot is for; it is stored as a sorted,
indented ``.json`` file under ``tests/__snapshots__/test_snapshots/`` and read in review.
Examples are found through ``build_all``: a new example gets its snapshot without a line here.
A composite gets one with one line in ``COMPOSITES``. ``pytest --snapshot-update`` rewrites
the files; read every one before committing it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from constructs import Construct
from syrupy.assertion import SnapshotAssertion

from cdktf_openai import (
    CodeReviewResponse,
    CodeReviewRun,
    Conversation,
    DocumentSearch,
    OpenAIProvider,
)
from cdktf_openai.core import App, TerraformStack
from cdktf_openai.testing import Synth
from examples import build_all
from tests.conftest import ROOT

DOCS = ROOT / "examples" / "docs_search" / "docs" / "authentication.md"

#: Composite name to a function that adds one, with representative props, to a stack.
COMPOSITES: dict[str, Callable[[Construct], object]] = {
    "code_review": lambda scope: CodeReviewRun(
        scope, "review", code="print(1)", language="python", focus="Bugs.", model="gpt-4o"
    ),
    "code_review_response": lambda scope: CodeReviewResponse(
        scope, "review", code="print(1)", language="python", focus="Bugs.", model="gpt-4o"
    ),
    "conversation": lambda scope: Conversation(
        scope, "chat", assistant="asst_abc123", question="How do I log in?"
    ),
    "document_search": lambda scope: DocumentSearch(
        scope, "search", question="How do I log in?", documents=[DOCS], model="gpt-4o"
    ),
}


def _example(name: str) -> Callable[[App], TerraformStack]:
    def build(app: App) -> TerraformStack:
        (stack,) = [stack for stack in build_all(app) if stack.node.id == name]
        return stack

    return build


def _composite(add: Callable[[Construct], object]) -> Callable[[App], TerraformStack]:
    def build(app: App) -> TerraformStack:
        stack = TerraformStack(app, "composite")
        OpenAIProvider(stack, "openai")
        add(stack)
        return stack

    return build


CASES: dict[str, Callable[[App], TerraformStack]] = {
    **{f"example-{stack.node.id}": _example(stack.node.id) for stack in build_all(App())},
    **{f"composite-{name}": _composite(add) for name, add in COMPOSITES.items()},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_synthesized_json_matches_its_snapshot(
    case: str, synth_json: Synth, json_snapshot: SnapshotAssertion
) -> None:
    document: dict[str, Any] = synth_json(CASES[case](App()))
    assert document == json_snapshot
