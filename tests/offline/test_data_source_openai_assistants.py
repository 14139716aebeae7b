"""The Assistants API data sources over the fake API (data_source_openai_assistants.py): each
reads what the ported resources created, with its Go function's quirks and words."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.offline.crud import DATA_SOURCE_READS, OPERATIONS
from cdktf_openai.offline.diagnostics import ProviderError
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.goschema import data_sources
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.schema_validate import validate_config
from cdktf_openai.offline.shim import legacy_config
from cdktf_openai.offline.state import ObjectStore
from tests.offline.test_whole_provider import _data, _resource

PARAMETERS = '{"type":"object","properties":{"path":{"type":"string"}}}'


class Clock:
    """A clock the test moves (``created_at`` orders the lists)."""

    def __init__(self) -> None:
        self.now = 1_800_000_000

    def __call__(self) -> int:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def api(tmp_path: Path, clock: Clock) -> FakeOpenAI:
    return FakeOpenAI(ObjectStore(tmp_path / "objects"), clock=clock)


def _read(type_name: str, api: FakeOpenAI, **values: Any) -> ResourceData:
    d = _data(type_name, **values)
    DATA_SOURCE_READS[type_name](d, api)
    return d


def _failure(type_name: str, api: FakeOpenAI, **values: Any) -> str:
    """The error a data source's Read returns (it must fail)."""
    with pytest.raises(ProviderError) as raised:
        _read(type_name, api, **values)
    (diagnostic,) = raised.value.diagnostics
    return diagnostic.summary


def _create(type_name: str, api: FakeOpenAI, **values: Any) -> ResourceData:
    d = _resource(type_name, **values)
    OPERATIONS[type_name].create(d, api)
    return d


def _assistant(api: FakeOpenAI, name: str, **values: Any) -> ResourceData:
    return _create("openai_assistant", api, model="gpt-4o", name=name, **values)


def test_assistant_reads_what_the_resource_created(api: FakeOpenAI) -> None:
    """dataSourceOpenAIAssistantRead: the assistant's fields; ``metadata`` always set;
    ``temperature``, ``top_p`` and ``response_format`` from the API; ``reasoning_effort`` only
    when the API has one; a function's ``parameters`` are the body's own bytes
    (json.RawMessage: indented as in the response), where the resource re-encodes them."""
    tools = [
        {"type": "function", "function": [{"name": "lint", "description": "Lint a file",
                                           "parameters": PARAMETERS}]},
        {"type": "code_interpreter"},
    ]  # fmt: skip
    created = _assistant(api, "reviewer", instructions="Review.", tools=tools,
                         metadata={"team": "web"})  # fmt: skip
    d = _read("openai_assistant", api, assistant_id=created.id)
    assert d.id == created.id
    assert (d.get("object"), d.get("name"), d.get("model"), d.get("instructions")) == (
        "assistant", "reviewer", "gpt-4o", "Review."
    )  # fmt: skip
    assert (d.get("description"), d.get("created_at"), d.get("file_ids")) == ("", 1_800_000_000, [])
    assert d.get("metadata") == {"team": "web"}
    assert (d.get("temperature"), d.get("top_p"), d.get("response_format")) == (1.0, 1.0, "auto")
    state = d.new_state(apply=False)
    assert state is not None and state["reasoning_effort"] is None
    function = d.get("tools")[0]["function"][0]
    assert (function["name"], function["description"]) == ("lint", "Lint a file")
    assert function["parameters"] == (
        '{\n          "properties": {\n            "path": {\n              "type": "string"\n'
        '            }\n          },\n          "type": "object"\n        }'
    )
    assert json.loads(function["parameters"]) == json.loads(PARAMETERS)
    assert d.get("tools")[1] == {"type": "code_interpreter", "function": []}
    resource = _resource("openai_assistant", model="gpt-4o")
    resource.id = created.id
    OPERATIONS["openai_assistant"].read(resource, api)
    assert resource.get("tools")[0]["function"][0]["parameters"] == (
        '{"properties":{"path":{"type":"string"}},"type":"object"}'
    )


def test_assistant_without_metadata_and_with_a_response_format_object(api: FakeOpenAI) -> None:
    """An empty ``metadata`` is written as an empty map (not left null); a ``response_format``
    object is written as its JSON text; ``reasoning_effort`` when the API has one."""
    created = _assistant(api, "plain")
    stored = api.store.get("assistant", created.id)
    assert stored is not None
    stored.update(response_format={"type": "json_object"}, reasoning_effort="low", top_p=None)
    api.store.put("assistant", created.id, stored)
    d = _read("openai_assistant", api, assistant_id=created.id)
    state = d.new_state(apply=False)
    assert state is not None
    assert state["metadata"] == {} and state["top_p"] is None
    assert (d.get("response_format"), d.get("reasoning_effort")) == (
        '{"type":"json_object"}',
        "low",
    )


def test_a_missing_assistant_fails_in_the_go_words(api: FakeOpenAI) -> None:
    """``error retrieving assistant: <type> - <message>``."""
    assert _failure("openai_assistant", api, assistant_id="asst_none") == (
        "error retrieving assistant: invalid_request_error - "
        "No assistant found with id 'asst_none'."
    )


def test_assistants_list_one_page_with_the_set_parameters(
    api: FakeOpenAI, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """dataSourceOpenAIAssistantsRead: GET /assistants, newest first by default; ``order``,
    ``limit``, ``after`` and ``before`` page it; the ID holds the time of the read."""
    ids = []
    for index, name in enumerate(("one", "two", "three")):
        clock.now = 1_800_000_000 + index
        ids.append(_assistant(api, name, metadata={"n": str(index)} if index else None).id)
    monkeypatch.setattr("time.time", lambda: 1_900_000_000.5)
    every = _read("openai_assistants", api)
    assert every.id == "assistants-1900000000"
    assert [a["id"] for a in every.get("assistants")] == ids[::-1]
    assert (every.get("first_id"), every.get("last_id"), every.get("has_more")) == (
        ids[2], ids[0], False
    )  # fmt: skip
    newest = every.get("assistants")[0]
    assert (newest["name"], newest["model"], newest["metadata"]) == ("three", "gpt-4o", {"n": "2"})
    first = _read("openai_assistants", api, order="asc", limit=2)
    assert [a["name"] for a in first.get("assistants")] == ["one", "two"]
    assert first.get("has_more") is True
    rest = _read("openai_assistants", api, order="asc", after=first.get("last_id"))
    assert [a["name"] for a in rest.get("assistants")] == ["three"]
    back = _read("openai_assistants", api, order="asc", limit=1, before=ids[2])
    assert [a["name"] for a in back.get("assistants")] == ["two"]  # the page just before


@pytest.mark.parametrize(
    ("limit", "count"), [(0, 3), (1, 1), (100, 3)]
)  # fmt: skip
def test_assistants_limit_inside_the_api_bounds(api: FakeOpenAI, limit: int, count: int) -> None:
    """``limit`` 0 is not sent (d.GetOk): the API's default of 20 applies; 1 and 100 are the
    API's bounds."""
    for name in ("a", "b", "c"):
        _assistant(api, name)
    assert len(_read("openai_assistants", api, limit=limit).get("assistants")) == count


@pytest.mark.parametrize(
    ("values", "message"),
    [({"limit": 101}, "Invalid 'limit': integer above maximum value. Got 101."),
     ({"limit": -1}, "Invalid 'limit': integer below minimum value. Got -1."),
     ({"order": "newest"}, "Invalid value: 'newest'. Supported values are: 'asc' and 'desc'.")],
)  # fmt: skip
def test_assistants_has_no_plan_time_bounds_the_api_refuses(
    api: FakeOpenAI, values: dict[str, Any], message: str
) -> None:
    """openai_assistants has no ValidateFunc: the configuration is valid and the API's 400
    comes back as ``error listing assistants: <type> - <message>``."""
    schema = data_sources()["openai_assistants"].schema
    assert validate_config(legacy_config(values, schema), schema) == []
    assert _failure("openai_assistants", api, **values) == (
        f"error listing assistants: invalid_request_error - {message}"
    )


def test_thread_reads_created_at_and_metadata_only_when_set(api: FakeOpenAI) -> None:
    """dataSourceOpenAIThreadRead: ``object``, ``created_at``; ``metadata`` only when the thread
    has some (else it stays null)."""
    tagged = _create("openai_thread", api, metadata={"topic": "review"})
    d = _read("openai_thread", api, thread_id=tagged.id)
    assert (d.id, d.get("object"), d.get("created_at")) == (tagged.id, "thread", 1_800_000_000)
    assert d.get("metadata") == {"topic": "review"}
    bare = _create("openai_thread", api, messages=[{"role": "user", "content": "Hi"}])
    state = _read("openai_thread", api, thread_id=bare.id).new_state(apply=False)
    assert state is not None and state["metadata"] is None
    assert _failure("openai_thread", api, thread_id="thread_none") == (
        "error retrieving thread: invalid_request_error - No thread found with id 'thread_none'."
    )


def test_message_reads_a_user_s_and_a_run_s_message(api: FakeOpenAI) -> None:
    """dataSourceOpenAIMessageRead: a user's message has ``assistant_id`` and ``run_id`` ""
    (null decodes to Go's empty string); its attachments come back with empty ``id`` and
    ``type`` (Go reads fields the API's attachments lack); a run's answer names its run."""
    thread = _create("openai_thread", api)
    message = _create("openai_message", api, thread_id=thread.id, role="user", content="Look",
                      attachments=[{"file_id": "file-abc", "tools": [{"type": "file_search"}]}],
                      metadata={"k": "v"})  # fmt: skip
    d = _read("openai_message", api, thread_id=thread.id, message_id=message.id)
    assert (d.id, d.get("thread_id"), d.get("role"), d.get("content")) == (
        message.id, thread.id, "user", "Look"
    )  # fmt: skip
    assert (d.get("assistant_id"), d.get("run_id"), d.get("metadata")) == ("", "", {"k": "v"})
    assert d.get("attachments") == [{"id": "", "type": "", "created_at": 0, "assistant_id": ""}]
    run = api.create_run(thread.id, {"assistant_id": "asst_elsewhere"})
    api.advance("run", run["id"])
    answer = api.list_messages(thread.id)["data"][0]
    d = _read("openai_message", api, thread_id=thread.id, message_id=answer["id"])
    assert (d.get("role"), d.get("run_id"), d.get("assistant_id")) == (
        "assistant", run["id"], "asst_elsewhere"
    )  # fmt: skip
    assert d.get("content").startswith("[offline double: no model ran; placeholder answer")
    other = _create("openai_thread", api)
    assert _failure("openai_message", api, thread_id=other.id, message_id=message.id) == (
        f"error retrieving message: invalid_request_error - "
        f"No message found with id '{message.id}'."
    )


@pytest.mark.parametrize("type_name", ["openai_run", "openai_thread_run"])
def test_run_reads_queued_then_completed(api: FakeOpenAI, type_name: str) -> None:
    """dataSourceOpenAIRunRead / dataSourceOpenAIThreadRunRead (the same code): a queued run
    has no ``started_at``, ``completed_at`` or ``usage``; once it is done it has them."""
    thread = _create("openai_thread", api, messages=[{"role": "user", "content": "Hi"}])
    run = _create("openai_run", api, thread_id=thread.id, assistant_id="asst_elsewhere",
                  metadata={"ticket": "42"})  # fmt: skip
    queued = _read(type_name, api, thread_id=thread.id, run_id=run.id)
    assert (queued.id, queued.get("status"), queued.get("object")) == (
        run.id, "queued", "thread.run"
    )  # fmt: skip
    assert (queued.get("assistant_id"), queued.get("model")) == ("asst_elsewhere", "gpt-4o")
    assert queued.get("metadata") == {"ticket": "42"}
    state = queued.new_state(apply=False)
    assert state is not None
    assert (state["started_at"], state["completed_at"], state["usage"]) == (None, None, None)
    assert state["tools"] is None  # the API lists none: not written
    api.advance("run", run.id)
    done = _read(type_name, api, thread_id=thread.id, run_id=run.id)
    assert done.get("status") == "completed"
    assert done.get("started_at") > done.get("created_at")
    assert done.get("completed_at") > done.get("started_at")
    usage = done.get("usage")
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"] > 0


def test_run_errors_are_the_status_and_the_body(api: FakeOpenAI) -> None:
    """``API returned error - status code: <n>, body: <body>``; a function tool cannot be
    written into ``tools`` (a list of string maps): ``error setting tools: ...``."""
    thread = _create("openai_thread", api)
    summary = _failure("openai_run", api, thread_id=thread.id, run_id="run_none")
    assert summary.startswith('API returned error - status code: 404, body: {\n  "error": {\n')
    assert json.loads(summary.split("body: ", 1)[1])["error"]["message"] == (
        "No run found with id 'run_none'."
    )
    tools = [{"type": "function", "function": {"name": "lint"}}]
    run = api.create_run(thread.id, {"assistant_id": "asst_elsewhere", "tools": tools})
    assert _failure("openai_thread_run", api, thread_id=thread.id, run_id=run["id"]).startswith(
        "error setting tools: tools.0.function: '' expected type 'string', "
        "got unconvertible type 'map"
    )


def test_runs_lists_a_thread_s_runs_with_its_parameters_in_the_id(
    api: FakeOpenAI, clock: Clock
) -> None:
    """dataSourceOpenAIRunsRead: GET /threads/{id}/runs?limit=&order= (after/before when set);
    the ID is ``<thread>:<limit>:<order>`` plus ``after=``/``before=``; times once known."""
    thread = _create("openai_thread", api)
    runs = []
    for index in range(3):
        clock.now = 1_800_000_000 + 10 * index
        runs.append(api.create_run(thread.id, {"assistant_id": "asst_elsewhere",
                                               "metadata": {"n": str(index)}})["id"])  # fmt: skip
    api.advance("run", runs[0])
    d = _read("openai_runs", api, thread_id=thread.id)
    assert d.id == f"{thread.id}:20:desc"
    assert [run["id"] for run in d.get("runs")] == runs[::-1]
    assert (d.get("first_id"), d.get("last_id"), d.get("has_more")) == (runs[2], runs[0], False)
    oldest = d.get("runs")[2]
    assert (oldest["status"], oldest["thread_id"], oldest["model"]) == (
        "completed", thread.id, "gpt-4o"
    )  # fmt: skip
    assert oldest["completed_at"] > oldest["started_at"] > 0
    assert (d.get("runs")[0]["started_at"], d.get("runs")[0]["completed_at"]) == (0, 0)
    page = _read("openai_runs", api, thread_id=thread.id, order="asc", limit=1, after=runs[0])
    assert page.id == f"{thread.id}:1:asc:after={runs[0]}"
    assert [run["id"] for run in page.get("runs")] == [runs[1]] and page.get("has_more")
    before = _read("openai_runs", api, thread_id=thread.id, before=runs[0], limit=1)
    assert before.id == f"{thread.id}:1:desc:before={runs[0]}"
    assert [run["id"] for run in before.get("runs")] == [runs[1]]
    assert _failure("openai_runs", api, thread_id="") == "thread_id is required"
    assert _failure("openai_runs", api, thread_id="thread_none").startswith(
        "API returned error - status code: 404, body: "
    )


@pytest.mark.parametrize(
    ("values", "errors"),
    [({"limit": 1, "order": "asc"}, []),
     ({"limit": 100}, []),
     ({"limit": 0}, ["expected limit to be in the range (1 - 100), got 0"]),
     ({"limit": 101}, ["expected limit to be in the range (1 - 100), got 101"]),
     ({"order": "newest"}, ['expected order to be one of ["asc" "desc"], got newest'])],
)  # fmt: skip
def test_runs_parameters_are_checked_at_plan_time(
    values: dict[str, Any], errors: list[str]
) -> None:
    """openai_runs declares IntBetween(1, 100) and StringInSlice(asc, desc)."""
    schema = data_sources()["openai_runs"].schema
    config = legacy_config({"thread_id": "thread_x", **values}, schema)
    assert [problem.summary for problem in validate_config(config, schema)] == errors
