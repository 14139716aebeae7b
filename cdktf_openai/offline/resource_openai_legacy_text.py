"""The legacy text endpoints (v1.2.0): ``openai_completion`` and ``openai_edit``.

Ports of ``internal/provider/resource_openai_completion.go`` and ``resource_openai_edit.go``.
Both send one request at create (``POST /completions``, ``POST /edits``; every field
``omitempty``, so a 0 is not sent) and keep the answer: ``completion_id``/``edit_id`` (also the
ID), ``created``, ``object``, ``model_used``, ``choices`` and ``usage``. Every attribute forces
a new resource; Read makes no call; Delete forgets.

At OpenAI today ``/completions`` serves only ``gpt-3.5-turbo-instruct``, ``davinci-002`` and
``babbage-002`` (a chat model is a 404 that says so), and ``/edits`` is gone: every
``openai_edit`` fails with the API's 404 (``error creating edit: invalid_request_error -
Invalid URL (POST /v1/edits)``). The fake API answers the same.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import call, set_or_fail, set_values

#: ``CompletionRequest``'s optional fields, in the Go order (each sent when ``d.GetOk``).
COMPLETION_FIELDS = (
    "max_tokens", "temperature", "top_p", "n", "stream", "logprobs", "echo", "stop",
    "presence_penalty", "frequency_penalty", "best_of", "user", "suffix", "logit_bias",
)  # fmt: skip


def _usage(response: Mapping[str, Any]) -> dict[str, int]:
    usage = response.get("usage") or {}
    names = ("prompt_tokens", "completion_tokens", "total_tokens")
    return {name: int(usage.get(name) or 0) for name in names}


def _keep(d: ResourceData, response: Mapping[str, Any], id_attribute: str) -> None:
    d.set_id(str(response.get("id") or ""))
    set_or_fail(d, id_attribute, response.get("id") or "")
    set_or_fail(d, "created", int(response.get("created") or 0))
    set_or_fail(d, "object", response.get("object") or "")
    set_or_fail(d, "model_used", response.get("model") or "")


def completion_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAICompletionCreate``: one ``POST /completions``."""
    request: dict[str, Any] = {"model": d.get("model"), "prompt": d.get("prompt")}
    request.update(set_values(d, COMPLETION_FIELDS))
    response = call(
        lambda: api.create_completion(request), "error creating completion: {type} - {message}"
    )
    _keep(d, response, "completion_id")
    choices = []
    for choice in response.get("choices") or []:
        written: dict[str, Any] = {
            "text": choice.get("text") or "",
            "index": int(choice.get("index") or 0),
            "finish_reason": choice.get("finish_reason") or "",
        }
        logprobs = choice.get("logprobs")
        if isinstance(logprobs, Mapping):
            entry: dict[str, Any] = {
                "tokens": logprobs.get("tokens"),
                "token_logprobs": logprobs.get("token_logprobs"),
                "text_offset": logprobs.get("text_offset"),
            }
            if logprobs.get("top_logprobs"):
                entry["top_logprobs"] = list(logprobs["top_logprobs"])
            written["logprobs"] = [entry]
        choices.append(written)
    if choices:
        set_or_fail(d, "choices", choices)
    set_or_fail(d, "usage", _usage(response))


def edit_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIEditCreate``: one ``POST /edits`` (gone at OpenAI: a 404)."""
    request: dict[str, Any] = {"model": d.get("model"), "instruction": d.get("instruction")}
    request.update(set_values(d, ("input", "temperature", "top_p", "n")))
    response = call(lambda: api.create_edit(request), "error creating edit: {type} - {message}")
    _keep(d, response, "edit_id")
    choices = [
        {"text": choice.get("text") or "", "index": int(choice.get("index") or 0)}
        for choice in response.get("choices") or []
    ]
    if choices:
        set_or_fail(d, "choices", choices)
    set_or_fail(d, "usage", _usage(response))


def never_read(d: ResourceData, api: FakeOpenAI) -> None:
    """The Read of each: no call."""


def forget(d: ResourceData, api: FakeOpenAI) -> None:
    """The Delete of each: nothing is sent."""
    d.set_id("")
