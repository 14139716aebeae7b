"""Synthesis is deterministic: separate processes with different hash seeds write the same bytes.

``PYTHONHASHSEED`` changes the iteration order of sets of strings, and so the insertion order of
any dict built from one. Neither may reach the synthesized JSON: metadata is written with
sorted keys, a function tool's parameters are serialized with sorted keys, and lists keep the
order the user gave.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cdktf_openai.core import App
from examples import build_all
from tests.conftest import ROOT

SEEDS = ("0", "1", "4242")

# An app whose every dict-valued prop is built by iterating over a set: its insertion order
# differs between hash seeds (the script prints it, to show that it did).
PROBE = """
import sys

from cdktf_openai.core import App, TerraformStack

from cdktf_openai import Assistant, ChatMessage, OpenAIProvider, Run, Thread, ThreadMessage, Tool

keys = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"}
meta = {key: key.upper() for key in keys}
print(",".join(meta))
app = App(outdir=sys.argv[1])
stack = TerraformStack(app, "probe")
OpenAIProvider(stack, "openai")
tool = Tool.function(
    "lookup",
    parameters={
        "type": "object",
        "properties": {key: {"type": "string", "description": key} for key in keys},
        "required": sorted(keys),
    },
)
assistant = Assistant(stack, "a", model="gpt-4o", tools=[tool], metadata=meta)
thread = Thread(stack, "t", messages=[ChatMessage.user("hi", metadata=meta)], metadata=meta)
ThreadMessage(stack, "m", thread=thread, content="more", metadata=meta)
Run(stack, "r", thread=thread, assistant=assistant, metadata=meta)
app.synth()
"""


def synthesize_under_each_seed(command: list[str], tmp_path: Path) -> dict[str, str]:
    """Run ``command`` + [outdir] once per seed, concurrently; return seed to its stdout."""
    processes = {
        seed: subprocess.Popen(
            [*command, str(tmp_path / seed)],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed, "CDKTF_OUTDIR": str(tmp_path / seed)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for seed in SEEDS
    }
    printed = {}
    for seed, process in processes.items():
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        printed[seed] = out
    return printed


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_the_example_app_is_byte_identical_under_three_hash_seeds(tmp_path: Path) -> None:
    # `python -m examples` is the app cdktf.json names; its App() reads CDKTF_OUTDIR
    synthesize_under_each_seed([sys.executable, "-m", "examples"], tmp_path)
    first, *others = [files_of(tmp_path / seed) for seed in SEEDS]
    names = [stack.node.id for stack in build_all(App())]
    documents = [path for path in first if path.endswith("cdk.tf.json")]
    assert "manifest.json" in first
    assert sorted(documents) == sorted(f"stacks/{name}/cdk.tf.json" for name in names)
    for files in others:  # every file: the JSON, the manifest, and any copied assets
        assert files == first


def test_dicts_built_from_sets_do_not_reach_the_json(tmp_path: Path) -> None:
    script = tmp_path / "probe.py"
    script.write_text(PROBE)
    printed = synthesize_under_each_seed([sys.executable, str(script)], tmp_path)
    # the seeds did change the dicts' insertion order...
    assert len(set(printed.values())) > 1, printed
    # ...and the JSON is the same bytes all the same
    first, *others = [files_of(tmp_path / seed) for seed in SEEDS]
    assert "stacks/probe/cdk.tf.json" in first
    for files in others:
        assert files == first
