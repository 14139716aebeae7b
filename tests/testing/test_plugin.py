"""Loading the pytest plugin is cheap and safe: no cdktf, no syrupy, until a fixture is used."""

from __future__ import annotations

import json
import subprocess
import sys

import cdktf_openai.testing as kit

# Import the package, then the plugin, and list the modules the plugin's import added.
PROBE = """
import json, sys
import cdktf_openai
before = set(sys.modules)
import cdktf_openai.testing.plugin
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_loading_the_plugin_imports_neither_cdktf_nor_syrupy_nor_the_kit() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    added = json.loads(result.stdout)
    assert "cdktf_openai.testing.plugin" in added
    heavy = ("cdktf", "cdktn", "jsii", "constructs", "syrupy", "cdktf_openai.testing.synthesis")
    assert [name for name in added if name.split(".")[0] in heavy or name in heavy] == []
    assert "cdktf_openai.testing.assertions" not in added
    assert "cdktf_openai.testing.snapshot" not in added


def test_every_public_name_loads_on_first_use() -> None:
    for name in kit.__all__:
        assert getattr(kit, name) is not None, name
    assert set(kit.__all__) <= set(dir(kit))
    assert sorted(kit.__all__) == sorted(kit._EXPORTS)
