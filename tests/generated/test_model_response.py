"""openai_model_response in the generated layers, and the fix-up its `imported` attribute needs.

The resource is ``<layer>.model_response.ModelResponse`` (config struct ``ModelResponseConfig``;
the resource has no blocks, so no other struct), in ``cdktf_openai.generated`` and in
``cdktf_openai.generated_cdktn``: every test runs for both layers (the ``core`` fixture).

Two of its attributes have names that the generator treats specially:

- ``imported`` (bool). Both generators (cdktf 0.21's and cdktn 0.24's) back it with a private
  ``_imported``, the name of TerraformResource's own import target, which stops jsii (TS2415)
  and, at run time, would make the attribute and ``import_from`` overwrite each other.
  ``make bindings`` renames the generated field (``TYPESCRIPT_FIXUPS`` in
  scripts/generate-bindings.js). **In Python nothing changes**: the keyword argument and
  property are ``imported``, with ``imported_input`` and ``reset_imported()``; the Terraform key
  is ``imported``.
- ``_imported_resource`` (string, optional and computed). Camel-casing drops the leading
  underscore: **in Python it is ``imported_resource``** (``imported_resource_input``,
  ``reset_imported_resource()``), while the Terraform key stays ``_imported_resource``. It
  clashes with nothing (no private ``_importedResource`` in either core's classes), so it needs
  no fix-up.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

from tests.generated.cores import Core


def make(core: Core, **kwargs: Any) -> tuple[Any, Any]:
    lib = core.lib()
    stack = lib.TerraformStack(lib.App(), "responses")
    resource = core.module("model_response").ModelResponse(
        stack, "answer", model="gpt-4o", input="Hello", **kwargs
    )
    return stack, resource


def synthesized(core: Core, stack: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(core.lib().Testing.synth(stack))
    return document


def resource_body(core: Core, stack: Any) -> dict[str, Any]:
    body: dict[str, Any] = synthesized(core, stack)["resource"]["openai_model_response"]["answer"]
    return body


def hcl_body(resource: Any) -> dict[str, Any]:
    body: dict[str, Any] = resource.to_hcl_terraform()["resource"]["openai_model_response"][
        "answer"
    ]
    return body


def test_the_module_exports_the_resource_and_its_config_struct_only(core: Core) -> None:
    model_response = core.module("model_response")
    assert model_response.__name__ == f"{core.package}.model_response"
    assert sorted(model_response.__all__) == ["ModelResponse", "ModelResponseConfig"]
    assert model_response.ModelResponse.TF_RESOURCE_TYPE == "openai_model_response"


def test_the_python_names_of_the_two_attributes(core: Core) -> None:
    model_response = core.module("model_response")
    for signature in (
        inspect.signature(model_response.ModelResponse.__init__),
        inspect.signature(model_response.ModelResponseConfig.__init__),
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
        assert hasattr(model_response.ModelResponse, member), member


def test_imported_is_written_under_the_key_imported_and_adds_no_import_block(core: Core) -> None:
    stack, resource = make(core, imported=True, imported_resource="resp_kept")
    assert resource.imported_input is True
    document = synthesized(core, stack)
    body = document["resource"]["openai_model_response"]["answer"]
    assert body["imported"] is True
    assert body["_imported_resource"] == "resp_kept"
    assert not {"importedAttribute", "_importedAttribute", "imported_resource"} & set(body)
    # with the generator's own field name, setting the attribute also set the base class's
    # import target, and the stack got an `import` block
    assert "import" not in document


def test_the_hcl_synthesis_uses_the_same_keys(core: Core) -> None:
    _, resource = make(core, imported=False, imported_resource="resp_kept")
    body = hcl_body(resource)
    assert body["imported"]["value"] is False
    assert body["imported"]["storageClassType"] == "boolean"
    assert body["_imported_resource"]["value"] == "resp_kept"


def test_the_setter_and_reset_of_imported_act_on_the_attribute(core: Core) -> None:
    stack, resource = make(core)
    assert "imported" not in resource_body(core, stack)
    resource.imported = True
    assert resource.imported_input is True
    assert resource_body(core, stack)["imported"] is True
    resource.reset_imported()
    assert resource.imported_input is None
    assert "imported" not in resource_body(core, stack)


def test_import_from_still_works_and_leaves_the_attribute_alone(core: Core) -> None:
    stack, resource = make(core)
    resource.import_from("resp_123")
    document = synthesized(core, stack)
    assert document["import"] == [{"id": "resp_123", "to": "openai_model_response.answer"}]
    assert "imported" not in document["resource"]["openai_model_response"]["answer"]
    assert resource.imported_input is None


def test_both_attributes_read_back_as_references_under_their_terraform_names(core: Core) -> None:
    stack, resource = make(core)
    output = core.lib().TerraformOutput
    output(stack, "imported", value=resource.imported)
    output(stack, "imported_resource", value=resource.imported_resource)
    outputs = synthesized(core, stack)["output"]
    assert outputs["imported"]["value"] == "${openai_model_response.answer.imported}"
    assert outputs["imported_resource"]["value"] == (
        "${openai_model_response.answer._imported_resource}"
    )
