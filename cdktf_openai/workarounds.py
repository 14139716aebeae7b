"""Every place where this library relies on how jsii or cdktf work inside, in one module.

Each workaround says what it works around and why, and has a test in
``tests/test_workarounds.py`` that fails if the pinned cdktf or jsii changes the behaviour it
relies on.

- :func:`terraform_name`: cdktf's logical-id scheme (``makeUniqueId`` in cdktf's
  ``lib/private/unique.ts``), and the id sanitizing of ``constructs`` before it, replicated
  in Python so that a construct can say, when it is created and without a jsii round trip,
  which Terraform name its resource would get.
- :func:`annotate`: a cdktf annotation (warning, error) without the JavaScript stack trace
  that ``Annotations.of(node).add_*`` records; the cdktf CLI prints that trace, about 20 lines
  of jsii kernel frames, under every error, where one line per problem is what a user needs.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from typing import Literal

from constructs import IConstruct

__all__ = ["annotate", "is_valid_terraform_name", "terraform_name"]

# -- cdktf's logical ids ------------------------------------------------------------------------
# cdktf (0.21, lib/private/unique.ts) names a resource after its construct path below the
# stack: a resource directly in the stack gets its id with every character outside
# [A-Za-z0-9_-] dropped ("a.b" and "ab" both become "ab"); a deeper one gets the ids joined
# with "_" (repeated tails removed, "Resource" left out) and an 8-character hash of the path.
# Components named "Default" are left out entirely.
_DISALLOWED = re.compile(r"[^A-Za-z0-9_-]")
# constructs 10 (lib/construct.ts, sanitizeId) first replaces the path separator "/" and the
# address separator "\n" in an id with "--".
_SEPARATORS = re.compile("[/\n]")
_HIDDEN = "Default"
_HIDDEN_FROM_HUMANS = "Resource"
_MAX_ID = 255
_MAX_HUMAN = 240
_HASH_LENGTH = 8
#: A Terraform block label that names a resource: a letter or underscore first.
_TERRAFORM_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def terraform_name(components: Sequence[str]) -> str:
    """The logical id cdktf gives a resource whose path below its stack is ``components``.

    Args:
        components: The construct ids from the stack (excluded) down to the resource.

    Returns:
        The name, as cdktf 0.21 computes it; ``""`` when cdktf cannot compute one (every
        component is ``Default``), which fails at synthesis.
    """
    kept = [_SEPARATORS.sub("--", c) for c in components]
    kept = [c for c in kept if c != _HIDDEN]
    if not kept:
        return ""
    if len(kept) == 1:
        candidate = _DISALLOWED.sub("", kept[0])
        if len(candidate) <= _MAX_ID:
            return candidate
    digest = hashlib.md5("/".join(kept).encode(), usedforsecurity=False).hexdigest()
    human = "_".join(
        _DISALLOWED.sub("", c) for c in _without_repeats(kept) if c != _HIDDEN_FROM_HUMANS
    )[:_MAX_HUMAN]
    return f"{human}_{digest[:_HASH_LENGTH].upper()}"


def is_valid_terraform_name(name: str) -> bool:
    """Whether Terraform accepts ``name`` as a resource name (``terraform validate`` would)."""
    return _TERRAFORM_NAME.fullmatch(name) is not None


def _without_repeats(components: Sequence[str]) -> list[str]:
    # cdktf's removeDupes: skip a component that the previous one ends with
    kept: list[str] = []
    for component in components:
        if not kept or not kept[-1].endswith(component):
            kept.append(component)
    return kept


# -- cdktf annotations without a stack trace -------------------------------------------------
# cdktf 0.21 (lib/annotations.ts) stores an annotation as construct metadata of type
# "@cdktf/<level>" and asks constructs to record the JavaScript stack with it, which the CLI
# prints under each error. constructs' addMetadata records no trace unless asked, and the
# synthesizer collects annotations by those types alone, so adding the same entry directly
# gives the same annotation without the trace.
_ANNOTATION_TYPE = {"warning": "@cdktf/warn", "error": "@cdktf/error"}


def annotate(node: IConstruct, level: Literal["warning", "error"], message: str) -> None:
    """Add a cdktf warning or error annotation to ``node``, without a stack trace.

    Args:
        node: The construct the annotation is about.
        level: ``warning`` (shown at synthesis) or ``error`` (fails synthesis).
        message: One line, e.g. ``[policy:MaxTemperature] temperature must be ...``.
    """
    node.node.add_metadata(_ANNOTATION_TYPE[level], message)
