"""Which Go functions implement each resource: the ``CreateContext``/``ReadContext``/... table.

One line per resource, as its ``schema.Resource`` declares them in ``internal/provider/``
(v1.2.0); ``update`` is ``None`` where the Go resource has no ``UpdateContext``. The
``CustomizeDiff`` of ``openai_run`` and ``openai_thread_run`` is left out: it never changes a plan
(it sets new values only where the SDK already keeps the old ones).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from cdktf_openai.offline import (
    resource_openai_assistant,
    resource_openai_file,
    resource_openai_message,
    resource_openai_model_response,
    resource_openai_run,
    resource_openai_thread,
    resource_openai_thread_run,
    resource_openai_vector_store,
    resource_openai_vector_store_file,
)
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.schema_diff import CustomizeDiff

#: A Go CRUD function: it reads and writes ``d`` and calls the API.
Operation = Callable[[ResourceData, FakeOpenAI], None]


@dataclass(frozen=True)
class Operations:
    """A resource's Go functions.

    Attributes:
        create: ``CreateContext``.
        read: ``ReadContext``.
        update: ``UpdateContext``, or ``None``.
        delete: ``DeleteContext``.
        customize_diff: ``CustomizeDiff``, where it changes plans (else ``None``).
    """

    create: Operation
    read: Operation
    update: Operation | None
    delete: Operation
    customize_diff: CustomizeDiff | None = None


#: Every resource's Go functions, by type name.
OPERATIONS: dict[str, Operations] = {
    "openai_assistant": Operations(
        resource_openai_assistant.create,
        resource_openai_assistant.read,
        resource_openai_assistant.update,
        resource_openai_assistant.delete,
    ),
    "openai_thread": Operations(
        resource_openai_thread.create,
        resource_openai_thread.read,
        resource_openai_thread.update,
        resource_openai_thread.delete,
    ),
    "openai_message": Operations(
        resource_openai_message.create,
        resource_openai_message.read,
        resource_openai_message.update,
        resource_openai_message.delete,
    ),
    "openai_run": Operations(
        resource_openai_run.create, resource_openai_run.read, None, resource_openai_run.delete
    ),
    "openai_thread_run": Operations(
        resource_openai_thread_run.create,
        resource_openai_thread_run.read,
        None,
        resource_openai_thread_run.delete,
    ),
    "openai_file": Operations(
        resource_openai_file.create, resource_openai_file.read, None, resource_openai_file.delete
    ),
    "openai_vector_store": Operations(
        resource_openai_vector_store.create,
        resource_openai_vector_store.read,
        resource_openai_vector_store.update,
        resource_openai_vector_store.delete,
    ),
    "openai_vector_store_file": Operations(
        resource_openai_vector_store_file.create,
        resource_openai_vector_store_file.read,
        resource_openai_vector_store_file.update,
        resource_openai_vector_store_file.delete,
    ),
    "openai_model_response": Operations(
        resource_openai_model_response.create,
        resource_openai_model_response.read,
        resource_openai_model_response.update,
        resource_openai_model_response.delete,
        resource_openai_model_response.customize_diff,
    ),
}
