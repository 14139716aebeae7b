"""The ported SDK pieces, without terraform: each test names the Go function it follows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.goschema import RESOURCES
from cdktf_openai.offline.isolation import LockFileGuard, package_hash
from cdktf_openai.offline.protocol import UNKNOWN
from cdktf_openai.offline.provider import resource_schemas
from cdktf_openai.offline.resource_data import ResourceData, SetError
from cdktf_openai.offline.schema_diff import plan_create, plan_update
from cdktf_openai.offline.schema_validate import validate_config
from cdktf_openai.offline.sdk_state import block_type, normalize_null_values
from cdktf_openai.offline.shim import legacy_config
from cdktf_openai.offline.state import ObjectStore

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # the double's port of the SDK, no core


def _block(type_name: str) -> dict[str, Any]:
    block: dict[str, Any] = resource_schemas()[type_name]["block"]
    return block


def _full(type_name: str, **values: Any) -> dict[str, Any]:
    """A state or proposed value with every attribute (null unless given; blocks empty)."""
    block = _block(type_name)
    value: dict[str, Any] = dict.fromkeys(block["attributes"])
    value.update({key: [] for key in block.get("block_types", {})})
    value.update(values)
    return value


def test_normalize_null_values_during_apply_and_read() -> None:
    """grpc_provider.go, normalizeNullValues: during apply an empty map the Go code set where
    the plan had null becomes null; on read it stays; an empty string is kept either way."""
    ty = block_type(_block("openai_message"))
    written = _full("openai_message", metadata={}, run_id="", id="msg_1")
    planned = _full("openai_message", metadata=None, run_id=UNKNOWN, id=UNKNOWN)
    applied = normalize_null_values(written, planned, True, ty)
    assert (applied["metadata"], applied["run_id"]) == (None, "")
    read = normalize_null_values(written, _full("openai_message", id="msg_1"), False, ty)
    assert (read["metadata"], read["run_id"]) == ({}, "")


def test_get_ok_is_false_for_zero_values_and_get_fills_nested_zeros() -> None:
    """resource_data.go, GetOk: a value equal to its type's zero is "not set" (a temperature
    of 0 is never sent); Get returns every attribute of a nested block, zero where unset."""
    run = ResourceData(
        RESOURCES["openai_run"], _block("openai_run"), None, _full("openai_run", temperature=0)
    )
    assert run.get_ok("temperature") == (0.0, False)
    assert run.get_ok("model") == ("", False)  # unknown until apply
    planned = _full("openai_vector_store_file", chunking_strategy=[{"type": "fixed", "size": 800}])
    data = ResourceData(
        RESOURCES["openai_vector_store_file"], _block("openai_vector_store_file"), None, planned
    )
    assert data.get("chunking_strategy") == [{"type": "fixed", "size": 800, "max_tokens": 0}]


def test_set_rejects_values_of_the_wrong_shape_with_the_writers_words() -> None:
    """field_writer_map.go, MapFieldWriter.setPrimitive / setList: mapstructure's errors."""
    run = ResourceData(RESOURCES["openai_run"], _block("openai_run"), None, _full("openai_run"))
    with pytest.raises(SetError) as error:
        run.set("tools", [{"type": "function", "function": {"name": "f"}}])
    assert str(error.value) == (
        "tools.0.function: '' expected type 'string', got unconvertible type "
        "'map[string]interface {}', value: 'map[name:f]'"
    )
    store = ResourceData(
        RESOURCES["openai_vector_store"],
        _block("openai_vector_store"),
        None,
        _full("openai_vector_store"),
    )
    with pytest.raises(
        SetError, match="expires_after: '': source data must be an array or slice, got map"
    ):
        store.set("expires_after", {"anchor": "last_active_at", "days": 7})


def test_a_new_object_plans_defaults_and_unknown_computed_values() -> None:
    """grpc_provider.go, PlanResourceChange (create): Default (stream = false), SetUnknowns."""
    proposed = _full("openai_thread_run", assistant_id="asst_1")
    planned = plan_create(RESOURCES["openai_thread_run"], proposed, _block("openai_thread_run"))
    assert planned["stream"] is False
    assert planned["status"] is UNKNOWN and planned["model"] is UNKNOWN and planned["id"] is UNKNOWN
    assert planned["tools"] is UNKNOWN  # an optional+computed list of blocks left unset
    assert planned["temperature"] is None


def _plan(type_name: str, prior: dict[str, Any], proposed: dict[str, Any]) -> Any:
    return plan_update(RESOURCES[type_name], prior, proposed, _block(type_name))


def test_force_new_on_a_list_of_blocks_only_counts_its_length() -> None:
    """schema.go, diffList: inside a list of blocks only nested ForceNew attributes force a new
    object; the list's own ForceNew applies to the number of blocks."""
    prior = _full("openai_thread", id="thread_1", messages=[{"role": "user", "content": "Hi"}])
    edited = _full("openai_thread", id="thread_1", messages=[{"role": "user", "content": "Yo"}])
    in_place = _plan("openai_thread", prior, edited)
    assert in_place.requires_replace == () and in_place.planned["messages"][0]["content"] == "Yo"
    longer = {**edited, "messages": [*edited["messages"], {"role": "user", "content": "More"}]}
    assert _plan("openai_thread", prior, longer).requires_replace == (("messages",), ("id",))


def test_force_new_maps_and_sdk_equal_values() -> None:
    """schema.go, diffMap and diffString: a ForceNew map's element forces a new run; null and
    "" are the same; an unset optional+computed attribute keeps its value."""
    prior = _full(
        "openai_run",
        id="run_1",
        thread_id="t",
        assistant_id="a",
        model="gpt-4o",
        tools=[],
        file_ids=[],
        steps=[],
        usage={"total_tokens": 5},
    )
    changed = {**prior, "metadata": {"ticket": "42"}}
    assert _plan("openai_run", prior, changed).requires_replace == (("metadata",), ("id",))
    assert _plan("openai_run", prior, {**prior, "model": None}).diffs == ()
    message = _full("openai_message", id="m", thread_id="t", role="user", content="x", run_id="")
    assert _plan("openai_message", message, {**message, "run_id": None}).diffs == ()


def test_a_computed_list_or_map_never_set_is_planned_again() -> None:
    """schema.go, diffList (``computed := oldLen == 0 && newLen == 0 && schema.Computed``) and
    diffMap (``... && !stateExists``): a queued run's ``steps`` and ``usage``, which
    resourceOpenAIRunCreate does not set, are "known after apply" again on the next plan --
    an in-place update, which a run cannot do (no UpdateContext)."""
    queued = _full("openai_run", id="run_1", thread_id="t", assistant_id="a", tools=[], file_ids=[])
    plan = _plan("openai_run", queued, dict(queued))
    assert plan.requires_replace == ()
    assert (plan.planned["steps"], plan.planned["usage"]) == (UNKNOWN, UNKNOWN)
    done = {**queued, "steps": [], "usage": {"total_tokens": 5}}
    assert _plan("openai_run", done, dict(done)).diffs == ()


def test_conflicts_wait_for_known_values_and_lists_with_unknowns_are_skipped() -> None:
    """schema.go, validateConflictingAttributes and validateList (``isWhollyKnown``)."""
    schema = RESOURCES["openai_thread_run"].schema
    thread = [{"messages": [{"role": "assistant", "content": UNKNOWN}]}]
    config = legacy_config(
        _full("openai_thread_run", assistant_id="a", existing_thread_id=UNKNOWN, thread=thread),
        schema,
    )
    assert validate_config(config, schema) == []


def test_lock_file_guard_removes_the_double_and_restores_the_original(tmp_path: Path) -> None:
    """LockFileGuard: a lock file keeps its real entry through an offline run, not the double's."""
    package = tmp_path / "package"
    package.mkdir()
    (package / "terraform-provider-openai_v1.2.0").write_text("#!/bin/sh\n")
    double = package_hash(package)
    lock = tmp_path / "stack" / ".terraform.lock.hcl"
    lock.parent.mkdir()
    original = (
        'provider "registry.terraform.io/mkdev-me/openai" {\n'
        '  version     = "1.2.0"\n'
        "  hashes = [\n"
        '    "h1:real=",\n'
        '    "zh:0123",\n'
        "  ]\n"
        "}\n"
    )
    other = 'provider "registry.terraform.io/hashicorp/random" {\n  version = "3.6.0"\n}\n'
    lock.write_text(f"# header\n\n{original}\n{other}")
    address = "registry.terraform.io/mkdev-me/openai"
    with LockFileGuard(tmp_path, address, double):
        assert "mkdev-me/openai" not in lock.read_text()
        lock.write_text(
            lock.read_text()
            + f'\nprovider "{address}" {{\n  hashes = [\n    "{double}",\n  ]\n}}\n'
        )
        (tmp_path / "new").mkdir()
        (tmp_path / "new" / ".terraform.lock.hcl").write_text(
            f'# header\n\nprovider "{address}" {{\n  hashes = [\n    "{double}",\n  ]\n}}\n'
        )
    text = lock.read_text()
    assert double not in text and '"h1:real="' in text and "hashicorp/random" in text
    assert not (tmp_path / "new" / ".terraform.lock.hcl").exists()


def test_a_refresh_moves_a_run_on_deterministically(tmp_path: Path) -> None:
    """The fake API: a run is queued when created, completed once time has passed (on the next
    refresh), with started_at/completed_at/usage derived from its ID."""
    outcomes = []
    for folder in ("a", "b"):
        api = FakeOpenAI(ObjectStore(tmp_path / folder), clock=lambda: 1000)
        run = api.create_run("thread_x", {"assistant_id": "asst_x"})
        assert (run["status"], run["usage"], run["started_at"]) == ("queued", None, None)
        api.advance("run", run["id"])
        done = api.get_run("thread_x", run["id"])
        outcomes.append((done["id"], done["status"], done["completed_at"], done["usage"]))
        assert api.list_run_steps("thread_x", run["id"])["data"][0]["status"] == "completed"
    assert outcomes[0] == outcomes[1] and outcomes[0][1] == "completed"
