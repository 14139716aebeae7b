"""Reusable checks for construct props, and the runner that applies them.

A construct declares a ``Rules`` table -- one rule per prop -- and calls ``Rules.check`` with
its props before it creates anything. Every rule skips ``None`` (not set) and unresolved tokens
(their value is only known to Terraform); numeric rules can instead render themselves as a
Terraform condition, which the construct turns into a lifecycle precondition.

The concrete limits (which field gets which rule, and why) live in :mod:`cdktf_openai.limits`.
"""

from __future__ import annotations

import math
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import urlsplit

from constructs import Construct

from cdktf_openai.errors import Problem
from cdktf_openai.tokens import TokenKind, as_kind, is_unresolved, token_kind
from cdktf_openai.workarounds import range_condition

__all__ = [
    "Flag",
    "HttpUrl",
    "Items",
    "MapOf",
    "Metadata",
    "NotAccepted",
    "Number",
    "OneOf",
    "Predicate",
    "Rule",
    "Rules",
    "Secret",
    "Text",
    "TokenCheck",
    "WholeNumber",
]

_SHOWN_MAX = 60


def show(value: Any) -> str:
    """Show a value in an error message: ``repr``, shortened when long.

    A token is shown by its kind (``a number token``), a construct by its class and path
    (``Thread at 'stack/thread'``): their ``repr`` means nothing to a user.
    """
    kind = token_kind(value)
    if kind is not None:
        return "a token" if kind == "any" else f"a {kind} token"
    if isinstance(value, Construct):
        return f"{type(value).__name__} at {value.node.path!r}"
    text = repr(value)
    return text if len(text) <= _SHOWN_MAX else text[: _SHOWN_MAX - 3] + "..."


def is_real_number(value: Any) -> bool:
    """True for int and float, but not bool, NaN or infinity."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value)


#: Every kind of token.
ANY_TOKEN: frozenset[TokenKind] = frozenset({"string", "number", "list", "map", "any"})
#: Tokens that stand for a string (and opaque ones, whose type only Terraform knows).
STRING_TOKENS: frozenset[TokenKind] = frozenset({"string", "any"})
#: Tokens that stand for a number.
NUMBER_TOKENS: frozenset[TokenKind] = frozenset({"number", "any"})
#: No token: the value must be known in Python (it is read or rendered at synthesis).
NO_TOKENS: frozenset[TokenKind] = frozenset()


class Rule(ABC):
    """A check of one prop's value (never ``None``, never a token at the top level)."""

    #: Whether ``terraform_condition`` can check a token's value at plan time.
    terraform_checkable: ClassVar[bool] = False

    @property
    def tokens(self) -> frozenset[TokenKind]:
        """The kinds of token the prop may be (checked by Terraform, or not at all, instead)."""
        return STRING_TOKENS

    @property
    def token_form(self) -> TokenKind | None:
        """What an opaque token (kind ``any``) becomes before it reaches jsii, if anything."""
        return next((k for k in ("string", "number", "list", "map") if k in self.tokens), None)

    @property
    @abstractmethod
    def text(self) -> str:
        """What a valid value is, following the field name: ``must be ...``."""

    @abstractmethod
    def problems(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield every problem of ``value``; nothing when it is valid.

        Args:
            field: The prop's name, used in the problems (items add ``[index]``).
            value: The value to check: never ``None``, never a top-level token.
        """

    def terraform_condition(self, value: Any) -> Any:
        """A Terraform boolean expression that holds when the token ``value`` is valid.

        Only rules with ``terraform_checkable`` implement it.

        Args:
            value: The token (e.g. a ``TerraformVariable``'s ``number_value``).
        """
        raise NotImplementedError(f"{type(self).__name__} has no Terraform form")

    def checked(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield the problems of ``value``, a token included (only its kind can be judged).

        Args:
            field: The prop's name, used in the problems.
            value: The value to check (not ``None``).
        """
        kind = token_kind(value)
        if kind is None:
            yield from self.problems(field, value)
        elif kind not in self.tokens:
            yield self._problem(field, show(value))

    def _problem(self, field: str, shown: str) -> Problem:
        return Problem(field, self.text, shown)


@dataclass(frozen=True)
class Number(Rule):
    """A real number (not bool, NaN or infinity) in ``[minimum, maximum]``.

    Attributes:
        minimum: The smallest valid value.
        maximum: The largest valid value.
    """

    minimum: float
    maximum: float
    terraform_checkable: ClassVar[bool] = True
    tokens = NUMBER_TOKENS

    @property
    def text(self) -> str:
        """What a valid value is."""
        return f"must be a number between {self.minimum:g} and {self.maximum:g}"

    def problems(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield a problem unless ``value`` is a real number within the bounds."""
        if not is_real_number(value) or not self.minimum <= value <= self.maximum:
            yield self._problem(field, show(value))

    def terraform_condition(self, value: Any) -> Any:
        """``minimum <= value && maximum >= value``."""
        return range_condition(value, self.minimum, self.maximum)


@dataclass(frozen=True)
class WholeNumber(Rule):
    """A whole number (an ``int``, not bool or float) in ``[minimum, maximum]``.

    Attributes:
        minimum: The smallest valid value.
        maximum: The largest valid value; None for no upper bound.
    """

    minimum: int
    maximum: int | None = None
    terraform_checkable: ClassVar[bool] = True
    tokens = NUMBER_TOKENS

    @property
    def text(self) -> str:
        """What a valid value is."""
        if self.maximum is None:
            return f"must be a whole number >= {self.minimum}"
        return f"must be a whole number between {self.minimum} and {self.maximum}"

    def problems(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield a problem unless ``value`` is an int within the bounds."""
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or value < self.minimum
            or (self.maximum is not None and value > self.maximum)
        ):
            yield self._problem(field, show(value))

    def terraform_condition(self, value: Any) -> Any:
        """``floor(value) == value && minimum <= value [&& maximum >= value]``."""
        from cdktf_openai.core import Fn, Op

        whole = Op.eq(Fn.floor(value), value)
        return range_condition(value, self.minimum, self.maximum, also=whole)


@dataclass(frozen=True)
class Text(Rule):
    """A string with a length range and, optionally, a pattern it must match in full.

    Attributes:
        min_length: The fewest characters.
        max_length: The most characters; None for no limit.
        pattern: A regular expression the whole string must match.
        description: How the rule reads after "must be" (default: from the lengths).
        non_blank: Whether a string that is empty or only whitespace (no character but those
            ``str.isspace`` counts: spaces, tabs, newlines...) is refused: it says nothing.
    """

    min_length: int = 0
    max_length: int | None = None
    pattern: str | None = None
    description: str | None = None
    non_blank: bool = False

    @property
    def text(self) -> str:
        """What a valid value is."""
        if self.description:
            return f"must be {self.description}"
        if self.non_blank:
            kind = "a non-blank string"
            if self.max_length is None:
                return f"must be {kind}"
            return f"must be {kind} of at most {self.max_length:,} characters"
        if self.max_length is None:
            return "must be a non-empty string" if self.min_length else "must be a string"
        low = f"{self.min_length} to " if self.min_length else "at most "
        return f"must be a string of {low}{self.max_length:,} characters"

    def problems(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield a problem unless ``value`` is a string of the right length and shape."""
        if not isinstance(value, str):
            yield self._problem(field, show(value))
        elif len(value) < self.min_length or (
            self.max_length is not None and len(value) > self.max_length
        ):
            shown = show(value) if len(value) <= _SHOWN_MAX else f"{len(value):,} characters"
            yield self._problem(field, shown)
        elif (self.pattern is not None and not re.fullmatch(self.pattern, value)) or (
            self.non_blank and (value == "" or value.isspace())
        ):
            yield self._problem(field, show(value))


@dataclass(frozen=True)
class OneOf(Rule):
    """One of a fixed set of strings.

    Attributes:
        options: The valid strings.
    """

    options: tuple[str, ...]

    @property
    def text(self) -> str:
        """What a valid value is."""
        return "must be one of " + ", ".join(repr(o) for o in self.options)

    def problems(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield a problem unless ``value`` is one of the options."""
        if value not in self.options:
            yield self._problem(field, show(value))


@dataclass(frozen=True)
class HttpUrl(Rule):
    """An absolute ``http://`` or ``https://`` URL with a host.

    Attributes:
        path_suffix: What the URL's path must end with (e.g. ``/v1``); None for any path.
    """

    path_suffix: str | None = None

    @property
    def text(self) -> str:
        """What a valid value is."""
        if self.path_suffix is None:
            return "must be an http:// or https:// URL"
        return f"must be an http:// or https:// URL ending in {self.path_suffix}"

    def problems(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield a problem unless ``value`` is an http(s) URL with a host (and the suffix)."""
        if not isinstance(value, str):
            yield self._problem(field, show(value))
            return
        try:
            parts = urlsplit(value)
        except ValueError:
            yield self._problem(field, show(value))
            return
        if (
            parts.scheme not in ("http", "https")
            or not parts.hostname
            or (
                self.path_suffix is not None
                and (not parts.path.endswith(self.path_suffix) or parts.query or parts.fragment)
            )
        ):
            yield self._problem(field, show(value))


@dataclass(frozen=True)
class Secret(Rule):
    """Only a token is accepted; a literal value is a problem and is never shown.

    Attributes:
        hint: What to do instead, shown in the error.
    """

    hint: str

    @property
    def text(self) -> str:
        """What a valid value is."""
        return (
            "must come from a sensitive TerraformVariable or a data source, never from a "
            f"literal ({self.hint})"
        )

    def problems(self, field: str, value: Any) -> Iterator[Problem]:
        """Always a problem: the runner only calls rules for values that are not tokens."""
        yield self._problem(field, f"a literal {type(value).__name__} (not shown)")


@dataclass(frozen=True)
class NotAccepted(Rule):
    """A prop whose request OpenAI does not take: the API would answer HTTP 400 at apply.

    Refused (the default) or, with ``refuse=False``, only warned about: the construct keeps the
    prop's own rule and adds a warning ``[@cdktf-openai:<code>]`` when ``sent(value)``. A
    refused prop is refused whatever its value, a token included (its value is unknown: it may
    be what OpenAI rejects), unless ``allowed(value)`` (a value the provider never sends).

    Attributes:
        code: The id of the warning (``refuse=False``), e.g. ``assistantFileIds``.
        why: What the provider sends and why OpenAI does not take it.
        instead: What to do instead, where the provider offers something.
        refuse: Refuse the prop (a ``ValidationError``) rather than warn.
        allowed: The values that are fine because the provider never sends them.
        allowed_text: What a valid value is, read after "must be" (``unset`` by default).
    """

    code: str
    why: str
    instead: str
    refuse: bool = True
    allowed: Callable[[Any], bool] | None = field(default=None, repr=False)
    allowed_text: str = "unset"
    tokens = NO_TOKENS

    @property
    def text(self) -> str:
        """What a valid value is, and why."""
        return f"must be {self.allowed_text} ({self.why}; {self.instead})"

    @property
    def warning(self) -> str:
        """The warning's text, for a prop that is warned about (``refuse=False``)."""
        return f"{self.why}. {self.instead}."

    def sent(self, value: Any) -> bool:
        """Whether the provider sends ``value`` (set, not empty, not an allowed value).

        Args:
            value: The prop's value (a token counts as sent: its value is unknown).
        """
        if value is None or (isinstance(value, list | tuple) and not value):
            return False
        return self.allowed is None or not self.allowed(value)

    def problems(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield a problem when the provider would send ``value`` and OpenAI reject it."""
        if self.sent(value):
            yield self._problem(field, show(value))

    def checked(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield the problem for any value that is sent, a token included."""
        if self.sent(value):
            yield self._problem(field, show(value))


@dataclass(frozen=True)
class Predicate(Rule):
    """Any check written as a function: valid when ``accepts(value)`` is true.

    Attributes:
        accepts: The check.
        description: What a valid value is, read after "must be".
        token_kinds: The kinds of token accepted instead of a value (default: string tokens,
            e.g. an ID known only to Terraform).
    """

    accepts: Callable[[Any], bool]
    description: str
    token_kinds: frozenset[TokenKind] = STRING_TOKENS

    @property
    def tokens(self) -> frozenset[TokenKind]:
        """The kinds of token accepted (``token_kinds``)."""
        return self.token_kinds

    @property
    def text(self) -> str:
        """What a valid value is."""
        return f"must be {self.description}"

    def problems(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield a problem unless ``accepts(value)``."""
        if not self.accepts(value):
            yield self._problem(field, show(value))


def is_bool(value: Any) -> bool:
    """Whether ``value`` is ``True`` or ``False``.

    Args:
        value: Any value.
    """
    return isinstance(value, bool)


@dataclass(frozen=True)
class Flag(Predicate):
    """A bool: the predicate :func:`is_bool`.

    Attributes:
        accepts: :func:`is_bool`.
        description: ``"True or False"``.
        token_kinds: Any kind: a bool token is opaque.
    """

    accepts: Callable[[Any], bool] = field(default=is_bool, repr=False)
    description: str = "True or False"
    token_kinds: frozenset[TokenKind] = frozenset({"any"})


@dataclass(frozen=True)
class Items(Rule):
    """A list or tuple of ``min_items`` to ``max_items`` items, each checked with ``each``.

    Attributes:
        max_items: The most items; None for no limit.
        each: The rule of every item; None to check only the count.
        min_items: The fewest items.
    """

    max_items: int | None = None
    each: Rule | None = None
    min_items: int = 0

    @property
    def tokens(self) -> frozenset[TokenKind]:
        """A list token only for lists of strings or numbers (never of ``Tool`` values...)."""
        if self.each is None or self.each.tokens & {"string", "number"}:
            return frozenset({"list", "any"})
        return NO_TOKENS

    @property
    def text(self) -> str:
        """What a valid value is."""
        if self.max_items is None:
            return (
                f"must be a list of at least {self.min_items} item"
                if self.min_items
                else ("must be a list")
            )
        return f"must be a list of {self.min_items} to {self.max_items} items"

    def checked(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield the problems of ``value``; a token that cannot be a list of items is one."""
        if token_kind(value) is not None and token_kind(value) not in self.tokens:
            yield Problem(field, self._list_text, show(value))
        else:
            yield from super().checked(field, value)

    @property
    def _list_text(self) -> str:
        if self.each is None:
            return "must be a list"
        return "must be a list, each item " + self.each.text.removeprefix("must be ")

    def problems(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield the problems of the list itself, then of each item."""
        if not isinstance(value, list | tuple):
            yield Problem(field, self._list_text, show(value))
            return
        if len(value) < self.min_items or (
            self.max_items is not None and len(value) > self.max_items
        ):
            yield self._problem(field, f"{len(value)} items")
        if self.each is not None:
            for index, item in enumerate(value):
                yield from self.each.checked(f"{field}[{index}]", item)


@dataclass(frozen=True)
class MapOf(Rule):
    """A dict of at least ``min_pairs`` pairs: keys checked with ``keys``, values with ``values``.

    Attributes:
        keys: The rule of every key (reported as ``<field> keys``).
        values: The rule of every value (reported as ``<field>[<key>]``).
        description: What a valid value is, read after "must be".
        min_pairs: The fewest pairs.
    """

    keys: Rule
    values: Rule
    description: str
    min_pairs: int = 0
    tokens = NO_TOKENS

    @property
    def text(self) -> str:
        """What a valid value is."""
        return f"must be {self.description}"

    def problems(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield problems for the dict, then for each key and each value."""
        if not isinstance(value, Mapping):
            yield self._problem(field, show(value))
            return
        if len(value) < self.min_pairs:
            plural = "" if self.min_pairs == 1 else "s"
            rule = f"must have at least {self.min_pairs} pair{plural}"
            yield Problem(field, rule, f"{len(value)}")
        for key, item in value.items():
            yield from self.keys.checked(f"{field} keys", key)
            yield from self.values.checked(f"{field}[{show(key)}]", item)


@dataclass(frozen=True)
class Metadata(Rule):
    """OpenAI metadata: a map of string keys to string values, with size limits.

    Attributes:
        max_pairs: The most pairs.
        max_key_length: The longest key, in characters (keys have at least one).
        max_value_length: The longest value, in characters.
    """

    max_pairs: int
    max_key_length: int
    max_value_length: int
    tokens = frozenset({"map", "any"})

    @property
    def text(self) -> str:
        """What a valid value is."""
        return "must be a dict of strings to strings"

    def problems(self, field: str, value: Any) -> Iterator[Problem]:
        """Yield problems for the map, then for each key and value that is not a token."""
        if not isinstance(value, Mapping):
            yield self._problem(field, show(value))
            return
        if len(value) > self.max_pairs:
            yield Problem(field, f"must have at most {self.max_pairs} pairs", f"{len(value)}")
        for key in sorted(value, key=str):
            item = value[key]
            if not isinstance(key, str):
                yield Problem(f"{field} keys", "must be strings", show(key))
            elif not is_unresolved(key) and not 1 <= len(key) <= self.max_key_length:
                yield Problem(
                    f"{field} keys",
                    f"must be 1 to {self.max_key_length} characters long",
                    f"{show(key)} ({len(key)} characters)",
                )
            if is_unresolved(item):
                continue
            if not isinstance(item, str) or len(item) > self.max_value_length:
                shown = f"{len(item):,} characters" if isinstance(item, str) else show(item)
                yield Problem(
                    f"{field}[{show(key)}]",
                    f"must be a string of at most {self.max_value_length} characters",
                    shown,
                )


@dataclass(frozen=True)
class TokenCheck:
    """A prop whose value is a token, to be checked by Terraform at plan time.

    Attributes:
        field: The prop's name.
        rule: The rule the resolved value must satisfy.
        value: The token.
    """

    field: str
    rule: Rule
    value: Any


@dataclass(frozen=True)
class Rules:
    """The rules of one construct or value object: prop name to rule.

    Attributes:
        by_field: Prop name to its rule.
        required: Props that may not be ``None`` (for all others, ``None`` means not set).
    """

    by_field: Mapping[str, Rule]
    required: frozenset[str] = frozenset()

    def typed(self, props: Mapping[str, Any]) -> dict[str, Any]:
        """``props`` with each opaque token turned into a token of the kind its prop takes.

        Args:
            props: Prop name to value.
        """
        typed = dict(props)
        for name, value in props.items():
            form = self.by_field[name].token_form if name in self.by_field else None
            if form is not None and token_kind(value) == "any":
                typed[name] = as_kind(value, form)
        return typed

    def check(self, props: Mapping[str, Any]) -> tuple[list[Problem], list[TokenCheck]]:
        """Check props against their rules.

        Args:
            props: Prop name to value; ``None`` means not set and is skipped.

        Returns:
            The problems found, and the token-valued props whose rule has a Terraform form
            (to become lifecycle preconditions).
        """
        problems: list[Problem] = []
        deferred: list[TokenCheck] = []
        for name, value in props.items():
            if value is None:
                if name in self.required:
                    problems.append(Problem(name, "must be set", "None"))
                continue
            rule = self.by_field[name]
            found = list(rule.checked(name, value))
            problems.extend(found)
            if not found and rule.terraform_checkable and token_kind(value) is not None:
                deferred.append(TokenCheck(name, rule, value))
        return problems, deferred


def sorted_metadata(metadata: Mapping[str, str] | None) -> Any:
    """Metadata with its keys sorted, so the dict's insertion order never reaches the JSON.

    A token (a map token, or an opaque one such as ``TerraformVariable.value``) is passed on
    as it is.
    """
    if metadata is None or is_unresolved(metadata):
        return metadata
    return dict(sorted(metadata.items()))
