"""Shared test setup: project paths, a fresh stack per test, and synthesis helpers."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cdktf import App, TerraformStack
from cdktf import Testing as CdktfTesting

from cdktf_openai import ValidationError

ROOT = Path(__file__).resolve().parent.parent

# The tests start jsii (in-process) and the cdktf CLI; keep Node 20's banner and any call home
# out of their output, as the Makefile does for users.
os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")
os.environ.setdefault("CHECKPOINT_DISABLE", "1")


@pytest.fixture
def stack() -> TerraformStack:
    """A fresh stack named ``stack`` in a fresh app."""
    return TerraformStack(App(), "stack")


def synth(stack: TerraformStack) -> dict[str, Any]:
    """The stack's Terraform JSON, parsed."""
    parsed: dict[str, Any] = json.loads(CdktfTesting.synth(stack))
    return parsed


def resource_json(stack: TerraformStack, resource_type: str, name: str) -> dict[str, Any]:
    """One resource of the synthesized stack, without cdktf's ``//`` metadata."""
    body = dict(synth(stack)["resource"][resource_type][name])
    body.pop("//", None)
    return body


def expect_rejected(build: Callable[[], object], field: str) -> ValidationError:
    """Assert that ``build()`` raises a ValidationError naming ``field``; return it."""
    with pytest.raises(ValidationError) as caught:
        build()
    fields = [problem.field for problem in caught.value.problems]
    assert any(f == field or f.startswith((f"{field}[", f"{field} ")) for f in fields), fields
    return caught.value
