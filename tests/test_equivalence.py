"""Every L2 construct and value type writes the JSON its generated class writes.

The L2 constructs build the generated config structs themselves and skip the generated
constructors' type checks (``workarounds.struct`` / ``create_resource``). Here each one is
built with props that use every value type, next to the generated class built through its
own, checked constructor from the equivalent raw values: the Terraform JSON must be the same.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from constructs import Construct

from cdktf_openai import (
    Assistant,
    Attachment,
    ChatMessage,
    Chunking,
    File,
    OpenAIProvider,
    Response,
    Run,
    Thread,
    ThreadMessage,
    Tool,
    ValidationError,
    VectorStore,
    VectorStoreFile,
)
from cdktf_openai.core import App, AssetType, TerraformAsset, TerraformStack, TerraformVariable
from cdktf_openai.core import Testing as CdktfTesting
from cdktf_openai.l1 import assistant as l1_assistant
from cdktf_openai.l1 import file as l1_file
from cdktf_openai.l1 import message as l1_message
from cdktf_openai.l1 import model_response as l1_response
from cdktf_openai.l1 import provider as l1_provider
from cdktf_openai.l1 import run as l1_run
from cdktf_openai.l1 import thread as l1_thread
from cdktf_openai.l1 import vector_store as l1_store
from cdktf_openai.l1 import vector_store_file as l1_store_file

DOC = Path(__file__)
META = {"b": "2", "a": "1"}
PARAMETERS = {"type": "object", "properties": {"city": {"type": "string"}}}


def key(stack: Construct) -> str:
    return TerraformVariable(stack, "key", type="string", sensitive=True).string_value


def generated_file(scope: Construct) -> l1_file.File:
    """A generated openai_file whose file travels as an asset of its own, as ``File`` does."""
    file = l1_file.File(scope, "x", file="", purpose="batch", project_id="proj_1")
    file.file = TerraformAsset(file, "content", path=str(DOC), type=AssetType.FILE).path
    return file


#: name -> (build with the L2 construct, build with the generated class).
CASES: dict[str, tuple[Callable[[Construct], object], Callable[[Construct], object]]] = {
    "Assistant+Tool": (
        lambda s: Assistant(
            s,
            "x",
            model="gpt-4o",
            name="Helper",
            description="Helps.",
            instructions="Be brief.",
            tools=[
                Tool.code_interpreter(),
                Tool.file_search(),
                Tool.function("weather", description="Weather", parameters=PARAMETERS),
            ],
            file_ids=["file-1"],
            metadata=META,
        ),
        lambda s: l1_assistant.Assistant(
            s,
            "x",
            model="gpt-4o",
            name="Helper",
            description="Helps.",
            instructions="Be brief.",
            tools=[
                l1_assistant.AssistantTools(type="code_interpreter"),
                l1_assistant.AssistantTools(type="file_search"),
                l1_assistant.AssistantTools(
                    type="function",
                    function=l1_assistant.AssistantToolsFunction(
                        name="weather",
                        description="Weather",
                        parameters=json.dumps(PARAMETERS, sort_keys=True, separators=(",", ":")),
                    ),
                ),
            ],
            file_ids=["file-1"],
            metadata=dict(sorted(META.items())),
        ),
    ),
    "Thread+ChatMessage": (
        lambda s: Thread(
            s,
            "x",
            messages=[
                ChatMessage.user("Hi", file_ids=["file-1"], metadata=META),
                ChatMessage.assistant("Hello"),
            ],
            metadata=META,
        ),
        lambda s: l1_thread.Thread(
            s,
            "x",
            messages=[
                l1_thread.ThreadMessages(
                    role="user", content="Hi", file_ids=["file-1"], metadata=META
                ),
                l1_thread.ThreadMessages(role="assistant", content="Hello"),
            ],
            metadata=META,
        ),
    ),
    "ThreadMessage+Attachment": (
        lambda s: ThreadMessage(
            s,
            "x",
            thread="thread_1",
            content="See the log.",
            role="assistant",
            attachments=[
                Attachment.of("file-1", tools=[Tool.code_interpreter(), Tool.file_search()])
            ],
            metadata=META,
        ),
        lambda s: l1_message.Message(
            s,
            "x",
            thread_id="thread_1",
            content="See the log.",
            role="assistant",
            attachments=[
                l1_message.MessageAttachments(
                    file_id="file-1",
                    tools=[
                        l1_message.MessageAttachmentsTools(type="code_interpreter"),
                        l1_message.MessageAttachmentsTools(type="file_search"),
                    ],
                )
            ],
            metadata=META,
        ),
    ),
    "Run": (
        lambda s: Run(
            s,
            "x",
            thread="thread_1",
            assistant="asst_1",
            model="gpt-4o",
            instructions="Review.",
            tools=[Tool.code_interpreter(), Tool.file_search()],
            temperature=0.2,
            top_p=0.9,
            stream_for_tool=False,
            metadata=META,
        ),
        lambda s: l1_run.Run(
            s,
            "x",
            thread_id="thread_1",
            assistant_id="asst_1",
            model="gpt-4o",
            instructions="Review.",
            tools=[{"type": "code_interpreter"}, {"type": "file_search"}],
            temperature=0.2,
            top_p=0.9,
            stream_for_tool=False,
            metadata=META,
        ),
    ),
    "Response": (
        lambda s: Response(
            s,
            "x",
            model="gpt-4o",
            input="Hi",
            instructions="Be brief.",
            temperature=0.3,
            max_output_tokens=200,
            include=["a"],
            user="u-1",
            preserve_on_change=True,
        ),
        lambda s: l1_response.ModelResponse(
            s,
            "x",
            model="gpt-4o",
            input="Hi",
            instructions="Be brief.",
            temperature=0.3,
            max_output_tokens=200,
            include=["a"],
            user="u-1",
            preserve_on_change=True,
        ),
    ),
    "File": (
        lambda s: File(s, "x", path=DOC, purpose="batch", project_id="proj_1"),
        lambda s: generated_file(s),
    ),
    "VectorStore": (
        lambda s: VectorStore(
            s,
            "x",
            name="Docs",
            files=["file-1", "file-2"],
            chunking="auto",
            expires_after_days=30,
            metadata=META,
        ),
        lambda s: l1_store.VectorStore(
            s,
            "x",
            name="Docs",
            file_ids=["file-1", "file-2"],
            chunking_strategy=l1_store.VectorStoreChunkingStrategy(type="auto"),
            expires_after=l1_store.VectorStoreExpiresAfter(anchor="last_active_at", days=30),
            metadata=META,
        ),
    ),
    # every chunking is refused (limits.VECTOR_STORE_FILE_CHUNKING): the L2 sends none;
    # how a Chunking renders is compared with the generated struct below
    "VectorStoreFile": (
        lambda s: VectorStoreFile(s, "x", vector_store="vs_1", file="file-1", attributes=META),
        lambda s: l1_store_file.VectorStoreFile(
            s, "x", vector_store_id="vs_1", file_id="file-1", attributes=META
        ),
    ),
}


def synthesized(build: Callable[[Construct], object]) -> dict[str, Any]:
    stack = TerraformStack(App(), "stack")
    if not isinstance(build(stack), OpenAIProvider | l1_provider.OpenaiProvider):
        l1_provider.OpenaiProvider(stack, "openai")
    document: dict[str, Any] = json.loads(CdktfTesting.synth(stack))
    return document


#: The L2 constructs that add a ``terraform_data`` companion (guard.py) for these props.
GUARDED = {
    "Thread+ChatMessage": ["messages"],
    "ThreadMessage+Attachment": ["attachments"],
    "VectorStore": ["chunking", "expires_after_days"],
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_l2_writes_what_the_generated_class_writes(case: str) -> None:
    l2, l1 = (synthesized(build) for build in CASES[case])
    companions = l2["resource"].pop("terraform_data", {})
    (kind,) = l1["resource"]
    body = l2["resource"][kind]["x"]
    if case in GUARDED:
        # the one addition: the companion that replaces the resource when these change
        ((name, companion),) = companions.items()
        assert sorted(companion["input"]) == GUARDED[case]
        assert body.pop("lifecycle") == {"replace_triggered_by": [f"terraform_data.{name}"]}
    else:
        assert companions == {}
    assert l2["resource"] == l1["resource"]
    assert l2["resource"]  # something was compared


def test_the_provider_writes_what_the_generated_provider_writes() -> None:
    def l2(s: Construct) -> object:
        return OpenAIProvider(
            s, "x", api_key=key(s), api_url="http://h/v1", organization="org", timeout=30, alias="a"
        )

    def l1(s: Construct) -> object:
        return l1_provider.OpenaiProvider(
            s, "x", api_key=key(s), api_url="http://h/v1", organization="org", timeout=30, alias="a"
        )

    assert synthesized(l2)["provider"] == synthesized(l1)["provider"]


@pytest.mark.parametrize(
    ("chunking", "raw"),
    [
        (Chunking.auto(), {"type": "auto"}),
        (Chunking.fixed(800), {"type": "fixed", "size": 800}),
        (Chunking.semantic(400), {"type": "semantic", "max_tokens": 400}),
    ],
    ids=["auto", "fixed", "semantic"],
)
def test_a_chunking_renders_as_the_generated_block_and_the_l2_refuses_it(
    chunking: Chunking, raw: dict[str, Any]
) -> None:
    # the rendering (Chunking.for_vector_store_file) writes what the generated struct writes
    def rendered(s: Construct) -> object:
        return l1_store_file.VectorStoreFile(
            s, "x", vector_store_id="vs_1", file_id="file-1",
            chunking_strategy=chunking.for_vector_store_file(),
        )  # fmt: skip

    def by_hand(s: Construct) -> object:
        return l1_store_file.VectorStoreFile(
            s, "x", vector_store_id="vs_1", file_id="file-1",
            chunking_strategy=l1_store_file.VectorStoreFileChunkingStrategy(**raw),
        )  # fmt: skip

    assert synthesized(rendered)["resource"] == synthesized(by_hand)["resource"]
    # ... and the L2 refuses every one (limits.VECTOR_STORE_FILE_CHUNKING): provider 1.2.0
    # sends size and max_tokens beside type, which OpenAI does not take
    stack = TerraformStack(App(), "stack")
    with pytest.raises(ValidationError, match=r"^stack/x: chunking must be unset \(provider"):
        VectorStoreFile(stack, "x", vector_store="vs_1", file="file-1", chunking=chunking)
