"""The double covers the whole provider: the Go table, and the ported Go functions without
terraform (each test names the Go function it follows)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.offline import data_source_openai, resource_openai_admin
from cdktf_openai.offline.crud import DATA_SOURCE_READS, OPERATIONS
from cdktf_openai.offline.diagnostics import ProviderError
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.goschema import (
    PROVIDER,
    RESOURCES,
    GoField,
    GoType,
    all_resources,
    block_from_table,
    data_sources,
    go_table,
)
from cdktf_openai.offline.helper_validation import from_table, int_between
from cdktf_openai.offline.provider import (
    FULL_SCHEMA_FILE,
    data_source_schemas,
    full_provider_schema,
    resource_schemas,
)
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.schema_validate import validate_config
from cdktf_openai.offline.shim import legacy_config
from cdktf_openai.offline.state import ObjectStore

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # the double's functions, no core

#: sha256 of ``mkdev-openai-1.2.0.full.schema.json`` as the reference folder holds it.
FULL_SCHEMA_SHA256 = "878e34b38de4c1b2612395be43d8224d8ed58ac86759c89fb044cb41fb446680"

_TYPES = {"TypeString": "string", "TypeBool": "bool", "TypeInt": "number", "TypeFloat": "number"}


def _json_type(field: GoField) -> Any:
    if field.type.value in _TYPES:
        return _TYPES[field.type.value]
    kind = "list" if field.type is GoType.LIST else "map"
    element = field.element_type
    if element is GoType.MAP:
        return [kind, ["map", "string"]]
    return [kind, _TYPES[element.value]]


def _differences(where: str, block_json: dict[str, Any], go: dict[str, GoField]) -> list[str]:
    """How a Go block and a block of the JSON schema disagree (names, types, flags)."""
    found: list[str] = []
    names = set(block_json.get("attributes", {})) | set(block_json.get("block_types", {}))
    found += [f"{where}.{n}: not in Go" for n in sorted(names - set(go) - {"id", "timeouts"})]
    found += [f"{where}.{n}: not in JSON" for n in sorted(set(go) - names)]
    for name, field in go.items():
        if name in block_json.get("block_types", {}):
            assert field.block is not None
            found += _differences(f"{where}.{name}", block_json["block_types"][name]["block"],
                                  dict(field.block))  # fmt: skip
            continue
        attribute = block_json["attributes"].get(name)
        if attribute is None:
            continue
        for flag in ("required", "optional", "computed"):
            if getattr(field, flag) != bool(attribute.get(flag)):
                found.append(f"{where}.{name}: {flag}")
        if field.block is None and _json_type(field) != attribute["type"]:
            found.append(f"{where}.{name}: {_json_type(field)} != {attribute['type']}")
    return found


def test_the_go_table_agrees_with_the_full_schema() -> None:
    """go_schema_additions.json (read from the Go source) and the full schema (what Terraform
    sees) name the same 34 resources, 56 data sources and attributes, with the same types and
    optional/required/computed flags; the only names JSON adds are the SDK's ``id`` and
    ``timeouts``."""
    schema = full_provider_schema()
    assert sorted(all_resources()) == sorted(resource_schemas())
    assert sorted(data_sources()) == sorted(data_source_schemas())
    assert (len(all_resources()), len(data_sources())) == (34, 56)
    found = _differences("provider", schema["provider"]["block"],
                         block_from_table(go_table()["provider"]))  # fmt: skip
    for name, resource in all_resources().items():
        found += _differences(name, resource_schemas()[name]["block"], dict(resource.schema))
    for name, data_source in data_sources().items():
        found += _differences(f"data.{name}", data_source_schemas()[name]["block"],
                              dict(data_source.schema))  # fmt: skip
    assert found == []
    assert set(block_from_table(go_table()["provider"])) == set(PROVIDER)


def _without_functions(block: Any) -> Any:
    """A block with each ValidateFunc replaced by whether there is one (functions differ)."""
    shaped = {}
    for name, field in block.items():
        elem = _without_functions(field.block) if field.block else field.elem
        shaped[name] = (replace(field, validate=None, elem=elem), field.validate is None)
    return shaped


@pytest.mark.parametrize("type_name", sorted(RESOURCES))
def test_the_table_gives_the_hand_written_schemas(type_name: str) -> None:
    """For the 9 resources goschema.py transcribed by hand, the table read from the Go source
    gives the same schema: types, flags, ForceNew, Default, MaxItems, ConflictsWith, and a
    ValidateFunc where (and only where) the transcription has one; UpdateContext too."""
    derived = all_resources()[type_name]
    assert derived.updatable == RESOURCES[type_name].updatable
    assert _without_functions(derived.schema) == _without_functions(RESOURCES[type_name].schema)
    assert list(derived.schema) == sorted(RESOURCES[type_name].schema)  # the table is sorted


def test_the_full_schema_is_the_reference_file() -> None:
    """The package's copy of the full schema is the reference file, byte for byte."""
    from importlib.resources import files

    copy = files("cdktf_openai.schema").joinpath(FULL_SCHEMA_FILE).read_bytes()
    reference = Path("/work/shared/reference") / FULL_SCHEMA_FILE
    if reference.exists():
        assert copy == reference.read_bytes()
    assert hashlib.sha256(copy).hexdigest() == FULL_SCHEMA_SHA256


def test_int_between_and_the_table_s_validate_funcs() -> None:
    """validation.IntBetween at and just outside its bounds; every ValidateFunc the Go source
    uses has a port (an unknown one is an error, not a silent pass)."""
    check = int_between(1, 100)
    assert check(1, "limit") == [] and check(100, "limit") == []
    assert check(0, "limit") == ["expected limit to be in the range (1 - 100), got 0"]
    assert check(101, "limit") == ["expected limit to be in the range (1 - 100), got 101"]
    with pytest.raises(ValueError, match=r"no port of validation\.IsURLWithHTTPS"):
        from_table(["IsURLWithHTTPS"])


def _config_errors(
    type_name: str, config: dict[str, Any], *, data: bool = False
) -> list[tuple[str, str]]:
    go = data_sources()[type_name] if data else all_resources()[type_name]
    found = validate_config(legacy_config(config, go.schema), go.schema)
    return [(problem.summary, problem.detail) for problem in found]


def test_plan_time_checks_come_from_the_table_for_every_type() -> None:
    """Checks the hand transcription never had: a data source's StringInSlice and IntBetween,
    a resource's computed-only attribute, AtLeastOneOf (schema.go, validateAtLeastOneAttribute)."""
    assert _config_errors("openai_messages", {"thread_id": "t", "order": "newest"}, data=True) == [
        ('expected order to be one of ["asc" "desc"], got newest', "")
    ]
    assert _config_errors("openai_messages", {"thread_id": "t", "limit": 100}, data=True) == []
    user = {"project_id": "p", "user_id": "u", "role": "reader"}
    assert _config_errors("openai_project_user", user) == [
        ('expected role to be one of ["owner" "member"], got reader', "")
    ]
    assert _config_errors("openai_project", {"name": "x", "status": "active"})[0][0] == (
        "Value for unconfigurable attribute"
    )
    missing = "one of `email,user_id` must be specified"
    assert _config_errors("openai_organization_user", {}, data=True) == [
        ("Missing required argument", f'"email": {missing}'),
        ("Missing required argument", f'"user_id": {missing}'),
    ]
    assert _config_errors("openai_organization_user", {"email": "a@b.c"}, data=True) == []


# -- the Go functions over the fake API ---------------------------------------------------------


def _api(tmp_path: Path) -> FakeOpenAI:
    return FakeOpenAI(ObjectStore(tmp_path / "objects"), clock=lambda: 1_800_000_000)


def _resource(type_name: str, **values: Any) -> ResourceData:
    block = resource_schemas()[type_name]["block"]
    planned = dict.fromkeys(block["attributes"])
    planned.update(values)
    return ResourceData(all_resources()[type_name], block, None, planned)


def _data(type_name: str, **values: Any) -> ResourceData:
    block = data_source_schemas()[type_name]["block"]
    planned = dict.fromkeys(block["attributes"])
    for name, field in data_sources()[type_name].schema.items():
        if field.has_default:
            planned[name] = field.default
    planned.update(values)
    return ResourceData(data_sources()[type_name], block, None, planned)


def test_project_create_read_update_archive(tmp_path: Path) -> None:
    """resource_openai_project.go: create then read (RFC 3339 times), update the name,
    delete archives (a read after it still finds the project, archived)."""
    api = _api(tmp_path)
    d = _resource("openai_project", name="Demo")
    resource_openai_admin.project_create(d, api)
    assert d.id.startswith("proj_")
    assert (d.get("status"), d.get("created_at")) == ("active", "2027-01-15T08:00:00Z")
    state = d.new_state(apply=True)
    assert state is not None and state["archived_at"] is None
    update = ResourceData(all_resources()["openai_project"],
                          resource_schemas()["openai_project"]["block"], state,
                          {**state, "name": "Renamed"})  # fmt: skip
    resource_openai_admin.project_update(update, api)
    assert api.get_project(d.id)["name"] == "Renamed"
    resource_openai_admin.project_delete(update, api)
    assert update.id == ""
    assert api.get_project(d.id)["status"] == "archived"
    with pytest.raises(ProviderError, match="error deleting project: failed to archive project"):
        resource_openai_admin.project_delete(d, api)


def test_a_missing_project_is_an_error_on_read(tmp_path: Path) -> None:
    """resourceOpenAIProjectRead returns the error (no removal from state)."""
    api = _api(tmp_path)
    d = _resource("openai_project", name="Demo")
    resource_openai_admin.project_create(d, api)
    api.store.delete("project", d.id)
    api.store.put("deleted", d.id, {"kind": "project"})
    with pytest.raises(
        ProviderError, match=f"error reading project: API error: No project found with id '{d.id}'"
    ):
        resource_openai_admin.project_read(d, api)  # fmt: skip


def test_project_user_is_adopted_and_role_is_not_read_back(tmp_path: Path) -> None:
    """resource_openai_project_user.go: the ID joins project and user; a user already in the
    project is adopted with the role it has (Create sets it, so the Update it calls sends that
    role, not the configured one: the next plan shows the change); Read leaves ``role``."""
    api = _api(tmp_path)
    project = api.create_project("Demo")
    api.add_project_user(project["id"], {"user_id": "user-a", "role": "owner"})
    d = _resource("openai_project_user", project_id=project["id"], user_id="user-a", role="member")
    resource_openai_admin.project_user_create(d, api)
    assert d.id == f"{project['id']}:user-a"
    assert api.get_project_user(project["id"], "user-a")["role"] == "owner"
    assert d.get("role") == "owner"
    assert d.get("email") == "user-a@example.com"
    api.update_project_user(project["id"], "user-a", {"role": "owner"})
    read = _resource(
        "openai_project_user", project_id=project["id"], user_id="user-a", role="member"
    )
    read.id = d.id
    resource_openai_admin.project_user_read(read, api)
    assert read.get("role") == "member"  # the configuration "takes precedence"
    api.remove_project_user(project["id"], "user-a")
    resource_openai_admin.project_user_read(read, api)
    assert read.id == ""


def test_service_account_key_is_a_placeholder_kept_from_create_only(tmp_path: Path) -> None:
    """resource_openai_project_service_account.go: ``project:account`` ID; the key's value is
    set by Create only (Read has no value to set); the value says it is no secret."""
    api = _api(tmp_path)
    project = api.create_project("Demo")
    d = _resource("openai_project_service_account", project_id=project["id"], name="bot")
    resource_openai_admin.service_account_create(d, api)
    value = d.get("api_key_value")
    assert value.startswith("offline-double-placeholder-svcacct-")
    assert d.id == f"{project['id']}:{d.get('service_account_id')}"
    read = _resource("openai_project_service_account", project_id=project["id"], name="bot")
    read.id = d.id
    resource_openai_admin.service_account_read(read, api)
    assert (read.get("api_key_value"), read.get("role")) == ("", "member")
    resource_openai_admin.service_account_delete(read, api)
    again = _resource("openai_project_service_account", project_id=project["id"], name="bot")
    again.id = d.id
    resource_openai_admin.service_account_read(again, api)
    assert again.id == ""


def test_rate_limit_changes_the_existing_limit_and_delete_restores_defaults(tmp_path: Path) -> None:
    """resource_openai_rate_limit.go: Create's ID is rl-<model>-<last 8 of the project ID>,
    then the API's ``rl-<model>`` on read; Delete sends the client's default values; a model
    the project has no limit for fails (client.GetRateLimit: not found)."""
    api = _api(tmp_path)
    project = api.create_project("Demo")
    d = _resource("openai_rate_limit", project_id=project["id"], model="gpt-4o",
                  max_requests_per_minute=100)  # fmt: skip
    resource_openai_admin.rate_limit_create(d, api)
    assert d.id == f"rl-gpt-4o-{project['id'][-8:]}"
    assert d.get("rate_limit_id") == "rl-gpt-4o"
    defaults = resource_openai_admin.default_rate_limit_values("gpt-4o")
    assert d.get("max_tokens_per_minute") == defaults["max_tokens_per_1_minute"]
    resource_openai_admin.rate_limit_read(d, api)
    assert (d.id, d.get("max_requests_per_minute")) == ("rl-gpt-4o", 100)
    resource_openai_admin.rate_limit_delete(d, api)
    limit = resource_openai_admin.get_rate_limit(api, project["id"], "gpt-4o")
    assert limit["max_requests_per_1_minute"] == defaults["max_requests_per_1_minute"]
    unknown = _resource("openai_rate_limit", project_id=project["id"], model="gpt-99")
    expected = "failed to create rate limit: failed to find rate limit: rate limit not found"
    with pytest.raises(ProviderError, match=f"{expected} for model/ID 'gpt-99'"):
        resource_openai_admin.rate_limit_create(unknown, api)


def test_organization_user_must_exist_and_its_role_changes(tmp_path: Path) -> None:
    """resource_openai_organization_user.go: a user the API cannot find is an error; an
    existing one gets the configured role."""
    api = _api(tmp_path)
    d = _resource("openai_organization_user", user_id="user-b", role="owner")
    resource_openai_admin.organization_user_create(d, api)
    assert (d.id, api.get_user("user-b")["role"]) == ("user-b", "owner")
    api.delete_user("user-b")
    gone = _resource("openai_organization_user", user_id="user-b", role="owner")
    with pytest.raises(
        ProviderError, match="User with ID user-b does not exist in the organization"
    ):
        resource_openai_admin.organization_user_create(gone, api)


def test_messages_are_listed_newest_first_with_a_run_s_answer(tmp_path: Path) -> None:
    """dataSourceOpenAIMessagesRead: GET /threads/{id}/messages (limit 20, order desc by
    default): after a run completes, its assistant message comes first; the ID is
    ``<thread>-<limit>-<order>``; ``order = "asc"``, ``limit`` and ``after`` page the list."""
    api = _api(tmp_path)
    thread = api.create_thread({"messages": [{"role": "user", "content": "first"},
                                             {"role": "user", "content": "second"}]})  # fmt: skip
    run = api.create_run(thread["id"], {"assistant_id": "asst_x"})
    api.advance("run", run["id"])
    d = _data("openai_messages", thread_id=thread["id"])
    data_source_openai.read_messages(d, api)
    messages = d.get("messages")
    assert d.id == f"{thread['id']}-20-desc"
    assert [m["role"] for m in messages] == ["assistant", "user", "user"]
    assert messages[0]["run_id"] == run["id"] and "placeholder answer" in messages[0]["content"]
    assert [m["content"] for m in messages[1:]] == ["second", "first"]
    ascending = _data("openai_messages", thread_id=thread["id"], order="asc", limit=1)
    data_source_openai.read_messages(ascending, api)
    assert [m["content"] for m in ascending.get("messages")] == ["first"]
    assert ascending.get("has_more") is True
    after = _data("openai_messages", thread_id=thread["id"], order="asc",
                  after=ascending.get("last_id"))  # fmt: skip
    data_source_openai.read_messages(after, api)
    assert [m["role"] for m in after.get("messages")] == ["user", "assistant"]


def test_messages_of_a_missing_thread_fail_in_the_go_words(tmp_path: Path) -> None:
    """dataSourceOpenAIMessagesRead: ``error retrieving messages: <type> - <message>``."""
    api = _api(tmp_path)
    with pytest.raises(ProviderError, match="error retrieving messages: invalid_request_error - "
                       "No thread found with id 'thread_none'"):  # fmt: skip
        data_source_openai.read_messages(_data("openai_messages", thread_id="thread_none"), api)


@pytest.mark.parametrize("type_name", sorted(data_source_openai.UNSUPPORTED))
def test_the_four_list_data_sources_always_fail(type_name: str, tmp_path: Path) -> None:
    """data_source_openai_*s.go: "... is not supported by the OpenAI API"."""
    with pytest.raises(ProviderError, match="is not supported by the OpenAI API"):
        data_source_openai.READS[type_name](_data(type_name), _api(tmp_path))


@pytest.mark.parametrize(
    ("type_name", "argument"),
    [("openai_audio_transcription", "transcription_id"),
     ("openai_audio_translation", "translation_id"),
     ("openai_speech_to_text", "transcription_id")],
)  # fmt: skip
def test_no_call_data_sources_echo_their_id(type_name: str, argument: str, tmp_path: Path) -> None:
    """These Reads make no call: the ID is the given ID, the rest stays as configured."""
    api = _api(tmp_path)
    d = _data(type_name, **{argument: "tr_123"})
    data_source_openai.READS[type_name](d, api)
    assert d.id == "tr_123"
    assert api.store.stored() == []


def test_text_to_speech_data_source_checks_a_local_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """dataSourceOpenAITextToSpeechRead: os.Stat of ``file_path`` (relative to where Terraform
    runs); a missing file is ``exists = false``; the ID holds the time of the read."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "speech.mp3").write_bytes(b"12345")
    found = _data("openai_text_to_speech", file_path="speech.mp3")
    data_source_openai.read_text_to_speech(found, _api(tmp_path))
    assert (found.get("exists"), found.get("file_size_bytes")) == (True, 5)
    assert found.id.startswith("tts_file_")
    missing = _data("openai_text_to_speech", file_path="none.mp3")
    data_source_openai.read_text_to_speech(missing, _api(tmp_path))
    assert (missing.get("exists"), missing.get("file_size_bytes")) == (False, 0)


def test_every_resource_has_its_go_functions() -> None:
    """All 34 resources follow their Go file (the stand-in is gone), with an Update exactly
    where the Go resource has an UpdateContext."""
    assert set(OPERATIONS) == set(all_resources())
    for name, resource in all_resources().items():
        assert (OPERATIONS[name].update is not None) == resource.updatable, name


def test_every_data_source_has_its_go_read() -> None:
    """All 56 data sources follow their Go Read (the stand-in is gone)."""
    assert set(DATA_SOURCE_READS) == set(data_sources())


def test_project_data_sources_read_what_the_resources_made(tmp_path: Path) -> None:
    """data_source_openai_project(s).go, ..._project_user(s).go, ..._service_account(s).go and
    ..._rate_limit(s).go over the same fake API as the resources."""
    api = _api(tmp_path)
    project = api.create_project("Demo")
    api.add_project_user(project["id"], {"user_id": "user-o", "role": "owner"})
    api.add_project_user(project["id"], {"user_id": "user-m", "role": "member"})
    account = api.create_service_account(project["id"], {"name": "bot"})
    reads = resource_openai_admin.DATA_SOURCE_READS
    one = _data("openai_project", project_id=project["id"])
    reads["openai_project"](one, api)
    assert (one.id, one.get("name"), one.get("created_at")) == (
        project["id"],
        "Demo",
        1_800_000_000,
    )
    every = _data("openai_projects")
    reads["openai_projects"](every, api)
    assert [p["id"] for p in every.get("projects")] == [project["id"]]
    users = _data("openai_project_users", project_id=project["id"])
    reads["openai_project_users"](users, api)
    assert (users.get("user_count"), users.get("owner_ids"), users.get("member_ids")) == (
        2,
        ["user-o"],
        ["user-m"],
    )
    by_email = _data("openai_project_user", project_id=project["id"], email="USER-M@example.com")
    reads["openai_project_user"](by_email, api)
    assert (by_email.id, by_email.get("role")) == (f"{project['id']}:user-m", "member")
    accounts = _data("openai_project_service_accounts", project_id=project["id"])
    reads["openai_project_service_accounts"](accounts, api)
    assert [a["id"] for a in accounts.get("service_accounts")] == [account["id"]]
    single = _data("openai_project_service_account", project_id=project["id"],
                   service_account_id="svc_acct_none")  # fmt: skip
    with pytest.raises(ProviderError, match="service account with ID svc_acct_none not found"):
        reads["openai_project_service_account"](single, api)
    limits = _data("openai_rate_limits", project_id=project["id"])
    reads["openai_rate_limits"](limits, api)  # Go's model filter reads a key the schema lacks
    models = [limit["model"] for limit in limits.get("rate_limits")]
    assert "gpt-4o" in models and len(models) == len(api.list_rate_limits(project["id"])["data"])
    limit = _data("openai_rate_limit", project_id=project["id"], model="gpt-4o")
    reads["openai_rate_limit"](limit, api)
    assert limit.id == f"{project['id']}:rl-gpt-4o"


def test_invite_and_admin_api_key_follow_their_go_functions(tmp_path: Path) -> None:
    """resource_openai_invite.go: ``created_at`` stays 0 (the API says ``invited_at``); any
    read error removes the invite. resource_openai_admin_api_key.go: ``api_key_value`` stays
    empty (Go reads ``key``, the API answers ``value``); times are RFC 3339 text."""
    api = _api(tmp_path)
    project = api.create_project("Demo")
    invite = _resource("openai_invite", email="a@example.com", role="reader",
                       projects=[{"id": project["id"], "role": "member"}])  # fmt: skip
    resource_openai_admin.invite_create(invite, api)
    assert invite.id.startswith("invite-")
    assert (invite.get("status"), invite.get("created_at")) == ("pending", 0)
    assert invite.get("expires_at") == 1_800_000_000 + 7 * 24 * 3600
    listed = _data("openai_invites")
    resource_openai_admin.DATA_SOURCE_READS["openai_invites"](listed, api)
    assert listed.get("invites")[0]["created_at"] == "1970-01-01T00:00:00Z"
    resource_openai_admin.invite_delete(invite, api)
    again = _resource("openai_invite", email="a@example.com", role="reader")
    again.id = api.store.stored("deleted")[0][1]
    resource_openai_admin.invite_read(again, api)
    assert again.id == ""
    key = _resource("openai_admin_api_key", name="ops")
    resource_openai_admin.admin_api_key_create(key, api)
    assert (key.get("api_key_value"), key.get("created_at")) == ("", "2027-01-15T08:00:00Z")
    single = _data("openai_admin_api_key", api_key_id=key.id)
    resource_openai_admin.DATA_SOURCE_READS["openai_admin_api_key"](single, api)
    assert single.get("name") == "ops"
    resource_openai_admin.admin_api_key_delete(key, api)
    assert key.id == ""


def test_vector_store_file_batch_follows_its_go_functions(tmp_path: Path) -> None:
    """resource_openai_vector_store_file_batch.go: an empty file_ids is refused; the batch is
    in_progress after create and completed once the work is done; Update's PUT does not exist
    at the API; Delete sends nothing. (No chunking_strategy: the Go code sends its ``size`` and
    ``max_tokens``, which OpenAI rejects; test_openai_contract.py covers that.)"""
    from cdktf_openai.offline import resource_openai_vector_store_file_batch as batch

    api = _api(tmp_path)
    store = api.create_vector_store({"name": "docs"})
    empty = _resource("openai_vector_store_file_batch", vector_store_id=store["id"], file_ids=[])
    with pytest.raises(ProviderError, match="file_ids cannot be empty"):
        batch.create(empty, api)
    d = _resource("openai_vector_store_file_batch", vector_store_id=store["id"],
                  file_ids=["file-a", "file-b"])  # fmt: skip
    batch.create(d, api)
    assert (d.id[:5], d.get("status"), d.get("object")) == ("vsfb_", "in_progress",
                                                            "vector_store.files_batch")  # fmt: skip
    assert len(api.store.stored("vector_store_file")) == 2
    api.advance("vector_store_file_batch", f"{store['id']}.{d.id}")
    batch.read(d, api)
    assert d.get("status") == "completed" and d.get("file_ids") == ["file-a", "file-b"]
    with pytest.raises(ProviderError, match="Error updating vector store file batch: API error: "
                       "Invalid URL"):  # fmt: skip
        batch.update(d, api)
    key = f"{store['id']}.{d.id}"
    batch.delete(d, api)
    assert d.id == ""
    assert api.store.exists("vector_store_file_batch", key)  # nothing was sent


def test_chat_completion_and_embedding_call_once_with_placeholders(tmp_path: Path) -> None:
    """resource_openai_chat_completion.go / resource_openai_embedding.go: one call at create,
    the placeholder answer in state, no call on read; the embedding's ID is ``embd_<model>``;
    an in-place update of a chat completion fails ("immutable")."""
    from cdktf_openai.offline import resource_openai_model_calls as calls

    api = _api(tmp_path)
    question = [{"role": "user", "content": "Review:\n```py\nx = 1\n```"}]
    chat = _resource(
        "openai_chat_completion", model="gpt-4o", n=1, temperature=1.0, messages=question
    )
    calls.chat_completion_create(chat, api)
    (choice,) = chat.get("choices")
    assert chat.id.startswith("chatcmpl-") and chat.get("chat_completion_id") == chat.id
    assert choice["message"][0]["content"] == (
        "[offline double: no model ran] A py code block of 1 line(s)."
    )
    stored = api.store.stored()
    calls.chat_completion_read(chat, api)
    assert api.store.stored() == stored
    with pytest.raises(ProviderError, match="chat completions are immutable"):
        calls.chat_completion_update(chat, api)
    embedding = _resource("openai_embedding", model="text-embedding-3-small",
                          input='["a", "b"]', encoding_format="float", dimensions=4)  # fmt: skip
    calls.embedding_create(embedding, api)
    assert embedding.id == "embd_text-embedding-3-small"
    vectors = [item["embedding"] for item in embedding.get("embeddings")]
    assert len(vectors) == 2 and all(len(vector) == 4 for vector in vectors)
    again = _resource("openai_embedding", model="text-embedding-3-small", input='["a", "b"]',
                      encoding_format="float", dimensions=4)  # fmt: skip
    calls.embedding_create(again, api)
    assert again.get("embeddings") == embedding.get("embeddings")  # deterministic


def test_openai_model_fails_after_reading_the_model(tmp_path: Path) -> None:
    """resource_openai_model.go: Create only reads the model; Read sets ``created``, which the
    schema lacks, and returns the SDK's error -- as the real provider does; an unknown model
    (a 404) leaves no ID."""
    from cdktf_openai.offline import resource_openai_model_calls as calls

    api = _api(tmp_path)
    d = _resource("openai_model", model="gpt-4o")
    with pytest.raises(ProviderError, match=r'Invalid address to set: \[\]string\{"created"\}'):
        calls.model_create(d, api)
    assert (d.id, d.get("owned_by")) == ("gpt-4o", "system")
    unknown = _resource("openai_model", model="gpt-99")
    calls.model_create(unknown, api)
    assert unknown.id == ""


def test_text_to_speech_writes_its_file_and_forgets_itself_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """resource_openai_text_to_speech.go: the audio goes to ``output_file`` (a placeholder
    here); Read drops the resource when that file is gone (the next plan pays again);
    ``instructions`` only with gpt-4o-mini-tts; Delete removes the file."""
    from cdktf_openai.offline import resource_openai_model_calls as calls

    monkeypatch.chdir(tmp_path)
    api = _api(tmp_path)
    settings = {"model": "tts-1", "input": "Hi", "voice": "alloy", "output_file": "out/hi.mp3"}
    d = _resource("openai_text_to_speech", **settings)
    calls.text_to_speech_create(d, api)
    assert (tmp_path / "out/hi.mp3").read_bytes() == calls.SPEECH_PLACEHOLDER
    assert d.id.startswith("speech-")
    calls.text_to_speech_read(d, api)
    assert d.id
    (tmp_path / "out/hi.mp3").unlink()
    calls.text_to_speech_read(d, api)
    assert d.id == ""
    with pytest.raises(ProviderError, match="only works with gpt-4o-mini-tts"):
        calls.text_to_speech_create(
            _resource("openai_text_to_speech", **settings, instructions="Cheerful"), api
        )
    again = _resource("openai_text_to_speech", **settings)
    calls.text_to_speech_create(again, api)
    calls.text_to_speech_delete(again, api)
    assert not (tmp_path / "out/hi.mp3").exists()


def test_model_data_sources_read_the_known_models(tmp_path: Path) -> None:
    """data_source_openai_model(s).go: GET /models/{id} and GET /models; an unknown model is
    the API's error in the Go words."""
    api = _api(tmp_path)
    one = _data("openai_model", model_id="gpt-4o")
    data_source_openai.READS["openai_model"](one, api)
    assert (one.id, one.get("object"), one.get("owned_by")) == ("gpt-4o", "model", "system")
    every = _data("openai_models")
    data_source_openai.READS["openai_models"](every, api)
    assert every.id == "openai-models" and "gpt-4o" in [m["id"] for m in every.get("models")]
    with pytest.raises(ProviderError, match="Error retrieving model: API error: The model 'x'"):
        data_source_openai.READS["openai_model"](_data("openai_model", model_id="x"), api)
