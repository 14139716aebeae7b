"""What OpenAI accepts: each request the fake API gets, checked against the ``openai`` SDK's types.

The provider (mkdev-me/openai 1.2.0) sends some parameters that OpenAI's API does not take
(``top_k`` in ``POST /v1/responses``, ``max_tokens`` and ``stream_for_tool`` in a run, an
assistant's top-level ``file_ids``, the ``retrieval`` tool); the API answers those requests with
HTTP 400. So that the double fails where OpenAI would, :func:`checked` makes each endpoint of
:class:`~cdktf_openai.offline.fake_api.FakeOpenAI` named in :data:`ENDPOINTS` check its request
first, against the request ``TypedDict`` of OpenAI's official Python SDK (the ``openai``
package, pinned in the ``dev`` extra), read with ``typing.get_type_hints(...,
include_extras=True)`` and compiled into :data:`CONTRACT_FILE` (``python -m
cdktf_openai.offline.openai_contract --write``): nothing here copies the SDK's fields by hand,
and the double does not import the SDK (over a second per plugin process).

What is checked (:func:`violations`), as far as a ``TypedDict`` says it:

- unknown keys, at any depth (``Unknown parameter: 'top_k'.``, code ``unknown_parameter``);
- missing ``Required[...]`` keys (``Missing required parameter: 'model'.``,
  ``missing_required_parameter``);
- ``Literal`` values (``Invalid value: 'retrieval'. Supported values are: ...``,
  ``invalid_value``); a union of ``TypedDict`` s that all have a literal ``type`` (tools,
  chunking strategies, response formats) or ``role`` (chat messages) is picked by it, any
  other union by the member that fits best; a request type that is a union
  (``RunCreateParams``: non-streaming or streaming) takes a request either member takes;
- JSON types: string, integer, number, boolean, array, object, null (``Invalid type for
  'temperature': expected a number, but got a string instead.``, ``invalid_type``).

Not checked: ranges and lengths (the SDK's types do not carry them), which models exist, and
what a value means; of a multipart form (file uploads, audio, image edits) only the field
names, since every value is text. Keys the SDK types name in an endpoint's path
(``thread_id`` of a message update) or in its query (:attr:`Endpoint.query`) are not body
keys. An endpoint whose :attr:`Endpoint.params` is ``None`` is served unchecked
(:attr:`Endpoint.unchecked` says why).

The check is on by default; ``CDKTF_OPENAI_OFFLINE_CONTRACT=off`` (:data:`SWITCH`) turns it off
for users whose Assistants-compatible server accepts more than OpenAI (``cdktf-openai-offline
--no-openai-contract`` and the pytest option ``--openai-offline-no-contract`` set it).
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import inspect
import json
import os
import re
import threading
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar, Union

import typing_extensions

#: The environment variable that turns the check off (``off``); anything else leaves it on.
SWITCH = "CDKTF_OPENAI_OFFLINE_CONTRACT"
#: The value of :data:`SWITCH` that turns the check off (also ``0``, ``false``, ``no``).
OFF_VALUES = frozenset({"off", "0", "false", "no"})

_SDK = "openai.types."


def enabled() -> bool:
    """Whether the double answers requests OpenAI would not take with a 400 (the default)."""
    return os.environ.get(SWITCH, "").strip().casefold() not in OFF_VALUES


def _body(arguments: Mapping[str, Any]) -> Any:
    return arguments["body"]


@dataclass(frozen=True)
class Endpoint:
    """One endpoint of the fake API and the SDK type its request is checked against.

    Attributes:
        method: The HTTP method.
        path: The path; ``{name}`` marks a path parameter (never a body key).
        params: The SDK's request ``TypedDict`` (a dotted name under ``openai.types.``), or
            a union of them (``RunCreateParams``: the request fits one of them), or ``None``:
            served unchecked.
        request: Builds the request body from the fake API method's arguments (by name);
            default: its ``body`` argument.
        query: Keys of ``params`` that travel in the query string, not in the body.
        unchecked: Why an endpoint with no ``params`` is not checked.
        choose: The argument of the fake API method that picks the endpoint (``task`` of
            ``create_audio_text``): :attr:`params` then maps its values to SDK types, and
            :attr:`path` names it in braces.
        form: A multipart form: only the field names are checked (``include[]`` is
            ``include``), since every value is text.
    """

    method: str
    path: str
    params: str | Mapping[str, str] | None = None
    request: Callable[[Mapping[str, Any]], Any] = _body
    query: tuple[str, ...] = ()
    unchecked: str = ""
    choose: str = ""
    form: bool | Callable[[Mapping[str, Any]], bool] = False

    @property
    def path_parameters(self) -> frozenset[str]:
        """The names in :attr:`path` between braces."""
        return frozenset(re.findall(r"{(\w+)}", self.path)) - {self.choose}

    def resolve(self, arguments: Mapping[str, Any]) -> tuple[str, str | None]:
        """The path and the SDK type of one call, given the fake API method's arguments."""
        if not self.choose:
            assert not isinstance(self.params, Mapping)
            return self.path, self.params
        chosen = str(arguments[self.choose])
        path = self.path.replace("{" + self.choose + "}", chosen)
        assert isinstance(self.params, Mapping)
        return path, self.params.get(chosen)

    def is_form(self, arguments: Mapping[str, Any]) -> bool:
        """Whether this call's body is a multipart form (see :attr:`form`)."""
        return self.form(arguments) if callable(self.form) else self.form


def _no_body(method: str, path: str) -> Endpoint:
    return Endpoint(method, path, unchecked="no request body")


#: Every endpoint the fake API serves, by the ``FakeOpenAI`` method that serves it, with the
#: SDK request type its body is checked against (``None``: unchecked, and why). A new endpoint
#: of the fake API needs a row here (``tests/offline/test_openai_contract.py`` says so).
ENDPOINTS: dict[str, Endpoint] = {
    # assistants
    "create_assistant": Endpoint(
        "POST", "/v1/assistants", "beta.assistant_create_params.AssistantCreateParams"
    ),
    "get_assistant": _no_body("GET", "/v1/assistants/{assistant_id}"),
    "list_assistants": Endpoint("GET", "/v1/assistants", unchecked="query string only"),
    "update_assistant": Endpoint(
        "POST",
        "/v1/assistants/{assistant_id}",
        "beta.assistant_update_params.AssistantUpdateParams",
    ),
    "delete_assistant": _no_body("DELETE", "/v1/assistants/{assistant_id}"),
    # threads, messages, runs
    "create_thread": Endpoint(
        "POST", "/v1/threads", "beta.thread_create_params.ThreadCreateParams"
    ),
    "get_thread": _no_body("GET", "/v1/threads/{thread_id}"),
    "update_thread": Endpoint(
        "POST", "/v1/threads/{thread_id}", "beta.thread_update_params.ThreadUpdateParams"
    ),
    "delete_thread": _no_body("DELETE", "/v1/threads/{thread_id}"),
    "create_message": Endpoint(
        "POST",
        "/v1/threads/{thread_id}/messages",
        "beta.threads.message_create_params.MessageCreateParams",
    ),
    "list_messages": Endpoint(
        "GET", "/v1/threads/{thread_id}/messages", unchecked="query string only"
    ),
    "get_message": _no_body("GET", "/v1/threads/{thread_id}/messages/{message_id}"),
    "update_message": Endpoint(
        "POST",
        "/v1/threads/{thread_id}/messages/{message_id}",
        "beta.threads.message_update_params.MessageUpdateParams",
    ),
    "delete_message": _no_body("DELETE", "/v1/threads/{thread_id}/messages/{message_id}"),
    "create_run": Endpoint(
        "POST",
        "/v1/threads/{thread_id}/runs",
        "beta.threads.run_create_params.RunCreateParams",
        query=("include",),
    ),
    "create_thread_and_run": Endpoint(
        "POST",
        "/v1/threads/runs",
        "beta.thread_create_and_run_params.ThreadCreateAndRunParams",
    ),
    "get_run": _no_body("GET", "/v1/threads/{thread_id}/runs/{run_id}"),
    "list_runs": Endpoint("GET", "/v1/threads/{thread_id}/runs", unchecked="query string only"),
    "list_run_steps": _no_body("GET", "/v1/threads/{thread_id}/runs/{run_id}/steps"),
    "cancel_run": _no_body("POST", "/v1/threads/{thread_id}/runs/{run_id}/cancel"),
    # files (multipart: the file's content is not a JSON value)
    "upload_file": Endpoint(
        "POST",
        "/v1/files",
        "file_create_params.FileCreateParams",
        request=lambda a: {"file": a["filename"], "purpose": a["purpose"]},
    ),
    "get_file": _no_body("GET", "/v1/files/{file_id}"),
    "list_files": Endpoint("GET", "/v1/files", unchecked="query string only"),
    "delete_file": _no_body("DELETE", "/v1/files/{file_id}"),
    # vector stores
    "create_vector_store": Endpoint(
        "POST", "/v1/vector_stores", "vector_store_create_params.VectorStoreCreateParams"
    ),
    "get_vector_store": _no_body("GET", "/v1/vector_stores/{vector_store_id}"),
    "list_vector_stores": Endpoint("GET", "/v1/vector_stores", unchecked="query string only"),
    "update_vector_store": Endpoint(
        "POST",
        "/v1/vector_stores/{vector_store_id}",
        "vector_store_update_params.VectorStoreUpdateParams",
    ),
    "delete_vector_store": _no_body("DELETE", "/v1/vector_stores/{vector_store_id}"),
    "create_vector_store_file": Endpoint(
        "POST",
        "/v1/vector_stores/{vector_store_id}/files",
        "vector_stores.file_create_params.FileCreateParams",
    ),
    "get_vector_store_file": _no_body("GET", "/v1/vector_stores/{vector_store_id}/files/{file_id}"),
    "list_vector_store_files": Endpoint(
        "GET", "/v1/vector_stores/{vector_store_id}/files", unchecked="query string only"
    ),
    "get_vector_store_file_content": _no_body(
        "GET", "/v1/vector_stores/{vector_store_id}/files/{file_id}/content"
    ),
    "update_vector_store_file": Endpoint(
        "POST",
        "/v1/vector_stores/{vector_store_id}/files/{file_id}",
        "vector_stores.file_update_params.FileUpdateParams",
    ),
    "delete_vector_store_file": _no_body(
        "DELETE", "/v1/vector_stores/{vector_store_id}/files/{file_id}"
    ),
    "create_file_batch": Endpoint(
        "POST",
        "/v1/vector_stores/{vector_store_id}/file_batches",
        "vector_stores.file_batch_create_params.FileBatchCreateParams",
    ),
    "get_file_batch": _no_body(
        "GET", "/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}"
    ),
    "list_file_batch_files": Endpoint(
        "GET",
        "/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
        unchecked="query string only",
    ),
    "put_file_batch": Endpoint(
        "PUT",
        "/v1/vector_stores/{vector_store_id}/file_batches/{batch_id}",
        unchecked="no such endpoint (the double answers 404)",
    ),
    # model calls
    "create_chat_completion": Endpoint(
        "POST",
        "/v1/chat/completions",
        "chat.completion_create_params.CompletionCreateParams",
    ),
    "create_embeddings": Endpoint(
        "POST", "/v1/embeddings", "embedding_create_params.EmbeddingCreateParams"
    ),
    "get_model": _no_body("GET", "/v1/models/{model}"),
    "list_models": _no_body("GET", "/v1/models"),
    "create_response": Endpoint(
        "POST",
        "/v1/responses",
        "responses.response_create_params.ResponseCreateParams",
    ),
    "get_response": _no_body("GET", "/v1/responses/{response_id}"),
    "list_response_input_items": Endpoint(
        "GET", "/v1/responses/{response_id}/input_items", unchecked="query string only"
    ),
    "list_responses": Endpoint(
        "GET", "/v1/responses", unchecked="no such endpoint (the double answers 404)"
    ),
    "get_chat_completion": _no_body("GET", "/v1/chat/completions/{completion_id}"),
    "list_chat_completions": Endpoint("GET", "/v1/chat/completions", unchecked="query string only"),
    "list_chat_completion_messages": Endpoint(
        "GET", "/v1/chat/completions/{completion_id}/messages", unchecked="query string only"
    ),
    "create_completion": Endpoint(
        "POST", "/v1/completions", "completion_create_params.CompletionCreateParams"
    ),
    "create_edit": Endpoint(
        "POST",
        "/v1/edits",
        unchecked="no such endpoint (removed by OpenAI; the double answers 404)",
    ),
    "create_moderation": Endpoint(
        "POST", "/v1/moderations", "moderation_create_params.ModerationCreateParams"
    ),
    "create_images": Endpoint(
        "POST",
        "/v1/images/{kind}",
        {
            "generations": "image_generate_params.ImageGenerateParams",
            "edits": "image_edit_params.ImageEditParams",
            "variations": "image_create_variation_params.ImageCreateVariationParams",
        },
        choose="kind",
        form=lambda a: a["kind"] != "generations",
    ),
    "create_audio_text": Endpoint(
        "POST",
        "/v1/audio/{task}",
        {
            "transcriptions": "audio.transcription_create_params.TranscriptionCreateParams",
            "translations": "audio.translation_create_params.TranslationCreateParams",
        },
        request=lambda a: {**a["fields"], "file": a["filename"]},
        choose="task",
        form=True,
    ),
    # fine-tuning and batches
    "create_fine_tuning_job": Endpoint(
        "POST", "/v1/fine_tuning/jobs", "fine_tuning.job_create_params.JobCreateParams"
    ),
    "get_fine_tuning_job": _no_body("GET", "/v1/fine_tuning/jobs/{job_id}"),
    "list_fine_tuning_jobs": Endpoint("GET", "/v1/fine_tuning/jobs", unchecked="query string only"),
    "cancel_fine_tuning_job": _no_body("POST", "/v1/fine_tuning/jobs/{job_id}/cancel"),
    "list_fine_tuning_events": Endpoint(
        "GET", "/v1/fine_tuning/jobs/{job_id}/events", unchecked="query string only"
    ),
    "list_fine_tuning_checkpoints": Endpoint(
        "GET", "/v1/fine_tuning/jobs/{job_id}/checkpoints", unchecked="query string only"
    ),
    "create_checkpoint_permissions": Endpoint(
        "POST",
        "/v1/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
        "fine_tuning.checkpoints.permission_create_params.PermissionCreateParams",
    ),
    "list_checkpoint_permissions": Endpoint(
        "GET",
        "/v1/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions",
        unchecked="query string only",
    ),
    "delete_checkpoint_permission": _no_body(
        "DELETE",
        "/v1/fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}",
    ),
    "delete_fine_tuned_model": _no_body("DELETE", "/v1/models/{model}"),
    "create_batch": Endpoint("POST", "/v1/batches", "batch_create_params.BatchCreateParams"),
    "get_batch": _no_body("GET", "/v1/batches/{batch_id}"),
    "list_batches": Endpoint("GET", "/v1/batches", unchecked="query string only"),
    "cancel_batch": _no_body("POST", "/v1/batches/{batch_id}/cancel"),
    # administration (fake_admin.py)
    "create_project": Endpoint(
        "POST",
        "/v1/organization/projects",
        "admin.organization.project_create_params.ProjectCreateParams",
        request=lambda a: {"name": a["name"]},
    ),
    "get_project": _no_body("GET", "/v1/organization/projects/{project_id}"),
    "update_project": Endpoint(
        "POST",
        "/v1/organization/projects/{project_id}",
        "admin.organization.project_update_params.ProjectUpdateParams",
    ),
    "archive_project": _no_body("POST", "/v1/organization/projects/{project_id}/archive"),
    "list_projects": Endpoint("GET", "/v1/organization/projects", unchecked="query string only"),
    "get_user": _no_body("GET", "/v1/organization/users/{user_id}"),
    "list_users": Endpoint("GET", "/v1/organization/users", unchecked="query string only"),
    "update_user": Endpoint(
        "POST",
        "/v1/organization/users/{user_id}",
        "admin.organization.user_update_params.UserUpdateParams",
    ),
    "delete_user": _no_body("DELETE", "/v1/organization/users/{user_id}"),
    "add_project_user": Endpoint(
        "POST",
        "/v1/organization/projects/{project_id}/users",
        "admin.organization.projects.user_create_params.UserCreateParams",
    ),
    "list_project_users": Endpoint(
        "GET", "/v1/organization/projects/{project_id}/users", unchecked="query string only"
    ),
    "get_project_user": _no_body("GET", "/v1/organization/projects/{project_id}/users/{user_id}"),
    "update_project_user": Endpoint(
        "POST",
        "/v1/organization/projects/{project_id}/users/{user_id}",
        "admin.organization.projects.user_update_params.UserUpdateParams",
    ),
    "remove_project_user": _no_body(
        "DELETE", "/v1/organization/projects/{project_id}/users/{user_id}"
    ),
    "create_service_account": Endpoint(
        "POST",
        "/v1/organization/projects/{project_id}/service_accounts",
        "admin.organization.projects.service_account_create_params.ServiceAccountCreateParams",
    ),
    "get_service_account": _no_body(
        "GET", "/v1/organization/projects/{project_id}/service_accounts/{service_account_id}"
    ),
    "list_service_accounts": Endpoint(
        "GET",
        "/v1/organization/projects/{project_id}/service_accounts",
        unchecked="query string only",
    ),
    "delete_service_account": _no_body(
        "DELETE", "/v1/organization/projects/{project_id}/service_accounts/{service_account_id}"
    ),
    "list_rate_limits": Endpoint(
        "GET", "/v1/organization/projects/{project_id}/rate_limits", unchecked="query string only"
    ),
    "update_rate_limit": Endpoint(
        "POST",
        "/v1/organization/projects/{project_id}/rate_limits/{rate_limit_id}",
        "admin.organization.projects.rate_limit_update_rate_limit_params."
        "RateLimitUpdateRateLimitParams",
    ),
    "create_invite": Endpoint(
        "POST",
        "/v1/organization/invites",
        "admin.organization.invite_create_params.InviteCreateParams",
    ),
    "get_invite": _no_body("GET", "/v1/organization/invites/{invite_id}"),
    "list_invites": Endpoint("GET", "/v1/organization/invites", unchecked="query string only"),
    "delete_invite": _no_body("DELETE", "/v1/organization/invites/{invite_id}"),
    "create_admin_api_key": Endpoint(
        "POST",
        "/v1/organization/admin_api_keys",
        "admin.organization.admin_api_key_create_params.AdminAPIKeyCreateParams",
    ),
    "get_admin_api_key": _no_body("GET", "/v1/organization/admin_api_keys/{key_id}"),
    "list_admin_api_keys": Endpoint(
        "GET", "/v1/organization/admin_api_keys", unchecked="query string only"
    ),
    "delete_admin_api_key": _no_body("DELETE", "/v1/organization/admin_api_keys/{key_id}"),
    "list_project_api_keys": Endpoint(
        "GET", "/v1/organization/projects/{project_id}/api_keys", unchecked="query string only"
    ),
    "get_project_api_key": _no_body(
        "GET", "/v1/organization/projects/{project_id}/api_keys/{key_id}"
    ),
}


@dataclass(frozen=True)
class Rejection:
    """One reason OpenAI would answer a request with HTTP 400, in OpenAI's words.

    Attributes:
        param: ``error.param``: where, e.g. ``top_k`` or ``tools[0].type``.
        code: ``error.code``: ``unknown_parameter``, ``missing_required_parameter``,
            ``invalid_value`` or ``invalid_type``.
        message: ``error.message``, e.g. ``Unknown parameter: 'top_k'.``.
    """

    param: str
    code: str
    message: str


def sdk_type(name: str) -> Any:
    """Return the SDK's request type ``openai.types.<name>``.

    Args:
        name: Its dotted name under ``openai.types.`` (as in :attr:`Endpoint.params`).

    Raises:
        ModuleNotFoundError: The ``openai`` package (in the ``dev`` extra) is missing.
    """
    module, _, attribute = (_SDK + name).rpartition(".")
    try:
        return getattr(importlib.import_module(module), attribute)
    except ModuleNotFoundError as error:
        raise ModuleNotFoundError(
            f"compiling the contract needs the `openai` package: install cdktf-openai[dev] "
            f"({error})"
        ) from error


# -- the check ---------------------------------------------------------------------------------

_JSON_NAMES = {
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "a boolean",
    "array": "an array",
    "object": "an object",
    "null": "null",
}


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float | Decimal):
        # Go's encoding/json writes a whole float64 without a decimal point
        return "integer" if value == int(value) else "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list | tuple):
        return "array"
    return type(value).__name__


def _is_typed_dict(annotation: Any) -> bool:
    # typing.is_typeddict does not know typing_extensions' TypedDict (the SDK's) before 3.12
    return isinstance(annotation, type) and typing_extensions.is_typeddict(annotation)


def _unwrap(annotation: Any) -> tuple[Any, bool | None]:
    """An annotation without ``Annotated``/``Required``/``NotRequired``; required-ness."""
    required: bool | None = None
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin is typing.Required:
            annotation, required = typing.get_args(annotation)[0], True
        elif origin is typing.NotRequired:
            annotation, required = typing.get_args(annotation)[0], False
        else:
            return annotation, required


@functools.cache
def _fields(typed_dict: Any) -> tuple[dict[str, Any], frozenset[str]]:
    """A ``TypedDict``'s fields (wire name -> annotation) and its required keys.

    Read from ``get_type_hints(include_extras=True)``: the SDK's modules use ``from __future__
    import annotations``, so ``__required_keys__`` cannot see ``Required[...]`` (it does know
    the ``total`` of the class that declares each key).
    """
    hints = typing.get_type_hints(typed_dict, include_extras=True)
    fields: dict[str, Any] = {}
    required: set[str] = set()
    for name, annotation in hints.items():
        wire = name
        if typing.get_origin(annotation) is typing.Annotated:
            for extra in annotation.__metadata__:
                alias = getattr(extra, "alias", None)
                if isinstance(alias, str):
                    wire = alias
        inner, is_required = _unwrap(annotation)
        fields[wire] = inner
        # __required_keys__ knows each declaring class's totality (not Required[...])
        if is_required or (is_required is None and name in typed_dict.__required_keys__):
            required.add(wire)
    return fields, frozenset(required)


def _literal_values(annotation: Any) -> tuple[Any, ...] | None:
    annotation, _ = _unwrap(annotation)
    if typing.get_origin(annotation) is typing.Literal:
        return typing.get_args(annotation)
    return None


def _alternatives(annotation: Any) -> list[Any]:
    annotation, _ = _unwrap(annotation)
    if typing.get_origin(annotation) in (Union, types.UnionType):
        found: list[Any] = []
        for member in typing.get_args(annotation):
            found += _alternatives(member)
        return found
    return [annotation]


def _accepts_kind(annotation: Any, kind: str) -> bool | None:
    """Whether a JSON value of ``kind`` can match ``annotation`` (``None``: cannot tell)."""
    annotation, _ = _unwrap(annotation)
    literal = _literal_values(annotation)
    if literal is not None:
        return any(_json_kind(value) == kind for value in literal)
    if annotation is type(None):
        return kind == "null"
    if annotation is Any or annotation is object:
        return True
    if annotation is str:
        return kind == "string"
    if annotation is bool:
        return kind == "boolean"
    if annotation is int:
        return kind == "integer"
    if annotation is float:
        return kind in ("integer", "number")
    if _is_typed_dict(annotation):
        return kind == "object"
    origin = typing.get_origin(annotation)
    if origin in (dict, Mapping) or annotation in (dict, Mapping):
        return kind == "object"
    if origin in (list, tuple, Sequence, Iterable) or _is_sequence_alias(annotation):
        return kind == "array"
    if isinstance(annotation, TypeVar):
        return True
    return None


def _is_sequence_alias(annotation: Any) -> bool:
    origin = typing.get_origin(annotation) or annotation
    return getattr(origin, "__name__", "") == "SequenceNotStr"


def _element(annotation: Any) -> Any:
    args = typing.get_args(annotation)
    return args[0] if args else Any


def _quote(value: Any) -> str:
    return f"'{value if isinstance(value, str) else json.dumps(value, default=str)}'"


def _supported(values: Sequence[Any]) -> str:
    quoted = [_quote(value) for value in values]
    if len(quoted) <= 2:
        return " and ".join(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


# -- the compiled contract -----------------------------------------------------------------------
#
# Importing the ``openai`` package takes over a second (it imports every type of the SDK, httpx
# and pydantic), and Terraform starts the double anew for each command: so the SDK's request types
# are compiled, once, into ``openai_contract.json`` beside this module (:func:`compile_contract`,
# ``python -m cdktf_openai.offline.openai_contract --write``), and the check reads that file.
# ``tests/offline/test_openai_contract.py`` compiles the installed SDK again and compares.
#
# A type is a node: ``{"alternatives": [leaf, ...]}`` for a union, else a leaf:
# ``accepts`` (the JSON kinds it takes; ``"any"``: every value, nothing deeper to check;
# ``null``: cannot tell, e.g. a file's content), and as the type says: ``literal`` (its values),
# ``object`` (a ``TypedDict``, by name in ``objects``: ``fields`` and ``required``), ``map`` (a
# dict's value type), ``array`` (an array's element type).

#: The compiled contract, beside this module.
CONTRACT_FILE = "openai_contract.json"

Node = dict[str, Any]


def compile_contract() -> dict[str, Any]:
    """Compile the request type of every endpoint of :data:`ENDPOINTS` from the installed SDK.

    Returns:
        ``{"openai": version, "endpoints": {params: node}, "objects": {name: object}}``.
    """
    from importlib.metadata import version

    objects: dict[str, Any] = {}

    def node(annotation: Any) -> Node:
        annotation, _ = _unwrap(annotation)
        members = _alternatives(annotation)
        if len(members) > 1:
            return {"alternatives": [leaf(member) for member in members]}
        return leaf(annotation)

    def leaf(annotation: Any) -> Node:
        annotation, _ = _unwrap(annotation)
        verdicts = {kind: _accepts_kind(annotation, kind) for kind in _JSON_NAMES}
        if all(verdict is None for verdict in verdicts.values()):
            return {"accepts": None}
        accepts = [kind for kind, verdict in verdicts.items() if verdict]
        if len(accepts) == len(_JSON_NAMES):  # Any, object, a TypeVar: nothing to check
            return {"accepts": "any"}
        result: Node = {"accepts": accepts}
        literal = _literal_values(annotation)
        if literal is not None:
            result["literal"] = list(literal)
        elif _is_typed_dict(annotation):
            name = f"{annotation.__module__}.{annotation.__qualname__}".removeprefix(_SDK)
            result["object"] = name
            if name not in objects:
                objects[name] = {}  # a type that contains itself
                fields, required = _fields(annotation)
                objects[name] = {
                    "fields": {key: node(value) for key, value in fields.items()},
                    "required": sorted(required),
                }
        elif typing.get_origin(annotation) in (dict, Mapping):
            arguments = typing.get_args(annotation)
            result["map"] = node(arguments[1] if arguments else Any)
        elif "array" in accepts:
            result["array"] = node(_element(annotation))
        return result

    names = sorted(
        {
            name
            for endpoint in ENDPOINTS.values()
            for name in (
                endpoint.params.values()
                if isinstance(endpoint.params, Mapping)
                else [endpoint.params]
            )
            if name is not None
        }
    )
    with _SDK_LOCK:
        endpoints = {name: node(sdk_type(name)) for name in names}
    return {"openai": version("openai"), "endpoints": endpoints, "objects": objects}


def contract_text(contract: Mapping[str, Any]) -> str:
    """The text of :data:`CONTRACT_FILE` for a compiled contract (sorted keys: reproducible)."""
    return json.dumps(contract, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


@functools.cache
def _contract() -> dict[str, Any]:
    from importlib.resources import files

    text = files(__package__).joinpath(CONTRACT_FILE).read_text(encoding="utf-8")
    contract: dict[str, Any] = json.loads(text)
    return contract


def _objects() -> dict[str, Any]:
    objects: dict[str, Any] = _contract()["objects"]
    return objects


def _members(node: Node) -> list[Node]:
    members: list[Node] = node.get("alternatives", [node])
    return members


def _accepts(leaf: Node, kind: str) -> bool | None:
    """Whether a JSON value of ``kind`` can match ``leaf`` (``None``: cannot tell)."""
    accepts = leaf["accepts"]
    if accepts is None:
        return None
    return accepts == "any" or kind in accepts


def _literal(node: Node) -> list[Any] | None:
    literal: list[Any] | None = node.get("literal")
    return literal


def _invalid_type(where: str, members: list[Node], value: Any) -> Rejection:
    kinds = sorted(
        {kind for kind in _JSON_NAMES for member in members if _accepts(member, kind)},
        key=list(_JSON_NAMES).index,
    )
    if "number" in kinds and "integer" in kinds:
        kinds.remove("integer")  # a number may be whole
    names = [_JSON_NAMES[kind] for kind in kinds]
    expected = names[0] if len(names) == 1 else f"one of {', '.join(names[:-1])} or {names[-1]}"
    got = _JSON_NAMES.get(_json_kind(value), _json_kind(value))
    return Rejection(
        where,
        "invalid_type",
        f"Invalid type for {_quote(where)}: expected {expected}, but got {got} instead.",
    )


#: The keys that tell the members of a union of objects apart (tools and chunking strategies
#: by ``type``, chat messages by ``role``), in the order they are tried.
DISCRIMINATORS = ("type", "role")


def _discriminated(members: list[Node]) -> tuple[str, dict[Any, Node]] | None:
    """The key and its value -> member, when every member has a literal of that key."""
    if not members or not all("object" in member for member in members):
        return None
    for key in DISCRIMINATORS:
        table: dict[Any, Node] = {}
        for member in members:
            field_node = _objects()[member["object"]]["fields"].get(key, {"accepts": "any"})
            values = _literal(field_node)
            if not values:
                break
            for value in values:
                table.setdefault(value, member)
        else:
            return key, table
    return None


def _check_value(node: Node, value: Any, where: str) -> list[Rejection]:
    members = _members(node)
    if len(members) > 1:
        return _check_union(members, value, where)
    kind = _json_kind(value)
    accepted = _accepts(node, kind)
    if accepted is None or node["accepts"] == "any":
        return []  # not a JSON shape the check understands (e.g. a file's content), or any
    literal = _literal(node)
    if literal is not None:
        if value in literal and accepted:
            return []
        return [
            Rejection(
                where,
                "invalid_value",
                f"Invalid value: {_quote(value)}. Supported values are: {_supported(literal)}.",
            )
        ]
    if not accepted:
        return [_invalid_type(where, [node], value)]
    if "object" in node:
        return _check_object(node["object"], value, where)
    found: list[Rejection] = []
    if kind == "object" and "map" in node:
        for key, item in value.items():
            found += _check_value(node["map"], item, f"{where}.{key}")
    elif kind == "array" and "array" in node:
        for index, item in enumerate(value):
            found += _check_value(node["array"], item, f"{where}[{index}]")
    return found


def _check_union(members: list[Node], value: Any, where: str) -> list[Rejection]:
    kind = _json_kind(value)
    fitting = [member for member in members if _accepts(member, kind) is not False]
    if not fitting:
        return [_invalid_type(where, members, value)]
    if kind == "object":
        discriminated = _discriminated([m for m in fitting if _accepts(m, "object")])
        if discriminated is not None:
            key, table = discriminated
            tag = value.get(key)
            if tag in table:
                return _check_object(table[tag]["object"], value, where)
            if key not in value:
                return [
                    Rejection(
                        f"{where}.{key}",
                        "missing_required_parameter",
                        f"Missing required parameter: {_quote(f'{where}.{key}')}.",
                    )
                ]
            return [
                Rejection(
                    f"{where}.{key}",
                    "invalid_value",
                    f"Invalid value: {_quote(tag)}. Supported values are: "
                    f"{_supported(list(table))}.",
                )
            ]
    attempts = [_check_value(member, value, where) for member in fitting]
    if any(not attempt for attempt in attempts):
        return []
    return min(attempts, key=len)


def _check_object(
    name: str,
    value: Mapping[str, Any],
    where: str,
    skip: frozenset[str] = frozenset(),
    *,
    deep: bool = True,
) -> list[Rejection]:
    declared = _objects()[name]
    fields: dict[str, Node] = declared["fields"]
    required: list[str] = declared["required"]
    found: list[Rejection] = []
    prefix = f"{where}." if where else ""
    for key, item in value.items():
        key_name = f"{prefix}{key}"
        if key in skip or key not in fields:
            found.append(
                Rejection(key_name, "unknown_parameter", f"Unknown parameter: {_quote(key_name)}.")
            )
        elif deep:
            found += _check_value(fields[key], item, key_name)
    for key in sorted(set(required) - set(value) - skip):
        key_name = f"{prefix}{key}"
        found.append(
            Rejection(
                key_name,
                "missing_required_parameter",
                f"Missing required parameter: {_quote(key_name)}.",
            )
        )
    return found


def violations(endpoint: Endpoint, body: Any) -> list[Rejection]:
    """Everything OpenAI would reject in one request body (all of it; the API names the first).

    Args:
        endpoint: The endpoint (its :attr:`~Endpoint.params`; ``None``: nothing to check).
        body: The JSON body, as the provider sends it.

    Returns:
        The rejections in the order of the body's keys, then the missing required keys.
    """
    return violations_of_call(endpoint, body, {})


def violations_of_call(
    endpoint: Endpoint, body: Any, arguments: Mapping[str, Any]
) -> list[Rejection]:
    """:func:`violations`, for an endpoint the call's arguments pick (:attr:`Endpoint.choose`).

    Args:
        endpoint: The endpoint.
        body: The request body (:attr:`Endpoint.request` of the arguments).
        arguments: The fake API method's arguments, by name.
    """
    _, params = endpoint.resolve(arguments) if endpoint.choose else (None, endpoint.params)
    if params is None:
        return []
    assert isinstance(params, str)
    return _violations(endpoint, params, body, endpoint.is_form(arguments))


#: One compilation at a time: the ``openai`` package's modules, imported on first use, import
#: each other (two threads importing them at once end in ``deadlock detected by _ModuleLock``).
_SDK_LOCK = threading.RLock()


def _violations(endpoint: Endpoint, name: str, body: Any, form: bool) -> list[Rejection]:
    # e.g. RunCreateParams: non-streaming | streaming
    members = _members(_contract()["endpoints"][name])
    if not isinstance(body, Mapping):
        return [_invalid_type("", members, body)]
    if form:
        body = {key.removesuffix("[]"): value for key, value in body.items()}
    skip = endpoint.path_parameters | frozenset(endpoint.query)
    attempts = [
        _check_object(member["object"], body, "", skip, deep=not form) for member in members
    ]
    return min(attempts, key=len)


def main(arguments: Sequence[str] | None = None) -> int:
    """Compile the installed SDK's request types into :data:`CONTRACT_FILE`.

    ``python -m cdktf_openai.offline.openai_contract --write`` writes the file; without
    ``--write`` it says whether the file is current (exit status 1 if not).

    Args:
        arguments: The command's arguments (default: ``sys.argv[1:]``).
    """
    import sys
    from pathlib import Path

    target = Path(__file__).with_name(CONTRACT_FILE)
    text = contract_text(compile_contract())
    if "--write" in (arguments if arguments is not None else sys.argv[1:]):
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
        return 0
    current = target.read_text(encoding="utf-8") == text
    print(f"{target} is {'current' if current else 'NOT current: run with --write'}")
    return 0 if current else 1


# -- wiring it into the fake API ---------------------------------------------------------------

_C = TypeVar("_C", bound=type)
_depth = threading.local()


@dataclass
class CallRecord:
    """One request the fake API got from outside itself (for :func:`recording`).

    Attributes:
        name: The ``FakeOpenAI`` method (a key of :data:`ENDPOINTS`, if it has a row).
        arguments: Its arguments, by name.
    """

    name: str
    arguments: dict[str, Any] = field(default_factory=dict)


#: Where :func:`checked` reports each outermost request; a test sets it (:func:`recording`).
_recorders: list[list[CallRecord]] = []


@contextlib.contextmanager
def recording() -> Iterator[list[CallRecord]]:
    """Collect every request the fake API serves inside a ``with`` block (tests use it).

    Example::

        with openai_contract.recording() as calls:
            resource_openai_assistant.create(d, api)
    """
    calls: list[CallRecord] = []
    _recorders.append(calls)
    try:
        yield calls
    finally:
        _recorders.remove(calls)


def _guard(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    signature = inspect.signature(method)
    request = name not in _NOT_ENDPOINTS

    @functools.wraps(method)
    def served(self: Any, *args: Any, **kwargs: Any) -> Any:
        depth = getattr(_depth, "value", 0)
        if depth == 0 and request:
            bound = signature.bind(self, *args, **kwargs)
            bound.apply_defaults()
            arguments = {k: v for k, v in bound.arguments.items() if k != "self"}
            for calls in _recorders:
                calls.append(CallRecord(name, arguments))
            endpoint = ENDPOINTS.get(name)
            if endpoint is not None and endpoint.params is not None and enabled():
                found = violations_of_call(endpoint, endpoint.request(arguments), arguments)
                if found:
                    from cdktf_openai.offline.fake_api import ApiError

                    first = found[0]
                    raise ApiError(400, first.message, code=first.code, param=first.param)
        _depth.value = depth + 1
        try:
            return method(self, *args, **kwargs)
        finally:
            _depth.value = depth

    return served


def checked(cls: _C) -> _C:
    """Make each public method of the fake API check its request first (a class decorator).

    Only the outermost call is a request: the fake API's own calls of its endpoints (a thread
    created with messages, a run's answer written by ``advance``) are not checked or recorded.
    A request OpenAI would not take raises ``ApiError(400)`` with the first
    :class:`Rejection`, as OpenAI answers.

    Args:
        cls: ``FakeOpenAI``.
    """
    for name, member in inspect.getmembers(cls, inspect.isfunction):
        if not name.startswith("_"):
            setattr(cls, name, _guard(name, member))
    return cls


#: Public methods of ``FakeOpenAI`` that are the double's bookkeeping, not endpoints.
_NOT_ENDPOINTS = frozenset({"new_id", "advance", "advance_job", "remember_chat_completion"})


if __name__ == "__main__":
    raise SystemExit(main())
