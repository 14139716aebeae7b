"""Each prop is declared once: the ``Props`` table, the signature and the docstring agree.

Adding a prop to a construct touches its signature (name and type, for IDEs and mypy), its
docstring (what users read) and its ``Props`` entry (rule, default source, mapping); these
tests fail when one of the three is missing. Bounds in docstrings are checked against
``limits.py``, their one source.
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


def keyword_parameters(construct: type) -> dict[str, inspect.Parameter]:
    parameters = inspect.signature(construct.__init__).parameters  # type: ignore[misc]
    return {n: p for n, p in parameters.items() if p.kind is inspect.Parameter.KEYWORD_ONLY}


def documented_args(construct: type) -> dict[str, str]:
    """``Args:`` of ``__init__``'s docstring: name to its text (continuation lines joined)."""
    doc = inspect.getdoc(construct.__init__) or ""  # type: ignore[misc]
    args = doc.split("Args:\n", 1)[1].split("\n\n", 1)[0]
    entries = re.findall(r"^    (\w+): (.*?)(?=^    \w+: |\Z)", args, flags=re.M | re.S)
    return {name: " ".join(text.split()) for name, text in entries}


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
        phrase = bound_phrase(prop.rule)
        if phrase is not None:
            assert phrase in documented[name], f"{construct.__name__}.{name}: {phrase!r}"


@pytest.mark.parametrize("composite", COMPOSITES[1:], ids=lambda c: c.__name__)
def test_a_composites_run_settings_are_typed_as_runs(composite: Any) -> None:
    runs = keyword_parameters(Run)
    offered = {n: p for n, p in keyword_parameters(composite).items() if n in RUN_SETTINGS}
    assert offered, composite
    for name, parameter in offered.items():
        assert parameter.annotation == runs[name].annotation, name


def test_the_run_settings_are_runs_own_props_minus_the_wiring() -> None:
    assert set(RUN_SETTINGS) == set(Run._PROPS.props) - {
        "thread",
        "assistant",
        "replace_triggered_by",
        "depends_on",
        "provider",
    }
