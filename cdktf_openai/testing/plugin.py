"""The pytest plugin of cdktf-openai: fixtures ``synth_json`` and ``json_snapshot``.

pytest loads it through the ``pytest11`` entry point whenever cdktf-openai is installed
(``-p no:cdktf_openai`` turns it off). It imports syrupy only when ``json_snapshot`` is used,
so a project without syrupy (``pip install cdktf-openai`` without ``[testing]``) still runs its
tests, and ``synth_json`` works there too.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

import pytest

from cdktf_openai.testing.synth import Synth, synth

if TYPE_CHECKING:
    from syrupy.assertion import SnapshotAssertion

__all__ = ["json_snapshot", "synth_json"]

#: What a test without syrupy is told when it asks for ``json_snapshot``.
MISSING_SYRUPY = (
    "the json_snapshot fixture needs syrupy: pip install 'cdktf-openai[testing]' "
    "(or pip install syrupy)"
)


@pytest.fixture
def synth_json() -> Synth:
    """Synthesize a stack, or every stack of an app, into parsed, normalized JSON.

    ``synth_json(stack)`` returns the stack's ``cdk.tf.json`` as a dict; ``synth_json(app)``
    returns stack name to dict. Machine-dependent values (absolute paths, the cdktf version)
    are replaced by placeholders; see :func:`cdktf_openai.testing.normalize`.
    """
    return synth


@pytest.fixture
def json_snapshot(request: pytest.FixtureRequest) -> SnapshotAssertion:
    """Syrupy's ``snapshot`` fixture, storing each snapshot as a sorted, indented ``.json`` file.

    ``assert synth_json(stack) == json_snapshot`` compares with
    ``__snapshots__/<test module>/<test name>.json``; ``pytest --snapshot-update`` writes it.
    """
    if importlib.util.find_spec("syrupy") is None:
        pytest.fail(MISSING_SYRUPY, pytrace=False)
    from cdktf_openai.testing.snapshot import TerraformJSONSnapshotExtension

    snapshot: SnapshotAssertion = request.getfixturevalue("snapshot")
    return snapshot.use_extension(TerraformJSONSnapshotExtension)
