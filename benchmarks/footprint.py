"""What the package costs to have: import time, a small app's whole process, wheel, bindings.

``python -m benchmarks.footprint --against DIR`` measures this tree and another checkout of the
project (a ``git worktree`` of an earlier version, with ``node_modules`` linked in) side by
side, on every core installed, and writes the section "Footprint" of ``BENCHMARKS.md`` (which
``make bench`` keeps; :func:`keep_section`). It takes a few minutes, not the 20+ of ``make
bench``:

- ``import cdktf_openai`` and the quick-start app (``examples/quickstart``: import, build,
  synth to disk) and ``Assistant`` + ``Thread`` + ``Run`` (N=1) as whole processes, each run by
  that tree's own ``benchmarks.worker`` in a fresh interpreter, the trees and cases interleaved
  in shuffled rounds (as the harness does): the median CPU time (user + system, Python and its
  node child; on a busy machine wall time varies far more than 10%) and wall time;
- the wheel (``python -m build --wheel``) and the generated layer's jsii assembly, in bytes;
- ``make bindings`` (``scripts/generate-bindings.js`` for both cores into a temporary folder),
  once per tree.

The generated layer's assembly is loaded whole into node when the first generated module is
imported, so its size is what a bigger provider could cost every app at start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.harness import CORES, interpreter, spread
from benchmarks.worker import RESULT_PREFIX

__all__ = ["HEADING", "keep_section", "main", "measure_processes"]

ROOT = Path(__file__).resolve().parent.parent
#: The heading of the section this writes into ``BENCHMARKS.md``.
HEADING = "## Footprint: the whole provider (issue 22), before and after"
#: The bound on import and quick-start time against the first tree (issue 22: 0.3.1's + 10%).
BOUND = 1.10
#: (worker variant, N, label) of the processes measured.
PROCESSES = (
    ("import_cdktf_openai", 0, "`import cdktf_openai`"),
    ("quickstart", 1, "quick-start app (`examples/quickstart`)"),
    ("l2", 1, "`Assistant` + `Thread` + `Run`, N=1"),
)


def _describe(tree: Path) -> str:
    done = subprocess.run(
        ["git", "log", "-1", "--format=%h"], cwd=tree, capture_output=True, text=True
    )
    version = re.search(r'^version = "([^"]+)"', (tree / "pyproject.toml").read_text(), re.M)
    return f"{version.group(1) if version else '?'} ({done.stdout.strip()})"


def _run(tree: Path, core: str, variant: str, n: int, workdir: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, of the process and its jsii node child) of a case."""
    python = interpreter(core)
    assert python is not None
    env = dict(
        os.environ,
        PYTHONPATH=str(tree),
        JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20",
        CDKTF_OPENAI_CORE=core,
    )
    outdir = Path(tempfile.mkdtemp(dir=workdir))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [python, "-m", "benchmarks.worker", variant, str(n), str(outdir / "out")],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0 or RESULT_PREFIX not in done.stdout:
        raise RuntimeError(f"{tree} {core} {variant}: {done.stdout}\n{done.stderr}")
    # the worker waits for its node child (jsii stops it at exit), so node's time is included
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure_processes(
    trees: Sequence[Path], cores: Sequence[str], rounds: int
) -> dict[tuple[str, str, str], list[tuple[float, float]]]:
    """(wall, CPU) seconds of each (tree, core, variant), ``rounds`` times, interleaved."""
    cases = [(tree, core, p[0], p[1]) for tree in trees for core in cores for p in PROCESSES]
    results: dict[tuple[str, str, str], list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="cdktf-openai-footprint-") as work:
        for tree, core, variant, n in cases:  # one warm-up each (jsii's package cache)
            _run(tree, core, variant, n, Path(work))
        for index in range(rounds):
            random.shuffle(cases)
            for tree, core, variant, n in cases:
                key = (str(tree), core, variant)
                results.setdefault(key, []).append(_run(tree, core, variant, n, Path(work)))
            print(f"round {index + 1}/{rounds}", flush=True)
    return results


def _wheel_bytes(tree: Path) -> int:
    with tempfile.TemporaryDirectory(prefix="cdktf-openai-wheel-") as out:
        subprocess.run(
            [sys.executable, "-m", "build", "--wheel", "--outdir", out, str(tree)],
            check=True,
            capture_output=True,
        )
        (wheel,) = Path(out).glob("*.whl")
        return wheel.stat().st_size


def _assembly_bytes(tree: Path) -> int:
    (tarball,) = (tree / "cdktf_openai" / "generated" / "_jsii").glob("*.jsii.tgz")
    return tarball.stat().st_size


def _bindings_seconds(tree: Path) -> float:
    env = dict(os.environ, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20")
    env["PATH"] = f"{tree / 'tools' / 'cdktn' / 'node_modules' / '.bin'}{os.pathsep}{env['PATH']}"
    if env.get("TF_CLI_CONFIG_FILE") and not Path(env["TF_CLI_CONFIG_FILE"]).exists():
        del env["TF_CLI_CONFIG_FILE"]  # as the Makefile does
    with tempfile.TemporaryDirectory(prefix="cdktf-openai-bindings-") as out:
        started = time.perf_counter()
        subprocess.run(
            ["node", "scripts/generate-bindings.js", "--out", out],
            cwd=tree,
            env=env,
            check=True,
            capture_output=True,
        )
        return time.perf_counter() - started


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def _kb(size: int) -> str:
    return f"{size / 1024:.0f} KiB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.2f} MiB"


def render(
    trees: Sequence[Path],
    cores: Sequence[str],
    processes: dict[tuple[str, str, str], list[tuple[float, float]]],
    sizes: dict[str, tuple[int, int, float]],
    rounds: int,
) -> str:
    """The section, in Markdown: one column per tree, the last one compared with the first."""
    before, after = str(trees[0]), str(trees[-1])
    names = [_describe(tree) for tree in trees]
    lines = [
        HEADING,
        "",
        f"Written by `python -m benchmarks.footprint` ({rounds} rounds; each process fresh, the "
        "trees and cases interleaved in shuffled rounds). Each process: CPU time (user + system "
        "of Python and its jsii node child: what the process costs, little affected by other "
        "work on the machine), then wall time: median (fastest / slowest relative to it). Last "
        "column: the last tree over the first, CPU and wall medians. Load average at the end: "
        f"{' / '.join(f'{x:.2f}' for x in os.getloadavg())}.",
        "",
        "| | " + " | ".join(names) + " | after / before |",
        "| --- | " + " | ".join("---:" for _ in trees) + " | ---: |",
    ]

    def medians(tree: str, core: str, variant: str) -> tuple[float, float]:
        runs = processes[(tree, core, variant)]
        return statistics.median(c for _, c in runs), statistics.median(w for w, _ in runs)

    for core in cores:
        for variant, _, label in PROCESSES:
            cells = []
            for tree in trees:
                walls = [w for w, _ in processes[(str(tree), core, variant)]]
                cpu, wall = medians(str(tree), core, variant)
                cells.append(f"CPU {_ms(cpu)}; wall {_ms(wall)} ({spread(walls)})")
            cpu_after, wall_after = medians(after, core, variant)
            cpu_before, wall_before = medians(before, core, variant)
            lines.append(
                f"| {label} on {core} | {' | '.join(cells)} | CPU {cpu_after / cpu_before:.2f}x; "
                f"wall {wall_after / wall_before:.2f}x |"
            )
    for index, label in enumerate(
        ("wheel (`python -m build --wheel`)", "jsii assembly of `cdktf_openai.generated`")
    ):
        cells = [_kb(int(sizes[str(tree)][index])) for tree in trees]
        ratio = sizes[after][index] / sizes[before][index]
        lines.append(f"| {label} | {' | '.join(cells)} | {ratio:.2f}x |")
    cells = [f"{sizes[str(tree)][2]:.0f} s" for tree in trees]
    ratio = sizes[after][2] / sizes[before][2]
    lines.append(f"| `make bindings` (both cores, one run) | {' | '.join(cells)} | {ratio:.2f}x |")
    lines += ["", f"Bound (issue 22): within {BOUND:.2f}x of {names[0]} (CPU medians):", ""]
    for core in cores:
        for variant, label in (
            ("import_cdktf_openai", PROCESSES[0][2]),
            ("quickstart", "the quick start"),
        ):
            ratio = medians(after, core, variant)[0] / medians(before, core, variant)[0]
            verdict = "met" if ratio <= BOUND else "**not met**"
            lines.append(f"- {label} on {core}: {ratio:.2f}x, {verdict}")
    return "\n".join(lines) + "\n"


def keep_section(old: str, new: str) -> str:
    """``new`` (the harness's report) with the Footprint section of ``old`` appended, if any."""
    if HEADING not in old or HEADING in new:
        return new
    section = old[old.index(HEADING) :]
    following = section.find("\n## ", len(HEADING))
    section = section if following == -1 else section[: following + 1]
    return new.rstrip() + "\n\n" + section.rstrip() + "\n"


def _write(path: Path, section: str) -> None:
    text = path.read_text() if path.exists() else ""
    if HEADING in text:
        start = text.index(HEADING)
        following = text.find("\n## ", start + len(HEADING))
        text = text[:start] + section + ("" if following == -1 else text[following:])
    else:
        text = text.rstrip() + "\n\n" + section
    path.write_text(text.rstrip() + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Measure this tree against ``--against`` and write the section into ``--output``."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.footprint", description=__doc__)
    parser.add_argument(
        "--against",
        required=True,
        action="append",
        help="another checkout (before); repeat for more, the first is the one compared",
    )
    parser.add_argument("--runs", type=int, default=10, help="rounds (default 10)")
    parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"))
    parser.add_argument("--json", default=None, help="also write the raw numbers here")
    parser.add_argument(
        "--from-json", default=None, help="write the section from a --json file, measure nothing"
    )
    args = parser.parse_args(argv)
    trees = [*(Path(tree).resolve() for tree in args.against), ROOT]
    cores = [core for core in CORES if interpreter(core)]
    if args.from_json:
        raw = json.loads(Path(args.from_json).read_text())
        trees = [Path(tree) for tree in raw["trees"]]
        processes = {
            tuple(key.rsplit(" ", 2)): [(w, c) for w, c in runs]
            for key, runs in raw["processes"].items()
        }
        sizes = {tree: (a, b, c) for tree, (a, b, c) in raw["sizes"].items()}
        args.runs = min(len(runs) for runs in processes.values())
        section = render(trees, cores, processes, sizes, args.runs)
        _write(Path(args.output), section)
        print(section)
        return 0
    processes = measure_processes(trees, cores, args.runs)
    sizes = {
        str(tree): (_wheel_bytes(tree), _assembly_bytes(tree), _bindings_seconds(tree))
        for tree in trees
    }
    section = render(trees, cores, processes, sizes, args.runs)
    if args.json:
        raw = {"processes": {" ".join(k): v for k, v in processes.items()}, "sizes": sizes}
        raw["trees"] = [str(tree) for tree in trees]
        Path(args.json).write_text(json.dumps(raw, indent=2))
    _write(Path(args.output), section)
    print(section)
    return 0


if __name__ == "__main__":
    sys.exit(main())
