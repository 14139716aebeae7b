"""Read-only attributes that are never null, so that each of them can be a ``TerraformOutput``.

Provider 1.2.0 stores some attributes only when the API returned them (its ``d.Set`` calls
sit under an ``if``): a run's ``started_at``, ``completed_at``, ``usage`` and ``steps`` stay
null while it is queued, a response's ``finish_reason`` stays null on the Responses API, a
vector store's ``file_count`` whenever the API sends ``file_counts`` instead. Terraform leaves
an output whose value is null out of the state and of ``terraform output -json``. The cdktf
CLI (0.21, and cdktn-cli 0.24 alike) then looks each output up by its construct path
(``getConstructIdsForOutputs``, ``@cdktf/cli-core/src/lib/output.ts``), gets ``undefined``
for the missing one, and fails after a successful apply with ``Cannot convert undefined or
null to object``: ``Object.entries(undefined)`` where it prints the outputs and where it writes
``--outputs-file``. The value's type does not matter (a null number fails as a null map does),
only that it is null; a stack whose outputs are all null prints nothing and does not fail.

So the L2 constructs read those attributes through :func:`null_safe`:
``(x == null) ? <empty> : x``, with the empty value of the attribute's type (``""``, ``0``,
``[]`` or ``{}``). A key looked up in such a map (``run.usage.lookup("total_tokens")``,
``response.text``) reads as ``try(x["key"], <empty>)``: ``0`` or ``""`` while the map, or the
key, is missing. The attributes the provider always sets (``id``, a run's ``status``, ...)
stay plain references.

The raw attribute, null included, stays available through the getters every generated
resource has: ``run.get_number_map_attribute("usage")``, ``run.get_number_attribute(
"completed_at")``, ``run.interpolation_for_attribute("steps")``, or the generated class's own
getter, e.g. ``cdktf_openai.l1.run.Run.usage.fget(run)``.
"""

from __future__ import annotations

import re
from typing import Any, Protocol, TypeVar

import jsii

from cdktf_openai.core import Fn, IInterpolatingParent, NumberMap, Op, StringMap, Token

__all__ = [
    "null_safe",
    "null_safe_list",
    "null_safe_number",
    "null_safe_number_map",
    "null_safe_string",
    "null_safe_string_list",
    "null_safe_string_map",
]

L = TypeVar("L", covariant=True)
#: The attribute's name, and what follows it in a longer path (``usage["total_tokens"]``).
_PATH = re.compile(r"([A-Za-z0-9_]+)(.*)", re.DOTALL)


class _ListClass(Protocol[L]):  # a generated ComplexList class, e.g. RunStepsList
    def __call__(
        self, terraform_resource: IInterpolatingParent, terraform_attribute: str, wraps_set: bool
    ) -> L: ...


def null_safe(value: Any, empty: Any) -> Any:
    """``(value == null) ? empty : value``: a Terraform expression that is never null.

    Args:
        value: A token (a reference to an attribute).
        empty: What the expression is while ``value`` is null: ``""``, ``0``, ``[]`` or ``{}``.

    Returns:
        The expression, as a token (``IResolvable``).
    """
    return Fn.conditional(Op.eq(value, Token.null_value()), empty, value)


@jsii.implements(IInterpolatingParent)
class _NullSafeParent:
    """The resource, as cdktf's maps and lists see it: ``attribute`` is never null.

    ``NumberMap``, ``StringMap`` and the generated ``...List`` classes ask their parent for
    every expression they render (the whole value, a key, an item's field); this parent
    answers for ``attribute`` with :func:`null_safe`, for a key of it with ``try``, and for
    anything else as the resource does.
    """

    def __init__(self, resource: Any, attribute: str, empty: Any, each: Any) -> None:
        self._resource = resource
        self._attribute = attribute
        self._empty = empty
        self._each = each

    def interpolation_for_attribute(self, terraform_attribute: str) -> Any:
        """The expression for ``terraform_attribute``, a path that starts with an attribute."""
        raw = self._resource.interpolation_for_attribute(terraform_attribute)
        match = _PATH.fullmatch(terraform_attribute)
        if match is None or match.group(1) != self._attribute:
            return raw
        if not match.group(2):
            return null_safe(raw, self._empty)
        if self._each is not None and match.group(2).startswith("["):  # a key of the map
            return Token.as_any(Fn.try_([raw, self._each]))
        return raw


def null_safe_string(resource: Any, attribute: str) -> str:
    """The string ``attribute`` of ``resource``, ``""`` while the provider leaves it null.

    Args:
        resource: The resource (an L2 construct or a generated resource).
        attribute: The attribute's Terraform name, e.g. ``"status"``.
    """
    return Token.as_string(null_safe(resource.interpolation_for_attribute(attribute), ""))


def null_safe_number(resource: Any, attribute: str) -> float:
    """The number ``attribute`` of ``resource``, ``0`` while the provider leaves it null.

    Args:
        resource: The resource (an L2 construct or a generated resource).
        attribute: The attribute's Terraform name, e.g. ``"completed_at"``.
    """
    return Token.as_number(null_safe(resource.interpolation_for_attribute(attribute), 0))


def null_safe_string_list(resource: Any, attribute: str) -> list[str]:
    """The string list ``attribute`` of ``resource``, ``[]`` while the provider leaves it null.

    Args:
        resource: The resource (an L2 construct or a generated resource).
        attribute: The attribute's Terraform name, e.g. ``"file_ids"``.
    """
    return Token.as_list(null_safe(resource.interpolation_for_attribute(attribute), []))


def null_safe_number_map(resource: Any, attribute: str) -> NumberMap:
    """The number map ``attribute``: ``{}`` while null; a missing key's ``lookup`` is ``0``.

    Args:
        resource: The resource (an L2 construct or a generated resource).
        attribute: The attribute's Terraform name, e.g. ``"usage"``.
    """
    return NumberMap(_NullSafeParent(resource, attribute, {}, 0), attribute)


def null_safe_string_map(resource: Any, attribute: str) -> StringMap:
    """The string map ``attribute``: ``{}`` while null; a missing key's ``lookup`` is ``""``.

    Args:
        resource: The resource (an L2 construct or a generated resource).
        attribute: The attribute's Terraform name, e.g. ``"output"``.
    """
    return StringMap(_NullSafeParent(resource, attribute, {}, ""), attribute)


def null_safe_list(list_class: _ListClass[L], resource: Any, attribute: str) -> L:
    """The list of objects ``attribute``, as the generated ``list_class``: ``[]`` while null.

    Args:
        list_class: The generated list class of the attribute (e.g. ``RunStepsList``).
        resource: The resource.
        attribute: The attribute's Terraform name.

    Returns:
        The list; the whole list is never null, while an item's field (``.get(0).id``) is
        read as the provider stores it.
    """
    return list_class(_NullSafeParent(resource, attribute, [], None), attribute, False)
