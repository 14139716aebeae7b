"""``Defaults``: organisation-wide defaults for every construct below a scope."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.errors import Problem, ValidationError
from cdktf_openai.tokens import NumberToken
from cdktf_openai.validation import Rules

__all__ = ["Defaults", "apply_defaults"]

#: The construct-context key that holds the effective defaults of a scope.
CONTEXT_KEY = "@cdktf-openai/defaults"

_RULES = Rules(
    {
        "model": limits.MODEL,
        "metadata": limits.METADATA,
        "temperature": limits.TEMPERATURE,
        "max_tokens": limits.MAX_TOKENS,
    }
)

# Set once any Defaults is applied: until then constructs skip the (jsii) context lookup.
_in_use = False


@dataclass(frozen=True)
class Defaults:
    """Defaults a platform team sets once on a scope (an app, a stack, a construct).

    Every construct of this library created below that scope uses them for the props it
    leaves unset: ``model`` (``Assistant``, and the composites that create one),
    ``temperature`` and ``max_tokens`` (``Run`` and every composite's run), and
    ``metadata``, which is *merged* into the metadata of every construct that has metadata
    (the construct's own keys win). Explicit props always win, and validation applies to the
    result. Defaults applied to an inner scope are merged over the outer ones the same way.

    Example::

        Defaults(model="gpt-4o", metadata={"team": "search", "cost_center": "cc-42"},
                 max_tokens=2000).apply_to(stack)

    Attributes:
        model: The model of assistants that do not name one.
        metadata: Pairs merged into every resource's metadata.
        temperature: The temperature of runs that do not set one, 0 to 2.
        max_tokens: The token cap of runs that do not set one, a whole number >= 1 (pairs
            well with the ``RequireTokenLimit`` policy).
    """

    model: str | None = None
    metadata: Mapping[str, str] | None = field(default=None, hash=False)
    temperature: float | None = None
    max_tokens: int | NumberToken | None = None

    def __post_init__(self) -> None:
        """Check the defaults with the same rules as the props they stand for."""
        problems, _ = _RULES.check(self._fields())
        if problems:
            raise ValidationError("Defaults", problems)

    def _fields(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "metadata": self.metadata,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }

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
        merged = Defaults.of(scope)._merged_with(self)
        try:
            scope.node.set_context(CONTEXT_KEY, merged._fields())
        except RuntimeError as error:
            raise ValidationError(
                scope.node.path or "app",
                [
                    Problem(
                        "Defaults",
                        "must be applied before any construct is added to the scope",
                        str(error).split(": ", 1)[-1],
                    )
                ],
            ) from None
        _in_use = True

    @staticmethod
    def of(scope: Construct) -> Defaults:
        """The effective defaults at ``scope`` (empty when none were applied above it).

        Args:
            scope: Any construct.
        """
        if not _in_use:
            return Defaults()
        found = scope.node.try_get_context(CONTEXT_KEY)
        if not found:
            return Defaults()
        return Defaults(**found)

    def _merged_with(self, inner: Defaults) -> Defaults:
        metadata = dict(self.metadata or {}) | dict(inner.metadata or {})
        return Defaults(
            model=inner.model if inner.model is not None else self.model,
            metadata=metadata or None,
            temperature=inner.temperature if inner.temperature is not None else self.temperature,
            max_tokens=inner.max_tokens if inner.max_tokens is not None else self.max_tokens,
        )


def apply_defaults(
    scope: Construct, props: dict[str, Any], fields: Mapping[str, str]
) -> dict[str, Any]:
    """``props`` with the scope's defaults filled in, for the props in ``fields`` left unset.

    ``metadata`` is merged (the props' own keys win). Costs nothing until some ``Defaults``
    has been applied.

    Args:
        scope: The scope the construct is created in.
        props: The construct's props.
        fields: Prop name to the ``Defaults`` field that fills it in (e.g. a ``Run`` takes
            ``temperature`` but not ``model``, which belongs to assistants).
    """
    if not _in_use or not fields:
        return props
    defaults = Defaults.of(scope)._fields()
    merged = dict(props)
    for prop, name in fields.items():
        value = defaults[name]
        if value is None:
            continue
        own = props[prop]
        if name == "metadata":
            merged[prop] = (
                dict(value) | dict(own)
                if isinstance(own, Mapping)
                else (own if own is not None else dict(value))
            )
        elif own is None:
            merged[prop] = value
    return merged
