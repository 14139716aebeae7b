"""A user's app on one core loads that core only, whatever of the package it uses.

The suite runs once per core (``make pytest``); in each venv only that core is installed, and a
user's app -- constructs, composites, policies, defaults, the testing kit and the offline double
-- must never import the other core or the other core's generated layer.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from cdktf_openai.core import CORE
from tests.conftest import OTHER_CORE

APP = textwrap.dedent(
    f"""\
    import json
    import sys
    from pathlib import Path

    from {CORE} import App, Aspects, TerraformStack

    from cdktf_openai import (
        Assistant, ChatMessage, CodeReviewResponse, CodeReviewRun, Defaults, OpenAIProvider,
        Response, Run, Thread, Tool, VectorStore,
    )
    from cdktf_openai.offline import TerraformWorkspace, install_provider_double
    from cdktf_openai.policies import AllowedModels, RequireTokenLimit, synth
    from cdktf_openai.testing import assert_has_resource, synth_stack

    app = App(outdir=sys.argv[1])
    Defaults(model="gpt-4o", max_tokens=500).apply_to(app)
    stack = TerraformStack(app, "one")
    OpenAIProvider(stack, "openai", api_url="https://assistants.example.com/v1")
    reviewer = Assistant(stack, "reviewer", tools=[Tool.code_interpreter()])
    thread = Thread(stack, "thread", messages=[ChatMessage.user("hi")])
    Run(stack, "run", thread=thread, assistant=reviewer)
    Response(stack, "answer", input="hi")
    VectorStore(stack, "docs", name="docs")
    CodeReviewRun(stack, "review", code="x = 1", language="python")
    CodeReviewResponse(stack, "review_response", code="x = 1", language="python")
    Aspects.of(stack).add(AllowedModels(["gpt-4o"]))
    Aspects.of(stack).add(RequireTokenLimit(maximum=1000))

    document = synth_stack(stack)
    assert_has_resource(document, "openai_model_response", {{"max_output_tokens": 500}})
    synth(app)
    workspace = TerraformWorkspace.create(
        Path(sys.argv[2]), stack, install_provider_double(sys.argv[3])
    )
    validated = workspace.validate()
    assert validated.returncode == 0, validated

    loaded = sorted(
        name for name in sys.modules
        if name.split(".")[0] in ("cdktf", "cdktn") or name.startswith("cdktf_openai.generated")
    )
    print(json.dumps(loaded))
    """
)


@pytest.mark.slow
def test_an_app_on_this_core_never_imports_the_other(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP)
    result = subprocess.run(
        [sys.executable, "app.py", "out", str(tmp_path / "stack"), str(tmp_path / "double")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    loaded = json.loads(result.stdout.splitlines()[-1])
    layer = "cdktf_openai.generated" if CORE == "cdktf" else "cdktf_openai.generated_cdktn"
    assert CORE in loaded and f"{layer}.run" in loaded
    assert [name for name in loaded if name.split(".")[0] == OTHER_CORE] == []
    foreign = [
        name
        for name in loaded
        if name.split(".")[0] != CORE and name != layer and not name.startswith(layer + ".")
    ]
    assert foreign == []  # neither the other core nor the other core's generated layer
    assert (tmp_path / "out" / "stacks" / "one" / "cdk.tf.json").exists()
