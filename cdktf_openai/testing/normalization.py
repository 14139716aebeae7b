"""Normalizing synthesized Terraform JSON: take out what depends on the machine, nothing else.

A ``cdk.tf.json`` written by cdktf is the same on every machine except for a few values:

- absolute paths: the local backend's state file is ``<working directory>/terraform.<stack>
  .tfstate``, and cross-stack references name the other stack's state file the same way;
  anything under the synthesis folder, the temp folder or the home folder is as volatile;
- the core's version stamp (``//`` → ``metadata`` → ``version``), which changes with every
  cdktf release that the package's version range admits, and between cdktf (0.21.x) and
  cdktn (0.24.x): the same stack has the same snapshot on both cores;
- stack traces in ``//`` metadata (file names and line numbers), which cdktf writes only when
  asked to.

:func:`normalize` replaces each absolute path prefix by a placeholder (``<outdir>``, ``<cwd>``,
``<tmp>``, ``<home>``), the version by ``<cdktf-version>``, and drops stack traces. Every other
key and value, and the order of every list, is kept as it is.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "CDKTF_VERSION_PLACEHOLDER",
    "machine_paths",
    "normalize",
]

#: What the cdktf version stamp becomes.
CDKTF_VERSION_PLACEHOLDER = "<cdktf-version>"

#: The key under which cdktf writes its own metadata into the JSON.
_METADATA_KEY = "//"

# A path prefix only counts where it starts a path: not after a character that could be part of
# a longer path ("/var/tmp" does not contain the root "/tmp"), and only when what follows ends
# the path or goes on below it ("/tmpfiles" is not under "/tmp").
_BEFORE = r"(?<![\w.~/-])"
_AFTER = r"(?![\w.~-])"


def machine_paths() -> dict[str, str]:
    """The machine's volatile folders, each with its placeholder.

    Returns:
        Absolute folder to placeholder: the working directory to ``<cwd>``, the temp folder to
        ``<tmp>``, the home folder to ``<home>`` (as the current process sees them).
    """
    return {
        os.getcwd(): "<cwd>",
        tempfile.gettempdir(): "<tmp>",
        str(Path.home()): "<home>",
    }


def normalize(
    document: Mapping[str, Any], *, paths: Mapping[str, str] | None = None
) -> dict[str, Any]:
    """A copy of a synthesized stack with its machine-dependent values replaced.

    Args:
        document: One stack's Terraform JSON, parsed (as ``json.loads`` returns it).
        paths: Absolute folder to its placeholder, e.g. ``{"/tmp/cdktf.outdir.x1":
            "<outdir>"}``; several folders may share a placeholder. Where folders nest, the
            longest one wins; ``/`` and relative paths are ignored. ``None`` means
            :func:`machine_paths`.

    Returns:
        A new document: paths under those folders start with their placeholder, the cdktf
        version stamp is ``<cdktf-version>``, stack traces in ``//`` metadata are gone.
        Everything else is equal to ``document``, lists in their order.
    """
    replace = _PathReplacer.of(machine_paths() if paths is None else paths)
    normalized: dict[str, Any] = _walk(document, replace)
    stamp = normalized.get(_METADATA_KEY, {}).get("metadata")
    if isinstance(stamp, dict) and "version" in stamp:
        stamp["version"] = CDKTF_VERSION_PLACEHOLDER
    return normalized


@dataclass(frozen=True)
class _PathReplacer:
    """Replaces absolute folders at the start of paths by their placeholders."""

    pattern: re.Pattern[str] | None
    placeholders: tuple[str, ...]

    @classmethod
    def of(cls, paths: Mapping[str, str]) -> _PathReplacer:
        """One pattern for every folder (and its real path), longest folder first."""
        by_folder: dict[str, str] = {}
        for folder, placeholder in paths.items():
            for variant in sorted({os.fspath(folder), os.path.realpath(folder)}):
                variant = variant.rstrip("/\\")
                if variant and os.path.isabs(variant):
                    by_folder.setdefault(variant, placeholder)
        if not by_folder:
            return cls(None, ())
        folders = sorted(by_folder, key=lambda folder: (-len(folder), folder))
        alternatives = "|".join(
            f"(?P<p{i}>{re.escape(folder)})" for i, folder in enumerate(folders)
        )
        pattern = re.compile(f"{_BEFORE}(?:{alternatives}){_AFTER}")
        return cls(pattern, tuple(by_folder[folder] for folder in folders))

    def __call__(self, text: str) -> str:
        """``text`` with every folder that starts a path replaced by its placeholder."""
        if self.pattern is None:
            return text
        return self.pattern.sub(self._placeholder, text)

    def _placeholder(self, match: re.Match[str]) -> str:
        group = next(name for name, value in match.groupdict().items() if value is not None)
        return self.placeholders[int(group[1:])]


def _walk(value: Any, replace: _PathReplacer, *, in_metadata: bool = False) -> Any:
    """Copy ``value``, replacing paths in strings and keys, dropping ``//`` stack traces."""
    if isinstance(value, str):
        return replace(value)
    if isinstance(value, list):
        return [_walk(item, replace, in_metadata=in_metadata) for item in value]
    if isinstance(value, Mapping):
        return {
            replace(key): _walk(item, replace, in_metadata=in_metadata or key == _METADATA_KEY)
            for key, item in value.items()
            if not (in_metadata and key == "stackTrace")
        }
    return value
