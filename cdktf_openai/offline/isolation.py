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
- **the dependency lock file** (``.terraform.lock.hcl``). Terraform reads it from the working
  directory only (no variable moves it), records the double's checksum in it, and a real
  ``init`` then fails (or, with cdktf, is skipped) on that checksum; the user's own entry, in
  turn, would stop the double from being installed. :class:`LockFileGuard` swaps the entries:
  during an offline run the lock file holds the double's entry, and the user's waits in the
  double's data directory; after the run the user's is back, and the double's waits there for
  the next offline run. So ``run -- terraform init`` then ``run -- terraform plan`` works, and a
  real ``terraform init`` in between or afterwards finds the lock file as the user left it.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from cdktf_openai.offline.state import STORE_FOLDER

#: The environment variable that points Terraform at a plugin cache.
PLUGIN_CACHE_VARIABLE = "TF_PLUGIN_CACHE_DIR"
#: The environment variable that moves Terraform's per-directory data (``.terraform``).
DATA_DIR_VARIABLE = "TF_DATA_DIR"
#: The double's data directory, relative to each working directory (instead of ``.terraform``).
DATA_DIR = ".terraform-openai-double"
#: The folder (beside the double's install) that serves as the double's private plugin cache.
PLUGIN_CACHE_FOLDER = "plugin-cache"
#: Where, in the double's data directory, the double keeps lock-file entries between runs.
LOCK_FOLDER = f"{STORE_FOLDER}/lock"
#: The double's entry for the provider, as its last offline ``terraform init`` wrote it.
DOUBLE_ENTRY = "double.hcl"
#: The user's own entry for the provider, while the lock file holds the double's.
USER_ENTRY = "user.hcl"
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
    return [folder / LOCK_FILE_NAME for folder in _folders(root, with_kept=False)]


def _kept(folder: Path) -> Path:
    """The folder where the double keeps a working directory's lock-file entries."""
    return folder / DATA_DIR / LOCK_FOLDER


def _folders(root: Path, *, with_kept: bool = True) -> list[Path]:
    """Folders under ``root`` with a lock file (or, ``with_kept``, entries the double kept)."""
    found = []
    for folder, folders, files in os.walk(root):
        here = Path(folder)
        if LOCK_FILE_NAME in files or (with_kept and _kept(here).is_dir()):
            found.append(here)
        folders[:] = sorted(
            name for name in folders if name not in _SKIPPED and not name.startswith(".terraform")
        )
    return found


def _without_block(text: str, address: str) -> str:
    return _block_pattern(address).sub("", text, count=1).replace("\n\n\n", "\n\n")


def _with_block(text: str, block: str) -> str:
    return text.rstrip("\n") + "\n\n" + block.rstrip("\n") + "\n"


def _only_header(text: str) -> bool:
    return not [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _write_lock(path: Path, before: str | None, text: str, *, remove_empty: bool) -> None:
    """Write a lock file's new text; remove it when only the header is left (and asked to)."""
    if remove_empty and _only_header(text):
        path.unlink(missing_ok=True)
    elif text != before:
        path.write_text(text, encoding="utf-8")


def _prune(kept: Path, *, stop: Path) -> None:
    """Remove ``kept`` and its parents up to ``stop`` (excluded) while they are empty."""
    for folder in (kept, *kept.parents):
        if folder == stop or not folder.is_dir() or any(folder.iterdir()):
            return
        folder.rmdir()


@dataclass
class LockFileGuard:
    """Swap the provider's lock entries between the user's and the double's, folder by folder.

    Terraform reads the lock file only from its working directory, so the double's entry has to
    be there while the double runs, and must not be there afterwards. :meth:`pin` (entering the
    ``with`` block) hands every lock file under :attr:`root` to the double: the user's entry
    for the provider is moved aside into the double's data directory (``<folder>/``
    :data:`DATA_DIR` ``/`` :data:`LOCK_FOLDER` ``/`` :data:`USER_ENTRY`), and the double's
    entry from its previous offline run, if any, is put in. :meth:`unpin` (leaving the block,
    or ``cdktf-openai-offline unlock``) does the reverse: the double's entry is kept in
    :data:`DOUBLE_ENTRY` for the next offline run and the user's entry is put back. A lock file
    left without entries is removed. So an offline ``terraform init`` and a later offline
    ``terraform plan`` both see the double's entry, and between offline runs a real
    ``terraform init`` sees only the user's::

        with LockFileGuard(Path.cwd(), address, double_hash):
            subprocess.run(["terraform", "plan"])

    Attributes:
        root: The folder whose lock files are guarded (searched recursively).
        address: The provider's address.
        double_hash: The double's ``h1:`` checksum (:func:`package_hash`).
        keep_pinned: Whether leaving the ``with`` block leaves the lock files pinned (an
            ``env`` session is on in the shell that runs the block; ``unlock`` ends it).
    """

    root: Path
    address: str
    double_hash: str
    keep_pinned: bool = False

    def _is_double(self, block: str) -> bool:
        return self.double_hash in block_hashes(block)

    def __enter__(self) -> LockFileGuard:
        """Pin the lock files to the double (:meth:`pin`)."""
        self.pin()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Put the user's entries back (:meth:`unpin`), unless :attr:`keep_pinned`."""
        if not self.keep_pinned:
            self.unpin()

    def pin(self) -> None:
        """Move the user's entries aside and put in the double's from the last offline run.

        Pinning twice keeps the entry set aside the first time, unless the lock file has had a
        new one of the user's since (then that one is kept). A kept double's entry whose
        checksum is not the installed double's is dropped (``terraform init`` then writes a new
        one).
        """
        for folder in _folders(self.root):
            path, kept = folder / LOCK_FILE_NAME, _kept(folder)
            before = path.read_text(encoding="utf-8") if path.is_file() else None
            text = before if before is not None else _HEADER
            block = provider_block(text, self.address)
            if block is not None and not self._is_double(block):
                kept.mkdir(parents=True, exist_ok=True)
                (kept / USER_ENTRY).write_text(block, encoding="utf-8")
                text, block = _without_block(text, self.address), None
            double = kept / DOUBLE_ENTRY
            if block is None and double.is_file():
                saved = double.read_text(encoding="utf-8")
                if self._is_double(saved):
                    text = _with_block(text, saved)
                else:
                    double.unlink()
            _write_lock(path, before, text, remove_empty=before is None)

    def unpin(self) -> None:
        """Keep the double's entries for the next offline run and put the user's back.

        It also removes an entry that pins the double from a lock file that was never pinned.
        """
        for folder in _folders(self.root):
            path, kept = folder / LOCK_FILE_NAME, _kept(folder)
            before = path.read_text(encoding="utf-8") if path.is_file() else None
            text = before if before is not None else _HEADER
            block = provider_block(text, self.address)
            if block is not None and self._is_double(block):
                kept.mkdir(parents=True, exist_ok=True)
                (kept / DOUBLE_ENTRY).write_text(block, encoding="utf-8")
                text, block = _without_block(text, self.address), None
            user = kept / USER_ENTRY
            if user.is_file():
                original = user.read_text(encoding="utf-8")
                if original and block is None:
                    text = _with_block(text, original)
                user.unlink()
            _write_lock(path, before, text, remove_empty=True)
            _prune(kept, stop=folder)
