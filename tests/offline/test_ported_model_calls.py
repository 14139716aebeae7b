"""The resources that call a model once, fine-tuning and batches, without terraform.

Each test names the Go file (v1.2.0) it follows: ``internal/provider/resource_openai_*.go`` and
``data_source_openai_*.go``, over the fake API (:mod:`cdktf_openai.offline.fake_models`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.offline import (
    data_source_openai,
    resource_openai_audio,
    resource_openai_batch,
    resource_openai_fine_tuning,
    resource_openai_images,
    resource_openai_legacy_text,
    resource_openai_moderation,
)
from cdktf_openai.offline.crud import DATA_SOURCE_READS, OPERATIONS
from cdktf_openai.offline.diagnostics import ProviderError
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.goschema import all_resources, data_sources
from cdktf_openai.offline.provider import data_source_schemas, resource_schemas
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.schema_diff import AttributeDiff
from cdktf_openai.offline.state import ObjectStore

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # the double's ported functions, no core

NOW = 1_800_000_000

#: The resources this port covers (issue 22, item 4).
PORTED = (
    "openai_audio_transcription", "openai_audio_translation", "openai_speech_to_text",
    "openai_image_generation", "openai_image_edit", "openai_image_variation",
    "openai_moderation", "openai_completion", "openai_edit", "openai_fine_tuning_job",
    "openai_fine_tuned_model", "openai_fine_tuning_checkpoint_permission", "openai_batch",
)  # fmt: skip
#: The data sources this port covers.
PORTED_READS = (
    "openai_batch", "openai_batches", "openai_fine_tuning_job", "openai_fine_tuning_jobs",
    "openai_fine_tuning_events", "openai_fine_tuning_checkpoints",
    "openai_fine_tuning_checkpoint_permissions", "openai_chat_completion",
    "openai_chat_completion_messages", "openai_chat_completions", "openai_model_response",
    "openai_model_response_input_items", "openai_model_responses", "openai_project_api_key",
    "openai_project_api_keys",
)  # fmt: skip


def _api(tmp_path: Path) -> FakeOpenAI:
    return FakeOpenAI(ObjectStore(tmp_path / "objects"), clock=lambda: NOW)


def _resource(type_name: str, **values: Any) -> ResourceData:
    """A planned resource: the configuration, with the Go ``Default`` of what it leaves out."""
    block = resource_schemas()[type_name]["block"]
    planned: dict[str, Any] = dict.fromkeys(block["attributes"])
    for name, field in all_resources()[type_name].schema.items():
        if field.has_default:
            planned[name] = field.default
    planned.update(values)
    return ResourceData(all_resources()[type_name], block, None, planned)


def _refreshed(d: ResourceData) -> ResourceData:
    """The resource as the next refresh sees it (the state after apply)."""
    state = d.new_state(apply=True)
    assert state is not None
    block = resource_schemas()[d.resource.type_name]["block"]
    return ResourceData(d.resource, block, state, None)


def _data(type_name: str, **values: Any) -> ResourceData:
    block = data_source_schemas()[type_name]["block"]
    planned: dict[str, Any] = dict.fromkeys(block["attributes"])
    for name, field in data_sources()[type_name].schema.items():
        if field.has_default:
            planned[name] = field.default
    planned.update(values)
    return ResourceData(data_sources()[type_name], block, None, planned)


def _read(type_name: str, api: FakeOpenAI, **values: Any) -> ResourceData:
    d = _data(type_name, **values)
    DATA_SOURCE_READS[type_name](d, api)
    return d


def _fails(words: str) -> Any:
    return pytest.raises(ProviderError, match=re.escape(words))


def test_every_ported_type_is_registered_with_its_go_functions() -> None:
    """Each resource has its own Go functions (Update exactly where the Go resource has an
    ``UpdateContext``: only ``openai_fine_tuned_model``), each data source its Read."""
    for name in PORTED:
        operations = OPERATIONS[name]
        assert (operations.update is not None) == all_resources()[name].updatable, name
    assert [n for n in PORTED if OPERATIONS[n].update is not None] == ["openai_fine_tuned_model"]
    assert OPERATIONS["openai_moderation"].customize_diff is not None
    for name in PORTED_READS:
        assert DATA_SOURCE_READS[name] is data_source_openai.READS[name]


# -- audio ---------------------------------------------------------------------------------------


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder Terraform (and so the provider) runs in: local paths are relative to it."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_transcription_uploads_the_file_and_read_fills_in_samples(
    in_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """resource_openai_audio_transcription.go: the text of the answer (``verbose_json``: with
    ``duration`` and segments); ID ``transcription-<ns>``; Read makes no call but sets the Go
    sample values where the state is empty (``temperature`` 0 -> 0.2, ``language`` en)."""
    (in_tmp / "talk.mp3").write_bytes(b"x" * 32_000)
    api = _api(in_tmp)
    sent: list[dict[str, Any]] = []
    original = api.create_audio_text

    def spy(task: str, fields: Any, name: str, content: bytes) -> Any:
        sent.append({"task": task, **fields, "name": name, "size": len(content)})
        return original(task, fields, name, content)

    monkeypatch.setattr(api, "create_audio_text", spy)
    d = _resource("openai_audio_transcription", file="talk.mp3", model="whisper-1",
                  response_format="verbose_json", stream=True, include=["logprobs"])  # fmt: skip
    resource_openai_audio.transcription_create(d, api)
    assert re.fullmatch(r"transcription-\d{19}", d.id)
    text = "[offline double: no model transcribed talk.mp3 (32000 bytes)]"
    assert (d.get("text"), d.get("duration")) == (text, 2.0)
    assert d.get("segments")[0]["text"] == text and d.get("segments")[0]["end"] == 2.0
    # temperature 0 is not sent (d.GetOk); stream is not sent to whisper-1
    assert sent == [{"task": "transcriptions", "model": "whisper-1",
                     "response_format": "verbose_json", "include[]": ["logprobs"],
                     "name": "talk.mp3", "size": 32_000}]  # fmt: skip
    state = _refreshed(d)
    resource_openai_audio.transcription_read(state, api)
    assert (state.get("temperature"), state.get("language")) == (0.2, "en")
    assert state.get("prompt") == "This is a sample audio file for transcription"
    assert state.get("text") == text  # set: kept


def test_transcription_errors_in_the_go_words(in_tmp: Path) -> None:
    """A missing file, a gpt-4o model without ``json``, a folder (``os.Open`` succeeds, reading
    fails), an empty file (the API's 400)."""
    api = _api(in_tmp)
    with _fails("audio file does not exist: none.mp3"):
        resource_openai_audio.transcription_create(
            _resource("openai_audio_transcription", file="none.mp3", model="whisper-1"), api
        )
    (in_tmp / "a.mp3").write_bytes(b"x")
    with _fails("gpt-4o models only support 'json' response format"):
        resource_openai_audio.transcription_create(
            _resource("openai_audio_transcription", file="a.mp3", model="gpt-4o-transcribe",
                      response_format="text"), api)  # fmt: skip
    (in_tmp / "folder").mkdir()
    with _fails("error copying file to form: read folder: is a directory"):
        resource_openai_audio.transcription_create(
            _resource("openai_audio_transcription", file="folder", model="whisper-1"), api
        )
    (in_tmp / "empty.mp3").write_bytes(b"")
    with _fails("error creating transcription: invalid_request_error - Audio file might be"):
        resource_openai_audio.transcription_create(
            _resource("openai_audio_transcription", file="empty.mp3", model="whisper-1"), api
        )


def test_translation_and_speech_to_text(in_tmp: Path) -> None:
    """resource_openai_audio_translation.go: plain ``text`` is the body as it is;
    resource_openai_speech_to_text.go: always sends ``temperature``, sets ``created_at``, its
    own sample values (model gpt-4o-transcribe when empty) and error words."""
    (in_tmp / "a.mp3").write_bytes(b"x" * 1600)
    api = _api(in_tmp)
    translation = _resource("openai_audio_translation", file="a.mp3", model="whisper-1",
                            response_format="text", temperature=0.5)  # fmt: skip
    resource_openai_audio.translation_create(translation, api)
    assert translation.id.startswith("translation-")
    assert translation.get("text") == "[offline double: no model translated a.mp3 (1600 bytes)]\n"
    assert translation.get("duration") == 0.0  # not in a text answer
    state = _refreshed(translation)
    resource_openai_audio.translation_read(state, api)
    assert state.get("temperature") == 0.5 and "language" not in state.resource.schema
    speech = _resource("openai_speech_to_text", file="a.mp3", model="whisper-1")
    resource_openai_audio.speech_to_text_create(speech, api)
    assert speech.get("created_at") > 0 and "transcribed a.mp3" in speech.get("text")
    state = _refreshed(speech)
    resource_openai_audio.speech_to_text_read(state, api)
    assert (state.get("language"), state.get("model")) == ("en", "whisper-1")
    with _fails("audio file does not exist: b.mp3"):
        resource_openai_audio.speech_to_text_create(
            _resource("openai_speech_to_text", file="b.mp3", model="whisper-1"), api
        )


# -- images --------------------------------------------------------------------------------------


def test_image_generation_keeps_urls_and_the_revised_prompt(tmp_path: Path) -> None:
    """resource_openai_image_generation.go: ID ``img-<created>``; ``url`` set and ``b64_json``
    ``""`` (or the other way round); the revised prompt of dall-e-3, else the prompt itself;
    the same request gets the same images."""
    api = _api(tmp_path)
    d = _resource("openai_image_generation", prompt="A lighthouse")
    resource_openai_images.generation_create(d, api)
    assert (d.id, d.get("created")) == (f"img-{NOW}", NOW)
    (image,) = d.get("data")
    assert image["url"].startswith("https://offline-double.invalid/images/")
    assert (image["b64_json"], image["revised_prompt"]) == ("", "[offline double] A lighthouse")
    again = _resource("openai_image_generation", prompt="A lighthouse")
    resource_openai_images.generation_create(again, api)
    assert again.get("data") == d.get("data")
    two = _resource("openai_image_generation", prompt="A lighthouse", model="dall-e-2", n=2,
                    response_format="b64_json")  # fmt: skip
    resource_openai_images.generation_create(two, api)
    assert [i["url"] for i in two.get("data")] == ["", ""]
    assert all(i["revised_prompt"] == "A lighthouse" for i in two.get("data"))
    assert len({i["b64_json"] for i in two.get("data")}) == 2


def test_image_edit_and_variation_read_local_files(in_tmp: Path) -> None:
    """resource_openai_image_edit.go / _variation.go: ``image file does not exist``, ``mask
    file does not exist``; IDs ``img-edit-<created>`` and ``img-var-<created>``."""
    api = _api(in_tmp)
    with _fails("image file does not exist: in.png"):
        resource_openai_images.edit_create(
            _resource("openai_image_edit", image="in.png", prompt="Hat"), api
        )
    (in_tmp / "in.png").write_bytes(b"\x89PNG")
    with _fails("mask file does not exist: mask.png"):
        resource_openai_images.edit_create(
            _resource("openai_image_edit", image="in.png", prompt="Hat", mask="mask.png"), api
        )
    edit = _resource("openai_image_edit", image="in.png", prompt="Hat")
    resource_openai_images.edit_create(edit, api)
    assert edit.id == f"img-edit-{NOW}" and edit.get("data")[0]["url"]
    variation = _resource("openai_image_variation", image="in.png", n=3)
    resource_openai_images.variation_create(variation, api)
    assert variation.id == f"img-var-{NOW}" and len(variation.get("data")) == 3
    with _fails("image file does not exist: gone.png"):
        resource_openai_images.variation_create(
            _resource("openai_image_variation", image="gone.png"), api
        )


# -- moderation, completion, edit ----------------------------------------------------------------


def test_moderation_keeps_the_answer_and_its_first_result(tmp_path: Path) -> None:
    """resource_openai_moderation.go: ``_api_response`` is the body; the ID the API's
    ``modr-...``; a JSON list input moderates each item; ``model`` as the API answers."""
    api = _api(tmp_path)
    d = _resource("openai_moderation", input='["hello", "world"]')
    resource_openai_moderation.create(d, api)
    assert d.id.startswith("modr-") and d.get("model") == "omni-moderation-latest"
    body = json.loads(d.get("_api_response"))
    assert body["id"] == d.id and len(d.get("results")) == 2
    assert d.get("flagged") is False and d.get("categories")["violence"] is False
    assert d.get("category_scores") == body["results"][0]["category_scores"]
    assert d.get("results")[0]["category_applied_input_types"]["hate"] == ["text"]
    old = _resource("openai_moderation", input="hello", model="text-moderation-latest")
    resource_openai_moderation.create(old, api)
    assert old.get("model") == "text-moderation-007"
    assert old.get("results")[0]["category_applied_input_types"] == {}


def test_moderation_diff_keeps_a_resolved_text_moderation_version() -> None:
    """customizeDiffModeration: state ``text-moderation-007``, configuration
    ``text-moderation-latest``: the change is dropped; not at create, not for other models."""
    change = [AttributeDiff("model", True, False)]
    prior = {"id": "modr-1", "model": "text-moderation-007"}
    assert resource_openai_moderation.customize_diff(
        prior, {"model": "text-moderation-latest"}, change
    ) == ([], {"model": "text-moderation-007"})
    assert resource_openai_moderation.customize_diff(
        {}, {"model": "text-moderation-latest"}, change
    ) == (change, {})
    assert resource_openai_moderation.customize_diff(
        {"id": "modr-1", "model": "omni-moderation-latest"},
        {"model": "text-moderation-latest"},
        change,
    ) == (change, {})


def test_completion_and_the_gone_edits_endpoint(tmp_path: Path) -> None:
    """resource_openai_completion.go: ID and ``completion_id`` the API's ``cmpl-...``,
    ``max_tokens`` 16 caps the usage; a chat model is the API's 404 in the Go words.
    resource_openai_edit.go: ``POST /v1/edits`` is gone: every edit fails."""
    api = _api(tmp_path)
    d = _resource("openai_completion", model="gpt-3.5-turbo-instruct", prompt="Say hi")
    resource_openai_legacy_text.completion_create(d, api)
    assert d.id.startswith("cmpl-") and d.get("completion_id") == d.id
    (choice,) = d.get("choices")
    assert choice["text"].startswith("[offline double: no model ran]")
    assert d.get("usage")["completion_tokens"] <= 16 and d.get("object") == "text_completion"
    with _fails("error creating completion: invalid_request_error - This is a chat model"):
        resource_openai_legacy_text.completion_create(
            _resource("openai_completion", model="gpt-4o", prompt="x"), api
        )
    with _fails("error creating edit: invalid_request_error - Invalid URL (POST /v1/edits)"):
        resource_openai_legacy_text.edit_create(
            _resource("openai_edit", model="text-davinci-edit-001", instruction="Fix"), api
        )


# -- fine-tuning ---------------------------------------------------------------------------------


def test_fine_tuning_job_is_done_at_the_next_refresh(tmp_path: Path) -> None:
    """resource_openai_fine_tuning_job.go: created ``validating_files``; a refresh reads the
    succeeded job (``fine_tuned_model``, ``result_files``, ``trained_tokens``); Delete cancels
    only a ``running`` job; a job deleted elsewhere (404) leaves the state."""
    api = _api(tmp_path)
    d = _resource("openai_fine_tuning_job", model="gpt-4o-mini-2024-07-18",
                  training_file="file-abc", suffix="rev")  # fmt: skip
    resource_openai_fine_tuning.job_create(d, api)
    assert d.id.startswith("ftjob-") and d.get("status") == "validating_files"
    assert d.get("fine_tuned_model") == "" and d.get("organization_id")
    assert re.fullmatch(r"\w+, \d\d-\w{3}-\d\d \d\d:\d\d:\d\d UTC", d.get("last_updated"))
    state = _refreshed(d)
    api.advance("fine_tuning_job", state.id)
    resource_openai_fine_tuning.job_read(state, api)
    assert state.get("status") == "succeeded"
    assert re.fullmatch(r"ft:gpt-4o-mini-2024-07-18:offline-double:rev:\w{8}",
                        state.get("fine_tuned_model"))  # fmt: skip
    assert state.get("result_files") and state.get("trained_tokens") > 0
    resource_openai_fine_tuning.job_delete(state, api)
    assert state.id == "" and api.get_fine_tuning_job(d.id)["status"] == "succeeded"
    gone = _refreshed(d)
    gone.id = "ftjob-" + "x" * 24
    api.store.put("deleted", gone.id, {"kind": "fine_tuning_job"})
    resource_openai_fine_tuning.job_read(gone, api)
    assert gone.id == ""


def test_fine_tuning_job_sends_the_method_block_as_go_builds_it(tmp_path: Path) -> None:
    """The Go code sends every field of ``method.supervised.hyperparameters``, zeros
    included: the API refuses a ``batch_size`` of 0, in the Go words (status and body)."""
    api = _api(tmp_path)
    settings = {"n_epochs": 2, "batch_size": 4, "learning_rate_multiplier": 0.5}
    method: list[dict[str, Any]] = [
        {"type": "supervised", "supervised": [{"hyperparameters": [settings]}]}
    ]
    d = _resource("openai_fine_tuning_job", model="gpt-4o-mini-2024-07-18",
                  training_file="file-abc", method=method)  # fmt: skip
    resource_openai_fine_tuning.job_create(d, api)
    stored = api.get_fine_tuning_job(d.id)
    assert stored["method"]["supervised"]["hyperparameters"] == {
        "batch_size": 4, "learning_rate_multiplier": 0.5, "n_epochs": 2}  # fmt: skip
    method[0]["supervised"][0]["hyperparameters"][0]["batch_size"] = 0
    with _fails("error creating fine-tuning job: 400 Bad Request - {\n"):
        resource_openai_fine_tuning.job_create(
            _resource("openai_fine_tuning_job", model="gpt-4o-mini-2024-07-18",
                      training_file="file-abc", method=method), api)  # fmt: skip


def test_fine_tuned_model_waits_only_from_one_poll_on(tmp_path: Path) -> None:
    """resource_openai_fine_tuned_model.go: ``n_epochs = "auto"`` sends it alone; another
    value must be a whole number; ``completion_window`` below the 10 s poll always times out,
    from 10 on the double lets the job finish; Update only reads; Delete deletes the model."""
    api = _api(tmp_path)
    settings = {"model": "gpt-4o-mini-2024-07-18", "training_file": "file-abc"}
    with _fails("invalid value for n_epochs: three"):
        resource_openai_fine_tuning.model_create(
            _resource("openai_fine_tuned_model", **settings,
                      hyperparameters=[{"n_epochs": "three"}]), api)  # fmt: skip
    with _fails("timeout waiting for fine-tuning job completion"):
        resource_openai_fine_tuning.model_create(
            _resource("openai_fine_tuned_model", **settings, completion_window=9), api
        )
    d = _resource("openai_fine_tuned_model", **settings, completion_window=10,
                  hyperparameters=[{"n_epochs": "auto", "batch_size": 0}])  # fmt: skip
    resource_openai_fine_tuning.model_create(d, api)
    assert api.get_fine_tuning_job(d.id)["hyperparameters"]["batch_size"] == 1  # not sent
    assert d.get("status") == "succeeded" and d.get("fine_tuned_model").startswith("ft:")
    state = _refreshed(d)
    resource_openai_fine_tuning.model_update(state, api)
    assert state.get("finished_at") > NOW
    gone = _refreshed(d)
    resource_openai_fine_tuning.model_delete(state, api)
    assert state.id == "" and api.store.exists("deleted_model", d.id)
    resource_openai_fine_tuning.model_delete(gone, api)  # the model's 404 is ignored
    assert gone.id == ""
    missing = _refreshed(d)
    api.store.put("deleted", "ftjob-missing", {"kind": "fine_tuning_job"})
    missing.id = "ftjob-missing"
    resource_openai_fine_tuning.model_read(missing, api)  # "fine-tune job not found (404)"
    assert missing.id == ""


def test_checkpoint_permission_keeps_one_project(tmp_path: Path) -> None:
    """resource_openai_fine_tuning_checkpoint_permission.go: one permission per project at the
    API; the ID and (after Read) ``project_ids`` are the first one's; blank IDs are dropped;
    none left is an error; Delete of a permission already gone is fine."""
    api = _api(tmp_path)
    with _fails("at least one valid project_id is required"):
        resource_openai_fine_tuning.permission_create(
            _resource("openai_fine_tuning_checkpoint_permission", checkpoint_id="ftckpt_a",
                      project_ids=[" ", ""]), api)  # fmt: skip
    d = _resource("openai_fine_tuning_checkpoint_permission", checkpoint_id="ftckpt_a",
                  project_ids=[" proj_a ", "proj_b"])  # fmt: skip
    resource_openai_fine_tuning.permission_create(d, api)
    assert d.id.startswith("cp_") and d.get("project_ids") == ["proj_a"]
    assert len(api.list_checkpoint_permissions("ftckpt_a")["data"]) == 2
    listed = _read("openai_fine_tuning_checkpoint_permissions", api, checkpoint_id="ftckpt_a")
    assert {p["id"] for p in listed.get("permissions")} >= {d.id}
    assert all(p["allow_view"] and p["checkpoint_id"] == "" for p in listed.get("permissions"))
    again, stale = _refreshed(d), _refreshed(d)
    resource_openai_fine_tuning.permission_delete(d, api)
    assert d.id == "" and len(api.list_checkpoint_permissions("ftckpt_a")["data"]) == 1
    resource_openai_fine_tuning.permission_delete(again, api)  # a 404: forgotten
    assert again.id == ""
    resource_openai_fine_tuning.permission_read(stale, api)  # no longer listed: gone
    assert stale.id == ""


def test_fine_tuning_data_sources(tmp_path: Path) -> None:
    """data_source_openai_fine_tuning_job(s)/events/checkpoints.go: every field of the job
    (hyperparameters as text), the list newest first, events newest first with ``data_json``,
    one checkpoint per epoch once succeeded; a job the double never issued has succeeded
    elsewhere; a deleted one is placeholder data or an empty list."""
    api = _api(tmp_path)
    d = _resource("openai_fine_tuning_job", model="gpt-4o-mini-2024-07-18",
                  training_file="file-abc")  # fmt: skip
    resource_openai_fine_tuning.job_create(d, api)
    job = _read("openai_fine_tuning_job", api, fine_tuning_job_id=d.id)
    assert (job.id, job.get("status"), job.get("hyperparameters")["n_epochs"]) == (
        d.id, "validating_files", "auto")  # fmt: skip
    assert _read("openai_fine_tuning_checkpoints", api, fine_tuning_job_id=d.id).get(
        "checkpoints") == []  # fmt: skip
    api.advance("fine_tuning_job", d.id)
    job = _read("openai_fine_tuning_job", api, fine_tuning_job_id=d.id)
    assert job.get("hyperparameters") == {"batch_size": "1", "learning_rate_multiplier": "2",
                                          "n_epochs": "3"}  # fmt: skip
    assert job.get("method")[0]["supervised"][0]["hyperparameters"][0]["n_epochs"] == 3
    jobs = _read("openai_fine_tuning_jobs", api)
    assert jobs.id == f"fine-tuning-jobs-{NOW}" and [j["id"] for j in jobs.get("jobs")] == [d.id]
    events = _read("openai_fine_tuning_events", api, fine_tuning_job_id=d.id, limit=2)
    assert events.get("has_more") is True
    assert events.get("events")[0]["message"] == "The job has successfully completed"
    assert events.get("events")[0]["data_json"] == "{}"
    checkpoints = _read("openai_fine_tuning_checkpoints", api, fine_tuning_job_id=d.id)
    assert len(checkpoints.get("checkpoints")) == 3
    assert all(c["id"].startswith("ftckpt_") for c in checkpoints.get("checkpoints"))
    elsewhere = _read("openai_fine_tuning_job", api, fine_tuning_job_id="ftjob-abc")
    assert elsewhere.get("status") == "succeeded"
    api.store.put("deleted", "ftjob-gone", {"kind": "fine_tuning_job"})
    gone = _read("openai_fine_tuning_job", api, fine_tuning_job_id="ftjob-gone")
    assert (gone.get("model"), gone.get("training_file")) == ("unknown", "file-unknown")
    assert [w.summary for w in gone.warnings] == ["Fine-tuning job not found"]
    events = _read("openai_fine_tuning_events", api, fine_tuning_job_id="ftjob-gone")
    assert events.get("events") == [] and "empty events list" in events.warnings[0].detail


# -- batches -------------------------------------------------------------------------------------


def test_batch_endpoint_comes_back_without_v1(tmp_path: Path) -> None:
    """resource_openai_batch.go: ``/v1`` is put in front; Read writes ``endpoint`` without it
    (so ``/v1/...`` in the configuration differs after every refresh); completed at the next
    refresh; Delete's cancel errors are ignored; a deleted input file is the API's error."""
    api = _api(tmp_path)
    d = _resource("openai_batch", input_file_id="file-abc", endpoint="/chat/completions",
                  metadata={"team": "docs"})  # fmt: skip
    resource_openai_batch.create(d, api)
    assert d.id.startswith("batch_") and d.get("status") == "validating"
    assert api.get_batch(d.id)["endpoint"] == "/v1/chat/completions"
    assert d.get("expires_at") == NOW + 86_400 and d.get("output_file_id") == ""
    state = _refreshed(d)
    api.advance("batch", d.id)
    resource_openai_batch.read(state, api)
    assert (state.get("status"), state.get("endpoint")) == ("completed", "/chat/completions")
    assert state.get("output_file_id").startswith("file-")
    resource_openai_batch.delete(state, api)  # completed: the cancel fails, ignored
    assert state.id == ""
    v1 = _resource("openai_batch", input_file_id="file-abc", endpoint="/v1/embeddings")
    resource_openai_batch.create(v1, api)
    state = _refreshed(v1)
    resource_openai_batch.read(state, api)
    assert (v1.get("endpoint"), state.get("endpoint")) == ("/v1/embeddings", "/embeddings")
    api.store.put("deleted", "file-gone", {"kind": "file"})
    with _fails("error creating batch: API error: No such File object: file-gone"):
        resource_openai_batch.create(
            _resource("openai_batch", input_file_id="file-gone", endpoint="/embeddings"), api
        )


def test_batch_data_sources(tmp_path: Path) -> None:
    """data_source_openai_batch(es).go: the endpoint as the API has it; ``error_file_id``
    ``""``; ``batches-<project_id>``; a batch the double never issued has completed elsewhere;
    another ID is the API's error in the Go words."""
    api = _api(tmp_path)
    d = _resource("openai_batch", input_file_id="file-abc", endpoint="/embeddings")
    resource_openai_batch.create(d, api)
    one = _read("openai_batch", api, batch_id=d.id)
    assert (one.get("endpoint"), one.get("status"), one.get("error_file_id")) == (
        "/v1/embeddings", "validating", "")  # fmt: skip
    listed = _read("openai_batches", api, project_id="proj_a")
    assert listed.id == "batches-proj_a" and [b["id"] for b in listed.get("batches")] == [d.id]
    elsewhere = _read("openai_batch", api, batch_id="batch_abc123")
    assert elsewhere.get("status") == "completed" and elsewhere.get("request_counts")["total"]
    with _fails("error retrieving batch: invalid_request_error - No batch found with id 'x'."):
        _read("openai_batch", api, batch_id="x")


# -- data sources of what other resources made ---------------------------------------------------


def test_chat_completion_data_sources_read_stored_completions(tmp_path: Path) -> None:
    """data_source_openai_chat_completion(s)/_messages.go: only a completion made with
    ``store = true`` is there; another is "not found": the ID alone (a warning in Go)."""
    from cdktf_openai.offline import resource_openai_model_calls as calls

    api = _api(tmp_path)
    question = [{"role": "user", "content": "Hi"}]
    stored = _resource("openai_chat_completion", model="gpt-4o", n=1, temperature=1.0,
                       messages=question, store=True, metadata={"team": "docs"})  # fmt: skip
    calls.chat_completion_create(stored, api)
    unstored = _resource("openai_chat_completion", model="gpt-4o", n=1, temperature=1.0,
                         messages=question)  # fmt: skip
    calls.chat_completion_create(unstored, api)
    one = _read("openai_chat_completion", api, completion_id=stored.id)
    assert one.get("choices")[0]["message"][0]["role"] == "assistant"
    assert one.get("usage")["total_tokens"] > 0
    missing = _read("openai_chat_completion", api, completion_id=unstored.id)
    assert (missing.id, missing.get("choices")) == (unstored.id, [])
    (warning,) = missing.warnings
    assert warning.summary == "Chat completion not found" and unstored.id in warning.detail
    assert one.warnings == []
    messages = _read("openai_chat_completion_messages", api, completion_id=stored.id)
    assert messages.id == f"{stored.id}-messages"
    assert [(m["role"], m["content"]) for m in messages.get("messages")] == [("user", "Hi")]
    listed = _read("openai_chat_completions", api, metadata={"team": "docs"})
    assert [c["id"] for c in listed.get("chat_completions")] == [stored.id]
    assert _read("openai_chat_completions", api, metadata={"team": "x"}).get(
        "chat_completions") == []  # fmt: skip


def test_model_response_data_sources(tmp_path: Path) -> None:
    """data_source_openai_model_response(_input_items).go: the response, usage as text, the
    input as one user message; a missing response and ``GET /responses`` (no such endpoint)
    fail in the Go words; an invalid ``include`` fails before any call."""
    from cdktf_openai.offline import resource_openai_model_response as responses

    api = _api(tmp_path)
    d = _resource("openai_model_response", model="gpt-4o", input="Hello", temperature=0.7)
    responses.create(d, api)
    one = _read("openai_model_response", api, response_id=d.id)
    assert (one.get("status"), one.get("temperature")) == ("completed", 0.7)
    assert one.get("usage")["total_tokens"].isdigit()
    assert one.get("input_items")[0]["content"] == "Hello"
    items = _read("openai_model_response_input_items", api, response_id=d.id)
    assert items.get("input_items")[0]["status"] == "completed"
    assert items.get("first_id") == items.get("last_id")
    with _fails("model response with ID resp_x not found"):
        _read("openai_model_response", api, response_id="resp_x")
    with _fails("invalid include value: x. Valid values are: usage.input_tokens_details"):
        _read("openai_model_response", api, response_id=d.id, include=["x"])
    with _fails("API error: invalid_request_error - Invalid URL (GET /v1/responses) ()"):
        _read("openai_model_responses", api)


def test_project_api_key_data_sources(tmp_path: Path) -> None:
    """data_source_openai_project_api_key(s).go: a project's keys are its service accounts'
    (RFC 3339 times, no ``last_used_at``); a key the double never issued exists elsewhere;
    an archived-then-deleted project is the API's error in the Go words."""
    api = _api(tmp_path)
    project = api.create_project("Demo")
    account = api.create_service_account(project["id"], {"name": "bot"})
    listed = _read("openai_project_api_keys", api, project_id=project["id"])
    assert listed.id == project["id"]
    assert listed.get("api_keys") == [{"id": account["api_key"]["id"], "name": "Secret Key",
                                       "created_at": "2027-01-15T08:00:00Z",
                                       "last_used_at": ""}]  # fmt: skip
    one = _read("openai_project_api_key", api, project_id=project["id"],
                api_key_id=account["api_key"]["id"])  # fmt: skip
    assert one.id == f"{project['id']}:{account['api_key']['id']}"
    assert one.get("name") == "Secret Key"
    elsewhere = _read("openai_project_api_key", api, project_id="proj_x", api_key_id="key_abc")
    assert elsewhere.get("created_at") == "2023-11-14T22:13:20Z"
    api.store.put("deleted", "proj_gone", {"kind": "project"})
    with _fails("API returned error: 404 Not Found - No project found with id 'proj_gone'."):
        _read("openai_project_api_keys", api, project_id="proj_gone")


def test_the_same_configuration_gets_the_same_state_on_another_machine(tmp_path: Path) -> None:
    """Placeholders come from the request alone: two fake APIs (two folders, one clock) give
    byte-identical state -- except where the Go code writes the time itself (``last_updated``
    of a job, the IDs of the audio resources)."""

    def states(folder: Path) -> str:
        api = _api(folder)
        made = []
        for type_name, create, values in (
            ("openai_image_generation", resource_openai_images.generation_create,
             {"prompt": "A lighthouse", "n": 2}),
            ("openai_moderation", resource_openai_moderation.create, {"input": "Hello"}),
            ("openai_completion", resource_openai_legacy_text.completion_create,
             {"model": "gpt-3.5-turbo-instruct", "prompt": "Hi"}),
            ("openai_batch", resource_openai_batch.create,
             {"input_file_id": "file-abc", "endpoint": "/embeddings"}),
            ("openai_fine_tuning_job", resource_openai_fine_tuning.job_create,
             {"model": "gpt-4o-mini-2024-07-18", "training_file": "file-abc"}),
        ):  # fmt: skip
            d = _resource(type_name, **values)
            create(d, api)
            state = _refreshed(d)
            api.advance(type_name.removeprefix("openai_"), state.id)
            OPERATIONS[type_name].read(state, api)
            after = state.new_state(apply=False)
            assert after is not None
            made.append({k: v for k, v in after.items() if k != "last_updated"})
        return json.dumps(made, default=str, sort_keys=True)

    first, second = states(tmp_path / "one"), states(tmp_path / "two")
    assert first == second
    assert "ft:gpt-4o-mini-2024-07-18:offline-double::" in first and "batch_" in first
