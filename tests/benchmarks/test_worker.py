"""The worker's memory figure is its own peak, not one inherited from the process that ran it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# A parent that holds ~300 MiB, then runs a small Python child; the child prints its own peak
# (the worker's figure) and getrusage's maxrss (which Linux keeps across exec).
PARENT = """
import subprocess, sys
held = b"x" * (300 << 20)
child = (
    "import resource; from benchmarks.worker import own_peak_rss_kib; "
    "print(own_peak_rss_kib(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
)
subprocess.run([sys.executable, "-c", child], check=True)
"""


def test_the_workers_peak_rss_is_its_own_not_its_parents() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PARENT], cwd=ROOT, capture_output=True, text=True, check=True
    )
    own_kib, maxrss_kib = map(int, done.stdout.split())
    assert 0 < own_kib < 100 * 1024  # a bare interpreter: tens of MiB
    assert maxrss_kib > 300 * 1024  # what ru_maxrss reported: the parent's ~300 MiB
