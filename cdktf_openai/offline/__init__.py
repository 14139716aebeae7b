"""An offline stand-in ("double") for the Terraform provider ``mkdev-me/openai`` 1.2.0.

Real ``terraform`` loads it through ``terraform init`` from a filesystem mirror; it serves the
project's schema (:mod:`cdktf_openai.schema`), applies the provider's plan-time checks, and
creates, reads and destroys objects with OpenAI-shaped IDs, with no network and no API key.

Modules, one concept each:

- :mod:`.protocol`: plugin-protocol values and schemas on top of PyPI ``tf``;
- :mod:`.checks`: the provider's plan-time checks;
- :mod:`.lifecycle`: IDs, computed attributes, replacements;
- :mod:`.state`: where created objects are kept (under the working dir's ``.terraform``);
- :mod:`.provider` and :mod:`.server`: the gRPC service and the plugin process;
- :mod:`.install`: the filesystem mirror and the CLI configuration that points at it;
- :mod:`.workspace`: run ``terraform`` on a synthesized stack (tests, CI);
- :mod:`.cli`: the ``cdktf-openai-offline`` command; :mod:`.pytest_plugin`: pytest fixtures.

Importing this package starts neither gRPC nor jsii.
"""

from cdktf_openai.offline.install import (
    OfflineExtraMissingError,
    install_provider_double,
    offline_terraform,
    terraform_environment,
)
from cdktf_openai.offline.workspace import (
    TerraformError,
    TerraformResult,
    TerraformWorkspace,
    resources_in_state,
)

__all__ = [
    "OfflineExtraMissingError",
    "TerraformError",
    "TerraformResult",
    "TerraformWorkspace",
    "install_provider_double",
    "offline_terraform",
    "resources_in_state",
    "terraform_environment",
]
