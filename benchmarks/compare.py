"""Tell whether two ``cdk.tf.json`` documents declare the same Terraform resources.

The composites nest their resources, so their resource names (``review_0_run_1A2B3C4D``) differ
from a flat stack's (``run_0``). :func:`canonical` therefore describes a document by content:
each resource loses its name and its ``//`` metadata, and each reference to another resource
(``${openai_thread.NAME.id}``, ``depends_on``) names that resource's content fingerprint instead
of its name. Two documents with equal canonical forms differ only in names.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from typing import Any

__all__ = ["canonical", "resource_counts", "same_resources"]

_REFERENCE = re.compile(r"\b([a-z][a-z0-9]*_[a-z0-9_]+)\.([A-Za-z0-9_-]+)")
_ASSET = re.compile(r"^assets/[^/]+/")


def resource_counts(document: dict[str, Any]) -> dict[str, int]:
    """The number of resources of each type in ``document``."""
    return {kind: len(items) for kind, items in sorted(document.get("resource", {}).items())}


def canonical(document: dict[str, Any]) -> dict[str, Any]:
    """The name-free form of ``document``'s providers, resources and outputs.

    Returns:
        ``{"provider": ..., "resource": {type: sorted [canonical JSON]}, "output": sorted
        [canonical JSON]}``.
    """
    resources: dict[str, dict[str, Any]] = document.get("resource", {})
    fingerprints: dict[tuple[str, str], str] = {}

    def rewrite(value: Any, seen: frozenset[tuple[str, str]]) -> Any:
        if isinstance(value, dict):
            return {k: rewrite(v, seen) for k, v in value.items() if k != "//"}
        if isinstance(value, list):
            return [rewrite(v, seen) for v in value]
        if isinstance(value, str):
            text = _ASSET.sub("assets/*/", value)

            def named(match: re.Match[str]) -> str:
                key = (match.group(1), match.group(2))
                if key[1] not in resources.get(key[0], {}) or key in seen:
                    return match.group(0)
                return f"{key[0]}.<{fingerprint(key, seen)}>"

            return _REFERENCE.sub(named, text)
        return value

    def fingerprint(key: tuple[str, str], seen: frozenset[tuple[str, str]]) -> str:
        if key not in fingerprints:
            body = rewrite(resources[key[0]][key[1]], seen | {key})
            text = json.dumps(body, sort_keys=True)
            fingerprints[key] = hashlib.sha256(text.encode()).hexdigest()[:16]
        return fingerprints[key]

    empty: frozenset[tuple[str, str]] = frozenset()
    return {
        "provider": rewrite(document.get("provider", {}), empty),
        "resource": {
            kind: sorted(
                json.dumps(rewrite(body, frozenset({(kind, name)})), sort_keys=True)
                for name, body in items.items()
            )
            for kind, items in sorted(resources.items())
        },
        "output": sorted(
            json.dumps(rewrite(body, empty), sort_keys=True)
            for body in document.get("output", {}).values()
        ),
    }


def same_resources(left: dict[str, Any], right: dict[str, Any]) -> list[str]:
    """The differences between two documents' canonical forms; empty when they agree.

    Returns:
        One line per difference (resource type counts first, then contents).
    """
    problems: list[str] = []
    if resource_counts(left) != resource_counts(right):
        problems.append(
            f"resource counts differ: {resource_counts(left)} vs {resource_counts(right)}"
        )
    a, b = canonical(left), canonical(right)
    for section in ("provider", "output"):
        if a[section] != b[section]:
            problems.append(f"{section} differs")
    for kind in sorted(set(a["resource"]) | set(b["resource"])):
        extra = Counter(a["resource"].get(kind, [])) - Counter(b["resource"].get(kind, []))
        missing = Counter(b["resource"].get(kind, [])) - Counter(a["resource"].get(kind, []))
        if extra or missing:
            sample = next(iter(extra or missing))
            problems.append(
                f"{kind}: {sum(extra.values())} only left, {sum(missing.values())} only right, "
                f"e.g. {sample[:200]}"
            )
    return problems
