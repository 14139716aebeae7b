"""Nobody pays for what they do not use: the generated layer is imported module by module.

The generated layer has a module per type of the provider (90, and the provider block), and
``cdktf_openai.l1`` one per module; the jsii assembly behind them is loaded once, when the first
of them is imported. ``import cdktf_openai`` imports none of them, and an app built from the
library's constructs (the examples) imports only the modules of the types those constructs
are -- never a data source's, never an organisation resource's.
(``benchmarks/footprint.py`` measures what the assembly costs; ``BENCHMARKS.md``, "Footprint".)
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cdktf_openai.core import CORE
from tests.conftest import ROOT

LAYER = "cdktf_openai.generated" if CORE == "cdktf" else "cdktf_openai.generated_cdktn"

#: The generated modules the library's constructs are made of: its 9 resources, the
#: organisation's 7 (issue 23) and the data source ``TeamProject`` looks e-mail addresses up
#: with, the provider block, and its own ``batching`` (scripts/batch.ts).
USED_BY_THE_LIBRARY = {
    "assistant",
    "file",
    "message",
    "model_response",
    "project",
    "project_user",
    "project_service_account",
    "rate_limit",
    "invite",
    "organization_user",
    "admin_api_key",
    "data_openai_organization_user",
    "data_openai_messages",  # the composites' .text (issue 22, reply.py)
    "run",
    "thread",
    "thread_run",
    "vector_store",
    "vector_store_file",
    "provider",
    "batching",
}

PROBE = """
import json, sys, tempfile

def generated():
    return sorted(
        name.split(".")[2]
        for name in sys.modules
        if name.startswith(("cdktf_openai.generated.", "cdktf_openai.generated_cdktn.",
                            "cdktf_openai.l1."))
        and not name.split(".")[2].startswith("_")
    )

import cdktf_openai
after_import = generated()
layer_loaded = any(name.startswith("cdktf_openai.generated") for name in sys.modules)

from cdktf_openai.core import App
from examples import build_all
app = App(outdir=tempfile.mkdtemp())
build_all(app)
app.synth()
print(json.dumps({"import": after_import, "layer": layer_loaded, "app": generated()}))
"""


def probe(cwd: Path) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=cwd, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr
    loaded: dict[str, object] = json.loads(result.stdout.splitlines()[-1])
    return loaded


@pytest.mark.slow
def test_import_loads_no_generated_module_and_the_examples_only_their_own() -> None:
    loaded = probe(ROOT)
    assert loaded["import"] == [] and loaded["layer"] is False
    used = set(loaded["app"])  # type: ignore[call-overload]
    # the examples' constructs are made of the library's modules only ...
    assert {"assistant", "thread", "run", "model_response", "provider", "batching"} <= used
    assert used <= USED_BY_THE_LIBRARY, used - USED_BY_THE_LIBRARY
    # ... and none of the other 81 of the layer's 92 submodules
    layer = {p.parent.name for p in ROOT.joinpath(*LAYER.split(".")).glob("*/__init__.py")}
    assert len(layer - {"_jsii"}) == 92
    assert not used - layer


# -- the layers: what states rules and renders values does not reach into how objects are made --

PACKAGE = ROOT / "cdktf_openai"
#: The modules that state rules (limits, validation), the organisation's Defaults, and render
#: values and references (props, literal, references, tokens): none of them may import,
#: directly or through another module, how constructs are created (batching).
RULES_AND_RENDERING = (
    "cdktf_openai.limits",
    "cdktf_openai.validation",
    "cdktf_openai.defaults",
    "cdktf_openai.props",
    "cdktf_openai.literal",
    "cdktf_openai.references",
    "cdktf_openai.tokens",
)
CREATION = "cdktf_openai.batching"


def imports_of(module: str) -> set[str]:
    """The package's modules that ``module`` imports anywhere (at import or in a function)."""
    import ast

    path = PACKAGE.parent / (module.replace(".", "/") + ".py")
    if not path.exists():
        path = path.with_suffix("") / "__init__.py"
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    own = {name for name in found if name.startswith("cdktf_openai.")}
    return {
        name
        for name in own
        if (PACKAGE.parent / (name.replace(".", "/") + ".py")).exists()
        and not name.startswith(("cdktf_openai.generated", "cdktf_openai.l1"))
    }


def reachable(start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(imports_of(module))
    return seen


@pytest.mark.parametrize("module", RULES_AND_RENDERING)
def test_rules_defaults_and_rendering_do_not_import_batching(module: str) -> None:
    assert CREATION not in reachable(module), module
    # the graph is read right: the constructs' shared base does import batching
    assert CREATION in reachable("cdktf_openai.base")


@pytest.mark.parametrize("module", RULES_AND_RENDERING)
def test_importing_a_rule_or_rendering_module_loads_no_batching(module: str) -> None:
    probe = f"import sys, {module}; print({CREATION!r} in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert result.stdout.strip() == "False", result.stderr
