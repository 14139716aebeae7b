"""Keeping the double out of the user's Terraform set-up: plugin cache, data dir, lock files.

Three things would otherwise outlive an offline run and make a later real ``terraform init``
resolve ``mkdev-me/openai`` to the double:

- **the global plugin cache.** The cdktf CLI sets ``TF_PLUGIN_CACHE_DIR`` to
  ``~/.terraform.d/plugin-cache`` unless it is set already (``cdktf-cli/bundle/bin/cdktf.js``:
  ``process.env.TF_PLUGIN_CACHE_DIR || path.join(os.homedir(), ".terraform.d",
  "plugin-cache")``), and ``terraform init`` then links the double into it, for every project
  of the user. The double's runs set :data:`PLUGIN_CACHE_VARIABLE` to a folder of their own,
  beside the double.
- **the working directory's ``.terraform``.** The double's runs set ``TF_DATA_DIR`` to
  :data:`DATA_DIR`, so the double's provider install and its objects live beside, not in, the
  ``.terraform`` of real runs.
- **the dependency lock file** (``.terraform.lock.hcl``), which pins the double's checksum and
  makes a real ``init`` fail (or, with cdktf, be skipped). :class:`LockFileGuard` takes an
  existing ``mkdev-me/openai`` entry out of every lock file under a folder before an offline
  run (so the double can be installed) and, after the run, removes the entry that pins the
  double and puts the original back. A lock file left without entries is removed.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

#: The environment variable that points Terraform at a plugin cache.
PLUGIN_CACHE_VARIABLE = "TF_PLUGIN_CACHE_DIR"
#: The environment variable that moves Terraform's per-directory data (``.terraform``).
DATA_DIR_VARIABLE = "TF_DATA_DIR"
#: The double's data directory, relative to each working directory (instead of ``.terraform``).
DATA_DIR = ".terraform-openai-double"
#: The folder (beside the double's install) that serves as the double's private plugin cache.
PLUGIN_CACHE_FOLDER = "plugin-cache"
#: Terraform's dependency lock file.
LOCK_FILE_NAME = ".terraform.lock.hcl"
#: Folders never searched for lock files.
_SKIPPED = frozenset({"node_modules", ".git", ".venv", "__pycache__", ".mypy_cache"})
_HEADER = (
    '# This file is maintained automatically by "terraform init".\n'
    "# Manual edits may be lost in future updates.\n"
)


def package_hash(package_dir: Path) -> str:
    """Return Terraform's ``h1:`` checksum of an unpacked provider package.

    ``golang.org/x/mod/sumdb/dirhash.Hash1`` over the folder's files, as
    ``getproviders.PackageHashV1`` computes it for the lock file.

    Args:
        package_dir: The folder holding the provider executable.
    """
    summary = hashlib.sha256()
    files = sorted(
        path.relative_to(package_dir).as_posix()
        for path in package_dir.rglob("*")
        if path.is_file()
    )
    for name in files:
        digest = hashlib.sha256((package_dir / name).read_bytes()).hexdigest()
        summary.update(f"{digest}  {name}\n".encode())
    return "h1:" + base64.b64encode(summary.digest()).decode()


def _block_pattern(address: str) -> re.Pattern[str]:
    return re.compile(
        r'^provider "' + re.escape(address) + r'" \{\n.*?^\}\n?', flags=re.MULTILINE | re.DOTALL
    )


def provider_block(text: str, address: str) -> str | None:
    """Return the lock file's block for ``address`` (``provider "..." { ... }``), if any.

    Args:
        text: The lock file's content.
        address: The provider, e.g. ``registry.terraform.io/mkdev-me/openai``.
    """
    found = _block_pattern(address).search(text)
    return found.group(0) if found else None


def block_hashes(block: str) -> set[str]:
    """Return the checksums a lock-file block records (``h1:...``, ``zh:...``)."""
    return set(re.findall(r'"((?:h1|zh):[^"]+)"', block))


def lock_files(root: Path) -> list[Path]:
    """Return every ``.terraform.lock.hcl`` under ``root`` (dependency folders skipped).

    Args:
        root: The folder to search.
    """
    found = []
    for folder, folders, files in os.walk(root):
        folders[:] = sorted(
            name for name in folders if name not in _SKIPPED and not name.startswith(".terraform")
        )
        if LOCK_FILE_NAME in files:
            found.append(Path(folder) / LOCK_FILE_NAME)
    return found


def _without_block(text: str, address: str) -> str:
    return _block_pattern(address).sub("", text, count=1).replace("\n\n\n", "\n\n")


def _only_header(text: str) -> bool:
    return not [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass
class LockFileGuard:
    """Hide a provider's lock entries from an offline run, and remove the double's after it.

    Use it as a context manager around the run::

        with LockFileGuard(Path.cwd(), address, double_hash):
            subprocess.run(["cdktf", "deploy", ...])

    Attributes:
        root: The folder whose lock files are guarded (searched recursively).
        address: The provider's address.
        double_hash: The double's ``h1:`` checksum (:func:`package_hash`).
        stashed: The original block of each lock file that had one, while the run goes on.
    """

    root: Path
    address: str
    double_hash: str
    stashed: dict[Path, str] = field(default_factory=dict)

    def __enter__(self) -> LockFileGuard:
        """Take every entry for the provider that is not the double's out of its lock file."""
        for path in lock_files(self.root):
            text = path.read_text(encoding="utf-8")
            block = provider_block(text, self.address)
            if block is not None and block_hashes(block) != {self.double_hash}:
                self.stashed[path] = block
                path.write_text(_without_block(text, self.address), encoding="utf-8")
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Remove the double's entries, put the stashed entries back, drop emptied new files."""
        self.restore()

    def restore(self) -> None:
        """Remove the double's entries and put the stashed ones back; drop emptied files.

        Called alone (nothing stashed), it removes every entry that pins the double.
        """
        for path in sorted(set(lock_files(self.root)) | set(self.stashed)):
            text = path.read_text(encoding="utf-8") if path.is_file() else _HEADER
            block = provider_block(text, self.address)
            if block is not None and self.double_hash in block_hashes(block):
                text = _without_block(text, self.address)
            original = self.stashed.get(path)
            if original is not None:
                text = text.rstrip("\n") + "\n\n" + original.rstrip("\n") + "\n"
            if _only_header(text):
                path.unlink(missing_ok=True)
            else:
                path.write_text(text, encoding="utf-8")
