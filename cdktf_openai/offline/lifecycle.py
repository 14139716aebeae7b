"""What the double does on plan and apply: IDs, computed fields, replacements.

Each resource type is described once in :data:`KINDS`: its ID prefix, the arguments it can
change in place (every other argument forces a new object, as the provider's ``ForceNew``
does), and how its computed attributes are filled in on apply.

IDs look like OpenAI's (``asst_`` + 24 letters and digits) but are derived from a hash of the
resource type and its planned arguments, so the same configuration gets the same IDs on every
machine; an object with identical arguments that already exists gets the next ID in the
sequence instead.
"""

from __future__ import annotations

import hashlib
import json
import os
import string
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cdktf_openai.offline.protocol import UNKNOWN, as_decimal, is_unknown, normalize
from cdktf_openai.offline.state import ObjectStore

_ALPHABET = string.ascii_letters + string.digits
_ID_LENGTH = 24
#: The model a run reports when neither it nor a known assistant names one.
DEFAULT_MODEL = "gpt-4o"


class ApplyError(Exception):
    """An apply that the real provider would fail too (e.g. a file that is not there).

    Args:
        summary: The diagnostic's summary.
        detail: The diagnostic's detail.
    """

    def __init__(self, summary: str, detail: str) -> None:
        """Keep the diagnostic's text."""
        super().__init__(summary)
        self.summary = summary
        self.detail = detail


def _token(material: str) -> str:
    number = int.from_bytes(hashlib.sha256(material.encode()).digest(), "big")
    chars = []
    for _ in range(_ID_LENGTH):
        number, index = divmod(number, len(_ALPHABET))
        chars.append(_ALPHABET[index])
    return "".join(chars)


def _canonical(value: Any) -> str:
    def known(item: Any) -> Any:
        if is_unknown(item):
            return None
        if isinstance(item, dict):
            return {key: known(inner) for key, inner in item.items()}
        if isinstance(item, list):
            return [known(inner) for inner in item]
        return item

    return json.dumps(normalize(known(value)), sort_keys=True, default=str)


class Objects:
    """The objects of one Terraform working directory, and the IDs handed out for them.

    Args:
        store: Where created objects are kept.
        clock: Returns the current Unix time in seconds (``created_at`` and friends).
    """

    def __init__(self, store: ObjectStore, clock: Callable[[], int] | None = None) -> None:
        """Use ``store`` for objects and ``clock`` for timestamps."""
        self.store = store
        self.clock = clock or (lambda: int(time.time()))
        self._lock = threading.Lock()
        self._issued: set[str] = set()

    def new_id(self, prefix: str, type_name: str, planned: dict[str, Any]) -> str:
        """Return a fresh, deterministic ID for an object about to be created.

        Args:
            prefix: The ID's prefix, e.g. ``asst_`` or ``file-``.
            type_name: The resource type (part of the hash).
            planned: The planned arguments (part of the hash; unknowns count as null).
        """
        material = f"{type_name}\n{_canonical(planned)}"
        with self._lock:
            for sequence in range(10_000):
                candidate = prefix + _token(f"{material}\n{sequence}")
                if candidate not in self._issued and not self.store.exists(type_name, candidate):
                    self._issued.add(candidate)
                    return candidate
        raise ApplyError("Could not issue an ID", f"10000 {type_name} objects share arguments")


#: Fills in computed values on create: ``(objects, planned, id) -> {attribute: value}``.
Computer = Callable[[Objects, dict[str, Any], str], dict[str, Any]]


@dataclass(frozen=True)
class ResourceKind:
    """How the double treats one resource type.

    Attributes:
        type_name: The resource type, e.g. ``openai_run``.
        id_prefix: The prefix of the IDs it issues, e.g. ``run_``.
        in_place: The arguments that change without replacing the object; changing any other
            argument plans a replacement.
        computed: Fills in the computed attributes on create.
        recomputed_on_change: Computed attributes that become unknown again in an in-place
            update when one of the named arguments changes.
    """

    type_name: str
    id_prefix: str
    in_place: frozenset[str]
    computed: Computer
    recomputed_on_change: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def object_key(self, state: dict[str, Any]) -> str:
        """Return the key the object is stored under (its ID; scoped for vector store files)."""
        if self.type_name == "openai_vector_store_file":
            return f"{state['vector_store_id']}.{state['id']}"
        return str(state["id"])


def _assistant(objects: Objects, planned: dict[str, Any], new_id: str) -> dict[str, Any]:
    return {"id": new_id, "created_at": objects.clock()}


def _thread(objects: Objects, planned: dict[str, Any], new_id: str) -> dict[str, Any]:
    return {"id": new_id, "created_at": objects.clock()}


def _message(objects: Objects, planned: dict[str, Any], new_id: str) -> dict[str, Any]:
    return {"id": new_id, "created_at": objects.clock(), "assistant_id": None, "run_id": None}


def _run_defaults(objects: Objects, assistant_id: Any) -> dict[str, Any]:
    assistant = (
        objects.store.get("openai_assistant", assistant_id)
        if isinstance(assistant_id, str)
        else None
    ) or {}
    tools = assistant.get("tools") or []
    return {
        "model": assistant.get("model") or DEFAULT_MODEL,
        "instructions": assistant.get("instructions") or "",
        "tools": [{"type": tool["type"]} for tool in tools if isinstance(tool, dict)],
    }


def _run_outcome(
    objects: Objects, planned: dict[str, Any], new_id: str, completed: bool
) -> dict[str, Any]:
    created_at = objects.clock()
    values: dict[str, Any] = {
        "id": new_id,
        "object": "thread.run",
        "created_at": created_at,
        "file_ids": [],
        **_run_defaults(objects, planned.get("assistant_id")),
    }
    if not completed:
        return {
            **values,
            "status": "queued",
            "started_at": None,
            "completed_at": None,
            "usage": None,
            "steps": [],
        }
    digest = int(_token(new_id).encode().hex(), 16)
    instructions = planned.get("instructions")
    prompt_tokens = 40 + len(instructions if isinstance(instructions, str) else "") // 4
    completion_tokens = 120 + digest % 400
    message_id = "msg_" + _token(f"message\n{new_id}")
    return {
        **values,
        "status": "completed",
        "started_at": created_at,
        "completed_at": created_at + 2 + digest % 20,
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
        "steps": [
            {
                "id": "step_" + _token(f"step\n{new_id}"),
                "object": "thread.run.step",
                "created_at": created_at,
                "type": "message_creation",
                "status": "completed",
                "details": json.dumps(
                    {"type": "message_creation", "message_creation": {"message_id": message_id}}
                ),
            }
        ],
    }


def _run(objects: Objects, planned: dict[str, Any], new_id: str) -> dict[str, Any]:
    window = planned.get("completion_window")
    return _run_outcome(objects, planned, new_id, completed=window is not None)


def _thread_run(objects: Objects, planned: dict[str, Any], new_id: str) -> dict[str, Any]:
    values = _run_outcome(objects, planned, new_id, completed=False)
    del values["steps"], values["tools"]  # openai_thread_run has neither
    existing = planned.get("existing_thread_id")
    values["thread_id"] = existing or "thread_" + _token(f"thread\n{new_id}")
    return values


def _file(objects: Objects, planned: dict[str, Any], new_id: str) -> dict[str, Any]:
    path = Path(str(planned["file"]))
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ApplyError(
            "Error opening file", f"open {path}: {error.strerror or 'cannot be read'}"
        ) from error
    return {
        "id": new_id,
        "created_at": objects.clock(),
        "bytes": size,
        "filename": os.path.basename(path),
        "purpose": "assistants",
    }


def _vector_store(objects: Objects, planned: dict[str, Any], new_id: str) -> dict[str, Any]:
    file_ids = planned.get("file_ids")
    return {
        "id": new_id,
        "created_at": objects.clock(),
        "object": "vector_store",
        "status": "completed",
        "file_count": len(file_ids) if isinstance(file_ids, list) else 0,
    }


def _vector_store_file(objects: Objects, planned: dict[str, Any], new_id: str) -> dict[str, Any]:
    # A vector store file's ID is the ID of the file it holds, as at OpenAI.
    return {
        "id": planned["file_id"],
        "created_at": objects.clock(),
        "object": "vector_store.file",
        "status": "completed",
    }


def _kind(
    type_name: str,
    prefix: str,
    in_place: tuple[str, ...],
    computed: Computer,
    recomputed: dict[str, tuple[str, ...]] | None = None,
) -> ResourceKind:
    return ResourceKind(type_name, prefix, frozenset(in_place), computed, recomputed or {})


#: Every resource type of the provider. Almost every argument of the run, thread, message and
#: thread-run resources forces a replacement: a changed run is a new run (a new model call).
KINDS: dict[str, ResourceKind] = {
    kind.type_name: kind
    for kind in (
        _kind(
            "openai_assistant",
            "asst_",
            ("name", "description", "model", "instructions", "tools", "metadata", "file_ids"),
            _assistant,
        ),
        _kind("openai_thread", "thread_", ("metadata",), _thread),
        _kind("openai_message", "msg_", ("metadata",), _message),
        _kind("openai_run", "run_", ("metadata",), _run),
        _kind("openai_thread_run", "run_", ("metadata",), _thread_run),
        _kind("openai_file", "file-", (), _file),
        _kind(
            "openai_vector_store",
            "vs_",
            ("name", "metadata", "file_ids", "expires_after"),
            _vector_store,
            {"file_count": ("file_ids",)},
        ),
        _kind("openai_vector_store_file", "file-", ("attributes",), _vector_store_file),
    )
}


def plan_create(proposed: dict[str, Any], computed: frozenset[str]) -> dict[str, Any]:
    """Plan a new object: every computed attribute left null becomes "known after apply".

    Args:
        proposed: The proposed new state from Terraform.
        computed: The names of the resource's computed attributes.
    """
    return {
        name: UNKNOWN if name in computed and value is None else value
        for name, value in proposed.items()
    }


def plan_update(
    kind: ResourceKind,
    prior: dict[str, Any],
    proposed: dict[str, Any],
    numbers: frozenset[str] = frozenset(),
) -> tuple[dict[str, Any], list[str]]:
    """Plan a change to an existing object.

    Args:
        kind: The resource type's description.
        prior: The state after refresh.
        proposed: The proposed new state (Terraform has copied prior computed values in).
        numbers: The resource's number attributes: compared as numbers, whichever way msgpack
            carried them (``1``, ``1.0``, ``"1.0"``).

    Returns:
        The planned state, and the arguments whose change forces a replacement (Terraform then
        plans the replacement as a new object).
    """

    def comparable(name: str, value: Any) -> Any:
        number = as_decimal(value) if name in numbers else None
        return number if number is not None else normalize(value)

    changed = {
        name
        for name, value in proposed.items()
        if name != "id" and comparable(name, value) != comparable(name, prior.get(name))
    }
    planned = dict(proposed)
    for name, causes in kind.recomputed_on_change.items():
        if changed & set(causes):
            planned[name] = UNKNOWN
    return planned, sorted(changed - kind.in_place)


def _store(
    kind: ResourceKind, objects: Objects, planned: dict[str, Any], object_id: str
) -> dict[str, Any]:
    values = kind.computed(objects, planned, object_id)
    state = {
        name: (values.get(name) if is_unknown(value) else value) for name, value in planned.items()
    }
    objects.store.put(kind.type_name, kind.object_key(state), state)
    return state


def apply_create(kind: ResourceKind, objects: Objects, planned: dict[str, Any]) -> dict[str, Any]:
    """Create an object: fill in every unknown value, store it, and return the new state.

    Raises:
        ApplyError: When the real provider's create would fail (e.g. an unreadable file).
    """
    new_id = objects.new_id(kind.id_prefix, kind.type_name, planned)
    return _store(kind, objects, planned, new_id)


def apply_update(
    kind: ResourceKind, objects: Objects, prior: dict[str, Any], planned: dict[str, Any]
) -> dict[str, Any]:
    """Change an object in place; values planned as unknown are computed again."""
    return _store(kind, objects, planned, str(prior["id"]))


def apply_delete(kind: ResourceKind, objects: Objects, prior: dict[str, Any]) -> None:
    """Delete an object."""
    objects.store.delete(kind.type_name, kind.object_key(prior))


def read(kind: ResourceKind, objects: Objects, current: dict[str, Any]) -> dict[str, Any] | None:
    """Return the object as it is now: as created, or ``None`` if it no longer exists."""
    if not objects.store.exists(kind.type_name, kind.object_key(current)):
        return None
    return current
