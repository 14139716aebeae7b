"""Each workaround of jsii or cdktf internals fails here first if the pinned behaviour changes."""

from __future__ import annotations

import json
from pathlib import Path

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
    Tokenization,
)
from cdktf_openai.core import Testing as CdktfTesting
from cdktf_openai.l1.thread import Thread as RawThread
from cdktf_openai.workarounds import (
    CLI_VARIABLE,
    annotate,
    annotation_errors,
    is_duplicate_id_error,
    range_condition,
    resource_address,
    terraform_name,
)
from tests.conftest import ROOT

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
