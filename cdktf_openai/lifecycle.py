"""A resource's ``lifecycle`` block: the user's and the library's entries, merged.

The library writes lifecycle entries of its own: a ``replace_triggered_by`` naming the guard's
companion (:mod:`cdktf_openai.guard`) or the inputs of a composite's run, and a
``precondition`` for each prop whose value is a token (checked by ``terraform plan``). A user's
``lifecycle=`` (or a later ``resource.lifecycle = ...``) keeps them: the lists of both are
concatenated, the library's first; ``ignore_changes`` of both is their union (``"all"`` if
either says so); the user's other fields are taken as given.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from cdktf_openai.workarounds import is_jsii_value, resource_address, struct_values

__all__ = ["LIST_FIELDS", "Follow", "instance_key", "lifecycle_fields", "merged_lifecycle"]

#: What a resource names in ``replace_triggered_by`` to follow another (see lifecycle_fields).
Follow = Callable[[Any], Any]


def _itself(resource: Any) -> Any:
    return resource


#: The fields of Terraform's lifecycle block that are lists: both sides' entries are kept.
LIST_FIELDS = ("replace_triggered_by", "precondition", "postcondition")


def lifecycle_fields(lifecycle: Any, follow: Follow = _itself) -> dict[str, Any]:
    """A user's lifecycle (a ``TerraformResourceLifecycle`` or a dict) as its set fields.

    Resources in ``replace_triggered_by`` become their bare addresses, as Terraform's JSON
    syntax takes them (see :func:`cdktf_openai.workarounds.resource_address`), of what
    ``follow`` gives for each.

    Args:
        lifecycle: The lifecycle, or ``None``.
        follow: What this resource names to follow a resource: the resource itself, or its
            stand-in in this stack for a resource of another stack
            (:func:`cdktf_openai.cross_stack.replace_trigger`).
    """
    if lifecycle is None:
        return {}
    fields = struct_values(lifecycle) if is_jsii_value(lifecycle) == "struct" else dict(lifecycle)
    triggers = fields.get("replace_triggered_by")
    if triggers:
        fields["replace_triggered_by"] = [
            item if isinstance(item, str) else resource_address(follow(item)) for item in triggers
        ]
    return {name: value for name, value in fields.items() if value is not None}


def merged_lifecycle(
    ours: Mapping[str, Any], theirs: Any, follow: Follow = _itself
) -> dict[str, Any]:
    """The library's lifecycle entries with a user's lifecycle merged in.

    Args:
        ours: The library's fields (lists of :data:`LIST_FIELDS`; nothing else).
        theirs: The user's lifecycle (a ``TerraformResourceLifecycle``, a dict, or ``None``).
        follow: See :func:`lifecycle_fields`.
    """
    merged = {name: value for name, value in ours.items() if value}
    for name, value in lifecycle_fields(theirs, follow).items():
        if name in LIST_FIELDS:
            merged[name] = [*merged.get(name, ()), *value]
        elif name == "ignore_changes" and name in merged:  # both ignore: the union ("all" wins)
            both = (merged[name], value)
            union = [*dict.fromkeys([a for v in both if not isinstance(v, str) for a in v])]
            merged[name] = "all" if "all" in both else union
        else:
            merged[name] = value
    return merged


def instance_key(count: Any, for_each: Any) -> str:
    """How a resource with ``count`` or ``for_each`` names the same instance of a sibling.

    A resource and its companion are created with the same ``count`` or ``for_each``; in
    ``replace_triggered_by`` each instance names its own companion instance.

    Args:
        count: The resource's ``count``, or ``None``.
        for_each: The resource's ``for_each``, or ``None``.
    """
    if for_each is not None:
        return "[each.key]"
    return "[count.index]" if count is not None else ""
