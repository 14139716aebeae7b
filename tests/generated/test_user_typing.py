"""A user's file that uses generated types type-checks with ``mypy --strict``, under each core.

``cdktf_openai.l1`` is generated Python modules (one per type, ``make bindings``), not an import
hook, so that mypy follows ``from cdktf_openai.l1.data_openai_messages import
DataOpenaiMessages`` to the generated class of the core in use: a data source and organisation
resources here, with their keyword arguments and attributes checked, and a wrong argument type
reported. The core is told to mypy as docs/cdktf-or-cdktn.md says (``always_false`` /
``always_true`` of ``CDKTF_OPENAI_CDKTN``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cdktf_openai.core import CORE
from tests.conftest import ROOT

LAYER = "cdktf_openai.generated" if CORE == "cdktf" else "cdktf_openai.generated_cdktn"

USER_FILE = """\
from cdktf_openai.core import App, TerraformOutput, TerraformStack

from cdktf_openai import OpenAIProvider
from cdktf_openai.l1.data_openai_messages import DataOpenaiMessages
from cdktf_openai.l1.project import Project
from cdktf_openai.l1.project_service_account import ProjectServiceAccount

stack = TerraformStack(App(), "admin")
OpenAIProvider(stack, "openai")
project = Project(stack, "project", name="Reviews")
account = ProjectServiceAccount(stack, "ci", project_id=project.id, name="ci")
newest = DataOpenaiMessages(stack, "newest", thread_id="thread_abc", order="desc", limit=1)
TerraformOutput(stack, "reply", value=newest.messages.get(0).content)
TerraformOutput(stack, "key_id", value=account.api_key_id)
reveal_type(project)
reveal_type(newest.messages.get(0).content)
""".replace("cdktf_openai.core", CORE)  # a user imports their core by its own name

#: The same file with a wrong type (``limit`` is a number) and a misspelt keyword.
WRONG = USER_FILE.replace("limit=1", 'limit="1"').replace('name="ci"', 'nam="ci"')


def mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "app.py").write_text(source)
    flag = "--always-true" if CORE == "cdktn" else "--always-false"
    command = [
        *(sys.executable, "-m", "mypy", "--strict", "--config-file", str(ROOT / "pyproject.toml")),
        *(flag, "CDKTF_OPENAI_CDKTN", "--cache-dir", str(tmp_path.parent / "mypy-cache")),
        "app.py",
    ]
    env = {**os.environ, "MYPYPATH": str(ROOT)}
    return subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=900
    )


@pytest.mark.slow
def test_a_users_file_with_a_data_source_and_organisation_resources_type_checks(
    tmp_path: Path,
) -> None:
    result = mypy(tmp_path, USER_FILE)
    assert result.returncode == 0, result.stdout + result.stderr
    revealed = [line for line in result.stdout.splitlines() if "Revealed type" in line]
    assert revealed == [
        f'app.py:15: note: Revealed type is "{LAYER}.project.Project"',
        'app.py:16: note: Revealed type is "str"',
    ], result.stdout

    wrong = mypy(tmp_path, WRONG)
    assert wrong.returncode == 1, wrong.stdout
    errors = [line for line in wrong.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, wrong.stdout
    assert 'Unexpected keyword argument "nam"' in errors[0], errors
    assert 'Argument "limit"' in errors[1] and '"str"' in errors[1], errors
