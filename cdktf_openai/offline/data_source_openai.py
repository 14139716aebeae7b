"""``internal/provider/data_source_openai_*.go`` (v1.2.0): the data sources' ``Read`` functions.

No data source creates anything: each Read is GETs only, or no call at all. Ported here:

- ``openai_audio_transcription``, ``openai_audio_translation``, ``openai_speech_to_text``: no
  call; the ID is the given ``transcription_id`` / ``translation_id`` and the rest of the
  configuration is echoed back (the SDK keeps what the Read does not set);
- ``openai_audio_transcriptions``, ``openai_audio_translations``, ``openai_speech_to_texts``,
  ``openai_text_to_speechs``: always fail, in the Go words (``... is not supported by the OpenAI
  API: ...``);
- ``openai_text_to_speech``: checks a local file (``os.Stat``) relative to the folder
  Terraform runs in; its ID is ``tts_file_<Unix time now>``, so it changes on every read;
- ``openai_messages``: lists a thread's messages from the fake API, newest first by default
  (``limit`` 20, ``order`` ``desc``), with each message's first text as ``content``; so a
  completed run's assistant message is readable after a refresh;
- ``openai_model``, ``openai_models``: the models the fake API knows (those of the provider's
  own rate-limit table);
- the organisation and project data sources: :mod:`.resource_openai_admin`;
- batches, fine-tuning, stored chat completions, responses and a project's API keys:
  :mod:`.resource_openai_batch`, :mod:`.resource_openai_fine_tuning`,
  :mod:`.data_source_openai_chat_completion`, :mod:`.data_source_openai_model_response`,
  :mod:`.data_source_openai_project_api_key`;
- the Assistants API, file and vector store data sources: :mod:`.data_source_openai_assistants`,
  :mod:`.data_source_openai_files`, :mod:`.data_source_openai_vector_stores`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from typing import Any

from cdktf_openai.offline import (
    data_source_openai_chat_completion,
    data_source_openai_model_response,
    data_source_openai_project_api_key,
    resource_openai_admin,
    resource_openai_batch,
    resource_openai_fine_tuning,
)
from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import call, set_or_fail

Read = Callable[[ResourceData, FakeOpenAI], None]


def _echo(id_attribute: str) -> Read:
    """A Read that makes no call: ``d.SetId(d.Get(id_attribute))``, the rest as configured."""

    def read(d: ResourceData, api: FakeOpenAI) -> None:
        d.set_id(d.get(id_attribute))

    return read


#: The four list data sources that always fail, and the words of each (``fmt.Errorf``).
UNSUPPORTED = {
    "openai_audio_transcriptions": (
        "listing all audio transcriptions is not supported by the OpenAI API: "
        "The OpenAI API currently doesn't provide an endpoint to list all transcriptions. "
        "You can only retrieve individual transcriptions using the openai_audio_transcription "
        "data source with a specific transcription_id."
    ),
    "openai_audio_translations": (
        "listing all audio translations is not supported by the OpenAI API: "
        "The OpenAI API currently doesn't provide an endpoint to list all translations. "
        "You can only retrieve individual translations using the openai_audio_translation "
        "data source with a specific translation_id."
    ),
    "openai_speech_to_texts": (
        "listing all speech-to-text conversions is not supported by the OpenAI API: "
        "The OpenAI API currently doesn't provide an endpoint to list all speech-to-text "
        "conversions. You can only retrieve individual speech-to-text conversions using the "
        "openai_speech_to_text data source with a specific transcription_id."
    ),
    "openai_text_to_speechs": (
        "listing all text-to-speech conversions is not supported by the OpenAI API: "
        "The OpenAI API currently doesn't provide an endpoint to list all text-to-speech "
        "conversions. You can only retrieve individual text-to-speech conversions using the "
        "openai_text_to_speech data source with a specific file_path."
    ),
}


def _unsupported(message: str) -> Read:
    def read(d: ResourceData, api: FakeOpenAI) -> None:
        raise ProviderError(ProviderDiagnostic(message))

    return read


def read_text_to_speech(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAITextToSpeechRead``: whether the local file exists, its size and time."""
    path = d.get("file_path")
    try:
        info = os.stat(path)
    except FileNotFoundError:
        d.set_id(f"tts_file_{int(time.time())}")
        d.set("exists", False)
        d.set("file_size_bytes", 0)
        d.set("last_modified", 0)
        return
    except OSError as error:
        raise ProviderError(
            ProviderDiagnostic(f"error accessing file {path}: stat {path}: {error.strerror}")
        ) from error
    d.set_id(f"tts_file_{int(time.time())}")
    d.set("exists", True)
    d.set("file_size_bytes", info.st_size)
    d.set("last_modified", int(info.st_mtime))


def first_text(message: Mapping[str, Any]) -> str | None:
    """The value of a message's first ``text`` content, or ``None`` when it has none."""
    for content in message.get("content") or []:
        if content.get("type") == "text" and content.get("text") is not None:
            return str(content["text"].get("value", ""))
    return None


def attachment_maps(attachments: list[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """A message's ``attachments`` as Go's ``MessageAttachment`` decodes them.

    Go reads ``id``, ``type``, ``created_at`` and ``assistant_id``; the API's attachments have
    ``file_id`` and ``tools``, so each comes back with an empty ``id`` and ``type``.
    """
    return [
        {
            "id": attachment.get("id") or "",
            "type": attachment.get("type") or "",
            "created_at": int(attachment.get("created_at") or 0),
            **(
                {"assistant_id": attachment["assistant_id"]}
                if attachment.get("assistant_id")
                else {}
            ),
        }
        for attachment in attachments
    ]


def _message_map(message: Mapping[str, Any]) -> dict[str, Any]:
    """``convertMessageToMap``: the first text content; assistant and run IDs when not empty."""
    entry: dict[str, Any] = {
        "id": message.get("id") or "",
        "object": message.get("object") or "",
        "created_at": int(message.get("created_at") or 0),
        "thread_id": message.get("thread_id") or "",
        "role": message.get("role") or "",
    }
    text = first_text(message)
    if text is not None:
        entry["content"] = text
    for name in ("assistant_id", "run_id"):
        if message.get(name):
            entry[name] = message[name]
    if message.get("metadata"):
        entry["metadata"] = message["metadata"]
    attachments = message.get("attachments") or []
    if attachments:
        entry["attachments"] = attachment_maps(attachments)
    return entry


def read_messages(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIMessagesRead``: ``GET /threads/{thread_id}/messages``.

    The ID is ``<thread_id>-<limit>-<order>``; ``messages`` lists the page in the API's order
    (newest first unless ``order = "asc"``).
    """
    thread_id, limit, order = d.get("thread_id"), d.get("limit"), d.get("order")
    after, _ = d.get_ok("after")
    before, _ = d.get_ok("before")
    response = call(
        lambda: api.list_messages(thread_id, limit, order, after, before),
        "error retrieving messages: {type} - {message}",
    )
    d.set_id(f"{thread_id}-{limit}-{order}")
    set_or_fail(d, "has_more", bool(response.get("has_more")), "error setting has_more: {}")
    set_or_fail(d, "first_id", response.get("first_id") or "", "error setting first_id: {}")
    set_or_fail(d, "last_id", response.get("last_id") or "", "error setting last_id: {}")
    messages = [_message_map(message) for message in response.get("data") or []]
    set_or_fail(d, "messages", messages, "error setting messages: {}")


def read_model(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIModelRead``: ``GET /models/{model_id}``."""
    model_id = d.get("model_id")
    model = call(lambda: api.get_model(model_id), "Error retrieving model: API error: {message}")
    d.set_id(model_id)
    set_or_fail(d, "created", int(model.get("created") or 0), "Error setting created: {}")
    set_or_fail(d, "owned_by", model.get("owned_by") or "", "Error setting owned_by: {}")
    set_or_fail(d, "object", model.get("object") or "", "Error setting object: {}")


def read_models(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIModelsRead``: ``GET /models``; the ID is ``openai-models``."""
    models = call(api.list_models, "Error retrieving models: API error: {message}")
    d.set_id("openai-models")
    listed = [
        {
            "id": model["id"],
            "object": model.get("object") or "",
            "created": int(model.get("created") or 0),
            "owned_by": model.get("owned_by") or "",
        }
        for model in models["data"]
    ]
    set_or_fail(d, "models", listed, "Error setting models: {}")


#: Every data source the double reads, by type name.
READS: dict[str, Read] = {
    "openai_audio_transcription": _echo("transcription_id"),
    "openai_audio_translation": _echo("translation_id"),
    "openai_speech_to_text": _echo("transcription_id"),
    **{name: _unsupported(message) for name, message in UNSUPPORTED.items()},
    "openai_text_to_speech": read_text_to_speech,
    "openai_messages": read_messages,
    "openai_model": read_model,
    "openai_models": read_models,
    **resource_openai_admin.DATA_SOURCE_READS,
    **resource_openai_batch.DATA_SOURCE_READS,
    **resource_openai_fine_tuning.DATA_SOURCE_READS,
    **data_source_openai_chat_completion.DATA_SOURCE_READS,
    **data_source_openai_model_response.DATA_SOURCE_READS,
    **data_source_openai_project_api_key.DATA_SOURCE_READS,
}
