"""One measurement in a fresh process: import, build and synthesize one workload.

``python -m benchmarks.worker VARIANT N OUTDIR`` prints one line ``BENCH_RESULT {...}`` with the
phase timings (seconds) and peak memory (KiB):

- ``import_s``: importing what the variant needs (cdktf, the library; for ``json``: nothing);
- ``build_s``: creating the app, the stack and every construct (batching's queue included: the
  build ends by sending it, as the first jsii request after the build would);
- ``synth_s``: ``app.synth()`` (or ``json.dump``) writing ``cdk.tf.json`` under ``OUTDIR``;
- ``python_rss_kib``: the peak resident memory of this Python process;
- ``node_rss_kib``: the peak resident memory of the jsii node child process(es), read from
  ``/proc/<pid>/status`` (``VmHWM``) before they exit; 0 when there is none.

``VARIANT`` is a workload of :mod:`benchmarks.workloads`, ``quickstart`` / ``quickstart_l1``
(the quick-start app and its generated-class equivalent), or ``import_core`` /
``import_cdktf_openai`` / ``noop`` (an import alone, or nothing: interpreter start-up).
The core is the one ``CDKTF_OPENAI_CORE`` names (the harness sets it), else cdktf. With
``BENCH_SKIP_VALIDATION=1`` the app skips cdktf's validations (``App(skip_validation=True)``).
"""

from __future__ import annotations

import time

_START = time.perf_counter()

import importlib  # noqa: E402  (timed from the first line)
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

__all__ = [
    "RESULT_PREFIX",
    "SKIP_VALIDATION",
    "STACK",
    "child_peak_rss_kib",
    "main",
    "own_peak_rss_kib",
    "run",
]

#: The prefix of the result line on stdout.
RESULT_PREFIX = "BENCH_RESULT "
#: The environment variable that makes the app skip cdktf's validations (also for ``ts``).
SKIP_VALIDATION = "BENCH_SKIP_VALIDATION"
#: The name of the stack every workload synthesizes.
STACK = "bench"


def _status_kib(pid: str, field: str) -> int:
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in text.splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def own_peak_rss_kib() -> int:
    """This process's peak RSS (``VmHWM``, KiB), since it started its program.

    Not ``getrusage(RUSAGE_SELF).ru_maxrss``: Linux keeps that across ``exec``, so a worker
    forked from the harness would report the harness's peak whenever its own is lower.
    """
    return _status_kib("self", "VmHWM")


def child_peak_rss_kib(parent: int | None = None) -> int:
    """The summed peak RSS (``VmHWM``, KiB) of the live child processes of ``parent``.

    Args:
        parent: A process id; default: this process (whose child is the jsii node process).
    """
    parent = os.getpid() if parent is None else parent
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # the fields after the command name (which may hold spaces) start at the last ')'
        fields = stat[stat.rindex(")") + 2 :].split()
        if int(fields[1]) == parent:
            total += _status_kib(entry, "VmHWM") + child_peak_rss_kib(int(entry))
    return total


def _import(variant: str) -> None:
    if variant in ("composite", "l2", "l1", "quickstart", "quickstart_l1", "import_cdktf_openai"):
        importlib.import_module("cdktf_openai")  # which imports its core
    elif variant == "import_core":
        importlib.import_module(os.environ.get("CDKTF_OPENAI_CORE") or "cdktf")


def _build_and_synth(variant: str, n: int, outdir: Path) -> tuple[float, float]:
    from benchmarks import workloads

    if variant == "json":
        started = time.perf_counter()
        document = workloads.document(STACK, n)
        built = time.perf_counter()
        path = outdir / "stacks" / STACK / "cdk.tf.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w") as out:
            json.dump(document, out, indent=2)
        return built - started, time.perf_counter() - built

    from cdktf_openai.core import App, TerraformStack

    outdir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    app = App(outdir=str(outdir), skip_validation=os.environ.get(SKIP_VALIDATION) == "1")
    if variant == "quickstart":
        from examples.quickstart.main import QuickstartStack

        QuickstartStack(app, STACK)
    elif variant == "quickstart_l1":
        from benchmarks.quickstart_l1 import QuickstartL1Stack

        QuickstartL1Stack(app, STACK)
    else:
        workloads.build(variant, TerraformStack(app, STACK), n)
    from cdktf_openai import batching

    batching.flush()
    built = time.perf_counter()
    app.synth()
    return built - started, time.perf_counter() - built


def run(variant: str, n: int, outdir: Path) -> dict[str, Any]:
    """Measure ``variant`` with ``n`` reviews in this process (call it once per process).

    Returns:
        The result record (see the module docstring).
    """
    imported = time.perf_counter()
    _import(variant)
    import_s = time.perf_counter() - imported
    build_s = synth_s = 0.0
    if not variant.startswith("import_") and variant != "noop":
        build_s, synth_s = _build_and_synth(variant, n, outdir)
    return {
        "variant": variant,
        "n": n,
        "import_s": import_s,
        "build_s": build_s,
        "synth_s": synth_s,
        "in_process_s": time.perf_counter() - _START,
        "python_rss_kib": own_peak_rss_kib(),
        "node_rss_kib": child_peak_rss_kib(),
    }


def main(argv: list[str]) -> int:
    """Entry point: ``VARIANT N OUTDIR``; prints the result line."""
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    variant, n, outdir = argv[0], int(argv[1]), Path(argv[2])
    print(RESULT_PREFIX + json.dumps(run(variant, n, outdir)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
