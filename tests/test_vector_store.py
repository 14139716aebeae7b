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
        chunking="auto",
        expires_after_days=7,
        metadata={"team": "docs"},
    )
    assert resource_json(stack, "openai_vector_store", "store") == {
        "name": "Docs",
        "file_ids": ["${openai_file.a.id}", "file-existing"],
        "chunking_strategy": {"type": "auto"},
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
    ("chunking", "static"),  # sent without the static object OpenAI requires
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


def test_store_file_with_attributes_and_no_chunking(stack: TerraformStack) -> None:
    # chunking unset (the one value VECTOR_STORE_FILE_CHUNKING lets through): no
    # chunking_strategy is sent, OpenAI chunks the file with its auto strategy
    store = VectorStore(stack, "store", name="Docs")
    VectorStoreFile(stack, "spec", vector_store=store, file="file-abc", attributes={"kind": "spec"})
    assert resource_json(stack, "openai_vector_store_file", "spec") == {
        "vector_store_id": "${openai_vector_store.store.id}",
        "file_id": "file-abc",
        "attributes": {"kind": "spec"},
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


# limits.VECTOR_STORE_STATIC_CHUNKING, limits.VECTOR_STORE_FILE_CHUNKING: provider 1.2.0
# sends chunking_strategy as {type} (store) or {type, size, max_tokens} (file, size and
# max_tokens 0 when not given: resourceOpenAIVectorStoreFileCreate); OpenAI's
# FileChunkingStrategyParam (openai 3.63.0) is {type: auto} alone, or {type: static, static:
# {...}} that the provider cannot send: a store takes auto, a file no chunking at all.


def test_a_store_with_static_chunking_is_refused_saying_why(stack: TerraformStack) -> None:
    error = expect_rejected(
        lambda: VectorStore(stack, "store", name="Docs", chunking="static"), "chunking"
    )
    assert str(error) == (
        "stack/store: chunking must be 'auto' or unset (provider 1.2.0 sends chunking_strategy "
        "{'type': 'static'} without the static object (max_chunk_size_tokens, "
        "chunk_overlap_tokens) OpenAI requires, and OpenAI answers HTTP 400; leave it unset "
        "(OpenAI chooses) or 'auto'), got 'static'"
    )


@pytest.mark.parametrize(
    ("chunking", "shown"),
    [
        (Chunking.auto(), "Chunking(type='auto', size=None, max_tokens=None)"),
        (Chunking.fixed(800), "Chunking(type='fixed', size=800, max_tokens=None)"),
        (Chunking.semantic(400), "Chunking(type='semantic', size=None, max_tokens=400)"),
    ],
)
def test_a_file_with_any_chunking_is_refused(
    stack: TerraformStack, chunking: Chunking, shown: str
) -> None:
    error = expect_rejected(
        lambda: VectorStoreFile(stack, "spec", vector_store="vs_1", file="f", chunking=chunking),
        "chunking",
    )
    assert str(error) == (
        "stack/spec: chunking must be unset (provider 1.2.0 sends chunking_strategy with size "
        "and max_tokens (0 when not given) beside type, and OpenAI's takes neither (auto is "
        "only {'type': 'auto'}; static needs a static object the provider cannot send), so it "
        "answers HTTP 400 (Unknown parameter: 'chunking_strategy.size'), even for "
        "Chunking.auto(); leave it unset: OpenAI then chunks the file with its auto strategy, "
        f"as Chunking.auto() asks), got {shown}"
    )
    assert stack.node.try_find_child("spec") is None


# limits.VECTOR_STORE_FILES: provider 1.2.0 sends file_ids on create (VectorStoreCreateParams
# has it) and, when they change, in the update (resourceOpenAIVectorStoreUpdate), which
# VectorStoreUpdateParams (openai 3.63.0) lacks: a warning, since the first apply works.


def warnings_of(construct: VectorStore) -> list[str]:
    return [str(e.data) for e in construct.node.metadata if e.type == "@cdktf/warn"]


def test_a_store_with_files_warns_that_changing_them_fails(stack: TerraformStack) -> None:
    store = VectorStore(stack, "store", name="Docs", files=["file-1"])
    assert resource_json(stack, "openai_vector_store", "store")["file_ids"] == ["file-1"]
    (warning,) = warnings_of(store)
    assert warning == (
        "[@cdktf-openai:vectorStoreFiles] files: provider 1.2.0 sends files as file_ids on "
        "create, which OpenAI takes, but when they change it sends the new file_ids in the "
        "vector store update, which OpenAI answers with HTTP 400 (Unknown parameter: "
        "'file_ids'), so changing files after the first apply fails on OpenAI. Instead add "
        "each file with a VectorStoreFile (vector_store=store, file=file), one per file: "
        "adding or removing one creates or deletes only that resource."
    )


@pytest.mark.parametrize("files", [(), []])
def test_a_store_without_files_gives_no_warning(stack: TerraformStack, files: Any) -> None:
    store = VectorStore(stack, "store", name="Docs", files=files)
    assert warnings_of(store) == []
    assert "file_ids" not in resource_json(stack, "openai_vector_store", "store")
