"""The provider double: ``tf``'s provider service, serving the project's schema JSON.

``tf.provider.ProviderServicer`` answers the protocol's bookkeeping calls (metadata, schema
assembly, provider configuration, stop). :class:`DoubleServicer` replaces the calls where
``tf`` 1.2.0 cannot carry this provider (LIST blocks, object types, refined unknowns, replacement
of blocks) with the double's own validation (:mod:`.checks`) and lifecycle (:mod:`.lifecycle`).

The provider's configuration (and any ``OPENAI_*`` variable) is accepted and never read, logged
or stored: the double needs no key.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import cache
from typing import Any

import grpc
from tf.gen import tfplugin_pb2 as pb
from tf.iface import Provider, Resource
from tf.provider import ProviderServicer
from tf.schema import Schema
from tf.utils import Diagnostics

from cdktf_openai.offline import checks, lifecycle
from cdktf_openai.offline.protocol import decode_dynamic, encode_dynamic, schema_from_json
from cdktf_openai.offline.state import ObjectStore
from cdktf_openai.schema import PROVIDER_FQN, provider_schema

#: The prefix of every resource type of the provider.
MODEL_PREFIX = "openai_"


def resource_schemas() -> dict[str, Any]:
    """Return the JSON schema of every resource, keyed by type name (``openai_run``, ...)."""
    schemas: dict[str, Any] = provider_schema()["resource_schemas"]
    return schemas


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
        return schema_from_json(provider_schema()["provider"])

    def validate_config(self, diags: Diagnostics, config: Any) -> None:
        """Accept any provider configuration the schema allows."""

    def configure_provider(self, diags: Diagnostics, config: Any) -> None:
        """Accept the configuration; the double keeps none of it (keys included)."""

    def get_data_sources(self) -> list[Any]:
        """Return no data sources: the project's schema has none."""
        return []

    def get_resources(self) -> list[type[Resource]]:
        """Return one resource class per resource type of the schema."""
        return [_resource_class(name) for name in sorted(resource_schemas())]


def _attribute_names(type_name: str, wanted: Callable[[dict[str, Any]], bool]) -> frozenset[str]:
    attributes = resource_schemas()[type_name]["block"]["attributes"]
    return frozenset(name for name, spec in attributes.items() if wanted(spec))


def _computed_names(type_name: str) -> frozenset[str]:
    return _attribute_names(type_name, lambda spec: bool(spec.get("computed")))


def _number_names(type_name: str) -> frozenset[str]:
    return _attribute_names(type_name, lambda spec: spec["type"] == "number")


def _attribute_path(path: Sequence[checks.PathStep]) -> pb.AttributePath:
    return pb.AttributePath(
        steps=[
            pb.AttributePath.Step(element_key_int=step)
            if isinstance(step, int)
            else pb.AttributePath.Step(attribute_name=step)
            for step in path
        ]
    )


def _diagnostic(problem: checks.Problem) -> pb.Diagnostic:
    return pb.Diagnostic(
        severity=pb.Diagnostic.ERROR,
        summary=problem.message,
        attribute=_attribute_path(problem.path),
    )


def _error(summary: str, detail: str) -> pb.Diagnostic:
    return pb.Diagnostic(severity=pb.Diagnostic.ERROR, summary=summary, detail=detail)


class DoubleServicer(ProviderServicer):  # type: ignore[misc]  # tf ships no type information
    """The gRPC service Terraform talks to.

    Args:
        objects: Where created objects go; by default the store of the folder Terraform runs in.
    """

    def __init__(self, objects: lifecycle.Objects | None = None) -> None:
        """Serve the double, keeping objects in ``objects``."""
        super().__init__(OpenAIProviderDouble())
        self.objects = objects or lifecycle.Objects(ObjectStore.for_working_directory())

    def ValidateResourceConfig(  # noqa: N802 - the protocol's method name
        self, request: pb.ValidateResourceConfig.Request, context: grpc.ServicerContext
    ) -> pb.ValidateResourceConfig.Response:
        """Run the provider's plan-time checks on a resource's configuration."""
        config = decode_dynamic(request.config) or {}
        block = resource_schemas()[request.type_name]["block"]
        problems = checks.validate(request.type_name, config, block)
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
        attributes = resource_schemas()[request.type_name]["block"]
        known = set(attributes.get("attributes", {})) | set(attributes.get("block_types", {}))
        return pb.UpgradeResourceState.Response(
            upgraded_state=encode_dynamic({k: v for k, v in state.items() if k in known})
        )

    def ReadResource(  # noqa: N802 - the protocol's method name
        self, request: pb.ReadResource.Request, context: grpc.ServicerContext
    ) -> pb.ReadResource.Response:
        """Return the object as created, or null if it was deleted in the meantime."""
        current = decode_dynamic(request.current_state)
        kind = lifecycle.KINDS[request.type_name]
        new_state = None if current is None else lifecycle.read(kind, self.objects, current)
        return pb.ReadResource.Response(
            new_state=encode_dynamic(new_state), private=request.private
        )

    def PlanResourceChange(  # noqa: N802 - the protocol's method name
        self, request: pb.PlanResourceChange.Request, context: grpc.ServicerContext
    ) -> pb.PlanResourceChange.Response:
        """Plan a create, an in-place update, a replacement or a destroy."""
        prior = decode_dynamic(request.prior_state)
        proposed = decode_dynamic(request.proposed_new_state)
        kind = lifecycle.KINDS[request.type_name]
        requires_replace: list[str] = []
        if proposed is None:
            planned = None
        elif prior is None:
            planned = lifecycle.plan_create(proposed, _computed_names(request.type_name))
        else:
            planned, requires_replace = lifecycle.plan_update(
                kind, prior, proposed, _number_names(request.type_name)
            )
        return pb.PlanResourceChange.Response(
            planned_state=encode_dynamic(planned),
            requires_replace=[_attribute_path([name]) for name in requires_replace],
            planned_private=request.prior_private,
        )

    def ApplyResourceChange(  # noqa: N802 - the protocol's method name
        self, request: pb.ApplyResourceChange.Request, context: grpc.ServicerContext
    ) -> pb.ApplyResourceChange.Response:
        """Create, update or delete the object as planned."""
        prior = decode_dynamic(request.prior_state)
        planned = decode_dynamic(request.planned_state)
        kind = lifecycle.KINDS[request.type_name]
        try:
            if planned is None:
                lifecycle.apply_delete(kind, self.objects, prior)
                new_state = None
            elif prior is None:
                new_state = lifecycle.apply_create(kind, self.objects, planned)
            else:
                new_state = lifecycle.apply_update(kind, self.objects, prior, planned)
        except lifecycle.ApplyError as error:
            return pb.ApplyResourceChange.Response(
                new_state=encode_dynamic(prior), diagnostics=[_error(error.summary, error.detail)]
            )
        return pb.ApplyResourceChange.Response(new_state=encode_dynamic(new_state))
