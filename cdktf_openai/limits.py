"""Every validation rule of the library, with where it comes from.

Sources: **provider** = a plan-time check of mkdev-me/openai 1.2.0; **API** = a limit the
OpenAI Assistants API enforces on create; **ours** = a choice of this library, made so that
mistakes surface at synthesis instead of at apply. ``docs/validation.md`` has every rule in
one table, which ``tests/test_docs.py`` keeps equal to this module (bounds and sources).
Adding a rule to a field is one line here and one entry in the construct's ``Rules`` table.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cdktf_openai.l1 import assistant as _assistant
from cdktf_openai.l1 import file as _file
from cdktf_openai.l1 import project as _project
from cdktf_openai.l1 import thread as _thread
from cdktf_openai.l1 import vector_store as _vector_store
from cdktf_openai.references import reference_rule
from cdktf_openai.upgrading import old_name
from cdktf_openai.validation import (
    NO_TOKENS,
    NUMBER_TOKENS,
    Flag,
    HttpUrl,
    Items,
    MapOf,
    Metadata,
    NotAccepted,
    Number,
    OneOf,
    Predicate,
    Secret,
    Text,
    WholeNumber,
)

__all__ = [
    "ADMIN_KEY",
    "ADMIN_KEY_EXPIRES_AT",
    "ADMIN_KEY_EXPIRES_AT_REFUSED",
    "ADMIN_KEY_NAME",
    "ADMIN_KEY_SCOPE",
    "ADMIN_KEY_SCOPES_REFUSED",
    "ALIAS",
    "API_KEY",
    "API_URL",
    "ASSISTANT",
    "ASSISTANT_FILE_IDS",
    "ATTRIBUTES",
    "CHUNK_SIZE",
    "CODE",
    "CONTENT",
    "COUNT",
    "DEPENDS_ON",
    "DESCRIPTION",
    "EMAIL",
    "END_USER",
    "EXPIRY_DAYS",
    "FILE",
    "FILE_PATH",
    "FILE_PURPOSE",
    "FLAG",
    "FOR_EACH",
    "FUNCTION_DESCRIPTION",
    "FUNCTION_NAME",
    "ID",
    "INCLUDE_FIELD",
    "INSTRUCTIONS",
    "INVITE_PROJECTS",
    "LIFECYCLE",
    "MAX_ASSISTANT_FILES",
    "MAX_ASSISTANT_TOOLS",
    "MAX_ATTACHMENTS",
    "MAX_OUTPUT_TOKENS",
    "MAX_TOKENS",
    "MEMBER",
    "MESSAGE_FILE_IDS",
    "METADATA",
    "METADATA_KEY",
    "MODEL",
    "NAME",
    "NON_BLANK",
    "ORGANIZATION",
    "ORGANIZATION_ROLE",
    "PROJECT",
    "PROJECT_ID",
    "PROJECT_NAME",
    "PROJECT_ROLE",
    "PROVIDER",
    "RATE_LIMIT",
    "REPLACE_TRIGGERED_BY",
    "RESPONSE_DEFAULT_TEMPERATURE",
    "RESPONSE_INPUT",
    "RESPONSE_TOP_K",
    "RETRIEVAL_TOOL",
    "ROLE",
    "RUN_MAX_TOKENS",
    "RUN_STREAM_FOR_TOOL",
    "SERVICE_ACCOUNT_NAME",
    "TEMPERATURE",
    "THREAD",
    "TIMEOUT",
    "TOP_K",
    "TOP_P",
    "USER_ID",
    "VECTOR_STORE",
    "VECTOR_STORE_CHUNKING",
    "VECTOR_STORE_FILES",
    "VECTOR_STORE_FILE_CHUNKING",
    "VECTOR_STORE_NAME",
    "VECTOR_STORE_STATIC_CHUNKING",
]


def _is_existing_file(value: Any) -> bool:
    return isinstance(value, str | Path) and str(value) != "" and Path(value).is_file()


#: ours (text the model reads -- a response's ``input``, a message's ``content``, the
#: ``instructions`` of assistants, runs, responses and composites, a review's ``code`` and
#: ``focus`` -- is refused when it is empty or only whitespace: it says nothing, and comes from
#: a mistake, such as an empty file or template, far more often than from intent; a paid
#: model call on it answers nothing). A rule with ``non_blank=True``; tokens are checked by no
#: one but the API, as for every rule.
NON_BLANK = Text(min_length=1, non_blank=True)
#: provider (openai_run, openai_thread_run, openai_model_response: temperature outside 0..2 is
#: rejected at plan).
TEMPERATURE = Number(0, 2)
#: provider (openai_run, openai_thread_run, openai_model_response: top_p outside 0..1 is
#: rejected at plan).
TOP_P = Number(0, 1)
#: provider (a number that is not whole is rejected) + API (at least 1 token): a token cap,
#: as ``RequireTokenLimit(maximum=...)`` takes it (``openai_thread_run``'s
#: ``max_completion_tokens``).
MAX_TOKENS = WholeNumber(1)
#: provider (openai_model_response: an unset temperature is sent as 0.7, its schema default).
RESPONSE_DEFAULT_TEMPERATURE = 0.7
#: provider (openai_model_response: a number that is not whole is rejected) + API (OpenAI's
#: Responses API answers a ``max_output_tokens`` below 16 with HTTP 400
#: ``integer_below_min_value``, "Expected a value >= 16"; not in the SDK's types).
MAX_OUTPUT_TOKENS = WholeNumber(16)
#: provider (openai_model_response: not whole is rejected) + ours (top-k of 0 tokens is
#: meaningless, and a 0 is never sent anyway). Kept for ``limits.TOP_K`` importers; a
#: ``Response`` refuses ``top_k`` (:data:`RESPONSE_TOP_K`).
TOP_K = WholeNumber(1)

# What OpenAI does not take. Read from provider 1.2.0's Go source (when each field is sent)
# and the request types of OpenAI's SDK, ``openai`` 3.63.0 (``types/responses/
# response_create_params.py``, ``types/beta/assistant_create_params.py``,
# ``types/beta/thread_create_params.py``, ``types/beta/threads/run_create_params.py``,
# ``types/beta/thread_create_and_run_params.py``). Refused: what no OpenAI API version takes
# (api.openai.com answers HTTP 400; a strict Assistants-compatible server too; a lenient one
# ignores it, so it does nothing). Warned: what Assistants v1 took, which an
# Assistants-compatible server that still speaks v1 may accept (the provider sends
# ``OpenAI-Beta: assistants=v2``, under which OpenAI answers HTTP 400).

#: OpenAI (``POST /v1/responses`` has no ``top_k``: ``ResponseCreateParams``; provider 1.2.0
#: sends any ``top_k`` but 0, ``resourceOpenAIModelResponseCreate``): refused.
RESPONSE_TOP_K = NotAccepted(
    "responseTopK",
    "OpenAI's Responses API has no top_k parameter and answers HTTP 400",
    "leave it out (top_p bounds sampling); a server that takes it: "
    "response.add_override('top_k', k)",
)
#: OpenAI (a run create has ``max_prompt_tokens`` and ``max_completion_tokens``, never
#: ``max_tokens``: ``RunCreateParams``, in v1 and v2; provider 1.2.0 sends any ``max_tokens``
#: but 0, ``resourceOpenAIRunCreate``, and has no other cap on ``openai_run``): refused.
RUN_MAX_TOKENS = NotAccepted(
    "runMaxTokens",
    "OpenAI's run create has no max_tokens (it has max_completion_tokens, which provider "
    "1.2.0's openai_run cannot send) and answers HTTP 400",
    "to cap a run's tokens, use the generated openai_thread_run (ThreadRun) with "
    "existing_thread_id and max_completion_tokens, and without tools (provider 1.2.0 sends "
    "each tool with a 'function' list, which OpenAI rejects)",
)
#: OpenAI (no run create of any Assistants version has ``stream_for_tool``:
#: ``RunCreateParams``; provider 1.2.0 sends it only when true, ``GetOk``): refused when true.
RUN_STREAM_FOR_TOOL = NotAccepted(
    "runStreamForTool",
    "OpenAI's run create has no stream_for_tool and answers HTTP 400 (provider 1.2.0 sends "
    "it only when true)",
    "leave it out",
    allowed=lambda value: value is False,
    allowed_text="False or unset",
)
#: OpenAI (Assistants v2 has no top-level ``file_ids`` on an assistant, files go under
#: ``tool_resources``: ``AssistantCreateParams``; provider 1.2.0 sends a non-empty list on
#: create and any change on update, and has no ``tool_resources``): warned (v1 took it).
ASSISTANT_FILE_IDS = NotAccepted(
    "assistantFileIds",
    "provider 1.2.0 sends file_ids at the top level of the assistant, which OpenAI's "
    "Assistants v2 answers with HTTP 400 (files go under tool_resources, which the provider "
    "does not have); only a server that still speaks Assistants v1 takes it",
    "Instead give the assistant Tool.file_search() and attach the files to a ThreadMessage "
    "(attachments=[Attachment.of(file)]), which puts them in a vector store of the thread",
    refuse=False,
)
#: OpenAI (a thread's messages have ``attachments``, not ``file_ids``: the ``Message`` of
#: ``ThreadCreateParams``; provider 1.2.0 sends a message's non-empty ``file_ids``,
#: ``resourceOpenAIThreadCreate``): warned (v1 took it).
MESSAGE_FILE_IDS = NotAccepted(
    "messageFileIds",
    "provider 1.2.0 sends a thread message's file_ids as they are, which OpenAI's "
    "Assistants v2 answers with HTTP 400 (a message has attachments instead); only a server "
    "that still speaks Assistants v1 takes it",
    "Instead add the message as a ThreadMessage with attachments=[Attachment.of(file)]",
    refuse=False,
)
#: OpenAI (Assistants v2 replaced the ``retrieval`` tool with ``file_search``:
#: ``AssistantToolParam`` has code_interpreter, file_search and function): refused (``Tool``
#: never made it; the provider's own check still lets it through on ``openai_assistant``).
RETRIEVAL_TOOL = NotAccepted(
    "retrievalTool",
    "OpenAI's Assistants v2 has no retrieval tool (file_search replaced it) and answers HTTP 400",
    "use Tool.file_search(), with files attached to a ThreadMessage (Attachment.of(file))",
    allowed_text="'code_interpreter', 'file_search' or 'function'",
)
#: provider (openai_model_response: input must not be empty; create fails without it) + ours
#: (not only whitespace either: see :data:`NON_BLANK`).
RESPONSE_INPUT = NON_BLANK
#: ours (the end-user id sent with a response: a non-empty string).
END_USER = Text(min_length=1)
#: ours (each ``include`` entry names a field of the response: a non-empty string).
INCLUDE_FIELD = Text(min_length=1)
#: API (metadata: at most 16 pairs, keys up to 64 characters, values up to 512).
METADATA = Metadata(max_pairs=16, max_key_length=64, max_value_length=512)
#: API (a metadata key: 1 to 64 characters), for rules that name keys (``RequiredMetadata``).
METADATA_KEY = Text(min_length=1, max_length=METADATA.max_key_length)
#: API (assistant name: at most 256 characters).
NAME = Text(max_length=256)
#: API (assistant description: at most 512 characters).
DESCRIPTION = Text(max_length=512)
#: API (instructions: at most 256,000 characters) + ours (not blank: provider 1.2.0 never sends
#: an empty string (``GetOk``), so ``""`` on a ``Run`` does not override the assistant's
#: instructions and on an ``Assistant`` or a ``Response`` means what unset means; whitespace
#: only is sent, and replaces the instructions with nothing. For no instructions, leave it
#: unset; see :data:`NON_BLANK`).
INSTRUCTIONS = Text(max_length=256_000, non_blank=True)
#: provider (openai_model_response: not empty) + ours (a model id is one non-empty word; the
#: API rejects unknown models only at apply).
MODEL = Text(min_length=1, pattern=r"\S+", description="a non-empty model name without whitespace")
#: API (a message's content may not be empty) + ours (not only whitespace either: see
#: :data:`NON_BLANK`).
CONTENT = NON_BLANK
#: ours (the code a review composite reviews: nothing to review in empty or blank code; see
#: :data:`NON_BLANK`).
CODE = NON_BLANK
#: API + provider (a thread's messages are written by the user or the assistant).
ROLE = OneOf(("user", "assistant"))
#: API (an assistant has at most 128 tools).
MAX_ASSISTANT_TOOLS = 128
#: API (an assistant has at most 20 files attached directly).
MAX_ASSISTANT_FILES = 20
#: API (function names: a-z, A-Z, 0-9, underscores and dashes, 1 to 64 characters).
FUNCTION_NAME = Text(
    pattern=r"[a-zA-Z0-9_-]{1,64}",
    description="1 to 64 letters, digits, underscores or dashes",
)
#: API (a function's description: at most 1,024 characters) -- ours to check early.
FUNCTION_DESCRIPTION = Text(max_length=1024)
#: ours (an ID given as a literal is a non-empty string; references are tokens).
ID = Text(min_length=1)
#: ours (a thread prop takes a thread, never a construct of another kind, e.g. an assistant).
THREAD = reference_rule(_thread.Thread, "a Thread")
#: ours (an assistant prop takes an assistant, never a construct of another kind).
ASSISTANT = reference_rule(_assistant.Assistant, "an Assistant")
#: ours (a file prop takes a file, never a construct of another kind, e.g. a vector store).
FILE = reference_rule(_file.File, "a File")
#: ours (a project prop takes a project, never a construct of another kind).
PROJECT = reference_rule(_project.Project, "a Project")
#: ours (a vector store prop takes a vector store, never a construct of another kind).
VECTOR_STORE = reference_rule(_vector_store.VectorStore, "a VectorStore")
#: provider schema (a bool).
FLAG = Flag()
#: provider (it appends ``/assistants``, ``/threads``, ... to api_url, so the URL must end in
#: ``/v1``) + ours (an http(s) URL with a host: how a stack targets an Assistants-compatible API).
API_URL = HttpUrl(path_suffix="/v1")
#: provider (timeout in whole seconds) + ours (at least 1).
TIMEOUT = WholeNumber(1)
#: ours (an organization id is a non-empty string).
ORGANIZATION = Text(min_length=1)
#: ours (provider aliases are Terraform identifiers).
ALIAS = Text(
    pattern=r"[a-zA-Z_][a-zA-Z0-9_-]*",
    description="a Terraform identifier (letters, digits, underscores, dashes)",
)
#: ours (no secret in synthesized JSON): keys only as tokens.
API_KEY = Secret("set OPENAI_API_KEY in the environment, or use a sensitive TerraformVariable")
#: ours (no secret in synthesized JSON): keys only as tokens.
ADMIN_KEY = Secret("set OPENAI_ADMIN_KEY in the environment, or use a sensitive TerraformVariable")
#: provider (openai_file: purpose must be one of these at plan time).
FILE_PURPOSE = OneOf(("fine-tune", "assistants", "vision", "batch"))
#: ours (the file is uploaded at apply; a missing file should fail at synthesis instead; the
#: file is copied into the stack at synthesis, so a token, known only to Terraform, is refused).
FILE_PATH = Predicate(
    _is_existing_file,
    "a path to an existing file",
    token_kinds=NO_TOKENS,
)
#: ours (the provider's project_id is a reference label; empty makes no sense).
PROJECT_ID = Text(min_length=1)
#: ours (a vector store needs a name; the provider requires the attribute).
VECTOR_STORE_NAME = Text(min_length=1, max_length=256)
#: provider docs (a vector store's chunking strategy type: auto or static).
VECTOR_STORE_CHUNKING = OneOf(("auto", "static"))
#: OpenAI (a static chunking strategy needs its ``static`` object, ``max_chunk_size_tokens``
#: and ``chunk_overlap_tokens``: ``StaticFileChunkingStrategyObjectParam``; provider 1.2.0's
#: ``resourceOpenAIVectorStoreCreate`` sends only ``{"type": ...}``): refused but ``auto``.
VECTOR_STORE_STATIC_CHUNKING = NotAccepted(
    "vectorStoreChunking",
    "provider 1.2.0 sends chunking_strategy {'type': 'static'} without the static object "
    "(max_chunk_size_tokens, chunk_overlap_tokens) OpenAI requires, and OpenAI answers HTTP 400",
    "leave it unset (OpenAI chooses) or 'auto'",
    allowed=lambda value: value == "auto",
    allowed_text="'auto' or unset",
)
#: OpenAI (a file's chunking strategy is ``{"type": "auto"}`` alone, or ``static`` with a
#: ``static`` object: ``FileChunkingStrategyParam``; provider 1.2.0's
#: ``resourceOpenAIVectorStoreFileCreate`` always sends ``size`` and ``max_tokens`` beside
#: ``type``, 0 when unset, since a block's map holds every key, so even ``Chunking.auto()``
#: is answered with HTTP 400 ``Unknown parameter: 'chunking_strategy.size'``): refused, any
#: value. Unset, OpenAI chunks the file with its auto strategy: what ``Chunking.auto()`` asks.
VECTOR_STORE_FILE_CHUNKING = NotAccepted(
    "vectorStoreFileChunking",
    "provider 1.2.0 sends chunking_strategy with size and max_tokens (0 when not given) "
    "beside type, and OpenAI's takes neither (auto is only {'type': 'auto'}; static needs a "
    "static object the provider cannot send), so it answers HTTP 400 (Unknown parameter: "
    "'chunking_strategy.size'), even for Chunking.auto()",
    "leave it unset: OpenAI then chunks the file with its auto strategy, as Chunking.auto() asks",
)
#: OpenAI (a vector store's update has no ``file_ids``: ``VectorStoreUpdateParams`` has
#: ``name``, ``metadata``, ``expires_after``; provider 1.2.0's ``resourceOpenAIVectorStoreCreate``
#: sends ``file_ids``, which ``VectorStoreCreateParams`` has, but its
#: ``resourceOpenAIVectorStoreUpdate`` sends the new ``file_ids`` whenever they change to a
#: non-empty list, which OpenAI answers with HTTP 400 ``Unknown parameter: 'file_ids'``):
#: warned (the first apply works; an Assistants-compatible server may take the update).
VECTOR_STORE_FILES = NotAccepted(
    "vectorStoreFiles",
    "provider 1.2.0 sends files as file_ids on create, which OpenAI takes, but when they "
    "change it sends the new file_ids in the vector store update, which OpenAI answers with "
    "HTTP 400 (Unknown parameter: 'file_ids'), so changing files after the first apply fails "
    "on OpenAI",
    "Instead add each file with a VectorStoreFile (vector_store=store, file=file), one per "
    "file: adding or removing one creates or deletes only that resource",
    refuse=False,
)
#: API (a vector store expires 1 to 365 days after it was last active).
EXPIRY_DAYS = WholeNumber(1, 365)
#: API (static chunks are 100 to 4,096 tokens), applied to the provider's fixed ``size`` and
#: semantic ``max_tokens``.
CHUNK_SIZE = WholeNumber(100, 4096)
#: API (vector store file attributes: the same limits as metadata).
ATTRIBUTES = METADATA
#: API (a message has at most 10 attachments).
MAX_ATTACHMENTS = 10


# -- the organisation: projects, their users, service accounts and rate limits -------------------
#: provider (openai_project: ``name`` is required) + ours (not blank: the name is how reports
#: and the dashboard show the project; OpenAI documents no maximum length, so none is checked).
PROJECT_NAME = NON_BLANK
#: provider (openai_project_service_account: ``name`` is required) + ours (not blank).
SERVICE_ACCOUNT_NAME = NON_BLANK
#: provider (openai_admin_api_key: ``name`` is required) + ours (not blank).
ADMIN_KEY_NAME = NON_BLANK
#: provider (openai_project_user ``role``, openai_invite ``projects.role``: ``StringInSlice``
#: of owner, member, checked at plan) = API (a project member is an owner or a member).
PROJECT_ROLE = OneOf(("owner", "member"))
#: provider (openai_organization_user ``role``, openai_invite ``role``: ``StringInSlice`` of
#: owner, reader, checked at plan) = API (an organisation's users are owners or readers).
ORGANIZATION_ROLE = OneOf(("owner", "reader"))
#: ours (a user ID given as a literal is a non-empty string, e.g. ``user-abc``; the API
#: rejects unknown users only at apply).
USER_ID = Text(min_length=1)
#: ours (one e-mail address, ``name@domain.tld``, no whitespace, at most 254 characters: the
#: longest address RFC 5321 lets through; the API rejects an address it cannot deliver to only
#: at apply, after the invitation was attempted).
EMAIL = Text(
    max_length=254,
    pattern=r"[^@\s]+@[^@\s]+\.[^@\s.]+",
    description="an e-mail address (name@domain.tld, at most 254 characters)",
)
#: ours (a member of a ``TeamProject``: an e-mail address of someone in the organisation, looked
#: up with the ``openai_organization_user`` data source, or an OpenAI user ID, which starts
#: with ``user-`` as the API issues them).
MEMBER = Predicate(
    lambda value: (
        isinstance(value, str)
        and (
            not list(EMAIL.problems("member", value))
            or (re.fullmatch(r"user-\S+", value) is not None)
        )
    ),
    "an e-mail address (name@domain.tld) or a user ID (user-...)",
    NO_TOKENS,
)
#: provider (openai_invite ``projects``: ``MinItems: 1``, each a project and its role).
INVITE_PROJECTS = MapOf(
    keys=PROJECT,
    values=PROJECT_ROLE,
    description="a dict of projects (Project constructs or IDs) to 'owner' or 'member'",
    min_pairs=1,
)
#: provider (openai_rate_limit: every limit is ``TypeInt``, a whole number) + API (a limit is
#: a count per minute or per day, never negative). The provider reads each with ``GetOk``,
#: so a 0 is never sent (the construct warns).
RATE_LIMIT = WholeNumber(0)
#: provider (openai_admin_api_key ``expires_at``: ``TypeInt`` Unix seconds, read with
#: ``GetOk``, so 0 means "never expires") + ours (at least 1: a 0 would be silently dropped).
#: Kept for ``limits.ADMIN_KEY_EXPIRES_AT`` importers; an ``AdminApiKey`` refuses
#: ``expires_at`` (:data:`ADMIN_KEY_EXPIRES_AT_REFUSED`).
ADMIN_KEY_EXPIRES_AT = WholeNumber(1)
#: ours (a scope of an admin key, e.g. ``api.management.read``: a non-empty string). Kept for
#: ``limits.ADMIN_KEY_SCOPE`` importers; an ``AdminApiKey`` refuses ``scopes``
#: (:data:`ADMIN_KEY_SCOPES_REFUSED`).
ADMIN_KEY_SCOPE = Text(min_length=1, pattern=r"\S+", description="a scope without whitespace")
#: OpenAI (an admin key's create takes ``name`` and ``expires_in_seconds``, which provider
#: 1.2.0 cannot send: ``AdminAPIKeyCreateParams``; its ``resourceOpenAIAdminAPIKeyCreate``
#: sends ``expires_at`` when set, ``GetOk``, and OpenAI answers HTTP 400 ``Unknown
#: parameter: 'expires_at'``; the admin API exists only on OpenAI): refused.
ADMIN_KEY_EXPIRES_AT_REFUSED = NotAccepted(
    "adminKeyExpiresAt",
    "OpenAI's admin key create has no expires_at (only name and expires_in_seconds, which "
    "provider 1.2.0 cannot send) and answers HTTP 400 (Unknown parameter: 'expires_at')",
    "leave it out: provider 1.2.0 makes admin keys that do not expire; to rotate one, "
    "replace the resource (terraform apply -replace=..., or a new construct id)",
)
#: OpenAI (as :data:`ADMIN_KEY_EXPIRES_AT_REFUSED`: provider 1.2.0 sends a non-empty
#: ``scopes``, which ``AdminAPIKeyCreateParams`` lacks: HTTP 400 ``Unknown parameter:
#: 'scopes'``): refused.
ADMIN_KEY_SCOPES_REFUSED = NotAccepted(
    "adminKeyScopes",
    "OpenAI's admin key create has no scopes (only name and expires_in_seconds) and answers "
    "HTTP 400 (Unknown parameter: 'scopes')",
    "leave it out: admin keys are made without scopes",
)


def _is_dependable(value: Any) -> bool:
    from constructs import Construct

    from cdktf_openai.core import TerraformOutput, TerraformProvider

    # cdktf's ITerraformDependable: an element with an fqn (a resource, data source, module,
    # variable or local; a provider's and an output's do not name a dependency). Asked of the
    # class, not the object: reading a construct's fqn in JavaScript marks it as referenced
    # (its logical id may not change after), and a check must leave nothing behind.
    has_fqn = isinstance(getattr(type(value), "fqn", None), property)
    other = isinstance(value, TerraformProvider | TerraformOutput)
    return isinstance(value, Construct) and has_fqn and not other


def _is_provider(value: Any) -> bool:
    from cdktf_openai.core import TerraformProvider

    return isinstance(value, TerraformProvider)


#: Terraform (depends_on takes resources, data sources and modules).
DEPENDS_ON = Items(
    each=Predicate(_is_dependable, "a resource, data source or module construct", NO_TOKENS)
)
#: Terraform (lifecycle.replace_triggered_by takes resources).
REPLACE_TRIGGERED_BY = Items(each=Predicate(_is_dependable, "a resource construct", NO_TOKENS))
#: Terraform (a resource's provider is a provider construct, e.g. an ``OpenAIProvider``).
PROVIDER = Predicate(_is_provider, "a provider construct (an OpenAIProvider)", NO_TOKENS)


def _is_count(value: Any) -> bool:
    from cdktf_openai.core import TerraformCount

    whole = isinstance(value, int) and not isinstance(value, bool) and value >= 0
    return whole or isinstance(value, TerraformCount)


def _is_iterator(value: Any) -> bool:
    from cdktf_openai.core import TerraformIterator

    return isinstance(value, TerraformIterator)


def _is_lifecycle(value: Any) -> bool:
    from cdktf_openai.core import TerraformResourceLifecycle

    if isinstance(value, TerraformResourceLifecycle):
        return True
    fields = TerraformResourceLifecycle.__jsii_name_mapping__  # type: ignore[attr-defined]
    return isinstance(value, Mapping) and all(key in fields for key in value)


#: Terraform (count: how many instances, a whole number >= 0; number tokens are checked by
#: Terraform at plan).
COUNT = Predicate(
    _is_count, "a whole number >= 0, a number token or a TerraformCount", NUMBER_TOKENS
)
#: Terraform (for_each over a cdktf iterator: ``TerraformIterator.from_list(...)``, ...).
FOR_EACH = Predicate(
    _is_iterator, "a TerraformIterator (e.g. TerraformIterator.from_list(...))", NO_TOKENS
)
#: Terraform (a resource's lifecycle block, cdktf's ``TerraformResourceLifecycle``).
LIFECYCLE = Predicate(
    _is_lifecycle, "a TerraformResourceLifecycle (or a dict of its fields)", NO_TOKENS
)


def _old_name(name: str) -> Any:
    """A rule that 0.3 removed (``COMPLETION_WINDOW``): the error says why."""
    return old_name(__name__, name)


if not TYPE_CHECKING:  # to mypy, a removed name does not exist
    __getattr__ = _old_name
