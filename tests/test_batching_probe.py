"""When jsii's internals change, the library keeps working, and says once what it gave up.

Batching (``cdktf_openai/batching.py``) relies on internals of jsii's Python runtime. Each test
runs the examples app in a fresh process where one of them is made to fail as a jsii release
might: a private name gone, or a request that holds an object's reference as text from the
moment it is built. ``import cdktf_openai`` must still work, the probe must turn batching off
with exactly one ``BatchingOffWarning`` naming the reason, and the app must write the same
bytes as with batching on.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

#: Makes ``from jsii.<module> import <name>`` fail in the library's own modules, as if a jsii
#: release had moved those names; jsii's own code and the generated bindings (which use some of
#: them too, when they check a value) still find them.
HIDE = """
import builtins

hidden = {}
real_import = builtins.__import__

def hide(module_name, *names):
    hidden[module_name] = set(names)

def guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    importer = (globals or {}).get("__name__", "")
    ours = importer.startswith("cdktf_openai") and not importer.startswith(
        ("cdktf_openai.generated", "cdktf_openai.l1")
    )
    missing = sorted(hidden.get(name, set()) & set(fromlist or ()))
    if ours and missing:
        raise ImportError(f"cannot import name {missing[0]!r} from {name!r}")
    return real_import(name, globals, locals, fromlist, level)

builtins.__import__ = guarded_import
"""

#: A jsii whose requests copy an object's reference when they are built (every name is still
#: there): a request built before the queue is sent names the placeholder, not the object.
REFERENCE_COPIED_WHEN_BUILT = """
import jsii._kernel as kernel
from jsii._kernel.types import ObjRef

built = kernel.GetRequest
kernel.GetRequest = lambda objref, property: built(
    objref=ObjRef(ref=objref.ref, interfaces=objref.interfaces), property=property
)
"""

#: What each process runs after its change: the import, the examples, what batching decided.
RUN = """
import sys
import cdktf_openai
assert not any(m.startswith("cdktf_openai.generated") for m in sys.modules)

from cdktf_openai.core import App, TerraformStack, TerraformVariable
from cdktf_openai.tokens import token_kind

import runpy
runpy.run_module("examples", run_name="__main__")
from cdktf_openai import batching
stack = TerraformStack(App(), "kinds")
opaque = TerraformVariable(stack, "v").value  # an opaque token, known without the private name
print("enabled", batching.enabled(), token_kind(opaque), token_kind(stack))
"""

CHANGES = {
    "none": "",
    "private names gone": HIDE
    + "hide('jsii._reference_map', 'InterfaceDynamicProxy')\n"
    + "hide('jsii._kernel', '_make_reference_for_native', '_get_overides')\n",
    "request copies the reference": REFERENCE_COPIED_WHEN_BUILT,
}

#: The reason each warning must give.
REASONS = {
    "private names gone": "the internals of its Python runtime that batching uses are missing",
    "request copies the reference": "cdktf-openai.pending@",  # JavaScript never had that ref
}


def run(change: str, outdir: Path) -> tuple[subprocess.CompletedProcess[str], dict[str, bytes]]:
    env = dict(os.environ, CDKTF_OUTDIR=str(outdir), CDKTF_OPENAI_BATCH="on")
    env.pop("PYTHONWARNINGS", None)
    done = subprocess.run(
        [sys.executable, "-c", CHANGES[change] + RUN],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    files = {str(p.relative_to(outdir)): p.read_bytes() for p in outdir.rglob("*") if p.is_file()}
    return done, files


@pytest.fixture(scope="module")
def batched(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    done, files = run("none", tmp_path_factory.mktemp("batched"))
    assert done.stdout.split()[-3:] == ["True", "any", "None"], done.stdout
    assert "BatchingOffWarning" not in done.stderr, done.stderr
    assert any(path.endswith("cdk.tf.json") for path in files)
    return files


@pytest.mark.slow
@pytest.mark.parametrize("change", sorted(REASONS))
def test_a_changed_jsii_turns_batching_off_with_one_warning_and_the_same_output(
    change: str, batched: dict[str, bytes], tmp_path: Path
) -> None:
    done, files = run(change, tmp_path)
    # the library imported, tokens are still recognised, batching is off
    assert done.stdout.split()[-4:] == ["enabled", "False", "any", "None"], done.stdout
    # one warning, naming the reason, pointing at the user's line (the examples)
    warnings = [line for line in done.stderr.splitlines() if "BatchingOffWarning" in line]
    assert len(warnings) == 1, done.stderr
    assert REASONS[change] in warnings[0]
    assert warnings[0].startswith(str(ROOT / "examples")), warnings[0]
    # and the app wrote the same bytes as with batching on
    assert sorted(files) == sorted(batched)
    for path in files:
        assert files[path] == batched[path], path


@pytest.mark.slow
def test_batching_off_in_the_environment_skips_the_probe_and_warns_nothing(tmp_path: Path) -> None:
    env = dict(os.environ, CDKTF_OPENAI_BATCH="off")
    program = CHANGES["request copies the reference"] + (
        "from cdktf_openai import batching\nprint(batching.enabled())"
    )
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", program],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "False"), done.stderr
