"""Each construct declares its props once: rule, default source, and how each reaches the L1.

A construct has three places that name a prop, all in its own module: the keyword-only
signature of ``__init__`` (name and type, for IDEs and mypy), its docstring (what users read),
and one ``Prop`` in its ``Props`` table (everything else). From the table the base class
derives the checks (:class:`~cdktf_openai.validation.Rules`), which ``Defaults`` fields apply,
the generated config struct's arguments, and which zero values to warn about. A test keeps
the three places in step (every declared prop is in the signature and the docstring, and back).
Props every resource shares are declared here once: Terraform's meta-arguments ``depends_on``,
``provider``, ``lifecycle``, ``count`` and ``for_each``, which ``Props`` adds after a
construct's own (the signature takes them as ``**options: Unpack[ResourceOptions]``,
:mod:`cdktf_openai.keywords`), and the ``metadata`` of an OpenAI object (:data:`METADATA`).

Example::

    _PROPS = Props(
        _run.RunConfig,
        thread=Prop(THREAD, required=True, to="thread_id", render=id_reference),
        temperature=Prop(limits.TEMPERATURE, default="temperature", zero_not_sent=True),
    )
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from cdktf_openai import limits
from cdktf_openai.literal import literal
from cdktf_openai.validation import NotAccepted, Rule, Rules, sorted_metadata

__all__ = [
    "COUNT",
    "DEPENDS_ON",
    "FOR_EACH",
    "LIFECYCLE",
    "METADATA",
    "META_ARGUMENTS",
    "PROVIDER",
    "TEMPERATURE_AND_TOP_P",
    "Prop",
    "Props",
    "Warning",
]


@dataclass(frozen=True)
class Prop:
    """One prop of a construct.

    Attributes:
        rule: The check its value must pass (see :mod:`cdktf_openai.limits`).
        required: Whether it may be ``None`` (after ``Defaults`` are filled in).
        default: The ``Defaults`` field that fills it in when it is unset, if any.
        to: The generated config struct's argument it becomes, when the name differs;
            ``lifecycle.<name>`` for an argument of Terraform's ``lifecycle`` block.
        render: Turns the checked value into what the generated struct takes (never called
            with ``None``); unset, the value is passed as it is.
        zero_not_sent: The provider reads it with the SDK's ``GetOk``, which treats 0 as unset:
            a value of exactly 0 gets a warning, since it is never sent.
        replace_on_change: Provider 1.2.0 plans a change of it as an update in place but never
            sends the change (a field inside a list of blocks, which the SDK does not replace
            for; or one its Update leaves out), so the object would silently keep the old
            value: a change replaces the resource instead (see :mod:`cdktf_openai.guard`).
    """

    rule: Rule
    required: bool = False
    default: str | None = None
    to: str | None = None
    render: Callable[[Any], Any] | None = None
    zero_not_sent: bool = False
    replace_on_change: bool = False
    not_accepted: NotAccepted | None = None

    @property
    def checked_rule(self) -> Rule:
        """The rule its value is checked with: ``not_accepted`` when that refuses."""
        if self.not_accepted is not None and self.not_accepted.refuse:
            return self.not_accepted
        return self.rule


@dataclass(frozen=True)
class Warning:
    """A legal but surprising combination of props: a cdktf warning, not an error.

    Attributes:
        code: The warning's id, shown as ``[@cdktf-openai:<code>]``.
        message: What is surprising, and what to do.
        applies: Whether the checked props (defaults filled in) call for it.
    """

    code: str
    message: str
    applies: Callable[[Mapping[str, Any]], bool]


_LIFECYCLE = "lifecycle."
_LIFECYCLE_BLOCK = "lifecycle"

#: Terraform's ``depends_on``, as every resource construct takes it.
DEPENDS_ON = Prop(limits.DEPENDS_ON)
#: Terraform's ``provider``, as every resource construct takes it.
PROVIDER = Prop(limits.PROVIDER)
#: Terraform's ``lifecycle`` block, as every resource construct takes it: merged with the
#: library's own entries by the construct (:mod:`cdktf_openai.lifecycle`), not passed as is.
LIFECYCLE = Prop(limits.LIFECYCLE, to=_LIFECYCLE_BLOCK)
#: Terraform's ``count`` and ``for_each``, as every resource construct takes them.
COUNT = Prop(limits.COUNT)
FOR_EACH = Prop(limits.FOR_EACH)
#: Terraform's meta-arguments that ``Props`` adds after a construct's own props, by name.
META_ARGUMENTS: Mapping[str, Prop] = {
    "depends_on": DEPENDS_ON,
    "provider": PROVIDER,
    "lifecycle": LIFECYCLE,
    "count": COUNT,
    "for_each": FOR_EACH,
}
#: The ``metadata`` of an OpenAI object, as every construct whose object has it takes it.
METADATA = Prop(limits.METADATA, default="metadata", render=sorted_metadata)

#: OpenAI advises changing temperature or top_p, not both.
TEMPERATURE_AND_TOP_P = Warning(
    "temperatureAndTopP",
    "temperature and top_p are both set; OpenAI advises changing one, not both.",
    lambda props: props["temperature"] is not None and props["top_p"] is not None,
)


def _not_accepted_warning(name: str, rule: NotAccepted) -> Warning:
    """The warning of a prop that OpenAI may not take (``rule.refuse`` is false)."""
    return Warning(rule.code, f"{name}: {rule.warning}", lambda props: rule.sent(props[name]))


class Props:
    """The props of one construct, in signature order, and the generated struct they fill.

    Args:
        config: The generated ``...Config`` struct class of the construct's resource.
        warnings: The combinations of props that get a warning.
        resource: Whether the construct is a resource, which takes Terraform's meta-arguments
            (:data:`META_ARGUMENTS`, as ``**options: Unpack[ResourceOptions]``), declared here
            once for all; a provider does not.
        props: The construct's own props, by their Python name (the keyword of ``__init__``).

    Attributes:
        config: The generated config struct class.
        warnings: The combinations of props that get a warning.
        props: Prop name to its declaration.
        rules: The checks, derived from the declarations.
    """

    def __init__(
        self,
        config: type,
        *,
        warnings: Sequence[Warning] = (),
        resource: bool = True,
        **props: Prop,
    ) -> None:
        """Declare the props (see the class docstring)."""
        self.config = config
        self.warnings = tuple(warnings) + tuple(
            _not_accepted_warning(name, prop.not_accepted)
            for name, prop in props.items()
            if prop.not_accepted is not None and not prop.not_accepted.refuse
        )
        if resource:
            props.update(META_ARGUMENTS)
        self.props: Mapping[str, Prop] = props
        self.rules = Rules(
            {name: prop.checked_rule for name, prop in props.items()},
            required=frozenset(name for name, prop in props.items() if prop.required),
        )
        # derived once here, read by every construct's build
        #: Prop name to the ``Defaults`` field that fills it in.
        self.defaults: Mapping[str, str] = {
            name: prop.default for name, prop in props.items() if prop.default
        }
        #: The props whose 0 the provider never sends.
        self.zero_not_sent = tuple(name for name, prop in props.items() if prop.zero_not_sent)
        #: The props whose change must replace the resource (the provider drops it).
        self.replaced_on_change = tuple(
            name for name, prop in props.items() if prop.replace_on_change
        )

    def values_of(self, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """The declared props' values out of a constructor's arguments (``locals()``).

        Args:
            arguments: At least every declared prop, by name.
        """
        return {name: arguments[name] for name in self.props}

    def config_arguments(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """The generated struct's arguments for checked prop values (``None`` stays ``None``).

        The arguments of Terraform's ``lifecycle`` block that props fill in come as a dict under
        ``lifecycle``; the user's whole ``lifecycle`` prop is left to the construct, which
        merges it with them.
        Every other value is made literal (:func:`~cdktf_openai.literal.literal`): the text
        in it reaches Terraform as those exact characters, its tokens stay expressions.

        Args:
            values: Every declared prop's checked value (defaults filled in).
        """
        arguments: dict[str, Any] = {"lifecycle": {}}
        for name, prop in self.props.items():
            value = values[name]
            if value is not None and prop.render is not None:
                value = prop.render(value)
            target = prop.to or name
            if target == _LIFECYCLE_BLOCK:
                continue
            if target.startswith(_LIFECYCLE):  # resource addresses, not text
                arguments["lifecycle"][target.removeprefix(_LIFECYCLE)] = value
            else:
                arguments[target] = literal(value)
        return arguments
