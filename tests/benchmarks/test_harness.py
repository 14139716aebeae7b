"""The benchmark harness in quick mode: a well-formed report, equal documents (no timings)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from benchmarks import harness, workloads
from benchmarks.__main__ import main
from benchmarks.compare import canonical, resource_counts, same_resources
from cdktf_openai.composites.review import REVIEWER_INSTRUCTIONS, fenced


def test_workload_texts_match_the_library() -> None:
    # the json floor copies these so that it imports no cdktf
    assert workloads.REVIEWER_INSTRUCTIONS == REVIEWER_INSTRUCTIONS
    for i in (0, 7, 123):
        expected = f"Please review this python code:\n\n{fenced(workloads.code_of(i), 'python')}"
        assert workloads.message_of(i) == expected


def test_canonical_ignores_names_but_not_content() -> None:
    def doc(names: tuple[str, str], temperature: float) -> dict[str, object]:
        thread, run = names
        return {
            "resource": {
                "openai_thread": {thread: {"//": {"path": thread}, "messages": [{"content": "x"}]}},
                "openai_run": {
                    run: {
                        "thread_id": f"${{openai_thread.{thread}.id}}",
                        "temperature": temperature,
                    }
                },
            }
        }

    flat, nested = doc(("thread_0", "run_0"), 0.2), doc(("r_thread_AB12", "r_run_CD34"), 0.2)
    assert canonical(flat) == canonical(nested)
    assert same_resources(flat, nested) == []
    assert same_resources(flat, doc(("thread_0", "run_0"), 0.3)) != []
    assert resource_counts(flat) == {"openai_run": 1, "openai_thread": 1}


@pytest.mark.slow
def test_quick_mode_writes_a_well_formed_report(tmp_path: Path) -> None:
    report = tmp_path / "BENCHMARKS.md"
    assert main(["--quick", "--output", str(report)]) == 0
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
    if harness.node20() is not None:
        assert levers.count("on Node 20") == 6
    if shutil.which("terraform"):
        assert re.search(r"`terraform version` \(one process, as cdktf runs it\): \d+ ms", levers)


def test_json_floor_document_matches_l1_shape(tmp_path: Path) -> None:
    path = workloads.write_json(tmp_path, "bench", 2)
    document = json.loads(path.read_text())
    assert resource_counts(document) == {
        "openai_assistant": 2,
        "openai_run": 2,
        "openai_thread": 2,
        "terraform_data": 2,  # the threads' guard companions (cdktf_openai/guard.py)
    }
    assert (
        document["resource"]["openai_run"]["run_1"]["thread_id"] == "${openai_thread.thread_1.id}"
    )


def test_the_lever_cases_change_only_their_environment(tmp_path: Path) -> None:
    cases = harness.lever_cases([1, 100, 1000], ["cdktf", "cdktn"])
    keys = {case.key for case in cases}
    # batching off below the largest N, and at the largest N with validations skipped
    assert {"l2@1[unbatched]", "cdktn:composite@100[unbatched]"} <= keys
    assert "l2@1000[unbatched]" not in keys
    assert {"l2@1000[novalidation,unbatched]", "ts@1000[novalidation]"} <= keys
    assert {"l2@1[cache-cold]", "l2@1[cache-off]"} <= keys
    environment = harness._settings_environment
    case = harness.Case("l2", 1, "cdktf", ("cache-cold", "novalidation", "unbatched"))
    assert environment(case, tmp_path) == {
        "CDKTF_OPENAI_BATCH": "off",
        "BENCH_SKIP_VALIDATION": "1",
        "JSII_RUNTIME_PACKAGE_CACHE_ROOT": str(tmp_path / "jsii-package-cache"),
    }
    assert environment(harness.Case("l2", 1, "cdktf", ("cache-off",)), tmp_path) == {
        "JSII_RUNTIME_PACKAGE_CACHE": "disabled"
    }
    assert case.plain == harness.Case("l2", 1) and case.plain.but("unbatched").settings == (
        "unbatched",
    )
