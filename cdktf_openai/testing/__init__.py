"""Testing kit for stacks built with cdktf-openai: normalized synthesis, snapshots, assertions.

- :func:`synth_stack`, :func:`synth_app` (and :func:`synth` for either): synthesize as
  ``cdktf synth`` does and return the parsed JSON with machine-dependent values (absolute
  paths, the cdktf version stamp) replaced by placeholders (:func:`normalize`).
- :class:`TerraformJSONSnapshotExtension` (needs syrupy): one sorted, indented ``.json`` file
  per snapshot.
- Assertions with messages that show what was found: :func:`assert_has_resource`,
  :func:`assert_has_provider`, :func:`assert_has_output`, :func:`assert_references`, and the
  helpers :func:`reference`, :func:`referenced_addresses`.
- The pytest plugin (:mod:`cdktf_openai.testing.plugin`, loaded through the ``pytest11`` entry
  point): fixtures ``synth_json`` and ``json_snapshot``.

Install ``cdktf-openai[testing]`` for pytest and syrupy. Everything but the snapshot extension
works without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cdktf_openai.testing.assertions import (
    assert_has_output,
    assert_has_provider,
    assert_has_resource,
    assert_references,
    reference,
    referenced_addresses,
)
from cdktf_openai.testing.normalize import CDKTF_VERSION_PLACEHOLDER, machine_paths, normalize
from cdktf_openai.testing.synth import Synth, synth, synth_app, synth_stack

if TYPE_CHECKING:
    from cdktf_openai.testing.snapshot import TerraformJSONSnapshotExtension

__all__ = [
    "CDKTF_VERSION_PLACEHOLDER",
    "Synth",
    "TerraformJSONSnapshotExtension",
    "assert_has_output",
    "assert_has_provider",
    "assert_has_resource",
    "assert_references",
    "machine_paths",
    "normalize",
    "reference",
    "referenced_addresses",
    "synth",
    "synth_app",
    "synth_stack",
]


def __getattr__(name: str) -> Any:
    """Import the snapshot extension (and so syrupy) only when it is asked for."""
    if name == "TerraformJSONSnapshotExtension":
        from cdktf_openai.testing.snapshot import TerraformJSONSnapshotExtension

        return TerraformJSONSnapshotExtension
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
