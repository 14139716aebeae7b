"""``python -m benchmarks``: measure, check, and write ``BENCHMARKS.md`` (``make bench``)."""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks import harness, profile, report
from benchmarks.footprint import keep_section


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and write the report; non-zero when the variants' documents differ."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--ns", default="1,100,1000", help="reviews per stack (3 resources each)")
    parser.add_argument("--runs", type=int, default=5, help="rounds (default 5)")
    parser.add_argument("--quick", action="store_true", help="N=1, one round, no profile")
    parser.add_argument("--no-profile", action="store_true", help="skip 'Where the time goes'")
    parser.add_argument("--profile-n", type=int, default=1000, help="N of the profile")
    parser.add_argument("--output", default="BENCHMARKS.md", help="the report to write")
    parser.add_argument(
        "--cores",
        default=None,
        help="comma-separated cores to measure (default: every core installed: cdktf, cdktn)",
    )
    args = parser.parse_args(argv)
    cores = args.cores.split(",") if args.cores else list(harness.available_cores())
    missing = [core for core in cores if core not in harness.CORES or not harness.interpreter(core)]
    if missing:
        parser.error(f"no Python here runs {', '.join(missing)} (make setup installs both cores)")
    ns = [1] if args.quick else [int(n) for n in args.ns.split(",")]
    rounds = 1 if args.quick else args.runs
    command = (
        "make bench"
        if os.environ.get("MAKE_BENCH")
        else "python -m benchmarks " + shlex.join(list(argv if argv is not None else sys.argv[1:]))
    )
    started = time.perf_counter()
    load_before = harness.load_average()
    results = harness.measure(
        harness.plan(ns, cores=cores), rounds, log=lambda m: print(m, flush=True)
    )
    section = ""
    if not (args.quick or args.no_profile):
        print("profiling ...", flush=True)
        with tempfile.TemporaryDirectory(prefix="cdktf-openai-profile-") as workdir:
            rows = profile.collect(profile.VARIANTS, args.profile_n, Path(workdir))
        section = profile.render(rows)
    text = report.render(
        results,
        ns,
        rounds,
        harness.machine(),
        command,
        (load_before, harness.load_average()),
        time.perf_counter() - started,
        section,
    )
    output = Path(args.output)
    # the Footprint section (python -m benchmarks.footprint) is not this run's: keep it
    output.write_text(keep_section(output.read_text() if output.exists() else "", text))
    print(f"wrote {args.output} ({time.perf_counter() - started:.0f} s)")
    for problem in results.problems:
        print("DIFFERENT DOCUMENTS:", problem, file=sys.stderr)
    return 1 if results.problems else 0


if __name__ == "__main__":
    sys.exit(main())
