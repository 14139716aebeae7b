"""``OpenAIResource``: what every construct of this library shares.

Each L2 construct *is* its generated L1 class (a subclass), not a wrapper around it: in Python
every construct is a jsii object, and a wrapper would double the cost of each resource (see
docs/contributing.md). The construct checks its props in plain Python, then calls the
generated constructor exactly once with every prop mapped. This mixin supplies the parts they
share: building from the declared props (:mod:`cdktf_openai.props`), organisation
``Defaults``, the escape hatch, the error with the construct path, and Terraform-side checks
for props whose value is a token.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, ClassVar, Self

from constructs import Construct

from cdktf_openai.batching import create as create_in_batch
from cdktf_openai.batching import read_context
from cdktf_openai.core import Precondition, TerraformResourceLifecycle, Token
from cdktf_openai.cross_stack import foreign_problems, replace_trigger
from cdktf_openai.defaults import apply_defaults
from cdktf_openai.errors import Problem, ValidationError
from cdktf_openai.guard import COMPANION_ID, COMPANION_TYPE, add_companion
from cdktf_openai.keywords import spread_keywords
from cdktf_openai.lifecycle import instance_key, merged_lifecycle
from cdktf_openai.literal import literal_text
from cdktf_openai.notices import warn
from cdktf_openai.props import Props
from cdktf_openai.stacks import known_stack, name_problem, place_of, remember
from cdktf_openai.validation import TokenCheck, show
from cdktf_openai.workarounds import is_duplicate_id_error, python_only, struct

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
        if not is_duplicate_id_error(error):
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
    #: Whether the construct is a resource with a Terraform name (a provider is not).
    _NAMED: ClassVar[bool] = True

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
        extra_problems: Callable[[], Iterable[Problem]] = lambda: (),
        **config: Any,
    ) -> dict[str, Any]:
        """Check the props and create the resource: what every ``__init__`` does.

        Args:
            scope: The construct's scope (its path is only computed for an error).
            id: The construct's id.
            arguments: The constructor's arguments (``locals()``): every declared prop, the
                Terraform meta-arguments under ``options`` (see :mod:`cdktf_openai.keywords`).
            extra_problems: Finds the problems the construct checks itself (combinations of
                props); called once the scope and id are known to be valid.
            config: Further arguments of the generated struct that are not props.

        Returns:
            The props with defaults filled in, checked.

        Raises:
            ValidationError: Every problem at once, with the construct path.
        """
        props = self._PROPS
        arguments = spread_keywords(arguments)
        values, deferred = self._checked(scope, id, props.values_of(arguments), extra_problems)
        config.update(props.config_arguments(values))
        ours = config.pop("lifecycle", {})  # the library's entries, kept by a later .lifecycle
        if deferred:
            ours["precondition"] = _preconditions(construct_path(scope, id), deferred)
        guarded = {n: values[n] for n in props.replaced_on_change if values[n] not in (None, ())}
        repeat = {name: values.get(name) for name in ("count", "for_each")}
        place = place_of(scope, id)  # known since _checked
        if guarded:  # see guard.py: the companion's address, known before it exists
            name = place.child_name(id, COMPANION_ID)
            address = f"{COMPANION_TYPE}.{name}{instance_key(**repeat)}"
            ours["replace_triggered_by"] = [*(ours.get("replace_triggered_by") or []), address]
        self._own_lifecycle = {name: value for name, value in ours.items() if value}
        follow = functools.partial(replace_trigger, place.stack)
        lifecycle = merged_lifecycle(self._own_lifecycle, values.get("lifecycle"), follow)
        if lifecycle:
            # built as the config struct is, without the generated type checks (our values)
            config["lifecycle"] = struct(TerraformResourceLifecycle, **lifecycle)
        self._create(scope, id, props.config, **config)
        # created: its stack (see cross_stack.py) and Terraform name (taken from now on) are
        # remembered, and the address cdktf gives it is known without asking jsii
        named = (_resource_type(type(self)), place.name_of(id)) if self._NAMED else None
        remember(self, scope, id, named)  # type: ignore[arg-type]
        if named:
            self._terraform_address: str | None = ".".join(named)
        if guarded:
            add_companion(self, guarded, **repeat)  # type: ignore[arg-type]
        self._warn_unsent_zeros({name: values[name] for name in props.zero_not_sent})
        for warning in props.warnings:
            if warning.applies(values):
                self._warn(warning.code, warning.message)
        return values

    def __setattr__(self, name: str, value: Any) -> None:
        """Set an attribute; a new ``lifecycle`` keeps the library's own entries.

        ``resource.lifecycle = TerraformResourceLifecycle(...)`` is merged with what the
        library wrote (see :mod:`cdktf_openai.lifecycle`) instead of replacing it. ``count``
        and ``for_each`` of a resource with a guard companion (:mod:`cdktf_openai.guard`)
        must be given to the constructor, which gives the companion the same.

        Raises:
            ValidationError: When setting ``count`` or ``for_each`` of a guarded resource.
        """
        own = self.__dict__.get("_own_lifecycle")
        if own is not None and name == "lifecycle":
            stack = known_stack(self)  # type: ignore[arg-type]
            follow = functools.partial(replace_trigger, stack) if stack else lambda r: r
            merged = merged_lifecycle(own, value, follow)
            value = struct(TerraformResourceLifecycle, **merged) if merged else None
        elif name in ("count", "for_each") and own and _has_companion(own):
            rule = "must be given to the constructor (its guard companion repeats the same way)"
            problem = Problem(name, rule, show(value))
            raise ValidationError(self.node.path, [problem])  # type: ignore[attr-defined]
        super().__setattr__(name, value)

    @python_only  # not a jsii override: see workarounds.python_only
    def override_logical_id(self, new_logical_id: str) -> None:
        """Give the resource another Terraform name (cdktf's ``override_logical_id``).

        Args:
            new_logical_id: The name to use in the Terraform JSON.

        Raises:
            ValidationError: When another resource already names this one by its address
                (e.g. a composite's run, in ``replace_triggered_by``): as cdktf does once a
                resource's ``fqn`` was read, the name may not change afterwards.
        """
        if getattr(self, "_terraform_address_used", False):
            problem = Problem(
                "override_logical_id",
                "must come before another resource names this one by its address (e.g. in "
                "a composite run's replace_triggered_by)",
                repr(new_logical_id),
            )
            raise ValidationError(self.node.path, [problem])  # type: ignore[attr-defined]
        super().override_logical_id(new_logical_id)  # type: ignore[misc]
        self._terraform_address = f"{_resource_type(type(self))}.{new_logical_id}"

    @python_only
    def reset_override_logical_id(self) -> None:
        """Go back to the Terraform name cdktf derives from the construct path."""
        super().reset_override_logical_id()  # type: ignore[misc]
        self._terraform_address = None  # asked from jsii when needed

    def _checked(
        self,
        scope: Construct,
        id: str,
        props: Mapping[str, Any],
        extra_problems: Callable[[], Iterable[Problem]],
    ) -> tuple[dict[str, Any], list[TokenCheck]]:
        """Fill in the scope's ``Defaults``, check the result; raise on problems.

        Args:
            scope: The construct's scope (its path is only computed for an error).
            id: The construct's id.
            props: Prop name to value, in the order of the signature.
            extra_problems: Finds the problems the construct checks itself.

        Returns:
            The props with defaults filled in, and the token-valued props that Terraform
            checks at plan time instead (they become lifecycle preconditions).

        Raises:
            ValidationError: Listing every problem, with the construct path.

        A check only: nothing is reserved or created here (the Terraform name is taken once
        the construct exists), so after a ``ValidationError`` the id and its name are free.
        """
        invalid_scope = scope_problems(scope, id)
        if invalid_scope:
            raise ValidationError(construct_path(scope, id), invalid_scope)
        defaults = self._PROPS.defaults
        props, problems, notes = apply_defaults(scope, dict(props), defaults, read_context)
        place = place_of(scope, id)
        if self._NAMED:
            resource_type = _resource_type(type(self))
            taken = name_problem(place, id, resource_type, place.name_of(id))
            if taken:
                problems.insert(0, taken)
        props = self._PROPS.rules.typed(props)
        found, deferred = self._PROPS.rules.check(props)
        problems.extend(found)
        if props.get("count") is not None and props.get("for_each") is not None:
            rule = "must not be set together with for_each (Terraform takes one of them)"
            problems.append(Problem("count", rule, show(props["count"])))
        problems.extend(foreign_problems(place.stack, props))  # other stacks
        problems.extend(extra_problems())
        if problems:
            raise ValidationError(construct_path(scope, id), _noted(problems, notes))
        return props, deferred

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
            create_in_batch(self, scope, id, struct(config_class, **config))

    def _warn(self, code: str, message: str) -> None:
        """Add a cdktf warning annotation ``[@cdktf-openai:<code>] <message>``."""
        warn(self, f"[{WARNING_PREFIX}:{code}] {message}")  # type: ignore[arg-type]

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


_resource_types: dict[type, str] = {}


def _resource_type(construct: type) -> str:
    """The construct's Terraform type (``TF_RESOURCE_TYPE`` is a jsii call: read it once)."""
    if construct not in _resource_types:
        _resource_types[construct] = construct.TF_RESOURCE_TYPE  # type: ignore[attr-defined]
    return _resource_types[construct]


def _has_companion(lifecycle: Mapping[str, Any]) -> bool:
    """Whether the library's lifecycle entries name a guard companion."""
    triggers = lifecycle.get("replace_triggered_by") or ()
    return any(isinstance(t, str) and t.startswith(f"{COMPANION_TYPE}.") for t in triggers)


def _noted(problems: Sequence[Problem], notes: Mapping[str, str]) -> list[Problem]:
    """Problems of props that came (in part) from ``Defaults``, saying so after the value."""
    noted = []
    for problem in problems:
        prop = problem.field.split("[", 1)[0].split(" ", 1)[0]
        if prop in notes:
            problem = Problem(problem.field, problem.rule, f"{problem.shown} ({notes[prop]})")
        noted.append(problem)
    return noted


def _preconditions(where: str, checks: Sequence[TokenCheck]) -> list[Precondition]:
    """One lifecycle precondition per token prop, failing ``terraform plan`` with our message."""
    return [
        struct(
            Precondition,
            condition=check.rule.terraform_condition(check.value),
            error_message=literal_text(
                f"{where}: {check.field} {check.rule.text}, got {Token.as_string(check.value)}"
            ),
        )
        for check in checks
    ]
