"""A project's API keys (v1.2.0): ``openai_project_api_key`` and ``openai_project_api_keys``.

Ports of ``internal/provider/data_source_openai_project_api_key.go`` and
``data_source_openai_project_api_keys.go``: ``GET /organization/projects/{id}/api_keys[/{key}]``
(an administration endpoint). Times are RFC 3339 text; ``last_used_at`` only when the key has
been used. The ID (``<project_id>:<api_key_id>``, or the project's ID) is set before the call.
At the double a project's keys are those of its service accounts; a key ID it never issued is
a key that exists elsewhere, named after its ID.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import set_or_fail


def _fail(message: str) -> ProviderError:
    return ProviderError(ProviderDiagnostic(message))


def _rfc3339(seconds: int) -> str:
    moment = datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _api_failure(error: ApiError) -> ProviderError:
    """``API returned error: <resp.Status> - <error.message>``."""
    return _fail(
        f"API returned error: {error.status} {HTTPStatus(error.status).phrase} - {error.message}"
    )


def _key(key: Mapping[str, Any]) -> dict[str, Any]:
    written: dict[str, Any] = {
        "id": key.get("id") or "",
        "name": key.get("name") or "",
        "created_at": _rfc3339(int(key.get("created_at") or 0)),
    }
    if int(key.get("last_used_at") or 0) > 0:
        written["last_used_at"] = _rfc3339(int(key["last_used_at"]))
    return written


def data_project_api_key(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIProjectAPIKeyRead``."""
    project_id = d.get("project_id")
    if not project_id:
        raise _fail("project_id cannot be empty")
    key_id = d.get("api_key_id")
    if not key_id:
        raise _fail("api_key_id cannot be empty")
    d.set_id(f"{project_id}:{key_id}")
    try:
        key = api.get_project_api_key(project_id, key_id)
    except ApiError as error:
        raise _api_failure(error) from error
    written = _key(key)
    set_or_fail(d, "name", written["name"])
    set_or_fail(d, "created_at", written["created_at"])
    if "last_used_at" in written:
        set_or_fail(d, "last_used_at", written["last_used_at"])


def data_project_api_keys(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIProjectAPIKeysRead``: one page (the API's default size)."""
    project_id = d.get("project_id")
    if not project_id:
        raise _fail("project_id cannot be empty")
    d.set_id(project_id)
    try:
        listed = api.list_project_api_keys(project_id)
    except ApiError as error:
        raise _api_failure(error) from error
    set_or_fail(d, "api_keys", [_key(key) for key in listed.get("data") or []])


#: The data sources this module reads, by type name.
DATA_SOURCE_READS = {
    "openai_project_api_key": data_project_api_key,
    "openai_project_api_keys": data_project_api_keys,
}
