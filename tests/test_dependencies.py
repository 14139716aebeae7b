"""The dependencies whose internals the library relies on stay inside the tested window.

``pyproject.toml`` caps jsii, constructs and each core at the newest version the whole suite
has passed with, and ``constraints/<core>.txt`` pins the environment the suite runs in. This
runs in each core's environment: what is installed is inside the bounds and is what the
constraints file pins, so that widening a bound without running the suite (or running the
suite on versions nobody wrote down) fails here.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import version

import pytest
from packaging.requirements import Requirement

from cdktf_openai.core import CORE
from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
#: The packages whose internals cdktf_openai/workarounds.py relies on (and this core).
CAPPED = ("jsii", "constructs", CORE)


def requirements() -> list[Requirement]:
    """The package's own requirements plus those of this core's extra."""
    listed = [*PYPROJECT["dependencies"], *PYPROJECT["optional-dependencies"][CORE]]
    return [Requirement(text) for text in listed]


def pins(core: str = CORE) -> dict[str, str]:
    lines = (ROOT / "constraints" / f"{core}.txt").read_text().splitlines()
    pairs = (line.split("==", 1) for line in lines if line and not line.startswith("#"))
    return {name.lower(): pinned for name, pinned in pairs}


def newest_tested(name: str) -> tuple[int, ...]:
    """The newest version of ``name`` either core's environment pins."""
    tested = [pins(core).get(name) for core in ("cdktf", "cdktn")]
    return max(tuple(int(part) for part in v.split(".")) for v in tested if v is not None)


@pytest.mark.parametrize("name", CAPPED)
def test_every_requirement_of_a_capped_package_has_an_upper_bound(name: str) -> None:
    found = [r for r in requirements() if r.name == name]
    assert found, f"{name} is not required"
    for requirement in found:
        operators = {spec.operator for spec in requirement.specifier}
        assert operators & {"<=", "=="} or "<" in operators, str(requirement)
        # the cap is a tested version, not the next major one
        assert not requirement.specifier.contains("2.0.0") or name != "jsii", str(requirement)
        assert not requirement.specifier.contains("10.99.0") or name != "constructs"


@pytest.mark.parametrize("name", CAPPED)
def test_the_installed_version_is_inside_every_bound_and_is_the_pinned_one(name: str) -> None:
    installed = version(name)
    for requirement in requirements():
        if requirement.name == name:
            assert requirement.specifier.contains(installed), (str(requirement), installed)
    assert pins()[name] == installed


def test_the_constraints_pin_every_installed_package_but_the_project_itself() -> None:
    pinned = pins()
    assert "cdktf-openai" not in pinned
    assert {"jsii", "constructs", CORE, "pytest", "syrupy", "typeguard"} <= set(pinned)
    # each cap is the newest version tested: that one is in, the next patch is out
    for requirement in requirements():
        if requirement.name in CAPPED:
            major, minor, patch = newest_tested(requirement.name)
            assert requirement.specifier.contains(f"{major}.{minor}.{patch}"), str(requirement)
            assert not requirement.specifier.contains(f"{major}.{minor}.{patch + 1}")
