"""``make bench``'s harness in quick mode writes a well-formed report, with equal documents.

``make bench`` runs the harness with the first core's environment (``.venv``), which measures
both cores in subprocesses: this test runs it the same way, so its result does not depend on
the core of the test run, and it runs once (``core_independent``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT, XDIST_VARIABLES

pytestmark = pytest.mark.core_independent

#: The Python ``make bench`` runs the harness with.
BENCH_PYTHON = ROOT / ".venv" / "bin" / "python"


@pytest.mark.slow
def test_quick_mode_writes_a_well_formed_report(tmp_path: Path) -> None:
    report = tmp_path / "BENCHMARKS.md"
    command = [str(BENCH_PYTHON), "-m", "benchmarks", "--quick", "--output", str(report)]
    # the environment make gives it: no core chosen by this test run, no pytest-xdist worker
    environment = {
        key: value
        for key, value in os.environ.items()
        if key != "CDKTF_OPENAI_CORE" and key not in XDIST_VARIABLES
    }
    done = subprocess.run(
        command, cwd=ROOT, env=environment, capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stdout + done.stderr
    text = report.read_text()

    for heading in (
        "## Machine",
        "## Whole process",
        "## In process: build + synth",
        "## Imports and cold start",
        "## Peak memory",
        "## Same resources in every variant",
        "## Batching (issue 16): batched and batching off (whole process)",
        "## Start-up levers",
        "## Targets (issues 8, 14 and 16)",
    ):
        assert heading in text
    assert "python -m benchmarks --quick" in text
    for label in ("CodeReviewRun", "generated L1 classes", "TypeScript cdktf", "json.dump"):
        assert label in text
    # every variant was measured, the core ones on both cores (make setup installs both): a time
    # in each row of the whole-process table
    table = text.split("## Whole process")[1].split("##")[0]
    assert len(re.findall(r"\| \d+ ms", table)) == 5 + 3
    for variant in ("`CodeReviewRun`) on cdktn", "`Run`) on cdktn", "(baseline) on cdktn"):
        assert variant in table
    assert "- cdktf 0.21.0: jsii" in text
    assert "- cdktn 0.24.0: jsii" in text
    side = text.split("## cdktf and CDK Terrain side by side")[1].split("##")[0]
    l2_row = next(line for line in side.splitlines() if line.startswith("| L2 constructs"))
    assert len(re.findall(r"\d+ ms \(n/a \(1 run\)\); \d\.\d\dx", l2_row)) == 2

    # the variants synthesize the same resources: l2, ts and json equal l1 exactly
    checks = text.split("## Same resources in every variant")[1].split("##")[0]
    counts = "openai_assistant 1, openai_run 1, openai_thread 1, terraform_data 1"
    for variant in ("l2", "ts", "json"):
        assert f"- {variant}@1: identical to L1 ({counts})" in checks
    assert f"- composite@1: same resources as l1 (by content) ({counts})" in checks
    assert "- quickstart@1: same resources as quickstart_l1 (by content)" in checks
    for variant in ("composite", "l1", "l2", "quickstart", "quickstart_l1"):
        assert f"- cdktn:{variant}@1: identical to cdktf's (version stamp aside)" in checks
    assert "NOT equal" not in checks

    targets = text.split("## Targets (issues 8, 14 and 16)")[1].split("##")[0]
    rows = [line for line in targets.splitlines() if line.startswith("| ")][2:]
    assert len(rows) >= 5
    verdicts = [row.rstrip(" |").rsplit("| ", 1)[1] for row in rows]
    assert set(verdicts) <= {"met", "**not met**", "not measured"}
    # issue 16: each core's L2 constructs and composites against TypeScript, with and without
    # cdktf's validations
    issue_16 = [row for row in rows if row.startswith("| issue 16: ")]
    assert len(issue_16) == 2 * 2 * 2
    assert all(re.search(r"\| \d\.\d\dx \(rounds: ", row) for row in issue_16)
    # issue 14: each core's L2 constructs against its L1 classes, with and without validations
    issue_14 = [row for row in rows if row.startswith("| issue 14: ")]
    assert len(issue_14) == 2 * 2
    assert all(re.search(r"\| <= 0\.79x \| \d\.\d\dx \(rounds: ", row) for row in issue_14)

    # batching: each variant and core, batched and off, in one table
    batching = text.split("## Batching (issue 16)")[1].split("##")[0]
    cells = [line for line in batching.splitlines() if line.startswith("| L2 ")]
    assert len(cells) == 2 * 2
    assert all(re.search(r"\d+ ms .* / \d+ ms .*; \d\.\d\dx", line) for line in cells)

    # start-up levers: the jsii package cache, measured; Node 20 where the machine has it
    levers = text.split("## Start-up levers")[1].split("\n## ")[0]
    for lever in ("jsii package cache empty", "jsii package cache off"):
        assert re.search(rf"{lever} .* \| \d+ ms .* \| \d+ ms .*; \d\.\d\dx", levers), lever
    assert "JSII_RUNTIME_PACKAGE_CACHE_ROOT" in levers and "Node 22" in levers
    has_node20 = subprocess.run(
        [str(BENCH_PYTHON), "-c", "from benchmarks.harness import node20; print(node20())"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    if has_node20 != "None":
        assert levers.count("on Node 20") == 6
    if shutil.which("terraform"):
        assert re.search(r"`terraform version` \(one process, as cdktf runs it\): \d+ ms", levers)
