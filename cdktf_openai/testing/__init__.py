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

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cdktf_openai.testing.assertions import (
        assert_has_output,
        assert_has_provider,
        assert_has_resource,
        assert_references,
        reference,
        referenced_addresses,
    )
    from cdktf_openai.testing.normalization import (
        CDKTF_VERSION_PLACEHOLDER,
        machine_paths,
        normalize,
    )
    from cdktf_openai.testing.snapshot import TerraformJSONSnapshotExtension
    from cdktf_openai.testing.synthesis import Synth, synth, synth_app, synth_stack

#: Public name to the module that defines it. Names load on first use (PEP 562): the pytest
#: plugin lives in this package, and loading it must import neither cdktf (whose jsii kernel
#: copies the environment when it starts) nor syrupy (an optional dependency).
_EXPORTS = {
    "CDKTF_VERSION_PLACEHOLDER": "normalization",
    "Synth": "synthesis",
    "TerraformJSONSnapshotExtension": "snapshot",
    "assert_has_output": "assertions",
    "assert_has_provider": "assertions",
    "assert_has_resource": "assertions",
    "assert_references": "assertions",
    "machine_paths": "normalization",
    "normalize": "normalization",
    "reference": "assertions",
    "referenced_addresses": "assertions",
    "synth": "synthesis",
    "synth_app": "synthesis",
    "synth_stack": "synthesis",
}

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
    """Import a public name from its module the first time it is asked for."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, loaded or not."""
    return sorted({*globals(), *_EXPORTS})
