"""Keyword groups (``**options``, ``**settings``): they reach the resource, and a keyword no
signature or group takes is refused as Python refuses it, before anything is created (mypy
refuses each of these calls too: hence their ``type: ignore[call-arg]``)."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest

import cdktf_openai
from cdktf_openai import (
    Assistant,
    CodeReviewRun,
    Conversation,
    File,
    OpenAIProvider,
    Run,
    Thread,
    ValidationError,
)
from cdktf_openai.base import OpenAIResource
from cdktf_openai.core import TerraformStack
from tests.conftest import resource_json, synth


def test_resource_options_reach_the_resource(stack: TerraformStack) -> None:
    eu = OpenAIProvider(stack, "eu", alias="eu")
    first = Thread(stack, "first")
    Thread(stack, "second", depends_on=[first], provider=eu)
    assert resource_json(stack, "openai_thread", "second") == {
        "depends_on": ["openai_thread.first"],
        "provider": "openai.eu",
    }


def the_run(stack: TerraformStack) -> dict[str, Any]:
    """The stack's only ``openai_run`` (a composite's child: its name has a hash)."""
    (run,) = synth(stack)["resource"]["openai_run"].values()
    return {name: value for name, value in run.items() if name != "//"}


def test_run_settings_reach_the_composites_run(stack: TerraformStack) -> None:
    reviewer = Assistant(stack, "reviewer", model="gpt-4o")
    Conversation(stack, "chat", assistant=reviewer, temperature=0.25)
    run = the_run(stack)
    assert run["temperature"] == 0.25
    assert "top_p" not in run and "max_tokens" not in run


def test_a_composites_run_refuses_max_tokens_with_the_runs_path(stack: TerraformStack) -> None:
    # limits.RUN_MAX_TOKENS: no run create of OpenAI's takes max_tokens
    reviewer = Assistant(stack, "reviewer", model="gpt-4o")
    with pytest.raises(ValidationError) as caught:
        Conversation(stack, "chat", assistant=reviewer, max_tokens=9)
    assert str(caught.value).startswith("stack/chat/run: max_tokens must be unset (OpenAI's run")
    assert "openai_thread_run" in str(caught.value)


def test_top_p_alone_reaches_the_composites_run(stack: TerraformStack) -> None:
    reviewer = Assistant(stack, "reviewer", model="gpt-4o")
    Conversation(stack, "chat", assistant=reviewer, top_p=0.5)
    run = the_run(stack)
    assert run["top_p"] == 0.5
    assert "temperature" not in run


def test_a_misspelt_option_is_a_type_error_with_the_keyword_meant(stack: TerraformStack) -> None:
    with pytest.raises(TypeError) as error:
        Thread(stack, "thread", depend_on=[])  # type: ignore[call-arg]
    assert str(error.value) == (
        "Thread.__init__() got an unexpected keyword argument 'depend_on'; "
        "did you mean 'depends_on'?"
    )
    assert stack.node.try_find_child("thread") is None


def test_a_misspelt_run_setting_is_a_type_error_before_the_composite_exists(
    stack: TerraformStack,
) -> None:
    with pytest.raises(TypeError) as error:
        CodeReviewRun(stack, "review", code="x = 1", language="python", model="gpt-4o", top_k=3)  # type: ignore[call-arg]
    assert str(error.value) == (
        "CodeReviewRun.__init__() got an unexpected keyword argument 'top_k'; did you mean 'top_p'?"
    )
    assert stack.node.try_find_child("review") is None


def test_a_run_setting_is_not_an_option_of_a_resource(stack: TerraformStack) -> None:
    with pytest.raises(
        TypeError, match=r"^Thread\.__init__\(\) got an unexpected keyword argument 'temperature'$"
    ):
        Thread(stack, "thread", temperature=0.5)  # type: ignore[call-arg]


def test_a_keyword_close_to_a_written_out_prop_names_that_prop(stack: TerraformStack) -> None:
    with pytest.raises(TypeError, match=r"did you mean 'instructions'\?$"):
        Run(stack, "run", thread="thread_1", assistant="asst_1", instruction="Be brief.")  # type: ignore[call-arg]


def test_every_resource_construct_takes_the_resource_options() -> None:
    resources = [
        construct
        for construct in map(vars(cdktf_openai).get, cdktf_openai.__all__)
        if isinstance(construct, type) and issubclass(construct, OpenAIResource)
    ]
    takes = {
        construct.__name__: inspect.signature(construct.__init__).parameters.get("options")
        for construct in resources
    }
    assert len(takes) == 16  # 8 of 0.4, the provider, and 7 of the organisation (issue 23)
    assert {name for name, options in takes.items() if options is None} == {"OpenAIProvider"}
    assert {options.annotation for options in takes.values() if options is not None} == {
        "Unpack[ResourceOptions]"
    }


def test_a_file_takes_depends_on(stack: TerraformStack, tmp_path: Path) -> None:
    (tmp_path / "guide.md").write_text("# Guide\n")
    first = Thread(stack, "first")
    File(stack, "guide", path=tmp_path / "guide.md", depends_on=[first])
    assert resource_json(stack, "openai_file", "guide")["depends_on"] == ["openai_thread.first"]
