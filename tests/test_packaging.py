"""The package as users get it: sdist and wheel, installed in a clean environment, typed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from cdktf_openai.core import CORE
from tests.conftest import ROOT

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]

USER_APP = """\
from cdktf_openai.core import App, TerraformStack, TerraformVariable

from cdktf_openai import CodeReviewRun, NumberToken, OpenAIProvider, Response, Run


def build(app: App) -> Run:
    stack = TerraformStack(app, "typed")
    OpenAIProvider(stack, "openai")
    cap = TerraformVariable(stack, "cap", type="number")
    review = CodeReviewRun(stack, "review", code="x = 1", language="python", model="gpt-4o")
    Response(
        stack, "answer", model="gpt-4o", input="Hi", max_output_tokens=NumberToken(cap.number_value)
    )
    reviewer_id: str = review.assistant.id  # the composite's parts are typed
    assert reviewer_id
    return review.run


status: str = build(App()).status
"""

# a user imports their core by its own name
USER_APP = USER_APP.replace("cdktf_openai.core", CORE)
USER_APP_WITH_A_TYPE_ERROR = USER_APP.replace('model="gpt-4o"', "model=4")
# a whole-number prop does not take a float (a token is a NumberToken)
USER_APP_WITH_A_FLOAT = USER_APP.replace("NumberToken(cap.number_value)", "1.5")


#: The mypy setting for cdktf projects (docs/cdktf-or-cdktn.md, Static types).
MYPY_ON_CDKTF = '[tool.mypy]\nalways_false = ["CDKTF_OPENAI_CDKTN"]\n'
#: What the package's names of the core are to a type checker.
REVEAL_CORE = """
from cdktf_openai.core import TerraformStack as CoreStack

reveal_type(CoreStack)
reveal_type(build(App()).depends_on)
"""


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key != "PYTHONPATH" and not key.startswith("JSII_SILENCE")
    }
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


@pytest.mark.slow
@pytest.mark.xdist_group("wheel")  # one worker builds the wheel once (conftest.py)
def test_build_install_synthesize_and_type_check_from_the_wheel(
    distributions: Path, tmp_path: Path
) -> None:
    (wheel,) = distributions.glob(f"cdktf_openai-{VERSION}-py3-none-any.whl")
    (sdist,) = distributions.glob(f"cdktf_openai-{VERSION}.tar.gz")

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for expected in (
        "cdktf_openai/py.typed",
        "cdktf_openai/generated/py.typed",
        "cdktf_openai/generated/_jsii/mkdev-me_openai@0.0.0.jsii.tgz",
        "cdktf_openai/generated_cdktn/py.typed",
        "cdktf_openai/generated_cdktn/_jsii/mkdev-me_openai_cdktn@0.0.0.jsii.tgz",
        "cdktf_openai/schema/mkdev-openai-1.2.0.full.schema.json",
        "cdktf_openai_quiet_node.pth",
    ):
        assert expected in names, expected
    assert not any(name.startswith(("tests/", "examples/", "openai/")) for name in names)
    with tarfile.open(sdist) as archive:
        sdist_names = archive.getnames()
    assert f"cdktf_openai-{VERSION}/pyproject.toml" in sdist_names
    assert f"cdktf_openai-{VERSION}/CHANGELOG.md" in sdist_names

    venv = tmp_path / "venv"
    ok(run([sys.executable, "-m", "venv", str(venv)], tmp_path))
    python = str(venv / "bin" / "python")
    ok(run([python, "-m", "pip", "install", "--quiet", str(wheel)], tmp_path))
    # without a core extra, the first construct says which extra to install
    bare = run([python, "-c", "import cdktf_openai; cdktf_openai.Assistant"], tmp_path)
    assert bare.returncode == 1
    assert "pip install 'cdktf-openai[cdktn]'" in bare.stderr
    assert "'cdktf-openai[cdktf]'" in bare.stderr
    ok(run([python, "-m", "pip", "install", "--quiet", f"{wheel}[{CORE}]"], tmp_path))

    # an example app, run from a folder that is not this repository, on the installed package
    project = tmp_path / "project"
    shutil.copytree(ROOT / "examples", project / "examples")
    synthesized = ok(run([python, "-m", "examples"], project))
    assert "end-of-life" not in synthesized  # the installed .pth silenced node's banner
    stack = project / "cdktf.out" / "stacks" / "quickstart" / "cdk.tf.json"
    assert '"source": "mkdev-me/openai"' in stack.read_text()
    probe = "import cdktf_openai; print(cdktf_openai.__version__, cdktf_openai.__file__)"
    version, location = ok(run([python, "-c", probe], project)).split()
    assert version == VERSION and "site-packages" in location

    # py.typed: a user's code type-checks in strict mode against the installed package; on
    # cdktf, with the setting docs/cdktf-or-cdktn.md gives, the core's names are cdktf's (not Any)
    mypy = [sys.executable, "-m", "mypy", "--strict", "--python-executable", python]
    if CORE == "cdktf":
        assert (
            'always_false = ["CDKTF_OPENAI_CDKTN"]'
            in (ROOT / "docs" / "cdktf-or-cdktn.md").read_text()
        )
        (project / "pyproject.toml").write_text(MYPY_ON_CDKTF)
    (project / "app.py").write_text(USER_APP + REVEAL_CORE)
    revealed = ok(run([*mypy, "app.py"], project))
    assert f"-> {CORE}.TerraformStack" in revealed, revealed
    assert 'Revealed type is "Any"' not in revealed, revealed  # depends_on: list[str] | None
    (project / "app.py").write_text(USER_APP)
    ok(run([*mypy, "app.py"], project))
    (project / "app.py").write_text(USER_APP_WITH_A_TYPE_ERROR)
    wrong = run([*mypy, "app.py"], project)
    assert wrong.returncode == 1 and 'Argument "model"' in wrong.stdout, wrong.stdout
    (project / "app.py").write_text(USER_APP_WITH_A_FLOAT)
    wrong = run([*mypy, "app.py"], project)
    assert wrong.returncode == 1 and 'Argument "max_output_tokens"' in wrong.stdout, wrong.stdout
