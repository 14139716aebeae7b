"""The benchmark harness in quick mode: a well-formed report, equal documents (no timings)."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import harness, workloads
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
