"""``internal/provider/resource_openai_run.go`` (v1.2.0): create, read, delete (no update).

As in Go, a run is created with one ``POST`` and nothing waits for it: ``completion_window`` is
in the schema and read nowhere. What the create call returned is what state holds: ``status``
``queued``, ``started_at``/``completed_at``/``usage`` only when the response has them (a queued
run's have none), and ``tools`` as the API reports them (a function tool there is a map inside a
map of strings, which ``d.Set`` rejects: the create fails, as the provider's does). A
``temperature``, ``top_p`` or ``max_tokens`` of 0 is not sent (``d.GetOk``).

Read writes ``status``, ``model``, ``instructions``, ``file_ids``, ``usage`` and, once the run is
``completed``, ``steps`` (each step's ``details`` is ``"{}"``: Go reads a ``details`` field, the
API names it ``step_details``); it never writes ``started_at`` or ``completed_at``. Delete
cancels the run; a run that has ended (400) or is gone (404) is not an error.
"""

from __future__ import annotations

from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData, SetError
from cdktf_openai.offline.resource_openai_assistant import go_json_marshal

#: The optional fields ``resourceOpenAIRunCreate`` sends when ``d.GetOk`` says they are set.
OPTIONAL_FIELDS = (
    "model",
    "instructions",
    "tools",
    "metadata",
    "temperature",
    "max_tokens",
    "top_p",
    "stream_for_tool",
)


def _api_error(action: str, error: ApiError) -> ProviderError:
    return ProviderError(ProviderDiagnostic(f"error {action}: {error.type} - {error.message}"))


def usage_map(usage: dict[str, Any]) -> dict[str, int]:
    """The ``usage`` map the Go code builds from a ``RunUsage`` (three token counts)."""
    return {
        "prompt_tokens": int(usage.get("prompt_tokens") or 0),
        "completion_tokens": int(usage.get("completion_tokens") or 0),
        "total_tokens": int(usage.get("total_tokens") or 0),
    }


def set_or_fail(d: ResourceData, key: str, value: Any, wrap: str = "{}") -> None:
    """``if err := d.Set(key, value); err != nil { return diag.FromErr(err) }``.

    Args:
        d: The resource data.
        key: The attribute.
        value: The value.
        wrap: How the Go code wraps the error (``{}``: as it is).
    """
    try:
        d.set(key, value)
    except SetError as error:
        raise ProviderError(ProviderDiagnostic(wrap.format(error))) from error


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIRunCreate``."""
    request: dict[str, Any] = {"assistant_id": d.get("assistant_id")}
    for name in OPTIONAL_FIELDS:
        value, ok = d.get_ok(name)
        if ok:
            request[name] = value
    try:
        response = api.create_run(d.get("thread_id"), request)
    except ApiError as error:
        raise _api_error("creating run", error) from error
    d.set_id(response["id"])
    d.set("created_at", response["created_at"])
    d.set("status", response["status"])
    d.set("thread_id", response["thread_id"])
    d.set("assistant_id", response["assistant_id"])
    d.set("model", response["model"] or "")
    d.set("instructions", response["instructions"] or "")
    d.set("file_ids", response.get("file_ids"))
    if response.get("started_at") is not None:
        d.set("started_at", response["started_at"])
    if response.get("completed_at") is not None:
        d.set("completed_at", response["completed_at"])
    set_or_fail(d, "tools", response.get("tools"))
    if response.get("metadata") is not None:
        set_or_fail(d, "metadata", dict(response["metadata"]))
    if response.get("usage") is not None:
        set_or_fail(d, "usage", usage_map(response["usage"]))
    d.set("object", response["object"])
    d.set("created_at", response["created_at"])


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIRunRead``: a 404 removes it from state."""
    thread_id = d.get("thread_id")
    try:
        response = api.get_run(thread_id, d.id)
    except ApiError as error:
        if error.status == 404:
            d.set_id("")
            return
        raise _api_error("reading run", error) from error
    d.set("object", response["object"])
    d.set("created_at", response["created_at"])
    d.set("assistant_id", response["assistant_id"])
    d.set("thread_id", response["thread_id"])
    d.set("status", response["status"])
    d.set("model", response["model"] or "")
    d.set("instructions", response["instructions"] or "")
    d.set("file_ids", response.get("file_ids"))
    if response.get("usage") is not None:
        d.set("usage", usage_map(response["usage"]))
    if response["status"] == "completed":
        try:
            listing = api.list_run_steps(thread_id, response["id"])
        except ApiError as error:
            raise _api_error("getting run steps", error) from error
        d.set(
            "steps",
            [
                {
                    "id": step["id"],
                    "object": step["object"],
                    "created_at": step["created_at"],
                    "type": step["type"],
                    "status": step["status"],
                    "details": go_json_marshal(step["details"]) if step.get("details") else "{}",
                }
                for step in listing["data"]
            ],
        )


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIRunDelete``: cancels the run."""
    try:
        api.cancel_run(d.get("thread_id"), d.id)
    except ApiError as error:
        if error.status not in (400, 404):
            raise _api_error("cancelling run", error) from error
    d.set_id("")
