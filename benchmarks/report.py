"""Write ``BENCHMARKS.md`` from the harness's results: tables, targets, where the time goes."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from benchmarks.harness import LABELS, PER_REVIEW, VARIANTS, Case, Results, spread

__all__ = ["Target", "render", "targets"]


@dataclass(frozen=True)
class Target:
    """One target of issue 8, evaluated."""

    name: str
    bound: str
    measured: str
    met: bool | None  # None: not measured in this run

    @property
    def verdict(self) -> str:
        """``met`` / ``not met`` / ``not measured``."""
        return "not measured" if self.met is None else ("met" if self.met else "**not met**")


def _ratio(
    results: Results, top: Case, bottom: Case, metric: str, bound: float
) -> tuple[str, bool | None]:
    ratios = results.ratios(top, bottom, metric)
    if not ratios:
        return "n/a", None
    mid = statistics.median(ratios)
    return f"{mid:.2f}x (rounds: {min(ratios):.2f}-{max(ratios):.2f})", mid <= bound


def _marginal_ms(results: Results, variant: str, low: int, high: int) -> float:
    """In-process ms per resource between ``low`` and ``high`` reviews (build + synth)."""
    a = results.median(Case(variant, low), "build_synth_s")
    b = results.median(Case(variant, high), "build_synth_s")
    return (b - a) / ((high - low) * PER_REVIEW) * 1000


def targets(results: Results, ns: Sequence[int]) -> list[Target]:
    """The targets of issue 8, each with its figure from ``results``."""
    big = max(ns)
    out: list[Target] = []
    for variant, bound, name in (
        ("l2", 1.10, "Assistant + Thread + Run L2s vs L1"),
        ("composite", 1.20, "CodeReviewRun vs L1"),
    ):
        figure, met = _ratio(results, Case(variant, big), Case("l1", big), "wall_s", bound)
        inproc, _ = _ratio(results, Case(variant, big), Case("l1", big), "build_synth_s", bound)
        out.append(
            Target(
                f"{name}, N={big}, whole process",
                f"<= {bound:.2f}x",
                f"{figure}; in-process build+synth {inproc}",
                met,
            )
        )
    figure, met = _ratio(results, Case("quickstart", 1), Case("quickstart_l1", 1), "wall_s", 1.15)
    out.append(
        Target(
            "cold start: quick-start app (import + synth) vs its L1 equivalent",
            "<= 1.15x",
            figure,
            met,
        )
    )
    for variant in ("l2", "composite", "l1"):
        if {1, 100, 1000} <= set(ns):
            early = _marginal_ms(results, variant, 1, 100)
            late = _marginal_ms(results, variant, 100, 1000)
            t100 = results.median(Case(variant, 100), "build_synth_s")
            t1000 = results.median(Case(variant, 1000), "build_synth_s")
            growth = late / early if early > 0 else math.inf
            measured = (
                f"time(1000)/time(100) = {t1000 / t100:.2f}; per resource {early:.3f} ms "
                f"(N 1-100) vs {late:.3f} ms (N 100-1000): {growth:.2f}x"
            )
            out.append(
                Target(
                    f"linear growth ({LABELS[variant]}, in-process build+synth)",
                    "per-resource cost N 100-1000 <= 1.25x that of N 1-100",
                    measured,
                    growth <= 1.25,
                )
            )
        else:
            out.append(Target(f"linear growth ({variant})", "needs N = 1, 100, 1000", "n/a", None))
    for variant in ("l2", "composite"):
        figure, met = _ratio(results, Case(variant, big), Case("ts", big), "wall_s", 2.0)
        out.append(
            Target(
                f"stretch: {LABELS[variant]} vs TypeScript, N={big}, whole process",
                "<= 2.0x",
                figure,
                met,
            )
        )
    return out


def _seconds(value: float) -> str:
    if math.isnan(value):
        return "-"
    return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"


def _table(results: Results, ns: Sequence[int], metric: str) -> list[str]:
    lines = ["| variant | " + " | ".join(f"N={n} ({n * PER_REVIEW} res.)" for n in ns) + " |"]
    lines.append("| --- | " + " | ".join("---:" for _ in ns) + " |")
    for variant in VARIANTS:
        cells = []
        for n in ns:
            values = results.values(Case(variant, n), metric)
            if not values:
                cells.append("-")
                continue
            cells.append(f"{_seconds(statistics.median(values))} ({spread(values)})")
        lines.append(f"| {LABELS[variant]} | " + " | ".join(cells) + " |")
    return lines


def render(
    results: Results,
    ns: Sequence[int],
    rounds: int,
    machine: dict[str, str],
    command: str,
    load: tuple[str, str],
    elapsed_s: float,
    profile_section: str,
) -> str:
    """The whole ``BENCHMARKS.md``."""
    big = max(ns)
    lines = [
        "# Benchmarks",
        "",
        "Written by the harness (`benchmarks/`); do not edit by hand. Reproduce with:",
        "",
        "```sh",
        command,
        "```",
        "",
        "## Machine",
        "",
        f"- {machine['cores']} cores, {machine['cpu']}; {machine['os']}",
        f"- Python {machine['python']}, Node {machine['node']}; cdktf {machine['cdktf']}, "
        f"jsii {machine['jsii']}, typeguard {machine['typeguard']}",
        f"- load average (1/5/15 min) at start: {load[0]}; at end: {load[1]} "
        "(other work on the machine makes the numbers noisy: see the spreads)",
        f"- {rounds} round(s); each round runs every case once, in a shuffled order, each in a "
        f"fresh process; the whole run took {elapsed_s:.0f} s",
        "",
        "Workload: N code reviews, each an `openai_assistant` (code interpreter tool), an "
        "`openai_thread` (one user message with the code) and an `openai_run` (referencing both, "
        "with instructions and temperature), plus the provider block; `app.synth()` writes "
        "`cdk.tf.json` to disk. Cells: median (fastest / slowest round relative to the median).",
        "",
        "## Whole process (fresh interpreter: start-up, import, build, synth to disk)",
        "",
        *_table(results, ns, "wall_s"),
        "",
        "## In process: build + synth (after the imports)",
        "",
        *_table(results, ns, "build_synth_s"),
        "",
        "Build and synth separately (medians):",
        "",
        "| variant | " + " | ".join(f"N={n} build / synth" for n in ns) + " |",
        "| --- | " + " | ".join("---:" for _ in ns) + " |",
    ]
    for variant in VARIANTS:
        cells = [
            f"{_seconds(results.median(Case(variant, n), 'build_s'))} / "
            f"{_seconds(results.median(Case(variant, n), 'synth_s'))}"
            for n in ns
        ]
        lines.append(f"| {LABELS[variant]} | " + " | ".join(cells) + " |")
    lines += [
        "",
        f"## Ratios against the generated L1 classes (within each round; median, range), N={big}",
        "",
        "| variant | whole process | in-process build+synth |",
        "| --- | ---: | ---: |",
    ]
    for variant in VARIANTS:
        if variant == "l1":
            continue
        whole, _ = _ratio(results, Case(variant, big), Case("l1", big), "wall_s", math.inf)
        inproc, _ = _ratio(results, Case(variant, big), Case("l1", big), "build_synth_s", math.inf)
        lines.append(f"| {LABELS[variant]} | {whole} | {inproc} |")
    lines += [
        "",
        "## Imports and cold start (whole process; in-process import time)",
        "",
        "| process | whole process | import (in process) |",
        "| --- | ---: | ---: |",
    ]
    for variant in ("noop", "import_cdktf", "import_cdktf_openai", "quickstart", "quickstart_l1"):
        n = 1 if variant.startswith("quickstart") else 0
        wall = results.values(Case(variant, n), "wall_s")
        imported = results.values(Case(variant, n), "import_s")
        if wall:
            lines.append(
                f"| {LABELS[variant]} | {_seconds(statistics.median(wall))} ({spread(wall)}) | "
                f"{_seconds(statistics.median(imported)) if variant != 'noop' else '-'} |"
            )
    figure, _ = _ratio(
        results, Case("import_cdktf_openai", 0), Case("import_cdktf", 0), "import_s", math.inf
    )
    lines += ["", f"`import cdktf_openai` / `import cdktf` (in process, within rounds): {figure}."]
    lines += [
        "",
        "## Peak memory (RSS, medians)",
        "",
        "| variant | " + " | ".join(f"N={n} Python / node" for n in ns) + " |",
        "| --- | " + " | ".join("---:" for _ in ns) + " |",
    ]
    for variant in VARIANTS:
        cells = []
        for n in ns:
            py = results.median(Case(variant, n), "python_rss_kib")
            node = results.median(Case(variant, n), "node_rss_kib")
            if math.isnan(py):
                cells.append("-")
            else:
                shown = f"{py / 1024:.0f}" if py else "-"
                cells.append(f"{shown} / {node / 1024:.0f} MiB" if node else f"{shown} / - MiB")
        lines.append(f"| {LABELS[variant]} | " + " | ".join(cells) + " |")
    lines += [
        "",
        "Python: `getrusage(RUSAGE_SELF).ru_maxrss` of the worker; node: `VmHWM` of the jsii "
        "node child (read from `/proc` just before exit); TypeScript: the node process's own "
        "`process.resourceUsage().maxRSS` (listed as node).",
        "",
        "## Same resources in every variant",
        "",
        *[f"- {check}" for check in results.checks],
        "",
        "## Targets (issue 8)",
        "",
        "| target | bound | measured | verdict |",
        "| --- | --- | --- | --- |",
        *[f"| {t.name} | {t.bound} | {t.measured} | {t.verdict} |" for t in targets(results, ns)],
        "",
    ]
    if profile_section:
        lines += ["## Where the time goes", "", profile_section]
    return "\n".join(lines).rstrip() + "\n"
