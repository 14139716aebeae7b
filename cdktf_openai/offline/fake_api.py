"""The OpenAI API as the double answers it: objects shaped as the API returns them, no model.

The provider's Go functions (ported in ``resource_openai_*.py``) send requests and read fields
from the responses; what lands in Terraform's state is decided there, as in Go. This module
plays the other side: it keeps the objects in the working directory's
:class:`~cdktf_openai.offline.state.ObjectStore` and answers each call with a JSON object of the
shape the OpenAI API reference gives (Assistants v2, Files, Vector Stores, Responses), e.g. a run
with ``status: "queued"``, ``usage: null`` and no ``file_ids``.

What it cannot know, it decides deterministically: IDs are derived from the request (the same
configuration gets the same IDs on every machine); an ID it never issued (e.g.
``asst_external``) is taken to be an existing object elsewhere (an assistant with model
``gpt-4o``); a run's outcome is derived from its ID. Time passes only between Terraform
commands: :meth:`FakeOpenAI.advance` (called on each refresh) moves a queued run to
``completed`` and a vector store (file) from ``in_progress`` to ``completed``, as the API
would once the work is done. It never calls a model: a run's answer is a placeholder message.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import string
import threading
import time
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from cdktf_openai.offline import openai_contract
from cdktf_openai.offline.fake_admin import AdminEndpoints
from cdktf_openai.offline.fake_models import ModelEndpoints
from cdktf_openai.offline.state import ObjectStore

_ALPHABET = string.ascii_letters + string.digits
_ID_LENGTH = 24
#: The model of an assistant the double did not create (an ID it never issued).
EXTERNAL_ASSISTANT_MODEL = "gpt-4o"
#: How long a run may stay queued before it expires (the API's ``expires_at``), in seconds.
RUN_EXPIRY = 600

JsonObject = dict[str, Any]


class ApiError(Exception):
    """An error response of the API: an HTTP status and the ``error`` object of its body.

    Args:
        status: The HTTP status, e.g. 404.
        message: ``error.message``.
        type: ``error.type`` (``invalid_request_error``).
        code: ``error.code`` (often empty).
        param: ``error.param``: the request parameter it is about (often empty).
    """

    def __init__(
        self,
        status: int,
        message: str,
        type: str = "invalid_request_error",
        code: str = "",
        param: str = "",
    ) -> None:
        """Keep the response."""
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.code = code
        self.param = param

    def body(self) -> str:
        """The response body, as the API sends it (pretty-printed JSON)."""
        error = {
            "message": self.message,
            "type": self.type,
            "param": self.param or None,
            "code": self.code or None,
        }
        return json.dumps({"error": error}, indent=2) + "\n"


def token(material: str) -> str:
    """Return 24 letters and digits derived from ``material`` (the tail of an ID)."""
    number = int.from_bytes(hashlib.sha256(material.encode()).digest(), "big")
    chars = []
    for _ in range(_ID_LENGTH):
        number, index = divmod(number, len(_ALPHABET))
        chars.append(_ALPHABET[index])
    return "".join(chars)


def _digest(material: str) -> int:
    return int.from_bytes(hashlib.sha256(material.encode()).digest()[:8], "big")


def _canonical(body: Any) -> str:
    return json.dumps(body, sort_keys=True, default=str)


def _not_found(kind: str, object_id: str) -> ApiError:
    return ApiError(404, f"No {kind} found with id '{object_id}'.")


#: The double's own record of the order messages were created in (not part of the API's answer).
SEQUENCE = "_sequence"


def _without_sequence(message: Mapping[str, Any]) -> JsonObject:
    return {key: value for key, value in message.items() if key != SEQUENCE}


def response_body(value: Any) -> str:
    """A response's body as the API sends it: pretty-printed JSON (2 spaces), UTF-8 as is.

    What a Go function that keeps the raw bytes (``string(responseBytes)``,
    ``json.RawMessage``) sees.
    """
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def raw_json(value: Any, depth: int) -> str:
    """The text of a JSON value nested ``depth`` levels deep in a :func:`response_body`.

    ``json.RawMessage`` keeps those bytes as they are: the value's own lines, indented as in
    the whole body.

    Args:
        value: The decoded value.
        depth: How many objects and arrays enclose it in the body.
    """
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + "  " * depth)


def cursor_page(
    items: list[JsonObject],
    limit: int = 20,
    order: str = "desc",
    after: str = "",
    before: str = "",
) -> JsonObject:
    """One page of a cursor-paginated list (``limit``, ``order``, ``after``, ``before``).

    ``items`` are oldest first; ``order=desc`` (the default) lists them newest first.
    ``after`` and ``before`` are IDs in that order: the page is the ``limit`` items just after
    (or just before) that one; an ID not in the list gives an empty page. A ``limit`` outside
    1..100, or another ``order``, is the API's 400.

    Args:
        items: The objects, oldest first, each with an ``id``.
        limit: How many at most.
        order: ``asc`` or ``desc``.
        after: List only what comes after this ID.
        before: List only what comes before this ID.
    """
    if limit < 1:
        raise ApiError(400, f"Invalid 'limit': integer below minimum value. Got {limit}.")
    if limit > 100:
        raise ApiError(400, f"Invalid 'limit': integer above maximum value. Got {limit}.")
    if order not in ("asc", "desc"):
        raise ApiError(400, f"Invalid value: '{order}'. Supported values are: 'asc' and 'desc'.")
    listed = list(reversed(items)) if order == "desc" else list(items)
    if after:
        ids = [item["id"] for item in listed]
        listed = listed[ids.index(after) + 1 :] if after in ids else []
    if before:
        ids = [item["id"] for item in listed]
        listed = listed[: ids.index(before)] if before in ids else []
        page = listed[-limit:]
    else:
        page = listed[:limit]
    return {
        "object": "list",
        "data": page,
        "first_id": page[0]["id"] if page else None,
        "last_id": page[-1]["id"] if page else None,
        "has_more": len(listed) > limit,
    }


#: The double's own record of a file batch's file IDs (not part of the API's answer).
BATCH_FILES = "_file_ids"
#: The store's kind for an uploaded file's text (the double's record; no API object).
FILE_TEXT = "file_text"


def _without(value: Mapping[str, Any], private: str) -> JsonObject:
    return {key: item for key, item in value.items() if key != private}


#: The store's record of deleted IDs (so that a later reference to one is a 404).
DELETED = "deleted"


def live_objects(store: ObjectStore) -> list[tuple[str, str]]:
    """Return ``(kind, key)`` of every object the API still has (deleted IDs left out).

    Args:
        store: The store the API keeps its objects in.
    """
    return [entry for entry in store.stored() if entry[0] != DELETED]


@openai_contract.checked
class FakeOpenAI(AdminEndpoints, ModelEndpoints):
    """The API endpoints the provider's resources call, over one working directory's store.

    Each endpoint first checks its request against OpenAI's contract (:mod:`.openai_contract`):
    a new endpoint needs a row in :data:`~.openai_contract.ENDPOINTS`.

    Args:
        store: Where objects are kept.
        clock: Returns the current Unix time in seconds (``created_at`` and friends).
    """

    def __init__(self, store: ObjectStore, clock: Callable[[], int] | None = None) -> None:
        """Serve the objects in ``store``."""
        self.store = store
        self.clock = clock or (lambda: int(time.time()))
        self._lock = threading.Lock()
        self._issued: set[str] = set()

    # -- bookkeeping -------------------------------------------------------------------------

    def new_id(self, prefix: str, kind: str, body: Any) -> str:
        """Return a fresh, deterministic ID for an object about to be created.

        Args:
            prefix: The ID's prefix, e.g. ``asst_`` or ``file-``.
            kind: The object kind (part of the hash).
            body: The request (part of the hash).
        """
        material = f"{kind}\n{_canonical(body)}"
        with self._lock:
            for sequence in range(10_000):
                candidate = prefix + token(f"{material}\n{sequence}")
                if candidate not in self._issued and not self._known(kind, candidate):
                    self._issued.add(candidate)
                    return candidate
        raise ApiError(500, f"could not issue an ID: 10000 {kind} objects share a request")

    def _error(self, status: int, message: str) -> ApiError:
        return ApiError(status, message)

    def _known(self, kind: str, object_id: str) -> bool:
        return self.store.exists(kind, object_id) or self.store.exists(DELETED, object_id)

    def _get(self, kind: str, object_id: str, label: str) -> JsonObject:
        found = self.store.get(kind, object_id)
        if found is None:
            raise _not_found(label, object_id)
        return found

    def _put(self, kind: str, value: JsonObject, key: str | None = None) -> JsonObject:
        self.store.put(kind, key or str(value["id"]), value)
        return value

    def _delete(self, kind: str, key: str, object_id: str) -> None:
        self.store.delete(kind, key)
        self.store.put(DELETED, object_id, {"kind": kind})

    def _referenced(self, kind: str, object_id: str, label: str) -> JsonObject | None:
        """An object a request refers to: stored, deleted (404), or elsewhere (``None``)."""
        if self.store.exists(DELETED, object_id):
            raise _not_found(label, object_id)
        return self.store.get(kind, object_id)

    # -- assistants --------------------------------------------------------------------------

    def create_assistant(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /assistants``."""
        return self._put(
            "assistant",
            {
                "id": self.new_id("asst_", "assistant", body),
                "object": "assistant",
                "created_at": self.clock(),
                "name": body.get("name"),
                "description": body.get("description"),
                "model": body.get("model"),
                "instructions": body.get("instructions"),
                "tools": list(body.get("tools") or []),
                "tool_resources": {},
                "metadata": dict(body.get("metadata") or {}),
                "temperature": 1.0,
                "top_p": 1.0,
                "response_format": "auto",
            },
        )

    def get_assistant(self, assistant_id: str) -> JsonObject:
        """``GET /assistants/{id}``."""
        return self._get("assistant", assistant_id, "assistant")

    def _listed(self, kind: str) -> list[JsonObject]:
        """Every stored object of a kind, oldest first (by ``created_at``, then ID)."""
        found = [
            item
            for _, key in self.store.stored(kind)
            if (item := self.store.get(kind, key)) is not None
        ]
        found.sort(key=lambda item: (int(item.get("created_at") or 0), str(item["id"])))
        return found

    def list_assistants(
        self, limit: int = 20, order: str = "desc", after: str = "", before: str = ""
    ) -> JsonObject:
        """``GET /assistants``: a cursor page (:func:`cursor_page`), newest first by default."""
        return cursor_page(self._listed("assistant"), limit, order, after, before)

    def update_assistant(self, assistant_id: str, body: Mapping[str, Any]) -> JsonObject:
        """``POST /assistants/{id}``: the fields sent replace the stored ones."""
        assistant = self.get_assistant(assistant_id)
        assistant.update({key: value for key, value in body.items() if key != "file_ids"})
        return self._put("assistant", assistant)

    def delete_assistant(self, assistant_id: str) -> JsonObject:
        """``DELETE /assistants/{id}``."""
        self.get_assistant(assistant_id)
        self._delete("assistant", assistant_id, assistant_id)
        return {"id": assistant_id, "object": "assistant.deleted", "deleted": True}

    # -- threads and messages ----------------------------------------------------------------

    def create_thread(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /threads``: the thread, and a message for each of ``messages``."""
        thread = self._put(
            "thread",
            {
                "id": self.new_id("thread_", "thread", body),
                "object": "thread",
                "created_at": self.clock(),
                "metadata": dict(body.get("metadata") or {}),
                "tool_resources": {},
            },
        )
        for message in body.get("messages") or []:
            self.create_message(thread["id"], message)
        return thread

    def get_thread(self, thread_id: str) -> JsonObject:
        """``GET /threads/{id}``."""
        return self._get("thread", thread_id, "thread")

    def update_thread(self, thread_id: str, body: Mapping[str, Any]) -> JsonObject:
        """``POST /threads/{id}``: only ``metadata`` changes, and only when sent."""
        thread = self.get_thread(thread_id)
        if "metadata" in body:
            thread["metadata"] = dict(body["metadata"] or {})
        return self._put("thread", thread)

    def delete_thread(self, thread_id: str) -> JsonObject:
        """``DELETE /threads/{id}``: its messages and runs are gone with it."""
        self.get_thread(thread_id)
        for kind in ("message", "run", "run_step"):
            for _, key in self.store.stored(kind):
                found = self.store.get(kind, key)
                if found is not None and found.get("thread_id") == thread_id:
                    self._delete(kind, key, key)
        self._delete("thread", thread_id, thread_id)
        return {"id": thread_id, "object": "thread.deleted", "deleted": True}

    def create_message(self, thread_id: str, body: Mapping[str, Any]) -> JsonObject:
        """``POST /threads/{thread_id}/messages``."""
        self._referenced("thread", thread_id, "thread")
        text = str(body.get("content") or "")
        sequence = len(self._thread_messages(thread_id))
        message = self._put(
            "message",
            {
                "id": self.new_id("msg_", "message", {"thread_id": thread_id, **body}),
                "object": "thread.message",
                "created_at": self.clock(),
                "thread_id": thread_id,
                "role": body.get("role"),
                "content": [{"type": "text", "text": {"value": text, "annotations": []}}],
                "assistant_id": body.get("assistant_id"),
                "run_id": body.get("run_id"),
                "attachments": list(body.get("attachments") or []),
                "metadata": dict(body.get("metadata") or {}),
                "status": "completed",
                SEQUENCE: sequence,
            },
        )
        return _without_sequence(message)

    def _thread_messages(self, thread_id: str) -> list[JsonObject]:
        """A thread's stored messages, oldest first (by ``created_at``, then as created)."""
        found = [
            message
            for _, key in self.store.stored("message")
            if (message := self.store.get("message", key)) is not None
            and message.get("thread_id") == thread_id
        ]
        found.sort(key=lambda message: (message["created_at"], message.get(SEQUENCE, 0)))
        return found

    def list_messages(
        self,
        thread_id: str,
        limit: int = 20,
        order: str = "desc",
        after: str = "",
        before: str = "",
    ) -> JsonObject:
        """``GET /threads/{thread_id}/messages``: newest first unless ``order=asc``.

        ``after`` and ``before`` are message IDs (cursors) in that order; a ``limit`` outside
        1..100 is the API's 400.
        """
        self.get_thread(thread_id)
        messages = [_without_sequence(message) for message in self._thread_messages(thread_id)]
        return cursor_page(messages, limit, order, after, before)

    def get_message(self, thread_id: str, message_id: str) -> JsonObject:
        """``GET /threads/{thread_id}/messages/{id}``."""
        message = self._get("message", message_id, "message")
        if message.get("thread_id") != thread_id:
            raise _not_found("message", message_id)
        return _without_sequence(message)

    def update_message(
        self, thread_id: str, message_id: str, body: Mapping[str, Any]
    ) -> JsonObject:
        """``POST /threads/{thread_id}/messages/{id}``: only ``metadata`` changes."""
        message = self._get("message", message_id, "message")
        if message.get("thread_id") != thread_id:
            raise _not_found("message", message_id)
        if "metadata" in body:
            message["metadata"] = dict(body["metadata"] or {})
        return _without_sequence(self._put("message", message))

    def delete_message(self, thread_id: str, message_id: str) -> JsonObject:
        """``DELETE /threads/{thread_id}/messages/{id}``."""
        self.get_message(thread_id, message_id)
        self._delete("message", message_id, message_id)
        return {"id": message_id, "object": "thread.message.deleted", "deleted": True}

    # -- runs --------------------------------------------------------------------------------

    def create_run(self, thread_id: str, body: Mapping[str, Any]) -> JsonObject:
        """``POST /threads/{thread_id}/runs``: a ``queued`` run (nothing waits for it)."""
        self._referenced("thread", thread_id, "thread")
        assistant_id = str(body.get("assistant_id") or "")
        assistant = self._referenced("assistant", assistant_id, "assistant") or {
            "model": EXTERNAL_ASSISTANT_MODEL,
            "instructions": None,
            "tools": [],
            "temperature": 1.0,
            "top_p": 1.0,
        }
        created_at = self.clock()
        run = {
            "id": self.new_id("run_", "run", {"thread_id": thread_id, **body}),
            "object": "thread.run",
            "created_at": created_at,
            "assistant_id": assistant_id,
            "thread_id": thread_id,
            "status": "queued",
            "started_at": None,
            "expires_at": created_at + RUN_EXPIRY,
            "cancelled_at": None,
            "failed_at": None,
            "completed_at": None,
            "last_error": None,
            "model": body.get("model") or assistant.get("model"),
            "instructions": body.get("instructions") or assistant.get("instructions") or "",
            "tools": list(body.get("tools") or assistant.get("tools") or []),
            "metadata": dict(body.get("metadata") or {}),
            "usage": None,
            "temperature": body.get("temperature", assistant.get("temperature", 1.0)),
            "top_p": body.get("top_p", assistant.get("top_p", 1.0)),
            "max_prompt_tokens": body.get("max_prompt_tokens"),
            "max_completion_tokens": body.get("max_completion_tokens", body.get("max_tokens")),
            "truncation_strategy": {"type": "auto", "last_messages": None},
            "response_format": "auto",
            "tool_choice": "auto",
            "parallel_tool_calls": True,
            "incomplete_details": None,
            # what the API received, as sent (the double's record; not part of the response)
            "request": dict(body),
        }
        self._put("run", run)
        return self._public(run)

    def create_thread_and_run(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /threads/runs``: a new thread (with ``thread.messages``) and a run on it."""
        thread = self.create_thread(dict(body.get("thread") or {}))
        run_body = {key: value for key, value in body.items() if key != "thread"}
        return self.create_run(thread["id"], run_body)

    @staticmethod
    def _public(run: Mapping[str, Any]) -> JsonObject:
        return {key: value for key, value in run.items() if key != "request"}

    def get_run(self, thread_id: str, run_id: str) -> JsonObject:
        """``GET /threads/{thread_id}/runs/{id}``."""
        run = self._get("run", run_id, "run")
        if run.get("thread_id") != thread_id:
            raise _not_found("run", run_id)
        return self._public(run)

    def list_runs(
        self,
        thread_id: str,
        limit: int = 20,
        order: str = "desc",
        after: str = "",
        before: str = "",
    ) -> JsonObject:
        """``GET /threads/{thread_id}/runs``: the thread's runs, a :func:`cursor_page`."""
        self.get_thread(thread_id)
        runs = [
            self._public(run) for run in self._listed("run") if run.get("thread_id") == thread_id
        ]
        return cursor_page(runs, limit, order, after, before)

    def list_run_steps(self, thread_id: str, run_id: str) -> JsonObject:
        """``GET /threads/{thread_id}/runs/{run_id}/steps``."""
        self.get_run(thread_id, run_id)
        steps = [
            step
            for _, key in self.store.stored("run_step")
            if (step := self.store.get("run_step", key)) is not None
            and step.get("run_id") == run_id
        ]
        steps.sort(key=lambda step: str(step["id"]))
        return {
            "object": "list",
            "data": steps,
            "first_id": steps[0]["id"] if steps else None,
            "last_id": steps[-1]["id"] if steps else None,
            "has_more": False,
        }

    def cancel_run(self, thread_id: str, run_id: str) -> JsonObject:
        """``POST /threads/{thread_id}/runs/{id}/cancel``: 400 once the run has ended."""
        run = self._get("run", run_id, "run")
        if run.get("thread_id") != thread_id:
            raise _not_found("run", run_id)
        if run["status"] not in ("queued", "in_progress", "requires_action"):
            raise ApiError(400, f"Cannot cancel run with status '{run['status']}'.")
        run.update(status="cancelled", cancelled_at=self.clock())
        self._put("run", run)
        return self._public(run)

    # -- files -------------------------------------------------------------------------------

    def upload_file(self, filename: str, content: bytes, purpose: str) -> JsonObject:
        """``POST /files`` (multipart): the file's name, size and purpose.

        The text of a UTF-8 file is kept too (:data:`FILE_TEXT`), for the vector store file
        content endpoint.
        """
        material = {"filename": filename, "purpose": purpose, "sha256": _sha256(content)}
        uploaded = self._put(
            "file",
            {
                "id": self.new_id("file-", "file", material),
                "object": "file",
                "bytes": len(content),
                "created_at": self.clock(),
                "filename": filename,
                "purpose": purpose,
                "status": "processed",
            },
        )
        with contextlib.suppress(UnicodeDecodeError):
            self.store.put(FILE_TEXT, uploaded["id"], {"text": content.decode("utf-8")})
        return uploaded

    def get_file(self, file_id: str) -> JsonObject:
        """``GET /files/{id}``."""
        return self._get("file", file_id, "file")

    def list_files(self, purpose: str = "") -> JsonObject:
        """``GET /files``: every file (of one ``purpose``, if given), newest first.

        The API's default page (10,000 files) holds them all here: ``has_more`` is false.
        """
        files = [f for f in self._listed("file") if not purpose or f.get("purpose") == purpose]
        files.reverse()
        return {
            "object": "list",
            "data": files,
            "first_id": files[0]["id"] if files else None,
            "last_id": files[-1]["id"] if files else None,
            "has_more": False,
        }

    def delete_file(self, file_id: str) -> JsonObject:
        """``DELETE /files/{id}``."""
        self.get_file(file_id)
        self._delete("file", file_id, file_id)
        self.store.delete(FILE_TEXT, file_id)
        return {"id": file_id, "object": "file", "deleted": True}

    # -- vector stores -----------------------------------------------------------------------

    def create_vector_store(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /vector_stores``: ``in_progress`` while files are being indexed."""
        file_ids = list(body.get("file_ids") or [])
        created_at = self.clock()
        expires_after = body.get("expires_after")
        store_id = self.new_id("vs_", "vector_store", body)
        for file_id in file_ids:
            self._add_file(store_id, {"file_id": file_id}, created_at)
        return self._put(
            "vector_store",
            {
                "id": store_id,
                "object": "vector_store",
                "created_at": created_at,
                "name": body.get("name"),
                "usage_bytes": 0,
                "file_counts": _file_counts(len(file_ids), done=False),
                "status": "in_progress" if file_ids else "completed",
                "expires_after": dict(expires_after) if expires_after else None,
                "expires_at": None,
                "last_active_at": created_at,
                "metadata": dict(body.get("metadata") or {}),
            },
        )

    def get_vector_store(self, store_id: str) -> JsonObject:
        """``GET /vector_stores/{id}``."""
        return self._get("vector_store", store_id, "vector store")

    def list_vector_stores(
        self, limit: int = 20, order: str = "desc", after: str = "", before: str = ""
    ) -> JsonObject:
        """``GET /vector_stores``: a cursor page (:func:`cursor_page`), newest first."""
        return cursor_page(self._listed("vector_store"), limit, order, after, before)

    def update_vector_store(self, store_id: str, body: Mapping[str, Any]) -> JsonObject:
        """``POST /vector_stores/{id}``: ``name``, ``metadata`` and ``expires_after``."""
        store = self.get_vector_store(store_id)
        for key in ("name", "metadata", "expires_after"):
            if key in body:
                store[key] = body[key]
        return self._put("vector_store", store)

    def delete_vector_store(self, store_id: str) -> JsonObject:
        """``DELETE /vector_stores/{id}``: its file entries are gone with it."""
        self.get_vector_store(store_id)
        for _, key in self.store.stored("vector_store_file"):
            if key.startswith(f"{store_id}."):
                self.store.delete("vector_store_file", key)
        self._delete("vector_store", store_id, store_id)
        return {"id": store_id, "object": "vector_store.deleted", "deleted": True}

    def _add_file(self, store_id: str, body: Mapping[str, Any], created_at: int) -> JsonObject:
        file_id = str(body.get("file_id"))
        requested = body.get("chunking_strategy")
        return self._put(
            "vector_store_file",
            {
                "id": file_id,
                "object": "vector_store.file",
                "usage_bytes": 0,
                "created_at": created_at,
                "vector_store_id": store_id,
                "status": "in_progress",
                "last_error": None,
                "chunking_strategy": _chunking(requested),
                "attributes": dict(body.get("attributes") or {}),
            },
            key=f"{store_id}.{file_id}",
        )

    def create_vector_store_file(self, store_id: str, body: Mapping[str, Any]) -> JsonObject:
        """``POST /vector_stores/{id}/files``: ``in_progress`` until indexed."""
        self._referenced("vector_store", store_id, "vector store")
        return self._add_file(store_id, body, self.clock())

    def get_vector_store_file(self, store_id: str, file_id: str) -> JsonObject:
        """``GET /vector_stores/{id}/files/{file_id}``."""
        return self._get("vector_store_file", f"{store_id}.{file_id}", "file")

    def _store_files(self, store_id: str, file_ids: list[str] | None = None) -> list[JsonObject]:
        """A vector store's file entries (only ``file_ids``, if given), oldest first."""
        return [
            entry
            for entry in self._listed("vector_store_file")
            if entry.get("vector_store_id") == store_id
            and (file_ids is None or entry["id"] in file_ids)
        ]

    def list_vector_store_files(
        self,
        store_id: str,
        limit: int = 20,
        order: str = "desc",
        after: str = "",
        before: str = "",
        filter: str = "",
    ) -> JsonObject:
        """``GET /vector_stores/{id}/files``: a :func:`cursor_page`, ``filter`` by status."""
        self.get_vector_store(store_id)
        entries = [
            entry
            for entry in self._store_files(store_id)
            if not filter or entry.get("status") == filter
        ]
        return cursor_page(entries, limit, order, after, before)

    def get_vector_store_file_content(self, store_id: str, file_id: str) -> JsonObject:
        """``GET /vector_stores/{id}/files/{file_id}/content``: the file's parsed text.

        The double parses UTF-8 text only (kept at upload); any other file has no content
        here (``data`` is empty). The page is never split: ``has_more`` is false.
        """
        self.get_vector_store_file(store_id, file_id)
        kept = self.store.get(FILE_TEXT, file_id)
        data = [{"type": "text", "text": kept["text"]}] if kept is not None else []
        return {
            "object": "vector_store.file_content.page",
            "data": data,
            "has_more": False,
            "next_page": None,
        }

    def update_vector_store_file(
        self, store_id: str, file_id: str, body: Mapping[str, Any]
    ) -> JsonObject:
        """``POST /vector_stores/{id}/files/{file_id}``: only ``attributes``."""
        entry = self.get_vector_store_file(store_id, file_id)
        entry["attributes"] = dict(body.get("attributes") or {})
        return self._put("vector_store_file", entry, key=f"{store_id}.{file_id}")

    def delete_vector_store_file(self, store_id: str, file_id: str) -> JsonObject:
        """``DELETE /vector_stores/{id}/files/{file_id}``."""
        self.get_vector_store_file(store_id, file_id)
        self.store.delete("vector_store_file", f"{store_id}.{file_id}")
        return {"id": file_id, "object": "vector_store.file.deleted", "deleted": True}

    def create_file_batch(self, store_id: str, body: Mapping[str, Any]) -> JsonObject:
        """``POST /vector_stores/{id}/file_batches``: each file added, ``in_progress``."""
        self._referenced("vector_store", store_id, "vector store")
        file_ids = [str(file_id) for file_id in body.get("file_ids") or []]
        created_at = self.clock()
        for file_id in file_ids:
            self._add_file(store_id, {**body, "file_id": file_id}, created_at)
        batch_id = self.new_id("vsfb_", "file_batch", {"vector_store_id": store_id, **body})
        batch = self._put(
            "vector_store_file_batch",
            {
                "id": batch_id,
                "object": "vector_store.files_batch",
                "created_at": created_at,
                "vector_store_id": store_id,
                "status": "in_progress",
                "file_counts": _file_counts(len(file_ids), done=False),
                BATCH_FILES: file_ids,
            },
            key=f"{store_id}.{batch_id}",
        )
        return _without(batch, BATCH_FILES)

    def get_file_batch(self, store_id: str, batch_id: str) -> JsonObject:
        """``GET /vector_stores/{id}/file_batches/{batch_id}``."""
        batch = self._get("vector_store_file_batch", f"{store_id}.{batch_id}", "file batch")
        return _without(batch, BATCH_FILES)

    def list_file_batch_files(
        self,
        store_id: str,
        batch_id: str,
        limit: int = 20,
        order: str = "desc",
        after: str = "",
        before: str = "",
        filter: str = "",
    ) -> JsonObject:
        """``GET /vector_stores/{id}/file_batches/{batch_id}/files``: a :func:`cursor_page`."""
        self.get_file_batch(store_id, batch_id)
        stored = self.store.get("vector_store_file_batch", f"{store_id}.{batch_id}") or {}
        entries = [
            entry
            for entry in self._store_files(store_id, list(stored.get(BATCH_FILES) or []))
            if not filter or entry.get("status") == filter
        ]
        return cursor_page(entries, limit, order, after, before)

    def put_file_batch(self, store_id: str, batch_id: str) -> JsonObject:
        """``PUT /vector_stores/{id}/file_batches/{batch_id}``: no such endpoint."""
        raise ApiError(
            404, f"Invalid URL (PUT /v1/vector_stores/{store_id}/file_batches/{batch_id})"
        )

    # -- chat completions and embeddings (one call each, never stored by the provider) -------

    def create_chat_completion(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /chat/completions``: a placeholder answer about the last message."""
        messages = list(body.get("messages") or [])
        last = str(messages[-1].get("content") or "") if messages else ""
        text = answer_for(last)
        prompt = max(1, sum(len(str(m.get("content") or "")) for m in messages) // 4)
        completion = max(1, len(text) // 4)
        limit = body.get("max_tokens")
        if isinstance(limit, int) and limit > 0:
            completion = min(completion, limit)
        completion_id = self.new_id("chatcmpl-", "chat_completion", body)
        count = int(body.get("n") or 1)
        stored = self._put(
            "chat_completion",
            {
                "id": completion_id,
                "object": "chat.completion",
                "created": self.clock(),
                "model": body.get("model"),
                "choices": [
                    {
                        "index": index,
                        "message": {"role": "assistant", "content": text},
                        "finish_reason": "stop",
                    }
                    for index in range(count)
                ],
                "usage": {
                    "prompt_tokens": prompt,
                    "completion_tokens": completion * count,
                    "total_tokens": prompt + completion * count,
                },
            },
        )
        self.remember_chat_completion(stored, body)
        return stored

    def create_embeddings(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /embeddings``: one placeholder vector per input.

        Each has ``dimensions`` numbers (8 by default), derived from the input's text.
        """
        inputs = [str(text) for text in body.get("input") or []]
        size = int(body.get("dimensions") or 8)
        data = []
        for index, text in enumerate(inputs):
            seed = _digest(f"embedding\n{body.get('model')}\n{text}")
            vector = [round(((seed >> (i % 56)) % 2001 - 1000) / 1000, 3) for i in range(size)]
            data.append({"object": "embedding", "index": index, "embedding": vector})
        tokens = max(1, sum(len(text) for text in inputs) // 4)
        return {
            "object": "list",
            "data": data,
            "model": body.get("model"),
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }

    # -- models ------------------------------------------------------------------------------

    def get_model(self, model_id: str) -> JsonObject:
        """``GET /models/{id}``: the models of the provider's ``defaultRateLimits`` table."""
        from cdktf_openai.offline.fake_admin import default_rate_limits

        if model_id not in default_rate_limits():
            raise ApiError(404, f"The model '{model_id}' does not exist", code="model_not_found")
        owner = "openai" if model_id.startswith(("dall-e", "tts", "whisper")) else "system"
        return {"id": model_id, "object": "model", "created": 1_700_000_000, "owned_by": owner}

    def list_models(self) -> JsonObject:
        """``GET /models``: every model :meth:`get_model` knows, by ID."""
        from cdktf_openai.offline.fake_admin import default_rate_limits

        return {
            "object": "list",
            "data": [self.get_model(m) for m in sorted(default_rate_limits())],
        }

    # -- responses (the Responses API) -------------------------------------------------------

    def create_response(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /responses``: answered at once (the answer names the input's code, if any)."""
        text = answer_for(str(body.get("input") or ""))
        input_tokens = max(
            1, (len(str(body.get("input") or "")) + len(str(body.get("instructions") or ""))) // 4
        )
        output_tokens = max(1, len(text) // 4)
        limit = body.get("max_output_tokens")
        if isinstance(limit, int) and limit > 0:
            output_tokens = min(output_tokens, limit)
        response_id = self.new_id("resp_", "response", body)
        return self._put(
            "response",
            {
                "id": response_id,
                "object": "response",
                "created_at": self.clock(),
                "status": "completed",
                "model": body.get("model"),
                "output": [
                    {
                        "type": "message",
                        "id": "msg_" + token(f"response message\n{response_id}"),
                        "status": "completed",
                        "role": "assistant",
                        "content": [{"type": "output_text", "text": text, "annotations": []}],
                    }
                ],
                "usage": {
                    "input_tokens": input_tokens,
                    "output_tokens": output_tokens,
                    "total_tokens": input_tokens + output_tokens,
                },
                "temperature": body.get("temperature", 1.0),
                "top_p": body.get("top_p", 1.0),
                "max_output_tokens": body.get("max_output_tokens"),
                "instructions": body.get("instructions"),
                "user": body.get("user"),
                "store": body.get("store", True),
                "request": dict(body),
            },
        )

    def get_response(self, response_id: str) -> JsonObject:
        """``GET /responses/{id}``."""
        found = self.store.get("response", response_id)
        if found is None:
            raise ApiError(404, f"Response with id '{response_id}' not found.")
        return found

    # -- time passes -------------------------------------------------------------------------

    def advance(self, kind: str, key: str) -> None:
        """Let the work on an object finish, as it would between two Terraform commands.

        A ``queued`` run becomes ``completed`` (with ``started_at``, ``completed_at``,
        ``usage``, a ``message_creation`` step and the assistant's message, all derived from
        the run's ID); a vector store or a vector store file ``in_progress`` becomes
        ``completed``. Anything else is left as it is.

        Args:
            kind: ``run``, ``vector_store`` or ``vector_store_file``.
            key: The object's key in the store.
        """
        if self.advance_job(kind, key):
            return
        found = self.store.get(kind, key)
        if found is None:
            return
        if kind == "run" and found["status"] in ("queued", "in_progress"):
            self._complete_run(found)
        elif kind in ("vector_store", "vector_store_file", "vector_store_file_batch") and (
            found["status"] == "in_progress"
        ):
            found["status"] = "completed"
            if kind == "vector_store_file_batch":
                total = int(found["file_counts"]["total"])
                found["file_counts"] = _file_counts(total, done=True)
            if kind == "vector_store":
                total = int(found["file_counts"]["total"])
                found["file_counts"] = _file_counts(total, done=True)
                for _, entry_key in self.store.stored("vector_store_file"):
                    if entry_key.startswith(f"{found['id']}."):
                        self.advance("vector_store_file", entry_key)
            self.store.put(kind, key, found)

    def _complete_run(self, run: JsonObject) -> None:
        run_id = str(run["id"])
        digest = _digest(run_id)
        started_at = int(run["created_at"]) + 1 + digest % 3
        completed_at = started_at + 2 + digest % 20
        prompt_tokens = 40 + self._prompt_length(run) // 4
        completion_tokens = 120 + digest % 400
        limit = run.get("max_completion_tokens")
        if isinstance(limit, int | float | Decimal) and limit > 0:
            completion_tokens = min(completion_tokens, int(limit))
        message = self.create_message(
            str(run["thread_id"]),
            {
                "role": "assistant",
                "content": f"[offline double: no model ran; placeholder answer of run {run_id}]",
                "assistant_id": run["assistant_id"],
                "run_id": run_id,
            },
        )
        self._put(
            "run_step",
            {
                "id": "step_" + token(f"step\n{run_id}"),
                "object": "thread.run.step",
                "created_at": started_at,
                "run_id": run_id,
                "assistant_id": run["assistant_id"],
                "thread_id": run["thread_id"],
                "type": "message_creation",
                "status": "completed",
                "completed_at": completed_at,
                "step_details": {
                    "type": "message_creation",
                    "message_creation": {"message_id": message["id"]},
                },
                "usage": {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "total_tokens": prompt_tokens + completion_tokens,
                },
            },
        )
        run.update(
            status="completed",
            started_at=started_at,
            completed_at=completed_at,
            expires_at=None,
            usage={
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        )
        self._put("run", run)

    def _prompt_length(self, run: Mapping[str, Any]) -> int:
        length = len(str(run.get("instructions") or ""))
        for _, key in self.store.stored("message"):
            message = self.store.get("message", key)
            if message is not None and message.get("thread_id") == run["thread_id"]:
                length += sum(len(part["text"]["value"]) for part in message["content"])
        return length


def answer_for(text: str) -> str:
    """The double's stand-in for a model's answer: what the input's first code fence holds.

    Deterministic: the fence's language and its number of lines (or, with no fence, the
    input's number of lines).

    Args:
        text: The input.
    """
    fence = re.search(r"```([^\n`]*)\n(.*?)```", text, flags=re.DOTALL)
    if fence is None:
        lines = len(text.splitlines())
        return f"[offline double: no model ran] The input has {lines} line(s) and no code block."
    language = fence.group(1).strip() or "plain"
    lines = len(fence.group(2).rstrip("\n").splitlines())
    return f"[offline double: no model ran] A {language} code block of {lines} line(s)."


def _sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def _file_counts(total: int, *, done: bool) -> JsonObject:
    return {
        "in_progress": 0 if done else total,
        "completed": total if done else 0,
        "failed": 0,
        "cancelled": 0,
        "total": total,
    }


def _chunking(requested: Any) -> JsonObject:
    """The chunking strategy the API reports: ``static`` with its sizes (800/400 for auto)."""
    if isinstance(requested, Mapping) and requested.get("type") == "static":
        static = requested.get("static") or {}
        return {"type": "static", "static": dict(static)}
    return {"type": "static", "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400}}
