"""A service account's key on the double: never in plan or apply output, refused by Terraform
in an output that is not sensitive (the ``team_projects`` example's deploy is in
``test_examples_offline.py``)."""

from __future__ import annotations

import pytest

from cdktf_openai.offline.pytest_plugin import WorkspaceFactory

#: What the double's placeholder keys start with (the real ones: ``sk-svcacct-``).
KEY_PREFIX = "offline-double-placeholder-svcacct-"


@pytest.mark.slow
def test_a_key_in_an_output_that_is_not_sensitive_is_refused_by_terraform(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    from cdktf_openai import ProjectServiceAccount
    from cdktf_openai.core import App, TerraformOutput, TerraformStack, Testing
    from examples.common import add_provider

    stack = TerraformStack(App(), "leak")
    add_provider(stack)
    account = ProjectServiceAccount(stack, "ci", project="proj_abc", name="ci")
    TerraformOutput(stack, "key", value=account.api_key)  # not sensitive=True
    result = openai_double_workspace(Testing.synth(stack)).plan()
    assert result.returncode == 1
    assert "Output refers to sensitive values" in result.output
    assert KEY_PREFIX not in result.output
