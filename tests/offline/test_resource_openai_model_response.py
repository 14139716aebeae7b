"""``openai_model_response`` through real terraform: resource_openai_model_response.go."""

from __future__ import annotations

import re
from typing import Any

import pytest

from cdktf_openai.offline import TerraformError
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import api_objects, resources, rewrite, stack_json

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # terraform on hand-written JSON, no core

CODE = "Review this:\n```python\ndef add(a, b):\n    return a + b\n```"


def response_stack(**arguments: Any) -> dict[str, Any]:
    """One response, with an output of its text."""
    return stack_json(
        {"openai_model_response": {"review": {"model": "gpt-4o", "input": CODE, **arguments}}},
        output={"text": {"value": "${openai_model_response.review.output.text}"}},
    )


@pytest.mark.slow
def test_one_synchronous_post_puts_the_answer_in_state(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """resourceOpenAIModelResponseCreate: ``temperature`` 0.7 in the plan (``Default``) and
    sent; ``output`` is ``{text, role}`` of the first output item, ``usage`` a map of strings,
    ``id`` ``resp_...``, ``finish_reason`` null; ``frequency_penalty`` is never sent, and
    ``stop_sequences`` only as ``store: true``."""
    workspace = openai_double_workspace(
        response_stack(frequency_penalty=0.5, stop_sequences=["END"])
    )
    assert re.search(r"\+ temperature +=\s+0\.7", workspace.plan().stdout)
    workspace.apply()
    response = resources(workspace)["openai_model_response.review"]
    assert re.fullmatch(r"resp_[A-Za-z0-9]{24}", response["id"])
    assert response["output"] == {
        "role": "assistant",
        "text": "[offline double: no model ran] A python code block of 2 line(s).",
    }
    assert set(response["usage"]) == {"prompt_tokens", "completion_tokens", "total_tokens"}
    assert all(value.isdigit() for value in response["usage"].values())
    assert (response["object"], response["finish_reason"]) == ("response", None)
    (stored,) = api_objects(workspace, "response").values()
    assert stored["request"] == {
        "model": "gpt-4o",
        "input": CODE,
        "temperature": 0.7,
        "store": True,
    }
    assert workspace.outputs()["text"].endswith("2 line(s).")
    assert workspace.plan(detailed_exitcode=True).returncode == 0


@pytest.mark.slow
def test_a_change_is_an_update_that_creates_a_new_response_unless_preserved(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    """No ForceNew: a changed input is an in-place update, and resourceOpenAIModelResponseUpdate
    creates a new response (a new ID). With ``preserve_on_change``, CustomDiff undoes a
    changed model (no change planned) and Update only reads (same ID)."""
    workspace = openai_double_workspace(response_stack())
    workspace.apply()
    first = resources(workspace)["openai_model_response.review"]["id"]
    rewrite(workspace, response_stack(input="Just text, no code."))
    assert "will be updated in-place" in workspace.plan().stdout
    workspace.apply()
    second = resources(workspace)["openai_model_response.review"]
    assert second["id"] != first and "no code block" in second["output"]["text"]

    rewrite(workspace, response_stack(input="Just text, no code.", preserve_on_change=True))
    workspace.apply()
    rewrite(
        workspace,
        response_stack(input="Just text, no code.", preserve_on_change=True, model="gpt-4o-mini"),
    )
    assert workspace.plan(detailed_exitcode=True).returncode == 0  # the model change is undone
    rewrite(workspace, response_stack(input="Other text.", preserve_on_change=True))
    workspace.apply()
    kept = resources(workspace)["openai_model_response.review"]
    assert kept["id"] == second["id"] and kept["input"] == "Other text."
    assert "no code block" in kept["output"]["text"]  # the old answer stays


@pytest.mark.slow
def test_model_and_input_are_required_at_create(openai_double_workspace: WorkspaceFactory) -> None:
    """Optional and computed in the schema, so Terraform lets them be unset; Create fails."""
    workspace = openai_double_workspace(
        stack_json({"openai_model_response": {"review": {"input": "Hi"}}})
    )
    with pytest.raises(TerraformError) as failed:
        workspace.apply()
    assert "Error: model is required" in failed.value.result.stderr
