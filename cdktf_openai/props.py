"""Each construct declares its props once: rule, default source, and how each reaches the L1.

A construct has three places that name a prop, all in its own module: the keyword-only
signature of ``__init__`` (name and type, for IDEs and mypy), its docstring (what users read),
and one ``Prop`` in its ``Props`` table (everything else). From the table the base class
derives the checks (:class:`~cdktf_openai.validation.Rules`), which ``Defaults`` fields apply,
the generated config struct's arguments, and which zero values to warn about. A test keeps
the three places in step (every declared prop is in the signature and the docstring, and back).

Example::

    _PROPS = Props(
        _run.RunConfig,
        thread=Prop(THREAD, required=True, to="thread_id", render=id_of),
        temperature=Prop(limits.TEMPERATURE, default="temperature", zero_not_sent=True),
    )
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from cdktf_openai.validation import Rule, Rules

__all__ = ["Prop", "Props"]


@dataclass(frozen=True)
class Prop:
    """One prop of a construct.

    Attributes:
        rule: The check its value must pass (see :mod:`cdktf_openai.limits`).
        required: Whether it may be ``None`` (after ``Defaults`` are filled in).
        default: The ``Defaults`` field that fills it in when it is unset, if any.
        to: The generated config struct's argument it becomes, when the name differs.
        render: Turns the checked value into what the generated struct takes (never called
            with ``None``); unset, the value is passed as it is.
        zero_not_sent: The provider reads it with the SDK's ``GetOk``, which treats 0 as unset:
            a value of exactly 0 gets a warning, since it is never sent.
    """

    rule: Rule
    required: bool = False
    default: str | None = None
    to: str | None = None
    render: Callable[[Any], Any] | None = None
    zero_not_sent: bool = False


class Props:
    """The props of one construct, in signature order, and the generated struct they fill.

    Args:
        config: The generated ``...Config`` struct class of the construct's resource.
        props: Every prop, by its Python name (the keyword of ``__init__``).

    Attributes:
        config: The generated config struct class.
        props: Prop name to its declaration.
        rules: The checks, derived from the declarations.
    """

    def __init__(self, config: type, **props: Prop) -> None:
        """Declare the props (see the class docstring)."""
        self.config = config
        self.props: Mapping[str, Prop] = props
        self.rules = Rules(
            {name: prop.rule for name, prop in props.items()},
            required=frozenset(name for name, prop in props.items() if prop.required),
        )

    @property
    def defaults(self) -> dict[str, str]:
        """Prop name to the ``Defaults`` field that fills it in."""
        return {name: prop.default for name, prop in self.props.items() if prop.default}

    @property
    def zero_not_sent(self) -> tuple[str, ...]:
        """The props whose 0 the provider never sends."""
        return tuple(name for name, prop in self.props.items() if prop.zero_not_sent)

    def values_of(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """The declared props' values out of a constructor's arguments (``locals()``).

        Args:
            arguments: At least every declared prop, by name.
        """
        return {name: arguments[name] for name in self.props}

    def config_arguments(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The generated struct's arguments for checked prop values (``None`` stays ``None``).

        Args:
            values: Every declared prop's checked value (defaults filled in).
        """
        arguments = {}
        for name, prop in self.props.items():
            value = values[name]
            if value is not None and prop.render is not None:
                value = prop.render(value)
            arguments[prop.to or name] = value
        return arguments
