"""Each prop is declared once: the ``Props`` table, the signature and the docstring agree.

Adding a prop to a construct touches its signature (name and type, for IDEs and mypy), its
docstring (what users read) and its ``Props`` entry (rule, default source, mapping); these
tests fail when one of the three is missing. A keyword group (``**options: Unpack[...]``,
:mod:`cdktf_openai.keywords`) counts as its keywords, documented in the group's docstring.
Bounds in docstrings are checked against ``limits.py``, their one source.
"""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest

import cdktf_openai
from cdktf_openai import Run
from cdktf_openai.base import OpenAIResource
from cdktf_openai.composites import CodeReviewResponse, CodeReviewRun, Conversation, DocumentSearch
from cdktf_openai.composites.building import RUN_SETTINGS
from cdktf_openai.keywords import KEYWORD_GROUPS, ResourceOptions, RunSettings
from cdktf_openai.props import META_ARGUMENTS
from cdktf_openai.validation import Metadata, Number, Rule, Text, WholeNumber

L2 = sorted(
    (
        getattr(cdktf_openai, name)
        for name in cdktf_openai.__all__
        if isinstance(getattr(cdktf_openai, name), type)
        and issubclass(getattr(cdktf_openai, name), OpenAIResource)
    ),
    key=lambda construct: construct.__name__,
)
COMPOSITES = [CodeReviewResponse, CodeReviewRun, Conversation, DocumentSearch]


def annotation_text(annotation: Any) -> str:
    """An annotation as written (a string, or a ``TypedDict``'s ``ForwardRef``)."""
    return str(getattr(annotation, "__forward_arg__", annotation))


def keyword_parameters(construct: type) -> dict[str, str]:
    """The keywords ``__init__`` takes, to their annotations: a keyword group's keywords too."""
    parameters = inspect.signature(construct.__init__).parameters  # type: ignore[misc]
    keywords = {}
    for name, parameter in parameters.items():
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            keywords[name] = parameter.annotation
        elif parameter.kind is inspect.Parameter.VAR_KEYWORD:
            group = KEYWORD_GROUPS[name]
            assert parameter.annotation == f"Unpack[{group.__name__}]", construct
            keywords.update({key: annotation_text(a) for key, a in group.__annotations__.items()})
    return keywords


def group_docs(group: type) -> dict[str, str]:
    """A keyword group's ``Attributes:``: keyword to its text (continuation lines joined)."""
    return docstring_section(inspect.getdoc(group) or "", "Attributes")


def docstring_section(doc: str, section: str) -> dict[str, str]:
    """A Google-style docstring section: name to its text (``**name`` for a ``**`` group)."""
    body = doc.split(f"{section}:\n", 1)[1].split("\n\n", 1)[0]
    entries = re.findall(r"^    (\**\w+): (.*?)(?=^    \**\w+: |\Z)", body, flags=re.M | re.S)
    return {name: " ".join(text.split()) for name, text in entries}


def documented_args(construct: type) -> dict[str, str]:
    """``Args:`` of ``__init__``'s docstring, a ``**`` group's entry replaced by its keywords."""
    documented = docstring_section(inspect.getdoc(construct.__init__) or "", "Args")  # type: ignore[misc]
    for name in [n for n in documented if n.startswith("**")]:
        group = KEYWORD_GROUPS[name.removeprefix("**")]
        assert group.__name__ in documented.pop(name), f"{construct.__name__}: {name}"
        documented.update(group_docs(group))
    return documented


@pytest.mark.parametrize("construct", L2, ids=lambda c: c.__name__)
def test_the_signature_declares_exactly_the_props_of_the_table(construct: Any) -> None:
    assert list(keyword_parameters(construct)) == list(construct._PROPS.props)


@pytest.mark.parametrize("construct", [*L2, *COMPOSITES], ids=lambda c: c.__name__)
def test_every_argument_is_documented(construct: Any) -> None:
    documented = documented_args(construct)
    assert set(keyword_parameters(construct)) | {"scope", "id"} == set(documented)


def bound_phrase(rule: Rule) -> str | None:
    """How a docstring states a rule's bound, derived from the rule (``limits.py``)."""
    if isinstance(rule, Number):
        return f"{rule.minimum:g} to {rule.maximum:g}"
    if isinstance(rule, WholeNumber):
        if rule.maximum is None:
            return f"a whole number >= {rule.minimum}"
        return f"{rule.minimum} to {rule.maximum}"
    if isinstance(rule, Metadata):
        return (
            f"Up to {rule.max_pairs} string pairs (keys up to {rule.max_key_length} "
            f"characters, values up to {rule.max_value_length})"
        )
    if isinstance(rule, Text) and rule.max_length is not None and rule.max_length > 1000:
        return f"at most {rule.max_length:,} characters"
    return None


@pytest.mark.parametrize("construct", L2, ids=lambda c: c.__name__)
def test_the_bounds_in_the_docstrings_are_those_of_limits(construct: Any) -> None:
    documented = documented_args(construct)
    for name, prop in construct._PROPS.props.items():
        phrase = bound_phrase(prop.checked_rule)
        if phrase is not None:
            assert phrase in documented[name], f"{construct.__name__}.{name}: {phrase!r}"


@pytest.mark.parametrize("construct", L2, ids=lambda c: c.__name__)
def test_a_prop_openai_does_not_take_says_so_in_its_docstring(construct: Any) -> None:
    # limits.py's NotAccepted rules: a refused prop says "Refused" (or the one value it may
    # have), a warned one names its warning
    documented = documented_args(construct)
    for name, prop in construct._PROPS.props.items():
        rule = prop.not_accepted
        if rule is None:
            continue
        said = f"``{rule.code}``" if not rule.refuse else "Refused"
        if rule.refuse and rule.allowed is not None:
            said = "refused"
        assert said in documented[name], f"{construct.__name__}.{name}: {said!r}"


@pytest.mark.parametrize("composite", COMPOSITES[1:], ids=lambda c: c.__name__)
def test_a_composites_run_settings_are_typed_as_runs(composite: Any) -> None:
    runs = keyword_parameters(Run)
    offered = {n: p for n, p in keyword_parameters(composite).items() if n in RUN_SETTINGS}
    assert offered, composite
    for name, parameter in offered.items():
        assert parameter == runs[name], name


def test_the_run_settings_are_runs_own_props_minus_the_wiring() -> None:
    assert set(RUN_SETTINGS) == set(Run._PROPS.props) - {
        "thread",
        "assistant",
        "replace_triggered_by",
        "depends_on",
        "provider",
        "lifecycle",
        "count",
        "for_each",
    }


def test_the_resource_options_are_the_meta_arguments_props_declares() -> None:
    assert list(ResourceOptions.__annotations__) == list(META_ARGUMENTS)


def test_the_run_settings_group_holds_run_settings_typed_as_runs() -> None:
    runs = keyword_parameters(Run)
    assert set(RunSettings.__annotations__) <= set(RUN_SETTINGS)
    for name, annotation in RunSettings.__annotations__.items():
        assert annotation_text(annotation) == runs[name], name


@pytest.mark.parametrize("group", KEYWORD_GROUPS.values(), ids=lambda g: g.__name__)
def test_the_bounds_in_a_groups_docstring_are_those_of_limits(group: type) -> None:
    documented = group_docs(group)
    assert set(documented) == set(group.__annotations__)
    for name in documented:
        phrase = bound_phrase(Run._PROPS.props[name].checked_rule)
        if phrase is not None:
            assert phrase in documented[name], f"{group.__name__}.{name}: {phrase!r}"
