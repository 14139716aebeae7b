"""Batching (issue 16) changes nothing a user can observe: each test runs with batching on.

A construct of this library is queued when created and made in JavaScript with the others of
its batch before the next jsii request (see ``cdktf_openai/batching.py``). Each test below takes
a construct while it is still queued (``queued(...)`` says so) and does with it what a user may
do; where the result can be compared, it is compared with the same program run unbatched (as
with ``CDKTF_OPENAI_BATCH=off``), in the same process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsii
import pytest
from constructs import Construct, IConstruct

from benchmarks import workloads
from cdktf_openai import (
    Assistant,
    ChatMessage,
    CodeReviewRun,
    OpenAIProvider,
    Run,
    Thread,
    ThreadMessage,
    Tool,
    ValidationError,
    batching,
)
from cdktf_openai.core import (
    App,
    Aspects,
    Fn,
    IAspect,
    TerraformOutput,
    TerraformStack,
)
from cdktf_openai.core import Testing as CdktfTesting
from cdktf_openai.defaults import CONTEXT_KEY
from cdktf_openai.l1.assistant import Assistant as RawAssistant
from cdktf_openai.l1.thread import Thread as RawThread
from cdktf_openai.policies import AllowedModels, PolicyViolationError
from cdktf_openai.policies import synth as policy_synth
from cdktf_openai.testing import synth_stack
from examples import build_all
from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not batching.enabled(), reason="batching is off here")


def queued(*constructs: Any) -> bool:
    """Whether every one of ``constructs`` is still waiting in the queue (not in JavaScript)."""
    return all(c.__jsii_ref__.ref.startswith("cdktf-openai.pending@") for c in constructs)


@pytest.fixture(autouse=True)
def _warm() -> None:
    # the first construct of each class in a process reads its class's Terraform type (one
    # jsii request, which sends the queue): do that here, so that the tests' constructs stay
    # queued until the tests look at them
    stack = TerraformStack(App(), "warm")
    OpenAIProvider(stack, "openai")
    CodeReviewRun(stack, "review", code="x", language="python", model="gpt-4o")
    ThreadMessage(stack, "m", thread="thread_1", content="Hi")
    batching.flush()


@pytest.fixture
def stack() -> TerraformStack:
    """A fresh stack named ``stack`` with its provider (made: nothing of it is queued)."""
    return settled(TerraformStack(App(), "stack"))


def settled(stack: TerraformStack) -> TerraformStack:
    """``stack`` with its provider, once the library has read what it reads of a new stack."""
    OpenAIProvider(stack, "openai")
    batching.read_context(stack, CONTEXT_KEY)  # read once per scope (while Defaults exist)
    batching.flush()
    return stack


@pytest.fixture
def unbatched() -> Iterator[None]:
    """Batching off for the test's duration (``CDKTF_OPENAI_BATCH=off`` in one process)."""
    batching.flush()
    batching._enabled = False
    try:
        yield
    finally:
        batching._enabled = True


def without_batching(function: Callable[[], Any]) -> Any:
    """``function()`` with batching off."""
    batching.flush()
    batching._enabled = False
    try:
        return function()
    finally:
        batching._enabled = True


def review(stack: TerraformStack, i: int) -> tuple[Assistant, Thread, Run]:
    assistant = Assistant(stack, f"assistant_{i}", model="gpt-4o", tools=[Tool.code_interpreter()])
    thread = Thread(stack, f"thread_{i}", messages=[ChatMessage.user(f"review {i}")])
    return assistant, thread, Run(stack, f"run_{i}", thread=thread, assistant=assistant)


# -- the same program writes the same bytes ------------------------------------------------------


def written(program: Callable[[App], Any], outdir: Path) -> dict[str, bytes]:
    """Every file ``app.synth()`` writes for ``program``, by relative path."""
    app = App(outdir=str(outdir))
    program(app)
    app.synth()
    return {str(p.relative_to(outdir)): p.read_bytes() for p in outdir.rglob("*") if p.is_file()}


def mixed(app: App) -> None:
    """Every feature of item 2 of issue 16 in one program: the outputs must be equal."""
    network = TerraformStack(app, "network")
    OpenAIProvider(network, "openai")
    shared = Thread(network, "shared", messages=[ChatMessage.user("shared")])
    stack = TerraformStack(app, "stack")
    OpenAIProvider(stack, "openai")
    other = OpenAIProvider(stack, "other", alias="other")
    raw_first = RawAssistant(stack, "raw_first", model="gpt-4o")
    assistant, thread, run = review(stack, 0)
    thread.override_logical_id("renamed_thread")
    RawThread(stack, "raw_between", metadata={"k": "v"})
    later = Run(
        stack,
        "later",
        thread=shared,  # another stack: cdktf adds the remote state
        assistant=raw_first,
        depends_on=[run, thread],
        provider=other,
        temperature=0.1,
    )
    assistant.add_override("description", "overridden")
    TerraformOutput(stack, "run_id", value=later.id)
    TerraformOutput(stack, "joined", value=Fn.join("-", [assistant.id, run.status]))
    CodeReviewRun(stack, "review", code="eval(x)", language="python", assistant=assistant)
    Aspects.of(stack).add(AddsAMessage())
    provider = stack.node.find_child("openai")
    assert isinstance(provider, OpenAIProvider)
    provider.add_override("timeout", 30)


@jsii.implements(IAspect)
class AddsAMessage:
    """An aspect that adds a construct of ours while cdktf visits the tree (a callback)."""

    def visit(self, node: IConstruct) -> None:
        if isinstance(node, Thread) and node.node.id == "thread_0":
            ThreadMessage(node, "from_aspect", thread=node, content="added by an aspect")


PROGRAMS: dict[str, Callable[[App], Any]] = {
    "examples": build_all,
    "mixed": mixed,
    **{
        f"workload_{variant}": (lambda v: lambda app: workloads.build(v, _bench(app), 5))(variant)
        for variant in ("composite", "l2", "l1")
    },
}


def _bench(app: App) -> TerraformStack:
    return TerraformStack(app, "bench")


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_every_file_synth_writes_is_byte_identical_with_and_without_batching(
    name: str, tmp_path: Path
) -> None:
    program = PROGRAMS[name]
    batched = written(program, tmp_path / "batched")
    plain = without_batching(lambda: written(program, tmp_path / "plain"))
    assert sorted(batched) == sorted(plain)
    assert any(path.endswith("cdk.tf.json") for path in batched)
    for path in batched:
        assert batched[path] == plain[path], path


@pytest.mark.slow
def test_the_environment_variable_turns_batching_off_and_the_app_writes_the_same_bytes(
    tmp_path: Path,
) -> None:
    outputs = {}
    for setting in ("on", "off"):
        outdir = tmp_path / setting
        env = dict(os.environ, CDKTF_OPENAI_BATCH=setting, CDKTF_OUTDIR=str(outdir))
        probe = "from cdktf_openai import batching; print(batching.enabled())"
        done = subprocess.run(
            [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert done.stdout.strip() == str(setting == "on"), done.stderr
        subprocess.run([sys.executable, "-m", "examples"], cwd=ROOT, env=env, check=True)
        outputs[setting] = {
            str(p.relative_to(outdir)): p.read_bytes() for p in outdir.rglob("*") if p.is_file()
        }
    assert outputs["on"] == outputs["off"] and outputs["on"]


# -- a queued construct is a real construct --------------------------------------------------


def test_find_child_returns_the_queued_construct_itself(stack: TerraformStack) -> None:
    assistant, thread, run = review(stack, 0)
    assert queued(assistant, thread, run)
    assert stack.node.find_child("thread_0") is thread
    assert not queued(assistant, thread, run)  # the request sent them, in order
    assert [c.node.id for c in stack.node.children] == [
        "openai",
        "assistant_0",
        "thread_0",
        "run_0",
    ]
    assert thread.node.find_child("replace_on_change").node.path == (
        "stack/thread_0/replace_on_change"
    )


def test_the_node_of_a_queued_construct(stack: TerraformStack) -> None:
    thread = Thread(stack, "t", messages=[ChatMessage.user("hi")])
    assert queued(thread)
    assert (thread.node.path, thread.node.id, thread.node.scope) == ("stack/t", "t", stack)
    assert [c.node.id for c in thread.node.children] == ["replace_on_change"]
    assert stack.node.try_find_child("t") is thread


def test_add_override_on_a_queued_construct(stack: TerraformStack) -> None:
    assistant = Assistant(stack, "a", model="gpt-4o")
    assert queued(assistant)
    assistant.add_override("name", "Overridden")
    assistant.resource.add_override("description", "via the escape hatch")
    body = synth_stack(stack)["resource"]["openai_assistant"]["a"]
    assert (body["name"], body["description"]) == ("Overridden", "via the escape hatch")


def test_tokens_of_a_queued_construct_resolve_to_its_address(stack: TerraformStack) -> None:
    assistant, thread, run = review(stack, 0)
    assert queued(assistant, thread, run)
    identifier = thread.id  # a jsii request: the queue goes first
    assert not queued(thread) and identifier.startswith("${TfToken[")
    TerraformOutput(stack, "thread", value=identifier)
    TerraformOutput(stack, "status", value=run.status)
    outputs = synth_stack(stack)["output"]
    assert outputs["thread"]["value"] == "${openai_thread.thread_0.id}"
    assert outputs["status"]["value"] == "${openai_run.run_0.status}"


def test_a_run_wired_to_queued_constructs_references_them(stack: TerraformStack) -> None:
    # the ids are read in JavaScript, when the run is made
    assistant, thread, run = review(stack, 0)
    assert queued(assistant, thread, run)
    body = synth_stack(stack)["resource"]["openai_run"]["run_0"]
    assert body["thread_id"] == "${openai_thread.thread_0.id}"
    assert body["assistant_id"] == "${openai_assistant.assistant_0.id}"


def test_the_escape_hatch_is_the_queued_construct(stack: TerraformStack) -> None:
    assistant = Assistant(stack, "a", model="gpt-4o")
    assert queued(assistant) and assistant.resource is assistant
    assistant.resource.description = "set through the generated property"
    assert synth_stack(stack)["resource"]["openai_assistant"]["a"]["description"] == (
        "set through the generated property"
    )


def test_aspects_visit_the_queued_constructs_themselves(stack: TerraformStack) -> None:
    seen: list[Any] = []

    @jsii.implements(IAspect)
    class Record:
        def visit(self, node: IConstruct) -> None:
            seen.append(node)

    Aspects.of(stack).add(Record())
    assistant, thread, run = review(stack, 0)
    assert queued(assistant, thread, run)
    CdktfTesting.synth(stack)
    assert [n for n in seen if isinstance(n, Assistant | Thread | Run)] == [assistant, thread, run]
    assert all(any(n is c for n in seen) for c in (assistant, thread, run))


def test_policies_judge_the_queued_constructs(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    Aspects.of(app).add(AllowedModels(["gpt-4o"]))
    stack = TerraformStack(app, "stack")
    OpenAIProvider(stack, "openai")
    assistant = Assistant(stack, "a", model="gpt-3.5-turbo")
    assert queued(assistant)
    with pytest.raises(PolicyViolationError, match=r"\[stack/a\] \[policy:AllowedModels\]"):
        policy_synth(app)


def test_cdktfs_testing_helpers_see_the_queued_constructs(stack: TerraformStack) -> None:
    assistant, thread, run = review(stack, 0)
    assert queued(assistant, thread, run)
    synthesized = CdktfTesting.synth(stack)
    assert CdktfTesting.to_have_resource_with_properties(
        synthesized, "openai_run", {"thread_id": "${openai_thread.thread_0.id}"}
    )
    assert CdktfTesting.to_have_resource(synthesized, "terraform_data")
    assert Path(CdktfTesting.full_synth(stack), "stacks", "stack", "cdk.tf.json").is_file()


def test_a_construct_created_in_a_callback_is_made_before_javascript_goes_on(
    stack: TerraformStack,
) -> None:
    # cdktf calls the aspect (Python) while it visits the tree; the aspect's construct is made
    # when the callback answers, so cdktf's visit of the tree finds it as without batching
    Aspects.of(stack).add(AddsAMessage())
    review(stack, 0)
    (message,) = synth_stack(stack)["resource"]["openai_message"].values()
    assert message["content"] == "added by an aspect"
    assert message["thread_id"] == "${openai_thread.thread_0.id}"


def test_raw_l1_resources_created_between_keep_their_order(stack: TerraformStack) -> None:
    ours = Assistant(stack, "ours_1", model="gpt-4o")
    raw = RawAssistant(stack, "raw", model="gpt-4o")  # a request: ours_1 is made first
    assert not queued(ours)
    second = Assistant(stack, "ours_2", model="gpt-4o")
    raw_thread = RawThread(stack, "raw_thread")
    third = Thread(stack, "ours_3")
    assert queued(third) and not queued(second)
    assert [c.node.id for c in stack.node.children] == [
        "openai",
        "ours_1",
        "raw",
        "ours_2",
        "raw_thread",
        "ours_3",
    ]
    assert stack.node.find_child("raw") is raw and stack.node.find_child("raw_thread") is raw_thread


def test_depends_on_and_provider_between_queued_constructs(stack: TerraformStack) -> None:
    other = OpenAIProvider(stack, "other", alias="other")
    assistant, thread, run = review(stack, 0)
    later = Run(
        stack, "later", thread=thread, assistant=assistant, depends_on=[run], provider=other
    )
    assert queued(other, assistant, thread, run, later)
    body = synth_stack(stack)["resource"]["openai_run"]["later"]
    assert body["depends_on"] == ["openai_run.run_0"]
    assert body["provider"] == "openai.other"


def test_a_reference_across_stacks_to_a_queued_construct(tmp_path: Path) -> None:
    app = App(outdir=str(tmp_path))
    source = settled(TerraformStack(app, "source"))
    target = settled(TerraformStack(app, "target"))
    thread = Thread(source, "t")
    run = Run(target, "r", thread=thread, assistant="asst_1")
    assert queued(thread, run)
    app.synth()
    target_json = json.loads((tmp_path / "stacks/target/cdk.tf.json").read_text())
    source_json = json.loads((tmp_path / "stacks/source/cdk.tf.json").read_text())
    thread_id = target_json["resource"]["openai_run"]["r"]["thread_id"]
    assert thread_id.startswith("${data.terraform_remote_state.cross-stack-reference-input-source")
    assert any("openai_threadtid" in key for key in source_json["output"])


def test_override_logical_id_of_a_queued_construct(stack: TerraformStack) -> None:
    thread = Thread(stack, "t")
    assert queued(thread)
    thread.override_logical_id("renamed")
    run = Run(stack, "r", thread=thread, assistant="asst_1", replace_triggered_by=[thread])
    assert queued(run)
    resources = synth_stack(stack)["resource"]
    assert "renamed" in resources["openai_thread"]
    assert resources["openai_run"]["r"]["thread_id"] == "${openai_thread.renamed.id}"
    assert resources["openai_run"]["r"]["lifecycle"]["replace_triggered_by"] == [
        "openai_thread.renamed"
    ]
    with pytest.raises(ValidationError, match="stack/t: override_logical_id must come before"):
        thread.override_logical_id("again")


def test_unsafe_cast_of_a_queued_construct(stack: TerraformStack) -> None:
    from cdktf_openai.core import ITerraformDependable

    thread = Thread(stack, "t")
    assert queued(thread)
    dependable = jsii.unsafe_cast(thread, ITerraformDependable)
    assert dependable.fqn.startswith("${TfToken[")


def test_a_subclass_that_overrides_a_jsii_member_is_created_at_once(stack: TerraformStack) -> None:
    class Custom(Thread):
        def to_string(self) -> str:
            return "custom"

    custom = Custom(stack, "custom")
    assert not queued(custom)  # jsii installs a callback for to_string: only the kernel can
    assert stack.node.find_child("custom") is custom

    class CustomRun(Run):
        def to_string(self) -> str:
            return "custom run"

    thread = Thread(stack, "queued_thread")
    assert queued(thread)
    run = CustomRun(stack, "run", thread=thread, assistant="asst_1")  # reads thread.id itself
    assert not queued(thread, run)
    body = synth_stack(stack)["resource"]["openai_run"]["run"]
    assert body["thread_id"] == "${openai_thread.queued_thread.id}"


# -- errors name the construct that caused them, from its constructor, as without batching ------


def outcome(program: Callable[[TerraformStack], Any]) -> tuple[str, str]:
    """The error ``program`` raises in a fresh stack (type and message), or ``("", "")``."""
    stack = TerraformStack(App(), "stack")
    OpenAIProvider(stack, "openai")
    try:
        program(stack)
    except Exception as error:  # any error: compared below
        return type(error).__name__, str(error)
    return "", ""


def _twice_ours(stack: TerraformStack) -> None:
    Thread(stack, "x")
    Assistant(stack, "x", model="gpt-4o")


def _after_a_raw_resource(stack: TerraformStack) -> None:
    Thread(stack, "before")
    RawThread(stack, "x")
    Thread(stack, "between")
    Assistant(stack, "x", model="gpt-4o")


def _after_a_plain_construct(stack: TerraformStack) -> None:
    Thread(stack, "a")
    assert stack.node.path == "stack"  # a request: Python's view of the children is re-read
    Construct(stack, "x")
    Assistant(stack, "x", model="gpt-4o")


def _same_name_after_sanitizing(stack: TerraformStack) -> None:
    Thread(stack, "a/b")  # filed as "a--b"
    Assistant(stack, "a--b", model="gpt-4o")


def _composite_twice(stack: TerraformStack) -> None:
    CodeReviewRun(stack, "review", code="x", language="python", model="gpt-4o")
    CodeReviewRun(stack, "review", code="y", language="python", model="gpt-4o")


def _removed_then_again(stack: TerraformStack) -> None:
    Thread(stack, "x")
    assert stack.node.try_remove_child("x")
    Thread(stack, "x")
    Assistant(stack, "x", model="gpt-4o")  # the second one's name is taken again


def _locked_scope(stack: TerraformStack) -> None:
    Thread(stack, "a")
    stack.node.lock()
    Thread(stack, "b")


def _bad_value(stack: TerraformStack) -> None:
    Thread(stack, "ok")
    Run(stack, "run", thread="t", assistant="a", temperature=2.5)


ERRORS = {
    "duplicate id, both ours": _twice_ours,
    "duplicate id of a raw resource": _after_a_raw_resource,
    "duplicate id of a plain construct": _after_a_plain_construct,
    "duplicate id after sanitizing": _same_name_after_sanitizing,
    "duplicate composite": _composite_twice,
    "a removed child's id": _removed_then_again,
    "locked scope": _locked_scope,
    "bad value": _bad_value,
}


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_an_error_at_creation_is_raised_by_the_constructor_as_without_batching(name: str) -> None:
    program = ERRORS[name]
    batched = outcome(program)
    assert batched == without_batching(lambda: outcome(program))
    assert batched[0], "the program must fail"
    assert not batching._batch.entries  # nothing of the failed program is left queued


def test_a_duplicate_id_names_the_construct_that_repeats_it() -> None:
    kind, message = outcome(_after_a_raw_resource)
    assert (kind, message) == (
        "ValidationError",
        "stack/x: id must be unique among the scope's children, got 'x'",
    )


def test_an_error_javascript_raises_when_the_queue_is_sent_names_the_construct(
    stack: TerraformStack, monkeypatch: pytest.MonkeyPatch
) -> None:
    # not reachable through the library's constructors (each error above is predicted); a
    # stale view of the children lets a duplicate into the queue, to show what would happen
    Thread(stack, "x")
    batching.flush()
    monkeypatch.setattr(batching, "_children_of", lambda scope: set())
    Thread(stack, "ok")
    Assistant(stack, "x", model="gpt-4o")
    monkeypatch.undo()
    with pytest.raises(ValidationError) as caught:
        CdktfTesting.synth(stack)
    assert str(caught.value) == "stack/x: id must be unique among the scope's children, got 'x'"
    assert stack.node.find_child("ok").node.path == "stack/ok"  # made before the failure

    locked = TerraformStack(App(), "locked")
    locked.node.lock()
    monkeypatch.setattr(batching, "_children_of", lambda scope: set())
    Thread(locked, "t")
    monkeypatch.undo()
    with pytest.raises(RuntimeError, match=r'^locked/t: Cannot add children to "locked"'):
        batching.flush()


def test_a_javascript_constructor_error_names_the_construct_and_the_line_that_created_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # JavaScript runs a queued constructor when the queue is sent: its error is raised by the
    # line that sends the next request (here app.synth()), naming the construct and its line
    app = App()
    locked = TerraformStack(app, "locked")
    OpenAIProvider(locked, "openai")
    locked.node.lock()
    monkeypatch.setattr(batching, "_children_of", lambda scope: set())
    Thread(locked, "ok")  # queued, and not sent ...
    created = sys._getframe().f_lineno - 1
    monkeypatch.undo()
    with pytest.raises(RuntimeError) as caught:
        app.synth()  # ... until this request
    assert str(caught.value) == (
        f'locked/ok: Cannot add children to "locked" during synthesis (created at '
        f"{__file__}:{created}; JavaScript ran its constructor when the queue was sent)"
    )
    assert not batching._batch.entries


# -- what batching saves ------------------------------------------------------------------------


def requests(program: Callable[[], Any], monkeypatch: pytest.MonkeyPatch) -> int:
    """How many jsii requests ``program`` sends (each one a round trip to node)."""
    from jsii._kernel.providers.process import _NodeProcess

    count = 0
    send = _NodeProcess.send

    def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal count
        count += 1
        return send(*args, **kwargs)

    monkeypatch.setattr(_NodeProcess, "send", counted)
    program()
    monkeypatch.setattr(_NodeProcess, "send", send)
    return count


def test_a_hundred_reviews_are_made_in_a_few_round_trips(monkeypatch: pytest.MonkeyPatch) -> None:
    def build(n: int) -> Callable[[], None]:
        def program() -> None:
            app = App()
            stack = TerraformStack(app, "bench")
            workloads.build("composite", stack, n)
            workloads.build("l2", TerraformStack(app, "l2"), n)
            batching.flush()

        return program

    few, many = requests(build(1), monkeypatch), requests(build(100), monkeypatch)
    assert many == few  # independent of N
    plain = without_batching(lambda: requests(build(100), monkeypatch))
    assert plain > 100 * 6 and many < 40
