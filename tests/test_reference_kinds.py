"""A prop that names an object of one kind refuses a construct of another kind.

At construction (a ``ValidationError`` naming the kind expected and the construct given, before
anything is created) and for mypy (the signatures take ``ThreadRef``, ``AssistantRef``,
``FileRef``, ``VectorStoreRef``: the L1 class of that kind, a ``ById`` or an ID string; the
test runs mypy on a user's file). The right kind, its generated L1 class, an ID string, a
``ById`` and a string token are accepted.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import (
    Assistant,
    Attachment,
    ById,
    CodeReviewRun,
    Conversation,
    DocumentSearch,
    File,
    Run,
    Thread,
    ThreadMessage,
    ValidationError,
    VectorStore,
    VectorStoreFile,
)
from cdktf_openai.core import CORE, App, TerraformStack, TerraformVariable
from cdktf_openai.l1 import assistant as _assistant
from cdktf_openai.l1 import file as _file
from cdktf_openai.l1 import run as _run
from cdktf_openai.l1 import thread as _thread
from cdktf_openai.l1 import vector_store as _vector_store
from tests.conftest import ROOT

HERE = Path(__file__)

#: Each kind: how to make its L2 and its generated L1, and how the error names it.
KINDS: dict[str, tuple[Callable[[TerraformStack, str], Any], Callable[..., Any], str]] = {
    "thread": (lambda s, i: Thread(s, i), _thread.Thread, "a Thread"),
    "assistant": (
        lambda s, i: Assistant(s, i, model="gpt-4o"),
        _assistant.Assistant,
        "an Assistant",
    ),
    "file": (lambda s, i: File(s, i, path=HERE), _file.File, "a File"),
    "vector_store": (
        lambda s, i: VectorStore(s, i, name="docs"),
        _vector_store.VectorStore,
        "a VectorStore",
    ),
    # no prop takes a run: only ever the wrong kind (ThreadMessage(thread=run)...)
    "run": (lambda s, i: Run(s, i, thread="thread_1", assistant="asst_1"), _run.Run, "a Run"),
}


def generated(kind: str, stack: TerraformStack) -> Any:
    """The generated L1 resource of ``kind``, with its required arguments."""
    l1 = KINDS[kind][1]
    required: dict[str, dict[str, Any]] = {
        "thread": {},
        "assistant": {"model": "gpt-4o"},
        "file": {"file": "doc.md", "purpose": "assistants"},
        "vector_store": {"name": "docs"},
    }
    return l1(stack, f"generated_{kind}", **required[kind])


#: Each prop that takes one kind: its kind, the field in the error, the path of the error (the
#: construct's, or the composite's), and how to build with the prop set to a value.
PROPS: list[tuple[str, str, str, Callable[[TerraformStack, Any], object]]] = [
    ("thread", "thread", "stack/subject", lambda s, v: Run(s, "subject", thread=v, assistant="a")),
    (
        "assistant",
        "assistant",
        "stack/subject",
        lambda s, v: Run(s, "subject", thread="t", assistant=v),
    ),
    (
        "thread",
        "thread",
        "stack/subject",
        lambda s, v: ThreadMessage(s, "subject", thread=v, content="Hi"),
    ),
    (
        "vector_store",
        "vector_store",
        "stack/subject",
        lambda s, v: VectorStoreFile(s, "subject", vector_store=v, file="file-1"),
    ),
    (
        "file",
        "file",
        "stack/subject",
        lambda s, v: VectorStoreFile(s, "subject", vector_store="vs_1", file=v),
    ),
    (
        "file",
        "files[0]",
        "stack/subject",
        lambda s, v: VectorStore(s, "subject", name="d", files=[v]),
    ),
    ("file", "file", "Attachment", lambda s, v: Attachment.of(v)),
    (
        "assistant",
        "assistant",
        "stack/subject",
        lambda s, v: CodeReviewRun(s, "subject", code="x", language="go", assistant=v),
    ),
    (
        "assistant",
        "assistant",
        "stack/subject",
        lambda s, v: DocumentSearch(s, "subject", question="Why?", documents=[HERE], assistant=v),
    ),
    (
        "assistant",
        "assistant",
        "stack/subject",
        lambda s, v: Conversation(s, "subject", assistant=v),
    ),
]

WRONG = [
    pytest.param(kind, field, where, build, other, id=f"{i}-{field}-given-{other}")
    for i, (kind, field, where, build) in enumerate(PROPS)
    for other in KINDS
    if other != kind
]
RIGHT = [
    pytest.param(kind, build, form, id=f"{i}-{field}-{form}")
    for i, (kind, field, _, build) in enumerate(PROPS)
    for form in ("L2", "L1", "id", "ById", "token")
]


@pytest.mark.parametrize(("kind", "field", "where", "build", "other"), WRONG)
def test_a_construct_of_another_kind_is_refused(
    kind: str, field: str, where: str, build: Callable[[TerraformStack, Any], object], other: str
) -> None:
    stack = TerraformStack(App(), "stack")
    given = KINDS[other][0](stack, "given")
    with pytest.raises(ValidationError) as caught:
        build(stack, given)
    (problem,) = caught.value.problems
    assert (caught.value.where, problem.field) == (where, field)
    assert problem.rule.startswith(f"must be {KINDS[kind][2]} or a non-empty ID string")
    assert problem.shown == f"{type(given).__name__} at 'stack/given'"
    assert stack.node.try_find_child("subject") is None


@pytest.mark.parametrize(("kind", "build", "form"), RIGHT)
def test_the_right_kind_an_id_and_a_token_are_accepted(
    kind: str, build: Callable[[TerraformStack, Any], object], form: str
) -> None:
    stack = TerraformStack(App(), "stack")
    values: dict[str, Callable[[], Any]] = {
        "L2": lambda: KINDS[kind][0](stack, "given"),
        "L1": lambda: generated(kind, stack),
        "id": lambda: "obj_1",
        "ById": lambda: ById("obj_1"),
        "token": lambda: TerraformVariable(stack, "given_id", type="string").string_value,
    }
    build(stack, values[form]())


#: A user's file: the right kinds type-check; each wrong kind is an error on its line.
USER_FILE = """\
from pathlib import Path

from cdktf_openai import (
    Assistant, Attachment, ById, CodeReviewRun, Conversation, DocumentSearch, File, Run,
    Thread, ThreadMessage, VectorStore, VectorStoreFile,
)
from cdktf_openai.core import App, TerraformStack

stack = TerraformStack(App(), "stack")
reviewer = Assistant(stack, "reviewer", model="gpt-4o")
thread = Thread(stack, "thread")
spec = File(stack, "spec", path=Path("spec.md"))
store = VectorStore(stack, "store", name="docs", files=[spec, "file-1", ById("file-2")])
run = Run(stack, "run", thread=thread, assistant=reviewer)
Run(stack, "by_id", thread="thread_1", assistant=ById("asst_1"))
VectorStoreFile(stack, "ok", vector_store=store, file=spec)
review = CodeReviewRun(stack, "review", code="x", language="go", assistant=reviewer)
CodeReviewRun(stack, "again", code="y", language="go", assistant=review.assistant)
Attachment.of(spec)
Run(stack, "bad_thread", thread=reviewer, assistant=reviewer)  # line 20
Run(stack, "bad_assistant", thread=thread, assistant=thread)  # line 21
ThreadMessage(stack, "bad_message", thread=run, content="Hi")  # line 22
VectorStoreFile(stack, "bad_file", vector_store=store, file=store)  # line 23
VectorStoreFile(stack, "bad_store", vector_store=spec, file=spec)  # line 24
VectorStore(stack, "bad_files", name="docs", files=[reviewer])  # line 25
Attachment.of(store)  # line 26
CodeReviewRun(stack, "bad_review", code="x", language="go", assistant=thread)  # line 27
DocumentSearch(stack, "bad_search", question="?", documents=["a.md"], assistant=spec)  # line 28
Conversation(stack, "bad_chat", assistant=store)  # line 29
"""


@pytest.mark.slow
def test_mypy_refuses_each_wrong_kind_in_a_users_file(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(USER_FILE)
    flag = "--always-true" if CORE == "cdktn" else "--always-false"
    command = [
        *(sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")),
        *(flag, "CDKTF_OPENAI_CDKTN", "--cache-dir", str(tmp_path / "cache"), "app.py"),
    ]
    env = {**os.environ, "MYPYPATH": str(ROOT)}
    result = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    lines = sorted({int(line.split(":")[1]) for line in errors})
    assert lines == list(range(20, 30)), result.stdout
    assert all("[arg-type]" in line or "[list-item]" in line for line in errors), result.stdout
