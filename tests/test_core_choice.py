"""Which core the package runs on when both are installed: explicit, or a clear error.

Each case runs a fresh Python in an environment that has both cores (the cdktn environment,
with cdktf's site-packages appended, as a user who installed both extras would have), or one
with neither, because the choice is made once, at import (``cdktf_openai/core.py``).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.generated.cores import CDKTF, CDKTN

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(
    not (CDKTF.venv.exists() and CDKTN.venv.exists()),
    reason="needs both environments (make setup makes .venv and .venv-cdktn)",
)


def _site_packages(venv: Path) -> Path:
    return next((venv / "lib").glob("python3*/site-packages"))


def _run(
    code: str, *, choice: str | None = None, both: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in the cdktn environment, with cdktf installed too when ``both``."""
    prelude = "import sys\n"
    if both:
        prelude += f"sys.path.append({str(_site_packages(CDKTF.venv))!r})\n"
    env = {k: v for k, v in os.environ.items() if k != "CDKTF_OPENAI_CORE"}
    if choice is not None:
        env["CDKTF_OPENAI_CORE"] = choice
    return subprocess.run(
        [str(CDKTN.venv / "bin" / "python"), "-c", prelude + code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _last_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = (result.stdout + result.stderr).strip().splitlines()
    return lines[-1] if lines else ""


def test_both_installed_and_no_choice_is_an_import_error_that_says_how_to_choose() -> None:
    result = _run("import cdktf_openai.core")
    assert result.returncode == 1
    assert _last_line(result) == (
        "ImportError: cdktf-openai: both cdktn and cdktf are installed; choose one with "
        "CDKTF_OPENAI_CORE=cdktn or CDKTF_OPENAI_CORE=cdktf (an app must use one core)"
    )


@pytest.mark.parametrize("core", ["cdktf", "cdktn"])
def test_the_environment_variable_chooses_the_core(core: str) -> None:
    result = _run(
        "from cdktf_openai import Assistant, core\n"
        "layer = next(c.__module__ for c in Assistant.__mro__ if '.generated' in c.__module__)\n"
        "print(core.CORE, core.TerraformStack.__module__.split('.')[0], layer.split('.')[1])",
        choice=core,
    )
    assert result.returncode == 0, result.stderr
    # the core's names, and the generated layer the L2 builds on, are that core's
    layer = "generated" if core == "cdktf" else "generated_cdktn"
    assert result.stdout.split() == [core, core, layer]


def test_a_choice_that_is_not_a_core_is_an_import_error() -> None:
    result = _run("import cdktf_openai.core", choice="terraform")
    assert result.returncode == 1
    assert _last_line(result) == (
        "ImportError: cdktf-openai: CDKTF_OPENAI_CORE must be cdktn or cdktf, got 'terraform'"
    )


@pytest.mark.parametrize("core", ["cdktf", "cdktn"])
def test_without_a_choice_the_core_the_app_imported_first_is_used(core: str) -> None:
    result = _run(f"import {core}\nfrom cdktf_openai import core\nprint(core.CORE)")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == core


def test_a_construct_refuses_to_be_created_once_both_cores_are_imported() -> None:
    result = _run(
        "import cdktn, cdktf\n"
        "from cdktf_openai import Assistant\n"
        "from cdktf_openai.errors import ValidationError\n"
        "app = cdktn.App()\n"
        "stack = cdktn.TerraformStack(app, 'stack')\n"
        "try:\n"
        "    Assistant(stack, 'reviewer', model='gpt-4o')\n"
        "except ValidationError as error:\n"
        "    print(error)\n",
        choice="cdktn",
    )
    assert result.returncode == 0, result.stderr
    assert "stack" in result.stdout
    assert "core must be one per app: this process imported both cdktf and cdktn" in (
        result.stdout.replace("\n", " ")
    ), result.stdout
    assert "CDKTF_OPENAI_CORE" in result.stdout


def test_only_cdktn_installed_needs_no_choice() -> None:
    result = _run("from cdktf_openai import core\nprint(core.CORE)", both=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "cdktn"


def test_no_core_installed_is_an_import_error_that_names_both_extras(tmp_path: Path) -> None:
    # the cdktn environment with its core hidden: every package of its site-packages but cdktn
    site = _site_packages(CDKTN.venv)
    hidden = tmp_path / "site"
    hidden.mkdir()
    for entry in site.iterdir():
        if not entry.name.startswith("cdktn"):
            (hidden / entry.name).symlink_to(entry)
    code = (
        f"sys.path[:] = [p for p in sys.path if p != {str(site)!r}] + [{str(hidden)!r}]\n"
        "import cdktf_openai.core\n"
    )
    result = _run(code, both=False)
    assert result.returncode == 1
    assert _last_line(result) == (
        "ImportError: cdktf-openai needs a Terraform CDK core: pip install "
        "'cdktf-openai[cdktn]' (CDK Terrain) or 'cdktf-openai[cdktf]' (cdktf 0.21)"
    )
