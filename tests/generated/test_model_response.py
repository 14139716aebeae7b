"""openai_model_response in the generated layer, and the fix-up its `imported` attribute needs.

The resource is ``cdktf_openai.generated.model_response.ModelResponse`` (config struct
``ModelResponseConfig``; the resource has no blocks, so no other struct).

Two of its attributes have names that the generator treats specially:

- ``imported`` (bool). cdktf 0.21's generator backs it with a private ``_imported``, the name of
  TerraformResource's own import target, which stops jsii (TS2415) and, at run time, would
  make the attribute and ``import_from`` overwrite each other. ``make bindings`` renames the
  generated field (``TYPESCRIPT_FIXUPS`` in scripts/generate-bindings.js). **In Python nothing
  changes**: the keyword argument and property are ``imported``, with ``imported_input`` and
  ``reset_imported()``; the Terraform key is ``imported``.
- ``_imported_resource`` (string, optional and computed). Camel-casing drops the leading
  underscore: **in Python it is ``imported_resource``** (``imported_resource_input``,
  ``reset_imported_resource()``), while the Terraform key stays ``_imported_resource``. It
  clashes with nothing (no private ``_importedResource`` in cdktf's classes), so it needs no
  fix-up.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

from cdktf import App, TerraformOutput, TerraformStack
from cdktf import Testing as CdktfTesting

from cdktf_openai.generated import model_response
from cdktf_openai.generated.model_response import ModelResponse, ModelResponseConfig


def make(**kwargs: Any) -> tuple[TerraformStack, ModelResponse]:
    stack = TerraformStack(App(), "responses")
    return stack, ModelResponse(stack, "answer", model="gpt-4o", input="Hello", **kwargs)


def synthesized(stack: TerraformStack) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(CdktfTesting.synth(stack))
    return document


def resource_body(stack: TerraformStack) -> dict[str, Any]:
    body: dict[str, Any] = synthesized(stack)["resource"]["openai_model_response"]["answer"]
    return body


def hcl_body(resource: ModelResponse) -> dict[str, Any]:
    body: dict[str, Any] = resource.to_hcl_terraform()["resource"]["openai_model_response"][
        "answer"
    ]
    return body


def test_the_module_exports_the_resource_and_its_config_struct_only() -> None:
    assert model_response.__name__ == "cdktf_openai.generated.model_response"
    assert sorted(model_response.__all__) == ["ModelResponse", "ModelResponseConfig"]
    assert ModelResponse.TF_RESOURCE_TYPE == "openai_model_response"


def test_the_python_names_of_the_two_attributes() -> None:
    for signature in (
        inspect.signature(ModelResponse.__init__),
        inspect.signature(ModelResponseConfig.__init__),
    ):
        assert {"imported", "imported_resource"} <= set(signature.parameters)
        assert "_imported_resource" not in signature.parameters
    for member in (
        "imported",
        "imported_input",
        "reset_imported",
        "imported_resource",
        "imported_resource_input",
        "reset_imported_resource",
    ):
        assert hasattr(ModelResponse, member), member


def test_imported_is_written_under_the_key_imported_and_adds_no_import_block() -> None:
    stack, resource = make(imported=True, imported_resource="resp_kept")
    assert resource.imported_input is True
    document = synthesized(stack)
    body = document["resource"]["openai_model_response"]["answer"]
    assert body["imported"] is True
    assert body["_imported_resource"] == "resp_kept"
    assert not {"importedAttribute", "_importedAttribute", "imported_resource"} & set(body)
    # with the generator's own field name, setting the attribute also set the base class's
    # import target, and the stack got an `import` block
    assert "import" not in document


def test_the_hcl_synthesis_uses_the_same_keys() -> None:
    _, resource = make(imported=False, imported_resource="resp_kept")
    body = hcl_body(resource)
    assert body["imported"]["value"] is False
    assert body["imported"]["storageClassType"] == "boolean"
    assert body["_imported_resource"]["value"] == "resp_kept"


def test_the_setter_and_reset_of_imported_act_on_the_attribute() -> None:
    stack, resource = make()
    assert "imported" not in resource_body(stack)
    resource.imported = True
    assert resource.imported_input is True
    assert resource_body(stack)["imported"] is True
    resource.reset_imported()
    assert resource.imported_input is None
    assert "imported" not in resource_body(stack)


def test_import_from_still_works_and_leaves_the_attribute_alone() -> None:
    stack, resource = make()
    resource.import_from("resp_123")
    document = synthesized(stack)
    assert document["import"] == [{"id": "resp_123", "to": "openai_model_response.answer"}]
    assert "imported" not in document["resource"]["openai_model_response"]["answer"]
    assert resource.imported_input is None


def test_both_attributes_read_back_as_references_under_their_terraform_names() -> None:
    stack, resource = make()
    TerraformOutput(stack, "imported", value=resource.imported)
    TerraformOutput(stack, "imported_resource", value=resource.imported_resource)
    outputs = synthesized(stack)["output"]
    assert outputs["imported"]["value"] == "${openai_model_response.answer.imported}"
    assert outputs["imported_resource"]["value"] == (
        "${openai_model_response.answer._imported_resource}"
    )
