"""Code written for 0.2 is told what to write instead (``cdktf_openai.upgrading``).

A renamed name works and warns (``DeprecationWarning`` at the user's line); a removed name or
keyword is an error naming the reason and the replacement. Every old name of
``upgrading.OLD_NAMES`` and ``REMOVED_KEYWORDS`` is tried, at run time and for mypy.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import types
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import cdktf_openai
from cdktf_openai import (
    ChatMessage,
    CodeReviewRun,
    Conversation,
    Defaults,
    DocumentSearch,
    Run,
    Thread,
)
from cdktf_openai.core import CORE, TerraformStack
from cdktf_openai.upgrading import (
    ALIASES_REMOVED_IN,
    OLD_NAMES,
    REMOVED_KEYWORDS,
    Removed,
    Renamed,
)
from tests.conftest import ROOT

RENAMED = [
    pytest.param(module, name, change, id=f"{module}.{name}")
    for module, names in OLD_NAMES.items()
    for name, change in names.items()
    if isinstance(change, Renamed)
]
REMOVED = [
    pytest.param(module, name, change, id=f"{module}.{name}")
    for module, names in OLD_NAMES.items()
    for name, change in names.items()
    if isinstance(change, Removed)
]


def test_every_name_and_keyword_that_0_3_removed_or_renamed_is_covered() -> None:
    # from the CHANGELOG's 0.3.0 "Breaking" entries and the public names 0.2.0 exported
    assert {f"{module}.{name}" for module, names in OLD_NAMES.items() for name in names} == {
        "cdktf_openai.Message",
        "cdktf_openai.policies.RequireCompletionWindow",
        "cdktf_openai.limits.COMPLETION_WINDOW",
    }
    assert set(REMOVED_KEYWORDS) == {"completion_window"}


def test_the_upgrading_guide_states_the_policy_and_every_old_name() -> None:
    section = (ROOT / "docs" / "upgrading.md").read_text()
    assert "**Deprecation policy.**" in section and "DeprecationWarning" in section
    assert f"removed in {ALIASES_REMOVED_IN}" in section
    for name in [*(n for names in OLD_NAMES.values() for n in names), *REMOVED_KEYWORDS]:
        assert f"`{name}" in section or f"`limits.{name}`" in section, name


def test_a_renamed_name_works_and_warns_at_the_users_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # no name is in its deprecation window now (Message's alias went in 0.5.0): the policy's
    # mechanism is tried on a module of its own, as the next rename will use it
    from cdktf_openai.upgrading import old_name

    module = types.ModuleType("renamed_module")
    module.New = ChatMessage  # type: ignore[attr-defined]
    module.__getattr__ = lambda name: old_name("renamed_module", name)  # type: ignore[method-assign]
    change = Renamed("New", "the reason", lambda: ChatMessage)
    monkeypatch.setitem(OLD_NAMES, "renamed_module", {"Old": change})
    monkeypatch.setitem(sys.modules, "renamed_module", module)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        namespace: dict[str, Any] = {}
        exec(compile("from renamed_module import Old", __file__, "exec"), namespace)
    (warning,) = caught  # once, though the import system looks the name up twice
    assert warning.category is DeprecationWarning
    assert warning.filename == __file__
    text = str(warning.message)
    assert "renamed_module.Old is deprecated: it was renamed New in 0.3.0 (the reason)" in text
    assert f"write New. The alias is removed in {ALIASES_REMOVED_IN}." in text
    assert namespace["Old"] is ChatMessage
    assert not RENAMED  # nothing else is in its window: a new alias gets a test of its own


def test_message_is_gone_and_says_to_write_chat_message() -> None:
    expected = (
        "cdktf_openai.Message was removed in 0.5.0, because 0.3.0 renamed it ChatMessage "
        "(Message is also the generated openai_message resource, whose L2 is ThreadMessage) "
        "and its deprecated alias has gone. Write ChatMessage: `from cdktf_openai import "
        "ChatMessage`."
    )
    assert ALIASES_REMOVED_IN == "0.5.0"
    with pytest.raises(AttributeError) as read:
        cdktf_openai.Message  # type: ignore[attr-defined]  # noqa: B018
    assert str(read.value) == expected
    with pytest.raises(ImportError) as imported:
        from cdktf_openai import Message  # type: ignore[attr-defined]  # noqa: F401
    assert str(imported.value) == expected
    assert "Message" not in cdktf_openai.__all__ and "Message" not in dir(cdktf_openai)


@pytest.mark.parametrize(("module", "name", "change"), REMOVED)
def test_a_removed_name_says_why_and_what_instead(module: str, name: str, change: Removed) -> None:
    because = f"because {change.why}. {change.instead}"
    expected = f"{module}.{name} was removed in {change.release}, {because}"
    with pytest.raises(ImportError) as imported:
        exec(compile(f"from {module} import {name}", __file__, "exec"), {})
    assert str(imported.value) == expected
    package = importlib.import_module(module)
    with pytest.raises(AttributeError) as read:
        getattr(package, name)
    assert str(read.value) == expected
    assert not hasattr(package, name)  # hasattr still works: an AttributeError


def test_the_removed_policy_names_its_replacement() -> None:
    with pytest.raises(ImportError, match=r"never reads.*RequireTokenLimit\(maximum=\.\.\.\)"):
        from cdktf_openai.policies import RequireCompletionWindow  # type: ignore[attr-defined]  # noqa: F401


def test_a_name_that_never_existed_is_pythons_own_error() -> None:
    with pytest.raises(AttributeError, match=r"^module 'cdktf_openai' has no attribute 'Nope'$"):
        cdktf_openai.Nope  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(ImportError, match=r"^cannot import name 'Nope' from 'cdktf_openai'"):
        from cdktf_openai import Nope  # type: ignore[attr-defined]  # noqa: F401


WHY = "provider 1.2.0 never reads completion_window"

#: Each constructor that took ``completion_window`` in 0.2.
TOOK_COMPLETION_WINDOW: dict[str, Callable[[TerraformStack], object]] = {
    "Run": lambda s: Run(s, "subject", thread="t", assistant="a", completion_window=600),  # type: ignore[call-arg]
    "CodeReviewRun": lambda s: CodeReviewRun(
        s,
        "subject",
        code="x = 1",
        language="python",
        model="gpt-4o",
        completion_window=600,  # type: ignore[call-arg]
    ),
    "Conversation": lambda s: Conversation(s, "subject", assistant="a", completion_window=600),  # type: ignore[call-arg]
    "DocumentSearch": lambda s: DocumentSearch(
        s,
        "subject",
        question="Why?",
        documents=[Path(__file__)],
        model="gpt-4o",
        completion_window=600,  # type: ignore[call-arg]
    ),
    "Defaults": lambda s: Defaults(model="gpt-4o", completion_window=600),  # type: ignore[call-arg]
}


@pytest.mark.parametrize("owner", TOOK_COMPLETION_WINDOW)
def test_completion_window_is_a_type_error_saying_why(stack: TerraformStack, owner: str) -> None:
    with pytest.raises(TypeError) as caught:
        TOOK_COMPLETION_WINDOW[owner](stack)
    message = str(caught.value)
    assert message.startswith(
        f"{owner}.__init__() got an unexpected keyword argument 'completion_window': it was "
        "removed in 0.3.0, because "
    )
    assert WHY in message and "openai_thread_run with max_completion_tokens" in message
    assert stack.node.try_find_child("subject") is None


def test_other_unknown_keywords_keep_pythons_words(stack: TerraformStack) -> None:
    with pytest.raises(
        TypeError,
        match=r"^Thread\.__init__\(\) got an unexpected keyword argument 'completion_windows'$",
    ):
        Thread(stack, "thread", completion_windows=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'window'$"):
        Defaults(window=1)  # type: ignore[call-arg]


def test_defaults_still_copy_and_replace() -> None:
    import copy
    import dataclasses

    defaults = Defaults(model="gpt-4o", temperature=0.5)
    assert copy.deepcopy(defaults) == defaults
    assert dataclasses.replace(defaults, temperature=1.0).temperature == 1.0


def test_pinned_cpython_from_import_loses_an_attribute_errors_message() -> None:
    # why upgrading.old_name raises ImportError itself under `from ... import`: CPython's
    # IMPORT_FROM replaces the AttributeError of a module's __getattr__ with its own words
    module = types.ModuleType("pinned_module")

    def getattr_(name: str) -> Any:
        raise AttributeError("the reason")

    module.__getattr__ = getattr_  # type: ignore[method-assign]
    sys.modules["pinned_module"] = module
    try:
        with pytest.raises(ImportError) as caught:
            exec("from pinned_module import anything", {})
        assert "the reason" not in str(caught.value)
        assert str(caught.value).startswith("cannot import name 'anything' from 'pinned_module'")
    finally:
        del sys.modules["pinned_module"]


#: A user's file written for 0.2: each old name is an error for mypy.
USER_FILE_FOR_0_2 = """\
from cdktf_openai import Message
from cdktf_openai.policies import RequireCompletionWindow
from cdktf_openai.limits import COMPLETION_WINDOW
from cdktf_openai import Defaults, Run
from cdktf_openai.core import App, TerraformStack

stack = TerraformStack(App(), "stack")
Run(stack, "run", thread="t", assistant="a", completion_window=600)
Defaults(completion_window=600)
"""


@pytest.mark.slow
def test_mypy_reports_each_old_name_of_a_users_file(tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(USER_FILE_FOR_0_2)
    flag = "--always-true" if CORE == "cdktn" else "--always-false"
    command = [
        *(sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")),
        *(flag, "CDKTF_OPENAI_CDKTN", "--cache-dir", str(tmp_path / "cache")),
        *("--enable-error-code", "deprecated", "app.py"),
    ]
    env = {**os.environ, "MYPYPATH": str(ROOT)}
    result = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600
    )
    errors = {
        int(line.split(":")[1]): line.rsplit("[", 1)[1]
        for line in result.stdout.splitlines()
        if ": error:" in line
    }
    assert errors == {
        1: "attr-defined]",
        2: "attr-defined]",
        3: "attr-defined]",
        8: "call-arg]",
        9: "call-arg]",
    }, result.stdout
