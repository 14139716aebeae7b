"""Each workaround of jsii or cdktf internals fails here first if the pinned behaviour changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from cdktf import Annotations, App, TerraformStack
from constructs import Construct
from hypothesis import given, settings
from hypothesis import strategies as st

from cdktf_openai.generated.thread import Thread as RawThread
from cdktf_openai.workarounds import annotate, terraform_name

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
