"""The API reference: it builds, and every public name and argument is documented."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai._docs import DOCUMENTED_MODULES, build


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


def test_the_reference_builds_with_a_page_per_module_naming_every_public_name(
    tmp_path: Path,
) -> None:
    pages = build(tmp_path)
    assert pages
    for module_name in DOCUMENTED_MODULES:
        page = tmp_path / (module_name.replace(".", "/") + ".html")
        html = page.read_text()
        for name in public_names(module_name):
            assert f'id="{name}"' in html, f"{name} missing from {page.name}"
