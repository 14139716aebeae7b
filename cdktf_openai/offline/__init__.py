"""An offline stand-in ("double") for the Terraform provider ``mkdev-me/openai`` 1.2.0.

Real ``terraform`` loads it through ``terraform init`` from a filesystem mirror. It serves the
project's schema (:mod:`cdktf_openai.schema`) and answers as the provider's Go code (tag
v1.2.0, terraform-plugin-sdk v2.38.1) does -- validation with the SDK's words, plans with its
defaults and replacements, state field by field as the Go functions set it -- against a fake
OpenAI API kept in files, with no network and no API key.

Modules, one concept each:

- :mod:`.goschema`: the provider's Go schemas, as a table;
- :mod:`.schema_validate`, :mod:`.helper_validation`, :mod:`.gofmt`, :mod:`.gojson`: the SDK's
  validation of a configuration, with Go's wording;
- :mod:`.schema_diff`: the SDK's plan (defaults, force-new, unknowns);
- :mod:`.shim`, :mod:`.sdk_state`, :mod:`.resource_data`: the SDK's view of values
  (``ResourceConfig``, ``normalizeNullValues``, ``ResourceData``);
- ``resource_openai_*``: the provider's create/read/update/delete functions, one Go file each;
  :mod:`.resource_helpers`: the steps they all spell out (send, word an error, forget on 404,
  ``d.Set`` fields); :mod:`.crud`: which function is which;
- :mod:`.fake_api`: the OpenAI API the functions call; :mod:`.state`: where its objects are kept;
- :mod:`.diagnostics`: the errors the provider reports;
- :mod:`.protocol`, :mod:`.provider` and :mod:`.server`: plugin-protocol values, the gRPC service,
  the plugin process;
- :mod:`.install` and :mod:`.isolation`: the filesystem mirror, the environment that points at
  it, and keeping the double out of the user's plugin cache, ``.terraform`` and lock files;
- :mod:`.workspace`: run ``terraform`` on a synthesized stack (tests, CI);
- :mod:`.cli`: the ``cdktf-openai-offline`` command; :mod:`.pytest_plugin`: pytest fixtures.

Importing this package starts neither gRPC nor jsii, and imports none of its modules: each name
below is imported on first use, so the plugin process (:mod:`.server`), which Terraform starts
for every command, loads only what it serves with.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cdktf_openai.offline.install import (
        OfflineExtraMissingError,
        install_provider_double,
        offline_terraform,
        terraform_environment,
    )
    from cdktf_openai.offline.workspace import (
        AssetNotFoundError,
        TerraformError,
        TerraformResult,
        TerraformWorkspace,
        resources_in_state,
    )

# Public name -> the module that defines it.
_EXPORTS = {
    "OfflineExtraMissingError": "cdktf_openai.offline.install",
    "install_provider_double": "cdktf_openai.offline.install",
    "offline_terraform": "cdktf_openai.offline.install",
    "terraform_environment": "cdktf_openai.offline.install",
    "AssetNotFoundError": "cdktf_openai.offline.workspace",
    "TerraformError": "cdktf_openai.offline.workspace",
    "TerraformResult": "cdktf_openai.offline.workspace",
    "TerraformWorkspace": "cdktf_openai.offline.workspace",
    "resources_in_state": "cdktf_openai.offline.workspace",
}


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use (a submodule imports as usual)."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, for completion in IDEs and REPLs."""
    return sorted(__all__)


__all__ = [
    "AssetNotFoundError",
    "OfflineExtraMissingError",
    "TerraformError",
    "TerraformResult",
    "TerraformWorkspace",
    "install_provider_double",
    "offline_terraform",
    "resources_in_state",
    "terraform_environment",
]
