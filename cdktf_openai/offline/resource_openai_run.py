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

from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import (
    call,
    delete_and_forget,
    read_or_forget,
    set_fields,
    set_or_fail,
    set_values,
)
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


def usage_map(usage: dict[str, Any]) -> dict[str, int]:
    """The ``usage`` map the Go code builds from a ``RunUsage`` (three token counts)."""
    return {
        "prompt_tokens": int(usage.get("prompt_tokens") or 0),
        "completion_tokens": int(usage.get("completion_tokens") or 0),
        "total_tokens": int(usage.get("total_tokens") or 0),
    }


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIRunCreate``."""
    request: dict[str, Any] = {"assistant_id": d.get("assistant_id")}
    request.update(set_values(d, OPTIONAL_FIELDS))
    response = call(
        lambda: api.create_run(d.get("thread_id"), request),
        "error creating run: {type} - {message}",
    )
    d.set_id(response["id"])
    set_fields(d, response, ("created_at", "status", "thread_id", "assistant_id"))
    set_fields(d, response, ("model", "instructions"), null="")
    d.set("file_ids", response.get("file_ids"))
    set_fields(d, response, ("started_at", "completed_at"), skip_null=True)
    set_or_fail(d, "tools", response.get("tools"))
    if response.get("metadata") is not None:
        set_or_fail(d, "metadata", dict(response["metadata"]))
    if response.get("usage") is not None:
        set_or_fail(d, "usage", usage_map(response["usage"]))
    set_fields(d, response, ("object", "created_at"))


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIRunRead``: a 404 removes it from state."""
    thread_id = d.get("thread_id")
    response = read_or_forget(
        d, lambda: api.get_run(thread_id, d.id), "error reading run: {type} - {message}"
    )
    if response is None:
        return
    set_fields(d, response, ("object", "created_at", "assistant_id", "thread_id", "status"))
    set_fields(d, response, ("model", "instructions"), null="")
    d.set("file_ids", response.get("file_ids"))
    if response.get("usage") is not None:
        d.set("usage", usage_map(response["usage"]))
    if response["status"] == "completed":
        listing = call(
            lambda: api.list_run_steps(thread_id, response["id"]),
            "error getting run steps: {type} - {message}",
        )
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
    """``resourceOpenAIRunDelete``: cancels the run; a 400 (it has ended) or 404 is not an error."""
    delete_and_forget(
        d,
        lambda: api.cancel_run(d.get("thread_id"), d.id),
        "error cancelling run: {type} - {message}",
        gone=(400, 404),
    )
