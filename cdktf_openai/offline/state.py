"""Where the double keeps the objects it "created": a folder under Terraform's data directory.

The real provider creates objects at OpenAI; the double's fake API
(:mod:`~cdktf_openai.offline.fake_api`) writes each one as a JSON file instead, under
``<TF_DATA_DIR>/cdktf-openai-offline/objects/<kind>/``, relative to the folder Terraform runs in
(Terraform starts providers there; the double's runs set ``TF_DATA_DIR`` to
``.terraform-openai-double``). That is what lets a refresh notice an object that was deleted
behind Terraform's back, lets a run find its assistant's model, and keeps IDs unique across
applies. Nothing else is written, nowhere else.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

#: The folder under Terraform's data directory that the double owns.
STORE_FOLDER = "cdktf-openai-offline"
_SAFE_KEY = re.compile(r"^[A-Za-z0-9_.-]+$")


class ObjectStore:
    """The objects the double created, one JSON file each.

    Args:
        root: The folder that holds the files; created on the first write.
    """

    def __init__(self, root: Path) -> None:
        """Use ``root`` as the store's folder."""
        self.root = root

    @classmethod
    def for_working_directory(
        cls, directory: Path | None = None, *, data_dir: str | None = None
    ) -> ObjectStore:
        """Return the store of a Terraform working directory.

        Args:
            directory: The folder Terraform runs in (default: the current one, which is where
                Terraform starts its providers).
            data_dir: Terraform's data directory there (default: ``TF_DATA_DIR``, as Terraform
                reads it, else ``.terraform``).
        """
        base = directory if directory is not None else Path.cwd()
        folder = Path(data_dir or os.environ.get("TF_DATA_DIR") or ".terraform")
        return cls((base / folder) / STORE_FOLDER / "objects")

    def _path(self, type_name: str, key: str) -> Path:
        if not _SAFE_KEY.match(key):
            raise ValueError(f"not an object key the double issues: {key!r}")
        return self.root / type_name / f"{key}.json"

    def get(self, type_name: str, key: str) -> dict[str, Any] | None:
        """Return the stored object, or ``None`` if there is none (or the key is foreign)."""
        try:
            text = self._path(type_name, key).read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None
        stored: dict[str, Any] = json.loads(text)
        return stored

    def exists(self, type_name: str, key: str) -> bool:
        """Return whether an object is stored under ``key``."""
        try:
            return self._path(type_name, key).is_file()
        except ValueError:
            return False

    def put(self, type_name: str, key: str, value: dict[str, Any]) -> None:
        """Store (or replace) an object, atomically.

        Args:
            type_name: The resource type, e.g. ``openai_run``.
            key: The object's key (its ID, or for a vector store file the store and file IDs).
            value: The object's attributes; JSON-serializable.
        """
        path = self._path(type_name, key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps(value, sort_keys=True, default=str), encoding="utf-8")
        temporary.replace(path)

    def delete(self, type_name: str, key: str) -> None:
        """Remove an object; removing one that is not there is not an error."""
        try:
            self._path(type_name, key).unlink(missing_ok=True)
        except ValueError:
            return

    def stored(self, type_name: str = "*") -> list[tuple[str, str]]:
        """Return ``(type_name, key)`` of every stored object (of one type, if given), sorted.

        Args:
            type_name: Only objects of this type (default: all).
        """
        if not self.root.is_dir():
            return []
        pattern = f"{type_name}/*.json"
        return sorted((path.parent.name, path.stem) for path in self.root.glob(pattern))
