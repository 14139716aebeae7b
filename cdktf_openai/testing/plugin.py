"""The pytest plugin of cdktf-openai: fixtures ``synth_json`` and ``json_snapshot``.

pytest loads it through the ``pytest11`` entry point whenever cdktf-openai is installed
(``-p no:cdktf_openai`` turns it off). Loading it imports neither cdktf nor syrupy: cdktf's
jsii kernel copies the environment when it starts, so other plugins (the offline double's) must
be able to set variables first; and a project without syrupy (``pip install cdktf-openai``
without ``[testing]``) still runs its tests, with ``synth_json`` working there too. The
fixtures import what they need when a test uses them.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from syrupy.assertion import SnapshotAssertion

    from cdktf_openai.testing.synthesis import Synth

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
    from cdktf_openai.testing.synthesis import synth

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
