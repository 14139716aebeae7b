"""What the double tells Terraform went wrong: the SDK's ``diag.Diagnostic``.

terraform-plugin-sdk v2.38.1 reports every error as a ``diag.Diagnostic`` with a summary, an
optional detail and an attribute path (``cty.Path``); Terraform prints the summary after
``Error:``, the detail below it, and uses the path to point at the configuration line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class MapKey:
    """A map element in an attribute path (``cty.IndexStep`` with a string key).

    Attributes:
        key: The map key.
    """

    key: str


#: A step of an attribute path: an attribute or block name, a list index, or a map key.
PathStep = str | int | MapKey


@dataclass(frozen=True)
class ProviderDiagnostic:
    """One error the provider reports (``diag.Diagnostic`` with ``Severity: diag.Error``).

    Attributes:
        summary: The summary, e.g. ``Attribute must be a whole number, got 1.5``.
        detail: The detail, or ``""`` (most SDK validation errors have none).
        path: The attribute it is about (empty: the whole resource).
    """

    summary: str
    detail: str = ""
    path: tuple[PathStep, ...] = ()


def flat_key(path: Sequence[PathStep]) -> str:
    """Return the SDK's flat key of a path: ``("tools", 0, "type")`` -> ``tools.0.type``.

    Args:
        path: Attribute names, list indexes and map keys.
    """
    return ".".join(step.key if isinstance(step, MapKey) else str(step) for step in path)


class ProviderError(Exception):
    """An operation the provider fails, with the diagnostics it returns.

    Args:
        diagnostics: What it reports.
    """

    def __init__(self, *diagnostics: ProviderDiagnostic) -> None:
        """Keep the diagnostics."""
        super().__init__("; ".join(diagnostic.summary for diagnostic in diagnostics))
        self.diagnostics = diagnostics
