"""Build the API reference with pdoc: ``python -m cdktf_openai._docs OUTDIR`` (``make docs``)."""

from __future__ import annotations

import sys
from pathlib import Path

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


def build(outdir: Path) -> list[Path]:
    """Write the HTML reference of ``DOCUMENTED_MODULES`` into ``outdir``; return its pages."""
    import pdoc
    import pdoc.render

    pdoc.render.configure(docformat="google", footer_text="cdktf-openai", show_source=False)
    pdoc.pdoc(*DOCUMENTED_MODULES, output_directory=outdir)
    return sorted(outdir.rglob("*.html"))


if __name__ == "__main__":
    pages = build(Path(sys.argv[1] if len(sys.argv) > 1 else "build/docs"))
    print(f"{len(pages)} pages")
