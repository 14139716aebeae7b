"""Where the time goes: jsii round trips, runtime type checks, validation, synthesis.

``python -m benchmarks.profile`` (``make profile``) builds and synthesizes each variant at
N=1000 in a fresh, instrumented process and prints the "Where the time goes" table of
``BENCHMARKS.md``:

- every request to the jsii node process (create, invoke, get, set, static calls, callback
  completions: each one a round trip) is counted by kind and timed;
- ``typeguard.check_type`` and ``typing.get_type_hints``, which the generated bindings (and
  cdktf's) call on every constructor and setter while ``__debug__`` is on, are counted and timed;
- our validation (``cdktf_openai.validation.Rules.check``) is counted and timed;
- ``app.synth()`` (node resolves every token and writes the JSON) is timed as one phase.

Nested calls are timed once, at the outermost level of their kind. The instrumentation adds
its own overhead, so the absolute numbers are higher than the benchmark's; the shares matter.
It also runs each variant once with ``python -O`` (which skips the generated type checks) to
measure what they cost without instrumentation. ``--cprofile`` prints cProfile's top functions.

A variant ``<name>:off`` is ``<name>`` with batching off (``CDKTF_OPENAI_BATCH=off``). Every
process skips cdktf's validations (``App(skip_validation=True)``): they would add one
``terraform version`` run per ``terraform_data`` to the synthesis, which the benchmark measures
on its own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["VARIANTS", "instrument", "main", "profile_variant", "render"]

ROOT = Path(__file__).resolve().parent.parent
PROFILE_PREFIX = "PROFILE_RESULT "
#: What `make bench` and `make profile` profile: the anchors' L1 and the library, batched and not.
VARIANTS = ("l1", "l2", "composite", "l2:off", "composite:off")


class Counters:
    """Call counts and outermost-call seconds per label."""

    def __init__(self) -> None:
        """Start with nothing counted."""
        self.calls: dict[str, int] = {}
        self.seconds: dict[str, float] = {}
        self._depth: dict[str, int] = {}

    def wrap(
        self, owner: Any, name: str, group: str, kind: Callable[..., str] | None = None
    ) -> None:
        """Replace ``owner.name`` by a counting, timing wrapper.

        Args:
            owner: The module or class.
            name: The attribute to wrap.
            group: What its calls are counted and timed as.
            kind: Given the call's arguments, a sub-label: calls are counted as
                ``group:kind``.
        """
        original: Callable[..., Any] = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            label = f"{group}:{kind(*args)}" if kind else group
            self.calls[label] = self.calls.get(label, 0) + 1
            depth = self._depth.get(group, 0)
            self._depth[group] = depth + 1
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self._depth[group] = depth
                if depth == 0:
                    elapsed = time.perf_counter() - started
                    self.seconds[group] = self.seconds.get(group, 0.0) + elapsed

        setattr(owner, name, wrapper)

    def snapshot(self) -> dict[str, Any]:
        """A copy of the counts and times."""
        return {"calls": dict(self.calls), "seconds": dict(self.seconds)}


def instrument() -> Counters:
    """Wrap the jsii kernel, typeguard, ``get_type_hints`` and our validation; the counters."""
    import typing

    import typeguard
    from jsii._kernel.providers.process import _NodeProcess

    import cdktf_openai.validation

    counters = Counters()
    # every request to node goes through one method: one call, one round trip
    counters.wrap(
        _NodeProcess, "send", "jsii", lambda _process, request, *_: type(request).__name__
    )
    counters.wrap(typeguard, "check_type", "typeguard")
    counters.wrap(typing, "get_type_hints", "get_type_hints")
    counters.wrap(cdktf_openai.validation.Rules, "check", "validation")
    return counters


def profile_variant(variant: str, n: int, outdir: Path, cprofile: bool = False) -> dict[str, Any]:
    """Build and synthesize ``variant`` with ``n`` reviews here, instrumented.

    Returns:
        ``{"build": {...}, "synth": {...}, "build_s", "synth_s", "resources"}``: the counters of
        each phase and its wall time.
    """
    from benchmarks import workloads
    from cdktf_openai.core import App, TerraformStack

    counters = instrument()
    outdir.mkdir(parents=True, exist_ok=True)
    profiler = None
    if cprofile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    started = time.perf_counter()
    app = App(outdir=str(outdir), skip_validation=True)
    workloads.build(variant, TerraformStack(app, "bench"), n)
    from cdktf_openai import batching

    batching.flush()  # the build ends with the queue sent (see benchmarks/worker.py)
    built = time.perf_counter()
    build = counters.snapshot()
    app.synth()
    done = time.perf_counter()
    if profiler is not None:
        import pstats

        profiler.disable()
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("cumulative").print_stats(30)
    total = counters.snapshot()
    synth = {
        "calls": {k: v - build["calls"].get(k, 0) for k, v in total["calls"].items()},
        "seconds": {k: v - build["seconds"].get(k, 0.0) for k, v in total["seconds"].items()},
    }
    return {
        "variant": variant,
        "n": n,
        "resources": n * 3 + 1,
        "build": build,
        "synth": synth,
        "build_s": built - started,
        "synth_s": done - built,
    }


def _child(args: list[str], batching: bool = True) -> dict[str, Any]:
    env_root = {
        "PYTHONPATH": str(ROOT),
        "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
        "BENCH_SKIP_VALIDATION": "1",
        "CDKTF_OPENAI_BATCH": "on" if batching else "off",
    }
    import os

    done = subprocess.run(
        args, env=dict(os.environ, **env_root), capture_output=True, text=True, check=False
    )
    for line in done.stdout.splitlines():
        for prefix in (PROFILE_PREFIX, "BENCH_RESULT "):
            if line.startswith(prefix):
                result: dict[str, Any] = json.loads(line[len(prefix) :])
                return result
    raise RuntimeError(f"{args} failed:\n{done.stdout}\n{done.stderr}")


def collect(variants: Sequence[str], n: int, workdir: Path) -> list[dict[str, Any]]:
    """Profile each variant in a fresh process, and time it once more under ``python -O``."""
    rows = []
    for name in variants:
        variant, _, off = name.partition(":")
        batching = off != "off"
        out = workdir / f"profile-{variant}"
        one = [sys.executable, "-m", "benchmarks.profile", "--one", variant, str(n), str(out)]
        row = _child(one, batching)
        row["variant"] = name
        worker = ["-m", "benchmarks.worker", variant, str(n)]
        optimized = _child([sys.executable, "-O", *worker, str(workdir / "O")], batching)
        plain = _child([sys.executable, *worker, str(workdir / "plain")], batching)
        row["plain_build_s"] = plain["build_s"]
        row["optimized_build_s"] = optimized["build_s"]
        rows.append(row)
    return rows


def _ms(seconds: float, per: int) -> str:
    return f"{seconds / per * 1000:.3f}"


def render(rows: Sequence[dict[str, Any]]) -> str:
    """The "Where the time goes" section (Markdown) for profiled rows."""
    if not rows:
        return ""
    n = rows[0]["n"]
    out = [
        f"Instrumented run at N={n} (`python -m benchmarks.profile`, `make profile`). "
        "Per resource = divided by the resources built (3 per review, plus the provider). "
        "Times are under instrumentation (higher than the benchmark's); nested calls are timed "
        "at the outermost level. `:off`: batching off. The build ends with batching's queue "
        "sent (`StaticInvokeRequest`: `Batch.create`, `Batch.children`); validations skipped "
        "(see Start-up levers for what they add).",
        "",
        "| | " + " | ".join(row["variant"] for row in rows) + " |",
        "| --- | " + " | ".join("---:" for _ in rows) + " |",
    ]

    def line(label: str, cell: Callable[[dict[str, Any]], str]) -> None:
        out.append(f"| {label} | " + " | ".join(cell(row) for row in rows) + " |")

    def calls(phase: str, prefix: str) -> Callable[[dict[str, Any]], str]:
        def cell(row: dict[str, Any]) -> str:
            count = sum(v for k, v in row[phase]["calls"].items() if k.startswith(prefix))
            return f"{count / row['resources']:.2f}"

        return cell

    def secs(phase: str, group: str) -> Callable[[dict[str, Any]], str]:
        return lambda row: _ms(row[phase]["seconds"].get(group, 0.0), row["resources"])

    def other(row: dict[str, Any]) -> str:
        known = sum(row["build"]["seconds"].get(g, 0.0) for g in ("jsii", "typeguard"))
        known += row["build"]["seconds"].get("get_type_hints", 0.0)
        known += row["build"]["seconds"].get("validation", 0.0)
        return _ms(row["build_s"] - known, row["resources"])

    line("build: wall ms / resource", lambda row: _ms(row["build_s"], row["resources"]))
    line("build: jsii round trips / resource", calls("build", "jsii:"))
    kinds = sorted({k for row in rows for k in row["build"]["calls"] if k.startswith("jsii:")})
    for kind in kinds:
        line(f"&nbsp;&nbsp;of which `{kind[5:]}`", calls("build", kind))
    line("build: jsii ms / resource", secs("build", "jsii"))
    line("build: `typeguard.check_type` calls / resource", calls("build", "typeguard"))
    line("build: `typeguard.check_type` ms / resource", secs("build", "typeguard"))
    line("build: `typing.get_type_hints` calls / resource", calls("build", "get_type_hints"))
    line("build: `typing.get_type_hints` ms / resource", secs("build", "get_type_hints"))
    line("build: our validation (`Rules.check`) calls / resource", calls("build", "validation"))
    line("build: our validation ms / resource", secs("build", "validation"))
    line("build: other Python ms / resource", other)
    line(
        "synth (`app.synth()`, node writes JSON): ms / resource",
        lambda r: _ms(r["synth_s"], r["resources"]),
    )
    line("synth: jsii round trips / resource", calls("synth", "jsii:"))
    line(
        "uninstrumented build ms / resource: `python`",
        lambda row: _ms(row["plain_build_s"], row["resources"]),
    )
    line(
        "uninstrumented build ms / resource: `python -O` (no type checks)",
        lambda row: _ms(row["optimized_build_s"], row["resources"]),
    )
    out.append("")
    for row in rows:
        build = row["build"]["seconds"]
        checks = build.get("typeguard", 0.0) + build.get("get_type_hints", 0.0)
        out.append(
            f"- `{row['variant']}`: of the build, jsii round trips "
            f"{build.get('jsii', 0.0) / row['build_s']:.0%}, generated type checks (typeguard + "
            f"`get_type_hints`) {checks / row['build_s']:.0%}, our validation "
            f"{build.get('validation', 0.0) / row['build_s']:.0%}; synthesis (node) is "
            f"{row['synth_s'] / (row['build_s'] + row['synth_s']):.0%} of build + synth."
        )
    return "\n".join(out) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Profile the variants and print the Markdown section (or one JSON record with --one)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__)
    parser.add_argument("--n", type=int, default=1000, help="reviews per stack (default 1000)")
    parser.add_argument(
        "--variants",
        default=",".join(VARIANTS),
        help="comma-separated; <variant>:off with batching off",
    )
    parser.add_argument("--cprofile", action="store_true", help="print cProfile's top functions")
    parser.add_argument(
        "--one", nargs=3, metavar=("VARIANT", "N", "OUTDIR"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.one:
        variant, n, outdir = args.one
        record = profile_variant(variant, int(n), Path(outdir), cprofile=args.cprofile)
        print(PROFILE_PREFIX + json.dumps(record), flush=True)
        return 0
    import tempfile

    with tempfile.TemporaryDirectory(prefix="cdktf-openai-profile-") as workdir:
        rows = collect(args.variants.split(","), args.n, Path(workdir))
    print(render(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
