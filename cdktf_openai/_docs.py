"""The documentation site: ``python -m cdktf_openai._docs OUTDIR`` (``make docs``) builds it.

The site is mkdocs (``mkdocs.yml`` at the repository root) with mkdocs-material and
mkdocstrings-python: the guides of ``docs/``, ``README.md`` as the home page, and an API
reference generated from the docstrings of :data:`DOCUMENTED_MODULES`. ``mkdocs.yml`` names
this module as its hook module: the ``on_*`` functions below add the pages that are made
rather than written (the home page, one reference page per module) and rewrite the links
between the README and the guides, which are relative to the repository on GitHub, for the
site. Nothing here is imported by the package; mkdocs is a development dependency only.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

#: The documented modules: the hand-written public API. The generated bindings are left out
#: (they mirror the provider schema, documented on the Terraform registry, and would be most of
#: the reference).
DOCUMENTED_MODULES = (
    "cdktf_openai",
    "cdktf_openai.composites",
    "cdktf_openai.policies",
    "cdktf_openai.limits",
    "cdktf_openai.validation",
    "cdktf_openai.tokens",
    "cdktf_openai.attributes",
    "cdktf_openai.defaults",
    "cdktf_openai.schema",
    "cdktf_openai.testing",
    "cdktf_openai.offline",
)

#: The repository: ``mkdocs.yml``, ``README.md`` and ``docs/``.
ROOT = Path(__file__).resolve().parent.parent


def reference_page(module: str) -> str:
    """The site path (below ``docs/``) of a module's API reference page."""
    return f"reference/{module}.md"


def readme_for_the_site(readme: str) -> str:
    """The README as the site's home page: its links into ``docs/`` point at the pages."""
    return readme.replace("](docs/", "](")


def guide_for_the_site(markdown: str) -> str:
    """A guide as a page of the site: its links to the README point at the home page."""
    return markdown.replace("](../README.md", "](index.md")


def on_config(config: Any) -> Any:
    """The mkdocs hook that adds the API reference (a page per documented module) to the nav."""
    config["nav"] = [
        *config["nav"],
        {"API reference": [{module: reference_page(module)} for module in DOCUMENTED_MODULES]},
    ]
    return config


def on_files(files: Any, config: Any) -> Any:
    """The mkdocs hook that adds the home page (``README.md``) and a reference page per module."""
    from mkdocs.structure.files import File

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    files.append(File.generated(config, "index.md", content=readme_for_the_site(readme)))
    for module in DOCUMENTED_MODULES:
        content = f"# `{module}`\n\n::: {module}\n"
        files.append(File.generated(config, reference_page(module), content=content))
    return files


#: Guides whose tables are too wide to share the screen with the table of contents: the
#: rules, and the offline double's fidelity table. Their pages hide it (mkdocs-material).
WIDE_GUIDES = frozenset({"validation.md", "offline.md"})


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """The mkdocs hook that points a guide's links to the README at the home page.

    It also hides the table of contents of :data:`WIDE_GUIDES`.
    """
    if page.file.src_uri in WIDE_GUIDES:
        page.meta.setdefault("hide", []).append("toc")
    return guide_for_the_site(markdown)


#: A Sphinx role in a docstring (``:mod:`x```), as mkdocstrings renders it: ``:mod:<code>x``.
SPHINX_ROLE = re.compile(r":(?:mod|func|meth|attr|data|class|exc|obj):(?=<code)")


def on_page_content(html: str, page: Any, config: Any, files: Any) -> str:
    """The mkdocs hook that shows a docstring's Sphinx roles as the code they name."""
    return SPHINX_ROLE.sub("", html)


def build(outdir: Path) -> list[Path]:
    """Build the site into ``outdir`` with ``mkdocs build --strict``; return its HTML pages.

    Raises:
        subprocess.CalledProcessError: mkdocs failed or warned (strict), with its output.
    """
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean"]
    command += [
        "--config-file",
        str(ROOT / "mkdocs.yml"),
        "--site-dir",
        str(Path(outdir).resolve()),
    ]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}  # mkdocs-material's banner about mkdocs 2
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True)
    return sorted(Path(outdir).rglob("*.html"))


if __name__ == "__main__":
    try:
        pages = build(Path(sys.argv[1] if len(sys.argv) > 1 else "build/docs"))
    except subprocess.CalledProcessError as error:
        sys.exit(f"mkdocs build --strict failed:\n{error.stdout}{error.stderr}")
    print(f"{len(pages)} pages")
