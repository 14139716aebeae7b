"""The TypeScript fix-ups of scripts/generate-bindings.js apply exactly, or stop the script.

``TYPESCRIPT_FIXUPS`` renames identifiers in the generator's TypeScript before jsii compiles it
(today one entry: ``_imported`` of openai_model_response, see test_model_response.py). Each
entry must fail loudly when the generator's output is not the shape it was written for -- a
generator upgrade must not silently skip it, nor rename something else.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow  # runs node

# Runs applyTypeScriptFixups(dir, table) from the script; prints "applied" or the error message.
DRIVER = """
const script = require(process.argv[1]);
const [dir, overrides] = [process.argv[2], JSON.parse(process.argv[3])];
const table = script.TYPESCRIPT_FIXUPS.map((fixup) => ({ ...fixup, ...overrides }));
try {
  script.applyTypeScriptFixups(dir, table);
  console.log("applied");
} catch (error) {
  console.log(error.message);
}
"""


def node(*args: str) -> str:
    assert (ROOT / "node_modules").is_dir(), "node_modules missing: run through `make test`"
    env = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    result = subprocess.run(
        ["node", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def fixups() -> list[dict[str, Any]]:
    script = str(ROOT / "scripts" / "generate-bindings.js")
    table: list[dict[str, Any]] = json.loads(
        node("-e", f"console.log(JSON.stringify(require({script!r}).TYPESCRIPT_FIXUPS))")
    )
    return table


def apply(directory: Path, **overrides: Any) -> str:
    script = str(ROOT / "scripts" / "generate-bindings.js")
    return node("-e", DRIVER, script, str(directory), json.dumps(overrides)).strip()


def tokens(name: str, text: str) -> int:
    return len(re.findall(rf"(?<![\w$]){re.escape(name)}(?![\w$])", text))


# A file in the generator's shape, built from the table: every expected line, plus lines with
# look-alike names that must stay as they are.
def write_expected_shape(directory: Path, fixup: dict[str, Any]) -> Path:
    path: Path = directory / fixup["file"]
    path.parent.mkdir(parents=True)
    lookalikes = [
        f"private {fixup['from']}Resource?: string;",
        f"{fixup['from'][1:]}: cdktf.booleanToTerraform(this.{fixup['from']}Resource),",
        f"return this.getStringAttribute('{fixup['from']}_resource');",
    ]
    path.write_text("\n".join(["// generated", *fixup["lines"], *lookalikes, ""]))
    return path


def test_the_table_has_the_model_response_entry() -> None:
    (entry,) = fixups()
    assert entry["file"] == "providers/openai/model-response/index.ts"
    assert (entry["from"], entry["to"]) == ("_imported", "_importedAttribute")
    assert entry["generators"] == ["@cdktf/provider-generator 0.21.0"]
    assert len(entry["lines"]) == 7
    # the Terraform keys are part of the expected lines, and the rename leaves them alone
    assert "imported: cdktf.booleanToTerraform(this._imported)," in entry["lines"]


def test_the_generators_output_gets_every_use_renamed_and_nothing_else(tmp_path: Path) -> None:
    node("scripts/generate-bindings.js", "--typescript", str(tmp_path))
    for fixup in fixups():
        text = (tmp_path / fixup["file"]).read_text()
        assert tokens(fixup["from"], text) == 0
        assert tokens(fixup["to"], text) == len(fixup["lines"])
    text = (tmp_path / "providers/openai/model-response/index.ts").read_text()
    assert "imported: cdktf.booleanToTerraform(this._importedAttribute)," in text
    assert "_imported_resource: cdktf.stringToTerraform(this._importedResource)," in text
    assert "this.getBooleanAttribute('imported')" in text
    others = [p for p in tmp_path.rglob("*.ts") if p.parent.name != "model-response"]
    assert others and not any("_importedAttribute" in p.read_text() for p in others)


def test_a_file_of_the_expected_shape_is_renamed_exactly(tmp_path: Path) -> None:
    (fixup,) = fixups()
    path = write_expected_shape(tmp_path, fixup)
    before = path.read_text()
    assert apply(tmp_path) == "applied"
    after = path.read_text()
    assert after == re.sub(r"(?<![\w$])_imported(?![\w$])", "_importedAttribute", before)
    assert after.count("_importedResource") == before.count("_importedResource") == 2
    assert "'_imported_resource'" in after


def test_one_more_use_than_expected_stops_the_script(tmp_path: Path) -> None:
    (fixup,) = fixups()
    path = write_expected_shape(tmp_path, fixup)
    path.write_text(path.read_text() + "const copy = this._imported;\n")
    message = apply(tmp_path)
    assert "no longer has the expected shape" in message
    assert "const copy = this._imported;" in message
    assert "_importedAttribute" not in path.read_text()


def test_a_use_missing_or_changed_stops_the_script(tmp_path: Path) -> None:
    (fixup,) = fixups()
    path = write_expected_shape(tmp_path, fixup)
    # e.g. a generator that no longer emits the clash (an upgrade that fixed it)
    path.write_text(path.read_text().replace("this._imported = undefined;", "delete x;"))
    assert "no longer has the expected shape" in apply(tmp_path)


def test_a_missing_file_stops_the_script(tmp_path: Path) -> None:
    assert "the generator wrote no providers/openai/model-response/index.ts" in apply(tmp_path)


def test_the_new_name_already_in_the_file_stops_the_script(tmp_path: Path) -> None:
    (fixup,) = fixups()
    path = write_expected_shape(tmp_path, fixup)
    path.write_text(path.read_text() + "private _importedAttribute = 1;\n")
    assert "_importedAttribute is already in the file" in apply(tmp_path)


def test_a_generator_the_entry_was_not_checked_against_stops_the_script(tmp_path: Path) -> None:
    (fixup,) = fixups()
    write_expected_shape(tmp_path, fixup)
    message = apply(tmp_path, generators=["@cdktn/provider-generator 0.24.0"])
    assert "not checked against @cdktf/provider-generator 0.21.0" in message
