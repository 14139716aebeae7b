"""``Conversation``: the thread-plus-run pattern, with or without a question."""

from __future__ import annotations

from cdktf_openai import Assistant, Attachment, ChatMessage, Conversation
from cdktf_openai.core import TerraformStack
from tests.conftest import address, by_path, reference, replaced_on_change, synth


def test_messages_then_a_run(stack: TerraformStack) -> None:
    Conversation(
        stack,
        "chat",
        assistant="asst_1",
        messages=[ChatMessage.user("Summarize our SLA policy.")],
        top_p=0.5,
        metadata={"topic": "sla"},
    )
    synthesized = synth(stack)
    *_, thread = by_path(synthesized, "stack/chat/thread")
    assert thread == {
        "messages": [{"role": "user", "content": "Summarize our SLA policy."}],
        "metadata": {"topic": "sla"},
        "lifecycle": replaced_on_change("chat", "thread"),
    }
    *_, run = by_path(synthesized, "stack/chat/run")
    assert run == {
        "thread_id": reference(synthesized, "stack/chat/thread"),
        "assistant_id": "asst_1",
        "top_p": 0.5,
        "metadata": {"topic": "sla"},
    }
    assert "openai_message" not in synthesized["resource"]


def test_a_question_with_files_is_added_before_the_run(stack: TerraformStack) -> None:
    conversation = Conversation(
        stack,
        "ask",
        assistant="asst_1",
        question="What changed?",
        attachments=[Attachment.of("file-1")],
    )
    assert conversation.question is not None
    synthesized = synth(stack)
    *_, question = by_path(synthesized, "stack/ask/question")
    assert question["content"] == "What changed?"
    assert question["attachments"][0]["file_id"] == "file-1"
    *_, run = by_path(synthesized, "stack/ask/run")
    assert run["depends_on"] == [address(synthesized, "stack/ask/question")]


def test_the_run_is_redone_when_the_question_or_the_assistant_changes(
    stack: TerraformStack,
) -> None:
    helper = Assistant(stack, "helper", model="gpt-4o")
    Conversation(stack, "ask", assistant=helper, question="What changed?")
    Conversation(stack, "by_id", assistant="asst_1", question="And now?")
    synthesized = synth(stack)
    *_, run = by_path(synthesized, "stack/ask/run")
    # neither is referenced by the run's arguments: without these, a changed question would
    # be replaced while the run and its answer stayed as they were
    assert run["lifecycle"]["replace_triggered_by"] == [
        address(synthesized, "stack/ask/question"),
        address(synthesized, "stack/helper"),
    ]
    *_, by_id = by_path(synthesized, "stack/by_id/run")
    assert by_id["lifecycle"]["replace_triggered_by"] == [
        address(synthesized, "stack/by_id/question")
    ]
