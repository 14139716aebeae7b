"""Stored chat completions (v1.2.0): three data sources of ``/v1/chat/completions``.

``openai_chat_completion``, ``openai_chat_completion_messages``, ``openai_chat_completions``.
Ports of ``internal/provider/data_source_openai_chat_completion.go``,
``data_source_openai_chat_completion_messages.go`` and ``data_source_openai_chat_completions.go``,
over the client's ``DoRequest`` (errors ``API error: <message>``). OpenAI keeps a chat
completion only when it was created with ``store = true``: the others are "not found", which
these data sources take as a warning (the ID is set, the rest is empty).
``openai_chat_completions`` turns *every* error into an empty list (and a warning), and its
ID holds the time of the read. Its ``model`` argument is never sent: it filters nothing.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import set_or_fail


def _fail(message: str) -> ProviderError:
    return ProviderError(ProviderDiagnostic(message))


def _not_stored(completion_id: str) -> ProviderDiagnostic:
    return ProviderDiagnostic(
        "Chat completion not found",
        f"Chat completion with ID '{completion_id}' could not be found. This may be because it "
        "has expired or was deleted from the OpenAI Chat Completions Store.",
    )


def _function_call(message: Mapping[str, Any]) -> list[dict[str, Any]] | None:
    call = message.get("function_call")
    if not isinstance(call, Mapping):
        return None
    return [{"name": call.get("name") or "", "arguments": call.get("arguments") or ""}]


def _message(message: Mapping[str, Any], *, tools: bool) -> dict[str, Any]:
    written: dict[str, Any] = {
        "role": message.get("role") or "",
        "content": message.get("content") or "",
    }
    if message.get("name"):
        written["name"] = message["name"]
    call = _function_call(message)
    if call is not None:
        written["function_call"] = call
    if tools and message.get("tool_calls"):
        written["tool_calls"] = [
            {
                "id": tool.get("id") or "",
                "type": tool.get("type") or "",
                **(
                    {
                        "function": [
                            {
                                "name": tool["function"].get("name") or "",
                                "arguments": tool["function"].get("arguments") or "",
                            }
                        ]
                    }
                    if isinstance(tool.get("function"), Mapping)
                    else {}
                ),
            }
            for tool in message["tool_calls"]
        ]
    return written


def _usage(completion: Mapping[str, Any]) -> dict[str, int]:
    usage = completion.get("usage") or {}
    names = ("prompt_tokens", "completion_tokens", "total_tokens")
    return {name: int(usage.get(name) or 0) for name in names}


def data_chat_completion(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIChatCompletionRead``: ``GET /v1/chat/completions/{id}``."""
    completion_id = d.get("completion_id")
    try:
        completion = api.get_chat_completion(completion_id)
    except ApiError as error:
        text = f"API error: {error.message}"
        if "not found" in text:
            d.set_id(completion_id)
            d.warnings.append(_not_stored(completion_id))
            return
        raise _fail(
            f"Error retrieving chat completion with ID '{completion_id}': {text}"
        ) from error
    d.set_id(completion["id"])
    set_or_fail(d, "id", completion["id"])
    set_or_fail(d, "created", int(completion.get("created") or 0))
    set_or_fail(d, "object", completion.get("object") or "")
    set_or_fail(d, "model", completion.get("model") or "")
    choices = [
        {
            "index": int(choice.get("index") or 0),
            "finish_reason": choice.get("finish_reason") or "",
            "message": [_message(choice.get("message") or {}, tools=True)],
        }
        for choice in completion.get("choices") or []
    ]
    if choices:
        set_or_fail(d, "choices", choices)
    set_or_fail(d, "usage", _usage(completion))


def data_chat_completion_messages(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIChatCompletionMessagesRead``: ``GET .../{id}/messages``."""
    completion_id = d.get("completion_id")
    limit, _ = d.get_ok("limit")
    order, _ = d.get_ok("order")
    after, _ = d.get_ok("after")
    try:
        listed = api.list_chat_completion_messages(
            completion_id, after, limit or 20, order or "asc"
        )
    except ApiError as error:
        text = f"API error: {error.message}"
        if "not found" in text:
            d.set_id(f"{completion_id}-messages")
            d.set("has_more", False)
            set_or_fail(d, "messages", [])
            d.warnings.append(_not_stored(completion_id))
            return
        raise _fail(
            f"Error retrieving messages for chat completion with ID '{completion_id}': {text}"
        ) from error
    d.set_id(f"{completion_id}-messages")
    set_or_fail(d, "has_more", bool(listed.get("has_more")))
    set_or_fail(d, "first_id", listed.get("first_id") or "")
    set_or_fail(d, "last_id", listed.get("last_id") or "")
    messages = [_message(message, tools=False) for message in listed.get("data") or []]
    set_or_fail(d, "messages", messages)


def data_chat_completions(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIChatCompletionsRead``: ``GET /v1/chat/completions``; errors: empty."""
    limit, _ = d.get_ok("limit")
    order, _ = d.get_ok("order")
    after, _ = d.get_ok("after")
    metadata, _ = d.get_ok("metadata")
    try:
        listed = api.list_chat_completions(after, limit or 20, order or "asc", metadata or None)
    except ApiError as error:
        d.set_id(f"chat_completions_{int(time.time())}")
        d.set("has_more", False)
        set_or_fail(d, "chat_completions", [])
        d.warnings.append(
            ProviderDiagnostic(
                "Error retrieving chat completions",
                f"Could not retrieve chat completions: API error: {error.message}. "
                "Returning empty list.",
            )
        )
        return
    d.set_id(f"chat_completions_{int(time.time())}")
    set_or_fail(d, "has_more", bool(listed.get("has_more")))
    completions = []
    for completion in listed.get("data") or []:
        entry: dict[str, Any] = {
            "id": completion.get("id") or "",
            "object": completion.get("object") or "",
            "created": int(completion.get("created") or 0),
            "model": completion.get("model") or "",
        }
        choices = []
        for choice in completion.get("choices") or []:
            written: dict[str, Any] = {
                "index": int(choice.get("index") or 0),
                "finish_reason": choice.get("finish_reason") or "",
            }
            message = choice.get("message") or {}
            if message.get("role"):
                written["message"] = [_message(message, tools=False)]
            choices.append(written)
        if choices:
            entry["choices"] = choices
        usage = _usage(completion)
        if usage["total_tokens"] > 0:
            entry["usage"] = usage
        completions.append(entry)
    set_or_fail(d, "chat_completions", completions)


#: The data sources this module reads, by type name.
DATA_SOURCE_READS = {
    "openai_chat_completion": data_chat_completion,
    "openai_chat_completion_messages": data_chat_completion_messages,
    "openai_chat_completions": data_chat_completions,
}
