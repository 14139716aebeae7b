"""User text reaches Terraform, the provider and the API as those exact characters.

Real ``terraform``: the escapes of :mod:`cdktf_openai.literal` read back as the text (and the
test's model of Terraform's reading, ``read_template``, is Terraform's); every text prop of
every construct validates, applies on the double, and is stored and sent literally; a
``${file(...)}`` in reviewed code is never read.
"""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path

import pytest

from cdktf_openai import CodeReviewResponse, OpenAIProvider
from cdktf_openai.core import App, TerraformStack, TerraformVariable
from cdktf_openai.literal import literal_text
from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from tests.offline.conftest import api_objects, resources
from tests.test_literal import TEXT, every_text_prop, read_template

#: What the reviewed code's ``${file("SECRET")}`` would read if Terraform evaluated it.
SECRET = "TOP-SECRET-CONTENT-1f3a"
#: Texts that are hard to escape, and pseudo-random ones over the characters that matter.
HARD = [
    "a ${b} c", "%{ if x }y%{ endif }", "$${already}", "%%{already}", "$$", "$", "%", "${",
    "%{", "back\\slash ${x}", 'quote " ${x}', "ünïcödé ${ñ} 🙂", "multi\nline\n${x}\n",
    "${{double}}", "${}", "$$${triple}", "end$", "end%", "%%%{", "$%{", "%${", "{${", "$$$$${",
]  # fmt: skip
RANDOM = ["".join(random.Random(seed).choices("$%{}a", k=12)) for seed in range(200)]
#: Literal text around a token (a variable): (before, after).
AROUND_TOKEN = [("a$", "b"), ("$$", ""), ("$$$", "x"), ("%", "%{"), ("${", "}"), ("", "$")]


def terraform_reads(directory: Path, values: dict[str, str]) -> dict[str, str]:
    """What Terraform makes of each string as an output value (with variable ``v`` = "VV")."""
    directory.mkdir()
    config = {
        "variable": {"v": {"type": "string", "default": "VV"}},
        "output": {name: {"value": value} for name, value in values.items()},
    }
    (directory / "main.tf.json").write_text(json.dumps(config))
    commands = (["init", "-input=false"], ["apply", "-auto-approve"], ["output", "-json"])
    for command in commands:
        result = subprocess.run(
            ["terraform", *command, "-no-color"],
            cwd=directory,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    return {name: entry["value"] for name, entry in json.loads(result.stdout).items()}


@pytest.mark.slow
def test_terraform_reads_each_escaped_text_back_as_the_text(tmp_path: Path) -> None:
    token = "${TfToken[TOKEN.1]}"  # stands for var.v: cdktf puts the expression there
    texts = HARD + RANDOM
    escaped = {f"t{i}": literal_text(text) for i, text in enumerate(texts)}
    around = {
        f"m{i}": literal_text(before + token + after).replace(token, "${var.v}")
        for i, (before, after) in enumerate(AROUND_TOKEN)
    }
    raw = {f"r{i}": text for i, text in enumerate(RANDOM) if "${" not in text and "%{" not in text}
    read = terraform_reads(tmp_path / "tf", {**escaped, **around, **raw})
    assert {name: read[name] for name in escaped} == dict(zip(escaped, texts, strict=True))
    expected = {f"m{i}": b + "VV" + a for i, (b, a) in enumerate(AROUND_TOKEN)}
    assert {name: read[name] for name in around} == expected
    # the tests' model of Terraform's reading agrees with Terraform, escapes and all
    for name, text in {**escaped, **raw}.items():
        assert read_template(text) == read[name], text


@pytest.mark.slow
def test_every_text_prop_validates_applies_and_is_sent_literally(
    openai_double_workspace: WorkspaceFactory, tmp_path: Path
) -> None:
    stack = TerraformStack(App(), "stack")
    every_text_prop(stack, tmp_path)
    workspace = openai_double_workspace(stack)
    (workspace.directory / "SECRET").write_text(SECRET)
    assert workspace.validate().returncode == 0
    workspace.apply()
    state = resources(workspace)
    assert state["openai_model_response.response"]["input"] == TEXT
    assert state["openai_model_response.response"]["instructions"] == TEXT
    assert state["openai_assistant.assistant"]["description"] == TEXT
    assert state["openai_assistant.assistant"]["metadata"] == {"${a} %{b} $": TEXT}
    assert state["openai_message.message"]["content"] == TEXT
    assert state["openai_run.run"]["instructions"] == TEXT
    assert state["openai_vector_store.store"]["name"] == "${a} %{b} $"
    (review,) = [
        body
        for address, body in state.items()
        if address.startswith("openai_model_response.review_")
    ]
    assert TEXT in review["input"]
    (thread,) = [
        body for a, body in state.items() if a.startswith("openai_thread.assistant_review")
    ]
    assert TEXT in thread["messages"][0]["content"]
    # what reached the API: the request bodies the double received
    requests = [obj.get("request", obj) for obj in api_objects(workspace, "response").values()]
    assert any(TEXT in request["input"] for request in requests)
    assert SECRET not in json.dumps(workspace.state())
    assert SECRET not in json.dumps(requests)
    assert workspace.plan(detailed_exitcode=True).returncode == 0  # read back the same


@pytest.mark.slow
def test_token_shaped_text_in_reviewed_code_never_reaches_another_value(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    stack = TerraformStack(App(), "stack")
    OpenAIProvider(stack, "openai")
    key = TerraformVariable(stack, "key", type="string", sensitive=True, default="KEY-VALUE-42")
    marker = key.string_value
    CodeReviewResponse(stack, "review", code=f"leak({marker})", language="python", model="gpt-4o")
    workspace = openai_double_workspace(stack)
    workspace.apply()
    (request,) = [obj["request"] for obj in api_objects(workspace, "response").values()]
    assert f"leak({marker})" in request["input"]
    assert "KEY-VALUE-42" not in json.dumps(request)
