"""``File``: a local file as a cdktf asset; missing paths and bad purposes rejected."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import File
from cdktf_openai.core import TerraformOutput, TerraformStack
from tests.conftest import expect_rejected, resource_json, synth


@pytest.fixture
def document(tmp_path: Path) -> Path:
    path = tmp_path / "guide.md"
    path.write_text("# Guide\n")
    return path


def test_the_json_holds_a_relative_asset_path(stack: TerraformStack, document: Path) -> None:
    File(stack, "guide", path=document, purpose="assistants", project_id="proj_1")
    body = resource_json(stack, "openai_file", "guide")
    assert body["purpose"] == "assistants" and body["project_id"] == "proj_1"
    assert body["file"].startswith("assets/") and body["file"].endswith("/guide.md")
    assert str(document.parent) not in body["file"]


def test_the_same_content_gives_the_same_path(stack: TerraformStack, tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "same.md").write_text("same\n")
    first = File(stack, "first", path=tmp_path / "a" / "same.md")
    TerraformOutput(stack, "first_id", value=first.id)
    assert synth(stack)["output"]["first_id"]["value"] == "${openai_file.first.id}"
    second = File(stack, "second", path=tmp_path / "b" / "same.md")
    first_hash = resource_json(stack, "openai_file", "first")["file"].split("/")[2]
    second_hash = resource_json(stack, "openai_file", "second")["file"].split("/")[2]
    assert first_hash == second_hash and len(first_hash) == 32  # the content's hash
    assert second.resource is second


REJECTED: list[tuple[str, Any]] = [
    ("path", "no/such/file.md"),
    ("path", ""),
    ("purpose", "user_data"),
    ("project_id", ""),
]


@pytest.mark.parametrize(("field", "value"), REJECTED)
def test_bad_props_are_rejected(
    stack: TerraformStack, document: Path, field: str, value: Any
) -> None:
    props: dict[str, Any] = {"path": document, field: value}
    error = expect_rejected(lambda: File(stack, "file", **props), field)
    assert str(error).startswith(f"stack/file: {field}")


@pytest.mark.parametrize("purpose", ["assistants", "fine-tune", "vision", "batch"])
def test_every_provider_purpose_is_accepted(
    stack: TerraformStack, document: Path, purpose: Any
) -> None:
    File(stack, "file", path=document, purpose=purpose)
    assert resource_json(stack, "openai_file", "file")["purpose"] == purpose
