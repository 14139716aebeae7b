"""The library's exception (invalid props, reported all at once) and its warning categories."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["BatchingOffWarning", "ConstructWarning", "Problem", "ValidationError"]


@dataclass(frozen=True)
class Problem:
    """One broken rule of one field.

    Attributes:
        field: The prop's name as the user wrote it, with an index or key for items of a
            collection, e.g. ``temperature``, ``tools[2].name``, ``metadata['team']``.
        rule: What the value must be, phrased to follow the field name, e.g.
            ``must be a number between 0 and 2``.
        shown: How the offending value is shown, e.g. ``2.5``, ``'gpt 4'``, ``300 characters``,
            or ``a literal string (not shown)`` for a secret.
    """

    field: str
    rule: str
    shown: str

    def describe(self) -> str:
        """Return ``<field> <rule>, got <shown>``."""
        return f"{self.field} {self.rule}, got {self.shown}"


class ValidationError(ValueError):
    """Props that break a rule, raised before any Terraform or jsii object is created.

    The message has one line per problem, each ``<where>: <field> <rule>, got <value>``, where
    ``<where>`` is the construct path (``stack/review/run``) or, for a value object made
    outside any construct, its constructor (``Tool.function``).

    Attributes:
        where: The construct path or value-object constructor the problems belong to.
        problems: Every problem found, in the order of the props.
    """

    def __init__(self, where: str, problems: Sequence[Problem]) -> None:
        """Create the error.

        Args:
            where: The construct path, or the value object's constructor name.
            problems: At least one problem.
        """
        if not problems:
            raise ValueError("a ValidationError needs at least one problem")
        self.where = where
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(f"{where}: {p.describe()}" for p in self.problems))


class ConstructWarning(UserWarning):
    """A legal but surprising setting of a construct (e.g. a temperature of 0, never sent).

    Shown by Python when an app runs outside the cdktf CLI; under the CLI the same warning is
    a cdktf annotation (``WARN [<path>]: ...``). Filter it like any Python warning.
    """


class BatchingOffWarning(RuntimeWarning):
    """Batching did not work with the installed jsii: constructs are created one by one.

    Warned once per process, with the reason, when the first construct is created (see
    :mod:`cdktf_openai.batching`). The synthesized output is the same, only slower; set
    ``CDKTF_OPENAI_BATCH=off`` to skip batching (and this warning) altogether.
    """
