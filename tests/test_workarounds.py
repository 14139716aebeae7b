"""Each workaround of jsii or cdktf internals fails here first if the pinned behaviour changes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsii
import pytest
from constructs import Construct, IConstruct, IValidation
from hypothesis import given, settings
from hypothesis import strategies as st

from cdktf_openai.core import (
    CORE,
    Annotations,
    App,
    Aspects,
    DefaultTokenResolver,
    IAspect,
    Op,
    StringConcat,
    TerraformResourceLifecycle,
    TerraformStack,
    TerraformVariable,
    Token,
    Tokenization,
)
from cdktf_openai.core import Testing as CdktfTesting
from cdktf_openai.l1.thread import Thread as RawThread
from cdktf_openai.workarounds import (
    CLI_VARIABLE,
    annotate,
    annotation_errors,
    bind_reference,
    creates_like_its_class,
    is_duplicate_id_error,
    is_jsii_value,
    jsii_batching_supported,
    pending_reference,
    python_only,
    python_only_property,
    range_condition,
    resource_address,
    same_object,
    sanitized_id,
    split_string_tokens,
    static_invoke_unresolved,
    struct,
    struct_fields,
    terraform_name,
)
from tests.conftest import OLD_TERRAFORM_MESSAGE, ROOT, run_with_fake_terraform

#: Ids that exercise cdktf's special cases: hidden ids, repeated tails, separators.
SPECIAL = st.sampled_from(["Default", "Resource", "a", "ba", "x.y", "1", "a/b", "a\nb", "é", "_"])
IDS = SPECIAL | st.text(st.characters(codec="utf-8"), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(IDS, min_size=1, max_size=4), st.sampled_from([1, 40, 300]))
def test_terraform_name_is_the_name_cdktf_gives(path: list[str], repeat: int) -> None:
    # cdktf lib/private/unique.ts (makeUniqueId) and constructs' sanitizeId, as pinned
    path = [path[0] * repeat, *path[1:]]  # long first ids take cdktf's hashed branch
    stack = TerraformStack(App(), "stack")
    scope: Construct = stack
    for id in path[:-1]:
        scope = Construct(scope, id)
    try:
        resource = RawThread(scope, path[-1])
        expected = stack.get_logical_id(resource)
    except RuntimeError as error:  # every id "Default": cdktf cannot name it
        assert "for an empty set of components" in str(error)
        assert set(path) == {"Default"} and terraform_name(path) == ""
        return
    assert terraform_name(path) == expected


def test_annotate_adds_what_cdktfs_annotations_add_without_the_trace(tmp_path: Path) -> None:
    # cdktf lib/annotations.ts: "@cdktf/warn" / "@cdktf/error" metadata, with a stack trace
    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "stack")
    theirs, ours = Construct(stack, "theirs"), Construct(stack, "ours")
    Annotations.of(theirs).add_warning("w")
    Annotations.of(theirs).add_error("e")
    annotate(ours, "warning", "w")
    annotate(ours, "error", "e")
    entries = {
        name: [(e.type, e.data, bool(e.trace)) for e in node.node.metadata]
        for name, node in (("theirs", theirs), ("ours", ours))
    }
    assert entries == {
        "theirs": [("@cdktf/warn", "w", True), ("@cdktf/error", "e", True)],
        "ours": [("@cdktf/warn", "w", False), ("@cdktf/error", "e", False)],
    }
    # cdktf's synthesizer collects ours as error annotations, and stops on them
    with pytest.raises(RuntimeError, match=r"\n\[stack/theirs\] e\n\[stack/ours\] e\n"):
        app.synth()


def test_a_duplicate_id_is_reported_in_the_words_we_recognise() -> None:
    # constructs lib/construct.ts (addChild): a RuntimeError that carries only this message
    stack = TerraformStack(App(), "stack")
    Construct(stack, "twice")
    with pytest.raises(RuntimeError) as caught:
        RawThread(stack, "twice")
    assert is_duplicate_id_error(caught.value)
    assert not is_duplicate_id_error(RuntimeError("Error: something else"))


def test_cdktf_lists_error_annotations_in_the_words_we_parse(tmp_path: Path) -> None:
    # cdktf lib/errors.ts (encounteredAnnotationWithLevelError)
    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "stack")
    Annotations.of(Construct(stack, "a")).add_error("first")
    Annotations.of(Construct(stack, "b")).add_error("second")
    with pytest.raises(RuntimeError) as caught:
        app.synth()
    assert annotation_errors(caught.value) == ["[stack/a] first", "[stack/b] second"]
    assert annotation_errors(RuntimeError("Error: another failure")) is None


def test_a_literal_on_the_right_of_an_op_is_lost_so_ranges_put_it_on_the_left() -> None:
    # cdktf 0.21 renders Op.gte(token, 0) as `(var.x >= undefined)`; cdktn 0.24 fixed it, and
    # the literal on the left renders the same on both
    stack = TerraformStack(App(), "stack")
    value = TerraformVariable(stack, "x", type="number").number_value

    def rendered(condition: object) -> object:
        resolver = DefaultTokenResolver(StringConcat())
        return Tokenization.resolve(condition, scope=stack, preparing=False, resolver=resolver)

    if CORE == "cdktf":
        assert "undefined" in str(rendered(Op.gte(value, 0)))
    else:
        assert rendered(Op.gte(value, 0)) == "${(var.x >= 0)}"
    assert rendered(range_condition(value, 0, 2)) == "${((0 <= var.x) && (2 >= var.x))}"


def test_cdktf_never_visits_an_aspect_of_the_app_and_validates_after_aspects(
    tmp_path: Path,
) -> None:
    # cdktf lib/synthesize/synthesizer.ts: invokeAspects(stack), then runAllValidations();
    # policies/inheritance.py relies on both
    visited: list[str] = []

    @jsii.implements(IAspect)
    class Record:
        def visit(self, node: IConstruct) -> None:
            visited.append(f"{self.where}:{node.node.path}")

        def __init__(self, where: str) -> None:
            self.where = where

    @jsii.implements(IValidation)
    class Validation:
        def validate(self) -> list[str]:
            visited.append("validation")
            return []

    app = App(outdir=str(tmp_path))
    stack = TerraformStack(app, "stack")
    Aspects.of(app).add(Record("app"))
    Aspects.of(stack).add(Record("stack"))
    stack.node.add_validation(Validation())
    app.synth()
    assert not [v for v in visited if v.startswith("app:")]
    assert visited[0] == "stack:stack" and visited[-1] == "validation"


def test_the_cdktf_cli_tells_the_app_it_runs_by_this_variable() -> None:
    # @cdktf/cli-core synth-stack: the environment of the app the CLI runs
    synth_stack = ROOT / "node_modules" / "@cdktf" / "cli-core" / "src" / "lib" / "synth-stack.js"
    assert f"{CLI_VARIABLE}: outdir" in synth_stack.read_text()


def test_cdktf_renders_a_resource_in_replace_triggered_by_as_terraform_json_refuses() -> None:
    # cdktf lib/terraform-resource.ts (lifecycleToTerraform): "${type.name}"; Terraform's JSON
    # syntax takes a bare address there, as for depends_on
    stack = TerraformStack(App(), "stack")
    trigger = RawThread(stack, "trigger")
    RawThread(stack, "cdktf", lifecycle=TerraformResourceLifecycle(replace_triggered_by=[trigger]))
    RawThread(
        stack,
        "ours",
        lifecycle=TerraformResourceLifecycle(replace_triggered_by=[resource_address(trigger)]),
    )
    threads = json.loads(CdktfTesting.synth(stack))["resource"]["openai_thread"]
    assert threads["cdktf"]["lifecycle"]["replace_triggered_by"] == ["${openai_thread.trigger}"]
    assert threads["ours"]["lifecycle"]["replace_triggered_by"] == ["openai_thread.trigger"]


def test_an_object_javascript_made_may_come_back_as_another_python_object() -> None:
    # jsii 1.142: the App of Testing.app() is made in JavaScript; read back as a stack's root,
    # it is a new Python proxy each time, with the same reference; an object Python made is
    # itself
    app = CdktfTesting.app()
    stack = TerraformStack(app, "stack")
    assert stack.node.root is not app
    assert stack.node.root.__jsii_ref__.ref == app.__jsii_ref__.ref  # type: ignore[attr-defined]
    assert same_object(stack.node.root, app)
    mine = App()
    assert TerraformStack(mine, "stack").node.root is mine
    assert not same_object(stack.node.root, mine)
    assert not same_object(stack, TerraformStack(app, "other"))


#: Four DataResources in two stacks; three of them get ``check_terraform_version_once`` as our
#: guard companions do. Prints what ``node.validate()`` (their checks) returns for each.
_VERSION_CHECKS = """
import json
from cdktf_openai.core import App, DataResource, TerraformStack
from cdktf_openai.workarounds import check_terraform_version_once

app = App()
stack, other = TerraformStack(app, "stack"), TerraformStack(app, "other")
plain = DataResource(stack, "plain")
first, second = DataResource(stack, "first"), DataResource(stack, "second")
elsewhere = DataResource(other, "elsewhere")
for companion in (first, second, elsewhere):
    check_terraform_version_once(companion)
print(json.dumps({d.node.id: d.node.validate() for d in (plain, first, second, elsewhere)}))
"""


def test_a_data_resource_has_one_terraform_version_check_which_can_be_left_to_another(
    tmp_path: Path,
) -> None:
    # cdktf lib/terraform-data-resource.ts adds one ValidateTerraformVersion(">=1.4") to each
    # DataResource; constructs keeps it in node._validations, where scripts/batch.ts finds it
    # by its class name and removes it from all but the first companion of each stack
    done, calls = run_with_fake_terraform(_VERSION_CHECKS, tmp_path, version="1.3.0")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {
        "plain": [OLD_TERRAFORM_MESSAGE],  # untouched: cdktf's check, once
        "first": [OLD_TERRAFORM_MESSAGE],  # the first companion of its stack keeps it
        "second": [],  # the others lose it
        "elsewhere": [OLD_TERRAFORM_MESSAGE],  # the first of another stack keeps it
    }
    assert calls == ["version"] * 3


# -- batching (cdktf_openai/batching.py) relies on these ------------------------------------------


@pytest.mark.parametrize("id", ["plain", "a/b", "a\nb", "a--b", "Default"])
def test_constructs_files_a_child_under_its_sanitized_id(id: str) -> None:
    # constructs lib/construct.ts: sanitizeId, and addChild's refusal of a name taken
    stack = TerraformStack(App(), "stack")
    child = Construct(stack, id)
    assert child.node.id == sanitized_id(id)
    assert stack.node.try_find_child(id) is child
    with pytest.raises(RuntimeError) as caught:
        Construct(stack, sanitized_id(id))
    assert is_duplicate_id_error(caught.value)


def test_jsii_registers_a_plain_function_as_an_override_but_not_a_python_only_one() -> None:
    # jsii._kernel._get_overides: functions named as a jsii member, in non-jsii classes
    from jsii._kernel import _get_overides

    class Plain(RawThread):
        def override_logical_id(self, new_logical_id: str) -> None:
            super().override_logical_id(new_logical_id)

    class Hidden(RawThread):
        @python_only
        def override_logical_id(self, new_logical_id: str) -> None:
            super().override_logical_id(new_logical_id)
            self.called = new_logical_id

    overrides = [o.method for o in _get_overides(Plain, object.__new__(Plain))]
    assert overrides == ["overrideLogicalId"]
    assert _get_overides(Hidden, object.__new__(Hidden)) == []
    stack = TerraformStack(App(), "stack")
    hidden = Hidden(stack, "t")
    hidden.override_logical_id("renamed")  # Python calls reach it, and it reaches jsii
    assert hidden.called == "renamed"
    assert "renamed" in json.loads(CdktfTesting.synth(stack))["resource"]["openai_thread"]
    assert Hidden.override_logical_id.__doc__ == Plain.override_logical_id.__doc__


def test_jsii_registers_a_property_as_an_override_but_not_a_python_only_one() -> None:
    # jsii._kernel._get_overides: data descriptors named as a jsii property, in non-jsii classes
    from jsii._kernel import _get_overides

    class Plain(RawThread):
        @property
        def created_at(self) -> float:
            return 1.0

    class Hidden(RawThread):
        @python_only_property
        def created_at(self) -> float:
            """Mine."""
            return 2.0

    overrides = [o.property for o in _get_overides(Plain, object.__new__(Plain))]
    assert overrides == ["createdAt"]
    assert _get_overides(Hidden, object.__new__(Hidden)) == []
    hidden = Hidden(TerraformStack(App(), "stack"), "t")
    assert hidden.created_at == 2.0  # it comes before the generated getter
    assert RawThread.created_at.fget(hidden) != 2.0  # type: ignore[attr-defined]
    assert Hidden.created_at.__doc__ == "Mine."


def test_the_library_s_classes_are_created_as_new_of_their_jsii_class() -> None:
    import cdktf_openai as library
    from cdktf_openai.core import DataResource

    classes = [getattr(library, name) for name in ("Assistant", "Thread", "Run", "ThreadMessage")]
    classes += [getattr(library, name) for name in ("File", "VectorStore", "VectorStoreFile")]
    classes += [library.Response, library.OpenAIProvider, library.CodeReviewRun, DataResource]
    classes += [library.Conversation, library.DocumentSearch, library.CodeReviewResponse]
    assert all(creates_like_its_class(c) for c in (*classes, RawThread, Construct))

    class WithOverride(RawThread):
        def to_string(self) -> str:
            return "mine"

    @jsii.implements(IAspect)
    class WithInterface(Construct):
        def visit(self, node: IConstruct) -> None:
            pass

    assert not creates_like_its_class(WithOverride)
    assert not creates_like_its_class(WithInterface)
    assert not creates_like_its_class(str)


def test_every_request_goes_through_the_kernel_s_provider() -> None:
    # jsii/__init__.py binds create, get, ... to the one Kernel; Kernel calls self.provider.<m>
    from cdktf_openai import batching  # installs the hook

    assert batching.enabled() and jsii_batching_supported()
    for name in ("create", "get", "set", "invoke", "sinvoke", "sget", "sset"):
        assert getattr(jsii, name).__self__ is jsii.kernel
    provider: Any = jsii.kernel.provider
    original = provider._hook
    calls: list[int] = []
    provider._hook = lambda: calls.append(1)

    def hooked(operation: Callable[[], object]) -> int:
        calls.clear()
        operation()
        return len(calls)

    try:
        app = App()
        stack = TerraformStack(app, "stack")
        assert hooked(lambda: Construct(stack, "c")) == 1  # create
        assert hooked(lambda: stack.node) == 1  # get
        assert hooked(lambda: Construct(stack, "d").node.add_metadata("k", "v")) == 3  # +invoke
        assert hooked(lambda: RawThread.TF_RESOURCE_TYPE) == 1  # static get
        assert hooked(lambda: Op.lte(1, 2)) == 1  # static invoke
        thread = RawThread(stack, "t")
        assert hooked(lambda: setattr(thread, "metadata", {"k": "v"})) == 1  # set
        # a callback: cdktf calls the aspect, whose answer is a request too
        Aspects.of(stack).add(_Visit())
        assert hooked(lambda: CdktfTesting.synth(stack)) > 2
        assert hooked(lambda: jsii.unsafe_cast(stack, IConstruct)) == 1  # copies the reference
    finally:
        provider._hook = original


@jsii.implements(IAspect)
class _Visit:
    def visit(self, node: IConstruct) -> None:
        pass


def test_a_request_reads_an_objects_reference_only_when_it_is_sent() -> None:
    # Kernel.get puts obj.__jsii_ref__ (the ObjRef itself) into the request; the provider turns
    # it into text when it sends it; ObjRef is a frozen attrs class whose slots can still be set
    from jsii._kernel.types import ObjRef

    stack: Any = TerraformStack(App(), "stack")
    placeholder = pending_reference()
    assert isinstance(placeholder, ObjRef) and placeholder.ref.startswith("cdktf-openai.pending@")
    stand_in: Any = object.__new__(TerraformStack)
    stand_in.__jsii_ref__ = placeholder
    provider: Any = jsii.kernel.provider
    original = provider._hook

    def bind() -> None:  # what batching does before the request goes out
        original()
        if placeholder.ref.startswith("cdktf-openai.pending@"):
            bind_reference(stand_in, placeholder, stack.__jsii_ref__)

    provider._hook = bind
    try:
        assert stand_in.node.path == "stack"
    finally:
        provider._hook = original
    assert placeholder.ref == stack.__jsii_ref__.ref
    assert jsii._reference_map.resolve_id(placeholder.ref) is stand_in


def test_jsii_files_a_new_object_under_its_reference_after_its_init() -> None:
    # JSIIMeta.__call__ registers the instance in jsii._reference_map._refs._refs after __init__
    placeholder = pending_reference()

    class Waiting(Construct):
        def __init__(self) -> None:
            self.__jsii_ref__ = placeholder  # not created in JavaScript

    waiting = Waiting()
    refs: Any = jsii._reference_map._refs._refs
    assert refs[placeholder.ref] is waiting
    del refs[placeholder.ref]


def test_a_static_call_can_return_references_unresolved() -> None:
    from jsii._kernel.types import ObjRef

    from cdktf_openai import batching
    from cdktf_openai.l1.batching import Batch

    stack = TerraformStack(App(), "stack")
    specs = json.dumps({"t": ["constructs.Construct"], "s": [[0, {"$o": 0}, "made"]]})
    (made,) = static_invoke_unresolved(batching._provider, Batch, "create", [specs, [stack]])
    assert isinstance(made, ObjRef) and made.ref.startswith("constructs.Construct@")
    # the kernel knows it; Python does not until it is resolved
    found: Any = stack.node.find_child("made")
    assert found.__jsii_ref__.ref == made.ref


def test_struct_fields_are_what_jsii_sends_in_its_order() -> None:
    from jsii._kernel import _make_reference_for_native

    from cdktf_openai.l1.run import RunConfig

    config = struct(
        RunConfig,
        thread_id="t",
        assistant_id="a",
        temperature=0.5,
        lifecycle=TerraformResourceLifecycle(replace_triggered_by=["openai_thread.t"]),
    )
    sent = _make_reference_for_native(jsii.kernel, config)["$jsii.struct"]
    assert sent["fqn"] == getattr(RunConfig, "__jsii_type__")  # noqa: B009
    data = {k: v for k, v in sent["data"].items() if v is not None}
    assert [name for name, _ in struct_fields(config)] == list(data)
    assert is_jsii_value(config) == "struct"
    assert is_jsii_value(TerraformStack(App(), "s")) == "object"
    assert is_jsii_value({"a": 1}) is None and is_jsii_value("x") is None


def test_javascript_constructors_add_one_child_to_their_scope_and_nothing_else() -> None:
    # batching keeps each scope's children in Python: a construct made in a batch must change
    # no other scope's children (scripts/batch.ts creates these classes)
    import importlib

    from cdktf_openai.core import DataResource
    from cdktf_openai.l1 import __name__ as layer
    from cdktf_openai.l1.batching import Batch

    names = ["assistant", "file", "message", "model_response", "provider", "run", "thread"]
    names += ["thread_run", "vector_store", "vector_store_file"]
    classes: list[Any] = [DataResource, Construct]
    for name in names:
        module = importlib.import_module(f"{layer}.{name}")
        classes += [
            c
            for c in vars(module).values()
            if isinstance(c, type) and hasattr(c, "TF_RESOURCE_TYPE")
        ]
    classes += [importlib.import_module(f"{layer}.provider").OpenaiProvider]
    app = App()
    stack = TerraformStack(app, "stack")
    for i, klass in enumerate(dict.fromkeys(classes)):
        before = {c.node.path for c in app.node.find_all()}
        specs = json.dumps({"t": [klass.__jsii_type__], "s": [[0, {"$o": 0}, f"c{i}", {}]]})
        (made,) = jsii.sinvoke(Batch, "create", [specs, [stack]])
        assert not isinstance(made, str), (klass, made)
        after = {c.node.path for c in app.node.find_all()}
        assert after - before == {f"stack/c{i}"}, klass


def test_cdktf_writes_literal_text_as_it_is_so_escaping_it_once_is_right() -> None:
    # cdktf_openai.literal escapes ${ and %{ itself: cdktf must not escape them again (neither
    # in a plain string nor around a token), or the text would gain dollars.
    stack = TerraformStack(App(), "stack")
    who = TerraformVariable(stack, "who", type="string").string_value
    RawThread(stack, "t", metadata={"a ${b} %{c}": f"$${{d}} %%{{e}} {who} ${{f}}"})
    thread = json.loads(CdktfTesting.synth(stack))["resource"]["openai_thread"]["t"]
    assert thread["metadata"] == {"a ${b} %{c}": "$${d} %%{e} ${var.who} ${f}"}


def test_split_string_tokens_cuts_a_string_where_cdktf_finds_its_tokens() -> None:
    stack = TerraformStack(App(), "stack")
    a = TerraformVariable(stack, "a", type="string").string_value
    b = TerraformVariable(stack, "b", type="string").string_value
    for text in (f"x {a} y{b}", f"{a}", "no token ${x}", f"{a}{b}$"):
        parts = split_string_tokens(text)
        assert "".join(parts) == text
        assert len(parts[1::2]) == len(Tokenization.reverse_string(text).tokens), text
        assert all(Token.is_unresolved(token) for token in parts[1::2]), text
        assert not any(Token.is_unresolved(literal) for literal in parts[0::2]), text
