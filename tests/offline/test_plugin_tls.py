"""The plugin process's TLS key and certificate: made once per install, not once per start.

go-plugin's handshake gives Terraform the server's certificate; making a key costs a third of
the plugin's start, and Terraform starts it two to five times per command.
"""

from __future__ import annotations

import base64
import json
import os
import stat
import subprocess
import time
from pathlib import Path

import pytest

from cdktf_openai.offline import install_provider_double
from cdktf_openai.offline.install import TLS_FILE_NAME, package_dir
from cdktf_openai.offline.server import MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE, TLS_MARGIN

pytestmark = pytest.mark.core_independent  # the double's plugin process, no core


def handshake_certificate(plugin: Path) -> bytes:
    """Start the plugin as Terraform does and return the certificate of its handshake line."""
    environment = {**os.environ, MAGIC_COOKIE_KEY: MAGIC_COOKIE_VALUE}
    process = subprocess.Popen([str(plugin)], stdout=subprocess.PIPE, env=environment, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline().strip()
    finally:
        process.kill()
        process.wait()
    version, protocol, network, _, kind, certificate = line.split("|")
    assert (version, protocol, network, kind) == ("1", "6", "unix", "grpc"), line
    return base64.b64decode(certificate + "=" * (-len(certificate) % 4))


def plugin_of(directory: Path) -> Path:
    (plugin,) = package_dir(directory).glob("terraform-provider-openai_v*")
    return plugin


def test_the_install_makes_one_key_for_its_owner_only_and_the_plugin_serves_it(
    tmp_path: Path,
) -> None:
    install_provider_double(tmp_path / "double")
    tls = tmp_path / "double" / TLS_FILE_NAME
    assert stat.S_IMODE(tls.stat().st_mode) == 0o600
    entry = json.loads(tls.read_text())
    assert handshake_certificate(plugin_of(tmp_path / "double")) == base64.b64decode(entry["der"])
    assert TLS_FILE_NAME not in {path.name for path in package_dir(tmp_path / "double").iterdir()}

    before = tls.read_bytes()
    install_provider_double(tmp_path / "double")  # installing again keeps a current key
    assert tls.read_bytes() == before


@pytest.mark.parametrize(
    "damage",
    ["near its end", "not JSON", "missing"],
)
def test_without_a_usable_key_the_plugin_makes_its_own_and_the_install_a_new_one(
    tmp_path: Path, damage: str
) -> None:
    install_provider_double(tmp_path / "double")
    tls = tmp_path / "double" / TLS_FILE_NAME
    entry = json.loads(tls.read_text())
    if damage == "near its end":
        entry["expires"] = time.time() + TLS_MARGIN.total_seconds() - 60
        tls.write_text(json.dumps(entry))
    elif damage == "not JSON":
        tls.write_text("{")
    else:
        tls.unlink()
    served = handshake_certificate(plugin_of(tmp_path / "double"))
    assert served and served != base64.b64decode(entry["der"])

    install_provider_double(tmp_path / "double")
    renewed = json.loads(tls.read_text())
    assert renewed["der"] != entry["der"]
    assert renewed["expires"] > time.time() + TLS_MARGIN.total_seconds()
    assert handshake_certificate(plugin_of(tmp_path / "double")) == base64.b64decode(renewed["der"])
