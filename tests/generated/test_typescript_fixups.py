"""The TypeScript fix-ups of scripts/generate-bindings.js apply exactly, or stop the script.

``TYPESCRIPT_FIXUPS`` renames identifiers in the generator's TypeScript before jsii compiles it
(today two entries: ``_imported`` of openai_model_response, see test_model_response.py, and of
openai_chat_completion, which has an ``imported`` attribute too), for both
generators: cdktf's (``cdktf_openai.generated``) and cdktn's (``cdktf_openai.generated_cdktn``).
Their output differs only in the core's namespace (``cdktf.`` / ``cdktn.``), which the table's
expected lines write as ``<core>``. Each entry must fail loudly when the generator's output is
not the shape it was written for -- a generator upgrade must not silently skip it, nor rename
something else.
"""

from __future__ import annotations

import json
import re
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.generated.cores import CDKTF, CDKTN, Core, node_env

pytestmark = pytest.mark.slow  # runs node

SCRIPT = str(ROOT / "scripts" / "generate-bindings.js")

# Runs applyTypeScriptFixups on `dir` with the table (fields overridden, then `<core>` filled in
# for the core `lib`) and a generator; prints "applied" or the error message.
DRIVER = """
const script = require(process.argv[1]);
const [dir, lib, generator, overrides] = process.argv.slice(2);
const table = script.TYPESCRIPT_FIXUPS.map((fixup) => ({ ...fixup, ...JSON.parse(overrides) }));
try {
  script.applyTypeScriptFixups(dir, lib ? script.fixupsFor(lib, table) : table, generator);
  console.log("applied");
} catch (error) {
  console.log(error.message);
}
"""


def node(*args: str) -> str:
    result = subprocess.run(
        ["node", *args], cwd=ROOT, env=node_env(), capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@cache
def exported() -> dict[str, Any]:
    """What the script exports: the table, and each core's generator and layer."""
    probe = "const s = require(process.argv[1]); console.log(JSON.stringify(s))"
    exports: dict[str, Any] = json.loads(node("-e", probe, SCRIPT))
    return exports


def fixups() -> list[dict[str, Any]]:
    table: list[dict[str, Any]] = exported()["TYPESCRIPT_FIXUPS"]
    return table


def filled(core: Core) -> list[dict[str, Any]]:
    """The table as the script applies it for `core`: `<core>` replaced by its namespace."""
    return [
        {**fixup, "lines": [line.replace("<core>", core.name) for line in fixup["lines"]]}
        for fixup in fixups()
    ]


def apply(directory: Path, core: Core, generator: str | None = None, **overrides: Any) -> str:
    """Applies the table for `core` (`lib=""`: unfilled) with `core`'s generator, or another."""
    args = [SCRIPT, str(directory), core.name, generator or core.generator, json.dumps(overrides)]
    return node("-e", DRIVER, *args).strip()


def tokens(name: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w$]){re.escape(name)}(?![\w$])", text))


# A file in the generator's shape, built from the table: every expected line, plus lines with
# look-alike names that must stay as they are.
def write_expected_shape(directory: Path, fixup: dict[str, Any], core: Core) -> Path:
    path: Path = directory / fixup["file"]
    path.parent.mkdir(parents=True)
    lookalikes = [
        f"private {fixup['from']}Resource?: string;",
        f"{fixup['from'][1:]}: {core.name}.booleanToTerraform(this.{fixup['from']}Resource),",
        f"return this.getStringAttribute('{fixup['from']}_resource');",
    ]
    path.write_text("\n".join(["// generated", *fixup["lines"], *lookalikes, ""]))
    return path


def write_expected_shapes(directory: Path, core: Core) -> list[Path]:
    """Every entry's file in the generator's shape (the first one is model-response's)."""
    return [write_expected_shape(directory, fixup, core) for fixup in filled(core)]


#: The generated files that the table changes, by their folder.
FIXED = {"model-response", "chat-completion"}


def test_the_table_has_the_two_imported_entries_for_both_generators() -> None:
    entries = fixups()
    assert [entry["file"] for entry in entries] == [
        "providers/openai/model-response/index.ts",
        "providers/openai/chat-completion/index.ts",
    ]
    for entry in entries:
        assert (entry["from"], entry["to"]) == ("_imported", "_importedAttribute")
        assert entry["generators"] == [CDKTF.generator, CDKTN.generator]
        assert len(entry["lines"]) == 7
        # the Terraform keys are part of the expected lines, and the rename leaves them alone;
        # the core's namespace is a placeholder, filled in per generator
        assert "imported: <core>.booleanToTerraform(this._imported)," in entry["lines"]
        assert not any("cdktf" in line or "cdktn" in line for line in entry["lines"])
    # the same generated shape in both files
    assert entries[0]["lines"] == entries[1]["lines"]


def test_the_script_knows_each_cores_generator_and_layer() -> None:
    assert exported()["CORES"] == {
        core.name: {"generator": core.generator, "module": core.package} for core in (CDKTF, CDKTN)
    }


def test_the_generators_output_gets_every_use_renamed_and_nothing_else(
    tmp_path: Path, core: Core
) -> None:
    node(SCRIPT, "--core", core.name, "--typescript", str(tmp_path))
    for fixup in fixups():
        text = (tmp_path / fixup["file"]).read_text()
        assert tokens(fixup["from"], text) == 0
        assert tokens(fixup["to"], text) == len(fixup["lines"])
    for folder in sorted(FIXED):
        text = (tmp_path / f"providers/openai/{folder}/index.ts").read_text()
        assert f"imported: {core.name}.booleanToTerraform(this._importedAttribute)," in text
        assert "this.getBooleanAttribute('imported')" in text
    text = (tmp_path / "providers/openai/model-response/index.ts").read_text()
    assert f"_imported_resource: {core.name}.stringToTerraform(this._importedResource)," in text
    others = [p for p in tmp_path.rglob("*.ts") if p.parent.name not in FIXED]
    assert others and not any("_importedAttribute" in p.read_text() for p in others)
    # the TypeScript imports its own core only
    sources = "".join(p.read_text() for p in tmp_path.rglob("*.ts"))
    assert set(re.findall(r"^import .* from '([^']+)';$", sources, re.MULTILINE)) == {
        core.name,
        "constructs",
    }


def test_a_file_of_the_expected_shape_is_renamed_exactly(tmp_path: Path, core: Core) -> None:
    paths = write_expected_shapes(tmp_path, core)
    befores = [path.read_text() for path in paths]
    assert apply(tmp_path, core) == "applied"
    for path, before in zip(paths, befores, strict=True):
        after = path.read_text()
        assert after == re.sub(r"(?<![\w$])_imported(?![\w$])", "_importedAttribute", before)
        assert after.count("_importedResource") == before.count("_importedResource") == 2
        assert "'_imported_resource'" in after


def test_the_other_cores_namespace_stops_the_script(tmp_path: Path) -> None:
    # the cdktf generator's lines, checked as cdktn's: `<core>` must be filled in per core
    path, _ = write_expected_shapes(tmp_path, CDKTF)
    message = apply(tmp_path, CDKTN)
    assert "no longer has the expected shape" in message
    assert "private _imported?: boolean | cdktn.IResolvable;" in message
    assert "_importedAttribute" not in path.read_text()


def test_an_unfilled_table_stops_the_script(tmp_path: Path) -> None:
    write_expected_shapes(tmp_path, CDKTF)
    args = [SCRIPT, str(tmp_path), "", CDKTF.generator, "{}"]
    assert "<core> in the expected lines (use fixupsFor)" in node("-e", DRIVER, *args)


def test_one_more_use_than_expected_stops_the_script(tmp_path: Path, core: Core) -> None:
    path, _ = write_expected_shapes(tmp_path, core)
    path.write_text(path.read_text() + "const copy = this._imported;\n")
    message = apply(tmp_path, core)
    assert "no longer has the expected shape" in message
    assert "const copy = this._imported;" in message
    assert "_importedAttribute" not in path.read_text()


def test_a_use_missing_or_changed_stops_the_script(tmp_path: Path, core: Core) -> None:
    path, _ = write_expected_shapes(tmp_path, core)
    # e.g. a generator that no longer emits the clash (an upgrade that fixed it)
    path.write_text(path.read_text().replace("this._imported = undefined;", "delete x;"))
    assert "no longer has the expected shape" in apply(tmp_path, core)


def test_a_missing_file_stops_the_script(tmp_path: Path, core: Core) -> None:
    expected = "the generator wrote no providers/openai/model-response/index.ts"
    assert expected in apply(tmp_path, core)
    # the first file there, the second one missing
    write_expected_shape(tmp_path, filled(core)[0], core)
    expected = "the generator wrote no providers/openai/chat-completion/index.ts"
    assert expected in apply(tmp_path, core)


def test_the_new_name_already_in_the_file_stops_the_script(tmp_path: Path, core: Core) -> None:
    path, _ = write_expected_shapes(tmp_path, core)
    path.write_text(path.read_text() + "private _importedAttribute = 1;\n")
    assert "_importedAttribute is already in the file" in apply(tmp_path, core)


def test_a_generator_the_entry_was_not_checked_against_stops_the_script(
    tmp_path: Path, core: Core
) -> None:
    write_expected_shapes(tmp_path, core)
    # a generator upgrade (here: the next cdktn), or the table narrowed to the other generator
    message = apply(tmp_path, core, generator="@cdktn/provider-generator 0.25.0")
    assert "not checked against @cdktn/provider-generator 0.25.0" in message
    other = CDKTN if core is CDKTF else CDKTF
    message = apply(tmp_path, core, generators=[other.generator])
    assert f"written for {other.generator}, not checked against {core.generator}" in message
