"""The compiled contract (``cdktf_openai/offline/openai_contract.json``) is the installed SDK's.

The double checks each request against OpenAI's request types compiled from the ``openai``
package (:func:`~cdktf_openai.offline.openai_contract.compile_contract`), so that its plugin
process, which Terraform starts for every command, never imports the SDK (over a second each).
"""

from __future__ import annotations

import json
import subprocess
import sys
from importlib.metadata import version
from importlib.resources import files

import pytest

from cdktf_openai.offline import openai_contract
from tests.conftest import ROOT

pytestmark = pytest.mark.core_independent


def test_the_committed_contract_is_what_the_installed_sdk_compiles_to() -> None:
    committed = files("cdktf_openai.offline").joinpath(openai_contract.CONTRACT_FILE).read_text()
    compiled = openai_contract.contract_text(openai_contract.compile_contract())
    assert committed == compiled, (
        f"openai {version('openai')} is installed, the contract was compiled from "
        f"{json.loads(committed)['openai']}: run "
        "`python -m cdktf_openai.offline.openai_contract --write` and read the diff of "
        "tests/offline/openai_contract_expected.txt"
    )
    assert json.loads(committed)["openai"] == version("openai")  # the file records its SDK


def test_every_checked_endpoint_and_each_object_it_names_is_compiled() -> None:
    contract = json.loads(openai_contract.contract_text(openai_contract.compile_contract()))
    for name, endpoint in openai_contract.ENDPOINTS.items():
        params = endpoint.params
        names = params.values() if isinstance(params, dict) else [params] if params else []
        for params_name in names:
            members = contract["endpoints"][params_name].get("alternatives")
            for member in members or [contract["endpoints"][params_name]]:
                assert member["object"] in contract["objects"], (name, params_name)


def test_checking_requests_never_imports_the_sdk() -> None:
    """A request the contract refuses, and one it takes, in a fresh process: no ``openai``."""
    script = (
        "import sys\n"
        "from cdktf_openai.offline.openai_contract import ENDPOINTS, violations\n"
        "refused = violations(ENDPOINTS['create_response'], {'model': 'm', 'top_k': 3})\n"
        "taken = violations(ENDPOINTS['create_assistant'], {'model': 'gpt-4o'})\n"
        "print([r.message for r in refused], taken, 'openai' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.split("\n")[0] == "[\"Unknown parameter: 'top_k'.\"] [] False"


def test_without_write_the_command_says_whether_the_file_is_current(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert openai_contract.main([]) == 0
    assert "is current" in capsys.readouterr().out
