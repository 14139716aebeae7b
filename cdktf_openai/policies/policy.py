"""``Policy``: a cdktf Aspect that reports rule violations as error annotations."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import jsii
from constructs import IConstruct

from cdktf_openai.core import App, IAspect
from cdktf_openai.errors import ValidationError
from cdktf_openai.notices import warn
from cdktf_openai.tokens import is_unresolved
from cdktf_openai.validation import Rule, Rules, show
from cdktf_openai.workarounds import annotate, annotation_errors

__all__ = ["Policy", "PolicyViolationError", "as_tuple", "check_arguments", "known", "synth"]


class PolicyViolationError(Exception):
    """Synthesis stopped on error annotations (policy violations among them).

    Attributes:
        violations: One line per error: ``[<construct path>] <message>``.
    """

    def __init__(self, violations: list[str]) -> None:
        """Create the error from the annotation lines cdktf reported.

        Args:
            violations: One line per error annotation.
        """
        self.violations = violations
        count = f"{len(violations)} error{'s' if len(violations) != 1 else ''}"
        super().__init__(f"synthesis stopped on {count}:\n" + "\n".join(violations))


def synth(app: App) -> None:
    """``app.synth()``, with error annotations raised as a ``PolicyViolationError``.

    cdktf reports error annotations by failing inside jsii; this re-raises them as one short
    Python exception that lists every violation, without the jsii traceback.

    Args:
        app: The app to synthesize.

    Raises:
        PolicyViolationError: When any construct has an error annotation.
    """
    try:
        app.synth()
    except RuntimeError as error:
        violations = annotation_errors(error)
        if violations is None:
            raise
        raise PolicyViolationError(violations) from None


@jsii.implements(IAspect)
class Policy(ABC):
    """Base of the policies: visit every construct, report each violation as an error.

    Add a policy with ``Aspects.of(scope).add(policy)``, where ``scope`` is the ``App`` (every
    stack, including stacks created later), a stack, or any construct. At synthesis every
    construct below ``scope`` is visited; each violation becomes an error annotation on the
    offending construct (cdktf shows it as ``[<path>] [policy:<Name>] <field> <rule>, got
    <value>``), and synthesis fails listing every violation of every policy at once (``synth``
    turns that failure into a short ``PolicyViolationError``).

    cdktf itself runs aspects only from each *stack* down and ignores those added to the
    ``App``; this library makes App-level policies reach every stack that holds one of its
    constructs (an ``OpenAIProvider`` counts), see :mod:`cdktf_openai.policies.inheritance`.
    Policies see the generated resources, so they apply to the L2 constructs and to generated
    (L1) resources used directly alike. Token values are only known to Terraform and are not
    checked.
    """

    @property
    def name(self) -> str:
        """The policy's name in its messages (the class name)."""
        return type(self).__name__

    @abstractmethod
    def violations(self, node: IConstruct) -> Iterator[tuple[str, str, Any]]:
        """Yield ``(field, rule, value)`` for each violation of ``node`` (most nodes: none).

        Args:
            node: A construct of the tree (any kind: check its type first).
        """

    def remarks(self, node: IConstruct) -> Iterator[str]:
        """Yield a warning for each thing of ``node`` this policy cannot judge (default: none).

        A policy must not pass silently where it cannot look (e.g. metadata on a resource that
        has none): it says so, as a warning, instead.

        Args:
            node: A construct of the tree (any kind: check its type first).
        """
        return iter(())

    def visit(self, node: IConstruct) -> None:
        """Called by cdktf for every construct; annotates violations as errors.

        Args:
            node: The construct visited.
        """
        for field, rule, value in self.violations(node):
            annotate(node, "error", f"[policy:{self.name}] {field} {rule}, got {show(value)}")
        for remark in self.remarks(node):
            warn(node, f"[policy:{self.name}] {remark}")


def check_arguments(
    policy: str,
    arguments: Mapping[str, tuple[Rule, Any]],
    optional: frozenset[str] = frozenset(),
) -> None:
    """Check a policy's constructor arguments with the library's rules.

    Args:
        policy: The policy's class name (where the error says the problem is).
        arguments: Argument name to (its rule, its value).
        optional: The arguments that may be ``None``; every other one is required.

    Raises:
        ValidationError: Every problem at once, e.g. ``MaxTemperature: maximum must be a number
            between 0 and 2, got 3``.
    """
    rules = Rules(
        {name: rule for name, (rule, _) in arguments.items()},
        required=frozenset(arguments) - optional,
    )
    problems, _ = rules.check({name: value for name, (_, value) in arguments.items()})
    if problems:
        raise ValidationError(policy, problems)


def as_tuple(values: Any) -> Any:
    """``values`` as a tuple when it is a collection; a string or a scalar as it is.

    A policy takes its lists as any iterable; a lone string is iterable too, and would be read
    as its characters, so it is kept whole for the rule to reject.
    """
    if isinstance(values, str | bytes | Mapping) or not isinstance(values, Iterable):
        return values
    return tuple(values)


def known(value: Any) -> bool:
    """True when a value is set and not a token (so a policy can judge it)."""
    return value is not None and not is_unresolved(value)
