"""Node 20's end-of-life banner never reaches users of the package's environment."""

from __future__ import annotations

import os
import subprocess
import sys

from cdktf_openai.core import CORE
from tests.conftest import ROOT


def test_a_plain_cdktf_app_in_the_environment_prints_no_banner() -> None:
    # no JSII_SILENCE_... in the environment: the installed .pth file must set it
    env = {k: v for k, v in os.environ.items() if not k.startswith("JSII_SILENCE_WARNING")}
    # a plain app of the core in use (`from cdktf import App` or `from cdktn import App`)
    app = f"from {CORE} import App; App(outdir='{{}}').synth(); print('synthesized')"
    result = subprocess.run(
        [sys.executable, "-c", app.format(ROOT / "cdktf.out" / "banner-probe")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "synthesized"
    assert "end-of-life" not in result.stderr
