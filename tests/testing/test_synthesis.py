"""synth_stack / synth_app: cdk.tf.json as `app.synth()` writes it, normalized."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import Assistant, OpenAIProvider, Thread
from cdktf_openai.core import Annotations, App, TerraformOutput, TerraformStack
from cdktf_openai.core import Testing as CdktfTesting
from cdktf_openai.testing import Synth, normalize, synth, synth_app, synth_stack


def build(app: App) -> TerraformStack:
    stack = TerraformStack(app, "chat")
    OpenAIProvider(stack, "openai")
    Assistant(stack, "helper", model="gpt-4o")
    return stack


def test_a_stack_synthesizes_to_what_app_synth_writes_normalized(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    build(app)
    app.synth()
    written = json.loads((tmp_path / "stacks" / "chat" / "cdk.tf.json").read_text())
    state = written["terraform"]["backend"]["local"]["path"]
    assert os.path.isabs(state)

    document = synth_stack(build(App(outdir=str(tmp_path / "unused"))))
    assert document == normalize(written, paths={os.path.dirname(state): "<cwd>"})
    assert document["terraform"]["backend"] == {"local": {"path": "<cwd>/terraform.chat.tfstate"}}
    assert document["//"]["metadata"]["version"] == "<cdktf-version>"
    assert document["resource"]["openai_assistant"]["helper"]["model"] == "gpt-4o"


def test_the_state_path_is_normalized_after_a_change_of_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # node keeps the directory it started in
    document = synth_stack(build(App(outdir=str(tmp_path))))
    assert document["terraform"]["backend"]["local"]["path"] == "<cwd>/terraform.chat.tfstate"


def test_an_app_gives_every_stack_and_cross_stack_references_are_normalized(
    tmp_path: Path,
) -> None:
    app = App(outdir=str(tmp_path))
    producer = build(app)
    consumer = TerraformStack(app, "consumer")
    OpenAIProvider(consumer, "openai")
    assistant = producer.node.find_child("helper")
    assert isinstance(assistant, Assistant)
    Thread(consumer, "t", metadata={"assistant": assistant.id})

    documents = synth_app(app)
    assert list(documents) == ["chat", "consumer"]
    remote = documents["consumer"]["data"]["terraform_remote_state"]
    ((_, state),) = remote.items()
    assert state["config"]["path"] == "<cwd>/terraform.chat.tfstate"
    assert "cross-stack-output-" in json.dumps(documents["chat"]["output"])
    assert "/" + "tmp" not in json.dumps(documents) and str(tmp_path) not in json.dumps(documents)


def test_the_temporary_synthesis_folder_is_removed(monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[str] = []
    full_synth = CdktfTesting.full_synth

    def recording(stack: TerraformStack) -> str:
        made.append(full_synth(stack))
        return made[-1]

    monkeypatch.setattr(CdktfTesting, "full_synth", recording)
    synth_stack(build(App()))
    (outdir,) = made
    assert not Path(outdir).exists()


def test_an_error_annotation_fails_synthesis_as_cdktf_synth_does() -> None:
    stack = build(App())
    Annotations.of(stack).add_error("this stack is wrong")
    with pytest.raises(RuntimeError, match="this stack is wrong"):
        synth_stack(stack)


def test_synth_takes_a_stack_or_an_app_and_nothing_else() -> None:
    app = App()
    stack = build(app)
    TerraformOutput(stack, "o", value="v")
    by_stack: dict[str, Any] = synth(stack)
    by_app: dict[str, dict[str, Any]] = synth(app)
    assert by_app == {"chat": by_stack}
    with pytest.raises(TypeError, match="got str"):
        synth("chat")  # type: ignore[call-overload]


def test_the_synth_json_fixture_is_synth(synth_json: Synth) -> None:
    assert synth_json is synth
