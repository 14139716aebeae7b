"""The generated layers are namespaced, marked as generated, and reproducible from the schema.

Two layers come from the one schema (``make bindings``): ``cdktf_openai/generated`` (cdktf) and
``cdktf_openai/generated_cdktn`` (CDK Terrain). The tests that take ``core`` run for each.
"""

from __future__ import annotations

import filecmp
import io
import json
import re
import subprocess
import sys
import sysconfig
import tarfile
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.schema import SCHEMA_FILE_NAME, provider_schema
from tests.conftest import ROOT
from tests.generated.cores import CDKTF, CDKTN, CORES, Core, node_env

#: The generator's submodules: one per resource (``openai_project`` is ``project``), one per data
#: source (``openai_messages`` is ``data_openai_messages``), and the provider.
GENERATED = (
    {name.removeprefix("openai_") for name in provider_schema()["resource_schemas"]}
    | {f"data_{name}" for name in provider_schema()["data_source_schemas"]}
    | {"provider"}
)
#: Ours, compiled into the same assembly from scripts/batch.ts (see cdktf_openai/batching.py);
#: not ``batch``, which is the resource ``openai_batch``.
OWN = {"batching"}
SUBMODULES = GENERATED | OWN


def python_files(core: Core) -> list[Path]:
    return sorted(p for p in core.directory.rglob("*.py") if "__pycache__" not in p.parts)


def imported_modules(core: Core) -> set[str]:
    """The top-level module of every import statement in the layer's Python files."""
    found: set[str] = set()
    for path in python_files(core):
        for line in path.read_text().splitlines():
            match = re.match(r"\s*(?:import|from)\s+([\w.]+)", line)
            if match and not match.group(1).startswith("."):
                found.add(match.group(1).split(".")[0])
    return found


def assembly(core: Core) -> dict[str, Any]:
    """The layer's jsii assembly (the ``.jsii`` file in its ``_jsii/*.jsii.tgz``)."""
    (tarball,) = (core.directory / "_jsii").glob("*.jsii.tgz")
    with tarfile.open(tarball) as archive:
        member = archive.extractfile("package/.jsii")
        assert member is not None
        spec: dict[str, Any] = json.load(io.TextIOWrapper(member, encoding="utf-8"))
    spec["tarball"] = tarball.name
    return spec


def test_one_submodule_per_resource_and_the_provider_and_our_batch(core: Core) -> None:
    found = {p.parent.name for p in core.directory.glob("*/__init__.py")} - {"_jsii"}
    assert found == SUBMODULES
    assert len(GENERATED) == 34 + 56 + 1 and not GENERATED & OWN


def test_our_batch_class_is_compiled_into_each_assembly_from_scripts_batch_ts(core: Core) -> None:
    spec = assembly(core)
    batch = spec["types"][f"{core.assembly}.batching.Batch"]
    assert batch["kind"] == "class" and "initializer" not in batch
    methods = {m["name"]: m for m in batch["methods"]}
    assert set(methods) == {"checkTerraformVersionOnce", "children", "create"}
    assert all(m["static"] for m in methods.values())
    assert [p["name"] for p in methods["create"]["parameters"]] == ["specs", "objects"]
    assert [p["name"] for p in methods["children"]["parameters"]] == ["scope", "full"]
    (companion,) = methods["checkTerraformVersionOnce"]["parameters"]
    assert companion["type"] == {"fqn": f"{core.name}.DataResource"}  # the layer's own core
    # the only type that is not the generator's
    own = {fqn for fqn in spec["types"] if fqn.split(".")[1] in OWN}
    assert own == {f"{core.assembly}.batching.Batch"}
    with tarfile.open(core.directory / "_jsii" / spec["tarball"]) as archive:
        member = archive.extractfile("package/providers/openai/batching/index.js")
        assert member is not None
        compiled = member.read().decode()
    # the core it imports is the layer's own
    assert f'require("{core.name}")' in compiled
    assert ('require("cdktf")' in compiled) == (core.name == "cdktf")


def test_every_generated_python_file_says_it_is_generated_and_how(core: Core) -> None:
    files = python_files(core)
    assert len(files) == len(SUBMODULES) + 2  # plus the package root and _jsii
    for path in files:
        head = path.read_text().splitlines()[:3]
        assert head[0] == "# GENERATED FILE -- DO NOT EDIT BY HAND.", path
        assert "make bindings" in head[1] and core.generator in head[1], path
        assert f"cdktf_openai/schema/{SCHEMA_FILE_NAME}" in head[2], path
    readme = (core.directory / "README.md").read_text()
    assert readme.startswith(f"# {core.package}\n\nGENERATED -- do not edit.")
    assert core.generator in readme and "TYPESCRIPT_FIXUPS" in readme


def test_import_openai_does_not_find_a_module_of_ours() -> None:
    # run in a fresh interpreter of the project's environment, from the project root, where a
    # stray openai/ folder or module would shadow OpenAI's SDK
    probe = "import importlib.util as u; s = u.find_spec('openai'); print(s and s.origin)"
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    origin = result.stdout.strip()
    # the SDK itself (the offline extra's openai) lives in the environment's site-packages,
    # which is inside the project when the environment is .venv
    installed = origin.startswith(sysconfig.get_paths()["purelib"])
    assert origin == "None" or installed or not origin.startswith(str(ROOT)), origin
    for core in CORES:
        assert (core.directory / "run" / "__init__.py").is_file(), core.package
    assert not (ROOT / "openai").exists() and not (ROOT / "openai.py").exists()


def test_each_layer_imports_its_own_core_only() -> None:
    assert {"cdktn", "cdktf"} & imported_modules(CDKTN) == {"cdktn"}
    assert {"cdktn", "cdktf"} & imported_modules(CDKTF) == {"cdktf"}
    for path in python_files(CDKTN):
        assert not re.search(r"\bcdktf\.", path.read_text()), path  # no cdktf.X, even in strings


def test_each_layer_has_its_own_jsii_assembly_that_depends_on_its_own_core() -> None:
    cdktf, cdktn = assembly(CDKTF), assembly(CDKTN)
    # two names: in one process, jsii's kernel would load the second layer under the first one's
    assert (cdktf["name"], cdktn["name"]) == (CDKTF.assembly, CDKTN.assembly)
    assert cdktf["name"] != cdktn["name"]
    assert set(cdktf["dependencies"]) == {"cdktf", "constructs"}
    assert set(cdktn["dependencies"]) == {"cdktn", "constructs"}
    assert cdktn["dependencies"]["cdktn"] == "0.24.0"
    assert cdktf["targets"]["python"]["module"] == CDKTF.package
    assert cdktn["targets"]["python"]["module"] == CDKTN.package
    for core, spec in ((CDKTF, cdktf), (CDKTN, cdktn)):
        assert spec["tarball"] == f"{core.assembly}@0.0.0.jsii.tgz"
        loader = (core.directory / "_jsii" / "__init__.py").read_text()
        assert re.search(rf'JSIIAssembly\.load\(\s*"{re.escape(core.assembly)}",', loader)
        base = spec["types"][f"{core.assembly}.assistant.Assistant"]["base"]
        assert base == f"{core.name}.TerraformResource"


# The layer alone, in a fresh interpreter: `cdktf_openai` is a bare namespace there, so that
# only the layer's own imports run (not the package's, which load the package's core).
LAYER_ONLY = """
import importlib, json, pathlib, sys, types
package = types.ModuleType("cdktf_openai")
package.__path__ = [str(pathlib.Path("cdktf_openai").resolve())]
sys.modules["cdktf_openai"] = package
layer = sys.argv[1]
for short in sys.argv[2:]:
    importlib.import_module(f"{layer}.{short}")
cores = sorted(name for name in ("cdktf", "cdktn") if name in sys.modules)
print(json.dumps(cores))
"""


@pytest.mark.slow
def test_the_cdktn_layer_loads_cdktn_and_never_cdktf() -> None:
    # in the cdktn environment, whichever core this run uses
    python = str(CDKTN.venv / "bin" / "python")
    command = [python, "-c", LAYER_ONLY, CDKTN.package, *sorted(SUBMODULES)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == ["cdktn"]


# Both layers in one process, the cdktn one first. Each layer works in its own core's app. The
# cdktf layer's Assistant in a cdktn stack must be a cdktf JavaScript object, which cdktn's
# synthesis refuses. (With one assembly name for both layers, jsii backed it with the cdktn
# layer's JavaScript class, loaded first, and that stack synthesized without a word.)
BOTH_LAYERS = """
import json, pathlib, sys, tempfile, types
package = types.ModuleType("cdktf_openai")
package.__path__ = [str(pathlib.Path("cdktf_openai").resolve())]
sys.modules["cdktf_openai"] = package
import cdktf, cdktn
from cdktf_openai.generated_cdktn import assistant as cdktn_assistant, provider as cdktn_provider
from cdktf_openai.generated import assistant as cdktf_assistant, provider as cdktf_provider
print(cdktn_assistant.Assistant.__jsii_type__, cdktf_assistant.Assistant.__jsii_type__)
for lib, provider, assistant in (
    (cdktn, cdktn_provider, cdktn_assistant),
    (cdktf, cdktf_provider, cdktf_assistant),
):
    app = lib.App(outdir=tempfile.mkdtemp())
    stack = lib.TerraformStack(app, "own")
    provider.OpenaiProvider(stack, "openai")
    assistant.Assistant(stack, "a", model="gpt-4o")
    app.synth()
    document = json.loads(pathlib.Path(app.outdir, "stacks/own/cdk.tf.json").read_text())
    print(lib.__name__, sorted(document["resource"]))
app = cdktn.App(outdir=tempfile.mkdtemp())
stack = cdktn.TerraformStack(app, "mixed")
cdktn_provider.OpenaiProvider(stack, "openai")
cdktf_assistant.Assistant(stack, "a", model="gpt-4o")
try:
    app.synth()
    print("mixed: synthesized")
except RuntimeError as error:
    missing = "_resetResolveDiscoveredProviderFeatureUsage is not a function"
    print("mixed: refused", missing in str(error))
"""


@pytest.mark.slow
def test_two_layers_in_one_process_keep_their_own_javascript_classes() -> None:
    # both cores in one process: the cdktn environment, with cdktf from the cdktf environment
    # after its own packages (so that jsii and constructs stay cdktn's)
    cdktf_site = next((CDKTF.venv / "lib").glob("python3*/site-packages"))
    both = f"import sys; sys.path.append({str(cdktf_site)!r})\n" + BOTH_LAYERS
    python = str(CDKTN.venv / "bin" / "python")
    result = subprocess.run(
        [python, "-c", both], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "mkdev-me_openai_cdktn.assistant.Assistant mkdev-me_openai.assistant.Assistant",
        "cdktn ['openai_assistant']",
        "cdktf ['openai_assistant']",
        "mixed: refused True",
    ]


@pytest.mark.slow
@pytest.mark.core_independent  # node makes both layers: the same under either core
def test_make_bindings_reproduces_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    # both layers, as `make bindings` makes them, with the Makefile's Node 22
    result = subprocess.run(
        ["node", "scripts/generate-bindings.js", "--out", str(tmp_path)],
        cwd=ROOT,
        env=node_env(),
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr
    assert "end-of-life" not in result.stdout + result.stderr

    # each layer, and cdktf_openai.l1 (generated with them: one module per submodule)
    for package in [core.package for core in CORES] + ["cdktf_openai.l1"]:
        committed = ROOT.joinpath(*package.split("."))
        fresh = tmp_path.joinpath(*package.split("."))
        committed_files = sorted(
            p.relative_to(committed)
            for p in committed.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        )
        fresh_files = sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file())
        assert fresh_files == committed_files, package
        _, mismatch, errors = filecmp.cmpfiles(committed, fresh, committed_files, shallow=False)
        assert (mismatch, errors) == ([], []), package
    assert sorted(p.name for p in (tmp_path / "cdktf_openai").iterdir()) == [
        "generated",
        "generated_cdktn",
        "l1",
    ]
