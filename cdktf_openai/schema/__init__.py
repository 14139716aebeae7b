"""The provider schema that the generated bindings are made from, shipped with the package.

``mkdev-openai-1.2.0.full.schema.json`` is ``terraform providers schema -json`` for the whole
provider ``mkdev-me/openai`` 1.2.0: the provider block, 34 resources and 56 data sources (see
``README.md`` beside it for where it came from).
"""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

__all__ = ["PROVIDER_FQN", "SCHEMA_FILE_NAME", "provider_schema", "schema_text"]

#: The provider's fully qualified name, as the schema file keys it.
PROVIDER_FQN = "registry.terraform.io/mkdev-me/openai"
#: The file name of the schema inside this package.
SCHEMA_FILE_NAME = "mkdev-openai-1.2.0.full.schema.json"


def schema_text() -> str:
    """Return the schema file's text, byte-for-byte as committed."""
    return files(__name__).joinpath(SCHEMA_FILE_NAME).read_text(encoding="utf-8")


@cache
def provider_schema() -> dict[str, Any]:
    """Return the provider's entry of the schema.

    Returns:
        The object under ``provider_schemas["registry.terraform.io/mkdev-me/openai"]``, with the
        keys ``provider``, ``resource_schemas`` and ``data_source_schemas``. Treat it as
        read-only: it is cached and shared.
    """
    document: dict[str, Any] = json.loads(schema_text())
    entry: dict[str, Any] = document["provider_schemas"][PROVIDER_FQN]
    return entry
