"""The file data sources over the fake API (data_source_openai_files.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from tests.offline.test_data_source_openai_assistants import Clock, _create, _failure, _read


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def api(tmp_path: Path, clock: Clock, monkeypatch: pytest.MonkeyPatch) -> FakeOpenAI:
    from cdktf_openai.offline.state import ObjectStore

    monkeypatch.chdir(tmp_path)  # where Terraform runs: the resource reads files from there
    (tmp_path / "notes.txt").write_text("Release notes\n", encoding="utf-8")
    (tmp_path / "train.jsonl").write_text('{"prompt": "a"}\n', encoding="utf-8")
    return FakeOpenAI(ObjectStore(tmp_path / "objects"), clock=clock)


def test_file_reads_what_the_resource_uploaded(api: FakeOpenAI) -> None:
    """dataSourceOpenAIFileRead: name, size, time and purpose; ``project_id`` stays as
    configured (the API does not return it)."""
    uploaded = _create("openai_file", api, file="notes.txt", purpose="assistants")
    d = _read("openai_file", api, file_id=uploaded.id, project_id="proj_x")
    assert d.id == uploaded.id
    assert (d.get("filename"), d.get("bytes"), d.get("created_at"), d.get("purpose")) == (
        "notes.txt", 14, 1_800_000_000, "assistants"
    )  # fmt: skip
    assert d.get("project_id") == "proj_x"


def test_file_errors_in_the_go_words(api: FakeOpenAI, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 404 is ``file with ID <id> not found``; an empty ID is refused before any call; any
    other error is ``API error: <type> - <message> (<code>)``."""
    assert _failure("openai_file", api, file_id="file-none") == "file with ID file-none not found"
    assert _failure("openai_file", api, file_id="") == "file_id is required"

    def refuse(file_id: str) -> None:
        raise ApiError(401, "Incorrect API key provided.", code="invalid_api_key")

    monkeypatch.setattr(api, "get_file", refuse)
    assert _failure("openai_file", api, file_id="file-abc") == (
        "API error: invalid_request_error - Incorrect API key provided. (invalid_api_key)"
    )


def test_files_lists_every_file_newest_first_with_text_times(
    api: FakeOpenAI, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """dataSourceOpenAIFilesRead: GET /files (``?purpose=`` when set); ``created_at`` is RFC 3339
    text here; the ID holds the time of the read."""
    notes = _create("openai_file", api, file="notes.txt", purpose="assistants")
    clock.now += 60
    train = _create("openai_file", api, file="train.jsonl", purpose="fine-tune")
    monkeypatch.setattr("time.time", lambda: 1_900_000_000.9)
    every = _read("openai_files", api)
    assert every.id == "files_1900000000"
    assert [f["id"] for f in every.get("files")] == [train.id, notes.id]
    assert every.get("files")[1] == {
        "id": notes.id,
        "filename": "notes.txt",
        "bytes": 14,
        "purpose": "assistants",
        "object": "file",
        "created_at": "2027-01-15T08:00:00Z",
    }
    assert every.get("files")[0]["created_at"] == "2027-01-15T08:01:00Z"
    tuning = _read("openai_files", api, purpose="fine-tune")
    assert [f["id"] for f in tuning.get("files")] == [train.id]
    assert _read("openai_files", api, purpose="batch").get("files") == []
