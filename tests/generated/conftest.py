"""The ``core`` fixture: each test that takes it runs once per generated layer."""

from __future__ import annotations

import pytest

from tests.generated.cores import CORES, Core


@pytest.fixture(params=CORES, ids=[core.name for core in CORES])
def core(request: pytest.FixtureRequest) -> Core:
    """cdktf (``cdktf_openai.generated``), then cdktn (``cdktf_openai.generated_cdktn``)."""
    chosen: Core = request.param
    return chosen
