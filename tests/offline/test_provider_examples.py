"""The provider's own examples (v1.2.0) as a test suite of the double.

``tests/offline/provider_examples/`` holds every ``.tf`` file of ``examples/resources``,
``examples/data-sources``, ``examples/provider`` and ``modules/`` of
mkdev-me/terraform-provider-openai at tag v1.2.0 (see the README there). Each folder is one
configuration:

- a valid one must plan with the double (``terraform plan`` validates first, then reads the
  data sources and plans every resource); module folders get the variables they require from
  :data:`PLAN_VARIABLES`;
- an invalid one must be rejected for the reason the reference README gives
  (:data:`INVALID`: Terraform's summary and the part of its detail that names the mistake).

Speed: no ``terraform init`` (the CLI configuration uses ``dev_overrides`` for the double, so
Terraform starts it directly, and an empty filesystem mirror for any other provider, so that
nothing is downloaded); two folders at a time.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai.offline.install import install_provider_double, package_dir
from cdktf_openai.offline.state import STORE_FOLDER, ObjectStore

# the same under either core: run once (tests/conftest.py, core_independent)
pytestmark = [
    pytest.mark.core_independent,  # terraform on the provider's own examples, no core
    # one worker: the module's fixtures plan every example once (about 45 s), not once per worker
    pytest.mark.xdist_group("provider_examples"),
]

EXAMPLES = Path(__file__).parent / "provider_examples"

#: Every folder with a ``.tf`` file, relative to :data:`EXAMPLES`.
FOLDERS = sorted({str(path.parent.relative_to(EXAMPLES)) for path in EXAMPLES.rglob("*.tf")})

#: The invalid folders: (what Terraform reports, a part of its detail, why -- the reference
#: README's words).
INVALID: dict[str, tuple[str, str, str]] = {
    "examples/data-sources/openai_organization_users": (
        "Unsupported argument", 'An argument named "role" is not expected here',
        "top-level role on the user-list data sources"),
    "examples/data-sources/openai_project_users": (
        "Unsupported argument", 'An argument named "role" is not expected here',
        "top-level role on the user-list data sources"),
    "examples/data-sources/openai_thread": (
        "Invalid resource type", 'does not support resource type "openai_thread_message"',
        "a data source openai_thread_message that does not exist"),
    "examples/resources/openai_invite": (
        "Unsupported argument", 'An argument named "description" is not expected here',
        "description on openai_project (it has only name)"),
    "examples/resources/openai_project_rate_limit": (
        "Unsupported argument", 'An argument named "description" is not expected here',
        "description on openai_project (it has only name)"),
    "examples/resources/openai_project_user": (
        "Unsupported argument", 'An argument named "description" is not expected here',
        "description on openai_project (it has only name)"),
    "examples/resources/openai_service_account": (
        "Unsupported argument", 'An argument named "description" is not expected here',
        "description on openai_project (it has only name)"),
    "examples/resources/openai_rate_limit": (
        "Missing required provider", "registry.terraform.io/hashicorp/openai",
        "a folder without required_providers (Terraform looks for hashicorp/openai)"),
    "examples/resources/openai_run": (
        "Unsupported argument", 'An argument named "tool_resources" is not expected here',
        "messages = [...] on openai_thread (a block) and tool_resources on openai_assistant"),
    "examples/resources/openai_text_to_speech": (
        "Unsupported argument", 'An argument named "output_path" is not expected here',
        "output_path on openai_text_to_speech (the attribute is output_file)"),
    "examples/resources/openai_thread": (
        "Unsupported argument", 'An argument named "messages" is not expected here',
        "messages = [...] on openai_thread (a block)"),
    "examples/resources/openai_upload": (
        "Invalid resource type", 'does not support resource type "openai_upload"',
        "openai_upload is written in Go but not registered"),
    "examples/resources/openai_upload_part": (
        "Invalid resource type", 'does not support resource type "openai_upload_part"',
        "openai_upload_part is written in Go but not registered"),
    "modules/batch": (
        "Duplicate variable declaration", 'A variable named "api_key" was already declared',
        "a module declaring variables twice"),
    "modules/invite": (
        "Unsupported argument", 'An argument named "api_key" is not expected here',
        "api_key on resources and data sources (only the provider block has it)"),
    "modules/model": (
        "Unsupported argument", 'An argument named "api_key" is not expected here',
        "api_key on resources and data sources (only the provider block has it)"),
    "modules/organization_users": (
        "Missing required provider", "registry.terraform.io/hashicorp/openai",
        "a folder without required_providers (Terraform looks for hashicorp/openai)"),
    "modules/project_api/example": (
        "Failed to query available provider packages", "hashicorp/openai",
        "a folder without required_providers (Terraform looks for hashicorp/openai)"),
    "modules/rate_limit": (
        "Unsupported argument", 'An argument named "api_key" is not expected here',
        "api_key on resources and data sources (only the provider block has it)"),
    "modules/system_api": (
        "Unsupported argument", 'An argument named "api_key" is not expected here',
        "api_key on resources and data sources (only the provider block has it)"),
}  # fmt: skip

#: Valid folders the offline tests cannot run: they need providers other than the double.
NEEDS_OTHER_PROVIDERS = {
    "modules/image": "needs hashicorp/local and hashicorp/null, which are not installed offline",
}

#: The variables each valid module folder requires (a caller of the module would pass them).
PLAN_VARIABLES: dict[str, dict[str, Any]] = {
    "examples/provider": {
        "openai_api_key": "offline-test-key",
        "openai_admin_key": "offline-admin-key",
        "organization_id": "org-offline",
    },
    "modules/assistants": {"assistant_model": "gpt-4o"},
    "modules/chat_completion": {
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "Hi"}],
    },
    "modules/embeddings": {"input": "Hi"},
    "modules/files": {"file_path": "training_data.jsonl", "purpose": "fine-tune"},
    "modules/fine_tuning": {"model": "gpt-4o-mini-2024-07-18", "training_file": "file-abc"},
    "modules/fine_tuning/enhanced_fine_tuning": {
        "model": "gpt-4o-mini-2024-07-18",
        "training_file": "file-abc",
    },
    "modules/messages": {"thread_id": "thread_abc", "content": "Hi"},
    "modules/model_response": {"input": "Hi", "model": "gpt-4o"},
    "modules/moderation": {"input": "Hi"},
    "modules/project_api": {"project_id": "proj_abc", "api_key_id": "key_abc"},
    "modules/project_user": {"project_id": "proj_abc", "user_id": "user-abc"},
    "modules/projects": {"name": "Demo"},
    "modules/run": {"thread_id": "thread_abc", "assistant_id": "asst_abc"},
    "modules/service_account": {"project_id": "proj_abc", "name": "bot"},
    "modules/upload": {"purpose": "assistants", "file_path": "a.txt"},
    "modules/vector_store": {"name": "docs"},
}


#: The member of the organisation that an example expects (see :func:`valid_plan`).
ORGANIZATION_MEMBER = {
    "object": "organization.user",
    "id": "user-mkdev",
    "name": "Example User",
    "email": "user@mkdev.me",
    "role": "reader",
    "added_at": 1_700_000_000,
}


#: The objects the data source examples read by ID, as the API would return them (the
#: examples name an assistant, a file and a vector store of the author's account): the fake
#: API answers a GET for an ID it does not hold with the API's 404, as OpenAI does.
EXISTING_OBJECTS: dict[tuple[str, str], dict[str, Any]] = {
    ("assistant", "asst_8sPATZ7dVbBL1m1Yve97j2BM"): {
        "id": "asst_8sPATZ7dVbBL1m1Yve97j2BM", "object": "assistant",
        "created_at": 1_700_000_000, "name": "Code Reviewer", "description": None,
        "model": "gpt-4o", "instructions": "Review code.", "tools": [], "tool_resources": {},
        "metadata": {}, "temperature": 1.0, "top_p": 1.0, "response_format": "auto",
    },
    ("file", "file-abc123"): {
        "id": "file-abc123", "object": "file", "bytes": 1024, "created_at": 1_700_000_000,
        "filename": "training_data.jsonl", "purpose": "fine-tune", "status": "processed",
    },
    ("vector_store", "vs-example"): {
        "id": "vs-example", "object": "vector_store", "created_at": 1_700_000_000,
        "name": "Knowledge base", "usage_bytes": 0, "status": "completed",
        "file_counts": {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 0,
                        "total": 0},
        "expires_after": None, "expires_at": None, "last_active_at": 1_700_000_000,
        "metadata": {},
    },
}  # fmt: skip


@dataclass(frozen=True)
class Outcome:
    """What Terraform said about one folder.

    Attributes:
        command: ``plan``, ``validate`` or ``init``.
        returncode: Its exit status.
        output: Its standard output and error, without colours.
    """

    command: str
    returncode: int
    output: str


def _cli_config(folder: Path) -> Path:
    """A CLI configuration: the double by ``dev_overrides``, any other provider from nowhere."""
    install_provider_double(folder / "double")
    executables = sorted(package_dir(folder / "double").glob("terraform-provider-openai*"))
    overrides = folder / "overrides"
    overrides.mkdir()
    shutil.copy2(executables[0], overrides / "terraform-provider-openai")
    (folder / "empty-mirror").mkdir()
    config = folder / "examples.rc"
    config.write_text(
        "provider_installation {\n"
        f'  dev_overrides {{\n    "mkdev-me/openai" = "{overrides}"\n  }}\n'
        f'  filesystem_mirror {{\n    path = "{folder / "empty-mirror"}"\n  }}\n'
        "}\n"
    )
    return config


def _terraform(directory: Path, config: Path, *arguments: str) -> Outcome:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("TF_")}
    environment.update(
        TF_CLI_CONFIG_FILE=str(config),
        TF_DATA_DIR=str(directory / ".terraform-double"),
        CHECKPOINT_DISABLE="1",
        TF_IN_AUTOMATION="1",
    )
    result = subprocess.run(
        ["terraform", *arguments, "-no-color"],
        cwd=directory,
        env=environment,
        capture_output=True,
        text=True,
        timeout=400,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    return Outcome(arguments[0], result.returncode, result.stdout + result.stderr)


def module_name(folder: str) -> str:
    """The name of a folder's module call in the root configuration."""
    return folder.replace("/", "__").replace("-", "_")


#: The valid folders the tests run.
VALID = [f for f in FOLDERS if f not in INVALID and f not in NEEDS_OTHER_PROVIDERS]


@pytest.fixture(scope="module")
def examples(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A copy of the examples, and the CLI configuration to run them with."""
    work = tmp_path_factory.mktemp("provider-examples")
    config = _cli_config(work)
    shutil.copytree(EXAMPLES, work / "runs")
    return work / "runs", config


@pytest.fixture(scope="module")
def valid_plan(examples: tuple[Path, Path]) -> Outcome:
    """One ``terraform plan`` of a root configuration that calls every valid folder as a
    module (with the variables it requires): one ``terraform get`` and one plan for all."""
    runs, config = examples
    root = runs / "_root"
    root.mkdir()
    header = {"required_providers": {"openai": {"source": "mkdev-me/openai", "version": "1.2.0"}}}
    modules = {
        module_name(folder): {"source": f"../{folder}", **PLAN_VARIABLES.get(folder, {})}
        for folder in VALID
    }
    configuration = {"terraform": header, "provider": {"openai": {}}, "module": modules}
    (root / "main.tf.json").write_text(json.dumps(configuration, indent=2))
    # examples/resources/openai_organization_user changes the role of user@mkdev.me, a member
    # of the organisation: the fake API's organisation has that member
    store = ObjectStore(root / ".terraform-double" / STORE_FOLDER / "objects")
    store.put("org_user", "user-mkdev", ORGANIZATION_MEMBER)
    for (kind, key), value in EXISTING_OBJECTS.items():
        store.put(kind, key, value)
    modules_only = _terraform(root, config, "get")  # no provider to install: dev_overrides
    assert modules_only.returncode == 0, modules_only.output
    return _terraform(root, config, "plan", "-input=false", "-lock=false")


@pytest.fixture(scope="module")
def rejections(examples: tuple[Path, Path]) -> dict[str, Outcome]:
    """Every invalid folder's ``terraform validate`` (``init`` where modules come first), two
    at a time."""
    runs, config = examples

    def run(folder: str) -> Outcome:
        if "Failed to query" in INVALID[folder][0]:
            return _terraform(runs / folder, config, "init", "-backend=false", "-input=false")
        return _terraform(runs / folder, config, "validate")

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip(INVALID, pool.map(run, INVALID), strict=True))


def test_the_examples_are_all_there() -> None:
    """77 folders hold ``.tf`` files at v1.2.0; 20 are invalid, one needs other providers."""
    assert len(FOLDERS) == 77
    assert set(INVALID) <= set(FOLDERS)
    assert set(NEEDS_OTHER_PROVIDERS) <= set(FOLDERS)
    assert len(INVALID) == 20
    assert len(VALID) == 56


def _flat(text: str) -> str:
    return " ".join(text.replace("│", " ").split())


def _blocks(folder: str) -> list[list[str]]:
    """The lines of each top-level ``resource`` and ``data`` block of a folder."""
    blocks: list[list[str]] = []
    for path in sorted((EXAMPLES / folder).glob("*.tf")):
        current: list[str] | None = None
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith(("resource ", "data ")):
                current = []
                blocks.append(current)
            elif line.startswith("}"):
                current = None
            elif current is not None:
                current.append(line.strip())
    return blocks


def _conditional(block: list[str]) -> bool:
    return any(line.startswith(("count ", "count=", "for_each")) for line in block)


@pytest.mark.slow
def test_every_valid_example_plans_with_the_double(valid_plan: Outcome) -> None:
    """One plan of all valid folders succeeds: each is valid against the schema, each of its
    data sources is read and each of its resources planned by the double."""
    assert valid_plan.returncode == 0, valid_plan.output
    assert "Error:" not in valid_plan.output


@pytest.mark.slow
@pytest.mark.parametrize("folder", VALID)
def test_a_valid_example_is_in_the_plan(folder: str, valid_plan: Outcome) -> None:
    """The folder's own resources are planned or its data sources read, unless each of them
    has a ``count`` or ``for_each`` (a module whose variables switch it all off; the one folder
    that only configures the provider declares none)."""
    blocks = _blocks(folder)
    if any(not _conditional(block) for block in blocks):
        assert f"module.{module_name(folder)}." in valid_plan.output
    else:
        assert blocks or folder == "examples/provider"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("folder", "summary", "detail"),
    [pytest.param(f, s, d, id=f"{f} ({why})") for f, (s, d, why) in INVALID.items()],
)
def test_an_invalid_example_is_rejected_for_its_reason(
    folder: str, summary: str, detail: str, rejections: dict[str, Outcome]
) -> None:
    """Rejected before anything is planned, with the error that names the mistake."""
    outcome = rejections[folder]
    assert outcome.returncode == 1, outcome.output
    text = _flat(outcome.output)
    assert f"Error: {summary}" in text, outcome.output
    assert _flat(detail) in text, outcome.output
