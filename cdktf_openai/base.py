"""``OpenAIResource``: what every construct of this library shares.

Each L2 construct *is* its generated L1 class (a subclass), not a wrapper around it: in Python
every construct is a jsii object, and a wrapper would double the cost of each resource (see the
README's design notes). The construct checks its props in plain Python, then calls the
generated constructor exactly once with every prop mapped. This mixin supplies the parts they
share: building from the declared props (:mod:`cdktf_openai.props`), organisation
``Defaults``, the escape hatch, the error with the construct path, and Terraform-side checks
for props whose value is a token.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar, Self

import jsii
from cdktf import Annotations, Precondition, TerraformResourceLifecycle, Token
from constructs import Construct

from cdktf_openai.defaults import apply_defaults
from cdktf_openai.errors import Problem, ValidationError
from cdktf_openai.props import Props
from cdktf_openai.stacks import stack_of
from cdktf_openai.structs import struct
from cdktf_openai.validation import TokenCheck, show

__all__ = [
    "OpenAIResource",
    "construct_path",
    "duplicate_id_as_validation_error",
    "scope_problems",
]

#: Prefix of the ids of the warnings this library adds.
WARNING_PREFIX = "@cdktf-openai"


def construct_path(scope: Construct, id: str) -> str:
    """The path the construct ``id`` will have under ``scope`` (one jsii call: errors only)."""
    parent = scope.node.path if isinstance(scope, Construct) else "<not a construct>"
    return f"{parent}/{id}" if parent else str(id)


def scope_problems(scope: Any, id: Any) -> list[Problem]:
    """Problems of a construct's ``scope`` and ``id`` themselves (checked in Python)."""
    problems = []
    if not isinstance(scope, Construct):
        problems.append(
            Problem(
                "scope", "must be a construct (an App, a stack, or a construct in one)", show(scope)
            )
        )
    if not isinstance(id, str) or not id:
        problems.append(Problem("id", "must be a non-empty string", show(id)))
    return problems


@contextmanager
def duplicate_id_as_validation_error(scope: Construct, id: str) -> Iterator[None]:
    """Turn jsii's "already a Construct with name" error into a ``ValidationError``.

    Checking first would cost a jsii round trip per construct; catching costs nothing.
    """
    try:
        yield
    except RuntimeError as error:
        if "There is already a Construct with name" not in str(error):
            raise
        problem = Problem("id", "must be unique among the scope's children", repr(id))
        raise ValidationError(construct_path(scope, id), [problem]) from None


class OpenAIResource:
    """Mixin of every L2 construct (which is also its generated L1 class).

    A construct declares its props in ``_PROPS`` (see :mod:`cdktf_openai.props`) and its
    ``__init__`` calls ``self._build(scope, id, locals())``: the props are filled in from the
    scope's ``Defaults``, checked (every problem at once), turned into the generated config
    struct and the jsii object is created, once.
    """

    #: The construct's props (set by every construct).
    _PROPS: ClassVar[Props]

    @property
    def resource(self) -> Self:
        """The underlying generated L1 resource: the escape hatch.

        The construct *is* its L1 resource, so this is the construct itself, typed as such:
        use it for ``add_override``, ``lifecycle`` changes and anything this library does not
        model.
        """
        return self

    def _build(
        self,
        scope: Construct,
        id: str,
        arguments: Mapping[str, Any],
        extra_problems: Sequence[Problem] = (),
        **config: Any,
    ) -> dict[str, Any]:
        """Check the props and create the resource: what every ``__init__`` does.

        Args:
            scope: The construct's scope (its path is only computed for an error).
            id: The construct's id.
            arguments: The constructor's arguments (``locals()``): every declared prop, and
                ``depends_on`` / ``provider`` when the construct takes them.
            extra_problems: Problems the construct found itself (combinations of props).
            config: Further arguments of the generated struct that are not props.

        Returns:
            The props with defaults filled in, checked.

        Raises:
            ValidationError: Every problem at once, with the construct path.
        """
        props = self._PROPS
        values, lifecycle = self._checked(scope, id, props.values_of(arguments), extra_problems)
        config.update(props.config_arguments(values))
        for meta in ("depends_on", "provider"):
            if meta in arguments:
                config[meta] = arguments[meta]
        if lifecycle is not None:
            config["lifecycle"] = lifecycle
        self._create(scope, id, props.config, **config)
        self._warn_unsent_zeros({name: values[name] for name in props.zero_not_sent})
        return values

    def _checked(
        self,
        scope: Construct,
        id: str,
        props: Mapping[str, Any],
        extra_problems: Sequence[Problem] = (),
    ) -> tuple[dict[str, Any], TerraformResourceLifecycle | None]:
        """Fill in the scope's ``Defaults``, check the result; raise on problems.

        Args:
            scope: The construct's scope (its path is only computed for an error).
            id: The construct's id.
            props: Prop name to value, in the order of the signature.
            extra_problems: Problems the construct found itself (combinations of props).

        Returns:
            The props with defaults filled in, and a lifecycle with one precondition per
            token-valued prop that has a numeric rule (or None when there is none).

        Raises:
            ValidationError: Listing every problem, with the construct path.
        """
        invalid_scope = scope_problems(scope, id)
        if invalid_scope:
            raise ValidationError(construct_path(scope, id), invalid_scope)
        stack_of(scope, id)
        props = apply_defaults(scope, dict(props), self._PROPS.defaults)
        problems, deferred = self._PROPS.rules.check(props)
        problems.extend(extra_problems)
        if problems:
            raise ValidationError(construct_path(scope, id), problems)
        if not deferred:
            return props, None
        return props, _preconditions(construct_path(scope, id), deferred)

    def _create(self, scope: Construct, id: str, config_class: type, **config: Any) -> None:
        """Create the jsii object: what the generated constructor does, minus its type checks.

        Args:
            scope: The construct's scope.
            id: The construct's id.
            config_class: The generated ``...Config`` struct of the resource.
            config: The resource's arguments (the props, checked), by Python name.

        Raises:
            ValidationError: When ``scope`` already has a child named ``id``.
        """
        with duplicate_id_as_validation_error(scope, id):
            jsii.create(type(self), self, [scope, id, struct(config_class, **config)])

    def _warn(self, code: str, message: str) -> None:
        """Add a cdktf warning annotation ``[@cdktf-openai:<code>] <message>``."""
        Annotations.of(self).add_warning(f"[{WARNING_PREFIX}:{code}] {message}")  # type: ignore[arg-type]

    def _warn_unsent_zeros(self, values: Mapping[str, Any]) -> None:
        """Warn about each prop that is exactly 0, which provider 1.2.0 never sends.

        The provider reads these with the SDK's ``GetOk``, which treats a zero value as unset,
        so the API's own default applies instead of the 0 the user wrote.

        Args:
            values: Prop name to value, for the props the provider reads with ``GetOk``.
        """
        for field, value in values.items():
            if value is not None and not isinstance(value, bool) and value == 0:
                self._warn(
                    "zeroNotSent",
                    f"{field} is 0, which provider 1.2.0 never sends (it treats 0 as unset), "
                    f"so the API's default applies instead; use a small value such as 0.01.",
                )


def _preconditions(where: str, checks: Sequence[TokenCheck]) -> TerraformResourceLifecycle:
    """One lifecycle precondition per token prop, failing ``terraform plan`` with our message."""
    return TerraformResourceLifecycle(
        precondition=[
            Precondition(
                condition=check.rule.terraform_condition(check.value),
                error_message=(
                    f"{where}: {check.field} {check.rule.text}, got {Token.as_string(check.value)}"
                ),
            )
            for check in checks
        ]
    )
