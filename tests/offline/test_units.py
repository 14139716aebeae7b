"""Fast checks of the double's parts, without terraform."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import msgpack
import pytest
from tf.gen import tfplugin_pb2 as pb

from cdktf_openai.offline import cli, install_provider_double, offline_terraform
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.protocol import (
    UnknownValue,
    decode_dynamic,
    encode_dynamic,
    schema_from_json,
)
from cdktf_openai.offline.provider import DoubleServicer, resource_schemas
from cdktf_openai.offline.state import ObjectStore

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # the double's units, no core


def test_refined_unknowns_round_trip_byte_for_byte() -> None:
    refined = msgpack.packb({"id": msgpack.ExtType(12, b"\x81\x01\xc3")})
    decoded = decode_dynamic(pb.DynamicValue(msgpack=refined))
    assert decoded == {"id": UnknownValue(12, b"\x81\x01\xc3")}
    assert encode_dynamic(decoded).msgpack == refined


def test_decimals_go_back_as_exact_numbers() -> None:
    encoded = encode_dynamic({"top_p": Decimal("0.7"), "max_tokens": Decimal("100")})
    assert msgpack.unpackb(encoded.msgpack) == {"top_p": "0.7", "max_tokens": 100}


def test_every_block_is_served_with_its_list_nesting() -> None:
    schema = schema_from_json(resource_schemas()["openai_assistant"]).to_pb()
    tools = {block.type_name: block for block in schema.block.block_types}["tools"]
    assert tools.nesting == pb.Schema.NestedBlock.NestingMode.LIST
    function = tools.block.block_types[0]
    assert (function.type_name, function.max_items) == ("function", 1)
    steps = {
        a.name: a
        for a in schema_from_json(resource_schemas()["openai_run"]).to_pb().block.attributes
    }
    assert steps["steps"].type.startswith(b'["list",["object",')


def test_the_service_serves_every_resource_of_the_schema() -> None:
    response = DoubleServicer(FakeOpenAI(ObjectStore(Path("unused")))).GetProviderSchema(
        pb.GetProviderSchema.Request(), None
    )
    assert sorted(response.resource_schemas) == sorted(resource_schemas())
    provider = {attribute.name: attribute for attribute in response.provider.block.attributes}
    assert provider["api_key"].sensitive and provider["api_key"].optional


def test_ids_are_deterministic_and_unique(tmp_path: Path) -> None:
    first = FakeOpenAI(ObjectStore(tmp_path / "a"))
    second = FakeOpenAI(ObjectStore(tmp_path / "b"))
    request = {"model": "gpt-4o"}
    ids = [first.new_id("asst_", "assistant", request) for _ in range(3)]
    assert len(set(ids)) == 3
    assert ids[0] == second.new_id("asst_", "assistant", request)
    assert all(len(identifier) == len("asst_") + 24 for identifier in ids)


def test_the_store_refuses_keys_it_never_issued(tmp_path: Path) -> None:
    store = ObjectStore(tmp_path)
    assert store.get("openai_run", "../../etc/passwd") is None
    with pytest.raises(ValueError, match="not an object key"):
        store.put("openai_run", "a/b", {})


def test_install_writes_a_filesystem_mirror_and_a_cli_config(tmp_path: Path) -> None:
    config = install_provider_double(tmp_path)
    text = config.read_text()
    assert 'include = ["registry.terraform.io/mkdev-me/openai"]' in text
    assert f'path    = "{tmp_path / "mirror"}"' in text
    assert 'exclude = ["registry.terraform.io/mkdev-me/openai"]' in text
    plugins = list((tmp_path / "mirror").rglob("terraform-provider-openai_v1.2.0"))
    assert len(plugins) == 1 and os.access(plugins[0], os.X_OK)
    assert plugins[0].parent.parent.name == "1.2.0"
    assert sys.executable in plugins[0].read_text()
    before = plugins[0].read_bytes()
    install_provider_double(tmp_path)
    assert plugins[0].read_bytes() == before  # lock files stay valid


def test_offline_terraform_sets_and_restores_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The block gets the double's config, plugin cache and data dir; the user's come back."""
    monkeypatch.setenv("TF_CLI_CONFIG_FILE", "/elsewhere.rc")
    monkeypatch.setenv("TF_PLUGIN_CACHE_DIR", "/home/someone/.terraform.d/plugin-cache")
    monkeypatch.delenv("TF_DATA_DIR", raising=False)
    with offline_terraform() as config:
        assert os.environ["TF_CLI_CONFIG_FILE"] == str(config)
        assert os.environ["TF_PLUGIN_CACHE_DIR"] == str(config.parent / "plugin-cache")
        assert os.environ["TF_DATA_DIR"] == ".terraform-openai-double"
        assert config.is_file()
    assert os.environ["TF_CLI_CONFIG_FILE"] == "/elsewhere.rc"
    assert os.environ["TF_PLUGIN_CACHE_DIR"] == "/home/someone/.terraform.d/plugin-cache"
    assert "TF_DATA_DIR" not in os.environ
    assert not config.exists()  # the temporary install is gone


def test_cli_install_env_and_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``env`` exports the config, no calls home, a private plugin cache and the double's data
    directory."""
    monkeypatch.chdir(tmp_path)  # `env` and `run` pin the lock files under the current folder
    monkeypatch.delenv("TF_CLI_CONFIG_FILE", raising=False)
    directory = str(tmp_path / "double")
    assert cli.main(["install", "--directory", directory]) == 0
    config = capsys.readouterr().out.strip()
    assert config == str(tmp_path / "double" / "terraform.rc")
    assert cli.main(["env", "--directory", directory]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"export TF_CLI_CONFIG_FILE={config}",
        "export CHECKPOINT_DISABLE=1",
        "export DISABLE_VERSION_CHECK=1",
        f"export TF_PLUGIN_CACHE_DIR={tmp_path / 'double' / 'plugin-cache'}",
        "export TF_DATA_DIR=.terraform-openai-double",
    ]
    command = [
        sys.executable,
        "-c",
        "import os, sys; sys.exit(os.environ['TF_CLI_CONFIG_FILE'] != sys.argv[1])",
        config,
    ]
    assert cli.main(["run", "--directory", directory, "--", *command]) == 0
    assert cli.main(["run", "--directory", directory]) == 2


def test_the_plugin_refuses_to_start_outside_terraform() -> None:
    environment = {k: v for k, v in os.environ.items() if k != "TF_PLUGIN_MAGIC_COOKIE"}
    result = subprocess.run(
        [sys.executable, "-m", "cdktf_openai.offline.server"],
        env=environment, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "Terraform starts it" in result.stderr
