"""The documentation: every public name and argument is documented, the site builds with no
warning, the links between the README and the guides resolve, and the rules table of
``docs/validation.md`` says what ``cdktf_openai/limits.py`` says."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import limits
from cdktf_openai._docs import DOCUMENTED_MODULES, build, guide_for_the_site, readme_for_the_site
from cdktf_openai.validation import Metadata, NotAccepted, Number, OneOf, Text, WholeNumber
from tests.conftest import ROOT


def public_names(module_name: str) -> list[str]:
    module = importlib.import_module(module_name)
    names: list[str] = list(getattr(module, "__all__", []))
    assert names, f"{module_name} has no __all__"
    return names


def own_callables(obj: Any) -> Iterator[tuple[str, Callable[..., Any]]]:
    """The class's own public methods (not the generated L1's), and its constructor."""
    if inspect.isclass(obj):
        for name, member in vars(obj).items():
            if (getattr(member, "__module__", None) or "").split(".")[0] != "cdktf_openai":
                continue  # e.g. the __init__ typing.Protocol puts on a protocol class
            if (name == "__init__" or not name.startswith("_")) and inspect.isfunction(member):
                yield f"{obj.__name__}.{name}", member
            elif isinstance(member, classmethod | staticmethod) and not name.startswith("_"):
                yield f"{obj.__name__}.{name}", member.__func__
    elif inspect.isfunction(obj):
        yield obj.__name__, obj


def undocumented_arguments(function: Callable[..., Any], doc: str | None = None) -> list[str]:
    doc = doc or inspect.getdoc(function) or ""
    missing = []
    for name, parameter in inspect.signature(function).parameters.items():
        if name in ("self", "cls") or parameter.kind in (
            inspect.Parameter.VAR_POSITIONAL,
            inspect.Parameter.VAR_KEYWORD,
        ):
            continue
        if not re.search(rf"^\s*{re.escape(name)}( \(.*\))?:", doc, flags=re.MULTILINE):
            missing.append(name)
    return missing


CASES = [(module, name) for module in DOCUMENTED_MODULES for name in public_names(module)]


@pytest.mark.parametrize(("module_name", "name"), CASES, ids=[f"{m}.{n}" for m, n in CASES])
def test_public_name_is_documented(module_name: str, name: str) -> None:
    obj = getattr(importlib.import_module(module_name), name)
    if not (inspect.isclass(obj) or inspect.isfunction(obj)):
        return  # constants are documented with #: comments, checked in the HTML below
    assert (inspect.getdoc(obj) or "").strip(), f"{module_name}.{name} has no docstring"
    for label, function in own_callables(obj):
        if dataclasses.is_dataclass(obj) and label.endswith(".__init__"):
            # a dataclass's generated constructor: its fields are the class's Attributes
            assert undocumented_arguments(function, inspect.getdoc(obj)) == [], label
            continue
        assert (function.__doc__ or "").strip(), f"{label} has no docstring"
        # an override may leave its arguments to the method it overrides
        bases = obj.__mro__[1:] if inspect.isclass(obj) else ()
        inherited = [
            inspect.getdoc(getattr(base, function.__name__))
            for base in bases
            if function.__name__ in vars(base) and function.__name__ != "__init__"
        ]
        if function.__name__ == "__init__" and inspect.isclass(obj):  # the class may document them
            inherited.append(inspect.getdoc(obj))
        doc = "\n".join([inspect.getdoc(function) or "", *(d or "" for d in inherited)])
        assert undocumented_arguments(function, doc) == [], label


GUIDES = sorted((ROOT / "docs").glob("*.md"))
DOCUMENTS = [ROOT / "README.md", *GUIDES]


@pytest.mark.slow  # about 25 s: mkdocstrings reads every documented module
def test_the_site_builds_strictly_with_every_guide_and_a_reference_page_per_module(
    tmp_path: Path,
) -> None:
    pytest.importorskip("mkdocs", reason="the site's tools are in the dev extra")
    pages = build(tmp_path / "site")  # mkdocs build --strict: a warning fails it
    site = tmp_path / "site"
    built = {page.relative_to(site).as_posix() for page in pages}
    assert {"index.html", *(guide.with_suffix(".html").name for guide in GUIDES)} <= built
    for module_name in DOCUMENTED_MODULES:
        html = (site / "reference" / f"{module_name}.html").read_text()
        for name in public_names(module_name):
            assert f'id="{module_name}.{name}"' in html, f"{name} missing from {module_name}"
    # a constant's #: comment is its documentation; a Sphinx role shows as its code only
    limits_page = (site / "reference" / "cdktf_openai.limits.html").read_text()
    assert "temperature outside 0..2 is\nrejected at plan" in limits_page
    assert ":mod:<code" not in (site / "reference" / "cdktf_openai.html").read_text()
    # the home page is the README, its links to the guides lead to their pages
    home = (site / "index.html").read_text()
    assert "Which OpenAI API?" in home and 'href="validation.html"' in home
    assert (
        'href="index.html#using-the-package-in-your-project"' in (site / "offline.html").read_text()
    )


def test_the_site_reads_the_readme_and_the_guides_links_as_its_own() -> None:
    assert readme_for_the_site("[a](docs/offline.md#x) [b](docs/x)") == "[a](offline.md#x) [b](x)"
    assert guide_for_the_site("[a](../README.md#quick-start)") == "[a](index.md#quick-start)"


# -- links between the README and the guides ---------------------------------------------------

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
FENCED = re.compile(r"^```.*?^```", flags=re.DOTALL | re.MULTILINE)


def slug(heading: str) -> str:
    """A heading's anchor, as Python-Markdown's toc (mkdocs) and GitHub make simple ones."""
    text = re.sub(r"[`*]", "", heading)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^\w\s-]", "", text).strip().lower()
    return re.sub(r"[-\s]+", "-", text)


def anchors(document: Path) -> set[str]:
    text = FENCED.sub("", document.read_text())
    return {slug(h) for h in re.findall(r"^#{1,6} (.+)$", text, flags=re.MULTILINE)}


LINKS = [
    (document, target)
    for document in DOCUMENTS
    for target in LINK.findall(FENCED.sub("", document.read_text()))
    if not re.match(r"[a-z]+:", target)  # https:, mailto:
]


def test_the_readme_links_into_the_guides_and_the_guides_back() -> None:
    readme_targets = [target for document, target in LINKS if document.name == "README.md"]
    assert any(target.startswith("docs/") for target in readme_targets)
    assert any(target.startswith("../README.md") for document, target in LINKS)


@pytest.mark.parametrize(("document", "target"), LINKS, ids=[f"{d.name}->{t}" for d, t in LINKS])
def test_a_link_resolves_to_a_document_and_a_heading_of_it(document: Path, target: str) -> None:
    path, _, anchor = target.partition("#")
    linked = (document.parent / path).resolve() if path else document
    assert linked in DOCUMENTS, f"{document.name} links to {target}: not the README or a guide"
    if anchor:
        assert anchor in anchors(linked), f"{document.name}: no heading #{anchor} in {linked.name}"


def test_the_slug_is_the_anchor_of_a_heading_with_code_and_punctuation() -> None:
    assert slug("Composites: `CodeReviewResponse`, `CodeReviewRun`") == (
        "composites-codereviewresponse-codereviewrun"
    )
    assert slug("Using the package in your project") == "using-the-package-in-your-project"


# -- the rules table of docs/validation.md against limits.py -----------------------------------

#: The table: field | rule | source | the limits constants the row states
RULE_ROWS = [
    [cell.strip() for cell in line.strip().strip("|").split(" | ")]
    for line in (ROOT / "docs" / "validation.md")
    .read_text()
    .split("## The rules\n", 1)[1]
    .split("\n## ", 1)[0]
    .splitlines()
    if line.startswith("| ") and not line.startswith(("| field |", "| --- |"))
]
SOURCE = re.compile(r"\b(provider|API|ours|OpenAI|Terraform)\b(?!')")


def constants(row: list[str]) -> list[str]:
    return re.findall(r"`(\w+)`", row[3])


def sources_in_limits() -> dict[str, set[str]]:
    """Each constant's sources, as its ``#:`` comment in limits.py names them (outside brackets)."""
    source = (ROOT / "cdktf_openai" / "limits.py").read_text()
    lines = source.splitlines()
    found: dict[str, set[str]] = {}
    for node in ast.parse(source).body:
        if not (isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name)):
            continue
        comment: list[str] = []
        index = node.lineno - 2
        while index >= 0 and lines[index].lstrip().startswith("#:"):
            comment.insert(0, lines[index].lstrip()[2:])
            index -= 1
        text = " ".join(comment)
        while re.search(r"\([^()]*\)", text):
            text = re.sub(r"\([^()]*\)", "", text)
        # OpenAI's API is "API" in the table
        found[node.targets[0].id] = {s.replace("OpenAI", "API") for s in SOURCE.findall(text)}
    return found


def bounds(rule: Any) -> list[str]:
    """What the table must state of a rule: its numbers and choices, refused or warned."""
    if isinstance(rule, Number | WholeNumber):
        return [f"{n:g}" for n in (rule.minimum, rule.maximum) if n is not None]
    if isinstance(rule, Text):
        return [str(n) for n in (rule.max_length,) if n is not None] + (
            [str(rule.min_length)] if rule.min_length > 1 else []
        )
    if isinstance(rule, OneOf):
        return list(rule.options)
    if isinstance(rule, Metadata):
        return [str(rule.max_pairs), str(rule.max_key_length), str(rule.max_value_length)]
    if isinstance(rule, NotAccepted):
        return ["refused"] if rule.refuse else ["warning"]
    if isinstance(rule, int | float) and not isinstance(rule, bool):
        return [f"{rule:g}"]
    return []


def stated(bound: str, text: str) -> bool:
    """The bound is in the text as itself: "2" in "0..2", not in "0.25" or "12"."""
    return re.search(rf"(?<!\w)(?<!\d\.){re.escape(bound)}(?!\w|\.\d)", text) is not None


def test_every_rule_of_limits_is_in_the_rules_table_once_or_more() -> None:
    named = [name for row in RULE_ROWS for name in constants(row)]
    assert set(named) == set(limits.__all__)
    assert all(len(row) == 4 for row in RULE_ROWS)


@pytest.mark.parametrize("row", RULE_ROWS, ids=[row[0][:40] for row in RULE_ROWS])
def test_a_row_states_the_bounds_and_the_sources_of_its_rules(row: list[str]) -> None:
    field, rule_text, source_text, _ = row
    rule_text = re.sub(r"(?<=\d),(?=\d{3})", "", rule_text)  # 256,000 is 256000
    sources = sources_in_limits()
    for name in constants(row):
        for bound in bounds(getattr(limits, name)):
            assert stated(bound, rule_text), f"{field}: {name}'s {bound!r} is not in {rule_text!r}"
        for source in sources[name]:
            assert source in source_text, f"{field}: {name} comes from {source}: {source_text!r}"


def test_the_rules_table_check_would_catch_a_wrong_bound_or_source() -> None:
    assert bounds(limits.TEMPERATURE) == ["0", "2"]
    assert bounds(limits.INSTRUCTIONS) == ["256000"]
    assert bounds(limits.ROLE) == ["user", "assistant"]
    assert bounds(limits.ASSISTANT_FILE_IDS) == ["warning"]
    assert bounds(limits.RESPONSE_DEFAULT_TEMPERATURE) == ["0.7"]
    assert not stated("7", "the provider's 0.7") and not stated("2", "0..12")
    assert stated("2", "0..2; unset: 0.7") and stated("4096", "100..4096")
    assert sources_in_limits()["CHUNK_SIZE"] == {"API"}  # not "the provider's fixed size"
    assert sources_in_limits()["RUN_MAX_TOKENS"] == {"API"}
    assert sources_in_limits()["TIMEOUT"] == {"provider", "ours"}
