"""Audio resources (v1.2.0): speech in, text out.

``openai_audio_transcription``, ``openai_audio_translation``, ``openai_speech_to_text``.
Ports of ``internal/provider/resource_openai_audio_transcription.go``,
``resource_openai_audio_translation.go`` and ``resource_openai_speech_to_text.go``. Each Create
checks the local ``file`` (``audio file does not exist: <path>``), uploads it in one multipart
``POST`` and keeps the text; the ID is ``transcription-<Unix nanoseconds>`` (or
``translation-...``), so it is new on every create. Nothing is read back: Read makes no call
but *fills in* what is empty with the Go code's sample values -- ``temperature`` 0 becomes 0.2,
an unset ``language`` becomes ``en``, an unset ``prompt`` a sample sentence. Those are
``ForceNew`` attributes the configuration leaves at their default, so the plan after a refresh
replaces the resource (a new upload, paid again) unless ``temperature`` is not 0 and
``language`` and ``prompt`` are set. Delete only forgets.
"""

from __future__ import annotations

import os
import time
from typing import Any

from cdktf_openai.offline import local_files
from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import call, set_or_fail

#: What Read writes where ``text`` is empty (the Go code's sample sentence).
SAMPLE_TEXT = "The quick brown fox jumped over the lazy dog."
#: The models that answer only in ``json``.
JSON_ONLY_MODELS = ("gpt-4o-transcribe", "gpt-4o-mini-transcribe")


def _fail(message: str) -> ProviderError:
    return ProviderError(ProviderDiagnostic(message))


def _upload(d: ResourceData, path: str, open_words: str, copy_words: str) -> tuple[str, bytes]:
    """``os.Open`` the file and copy it into the form: its base name and bytes."""
    try:
        content = local_files.read(path)
    except local_files.GoFileError as error:
        words = open_words if error.args[1] == "open" else copy_words
        raise _fail(words.format(error.args[0])) from error
    return os.path.basename(path), content


def _write_text(d: ResourceData, response: Any, segments: bool) -> None:
    """The text of a ``json``/``verbose_json`` answer, else the whole body as text."""
    if d.get("response_format") in ("json", "verbose_json") and isinstance(response, dict):
        set_or_fail(d, "text", response.get("text") or "")
        duration = float(response.get("duration") or 0)
        if duration > 0:
            set_or_fail(d, "duration", duration)
        listed = response.get("segments") or []
        if segments and listed:
            set_or_fail(
                d,
                "segments",
                [
                    {"id": s["id"], "start": s["start"], "end": s["end"], "text": s["text"]}
                    for s in listed
                ],
            )
        return
    set_or_fail(d, "text", response if isinstance(response, str) else str(response))


def _common_fields(d: ResourceData, model: str, *, language: bool) -> dict[str, Any]:
    fields: dict[str, Any] = {"model": model}
    names = ("language", "prompt", "response_format") if language else ("prompt", "response_format")
    for name in names:
        value, ok = d.get_ok(name)
        if ok:
            fields[name] = value
    temperature, ok = d.get_ok("temperature")
    if ok:
        fields["temperature"] = f"{temperature:f}"
    return fields


def _stream_and_lists(d: ResourceData, model: str, fields: dict[str, Any]) -> None:
    stream, ok = d.get_ok("stream")
    if ok and model != "whisper-1":
        fields["stream"] = "true" if stream else "false"
    for name in ("include", "timestamp_granularities"):
        values, ok = d.get_ok(name)
        if ok:
            fields[f"{name}[]"] = list(values)


def transcription_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAudioTranscriptionCreate``: one ``POST /audio/transcriptions``."""
    path, model = d.get("file"), d.get("model")
    if local_files.missing(path):
        raise _fail(f"audio file does not exist: {path}")
    if model in JSON_ONLY_MODELS and d.get("response_format") != "json":
        raise _fail("gpt-4o models only support 'json' response format")
    fields = _common_fields(d, model, language=True)
    _stream_and_lists(d, model, fields)
    name, content = _upload(
        d, path, "error opening audio file: {}", "error copying file to form: {}"
    )
    response = call(
        lambda: api.create_audio_text("transcriptions", fields, name, content),
        "error creating transcription: {type} - {message}",
    )
    _write_text(d, response, segments=True)
    d.set_id(f"transcription-{time.time_ns()}")


def transcription_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAudioTranscriptionRead``: no call; empty values get sample ones."""
    _fill_samples(d, "whisper-1", "This is a sample audio file for transcription", language=True)


def translation_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAudioTranslationCreate``: one ``POST /audio/translations``."""
    path, model = d.get("file"), d.get("model")
    if local_files.missing(path):
        raise _fail(f"audio file does not exist: {path}")
    fields = _common_fields(d, model, language=False)
    name, content = _upload(
        d, path, "error opening audio file: {}", "error copying file to form: {}"
    )
    response = call(
        lambda: api.create_audio_text("translations", fields, name, content),
        "error creating translation: {type} - {message}",
    )
    _write_text(d, response, segments=True)
    d.set_id(f"translation-{time.time_ns()}")


def translation_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAudioTranslationRead``: no call; empty values get sample ones."""
    _fill_samples(d, "whisper-1", "This is a sample audio file for translation", language=False)


def speech_to_text_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAISpeechToTextCreate``: one ``POST /audio/transcriptions``.

    Unlike ``openai_audio_transcription`` it always sends ``response_format`` and
    ``temperature``, keeps no ``duration`` or segments, and sets ``created_at``.
    """
    model, path = d.get("model"), d.get("file")
    response_format, temperature = d.get("response_format"), d.get("temperature")
    if local_files.missing(path):
        raise _fail(f"audio file does not exist: {path}")
    if model in JSON_ONLY_MODELS and response_format != "json":
        raise _fail("gpt-4o models only support 'json' response format")
    fields: dict[str, Any] = {
        "model": model,
        "response_format": response_format,
        "temperature": f"{temperature:f}",
    }
    for name in ("language", "prompt"):
        value, ok = d.get_ok(name)
        if ok:
            fields[name] = value
    _stream_and_lists(d, model, fields)
    name, content = _upload(d, path, "error opening audio file: {}", "error copying audio data: {}")
    response = call(
        lambda: api.create_audio_text("transcriptions", fields, name, content),
        "error transcribing speech: {type} - {message}",
    )
    if response_format in ("json", "verbose_json") and isinstance(response, dict):
        text = str(response.get("text") or "")
    else:
        text = response if isinstance(response, str) else str(response)
    d.set_id(f"transcription-{time.time_ns()}")
    set_or_fail(d, "text", text, "failed to set text: {}")
    set_or_fail(d, "created_at", int(time.time()), "failed to set created_at: {}")


def speech_to_text_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAISpeechToTextRead``: no call; empty values get sample ones."""
    if not d.id:
        d.set_id("")
        return
    _fill_samples(
        d, "gpt-4o-transcribe", "This is a sample speech file for transcription", language=True
    )
    if d.get("created_at") == 0:
        d.set("created_at", int(time.time()))


def _fill_samples(d: ResourceData, model: str, prompt: str, *, language: bool) -> None:
    """The Read functions' ``if d.Get(x) == "" { _ = d.Set(x, sample) }``, in Go order."""
    if d.get("file") == "":
        d.set("file", "./samples/speech.mp3")
    if d.get("model") == "":
        d.set("model", model)
    if d.get("response_format") == "":
        d.set("response_format", "json")
    if d.get("temperature") == 0.0:
        d.set("temperature", 0.2)
    if language and d.get("language") == "":
        d.set("language", "en")
    if d.get("prompt") == "":
        d.set("prompt", prompt)
    if d.get("text") == "":
        d.set("text", SAMPLE_TEXT)


def forget(d: ResourceData, api: FakeOpenAI) -> None:
    """The Delete of each: nothing is sent (a transcription cannot be deleted)."""
    d.set_id("")
