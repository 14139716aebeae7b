"""``VectorStore`` and ``VectorStoreFile`` (with ``Chunking``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import Chunking, File, ValidationError, VectorStore, VectorStoreFile
from cdktf_openai.core import TerraformStack, TerraformVariable
from cdktf_openai.tokens import NumberToken
from tests.conftest import expect_rejected, replaced_on_change, resource_json


def test_store_with_files_expiry_and_chunking(stack: TerraformStack, tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("a")
    file = File(stack, "a", path=tmp_path / "a.md")
    VectorStore(
        stack,
        "store",
        name="Docs",
        files=[file, "file-existing"],
        chunking="static",
        expires_after_days=7,
        metadata={"team": "docs"},
    )
    assert resource_json(stack, "openai_vector_store", "store") == {
        "name": "Docs",
        "file_ids": ["${openai_file.a.id}", "file-existing"],
        "chunking_strategy": {"type": "static"},
        "expires_after": {"anchor": "last_active_at", "days": 7},
        "metadata": {"team": "docs"},
        "lifecycle": replaced_on_change("store"),  # the provider's Update would drop them
    }


def test_expiry_days_from_a_variable_becomes_a_precondition(stack: TerraformStack) -> None:
    days = TerraformVariable(stack, "days", type="number")
    VectorStore(stack, "store", name="Docs", expires_after_days=NumberToken(days.number_value))
    (check,) = resource_json(stack, "openai_vector_store", "store")["lifecycle"]["precondition"]
    assert check["condition"] == (
        "${(((floor(var.days) == var.days) && (1 <= var.days)) && (365 >= var.days))}"
    )
    assert check["error_message"] == (
        "stack/store: expires_after_days must be a whole number between 1 and 365, got ${var.days}"
    )


STORE_REJECTED: list[tuple[str, Any]] = [
    ("name", ""),
    ("files", [""]),
    ("files", "file-1"),
    ("chunking", "fixed"),
    ("expires_after_days", 0),
    ("expires_after_days", 366),
]


@pytest.mark.parametrize(("field", "value"), STORE_REJECTED)
def test_bad_store_props_are_rejected(stack: TerraformStack, field: str, value: Any) -> None:
    props: dict[str, Any] = {"name": "Docs", field: value}
    expect_rejected(lambda: VectorStore(stack, "store", **props), field)


def test_store_just_inside_the_bounds(stack: TerraformStack) -> None:
    VectorStore(stack, "one", name="d" * 256, expires_after_days=1)
    VectorStore(stack, "year", name="d", expires_after_days=365)
    assert resource_json(stack, "openai_vector_store", "year")["expires_after"]["days"] == 365


def test_store_file_with_chunking_and_attributes(stack: TerraformStack) -> None:
    store = VectorStore(stack, "store", name="Docs")
    VectorStoreFile(
        stack,
        "spec",
        vector_store=store,
        file="file-abc",
        chunking=Chunking.fixed(800),
        attributes={"kind": "spec"},
    )
    assert resource_json(stack, "openai_vector_store_file", "spec") == {
        "vector_store_id": "${openai_vector_store.store.id}",
        "file_id": "file-abc",
        "chunking_strategy": {"type": "fixed", "size": 800},
        "attributes": {"kind": "spec"},
        "lifecycle": replaced_on_change("spec"),
    }


def test_store_file_rejects_a_bad_chunking_value(stack: TerraformStack) -> None:
    expect_rejected(
        lambda: VectorStoreFile(
            stack,
            "spec",
            vector_store="vs_1",
            file="file-1",
            chunking={"type": "fixed"},  # type: ignore[arg-type]
        ),
        "chunking",
    )


@pytest.mark.parametrize(
    ("build", "ok"),
    [
        (lambda: Chunking.fixed(100), True),
        (lambda: Chunking.fixed(4096), True),
        (lambda: Chunking.fixed(99), False),
        (lambda: Chunking.fixed(4097), False),
        (lambda: Chunking.semantic(100), True),
        (lambda: Chunking.semantic(4096), True),
        (lambda: Chunking.semantic(4097), False),
        (lambda: Chunking.semantic(99), False),
        (lambda: Chunking.auto(), True),
        (lambda: Chunking("static"), False),  # type: ignore[arg-type]
    ],
)
def test_chunking_bounds(build: Any, ok: bool) -> None:
    if ok:
        assert isinstance(build(), Chunking)
    else:
        with pytest.raises(ValidationError, match=r"^Chunking\.\w+: "):
            build()
