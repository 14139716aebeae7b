"""What the example stacks share: the seed's model, the provider, run and response outputs."""

from __future__ import annotations

from constructs import Construct

from cdktf_openai import OpenAIProvider, Response, Run
from cdktf_openai.core import TerraformOutput

#: The model of the seed (the provider's openai_run page).
MODEL = "gpt-4-turbo-preview"


def add_provider(scope: Construct) -> OpenAIProvider:
    """The provider, configured from the environment (``OPENAI_API_KEY`` etc.): no key here."""
    return OpenAIProvider(scope, "openai")


def add_run_outputs(scope: Construct, name: str, run: Run) -> None:
    """Outputs ``<name>_run_id`` and ``<name>_run_status``: what a user checks after apply."""
    TerraformOutput(scope, f"{name}_run_id", value=run.id, description=f"ID of the {name} run")
    TerraformOutput(
        scope, f"{name}_run_status", value=run.status, description=f"Status of the {name} run"
    )


def add_response_outputs(scope: Construct, name: str, response: Response) -> None:
    """Outputs ``<name>_response_id`` and ``<name>_text``: the answer, in the state after apply."""
    TerraformOutput(
        scope, f"{name}_response_id", value=response.id, description=f"ID of the {name} response"
    )
    TerraformOutput(scope, f"{name}_text", value=response.text, description=f"The {name}'s text")
