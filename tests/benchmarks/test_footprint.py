"""The Footprint section of BENCHMARKS.md survives ``make bench``, and is replaced, not repeated."""

from __future__ import annotations

from pathlib import Path

from benchmarks.footprint import HEADING, _write, keep_section

HARNESS = "# Benchmarks\n\n## Machine\n\n- 2 cores\n"
SECTION = f"{HEADING}\n\n| | before | after |\n| --- | ---: | ---: |\n"


def test_make_bench_keeps_the_section_of_the_old_report() -> None:
    old = HARNESS + "\n" + SECTION
    new = HARNESS.replace("2 cores", "4 cores")
    kept = keep_section(old, new)
    assert kept.startswith(new.rstrip()) and kept.count(HEADING) == 1
    assert kept.endswith(SECTION)
    # nothing to keep, or the new report has its own: the new report as it is
    assert keep_section(HARNESS, new) == new
    assert keep_section(old, new + "\n" + SECTION) == new + "\n" + SECTION


def test_the_section_is_replaced_in_place(tmp_path: Path) -> None:
    report = tmp_path / "BENCHMARKS.md"
    report.write_text(HARNESS)
    _write(report, SECTION)
    assert report.read_text() == HARNESS + "\n" + SECTION
    _write(report, SECTION.replace("| after |", "| later |"))
    text = report.read_text()
    assert text.count(HEADING) == 1 and "later" in text and "| after |" not in text
    # a section after it stays
    report.write_text(HARNESS + "\n" + SECTION + "\n## Next\n\ntext\n")
    _write(report, SECTION.replace("| after |", "| later |"))
    assert report.read_text().endswith("| later |\n| --- | ---: | ---: |\n\n## Next\n\ntext\n")
