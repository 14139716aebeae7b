"""Shared test setup: paths of the project and the environment its tools need."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The tests start jsii (in-process) and the cdktf CLI; keep Node 20's banner and any call home
# out of their output, as the Makefile does for users.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
os.environ.setdefault("CHECKPOINT_DISABLE", "1")
