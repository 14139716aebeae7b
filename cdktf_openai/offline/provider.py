"""The provider double: ``tf``'s provider service, answering as terraform-plugin-sdk v2 does.

``tf.provider.ProviderServicer`` answers the protocol's bookkeeping calls (metadata, schema
assembly, stop). :class:`DoubleServicer` answers the rest the way the provider's SDK
(``helper/schema/grpc_provider.go``, v2.38.1) does, for the Go schemas of :mod:`.goschema`:

- ``ValidateResourceConfig`` / ``ValidateProviderConfig``: :mod:`.schema_validate`;
- ``PlanResourceChange``: :mod:`.schema_diff` (with ``legacy_type_system``, as the SDK sets
  ``UnsafeToUseLegacyTypeSystem``, so Terraform tolerates the SDK's ways with nulls);
- ``ApplyResourceChange`` / ``ReadResource``: the resource's Go functions (:mod:`.crud`) over a
  :class:`~cdktf_openai.offline.resource_data.ResourceData`, against :mod:`.fake_api`.

Before each refresh (``ReadResource``) the fake API lets pending work finish
(:meth:`~cdktf_openai.offline.fake_api.FakeOpenAI.advance`): a queued run is read back
``completed``. The provider's configuration (and any ``OPENAI_*`` variable) is checked as the
SDK checks it and never logged or stored: the double needs no key.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import grpc
from tf.gen import tfplugin_pb2 as pb
from tf.iface import DataSource, Provider, Resource
from tf.provider import ProviderServicer
from tf.schema import Schema
from tf.utils import Diagnostics

from cdktf_openai.offline.diagnostics import MapKey, PathStep, ProviderDiagnostic, ProviderError
from cdktf_openai.offline.goschema import (
    PROVIDER,
    PROVIDER_DEFAULTS,
    GoResource,
    GoType,
    all_resources,
    data_sources,
)
from cdktf_openai.offline.protocol import (
    as_decimal,
    decode_dynamic,
    encode_dynamic,
    schema_from_json,
)
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.schema_diff import plan_create, plan_update
from cdktf_openai.offline.schema_validate import validate_config
from cdktf_openai.offline.sdk_state import (
    block_type,
    legacy_sdk_blocks,
    normalize_null_values,
)
from cdktf_openai.offline.shim import legacy_config
from cdktf_openai.schema import PROVIDER_FQN

if TYPE_CHECKING:
    from cdktf_openai.offline.crud import DataSourceRead, Operations
    from cdktf_openai.offline.fake_api import FakeOpenAI

#: The prefix of every resource type of the provider.
MODEL_PREFIX = "openai_"
#: The whole provider's schema (34 resources, 56 data sources) in ``cdktf_openai/schema/``.
FULL_SCHEMA_FILE = "mkdev-openai-1.2.0.full.schema.json"


@cache
def full_provider_schema() -> dict[str, Any]:
    """Return the provider's entry of the full schema file.

    It has ``provider``, ``resource_schemas`` and ``data_source_schemas``. Treat it as
    read-only: it is cached and shared.
    """
    text = files("cdktf_openai.schema").joinpath(FULL_SCHEMA_FILE).read_text(encoding="utf-8")
    entry: dict[str, Any] = json.loads(text)["provider_schemas"][PROVIDER_FQN]
    return entry


def resource_schemas() -> dict[str, Any]:
    """Return the JSON schema of every resource, keyed by type name (``openai_run``, ...)."""
    schemas: dict[str, Any] = full_provider_schema()["resource_schemas"]
    return schemas


def data_source_schemas() -> dict[str, Any]:
    """Return the JSON schema of every data source, keyed by type name."""
    schemas: dict[str, Any] = full_provider_schema()["data_source_schemas"]
    return schemas


@cache
def _data_source_class(type_name: str) -> type[DataSource]:
    schema = schema_from_json(data_source_schemas()[type_name])

    class DoubleDataSource(DataSource):  # type: ignore[misc]  # tf ships no type information
        """One data source of the double; the servicer reads it, this describes it."""

        def __init__(self, provider: Any) -> None:
            self.provider = provider

        @classmethod
        def get_name(cls) -> str:
            return type_name.removeprefix(MODEL_PREFIX)

        @classmethod
        def get_schema(cls) -> Schema:
            return schema

        def read(self, ctx: Any, config: Any) -> Any:
            raise NotImplementedError  # DoubleServicer.ReadDataSource does this

    DoubleDataSource.__name__ = DoubleDataSource.__qualname__ = f"DoubleData_{type_name}"
    return DoubleDataSource


@cache
def _resource_class(type_name: str) -> type[Resource]:
    schema = schema_from_json(resource_schemas()[type_name])

    class DoubleResource(Resource):  # type: ignore[misc]  # tf ships no type information
        """One resource type of the double; the servicer does the work, this describes it."""

        def __init__(self, provider: Any) -> None:
            self.provider = provider

        @classmethod
        def get_name(cls) -> str:
            return type_name.removeprefix(MODEL_PREFIX)

        @classmethod
        def get_schema(cls) -> Schema:
            return schema

        def create(self, ctx: Any, planned: Any) -> Any:
            raise NotImplementedError  # DoubleServicer.ApplyResourceChange does this

        def read(self, ctx: Any, current: Any) -> Any:
            raise NotImplementedError  # DoubleServicer.ReadResource does this

        def update(self, ctx: Any, current: Any, planned: Any) -> Any:
            raise NotImplementedError  # DoubleServicer.ApplyResourceChange does this

        def delete(self, ctx: Any, current: Any) -> Any:
            raise NotImplementedError  # DoubleServicer.ApplyResourceChange does this

    DoubleResource.__name__ = DoubleResource.__qualname__ = f"Double_{type_name}"
    return DoubleResource


class OpenAIProviderDouble(Provider):  # type: ignore[misc]  # tf ships no type information
    """The ``mkdev-me/openai`` 1.2.0 provider, as ``tf`` sees it: names and schemas."""

    def get_model_prefix(self) -> str:
        """Return ``openai_``, the prefix of every resource type."""
        return MODEL_PREFIX

    def full_name(self) -> str:
        """Return the provider's address, ``registry.terraform.io/mkdev-me/openai``."""
        return PROVIDER_FQN

    def get_provider_schema(self, diags: Diagnostics) -> Schema:
        """Return the provider block's schema (api_key, api_url, ...)."""
        return schema_from_json(full_provider_schema()["provider"])

    def validate_config(self, diags: Diagnostics, config: Any) -> None:
        """Unused: :meth:`DoubleServicer.ValidateProviderConfig` checks the provider block."""

    def configure_provider(self, diags: Diagnostics, config: Any) -> None:
        """Accept the configuration; the double keeps none of it (keys included)."""

    def get_data_sources(self) -> list[type[DataSource]]:
        """Return one data source class per data source of the schema."""
        return [_data_source_class(name) for name in sorted(data_source_schemas())]

    def get_resources(self) -> list[type[Resource]]:
        """Return one resource class per resource type of the schema."""
        return [_resource_class(name) for name in sorted(resource_schemas())]


def _attribute_path(path: Sequence[PathStep]) -> pb.AttributePath:
    steps = []
    for step in path:
        if isinstance(step, MapKey):
            steps.append(pb.AttributePath.Step(element_key_string=step.key))
        elif isinstance(step, int):
            steps.append(pb.AttributePath.Step(element_key_int=step))
        else:
            steps.append(pb.AttributePath.Step(attribute_name=step))
    return pb.AttributePath(steps=steps)


def _diagnostic(diagnostic: ProviderDiagnostic) -> pb.Diagnostic:
    message = pb.Diagnostic(
        severity=pb.Diagnostic.ERROR, summary=diagnostic.summary, detail=diagnostic.detail
    )
    if diagnostic.path:
        message.attribute.CopyFrom(_attribute_path(diagnostic.path))
    return message


def _warning(diagnostic: ProviderDiagnostic) -> pb.Diagnostic:
    """A ``diag.Warning`` a Read returns with its result (Terraform shows it, and goes on)."""
    return pb.Diagnostic(
        severity=pb.Diagnostic.WARNING, summary=diagnostic.summary, detail=diagnostic.detail
    )


def _error(summary: str, detail: str) -> pb.Diagnostic:
    return pb.Diagnostic(severity=pb.Diagnostic.ERROR, summary=summary, detail=detail)


def provider_config_with_defaults(
    config: Mapping[str, Any], environment: Mapping[str, str]
) -> tuple[dict[str, Any], list[ProviderDiagnostic]]:
    """``PrepareProviderConfig``: fill unset top-level settings from their ``DefaultFunc``.

    ``provider.go, Provider`` gives each setting a ``schema.EnvDefaultFunc`` (``OPENAI_TIMEOUT``
    for ``timeout``, ...). The SDK converts the default to the attribute's type, so
    ``OPENAI_TIMEOUT=1.5`` makes ``timeout`` 1.5 (then rejected as not whole) and
    ``OPENAI_TIMEOUT=soon`` fails with ``error setting default for "timeout": a number is
    required``.

    Args:
        config: The provider block as Terraform sent it.
        environment: The provider's environment (the double's own).

    Returns:
        The configuration with defaults, and the errors of defaults that do not convert.
    """
    filled = dict(config)
    for name, (variable, fallback) in PROVIDER_DEFAULTS.items():
        if filled.get(name) is not None:
            continue
        value = environment.get(variable) or fallback
        if value is None:
            continue
        if PROVIDER[name].type in (GoType.INT, GoType.FLOAT):
            number = as_decimal(value)
            if number is None or not number.is_finite():
                return filled, [
                    ProviderDiagnostic(f'error setting default for "{name}": a number is required')
                ]
            value = number
        filled[name] = value
    return filled, []


def _store_key(type_name: str, state: Mapping[str, Any]) -> tuple[str, str] | None:
    """The fake API object that a refresh of this resource reads, as ``(kind, key)``."""
    identifier = state.get("id")
    if not isinstance(identifier, str):
        return None
    if type_name in ("openai_run", "openai_thread_run"):
        return "run", identifier
    if type_name == "openai_vector_store":
        return "vector_store", identifier
    if type_name == "openai_vector_store_file":
        return "vector_store_file", f"{state.get('vector_store_id')}.{identifier}"
    if type_name == "openai_vector_store_file_batch":
        return "vector_store_file_batch", f"{state.get('vector_store_id')}.{identifier}"
    if type_name in ("openai_fine_tuning_job", "openai_fine_tuned_model"):
        return "fine_tuning_job", identifier
    if type_name == "openai_batch":
        return "batch", identifier
    return None


# The Go functions (:mod:`.crud`, every resource and data source module) and the fake API are
# imported on first use: Terraform starts the plugin two to five times per command, and some
# starts only serve the schema or validate (a plan looks up the resource's CustomizeDiff here).


def _operations(type_name: str) -> Operations:
    """The Go functions of a resource type (every type of the schema has its port)."""
    from cdktf_openai.offline.crud import OPERATIONS

    return OPERATIONS[type_name]


def _data_source_read(type_name: str) -> DataSourceRead:
    """The Go ``ReadContext`` of a data source (every data source of the schema has its port)."""
    from cdktf_openai.offline.crud import DATA_SOURCE_READS

    return DATA_SOURCE_READS[type_name]


class DoubleServicer(ProviderServicer):  # type: ignore[misc]  # tf ships no type information
    """The gRPC service Terraform talks to.

    Args:
        api: The fake API; by default over the store of the folder Terraform runs in.
    """

    def __init__(self, api: FakeOpenAI | None = None) -> None:
        """Serve the double, keeping objects where ``api`` keeps them."""
        super().__init__(OpenAIProviderDouble())
        self._api = api

    @property
    def api(self) -> FakeOpenAI:
        """The fake API (made on first use, over the store of the folder Terraform runs in)."""
        if self._api is None:
            from cdktf_openai.offline.fake_api import FakeOpenAI
            from cdktf_openai.offline.state import ObjectStore

            self._api = FakeOpenAI(ObjectStore.for_working_directory())
        return self._api

    @staticmethod
    def _resource(type_name: str) -> tuple[GoResource, dict[str, Any]]:
        block_json: dict[str, Any] = resource_schemas()[type_name]["block"]
        return all_resources()[type_name], block_json

    @classmethod
    def _change(
        cls, type_name: str, prior_state: Any, new_state: Any
    ) -> tuple[GoResource, dict[str, Any], Any, Any]:
        """A planned or applied change: the resource, its schema block, prior and new state."""
        resource, block_json = cls._resource(type_name)
        return resource, block_json, decode_dynamic(prior_state), decode_dynamic(new_state)

    def ValidateProviderConfig(  # noqa: N802 - the protocol's method name
        self, request: pb.ValidateProviderConfig.Request, context: grpc.ServicerContext
    ) -> pb.ValidateProviderConfig.Response:
        """Check the provider block as ``PrepareProviderConfig`` does (defaults, then types)."""
        config = decode_dynamic(request.config) or {}
        filled, problems = provider_config_with_defaults(config, os.environ)
        if not problems:
            problems = validate_config(legacy_config(filled, PROVIDER), PROVIDER)
        return pb.ValidateProviderConfig.Response(
            diagnostics=[_diagnostic(problem) for problem in problems]
        )

    def ValidateResourceConfig(  # noqa: N802 - the protocol's method name
        self, request: pb.ValidateResourceConfig.Request, context: grpc.ServicerContext
    ) -> pb.ValidateResourceConfig.Response:
        """Check a resource's configuration as ``ValidateResourceTypeConfig`` does."""
        resource, _ = self._resource(request.type_name)
        config = decode_dynamic(request.config) or {}
        problems = validate_config(legacy_config(config, resource.schema), resource.schema)
        return pb.ValidateResourceConfig.Response(
            diagnostics=[_diagnostic(problem) for problem in problems]
        )

    def UpgradeResourceState(  # noqa: N802 - the protocol's method name
        self, request: pb.UpgradeResourceState.Request, context: grpc.ServicerContext
    ) -> pb.UpgradeResourceState.Response:
        """Return the stored state as is (schema version 0 is the only one there is).

        Numbers are read as decimals, so that a value like ``0.7`` goes back to Terraform
        exactly as it was written, not as the nearest float.
        """
        if not request.raw_state.json:
            return pb.UpgradeResourceState.Response(
                diagnostics=[_error("Unsupported state", "flatmap state is not supported")]
            )
        state = json.loads(request.raw_state.json, parse_float=Decimal)
        block = resource_schemas()[request.type_name]["block"]
        known = set(block.get("attributes", {})) | set(block.get("block_types", {}))
        return pb.UpgradeResourceState.Response(
            upgraded_state=encode_dynamic({k: v for k, v in state.items() if k in known})
        )

    def ReadResource(  # noqa: N802 - the protocol's method name
        self, request: pb.ReadResource.Request, context: grpc.ServicerContext
    ) -> pb.ReadResource.Response:
        """Refresh: let pending work finish at the API, then run the resource's Go ``Read``."""
        current = decode_dynamic(request.current_state)
        if current is None:
            return pb.ReadResource.Response(new_state=encode_dynamic(None), private=request.private)
        resource, block_json = self._resource(request.type_name)
        pending = _store_key(request.type_name, current)
        if pending is not None:
            self.api.advance(*pending)
        d = ResourceData(resource, block_json, prior=current, planned=None)
        try:
            _operations(request.type_name).read(d, self.api)
        except ProviderError as error:
            return pb.ReadResource.Response(
                new_state=encode_dynamic(current),
                diagnostics=[_diagnostic(problem) for problem in error.diagnostics],
                private=request.private,
            )
        return pb.ReadResource.Response(
            new_state=encode_dynamic(d.new_state(apply=False)), private=request.private
        )

    def PlanResourceChange(  # noqa: N802 - the protocol's method name
        self, request: pb.PlanResourceChange.Request, context: grpc.ServicerContext
    ) -> pb.PlanResourceChange.Response:
        """Plan a create, an in-place update, a replacement, or nothing, as the SDK does."""
        resource, block_json, prior, proposed = self._change(
            request.type_name, request.prior_state, request.proposed_new_state
        )
        requires_replace: Sequence[Sequence[PathStep]] = ()
        if proposed is None:
            planned = None
        elif prior is None:
            planned = plan_create(resource, proposed, block_json)
        else:
            customize = _operations(request.type_name).customize_diff
            plan = plan_update(resource, prior, proposed, block_json, customize)
            planned, requires_replace = plan.planned, plan.requires_replace
        return pb.PlanResourceChange.Response(
            planned_state=encode_dynamic(planned),
            requires_replace=[_attribute_path(path) for path in requires_replace],
            planned_private=request.prior_private,
            legacy_type_system=True,
        )

    def ApplyResourceChange(  # noqa: N802 - the protocol's method name
        self, request: pb.ApplyResourceChange.Request, context: grpc.ServicerContext
    ) -> pb.ApplyResourceChange.Response:
        """Create, update or delete through the resource's Go functions."""
        resource, block_json, prior, planned = self._change(
            request.type_name, request.prior_state, request.planned_state
        )
        operations = _operations(request.type_name)
        problems: tuple[ProviderDiagnostic, ...] = ()
        if planned is None:
            d = ResourceData(resource, block_json, prior=prior, planned=None)
            new_state = None
            try:
                operations.delete(d, self.api)
            except ProviderError as error:
                problems, new_state = error.diagnostics, prior
        elif prior is not None and operations.update is None:
            # helper/schema/resource.go, Resource.Apply: no Update function
            problems = (ProviderDiagnostic("doesn't support update"),)
            new_state = legacy_sdk_blocks(
                normalize_null_values(prior, planned, True, block_type(block_json)), block_json
            )
        else:
            d = ResourceData(resource, block_json, prior=prior, planned=planned)
            operation = operations.create if prior is None else operations.update
            assert operation is not None
            try:
                operation(d, self.api)
            except ProviderError as error:
                problems = error.diagnostics
            new_state = d.new_state(apply=True)
        return pb.ApplyResourceChange.Response(
            new_state=encode_dynamic(new_state),
            diagnostics=[_diagnostic(problem) for problem in problems],
            legacy_type_system=True,
        )

    def ValidateDataResourceConfig(  # noqa: N802 - the protocol's method name
        self, request: pb.ValidateDataResourceConfig.Request, context: grpc.ServicerContext
    ) -> pb.ValidateDataResourceConfig.Response:
        """Check a data source's configuration as ``ValidateDataSourceConfig`` does."""
        data_source = data_sources()[request.type_name]
        config = decode_dynamic(request.config) or {}
        problems = validate_config(legacy_config(config, data_source.schema), data_source.schema)
        return pb.ValidateDataResourceConfig.Response(
            diagnostics=[_diagnostic(problem) for problem in problems]
        )

    def ReadDataSource(  # noqa: N802 - the protocol's method name
        self, request: pb.ReadDataSource.Request, context: grpc.ServicerContext
    ) -> pb.ReadDataSource.Response:
        """``ReadDataSource``: the data source's Go ``Read`` over its configuration.

        As ``grpc_provider.go`` does: defaults fill unset arguments, the Read runs, and what it
        set (``id`` included) is the data source's state.
        """
        data_source = data_sources()[request.type_name]
        block_json: dict[str, Any] = data_source_schemas()[request.type_name]["block"]
        config = decode_dynamic(request.config) or {}
        planned = dict(config)
        for name, field in data_source.schema.items():
            if planned.get(name) is None and field.has_default:
                planned[name] = field.default
        d = ResourceData(data_source, block_json, prior=None, planned=planned)
        read = _data_source_read(request.type_name)
        try:
            read(d, self.api)
        except ProviderError as error:
            return pb.ReadDataSource.Response(
                state=encode_dynamic(None),
                diagnostics=[_diagnostic(problem) for problem in error.diagnostics],
            )
        # grpc_provider.go, ReadDataSource: normalizeNullValues(newState, config, false)
        return pb.ReadDataSource.Response(
            state=encode_dynamic(d.new_state(apply=False)),
            diagnostics=[_warning(problem) for problem in d.warnings],
        )
