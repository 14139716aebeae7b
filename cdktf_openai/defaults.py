"""``Defaults``: organisation-wide defaults for every construct below a scope."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.errors import Problem, ValidationError
from cdktf_openai.tokens import NumberToken, is_unresolved
from cdktf_openai.upgrading import old_keyword_error
from cdktf_openai.validation import Rules, show

__all__ = ["ContextReader", "Defaults", "apply_defaults", "defaults_at"]

#: The construct-context key that holds the effective defaults of a scope.
CONTEXT_KEY = "@cdktf-openai/defaults"

#: The one field whose values are merged (the inner keys win) rather than replaced.
_MERGED = "metadata"


# Set once any Defaults is applied: until then constructs skip the (jsii) context lookup.
_in_use = False

#: How a scope's construct context is read, ``(scope, key) -> value``. The constructs pass
#: one that knows when the context cannot have changed since it was last read
#: (:func:`cdktf_openai.batching.read_context`), which saves a jsii round trip per construct.
ContextReader = Callable[[Construct, str], Any]


def _try_get_context(scope: Construct, key: str) -> Any:
    return scope.node.try_get_context(key)


@dataclass(frozen=True)
class Defaults:
    """Defaults a platform team sets once on a scope (an app, a stack, a construct).

    Every construct of this library created below that scope uses them for the props it
    leaves unset: ``model`` (``Assistant``, ``Response``, and the composites that create
    one), ``temperature`` (``Run``, ``Response`` and the composites' runs and responses),
    ``max_tokens`` (a response's ``max_output_tokens``: runs have no token cap OpenAI
    accepts in provider 1.2.0, so it does not reach them), and
    ``metadata``, which is *merged* into the metadata of every construct that has metadata
    (the construct's own keys win; a response has none). Explicit props always win, and
    validation applies to the result. Defaults applied to an inner scope are merged over the
    outer ones the same way.

    Example::

        Defaults(model="gpt-4o", metadata={"team": "search", "cost_center": "cc-42"},
                 max_tokens=2000).apply_to(stack)

    Attributes:
        model: The model of assistants and responses that do not name one.
        metadata: Pairs merged into every resource's metadata.
        temperature: The temperature of runs and responses that do not set one, 0 to 2.
        max_tokens: The token cap of responses (``max_output_tokens``, the composites'
            responses included) that do not set one, a whole number >= 16 (OpenAI's least
            ``max_output_tokens``). Runs do not take it: OpenAI's run create has no
            ``max_tokens``, and ``openai_run`` cannot send the cap it has
            (``max_completion_tokens``); 0.4 filled a run's ``max_tokens`` with it. Pairs well
            with the ``RequireTokenLimit`` policy.
    """

    # each field is checked with the rule of the props it stands for
    model: str | None = field(default=None, metadata={"rule": limits.MODEL})
    metadata: Mapping[str, str] | None = field(
        default=None, hash=False, metadata={"rule": limits.METADATA}
    )
    temperature: float | None = field(default=None, metadata={"rule": limits.TEMPERATURE})
    max_tokens: int | NumberToken | None = field(
        default=None, metadata={"rule": limits.MAX_OUTPUT_TOKENS}
    )

    if not TYPE_CHECKING:  # mypy reads the fields' __init__; this only catches 0.2's keywords

        def __new__(cls, *args, **kwargs):
            """Refuse a field that 0.3 removed with why, before the dataclass's ``__init__``."""
            for name in kwargs:
                removed = old_keyword_error(cls.__name__, name)
                if removed is not None:
                    raise removed
            return super().__new__(cls)

    def __post_init__(self) -> None:
        """Check the defaults with the same rules as the props they stand for."""
        rules = Rules({f.name: f.metadata["rule"] for f in fields(self)})
        problems, _ = rules.check(self._fields())
        if problems:
            raise ValidationError("Defaults", problems)

    def _fields(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def apply_to(self, scope: Construct) -> None:
        """Make these the defaults of ``scope`` and everything below it.

        Apply them before adding constructs to ``scope`` (construct context can only be set
        on a scope without children).

        Args:
            scope: The app, stack or construct whose constructs get these defaults.

        Raises:
            ValidationError: If ``scope`` already has children.
        """
        global _in_use
        if not isinstance(scope, Construct):
            problem = Problem("scope", "must be a construct (an App, a stack, ...)", show(scope))
            raise ValidationError("Defaults.apply_to", [problem])
        children = scope.node.children  # constructs refuses context once a scope has children
        if children:
            rule = "must be applied before any construct is added to the scope"
            shown = "a scope with " + ", ".join(repr(child.node.id) for child in children)
            raise ValidationError(scope.node.path or "app", [Problem("Defaults", rule, shown)])
        scope.node.set_context(CONTEXT_KEY, Defaults.of(scope)._merged_with(self)._fields())
        _in_use = True

    @staticmethod
    def of(scope: Construct) -> Defaults:
        """The effective defaults at ``scope`` (empty when none were applied above it).

        Args:
            scope: Any construct.
        """
        return defaults_at(scope)

    def _merged_with(self, inner: Defaults) -> Defaults:
        outer_values, inner_values = self._fields(), inner._fields()
        merged = {
            name: inner_values[name] if inner_values[name] is not None else outer
            for name, outer in outer_values.items()
        }
        merged[_MERGED] = dict(outer_values[_MERGED] or {}) | dict(inner_values[_MERGED] or {})
        return Defaults(**{**merged, _MERGED: merged[_MERGED] or None})


def defaults_at(scope: Construct, read_context: ContextReader = _try_get_context) -> Defaults:
    """The effective defaults at ``scope`` (what :meth:`Defaults.of` returns).

    Args:
        scope: Any construct.
        read_context: How to read the scope's construct context.
    """
    if not _in_use:
        return Defaults()
    found = read_context(scope, CONTEXT_KEY)
    return Defaults(**found) if found else Defaults()


def apply_defaults(
    scope: Construct,
    props: dict[str, Any],
    fields: Mapping[str, str],
    read_context: ContextReader = _try_get_context,
) -> tuple[dict[str, Any], list[Problem], dict[str, str]]:
    """``props`` with the scope's defaults filled in, for the props in ``fields`` left unset.

    ``metadata`` is merged (the props' own keys win). Costs nothing until some ``Defaults``
    has been applied.

    Args:
        scope: The scope the construct is created in.
        props: The construct's props.
        fields: Prop name to the ``Defaults`` field that fills it in (e.g. a ``Run`` takes
            ``temperature`` but not ``model``, which belongs to assistants).
        read_context: How to read the scope's construct context.

    Returns:
        The props with defaults filled in; the problems of combining them (a token cannot
        have metadata merged into it); and, for each prop that took something from the
        defaults, a note for error messages (e.g. ``from the scope's Defaults(model=...)``).
    """
    if not _in_use or not fields:
        return props, [], {}
    defaults = defaults_at(scope, read_context)._fields()
    merged = dict(props)
    problems: list[Problem] = []
    notes: dict[str, str] = {}
    for prop, name in fields.items():
        value = defaults[name]
        if value is None:
            continue
        own = props[prop]
        if own is None:
            merged[prop] = dict(value) if name == _MERGED else value
            notes[prop] = f"from the scope's Defaults({name}=...)"
        elif name == _MERGED and is_unresolved(own):
            rule = "must be a dict to merge the scope's Defaults(metadata=...) into"
            problems.append(Problem(prop, rule, show(own)))
        elif name == _MERGED:
            merged[prop] = dict(value) | dict(own)
            notes[prop] = "with the scope's Defaults(metadata=...) merged in"
    return merged, problems, notes
