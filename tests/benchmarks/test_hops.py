"""The path of one ``Run`` to jsii stays as short as docs/architecture.md says it is."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

#: The counts docs/architecture.md gives ("The path of one Run").
HOPS = {"on": 42, "off": 36}


@pytest.mark.parametrize("batching", sorted(HOPS))
def test_one_run_takes_no_more_hops_than_documented(batching: str) -> None:
    env = dict(os.environ, CDKTF_OPENAI_BATCH=batching)
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.hops", "--verbose"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    found = re.fullmatch(
        rf"batching {batching}: (\d+) hops through (\d+) modules", done.stdout.splitlines()[-1]
    )
    assert found, done.stdout
    hops = int(found.group(1))
    assert hops == len(done.stdout.splitlines()) - 1  # one line per hop, then the count
    assert hops <= HOPS[batching], done.stdout
    # the path goes from the constructor to the creation of its JavaScript object
    assert done.stdout.startswith("cdktf_openai.run.Run.__init__ -> cdktf_openai.base.")
    assert "cdktf_openai.batching.create" in done.stdout
    documented = (ROOT / "docs" / "architecture.md").read_text()
    assert f"{HOPS['on']} hops through" in documented and f"{HOPS['off']} hops" in documented
