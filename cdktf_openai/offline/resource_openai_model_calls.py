"""Resources that call a model once (v1.2.0): ``openai_chat_completion`` and ``openai_embedding``.

Ports of ``internal/provider/resource_openai_chat_completion.go`` and
``resource_openai_embedding.go``. Both send one request at create and keep the answer in
state; neither reads it back (no drift detection). The fake API answers with deterministic
placeholders: a chat completion's message says no model ran (:func:`.fake_api.answer_for` of
the last message), an embedding is 8 numbers (or ``dimensions``) derived from the input.

- ``openai_chat_completion``: the ID is the API's ``chatcmpl-...``; Read makes no call once
  ``chat_completion_id`` is set; CustomizeDiff forces a new completion when ``messages``,
  ``model``, ``n``, ``max_tokens``, ... change (``temperature`` alone is planned as an update,
  which fails: "chat completions are immutable and cannot be updated").
- ``openai_embedding``: the ID is ``embd_<model>`` (two embeddings of one model share it);
  ``input`` is a JSON list of strings or one string; every change forces a new one.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import call, set_or_fail
from cdktf_openai.offline.schema_diff import AttributeDiff

#: ``customizeDiffForChatCompletion``: the fields whose change forces a new completion.
CHAT_FORCE_NEW = (
    "messages", "model", "function_call", "functions", "n", "stream", "stop", "max_tokens",
    "presence_penalty", "frequency_penalty", "logit_bias", "user", "store", "metadata",
)  # fmt: skip


def _fail(message: str) -> ProviderError:
    return ProviderError(ProviderDiagnostic(message))


def _chat_request(d: ResourceData) -> dict[str, Any]:
    request: dict[str, Any] = {"model": d.get("model")}
    messages = []
    for entry in d.get("messages"):
        message: dict[str, Any] = {"role": entry["role"], "content": entry["content"]}
        if entry.get("name"):
            message["name"] = entry["name"]
        if entry.get("function_call"):
            call_ = entry["function_call"][0]
            message["function_call"] = {"name": call_["name"], "arguments": call_["arguments"]}
        messages.append(message)
    request["messages"] = messages
    for name in (
        "temperature", "top_p", "n", "stream", "stop", "max_tokens", "presence_penalty",
        "frequency_penalty", "logit_bias", "user", "store", "metadata",
    ):  # fmt: skip
        value, ok = d.get_ok(name)
        if ok:
            request[name] = value
    function_call, ok = d.get_ok("function_call")
    if ok:
        request["function_call"] = (
            function_call if function_call in ("none", "auto") else {"name": function_call}
        )
    return request


def _choices(response: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "index": choice.get("index", 0),
            "finish_reason": choice.get("finish_reason") or "",
            "message": [
                {
                    "role": choice["message"].get("role") or "",
                    "content": choice["message"].get("content") or "",
                }
            ],
        }
        for choice in response.get("choices") or []
    ]


def chat_completion_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIChatCompletionCreate``: one ``POST /chat/completions``."""
    if d.get("imported"):
        chat_completion_read(d, api)
        return
    request = _chat_request(d)
    response = call(
        lambda: api.create_chat_completion(request), "error making request: API error: {message}"
    )
    d.set_id(response["id"])
    d.set("chat_completion_id", response["id"])
    d.set("created", int(response.get("created") or 0))
    d.set("object", response.get("object") or "")
    d.set("model_used", response.get("model") or "")
    if response.get("choices"):
        set_or_fail(d, "choices", _choices(response))
    usage = response.get("usage") or {}
    names = ("prompt_tokens", "completion_tokens", "total_tokens")
    d.set("usage", {name: int(usage.get(name) or 0) for name in names})


def chat_completion_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIChatCompletionRead``: no call once ``chat_completion_id`` is set."""
    if d.get("imported") or d.get("chat_completion_id"):
        return
    d.set("chat_completion_id", d.id)  # the GET fails: its error is swallowed


def chat_completion_update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIChatCompletionUpdate``: only an imported completion can be updated."""
    if d.get("imported"):
        chat_completion_read(d, api)
        return
    raise _fail("chat completions are immutable and cannot be updated")


def forget(d: ResourceData, api: FakeOpenAI) -> None:
    """The Delete of a model call: nothing is sent."""
    d.set_id("")


def chat_completion_customize_diff(
    prior: Mapping[str, Any], proposed: Mapping[str, Any], diffs: list[AttributeDiff]
) -> tuple[list[AttributeDiff], dict[str, Any]]:
    """``customizeDiffForChatCompletion``: a change of :data:`CHAT_FORCE_NEW` forces new."""
    if proposed.get("imported"):
        return diffs, {"_imported_resource": "true"}
    forced = [
        AttributeDiff(entry.key, True, entry.new_computed)
        if entry.key.split(".")[0] in CHAT_FORCE_NEW
        else entry
        for entry in diffs
    ]
    return forced, {}


def embedding_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIEmbeddingCreate``: one ``POST /embeddings``; ID ``embd_<model>``."""
    text = d.get("input")
    try:
        parsed = json.loads(text)
    except ValueError:
        parsed = None
    inputs = (
        parsed
        if isinstance(parsed, list) and parsed and all(isinstance(i, str) for i in parsed)
        else [text]
    )
    request: dict[str, Any] = {"model": d.get("model"), "input": inputs}
    for name in ("user", "encoding_format", "dimensions"):
        value, ok = d.get_ok(name)
        if ok:
            request[name] = value
    response = call(
        lambda: api.create_embeddings(request), "error creating embedding: API error: {message}"
    )
    identifier = f"embd_{response.get('model') or ''}"
    d.set_id(identifier)
    d.set("embedding_id", identifier)
    d.set("object", response.get("object") or "")
    d.set("model_used", response.get("model") or "")
    if response.get("data"):
        d.set(
            "embeddings",
            [
                {"object": item["object"], "index": item["index"], "embedding": item["embedding"]}
                for item in response["data"]
            ],
        )
    usage = response.get("usage") or {}
    d.set("usage", {name: int(usage.get(name) or 0) for name in ("prompt_tokens", "total_tokens")})


def never_read(d: ResourceData, api: FakeOpenAI) -> None:
    """The Read of a model call that is never read back (no call, no drift)."""


def model_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIModelCreate``: nothing is created; the ID is the model, then Read."""
    model = d.get("model")
    if not model:
        raise _fail("model ID cannot be empty")
    d.set_id(model)
    model_read(d, api)


def model_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIModelRead``: ``GET /models/{id}``; a 404 removes it.

    It then sets ``created``, which the schema does not have (it has ``created_at``): the
    SDK refuses (``Invalid address to set``) and the Go code returns that error, so every
    create leaves the resource tainted and every refresh fails.
    """
    if not d.id:
        raise _fail("model ID is empty")
    try:
        model = api.get_model(d.id)
    except ApiError as error:
        if error.status == 404:
            d.set_id("")
            return
        raise _fail(f"API returned error: {error.status} - {error.message}") from error
    set_or_fail(d, "owned_by", model.get("owned_by") or "")
    set_or_fail(d, "created", int(model.get("created") or 0))


#: What the double writes where the real provider writes the synthesized speech.
SPEECH_PLACEHOLDER = b"[offline double: no speech was synthesized]\n"


def text_to_speech_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAITextToSpeechCreate``: one ``POST /audio/speech``.

    The audio is written to ``output_file`` (the double writes :data:`SPEECH_PLACEHOLDER`);
    the ID holds the time.
    """
    if d.get_ok("instructions")[1] and d.get("model") != "gpt-4o-mini-tts":
        raise _fail("instructions parameter only works with gpt-4o-mini-tts model")
    path = Path(d.get("output_file"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _fail(f"error creating output directory: {error}") from error
    try:
        path.write_bytes(SPEECH_PLACEHOLDER)
    except OSError as error:
        raise _fail(f"error creating output file: {error}") from error
    d.set_id(f"speech-{time.time_ns()}")
    d.set("created_at", int(time.time()))


def text_to_speech_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAITextToSpeechRead``: no call.

    A missing ``output_file`` drops it from state, so the next plan creates (and pays for)
    the speech again.
    """
    path = d.get("output_file") or "./output/speech.mp3"
    if not Path(path).exists():
        d.set_id("")


def text_to_speech_delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAITextToSpeechDelete``: removes the local file."""
    path = Path(d.get("output_file"))
    if path.exists():
        try:
            path.unlink()
        except OSError as error:
            raise _fail(f"error removing audio file: {error}") from error
    d.set_id("")
