"""The ported model calls, fine-tuning and batches through Terraform and the double: apply,
refresh, plan, destroy; and the plans the Go Read functions cause (v1.2.0)."""

from __future__ import annotations

from typing import Any

import pytest

from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import api_objects, resources, rewrite, stack_json

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # terraform on hand-written JSON, no core

STACK: dict[str, Any] = stack_json(
    {
        "openai_moderation": {
            "check": {"input": "Hello"},
            "legacy": {"input": "Hello", "model": "text-moderation-latest"},
        },
        "openai_image_generation": {"logo": {"prompt": "A lighthouse"}},
        "openai_completion": {"hi": {"model": "gpt-3.5-turbo-instruct", "prompt": "Say hi"}},
        "openai_fine_tuning_job": {
            "tune": {"model": "gpt-4o-mini-2024-07-18", "training_file": "file-abc",
                     "suffix": "docs"}
        },
        "openai_batch": {
            "nightly": {"input_file_id": "file-abc", "endpoint": "/chat/completions"}
        },
    },
    data={
        "openai_fine_tuning_job": {
            "tune": {"fine_tuning_job_id": "${openai_fine_tuning_job.tune.id}"}
        },
        "openai_batch": {"nightly": {"batch_id": "${openai_batch.nightly.id}"}},
    },
)  # fmt: skip


@pytest.mark.slow
def test_apply_then_no_change_then_destroy(openai_double_workspace: WorkspaceFactory) -> None:
    """Each resource is created by its Go function; the data sources read what they made; the
    refresh finishes the job and the batch, and the plan after it changes nothing (a resolved
    ``text-moderation-007`` is kept by CustomizeDiff); destroy cancels nothing finished."""
    workspace = openai_double_workspace(STACK)
    workspace.apply()
    state = resources(workspace)
    assert state["openai_moderation.check"]["id"].startswith("modr-")
    assert state["openai_moderation.legacy"]["model"] == "text-moderation-007"
    assert state["openai_image_generation.logo"]["id"].startswith("img-")
    assert state["openai_completion.hi"]["id"].startswith("cmpl-")
    assert state["openai_fine_tuning_job.tune"]["status"] == "validating_files"
    assert state["data.openai_fine_tuning_job.tune"]["status"] == "validating_files"
    assert state["data.openai_batch.nightly"]["endpoint"] == "/v1/chat/completions"
    workspace.refresh()
    state = resources(workspace)
    assert state["openai_fine_tuning_job.tune"]["status"] == "succeeded"
    assert state["openai_fine_tuning_job.tune"]["fine_tuned_model"].startswith(
        "ft:gpt-4o-mini-2024-07-18:offline-double:docs:"
    )
    assert state["openai_batch.nightly"]["status"] == "completed"
    assert workspace.plan(detailed_exitcode=True).returncode == 0
    workspace.destroy()
    assert resources(workspace) == {}
    (batch,) = api_objects(workspace, "batch").values()
    assert batch["status"] == "completed"  # too late to cancel: the error is ignored


SETTLED = {"file": "talk.mp3", "model": "whisper-1", "temperature": 0.3, "language": "en",
           "prompt": "A talk."}  # fmt: skip


@pytest.mark.slow
def test_what_the_go_reads_make_the_next_plan_do(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """``openai_batch`` reads ``endpoint`` back without ``/v1``, and the audio Reads fill an
    unset ``temperature``/``language``/``prompt`` with sample values: both are ``ForceNew``, so
    the plan after a refresh replaces them. With those configured, a ``json`` answer still
    leaves the computed ``segments`` unset, which every plan shows as an update (the Go
    resource has none); ``verbose_json`` sets them, and the plan is empty."""
    stack = stack_json(
        {
            "openai_batch": {"v1": {"input_file_id": "file-abc", "endpoint": "/v1/embeddings"}},
            "openai_audio_transcription": {
                "bare": {"file": "talk.mp3", "model": "whisper-1"},
                "json": SETTLED,
                "verbose": {**SETTLED, "response_format": "verbose_json"},
            },
        }
    )
    workspace = openai_double_workspace(stack)
    (workspace.directory / "talk.mp3").write_bytes(b"x" * 16_000)
    workspace.apply()
    plan = workspace.plan().stdout
    assert "openai_batch.v1 must be replaced" in plan
    assert "openai_audio_transcription.bare must be replaced" in plan
    assert "openai_audio_transcription.json will be updated in-place" in plan
    assert "# openai_audio_transcription.verbose" not in plan
    verbose = {"verbose": {**SETTLED, "response_format": "verbose_json"}}
    rewrite(workspace, stack_json({"openai_audio_transcription": verbose}))
    workspace.apply()
    assert workspace.plan(detailed_exitcode=True).returncode == 0


@pytest.mark.slow
def test_a_completion_that_was_not_stored_is_a_warning(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """data_source_openai_chat_completion.go: OpenAI keeps only completions made with
    ``store = true``; reading another is Terraform's warning, and the plan goes on."""
    stack = stack_json(
        {
            "openai_chat_completion": {
                "kept": {"model": "gpt-4o", "store": True,
                         "messages": [{"role": "user", "content": "Hi"}]},
                "lost": {"model": "gpt-4o", "messages": [{"role": "user", "content": "Hi"}]},
            }
        },
        data={
            "openai_chat_completion": {
                "kept": {"completion_id": "${openai_chat_completion.kept.id}"},
                "lost": {"completion_id": "${openai_chat_completion.lost.id}"},
            }
        },
    )  # fmt: skip
    workspace = openai_double_workspace(stack)
    result = workspace.apply()
    output = result.stdout + result.stderr
    assert output.count("Warning: Chat completion not found") == 1
    state = resources(workspace)
    assert state["data.openai_chat_completion.kept"]["model"] == "gpt-4o"
    assert state["data.openai_chat_completion.lost"]["choices"] is None
