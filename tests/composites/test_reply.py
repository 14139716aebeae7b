"""The reply of a composite's run (``text``), read with ``openai_messages`` after the run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import (
    Assistant,
    ChatMessage,
    CodeReviewRun,
    Conversation,
    DocumentSearch,
    OpenAIProvider,
)
from cdktf_openai.core import TerraformOutput, TerraformStack
from tests.conftest import synth


def composites(stack: TerraformStack, tmp_path: Path) -> dict[str, Any]:
    helper = Assistant(stack, "helper", model="gpt-4o")
    (tmp_path / "guide.md").write_text("# Guide\n")
    return {
        "review": CodeReviewRun(stack, "review", code="print(1)", language="python", model="m"),
        "ask": Conversation(stack, "ask", assistant=helper, messages=[ChatMessage.user("Hi")]),
        "search": DocumentSearch(
            stack, "search", question="How?", documents=[tmp_path / "guide.md"], model="m"
        ),
    }


def test_text_reads_the_newest_message_after_the_run(stack: TerraformStack, tmp_path: Path) -> None:
    for name, composite in composites(stack, tmp_path).items():
        TerraformOutput(stack, f"{name}_text", value=composite.text)
    document = synth(stack)
    readers = document["data"]["openai_messages"]
    runs = document["resource"]["openai_run"]
    threads = document["resource"]["openai_thread"]
    assert len(readers) == 3
    for name in ("review", "ask", "search"):
        (reader_name,) = [r for r in readers if r.startswith(f"{name}_reply_")]
        reader = readers[reader_name]
        (run,) = [r for r in runs if r.startswith(f"{name}_run_")]
        (thread,) = [t for t in threads if t.startswith(f"{name}_thread_")]
        assert {k: v for k, v in reader.items() if k != "//"} == {
            "thread_id": f"${{openai_thread.{thread}.id}}",
            "order": "desc",
            "limit": 1,
            "depends_on": [f"openai_run.{run}"],
        }
        messages = f"data.openai_messages.{reader_name}.messages[0]"
        assert document["output"][f"{name}_text"]["value"] == (
            f'${{try(({messages}.role == "assistant") ? {messages}.content : "", "")}}'
        )


def test_text_is_read_once_and_only_when_asked(stack: TerraformStack, tmp_path: Path) -> None:
    review = CodeReviewRun(stack, "review", code="print(1)", language="python", model="m")
    assert "data" not in synth(stack)  # nothing to pay for while text is not read
    assert review.text is review.text
    assert len(synth(stack)["data"]["openai_messages"]) == 1


def test_the_reader_uses_the_runs_provider(stack: TerraformStack) -> None:
    eu = OpenAIProvider(stack, "eu", alias="eu", api_url="https://eu.example/v1")
    review = CodeReviewRun(
        stack, "review", code="print(1)", language="python", model="m", provider=eu
    )
    assert review.text
    (reader,) = synth(stack)["data"]["openai_messages"].values()
    assert reader["provider"] == "openai.eu"


@pytest.mark.parametrize("name", ["review", "ask", "search"])
def test_every_run_composite_documents_when_text_is_there(
    stack: TerraformStack, tmp_path: Path, name: str
) -> None:
    composite = composites(stack, tmp_path)[name]
    documented = type(composite).text.__doc__ or ""
    assert '""' in documented and "refresh" in documented
