"""normalize: machine-dependent values become placeholders, and nothing else changes."""

from __future__ import annotations

import copy
import os
from typing import Any

import pytest

from cdktf_openai.testing import CDKTF_VERSION_PLACEHOLDER, machine_paths, normalize

PATHS = {"/srv/ci/job": "<cwd>", "/tmp": "<tmp>", "/tmp/cdktf.outdir.x1": "<outdir>"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/srv/ci/job/terraform.stack.tfstate", "<cwd>/terraform.stack.tfstate"),
        ("/srv/ci/job", "<cwd>"),
        ("/tmp/cdktf.outdir.x1/assets/a.zip", "<outdir>/assets/a.zip"),  # the longest wins
        ("/tmp/other", "<tmp>/other"),
        ("cat /tmp/a /srv/ci/job/b", "cat <tmp>/a <cwd>/b"),
        ("/var/tmp/a", "/var/tmp/a"),  # /tmp inside a longer path
        ("/tmpfiles/a", "/tmpfiles/a"),  # not under /tmp
        ("/srv/ci/jobs/a", "/srv/ci/jobs/a"),
        ("relative/tmp/a", "relative/tmp/a"),
        ("${openai_thread.t.id}", "${openai_thread.t.id}"),
    ],
)
def test_a_folder_is_replaced_only_where_it_starts_a_path(text: str, expected: str) -> None:
    assert normalize({"value": text}, paths=PATHS) == {"value": expected}


def test_keys_and_strings_in_lists_and_nested_maps_are_normalized() -> None:
    document = {"a": [{"/tmp/k": ["/tmp/v", 1, None, True]}]}
    assert normalize(document, paths=PATHS) == {"a": [{"<tmp>/k": ["<tmp>/v", 1, None, True]}]}


def test_the_version_stamp_becomes_a_placeholder_and_only_that_version() -> None:
    document = {
        "//": {"metadata": {"version": "0.21.0", "stackName": "s", "backend": "local"}},
        "terraform": {"required_providers": {"openai": {"version": "1.2.0"}}},
    }
    assert normalize(document, paths={}) == {
        "//": {
            "metadata": {"version": CDKTF_VERSION_PLACEHOLDER, "stackName": "s", "backend": "local"}
        },
        "terraform": {"required_providers": {"openai": {"version": "1.2.0"}}},
    }


def test_stack_traces_in_cdktf_metadata_are_dropped_and_nowhere_else() -> None:
    document = {
        "resource": {
            "t": {
                "n": {
                    "//": {"metadata": {"path": "s/n", "stackTrace": ["at /srv/x.py:1"]}},
                    "stackTrace": "a property of the resource",
                }
            }
        }
    }
    assert normalize(document, paths={}) == {
        "resource": {
            "t": {
                "n": {
                    "//": {"metadata": {"path": "s/n"}},
                    "stackTrace": "a property of the resource",
                }
            }
        }
    }


def test_a_document_without_volatile_values_comes_back_equal_and_the_input_untouched() -> None:
    document: dict[str, Any] = {
        "resource": {"openai_run": {"r": {"tools": [{"type": "b"}, {"type": "a"}], "x": 1.5}}},
        "output": {"o": {"value": "${openai_run.r.id}"}},
    }
    before = copy.deepcopy(document)
    assert normalize(document, paths=PATHS) == before
    assert document == before
    assert normalize(document, paths=PATHS) is not document


def test_root_and_relative_folders_are_ignored() -> None:
    assert normalize({"v": "/a/b"}, paths={"/": "<root>", "a": "<rel>"}) == {"v": "/a/b"}


def test_the_machine_paths_are_this_process_working_temp_and_home_folders() -> None:
    assert set(machine_paths().values()) == {"<cwd>", "<tmp>", "<home>"}
    assert machine_paths()[os.getcwd()] == "<cwd>"
    assert normalize({"v": os.path.join(os.getcwd(), "x")}) == {"v": "<cwd>/x"}
