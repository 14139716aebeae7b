"""The provider's Go schemas (``mkdev-me/openai`` v1.2.0), transcribed as a table.

The JSON schema (``terraform providers schema -json``) says what Terraform sees: types and
optional/required/computed. It cannot say what the provider's Go code adds, and that is what
the double needs: which attributes are ``schema.TypeInt`` (JSON ``number`` covers ``TypeInt`` and
``TypeFloat``), ``ForceNew``, ``Default``, ``ValidateFunc``, ``ConflictsWith``, ``MaxItems``, and
whether the resource has an ``UpdateContext``. Each entry below is the ``map[string]*schema.Schema``
of one ``internal/provider/*.go`` file at tag v1.2.0, attribute by attribute, in the Go
declaration order. A run of attributes that are only ``Computed`` is one :func:`computed` call,
and the ``tools`` that the assistant and the thread run both declare is one ``_tools`` with
their differences as arguments. A test checks the table against the JSON schema, so that the
two cannot drift.

Like the SDK's ``helper/schema/core_schema.go, Resource.CoreConfigSchema``, Terraform is served an
``id`` attribute (optional and computed) for resources whose Go schema has none; the Go schema
itself has no ``id`` then, and :mod:`.schema_validate` reports a configured ``id`` as an unknown
key, as ``schemaMap.validateObject`` does.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from functools import cache
from importlib.resources import files
from typing import Any

from cdktf_openai.offline.helper_validation import (
    ValidateFunc,
    float_between,
    from_table,
    int_at_least,
    string_in_slice,
    string_is_json,
    string_is_not_empty,
)


class GoType(Enum):
    """A ``schema.ValueType`` of terraform-plugin-sdk v2."""

    STRING = "TypeString"
    INT = "TypeInt"
    FLOAT = "TypeFloat"
    BOOL = "TypeBool"
    LIST = "TypeList"
    MAP = "TypeMap"

    @property
    def is_primitive(self) -> bool:
        """Whether values of this type are single values (not a list or a map)."""
        return self not in (GoType.LIST, GoType.MAP)

    def zero(self) -> Any:
        """Return the type's zero value (``ValueType.Zero``): ``""``, ``0``, ``[]``, ..."""
        return _ZEROS[self]()


_ZEROS: dict[GoType, Any] = {
    GoType.STRING: str,
    GoType.INT: int,
    GoType.FLOAT: float,
    GoType.BOOL: bool,
    GoType.LIST: list,
    GoType.MAP: dict,
}


@dataclass(frozen=True)
class GoField:
    """One ``*schema.Schema``: an attribute, or (a list whose elements are a block) a block.

    Attributes:
        type: Its ``schema.ValueType``.
        required: ``Required``.
        optional: ``Optional``.
        computed: ``Computed``.
        force_new: ``ForceNew``.
        default: ``Default`` (only when ``has_default``).
        has_default: Whether ``Default`` is set.
        max_items: ``MaxItems`` (0: none).
        validate: ``ValidateFunc``.
        conflicts_with: ``ConflictsWith``.
        at_least_one_of: ``AtLeastOneOf``.
        elem: ``Elem``: the nested block (``&schema.Resource{...}``) of a list, or the element
            type of a list or map of single values.
    """

    type: GoType
    required: bool = False
    optional: bool = False
    computed: bool = False
    force_new: bool = False
    default: Any = None
    has_default: bool = False
    max_items: int = 0
    validate: ValidateFunc | None = None
    conflicts_with: tuple[str, ...] = ()
    elem: Mapping[str, GoField] | GoType | None = None
    at_least_one_of: tuple[str, ...] = ()

    @property
    def block(self) -> Mapping[str, GoField] | None:
        """The nested block of a list of blocks, else ``None``."""
        return self.elem if isinstance(self.elem, Mapping) else None

    @property
    def element_type(self) -> GoType:
        """The element type of a list or map of single values (``TypeString`` if unset)."""
        return self.elem if isinstance(self.elem, GoType) else GoType.STRING

    @property
    def read_only(self) -> bool:
        """Whether the attribute is computed only (a configured value is an error)."""
        return not self.required and not self.optional


#: A block: attribute name -> schema (``map[string]*schema.Schema``).
GoBlock = Mapping[str, GoField]


@dataclass(frozen=True)
class GoResource:
    """One resource of the provider, as its Go file declares it.

    Attributes:
        type_name: The resource type, e.g. ``openai_run``.
        schema: Its ``Schema`` map.
        updatable: Whether it sets ``UpdateContext``; without it every in-place change fails
            at apply with ``doesn't support update`` (``helper/schema/resource.go,
            Resource.Apply``).
    """

    type_name: str
    schema: GoBlock
    updatable: bool

    @property
    def go_file(self) -> str:
        """The Go file under ``internal/provider/``: ``resource_<type_name>.go``."""
        return f"resource_{self.type_name}.go"

    @property
    def prefix(self) -> str:
        """The prefix of its Go functions, e.g. ``resourceOpenAIThreadRun`` (``...Create``, ...).

        ``resourceOpenAI``, then the words of the type name after ``openai_``, capitalized.
        """
        words = self.type_name.removeprefix("openai_").split("_")
        return "resourceOpenAI" + "".join(word.capitalize() for word in words)

    def function(self, operation: str) -> str:
        """Return the name of one of its Go functions, e.g. ``resourceOpenAIRunCreate``.

        Args:
            operation: ``Create``, ``Read``, ``Update`` or ``Delete``.
        """
        return f"{self.prefix}{operation}"


def _field(kind: GoType, **settings: Any) -> GoField:
    if "default" in settings:
        settings["has_default"] = True
    return GoField(kind, **settings)


def type_string(**settings: Any) -> GoField:
    """``schema.TypeString`` with the given settings (``required=True``, ...)."""
    return _field(GoType.STRING, **settings)


def type_int(**settings: Any) -> GoField:
    """``schema.TypeInt`` with the given settings."""
    return _field(GoType.INT, **settings)


def type_float(**settings: Any) -> GoField:
    """``schema.TypeFloat`` with the given settings."""
    return _field(GoType.FLOAT, **settings)


def type_bool(**settings: Any) -> GoField:
    """``schema.TypeBool`` with the given settings."""
    return _field(GoType.BOOL, **settings)


def type_list(elem: GoBlock | GoType, **settings: Any) -> GoField:
    """``schema.TypeList`` of a block (a ``dict``) or of single values (a :class:`GoType`)."""
    return _field(GoType.LIST, elem=elem, **settings)


def type_map(elem: GoType = GoType.STRING, **settings: Any) -> GoField:
    """``schema.TypeMap`` whose values are ``elem``."""
    return _field(GoType.MAP, elem=elem, **settings)


def computed(**types: GoType) -> dict[str, GoField]:
    """Attributes that are only ``Computed`` (``{Type: ..., Computed: true}``), in this order.

    Args:
        types: Each attribute's single-value type, e.g. ``created_at=GoType.INT``.
    """
    return {name: _field(kind, computed=True) for name, kind in types.items()}


_STRING, _INT = GoType.STRING, GoType.INT
_ASSISTANT_TOOL_TYPES = ("code_interpreter", "retrieval", "function", "file_search")
_THREAD_RUN_TOOL_TYPES = ("code_interpreter", "retrieval", "function")


def _tools(types: tuple[str, ...], parameters: GoField, **settings: Any) -> GoField:
    """``tools`` of the assistant and of the thread run: alike but for these arguments.

    A list of ``{type, function}`` blocks, ``function`` a list of at most one
    ``{name, description, parameters}`` block.

    Args:
        types: The tool types ``type`` may be (``validation.StringInSlice``).
        parameters: The schema of ``function.parameters``.
        settings: The settings of ``tools`` itself (``optional=True``, ...).
    """
    function = {
        "name": type_string(required=True),
        "description": type_string(optional=True),
        "parameters": parameters,
    }
    return type_list(
        {
            "type": type_string(required=True, validate=string_in_slice(types)),
            "function": type_list(function, optional=True, max_items=1),
        },
        **settings,
    )


#: ``provider.go, Provider``: the provider block (``DefaultFunc``s read ``OPENAI_*``).
PROVIDER: GoBlock = {
    "api_key": type_string(optional=True),
    "admin_key": type_string(optional=True),
    "organization": type_string(optional=True),
    "api_url": type_string(optional=True),
    "timeout": type_int(optional=True),
}

#: ``provider.go, Provider``: the environment variable each ``DefaultFunc`` reads, and its default.
PROVIDER_DEFAULTS: dict[str, tuple[str, Any]] = {
    "api_key": ("OPENAI_API_KEY", None),
    "admin_key": ("OPENAI_ADMIN_KEY", None),
    "organization": ("OPENAI_ORGANIZATION", None),
    "api_url": ("OPENAI_API_URL", "https://api.openai.com/v1"),
    "timeout": ("OPENAI_TIMEOUT", 300),
}

_ASSISTANT = GoResource(
    "openai_assistant",
    {
        "name": type_string(optional=True),
        "description": type_string(optional=True),
        "model": type_string(required=True),
        "instructions": type_string(optional=True),
        "tools": _tools(_ASSISTANT_TOOL_TYPES, type_string(required=True), optional=True),
        "file_ids": type_list(_STRING, optional=True),
        "metadata": type_map(optional=True),
        "created_at": type_int(computed=True),
    },
    updatable=True,
)

_THREAD = GoResource(
    "openai_thread",
    {
        "messages": type_list(
            {
                "role": type_string(required=True),
                "content": type_string(required=True),
                "file_ids": type_list(_STRING, optional=True),
                "metadata": type_map(optional=True),
            },
            optional=True,
            force_new=True,
        ),
        "metadata": type_map(optional=True),
        "created_at": type_int(computed=True),
    },
    updatable=True,
)

_MESSAGE = GoResource(
    "openai_message",
    {
        "thread_id": type_string(required=True, force_new=True),
        "role": type_string(required=True, force_new=True),
        "content": type_string(required=True, force_new=True),
        "metadata": type_map(optional=True),
        **computed(created_at=_INT, assistant_id=_STRING, run_id=_STRING),
        "attachments": type_list(
            {
                "file_id": type_string(required=True),
                "tools": type_list({"type": type_string(required=True)}, required=True),
            },
            optional=True,
            force_new=True,
        ),
    },
    updatable=True,
)

#: ``resource_openai_run.go``: the block of each of a run's ``steps``.
_RUN_STEP = computed(
    id=_STRING, object=_STRING, created_at=_INT, type=_STRING, status=_STRING, details=_STRING
)

_RUN = GoResource(
    "openai_run",
    {
        "thread_id": type_string(required=True, force_new=True),
        "assistant_id": type_string(required=True, force_new=True),
        "model": type_string(optional=True, computed=True, force_new=True),
        "instructions": type_string(optional=True, computed=True, force_new=True),
        "tools": type_list(
            GoType.MAP, optional=True, computed=True, force_new=True
        ),  # Elem: &schema.Schema{Type: TypeMap, Elem: TypeString}
        "metadata": type_map(optional=True, force_new=True),
        "temperature": type_float(optional=True, force_new=True, validate=float_between(0, 2)),
        "max_tokens": type_int(optional=True, force_new=True),
        "top_p": type_float(optional=True, force_new=True, validate=float_between(0, 1)),
        "stream_for_tool": type_bool(optional=True, force_new=True),
        "completion_window": type_int(optional=True, force_new=True),
        **computed(
            object=_STRING, created_at=_INT, started_at=_INT, completed_at=_INT, status=_STRING
        ),
        "file_ids": type_list(_STRING, computed=True),
        "usage": type_map(GoType.INT, computed=True),
        "steps": type_list(_RUN_STEP, computed=True),
    },
    updatable=False,
)

_THREAD_RUN = GoResource(
    "openai_thread_run",
    {
        **computed(id=_STRING, thread_id=_STRING),
        "existing_thread_id": type_string(
            optional=True, force_new=True, conflicts_with=("thread",)
        ),
        "thread": type_list(
            {
                "messages": type_list(
                    {
                        "role": type_string(required=True, validate=string_in_slice(("user",))),
                        "content": type_string(required=True),
                        "attachments": type_list(
                            {"file_id": type_string(required=True)}, optional=True
                        ),
                        "metadata": type_map(optional=True),
                    },
                    optional=True,
                    force_new=True,
                ),
                "metadata": type_map(optional=True),
            },
            optional=True,
            max_items=1,
            force_new=True,
            conflicts_with=("existing_thread_id",),
        ),
        "assistant_id": type_string(required=True, force_new=True),
        "model": type_string(optional=True, computed=True, force_new=True),
        "instructions": type_string(optional=True, computed=True, force_new=True),
        "tools": _tools(
            _THREAD_RUN_TOOL_TYPES,
            type_string(optional=True, validate=string_is_json),
            optional=True,
            computed=True,
            force_new=True,
        ),
        "metadata": type_map(optional=True, force_new=True),
        "stream": type_bool(optional=True, default=False, force_new=True),
        "max_completion_tokens": type_int(optional=True, force_new=True, validate=int_at_least(0)),
        "temperature": type_float(optional=True, force_new=True, validate=float_between(0, 2)),
        "top_p": type_float(optional=True, force_new=True, validate=float_between(0, 1)),
        "response_format": type_list(
            {"type": type_string(required=True, validate=string_in_slice(("text", "json_object")))},
            optional=True,
            force_new=True,
            max_items=1,
        ),
        **computed(
            created_at=_INT, completed_at=_INT, started_at=_INT, object=_STRING, status=_STRING
        ),
        "file_ids": type_list(_STRING, computed=True),
        "usage": type_map(GoType.INT, computed=True),
    },
    updatable=False,
)

_FILE = GoResource(
    "openai_file",
    {
        "file": type_string(required=True, force_new=True),
        "purpose": type_string(
            optional=True,
            force_new=True,
            computed=True,
            validate=string_in_slice(("fine-tune", "assistants", "vision", "batch")),
        ),
        "project_id": type_string(optional=True, force_new=True),
        **computed(filename=_STRING, bytes=_INT, created_at=_INT, id=_STRING),
    },
    updatable=False,
)

_VECTOR_STORE = GoResource(
    "openai_vector_store",
    {
        "id": type_string(computed=True),
        "name": type_string(required=True),
        "file_ids": type_list(_STRING, optional=True),
        "metadata": type_map(optional=True),
        **computed(created_at=_INT, file_count=_INT, object=_STRING, status=_STRING),
        "expires_after": type_list(
            {"days": type_int(optional=True), "anchor": type_string(required=True)},
            optional=True,
            max_items=1,
        ),
        "chunking_strategy": type_list(
            {"type": type_string(required=True)}, optional=True, max_items=1
        ),
    },
    updatable=True,
)

_VECTOR_STORE_FILE = GoResource(
    "openai_vector_store_file",
    {
        "id": type_string(computed=True),
        "vector_store_id": type_string(required=True, force_new=True),
        "file_id": type_string(required=True, force_new=True),
        "attributes": type_map(optional=True),
        "chunking_strategy": type_list(
            {
                "type": type_string(required=True),
                "size": type_int(optional=True),
                "max_tokens": type_int(optional=True),
            },
            optional=True,
            max_items=1,
        ),
        **computed(created_at=_INT, object=_STRING, status=_STRING),
    },
    updatable=True,
)

_MODEL_RESPONSE = GoResource(
    "openai_model_response",
    {
        "input": type_string(optional=True, computed=True, validate=string_is_not_empty),
        "model": type_string(optional=True, computed=True, validate=string_is_not_empty),
        "max_output_tokens": type_int(optional=True),
        "temperature": type_float(optional=True, default=0.7, validate=float_between(0, 2)),
        "top_p": type_float(optional=True, computed=True, validate=float_between(0, 1)),
        "top_k": type_int(optional=True),
        "include": type_list(_STRING, optional=True),
        "instructions": type_string(optional=True),
        "stop_sequences": type_list(_STRING, optional=True),
        "frequency_penalty": type_float(optional=True, validate=float_between(-2, 2)),
        "presence_penalty": type_float(optional=True, validate=float_between(-2, 2)),
        "user": type_string(optional=True),
        "preserve_on_change": type_bool(optional=True, default=False),
        "imported": type_bool(optional=True, default=False),
        "_imported_resource": type_string(optional=True, computed=True),
        **computed(id=_STRING, object=_STRING, created=_INT),
        "output": type_map(computed=True),
        "usage": type_map(computed=True),
        "finish_reason": type_string(computed=True),
    },
    updatable=True,
)

#: Every resource of the double, by type name.
RESOURCES: dict[str, GoResource] = {
    resource.type_name: resource
    for resource in (
        _ASSISTANT,
        _THREAD,
        _MESSAGE,
        _RUN,
        _THREAD_RUN,
        _FILE,
        _VECTOR_STORE,
        _VECTOR_STORE_FILE,
        _MODEL_RESPONSE,
    )
}


def int_attribute_paths(block: GoBlock, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Return the path of every configurable ``TypeInt`` attribute of a block, nested included.

    Args:
        block: A Go schema block (a resource's schema, or :data:`PROVIDER`).
        prefix: The path of the block itself.
    """
    paths: list[tuple[str, ...]] = []
    for name, field in block.items():
        if field.read_only:
            continue
        if field.type is GoType.INT:
            paths.append((*prefix, name))
        elif field.block is not None:
            paths.extend(int_attribute_paths(field.block, (*prefix, name)))
    return paths


# -- every type of the provider, from the Go table --------------------------------------------

#: The file (beside this module) with every registered type's Go schema settings, read from the
#: provider's Go source at v1.2.0 by ``scripts/go_schema_additions.py``.
GO_TABLE_FILE = "go_schema_additions.json"


@cache
def go_table() -> dict[str, Any]:
    """Return ``go_schema_additions.json``: ``provider``, ``resource`` and ``data_source``.

    Each type's entry has its Go ``function``, whether it has an ``update`` function, and its
    ``schema``: per attribute its ``type`` (``TypeInt``, ...), ``required``/``optional``/
    ``computed``, and what only the Go source says: ``force_new``, ``default``, ``validate``,
    ``conflicts_with``, ``max_items``, nested ``block`` or ``elem`` type.
    """
    text = files(__package__).joinpath(GO_TABLE_FILE).read_text(encoding="utf-8")
    table: dict[str, Any] = json.loads(text)
    return table


def _field_from_table(settings: Mapping[str, Any]) -> GoField:
    kind = GoType(settings["type"])
    elem: Mapping[str, GoField] | GoType | None = None
    if "block" in settings:
        elem = block_from_table(settings["block"])
    elif kind in (GoType.LIST, GoType.MAP):
        elem = GoType(settings.get("elem", "TypeString"))
    validate = settings.get("validate")
    return GoField(
        kind,
        required=bool(settings.get("required")),
        optional=bool(settings.get("optional")),
        computed=bool(settings.get("computed")),
        force_new=bool(settings.get("force_new")),
        default=settings.get("default"),
        has_default="default" in settings,
        max_items=int(settings.get("max_items", 0)),
        validate=from_table(validate) if validate else None,
        conflicts_with=tuple(settings.get("conflicts_with", ())),
        elem=elem,
        at_least_one_of=tuple(settings.get("at_least_one_of", ())),
    )


def block_from_table(schema: Mapping[str, Any]) -> dict[str, GoField]:
    """Return a Go block from its entry in the Go table (attribute name -> settings).

    Args:
        schema: A ``schema`` of :func:`go_table` (or a nested ``block``).
    """
    return {name: _field_from_table(settings) for name, settings in schema.items()}


def _from_table(kind: str, type_name: str) -> GoResource:
    entry = go_table()[kind][type_name]
    return GoResource(type_name, block_from_table(entry["schema"]), bool(entry["update"]))


@cache
def all_resources() -> dict[str, GoResource]:
    """Every resource type the provider registers (34), from the Go table, by type name."""
    return {name: _from_table("resource", name) for name in go_table()["resource"]}


@cache
def data_sources() -> dict[str, GoResource]:
    """Every data source the provider registers (56), from the Go table, by type name.

    A data source has no update (``updatable`` is ``False``); its ``go_file`` and Go function
    names are those of the resource's, with ``dataSource`` for ``resource``.
    """
    return {name: _from_table("data_source", name) for name in go_table()["data_source"]}
