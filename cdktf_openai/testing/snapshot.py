"""A syrupy extension that stores each snapshot as its own sorted, indented ``.json`` file.

syrupy's default (amber) format keeps every snapshot of a test module in one ``.ambr`` file, in
its own syntax. Terraform JSON reads better as JSON: one file per snapshot
(``__snapshots__/<test module>/<test name>.json``), keys sorted at every level, two-space
indentation, non-ASCII kept as is, a final newline. A change of one property is then a one-line
diff in review.
"""

from __future__ import annotations

import json
import math
from typing import Any

from syrupy.extensions.json import JSONSnapshotExtension
from syrupy.types import PropertyFilter, PropertyMatcher, SerializableData, SerializedData

__all__ = ["TerraformJSONSnapshotExtension"]


class TerraformJSONSnapshotExtension(JSONSnapshotExtension):
    """Snapshots of JSON documents, one sorted, indented ``.json`` file each.

    Only JSON values are accepted (dicts with string keys, lists, strings, finite numbers,
    booleans, ``None``): anything else is a ``TypeError`` rather than its ``repr`` in the file,
    so a snapshot always holds what Terraform would read. syrupy's ``exclude``, ``include`` and
    ``matcher`` work as with its own JSON extension.

    Example::

        def test_stack(snapshot):
            assert document == snapshot.use_extension(TerraformJSONSnapshotExtension)
    """

    def serialize(
        self,
        data: SerializableData,
        *,
        exclude: PropertyFilter | None = None,
        include: PropertyFilter | None = None,
        matcher: PropertyMatcher | None = None,
    ) -> SerializedData:
        """Render ``data`` as the text of its snapshot file.

        Args:
            data: A JSON value, e.g. a synthesized stack.
            exclude: syrupy property filter: leave these out.
            include: syrupy property filter: keep only these.
            matcher: syrupy property matcher: replace these values.

        Returns:
            ``data`` as JSON, keys sorted, indented by two spaces, ending with a newline.

        Raises:
            TypeError: ``data`` is not a JSON value; the message gives the path to the culprit.
        """
        _check_json(data, "$")
        filtered = self._filter(
            data=data, depth=0, path=(), exclude=exclude, include=include, matcher=matcher
        )
        text = json.dumps(filtered, indent=2, sort_keys=True, ensure_ascii=False)
        return text + "\n"


def _check_json(value: Any, where: str) -> None:
    """Raise ``TypeError`` for the first part of ``value`` that is not JSON."""
    if value is None or isinstance(value, str | bool | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise TypeError(f"{where}: {value!r} is not a JSON number")
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            _check_json(item, f"{where}[{index}]")
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{where}: key {key!r} is not a string")
            _check_json(item, f"{where}[{key!r}]")
        return
    raise TypeError(f"{where}: a {type(value).__name__} is not a JSON value")
