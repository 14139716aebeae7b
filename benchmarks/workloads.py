"""The workloads: N code reviews, each an assistant, a thread and a run, built five ways.

Every variant builds the same Terraform resources (the harness checks it):

- ``composite``: N ``CodeReviewRun`` composites, each creating its own reviewer;
- ``l2``: N x (``Assistant`` + ``Thread`` + ``Run``) L2 constructs, no composite;
- ``l1``: the same resources with the generated classes (``cdktf_openai.generated``): the baseline;
- ``json``: the L1 variant's document, built as plain dicts and written with ``json.dump``: the
  physical floor;
- ``ts`` (in ``benchmarks/ts/app.ts``): the L1 variant in TypeScript cdktf: the anchor.

``l2``, ``l1``, ``json`` and ``ts`` use the same construct ids, so their documents are equal;
``composite`` nests its resources under the composite, so its resource names differ and the
harness compares its resources by content instead.

The module imports neither cdktf nor the library at import time: a worker times those imports.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

__all__ = [
    "CDKTF_VERSION",
    "FOCUS",
    "LANGUAGE",
    "MODEL",
    "PYTHON_VARIANTS",
    "REVIEWER_INSTRUCTIONS",
    "REVIEWER_NAME",
    "TEMPERATURE",
    "build",
    "code_of",
    "message_of",
    "write_json",
]

#: The reviewer's model.
MODEL = "gpt-4o"
#: The language of every reviewed snippet.
LANGUAGE = "python"
#: The run's instructions (``focus`` of ``CodeReviewRun``).
FOCUS = "Focus on SQL injection and suggest secure alternatives."
#: The run's temperature.
TEMPERATURE = 0.2
#: The reviewer's name, as ``CodeReviewRun`` names the assistant it creates.
REVIEWER_NAME = "Code reviewer"
#: The reviewer's instructions: ``cdktf_openai.composites.review.REVIEWER_INSTRUCTIONS``,
#: copied so that the ``json`` floor imports no cdktf (a test checks they are equal).
REVIEWER_INSTRUCTIONS = (
    "You are an expert code reviewer. Analyze code for bugs, security issues, performance "
    "problems and readability, and suggest concrete improvements. Be constructive and "
    "educational in your feedback."
)
#: The cdktf version the documents record (``//.metadata.version``).
CDKTF_VERSION = "0.21.0"
#: The variants a Python worker can build (``ts`` runs under node).
PYTHON_VARIANTS = ("composite", "l2", "l1", "json")


def code_of(i: int) -> str:
    """The code of review ``i``: a small function, different for every review."""
    query = f"f'SELECT * FROM t{i} WHERE id={{user_id}}'"
    return f"def handler_{i}(user_id):\n    return db.execute({query})\n"


def message_of(i: int) -> str:
    """The thread message of review ``i``, as ``CodeReviewRun`` writes it.

    The code has no backticks, so the fence is three. Plain Python, so that the ``json`` floor
    imports no cdktf; the harness checks that the variants' documents agree.
    """
    return f"Please review this {LANGUAGE} code:\n\n```{LANGUAGE}\n{code_of(i)}```"


def messages_fingerprint(i: int) -> str:
    """What the ``Thread`` L2's guard companion holds for review ``i``'s messages (guard.py)."""
    message = {"content": message_of(i), "file_ids": [], "role": "user"}
    return json.dumps([message], sort_keys=True, separators=(",", ":"))


def build(variant: str, stack: Any, n: int) -> None:
    """Add the provider and ``n`` reviews of ``variant`` (not ``json``) to ``stack``.

    Args:
        variant: ``composite``, ``l2`` or ``l1``.
        stack: A ``cdktf.TerraformStack``.
        n: How many reviews (3 resources each).

    Raises:
        ValueError: An unknown variant.
    """
    builders = {"composite": _build_composite, "l2": _build_l2, "l1": _build_l1}
    if variant not in builders:
        raise ValueError(f"unknown variant {variant!r}")
    builders[variant](stack, n)


def _build_composite(stack: Any, n: int) -> None:
    from cdktf_openai import CodeReviewRun, OpenAIProvider

    OpenAIProvider(stack, "openai")
    for i in range(n):
        CodeReviewRun(
            stack,
            f"review_{i}",
            code=code_of(i),
            language=LANGUAGE,
            focus=FOCUS,
            model=MODEL,
            temperature=TEMPERATURE,
        )


def _build_l2(stack: Any, n: int) -> None:
    from cdktf_openai import Assistant, ChatMessage, OpenAIProvider, Run, Thread, Tool

    OpenAIProvider(stack, "openai")
    for i in range(n):
        assistant = Assistant(
            stack,
            f"assistant_{i}",
            model=MODEL,
            name=REVIEWER_NAME,
            instructions=REVIEWER_INSTRUCTIONS,
            tools=[Tool.code_interpreter()],
        )
        thread = Thread(stack, f"thread_{i}", messages=[ChatMessage.user(message_of(i))])
        Run(
            stack,
            f"run_{i}",
            thread=thread,
            assistant=assistant,
            instructions=FOCUS,
            temperature=TEMPERATURE,
            replace_triggered_by=[assistant],
        )


def _build_l1(stack: Any, n: int) -> None:
    from cdktf_openai.core import DataResource, TerraformResourceLifecycle
    from cdktf_openai.l1.assistant import Assistant, AssistantTools
    from cdktf_openai.l1.provider import OpenaiProvider
    from cdktf_openai.l1.run import Run
    from cdktf_openai.l1.thread import Thread, ThreadMessages

    OpenaiProvider(stack, "openai")
    for i in range(n):
        assistant = Assistant(
            stack,
            f"assistant_{i}",
            model=MODEL,
            name=REVIEWER_NAME,
            instructions=REVIEWER_INSTRUCTIONS,
            tools=[AssistantTools(type="code_interpreter")],
        )
        thread = Thread(
            stack, f"thread_{i}", messages=[ThreadMessages(role="user", content=message_of(i))]
        )
        # what the Thread L2 adds: a companion whose change replaces the thread (guard.py)
        guard = DataResource(
            thread, "replace_on_change", input={"messages": messages_fingerprint(i)}
        )
        thread.lifecycle = TerraformResourceLifecycle(
            replace_triggered_by=[f"terraform_data.{guard.friendly_unique_id}"]
        )
        Run(
            stack,
            f"run_{i}",
            thread_id=thread.id,
            assistant_id=assistant.id,
            instructions=FOCUS,
            temperature=TEMPERATURE,
            lifecycle=TerraformResourceLifecycle(
                replace_triggered_by=[f"openai_assistant.assistant_{i}"]
            ),
        )


def _resource(stack: str, kind: str, name: str, body: dict[str, Any]) -> dict[str, Any]:
    return {"//": {"metadata": {"path": f"{stack}/{name}", "uniqueId": name}}, **body}


def document(stack: str, n: int) -> dict[str, Any]:
    """The ``l1`` variant's ``cdk.tf.json`` for ``n`` reviews, built as plain dicts.

    Args:
        stack: The stack's name.
        n: How many reviews.
    """
    assistants: dict[str, Any] = {}
    threads: dict[str, Any] = {}
    runs: dict[str, Any] = {}
    guards: dict[str, Any] = {}
    for i in range(n):
        a, t, r = f"assistant_{i}", f"thread_{i}", f"run_{i}"
        # cdktf's name of the thread's child "replace_on_change" (workarounds.terraform_name)
        digest = hashlib.md5(f"{t}/replace_on_change".encode(), usedforsecurity=False)
        g = f"{t}_replace_on_change_{digest.hexdigest()[:8].upper()}"
        assistants[a] = _resource(
            stack,
            "openai_assistant",
            a,
            {
                "instructions": REVIEWER_INSTRUCTIONS,
                "model": MODEL,
                "name": REVIEWER_NAME,
                "tools": [{"type": "code_interpreter"}],
            },
        )
        threads[t] = _resource(
            stack,
            "openai_thread",
            t,
            {
                "lifecycle": {"replace_triggered_by": [f"terraform_data.{g}"]},
                "messages": [{"content": message_of(i), "role": "user"}],
            },
        )
        guards[g] = {
            "//": {"metadata": {"path": f"{stack}/{t}/replace_on_change", "uniqueId": g}},
            "input": {"messages": messages_fingerprint(i)},
        }
        runs[r] = _resource(
            stack,
            "openai_run",
            r,
            {
                "assistant_id": f"${{openai_assistant.{a}.id}}",
                "instructions": FOCUS,
                "lifecycle": {"replace_triggered_by": [f"openai_assistant.{a}"]},
                "temperature": TEMPERATURE,
                "thread_id": f"${{openai_thread.{t}.id}}",
            },
        )
    return {
        "//": {
            "metadata": {"backend": "local", "stackName": stack, "version": CDKTF_VERSION},
            "outputs": {},
        },
        "provider": {"openai": [{}]},
        "resource": {
            "openai_assistant": dict(sorted(assistants.items())),
            "openai_run": dict(sorted(runs.items())),
            "openai_thread": dict(sorted(threads.items())),
            "terraform_data": dict(sorted(guards.items())),
        },
        "terraform": {
            # cdktf's local backend: a state file in the working directory
            "backend": {"local": {"path": str(Path.cwd() / f"terraform.{stack}.tfstate")}},
            "required_providers": {"openai": {"source": "mkdev-me/openai", "version": "1.2.0"}},
        },
    }


def write_json(outdir: Path, stack: str, n: int) -> Path:
    """Write :func:`document` where cdktf would (``<outdir>/stacks/<stack>/cdk.tf.json``).

    Returns:
        The path written.
    """
    path = outdir / "stacks" / stack / "cdk.tf.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as out:
        json.dump(document(stack, n), out, indent=2)
    return path
