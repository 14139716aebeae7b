"""The ``core`` fixture: the generated layer of the core this test run uses.

``make test`` runs the suite once per core (``.venv``: cdktf, ``.venv-cdktn``: cdktn), so each
layer's runtime tests run in the run of its core, and no test is skipped in either.
"""

from __future__ import annotations

import pytest

from cdktf_openai.core import CORE
from tests.generated.cores import CORES, Core

#: The layer of the core in use.
IN_USE = [core for core in CORES if core.name == CORE]


@pytest.fixture(params=IN_USE, ids=[core.name for core in IN_USE])
def core(request: pytest.FixtureRequest) -> Core:
    """``cdktf_openai.generated`` under cdktf, ``cdktf_openai.generated_cdktn`` under cdktn."""
    chosen: Core = request.param
    return chosen
