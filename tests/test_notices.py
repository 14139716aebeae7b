"""Warnings reach the user however the app runs; errors are one line, without a JS stack."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from cdktf_openai import ConstructWarning, OpenAIProvider, Run
from cdktf_openai.core import App, Aspects, TerraformStack
from cdktf_openai.policies import MaxTemperature, PolicyViolationError, synth


def test_outside_the_cli_a_warning_is_a_python_warning_at_the_users_line(
    stack: TerraformStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CDKTF_OUTDIR", raising=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run = Run(stack, "run", thread="t", assistant="zero", temperature=0)
    (warning,) = caught
    assert warning.category is ConstructWarning
    assert str(warning.message).startswith("stack/run: [@cdktf-openai:zeroNotSent] temperature")
    # it points at the user's call, not at this library's internals
    assert Path(warning.filename) == Path(__file__)
    source = Path(__file__).read_text(encoding="utf-8").splitlines()[warning.lineno - 1]
    assert 'assistant="zero"' in source
    # and the annotation the cdktf CLI prints is there too
    assert [e.type for e in run.node.metadata if e.type.startswith("@cdktf/")] == ["@cdktf/warn"]


def test_under_the_cli_only_the_annotation_is_added(
    stack: TerraformStack, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CDKTF_OUTDIR", str(tmp_path))  # what the cdktf CLI sets for the app
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        run = Run(stack, "run", thread="t", assistant="a", temperature=0)
    assert caught == []
    assert [str(e.data) for e in run.node.metadata if e.type == "@cdktf/warn"] != []


def test_a_policy_error_carries_no_stack_trace_and_still_stops_synthesis(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "stack")
    OpenAIProvider(stack, "openai")
    Aspects.of(stack).add(MaxTemperature(0.5))
    run = Run(stack, "run", thread="t", assistant="a", temperature=1)
    with pytest.raises(PolicyViolationError):
        synth(app)
    (error,) = [e for e in run.node.metadata if e.type == "@cdktf/error"]
    assert not error.trace  # cdktf's Annotations would record the JavaScript stack here
