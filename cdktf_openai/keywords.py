"""Groups of keyword arguments that several constructs take: typed and documented once.

A signature ends with ``**options: Unpack[ResourceOptions]`` (every resource construct) or
``**settings: Unpack[RunSettings]`` (every composite that creates a ``Run``): mypy and IDEs
read the keywords, their types and their docs from the ``TypedDict`` (PEP 692), so a group is
written once here instead of in each signature and docstring. Their checks are the constructs'
own (``Props``, ``Run``'s for the run settings); :func:`spread_keywords` turns a group back
into plain arguments and refuses a keyword no group has, as Python refuses a misspelt keyword
of a written-out signature.

Example::

    Thread(stack, "question", messages=[ChatMessage.user("Hi")], depends_on=[knowledge])
    CodeReviewRun(stack, "review", code=source, language="go", model="gpt-4o",
                  temperature=0.2)
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

from cdktf_openai.core import (
    ITerraformDependable,
    ITerraformIterator,
    TerraformCount,
    TerraformProvider,
    TerraformResourceLifecycle,
)
from cdktf_openai.tokens import NumberToken
from cdktf_openai.upgrading import old_keyword_error

__all__ = ["KEYWORD_GROUPS", "ResourceOptions", "RunSettings", "spread_keywords"]


class ResourceOptions(TypedDict, total=False):
    """Terraform's meta-arguments: keywords of every resource construct, all optional.

    Attributes:
        depends_on: Resources (or data sources, or modules) Terraform must create first:
            Terraform's ``depends_on``, for an order that references do not already give.
        provider: The provider configuration to use (an ``OpenAIProvider``), when the stack
            has several, e.g. one per ``api_url``.
        lifecycle: Terraform's ``lifecycle`` block (cdktf's ``TerraformResourceLifecycle``, or
            a dict of its fields). Merged with the entries the library adds itself (a
            ``replace_triggered_by`` for values provider 1.2.0 would not update, token
            checks as ``precondition``): both lists keep yours and ours. Resources in
            ``replace_triggered_by`` may be constructs. Setting ``.lifecycle`` later merges
            the same way.
        count: How many instances to create (Terraform's ``count``): a whole number >= 0, a
            number token, or a ``TerraformCount`` (whose ``.index`` a prop may use).
        for_each: One instance per element (Terraform's ``for_each``): a ``TerraformIterator``
            (e.g. ``TerraformIterator.from_list(...)``), whose ``.value`` and ``.key`` props
            may use. Not together with ``count``.
    """

    depends_on: Sequence[ITerraformDependable] | None
    provider: TerraformProvider | None
    lifecycle: TerraformResourceLifecycle | Mapping[str, Any] | None
    count: int | NumberToken | TerraformCount | None
    for_each: ITerraformIterator | None


class RunSettings(TypedDict, total=False):
    """How a composite's run samples: keywords of the composites that create a ``Run``.

    Each is passed on to the ``Run`` unchanged and checked there (a problem is reported with
    the run's path); unset, the scope's ``Defaults`` apply as for any ``Run``.

    Attributes:
        temperature: The run's sampling temperature, 0 to 2.
        top_p: The run's nucleus sampling, 0 to 1.
        max_tokens: Refused, as on ``Run``: provider 1.2.0 sends a run's ``max_tokens``,
            which OpenAI's run create does not take (HTTP 400); ``openai_run`` has no token
            cap OpenAI accepts. Kept so that the error says why and what to use instead.
    """

    temperature: float | None
    top_p: float | None
    max_tokens: int | NumberToken | None


#: The ``**`` parameter of each group, as constructors name it, and the group.
KEYWORD_GROUPS: Mapping[str, type] = {"options": ResourceOptions, "settings": RunSettings}

#: Names in a constructor's ``locals()`` that are not keywords a user could have meant.
_NOT_KEYWORDS = frozenset({"self", "scope", "id", "__class__"})


def spread_keywords(arguments: Mapping[str, Any]) -> dict[str, Any]:
    """A constructor's ``locals()`` with each keyword group's keywords as arguments of their own.

    Args:
        arguments: The constructor's ``locals()`` (``self`` included: it names the class in
            an error); a group under its ``**`` parameter's name (:data:`KEYWORD_GROUPS`).

    Raises:
        TypeError: For a keyword that neither the signature nor its group has, in Python's
            own words, with the closest keyword the constructor takes (for a keyword that 0.3
            removed, why and what to write instead: :mod:`cdktf_openai.upgrading`).
    """
    flat = {name: value for name, value in arguments.items() if name not in KEYWORD_GROUPS}
    groups = [
        (KEYWORD_GROUPS[name], arguments[name]) for name in KEYWORD_GROUPS if name in arguments
    ]
    for group, keywords in groups:
        for name in keywords:
            if name not in group.__annotations__:
                owner = type(arguments["self"]).__name__
                removed = old_keyword_error(owner, name)
                if removed is not None:
                    raise removed
                taken = [n for g, _ in groups for n in g.__annotations__]
                taken += [n for n in flat if n not in _NOT_KEYWORDS]
                guess = difflib.get_close_matches(name, taken, n=1)
                hint = f"; did you mean {guess[0]!r}?" if guess else ""
                raise TypeError(
                    f"{owner}.__init__() got an unexpected keyword argument {name!r}{hint}"
                )
        flat.update(dict.fromkeys(group.__annotations__), **keywords)
    return flat
