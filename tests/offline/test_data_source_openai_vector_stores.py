"""The vector store data sources over the fake API (data_source_openai_vector_stores.py), and
the fake API's cursor pages they list."""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.offline.data_source_openai_vector_stores import hash_query
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI, cursor_page, response_body
from cdktf_openai.offline.state import ObjectStore
from tests.offline.test_data_source_openai_assistants import Clock, _create, _failure, _read


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def api(tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "guide.md").write_text("# Guide\nUse the “lint” tool.\n", encoding="utf-8")
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    return FakeOpenAI(ObjectStore(tmp_path / "objects"), clock=clock)


def _store(api: FakeOpenAI, name: str, **values: Any) -> str:
    return _create("openai_vector_store", api, name=name, **values).id


def test_vector_store_reads_what_the_resource_created(api: FakeOpenAI) -> None:
    """dataSourceOpenAIVectorStoreRead: the ID is the configured ``id``; ``file_count``,
    ``file_ids`` and ``chunking_strategy`` stay null (the API's store has ``file_counts`` and
    neither of the others); ``expires_after`` when the store has one."""
    file_id = _create("openai_file", api, file="guide.md", purpose="assistants").id
    store_id = _store(api, "docs", file_ids=[file_id], metadata={"team": "web"},
                      expires_after=[{"anchor": "last_active_at", "days": 7}])  # fmt: skip
    d = _read("openai_vector_store", api, id=store_id)
    assert (d.id, d.get("name"), d.get("object"), d.get("status")) == (
        store_id, "docs", "vector_store", "in_progress"
    )  # fmt: skip
    assert (d.get("created_at"), d.get("metadata")) == (1_800_000_000, {"team": "web"})
    assert d.get("expires_after") == [{"anchor": "last_active_at", "days": 7}]
    state = d.new_state(apply=False)
    assert state is not None
    assert (state["file_count"], state["file_ids"], state["chunking_strategy"]) == (
        None, None, None
    )  # fmt: skip
    api.advance("vector_store", store_id)
    assert _read("openai_vector_store", api, id=store_id).get("status") == "completed"


def test_vector_store_keeps_string_metadata_only_and_fails_in_the_go_words(
    api: FakeOpenAI,
) -> None:
    """``metadata`` values that are not strings are dropped; a missing store is ``error reading
    vector store <id>: API error: <message>`` (DoRequest's words inside)."""
    store_id = _store(api, "docs")
    stored = api.store.get("vector_store", store_id)
    assert stored is not None
    stored["metadata"] = {"team": "web", "size": 3}
    api.store.put("vector_store", store_id, stored)
    assert _read("openai_vector_store", api, id=store_id).get("metadata") == {"team": "web"}
    assert _failure("openai_vector_store", api, id="vs_none") == (
        "error reading vector store vs_none: API error: No vector store found with id 'vs_none'."
    )


def test_vector_stores_list_a_page_and_hash_the_query_into_the_id(
    api: FakeOpenAI, clock: Clock
) -> None:
    """dataSourceOpenAIVectorStoresRead: newest first by default; ``has_more`` (no cursors);
    the ID is ``vector_stores_`` and the CRC-32 of ``fmt.Sprintf("%v", params)``."""
    ids = []
    for index, name in enumerate(("a", "b", "c")):
        clock.now = 1_800_000_000 + index
        ids.append(_store(api, name))
    d = _read("openai_vector_stores", api)
    assert [store["id"] for store in d.get("vector_stores")] == ids[::-1]
    assert d.get("vector_stores")[0] == {
        "id": ids[2], "name": "c", "object": "vector_store", "status": "completed",
        "created_at": 1_800_000_002, "file_count": 0,
    }  # fmt: skip
    assert d.get("has_more") is False
    assert d.id == f"vector_stores_{zlib.crc32(b'map[limit:20 order:desc]')}"
    page = _read("openai_vector_stores", api, order="asc", limit=2, after=ids[0])
    assert [store["name"] for store in page.get("vector_stores")] == ["b", "c"]
    assert (
        page.id
        == f"vector_stores_{zlib.crc32(b'map[after:' + ids[0].encode() + b' limit:2 order:asc]')}"
    )
    short = _read("openai_vector_stores", api, limit=1)
    assert short.get("has_more") is True and len(short.get("vector_stores")) == 1


def test_hash_query_is_go_s_hash_string_of_the_printed_map() -> None:
    """``%v`` prints the keys sorted; HashString is CRC-32 IEEE (``crc32("hello")`` is
    907060870 in Go too)."""
    assert hash_query({}) == zlib.crc32(b"map[]")
    assert hash_query({"order": "desc", "limit": "20"}) == zlib.crc32(b"map[limit:20 order:desc]")
    assert zlib.crc32(b"hello") == 907060870


def test_vector_store_file_reads_the_entry_and_its_named_attributes(api: FakeOpenAI) -> None:
    """dataSourceOpenAIVectorStoreFileRead: the ID is the file's; ``attributes`` is one block of
    ``size`` (a number only), ``filename`` and ``purpose``; a file with none of them has
    ``attributes`` null."""
    store_id = _store(api, "docs")
    file_id = _create("openai_file", api, file="guide.md", purpose="assistants").id
    _create("openai_vector_store_file", api, vector_store_id=store_id, file_id=file_id,
            attributes={"filename": "guide.md", "purpose": "docs", "size": "12"})  # fmt: skip
    d = _read("openai_vector_store_file", api, vector_store_id=store_id, file_id=file_id)
    assert (d.id, d.get("object"), d.get("status"), d.get("created_at")) == (
        file_id, "vector_store.file", "in_progress", 1_800_000_000
    )  # fmt: skip
    assert d.get("attributes") == [{"filename": "guide.md", "purpose": "docs", "size": 0}]
    state = d.new_state(apply=False)
    assert state is not None and state["attributes"][0]["size"] is None  # "12" is no number
    stored = api.store.get("vector_store_file", f"{store_id}.{file_id}")
    assert stored is not None
    api.store.put("vector_store_file", f"{store_id}.{file_id}",
                  {**stored, "attributes": {"size": 12, "lang": "en"}})  # fmt: skip
    sized = _read("openai_vector_store_file", api, vector_store_id=store_id, file_id=file_id)
    assert sized.get("attributes") == [{"size": 12, "filename": "", "purpose": ""}]
    api.store.put("vector_store_file", f"{store_id}.{file_id}",
                  {**stored, "attributes": {"lang": "en"}})  # fmt: skip
    plain = _read("openai_vector_store_file", api, vector_store_id=store_id, file_id=file_id)
    state = plain.new_state(apply=False)
    assert state is not None and state["attributes"] is None
    missing = {"vector_store_id": store_id, "file_id": "file-none"}
    assert _failure("openai_vector_store_file", api, **missing) == (
        "error reading vector store file file-none: API error: "
        f"No file found with id '{store_id}.file-none'."
    )


def test_vector_store_files_filter_and_page(api: FakeOpenAI, clock: Clock) -> None:
    """dataSourceOpenAIVectorStoreFilesRead: ``filter`` by status, ``limit``/``order``/
    ``after``/``before``; the ID names the store and hashes the query."""
    store_id = _store(api, "docs")
    for index, file_id in enumerate(("file-a", "file-b", "file-c")):
        clock.now = 1_800_000_000 + index
        _create("openai_vector_store_file", api, vector_store_id=store_id, file_id=file_id)
    api.advance("vector_store_file", f"{store_id}.file-a")
    d = _read("openai_vector_store_files", api, vector_store_id=store_id)
    assert [entry["id"] for entry in d.get("files")] == ["file-c", "file-b", "file-a"]
    assert d.get("files")[2] == {"id": "file-a", "object": "vector_store.file",
                                 "status": "completed", "created_at": 1_800_000_000}  # fmt: skip
    assert d.id == f"vector_store_files_{store_id}_{zlib.crc32(b'map[limit:20 order:desc]')}"
    done = _read("openai_vector_store_files", api, vector_store_id=store_id, filter="completed")
    assert [entry["id"] for entry in done.get("files")] == ["file-a"]
    waiting = _read("openai_vector_store_files", api, vector_store_id=store_id,
                    filter="in_progress", order="asc", limit=1)  # fmt: skip
    assert [entry["id"] for entry in waiting.get("files")] == ["file-b"]
    assert waiting.get("has_more") is True
    query = b"map[filter:in_progress limit:1 order:asc]"
    assert waiting.id == f"vector_store_files_{store_id}_{zlib.crc32(query)}"
    assert _failure("openai_vector_store_files", api, vector_store_id="vs_none") == (
        "error listing vector store files: API error: No vector store found with id 'vs_none'."
    )


def test_file_batch_and_its_files(api: FakeOpenAI, clock: Clock) -> None:
    """dataSourceOpenAIVectorStoreFileBatchRead: ``file_ids``, ``batch_type`` and ``purpose``
    stay null (the API's batch has none of them); ...FileBatchFilesRead lists the batch's files
    only, not the store's others."""
    store_id = _store(api, "docs")
    _create("openai_vector_store_file", api, vector_store_id=store_id, file_id="file-alone")
    clock.now += 5
    batch = _create("openai_vector_store_file_batch", api, vector_store_id=store_id,
                    file_ids=["file-a", "file-b"])  # fmt: skip
    d = _read("openai_vector_store_file_batch", api, vector_store_id=store_id, batch_id=batch.id)
    assert (d.id, d.get("object"), d.get("status"), d.get("created_at")) == (
        batch.id, "vector_store.files_batch", "in_progress", 1_800_000_005
    )  # fmt: skip
    state = d.new_state(apply=False)
    assert state is not None
    assert (state["file_ids"], state["batch_type"], state["purpose"]) == (None, None, None)
    api.advance("vector_store_file_batch", f"{store_id}.{batch.id}")
    done = _read("openai_vector_store_file_batch", api, vector_store_id=store_id, batch_id=batch.id)
    assert done.get("status") == "completed"
    files = _read("openai_vector_store_file_batch_files", api, vector_store_id=store_id,
                  batch_id=batch.id, order="asc")  # fmt: skip
    assert sorted(entry["id"] for entry in files.get("files")) == ["file-a", "file-b"]
    assert files.id == (f"vector_store_file_batch_files_{store_id}_{batch.id}_"
                        f"{zlib.crc32(b'map[limit:20 order:asc]')}")  # fmt: skip
    missing = {"vector_store_id": store_id, "batch_id": "vsfb_none"}
    not_found = f"API error: No file batch found with id '{store_id}.vsfb_none'."
    assert _failure("openai_vector_store_file_batch", api, **missing) == (
        f"error reading vector store file batch vsfb_none: {not_found}"
    )
    assert _failure("openai_vector_store_file_batch_files", api, **missing) == (
        f"error listing vector store file batch files: {not_found}"
    )


def test_file_content_is_the_whole_response_body(api: FakeOpenAI) -> None:
    """dataSourceOpenAIVectorStoreFileContentRead: ``content`` is ``string(responseBytes)``:
    the JSON page (pretty-printed, UTF-8 as is), whose ``data`` holds the file's text; a file
    the double cannot read as text has an empty ``data``."""
    store_id = _store(api, "docs")
    guide = _create("openai_file", api, file="guide.md", purpose="assistants").id
    logo = _create("openai_file", api, file="logo.png", purpose="vision").id
    for file_id in (guide, logo):
        _create("openai_vector_store_file", api, vector_store_id=store_id, file_id=file_id)
    d = _read("openai_vector_store_file_content", api, vector_store_id=store_id, file_id=guide)
    assert d.id == f"{store_id}_{guide}_content"
    page = {"object": "vector_store.file_content.page",
            "data": [{"type": "text", "text": "# Guide\nUse the “lint” tool.\n"}],
            "has_more": False, "next_page": None}  # fmt: skip
    assert d.get("content") == response_body(page)
    assert '"text": "# Guide\\nUse the “lint” tool.\\n"' in d.get("content")
    binary = _read("openai_vector_store_file_content", api, vector_store_id=store_id, file_id=logo)
    assert json.loads(binary.get("content"))["data"] == []
    missing = {"vector_store_id": store_id, "file_id": "file-none"}
    assert _failure("openai_vector_store_file_content", api, **missing) == (
        "error retrieving vector store file content file-none: API error: "
        f"No file found with id '{store_id}.file-none'."
    )
    api.delete_file(guide)
    assert api.store.get("file_text", guide) is None  # the text goes with the file


def _items(count: int) -> list[dict[str, Any]]:
    return [{"id": f"obj_{index}"} for index in range(count)]


@pytest.mark.parametrize(
    ("arguments", "expected", "has_more"),
    [({}, ["obj_4", "obj_3", "obj_2", "obj_1", "obj_0"], False),
     ({"limit": 2}, ["obj_4", "obj_3"], True),
     ({"limit": 2, "after": "obj_3"}, ["obj_2", "obj_1"], True),
     ({"limit": 2, "before": "obj_1"}, ["obj_3", "obj_2"], True),
     ({"limit": 2, "order": "asc", "before": "obj_3"}, ["obj_1", "obj_2"], True),
     ({"order": "asc", "after": "obj_3"}, ["obj_4"], False),
     ({"after": "obj_none"}, [], False)],
)  # fmt: skip
def test_cursor_page(arguments: dict[str, Any], expected: list[str], has_more: bool) -> None:
    """A page is the ``limit`` items just after ``after`` (or just before ``before``), in the
    order asked for; an unknown cursor gives an empty page."""
    page = cursor_page(_items(5), **arguments)
    assert [item["id"] for item in page["data"]] == expected
    assert page["has_more"] is has_more
    assert (page["first_id"], page["last_id"]) == (
        (expected[0], expected[-1]) if expected else (None, None)
    )


@pytest.mark.parametrize(("limit", "ok"), [(0, False), (1, True), (100, True), (101, False)])
def test_cursor_page_limit_bounds(limit: int, ok: bool) -> None:
    """``limit`` 1..100, as the API's list endpoints accept it."""
    if ok:
        assert cursor_page(_items(1), limit=limit)["data"] == [{"id": "obj_0"}]
    else:
        with pytest.raises(ApiError, match="Invalid 'limit'"):
            cursor_page(_items(1), limit=limit)
