"""The checked-in schema is what ``terraform providers schema -json`` prints for mkdev-me/openai.

No real ``mkdev-me/openai`` 1.2.0 can be installed here (no registry, no network), so two checks
share the claim, and neither makes the other unnecessary:

- **Content.** The file is byte-for-byte the project's shared reference
  (``shared/reference/mkdev-openai-1.2.0.full.schema.json`` beside the repository), which
  is ``terraform providers schema -json`` for the real provider, derived from its Go source
  at v1.2.0 (commit eee98531). A clone elsewhere (CI) has no such folder, so the reference's
  SHA-256 is recorded here: the checked-in file must have it everywhere, and where the folder
  is beside the repository the reference must still have it too (else it moved on: copy it
  again).
- **Form.** Real ``terraform`` reads the schema from the provider double (which serves this
  file over the plugin protocol) and prints it: the provider configuration and every resource
  come back unchanged. So the file holds exactly what Terraform prints -- its attribute flags,
  cty type notation, nesting modes and description kinds -- and nothing Terraform would add or
  drop. This check alone cannot see a wrong attribute (the double serves whatever the file
  says); the first one can.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from cdktf_openai.offline.pytest_plugin import WorkspaceFactory
from cdktf_openai.schema import PROVIDER_FQN, SCHEMA_FILE_NAME, provider_schema
from tests.conftest import ROOT

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = pytest.mark.core_independent  # terraform and the committed schema, no core

CHECKED_IN = ROOT / "cdktf_openai" / "schema" / SCHEMA_FILE_NAME
REFERENCE = ROOT.parent / "shared" / "reference" / SCHEMA_FILE_NAME
#: SHA-256 of shared/reference/mkdev-openai-1.2.0.full.schema.json (the whole provider: 34
#: resources, 56 data sources), recorded when it was copied in (2026-12-06).
REFERENCE_SHA256 = "878e34b38de4c1b2612395be43d8224d8ed58ac86759c89fb044cb41fb446680"


def test_the_checked_in_schema_is_the_shared_reference_byte_for_byte() -> None:
    assert hashlib.sha256(CHECKED_IN.read_bytes()).hexdigest() == REFERENCE_SHA256, (
        f"{CHECKED_IN.relative_to(ROOT)} is not the recorded reference: copy the reference "
        "again (cp, not an edit), record its SHA-256 here and run `make bindings`"
    )
    if REFERENCE.is_file():  # beside the repository: the reference has not moved on
        assert hashlib.sha256(REFERENCE.read_bytes()).hexdigest() == REFERENCE_SHA256, (
            f"{REFERENCE} changed: copy it to {CHECKED_IN.relative_to(ROOT)}, record its "
            "SHA-256 here and run `make bindings`"
        )


@pytest.mark.slow
def test_terraform_prints_the_checked_in_schema_back_unchanged(
    openai_double_workspace: WorkspaceFactory,
) -> None:
    source, version = PROVIDER_FQN.removeprefix("registry.terraform.io/"), "1.2.0"
    workspace = openai_double_workspace(
        {"terraform": {"required_providers": {"openai": {"source": source, "version": version}}}}
    )
    printed: dict[str, Any] = json.loads(
        workspace.run("providers", "schema", "-json").check().stdout
    )
    checked_in: dict[str, Any] = json.loads(CHECKED_IN.read_text(encoding="utf-8"))

    assert printed["format_version"] == checked_in["format_version"]
    assert (
        list(printed["provider_schemas"]) == list(checked_in["provider_schemas"]) == [PROVIDER_FQN]
    )
    by_terraform = printed["provider_schemas"][PROVIDER_FQN]
    assert by_terraform["provider"] == provider_schema()["provider"]
    assert sorted(by_terraform["resource_schemas"]) == sorted(provider_schema()["resource_schemas"])
    for resource_type, schema in provider_schema()["resource_schemas"].items():
        assert by_terraform["resource_schemas"][resource_type] == schema, resource_type
    # Every data source the double serves comes back as the file has it. (Which ones it
    # serves is the double's business: tests/offline.)
    assert len(provider_schema()["data_source_schemas"]) == 56
    for data_source_type, schema in by_terraform.get("data_source_schemas", {}).items():
        assert schema == provider_schema()["data_source_schemas"][data_source_type]
