"""Run every measurement in fresh processes, interleaved, and write ``BENCHMARKS.md``.

Each *round* runs every case once -- (variant, N) for the workloads, the quick-start pair, the
import-only processes -- in a shuffled order, so that a burst of load on the machine hits all
variants alike; ratios are taken within a round, then their median over the rounds is reported
with its spread. ``python -m benchmarks --help`` lists the options.
"""

from __future__ import annotations

import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from benchmarks.compare import resource_counts, same_resources
from benchmarks.worker import RESULT_PREFIX, SKIP_VALIDATION, STACK

__all__ = [
    "CORES",
    "SETTINGS",
    "Case",
    "Results",
    "available_cores",
    "interpreter",
    "measure",
    "node20",
    "plan",
    "run_case",
]

ROOT = Path(__file__).resolve().parent.parent
#: Where ``benchmarks/ts/build.js`` puts the TypeScript anchor (``build/`` is git-ignored).
TS_BUILD = ROOT / "build" / "bench-ts"
#: The workload variants, in report order.
VARIANTS = ("composite", "l2", "l1", "ts", "json")
#: The Terraform CDK cores, in report order: cdktf 0.21 and CDK Terrain (cdktn 0.24).
CORES = ("cdktf", "cdktn")
#: The variants that run on a core: measured once per core the machine has.
CORE_VARIANTS = (
    "composite",
    "l2",
    "l1",
    "quickstart",
    "quickstart_l1",
    "import_core",
    "import_cdktf_openai",
)
#: The virtual environment ``make setup`` creates for each core.
CORE_VENVS = {"cdktf": ROOT / ".venv", "cdktn": ROOT / ".venv-cdktn"}
LABELS = {
    "composite": "L2 composites (`CodeReviewRun`)",
    "l2": "L2 constructs (`Assistant` + `Thread` + `Run`)",
    "l1": "generated L1 classes (baseline)",
    "ts": "TypeScript cdktf (anchor)",
    "json": "plain Python `json.dump` (floor)",
    "quickstart": "quick-start app (L2, `examples/quickstart`)",
    "quickstart_l1": "quick-start app with L1 classes (`benchmarks/quickstart_l1.py`)",
    "noop": "`python -c pass` (interpreter start-up)",
    "import_core": "`import cdktf`",
    "import_cdktf_openai": "`import cdktf_openai`",
    "terraform_version": "`terraform version` (cdktf runs it for each `terraform_data`)",
}
#: What a case can change about its process, by name: the lever, as the report names it.
SETTINGS = {
    "unbatched": "batching off (`CDKTF_OPENAI_BATCH=off`: one jsii request per construct)",
    "novalidation": "validations skipped (`App(skip_validation=True)`)",
    "node20": "on Node 20 (the node jsii starts, `JSII_NODE`; the TypeScript app run by it)",
    "cache-off": "jsii package cache off (`JSII_RUNTIME_PACKAGE_CACHE=disabled`)",
    "cache-cold": "jsii package cache empty (a new `JSII_RUNTIME_PACKAGE_CACHE_ROOT`)",
}
#: Resources per review.
PER_REVIEW = 3


@dataclass(frozen=True)
class Case:
    """One process to run: a variant with N reviews, on a core (``ts``, ``json``: cdktf).

    ``settings`` (names of :data:`SETTINGS`) change the process: the same work, measured with a
    lever pulled.
    """

    variant: str
    n: int
    core: str = "cdktf"
    settings: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """A short name: ``l2@1000`` on cdktf, ``cdktn:l2@1000[unbatched]`` on CDK Terrain."""
        prefix = "" if self.core == "cdktf" else f"{self.core}:"
        suffix = f"[{','.join(self.settings)}]" if self.settings else ""
        return f"{prefix}{self.variant}@{self.n}{suffix}"

    @property
    def label(self) -> str:
        """The report's name for the case's variant, core and settings."""
        if self.variant == "import_core":
            name = f"`import {self.core}`"
        else:
            name = LABELS[self.variant] + ("" if self.core == "cdktf" else f" on {self.core}")
        return ", ".join([name, *(SETTINGS[setting] for setting in self.settings)])

    @property
    def plain(self) -> Case:
        """The same case without its settings."""
        return Case(self.variant, self.n, self.core)

    def but(self, *settings: str) -> Case:
        """The same case with ``settings`` (in addition to its own)."""
        return Case(self.variant, self.n, self.core, tuple(sorted({*self.settings, *settings})))


@dataclass
class Results:
    """Every sample of every case, by round."""

    samples: dict[Case, list[dict[str, Any]]] = field(default_factory=dict)
    checks: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def values(self, case: Case, metric: str) -> list[float]:
        """The metric's values of ``case``, one per round."""
        return [float(sample[metric]) for sample in self.samples.get(case, [])]

    def median(self, case: Case, metric: str) -> float:
        """The median of the metric over the rounds (NaN without samples)."""
        values = self.values(case, metric)
        return statistics.median(values) if values else float("nan")

    def ratios(self, top: Case, bottom: Case, metric: str) -> list[float]:
        """``top / bottom`` of the metric, round by round."""
        return [
            a[metric] / b[metric]
            for a, b in zip(self.samples.get(top, []), self.samples.get(bottom, []), strict=False)
            if b[metric] > 0
        ]


def plan(
    ns: Sequence[int],
    *,
    quickstart: bool = True,
    imports: bool = True,
    cores: Sequence[str] = ("cdktf",),
    levers: bool = True,
) -> list[Case]:
    """The cases of one round, in a fixed order (each round shuffles them).

    Args:
        ns: The review counts.
        quickstart: Whether to run the quick-start pair.
        imports: Whether to run the import-only processes.
        cores: The cores to run the core variants on (``ts`` and ``json`` run once).
        levers: Whether to run the cases of :func:`lever_cases`.
    """
    cases = [Case(variant, n) for n in ns for variant in VARIANTS]
    if quickstart:
        cases += [Case("quickstart", 1), Case("quickstart_l1", 1)]
    if imports:
        cases += [Case(v, 0) for v in ("noop", "import_core", "import_cdktf_openai")]
    for core in cores:
        if core != "cdktf":
            cases += [
                Case(case.variant, case.n, core)
                for case in list(cases)
                if case.core == "cdktf" and case.variant in CORE_VARIANTS
            ]
    if levers:
        cases += lever_cases(ns, cores)
    return cases


def lever_cases(ns: Sequence[int], cores: Sequence[str]) -> list[Case]:
    """The cases that measure batching and the start-up levers (see :data:`SETTINGS`).

    - batching off, for the library's variants, at each N below the largest, and with
      validations skipped at the largest N (both batched and not);
    - validations skipped at the largest N for the anchors too (TypeScript; the L1 classes,
      on each core):
      without cdktf's one ``terraform version`` per ``terraform_data`` at synthesis (the
      anchors create one per thread; the library's companions check once per stack), what is
      left is what the languages and jsii cost;
    - the jsii package cache (empty, off) and Node 20 at N=1 (start-up), and Node 20 at the
      largest N (validations skipped);
    - ``terraform version`` itself.
    """
    big = max(ns)
    cases = []
    for core in cores:
        for variant in ("composite", "l2"):
            cases += [Case(variant, n, core, ("unbatched",)) for n in ns if n != big]
            cases += [
                Case(variant, big, core, ("novalidation",)),
                Case(variant, big, core, ("novalidation", "unbatched")),
            ]
    cases.append(Case("ts", big, "cdktf", ("novalidation",)))
    cases += [Case("l1", big, core, ("novalidation",)) for core in cores]
    small = min(ns)
    cases += [Case("l2", small, "cdktf", (setting,)) for setting in ("cache-cold", "cache-off")]
    if node20() is not None:
        for variant in ("ts", "l1", "l2"):
            cases += [
                Case(variant, small, "cdktf", ("node20",)),
                Case(variant, big, "cdktf", ("node20", "novalidation")),
            ]
    if shutil.which("terraform"):
        cases.append(Case("terraform_version", 0))
    return cases


@cache
def node20() -> str | None:
    """A Node 20 other than the Node 22 that ``make`` puts first on PATH, if the machine has one."""
    for candidate in ("/usr/bin/node", "/usr/local/bin/node", shutil.which("node") or ""):
        if not candidate or not Path(candidate).exists():
            continue
        try:
            version = subprocess.run(
                [candidate, "--version"], capture_output=True, text=True, check=True
            ).stdout
        except (OSError, subprocess.CalledProcessError):
            continue
        if version.startswith("v20."):
            return candidate
    return None


def _has_module(python: Path | str, module: str) -> bool:
    probe = f"import importlib.util, sys; sys.exit(importlib.util.find_spec({module!r}) is None)"
    try:
        return subprocess.run([str(python), "-c", probe], capture_output=True).returncode == 0
    except OSError:
        return False


@cache
def interpreter(core: str) -> str | None:
    """The Python that runs ``core``: this one if it has the core, else the core's venv; or None."""
    for python in (sys.executable, CORE_VENVS[core] / "bin" / "python"):
        if Path(python).exists() and _has_module(python, core):
            return str(python)
    return None


def available_cores() -> tuple[str, ...]:
    """The cores this machine can run (``make setup`` installs both)."""
    return tuple(core for core in CORES if interpreter(core) is not None)


def build_ts_anchor() -> None:
    """Generate and transpile the TypeScript anchor into ``build/bench-ts``."""
    env = dict(os.environ)
    # a TF_CLI_CONFIG_FILE naming a missing file makes @cdktf/commons log an error (as in Makefile)
    if env.get("TF_CLI_CONFIG_FILE") and not Path(env["TF_CLI_CONFIG_FILE"]).exists():
        del env["TF_CLI_CONFIG_FILE"]
    script = ROOT / "benchmarks" / "ts" / "build.js"
    subprocess.run(["node", str(script), str(TS_BUILD)], check=True, env=env)


def _command(case: Case, outdir: Path) -> list[str]:
    if case.variant == "ts":
        node = node20() if "node20" in case.settings else "node"
        return [str(node), str(TS_BUILD / "app.js"), str(case.n), str(outdir)]
    if case.variant == "noop":
        return [sys.executable, "-c", f"print('{RESULT_PREFIX}' + '{{}}')"]
    if case.variant == "terraform_version":
        return ["terraform", "version"]
    python = interpreter(case.core)
    if python is None:
        raise RuntimeError(f"{case.key}: no Python here has {case.core} (run make setup)")
    return [python, "-m", "benchmarks.worker", case.variant, str(case.n), str(outdir)]


def run_case(case: Case, outdir: Path) -> dict[str, Any]:
    """Run ``case`` in a fresh process; its record, with ``wall_s`` (the whole process) added.

    Raises:
        RuntimeError: The process failed or printed no result.
    """
    env = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20",
        CDKTF_OPENAI_CORE=case.core,
        **_settings_environment(case, outdir.parent),
    )
    started = time.perf_counter()
    done = subprocess.run(
        _command(case, outdir), cwd=outdir.parent, env=env, capture_output=True, text=True
    )
    wall = time.perf_counter() - started
    if case.variant == "terraform_version" and done.returncode == 0:
        return {"variant": case.variant, "n": 0, "wall_s": wall, "in_process_s": wall}
    lines = [line for line in done.stdout.splitlines() if line.startswith(RESULT_PREFIX)]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{case.key} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    record: dict[str, Any] = json.loads(lines[-1][len(RESULT_PREFIX) :])
    record["wall_s"] = wall
    record.setdefault("in_process_s", wall)
    for metric in ("import_s", "build_s", "synth_s", "python_rss_kib", "node_rss_kib"):
        record.setdefault(metric, 0)
    record["build_synth_s"] = record.get("build_s", 0.0) + record.get("synth_s", 0.0)
    return record


def _settings_environment(case: Case, workdir: Path) -> dict[str, str]:
    """The environment variables of the case's settings (``workdir``: the case's own folder)."""
    env = {}
    if "unbatched" in case.settings:
        env["CDKTF_OPENAI_BATCH"] = "off"
    if "novalidation" in case.settings:
        env[SKIP_VALIDATION] = "1"
    if "node20" in case.settings:
        env["JSII_NODE"] = str(node20())
    if "cache-off" in case.settings:
        env["JSII_RUNTIME_PACKAGE_CACHE"] = "disabled"
    if "cache-cold" in case.settings:
        env["JSII_RUNTIME_PACKAGE_CACHE_ROOT"] = str(workdir / "jsii-package-cache")
    return env


def _document(outdir: Path) -> dict[str, Any]:
    path = outdir / "stacks" / STACK / "cdk.tf.json"
    with path.open() as handle:
        loaded: dict[str, Any] = json.load(handle)
    return loaded


def check_documents(results: Results, documents: dict[Case, dict[str, Any]]) -> None:
    """Check that the variants of each N (and the quick-start pair) declare the same resources.

    ``l2``, ``ts`` and ``json`` must equal ``l1`` exactly (same ids); ``composite`` and the
    quick-start pair are compared by content (see :mod:`benchmarks.compare`); on another core,
    every variant must equal its cdktf twin exactly, but for the version stamp.
    """
    for case, document in sorted(documents.items(), key=lambda item: item[0].key):
        if case.settings:
            twin = documents.get(case.plain)
            if twin is None:
                continue
            exact = _comparable(document) == _comparable(twin)
            problems = [] if exact else same_resources(document, twin) or ["documents differ"]
            how = "identical to the same case without its settings"
        elif case.core != "cdktf":
            twin = documents.get(Case(case.variant, case.n))
            if twin is None:
                continue
            exact = _comparable(document) == _comparable(twin)
            problems = [] if exact else same_resources(document, twin) or ["documents differ"]
            how = "identical to cdktf's (version stamp aside)"
        elif case.variant in ("l2", "ts", "json"):
            baseline = documents.get(Case("l1", case.n))
            if baseline is None:
                continue
            exact = _comparable(document) == _comparable(baseline)
            problems = [] if exact else same_resources(document, baseline) or ["documents differ"]
            how = "identical to L1"
        elif case.variant in ("composite", "quickstart"):
            other = Case("l1", case.n) if case.variant == "composite" else Case("quickstart_l1", 1)
            if other not in documents:
                continue
            problems = same_resources(document, documents[other])
            how = "same resources as " + other.variant + " (by content)"
        else:
            continue
        counts = ", ".join(f"{k} {v}" for k, v in resource_counts(document).items())
        if problems:
            results.problems.extend(f"{case.key}: {p}" for p in problems)
            results.checks.append(f"{case.key}: NOT equal ({counts}): {problems[0]}")
        else:
            results.checks.append(f"{case.key}: {how} ({counts})")


def _comparable(document: dict[str, Any]) -> dict[str, Any]:
    """The document without what names the machine or the core.

    That is the local backend's absolute path (the working folder) and the core's version stamp
    (``//.metadata.version``).
    """
    copy: dict[str, Any] = json.loads(json.dumps(document))
    copy.get("terraform", {}).pop("backend", None)
    copy.get("//", {}).get("metadata", {}).pop("version", None)
    return copy


def measure(
    cases: Sequence[Case],
    rounds: int,
    *,
    seed: int = 8,
    log: Callable[[str], None] = print,
) -> Results:
    """Run every case ``rounds`` times, interleaved and shuffled, and check the documents.

    Args:
        cases: One round's cases (see :func:`plan`).
        rounds: How many rounds.
        seed: The shuffle's seed (the order is reproducible).
        log: Where progress goes.
    """
    if any(case.variant == "ts" for case in cases):
        build_ts_anchor()
    results = Results()
    rng = random.Random(seed)
    workdir = Path(tempfile.mkdtemp(prefix="cdktf-openai-bench-"))
    try:
        documents: dict[Case, dict[str, Any]] = {}
        for round_no in range(rounds):
            order = list(cases)
            rng.shuffle(order)
            started = time.perf_counter()
            for case in order:
                name = case.key.replace(":", "-").replace("@", "-").replace(",", "-")
                outdir = workdir / f"r{round_no}-{name.replace('[', '-').rstrip(']')}" / "out"
                outdir.parent.mkdir(parents=True)
                record = run_case(case, outdir)
                results.samples.setdefault(case, []).append(record)
                if round_no == 0 and (outdir / "stacks").exists():
                    documents[case] = _document(outdir)
                shutil.rmtree(outdir.parent)
            log(f"round {round_no + 1}/{rounds}: {time.perf_counter() - started:.1f} s")
        check_documents(results, documents)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return results


def machine() -> dict[str, str]:
    """The machine and tool versions the report names (a core's versions from its Python)."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    versions = {}
    for core in CORES:
        python = interpreter(core)
        for module in (core, "jsii", "typeguard"):
            key = module if module == core else f"{module} ({core})"
            versions[key] = _version(python, module) if python else "not installed"
    return {
        "cores": str(os.cpu_count()),
        "cpu": cpu,
        "os": platform.platform(),
        "python": platform.python_version(),
        "node": node,
        **versions,
    }


def _version(python: str, distribution: str) -> str:
    probe = f"from importlib.metadata import version; print(version({distribution!r}))"
    done = subprocess.run([python, "-c", probe], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else "?"


def load_average() -> str:
    """The 1/5/15-minute load averages, a hint of how busy the machine was."""
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} / {five:.2f} / {fifteen:.2f}"


def spread(values: Iterable[float]) -> str:
    """``min-max`` as a percentage around the median: the run-to-run noise."""
    values = list(values)
    if len(values) < 2:
        return "n/a (1 run)"
    mid = statistics.median(values)
    return f"{(min(values) / mid - 1) * 100:+.0f}% / {(max(values) / mid - 1) * 100:+.0f}%"
