"""Organisation and project administration (v1.2.0): resources and data sources.

Ports of ``internal/provider/resource_openai_project.go``, ``..._project_user.go``,
``..._project_service_account.go``, ``..._rate_limit.go`` and the data sources
``openai_project``, ``openai_projects``, ``openai_project_service_account(s)``,
``openai_project_user(s)`` and ``openai_rate_limit(s)``, over the client functions of
``internal/client/client.go`` they call (``GetProject``, ``GetRateLimit``, ...), whose errors
read ``API error: <message>`` (``doRequest``), wrapped as each Go function wraps them.

What the Go code does that a user may not expect, kept here:

- ``openai_project``: Delete *archives* the project (``POST .../archive``); a read of a missing
  project is an error, not a removal; ``created_at``/``archived_at`` are RFC 3339 text.
- ``openai_project_user``: the ID is ``<project_id>:<user_id>``; Read never reads ``role`` back
  (the configuration "takes precedence"); a user already in the project is adopted.
- ``openai_project_service_account``: every change replaces it (no Update); the key value is
  in state only after create.
- ``openai_rate_limit``: nothing is created: Create sets the ID ``rl-<model>-<last 8 of
  project_id>``, then changes the project's existing limit for the model; Read then sets the
  API's ID (``rl-<model>``); Delete puts the provider's default values back.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Callable, Mapping
from functools import partial
from typing import Any, TypeVar

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData, SetError

_T = TypeVar("_T")


class GoError(Exception):
    """An ``error`` returned by a client function, with its Go text."""


def _client(request: Callable[[], _T], wrap: str = "{}") -> _T:
    """A client call: ``doRequest`` turns an error response into ``API error: <message>``."""
    try:
        return request()
    except ApiError as error:
        raise GoError(wrap.format(f"API error: {error.message}")) from error


def _fail(message: str) -> ProviderError:
    return ProviderError(ProviderDiagnostic(message))


def _set(d: ResourceData, key: str, value: Any, wrap: str = "{}") -> None:
    """``if err := d.Set(key, value); err != nil { return diag.FromErr(...) }``."""
    try:
        d.set(key, value)
    except SetError as error:
        raise _fail(wrap.format(error)) from error


def _rfc3339(seconds: int) -> str:
    """``time.Unix(seconds, 0).Format(time.RFC3339)`` in UTC (the provider's time zone here)."""
    moment = datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


# -- openai_project -----------------------------------------------------------------------------


def project_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIProjectCreate``: ``CreateProject(name)``, then Read."""
    try:
        project = _client(lambda: api.create_project(d.get("name")))
    except GoError as error:
        raise _fail(f"error creating project: {error}") from error
    d.set_id(project["id"])
    project_read(d, api)


def project_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIProjectRead``: a missing project is an error."""
    try:
        project = _client(lambda: api.get_project(d.id))
    except GoError as error:
        raise _fail(f"error reading project: {error}") from error
    _set(d, "name", project.get("name") or "", "error setting name: {}")
    if project.get("status"):
        _set(d, "status", project["status"], "error setting status: {}")
    if project.get("created_at") is not None:
        _set(d, "created_at", _rfc3339(project["created_at"]), "error setting created_at: {}")
    if project.get("archived_at") is not None:
        _set(d, "archived_at", _rfc3339(project["archived_at"]), "error setting archived_at: {}")


def project_update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIProjectUpdate``: ``UpdateProject(id, name)``, then Read."""
    try:
        _client(lambda: api.update_project(d.id, {"name": d.get("name")}))
    except GoError as error:
        raise _fail(f"error updating project: {error}") from error
    project_read(d, api)


def project_delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIProjectDelete``: ``DeleteProject`` archives it."""
    try:
        _client(lambda: api.archive_project(d.id), "failed to archive project: {}")
    except GoError as error:
        raise _fail(f"error deleting project: {error}") from error
    d.set_id("")


# -- openai_project_user ------------------------------------------------------------------------


def _find_project_user(api: FakeOpenAI, project_id: str, user_id: str) -> Mapping[str, Any] | None:
    """``findProjectUser``: page through the project's users (100 at a time)."""
    after, page = "", 0
    while True:
        page += 1
        try:
            users = _client(partial(api.list_project_users, project_id, after, 100))
        except GoError as error:
            raise GoError(f"error fetching project users (page {page}): {error}") from error
        for user in users["data"]:
            if user["id"] == user_id:
                found: Mapping[str, Any] = user
                return found
        if not users["has_more"]:
            return None
        after = users["last_id"] or after


def _set_project_user(d: ResourceData, user: Mapping[str, Any]) -> None:
    _set(d, "email", user.get("email") or "", "failed to set email: {}")
    _set(d, "added_at", int(user.get("added_at") or 0), "failed to set added_at: {}")


def project_user_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIProjectUserCreate``: adopt a user already there, else add."""
    project_id, user_id, role = d.get("project_id"), d.get("user_id"), d.get("role")
    d.set_id(f"{project_id}:{user_id}")
    try:
        existing = _find_project_user(api, project_id, user_id)
    except GoError as error:
        raise _fail(f"Error checking if user exists in project: {error}") from error
    if existing is not None:
        _set_project_user(d, existing)
        _set(d, "role", existing["role"], "failed to set role: {}")
        if existing["role"] != role:
            project_user_update(d, api)
        return
    try:
        added = _client(
            lambda: api.add_project_user(project_id, {"user_id": user_id, "role": role})
        )
    except GoError as error:
        raise _fail(f"Error adding user to project: {error}") from error
    _set_project_user(d, added)


def project_user_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIProjectUserRead``: email and added_at; ``role`` is not read back."""
    try:
        existing = _find_project_user(api, d.get("project_id"), d.get("user_id"))
    except GoError as error:
        raise _fail(f"Error checking if user exists in project: {error}") from error
    if existing is None:
        d.set_id("")
        return
    _set_project_user(d, existing)


def project_user_update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIProjectUserUpdate``: a new role, unless the user owns the organisation."""
    if not d.has_change("role"):
        return
    project_id, user_id, role = d.get("project_id"), d.get("user_id"), d.get("role")
    try:
        owner = api.get_user(user_id)
    except ApiError:
        owner = None
    if owner is not None and owner.get("role") == "owner":
        raise ProviderError(
            ProviderDiagnostic(
                "Cannot change role for organization owner",
                f"User {user_id} (email: {owner.get('email')}) is an organization owner. "
                "Organization owners must maintain 'owner' role in all projects. The OpenAI API "
                "does not allow changing their role to 'member'.",
            )
        )
    try:
        updated = _client(lambda: api.update_project_user(project_id, user_id, {"role": role}))
    except GoError as error:
        raise _fail(f"Error updating user role in project: {error}") from error
    _set(d, "role", updated["role"], "failed to set role: {}")
    _set_project_user(d, updated)


def project_user_delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIProjectUserDelete``: a user already gone is not an error."""
    try:
        _client(lambda: api.remove_project_user(d.get("project_id"), d.get("user_id")))
    except GoError as error:
        if "not found" not in str(error) and "owner of the organization" not in str(error):
            raise _fail(f"Error removing user from project: {error}") from error
    d.set_id("")


# -- openai_project_service_account -------------------------------------------------------------


def _split_account_id(d: ResourceData) -> tuple[str, str]:
    parts = d.id.split(":")
    if len(parts) != 2:
        raise _fail(f"invalid ID format. Expected 'project_id:service_account_id', got '{d.id}'")
    return parts[0], parts[1]


def service_account_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIProjectServiceAccountCreate``: the key's value is kept from here only."""
    project_id, name = d.get("project_id"), d.get("name")
    try:
        account = _client(
            lambda: api.create_service_account(project_id, {"name": name}),
            "error creating project service account: {}",
        )
    except GoError as error:
        raise _fail(f"error creating project service account: {error}") from error
    d.set_id(f"{project_id}:{account['id']}")
    _set(d, "service_account_id", account["id"])
    _set(d, "created_at", int(account.get("created_at") or 0), "failed to set created_at: {}")
    _set(d, "role", account.get("role") or "", "failed to set role: {}")
    key = account.get("api_key")
    if key is not None:
        _set(d, "api_key_id", key.get("id") or "", "failed to set api_key_id: {}")
        if key.get("value"):
            _set(d, "api_key_value", key["value"], "failed to set api_key_value: {}")


def service_account_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIProjectServiceAccountRead``: a 404 removes it from state."""
    project_id, account_id = _split_account_id(d)
    try:
        account = _client(
            lambda: api.get_service_account(project_id, account_id),
            "error getting project service account: {}",
        )
    except GoError as error:
        if "404" in str(error) or "not found" in str(error):
            d.set_id("")
            return
        raise _fail(f"error reading project service account: {error}") from error
    _set(d, "project_id", project_id, "failed to set project_id: {}")
    _set(d, "name", account.get("name") or "", "failed to set name: {}")
    _set(d, "service_account_id", account["id"], "failed to set service_account_id: {}")
    _set(d, "created_at", int(account.get("created_at") or 0), "failed to set created_at: {}")
    _set(d, "role", account.get("role") or "", "failed to set role: {}")
    if account.get("api_key") is not None:
        _set(d, "api_key_id", account["api_key"].get("id") or "", "failed to set api_key_id: {}")


def service_account_delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIProjectServiceAccountDelete``: one already gone is not an error."""
    project_id, account_id = _split_account_id(d)
    try:
        _client(
            lambda: api.delete_service_account(project_id, account_id),
            "error deleting project service account: {}",
        )
    except GoError as error:
        if "404" not in str(error) and "not found" not in str(error):
            raise _fail(f"error deleting project service account: {error}") from error
    d.set_id("")


# -- openai_rate_limit --------------------------------------------------------------------------

#: The rate limit's attributes and the API's names for them (``_per_minute`` is ``_per_1_minute``).
RATE_LIMIT_FIELDS = {
    "max_requests_per_minute": "max_requests_per_1_minute",
    "max_tokens_per_minute": "max_tokens_per_1_minute",
    "max_images_per_minute": "max_images_per_1_minute",
    "batch_1_day_max_input_tokens": "batch_1_day_max_input_tokens",
    "max_audio_megabytes_per_1_minute": "max_audio_megabytes_per_1_minute",
    "max_requests_per_1_day": "max_requests_per_1_day",
}


def get_rate_limit(api: FakeOpenAI, project_id: str, model_or_id: str) -> dict[str, Any]:
    """``client.GetRateLimit``: the project's limit for a model (or a limit ID)."""
    try:
        limits = _client(lambda: api.list_rate_limits(project_id), "failed to list rate limits: {}")
    except GoError as error:
        raise GoError(f"failed to list rate limits: {error}") from error
    search = model_or_id.removeprefix("rl-")
    for field in ("model", "id"):
        wanted = search if field == "model" else model_or_id
        for limit in limits["data"]:
            if limit[field] == wanted:
                return dict(limit)
    raise GoError(f"rate limit not found for model/ID '{model_or_id}' in project '{project_id}'")


def _update_rate_limit(
    api: FakeOpenAI, project_id: str, model: str, values: Mapping[str, int]
) -> dict[str, Any]:
    """``client.UpdateRateLimit``: the set values, under the API's names."""
    try:
        target = get_rate_limit(api, project_id, model)
    except GoError as error:
        raise GoError(f"failed to find rate limit: {error}") from error
    request = {RATE_LIMIT_FIELDS[name]: value for name, value in values.items()}
    return _client(lambda: api.update_rate_limit(project_id, target["id"], request))


def _set_rate_limit(d: ResourceData, limit: Mapping[str, Any], *, with_model: bool = True) -> None:
    if with_model:
        _set(d, "model", limit.get("model") or "")
    for name, field in RATE_LIMIT_FIELDS.items():
        _set(d, name, int(limit.get(field) or 0))


def _configured_limits(d: ResourceData) -> dict[str, int]:
    values: dict[str, int] = {}
    for name in RATE_LIMIT_FIELDS:
        value, ok = d.get_ok(name)
        if ok:
            values[name] = value
    return values


def rate_limit_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIRateLimitCreate``: change the project's existing limit for the model."""
    model, project_id = d.get("model"), d.get("project_id")
    suffix = project_id[-8:] if len(project_id) > 8 else project_id
    d.set_id(f"rl-{model}-{suffix}")
    d.set("rate_limit_id", d.id)
    try:
        _update_rate_limit(api, project_id, model, _configured_limits(d))
    except GoError as error:
        try:
            current = get_rate_limit(api, project_id, model)
        except GoError:
            raise _fail(f"failed to create rate limit: {error}") from error
        _set_rate_limit(d, current, with_model=False)
        return  # the Go code returns a warning only
    try:
        limit = get_rate_limit(api, project_id, model)
    except GoError:
        return  # a warning: "Created rate limit but couldn't read it back"
    _set_rate_limit(d, limit)
    _set(d, "rate_limit_id", limit["id"])


def rate_limit_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIRateLimitRead``: by model, else by ID; not found removes it."""
    if not d.id:
        return
    project_id, model = d.get("project_id"), d.get("model")
    try:
        limit = get_rate_limit(api, project_id, model)
    except GoError:
        try:
            limit = get_rate_limit(api, project_id, d.id)
        except GoError as error:
            if "not found" in str(error) or "No project found" in str(error):
                d.set_id("")
                return
            raise _fail(f"Error reading rate limit from OpenAI API: {error}") from error
    _set_rate_limit(d, limit)
    _set(d, "rate_limit_id", limit["id"])
    d.set_id(limit["id"])


def rate_limit_update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIRateLimitUpdate``: send the set values, then Read."""
    project_id, model = d.get("project_id"), d.get("model")
    try:
        limit = _update_rate_limit(api, project_id, model, _configured_limits(d))
    except GoError as error:
        raise _fail(f"error updating rate limit: {error}") from error
    d.set_id(limit["id"])
    _set_rate_limit(d, limit)
    try:
        rate_limit_read(d, api)
    except ProviderError:
        return  # the Go code keeps only the read's warnings


def rate_limit_delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIRateLimitDelete``: ``DeleteRateLimit`` puts the defaults back."""
    project_id, model = d.get("project_id"), d.get("model")
    try:
        target = get_rate_limit(api, project_id, model)
        defaults = default_rate_limit_values(target["model"])
        request = {
            "max_requests_per_1_minute": defaults.get("max_requests_per_1_minute", 0),
            "max_tokens_per_1_minute": defaults.get("max_tokens_per_1_minute", 0),
            **{
                name: defaults[name]
                for name in (
                    "max_images_per_1_minute",
                    "max_audio_megabytes_per_1_minute",
                    "batch_1_day_max_input_tokens",
                    "max_requests_per_1_day",
                )
                if defaults.get(name, 0) > 0
            },
        }
        _client(lambda: api.update_rate_limit(project_id, target["id"], request))
    except GoError as error:
        if "permission" not in str(error) and "403" not in str(error):
            raise _fail(f"error deleting rate limit: {error}") from error
    d.set_id("")


def default_rate_limit_values(model: str) -> dict[str, int]:
    """``getDefaultRateLimitValues``: the model's defaults, else those of ``default``."""
    from cdktf_openai.offline.goschema import go_table

    table: dict[str, dict[str, int]] = go_table()["default_rate_limits"]
    return dict(table.get(model) or table.get("default") or {})


# -- openai_organization_user -------------------------------------------------------------------


def get_user(api: FakeOpenAI, user_id: str) -> dict[str, Any] | None:
    """``client.GetUser``: ``None`` when the error says 404 or "not found"."""
    try:
        return _client(lambda: api.get_user(user_id))
    except GoError as error:
        if "404" in str(error) or "not found" in str(error):
            return None
        raise GoError(f"error getting user: {error}") from error


def _set_user(d: ResourceData, user: Mapping[str, Any], *names: str) -> None:
    for name in names:
        value = user.get("id" if name == "user_id" else name)
        default: Any = 0 if name == "added_at" else ""
        _set(d, name, default if value is None else value, f"error setting {name}: {{}}")


def organization_user_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIOrganizationUserCreate``: the user must exist; its role is changed."""
    user_id, role = d.get("user_id"), d.get("role")
    try:
        user = get_user(api, user_id)
    except GoError as error:
        raise _fail(f"Error checking if user exists: {error}") from error
    if user is None:
        raise _fail(f"User with ID {user_id} does not exist in the organization")
    d.set_id(user_id)
    if user.get("role") != role:
        try:
            user = _client(
                lambda: api.update_user(user_id, {"role": role}), "error updating user role: {}"
            )
        except GoError as error:
            raise _fail(f"Error updating user role: {error}") from error
    _set_user(d, user, "email", "name", "added_at")


def organization_user_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIOrganizationUserRead``: a user gone is removed from state."""
    try:
        user = get_user(api, d.id)
    except GoError as error:
        raise _fail(f"Error retrieving user: {error}") from error
    if user is None:
        d.set_id("")
        return
    _set_user(d, user, "user_id", "email", "name", "role", "added_at")


def organization_user_update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIOrganizationUserUpdate``: a changed role."""
    if not d.has_change("role"):
        return
    try:
        user = _client(
            lambda: api.update_user(d.id, {"role": d.get("role")}), "error updating user role: {}"
        )
    except GoError as error:
        raise _fail(f"Error updating user role: {error}") from error
    _set_user(d, user, "email", "name", "added_at")


def organization_user_delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIOrganizationUserDelete``: removes the user from the organisation."""
    try:
        _client(lambda: api.delete_user(d.id), "error deleting user: {}")
    except GoError as error:
        raise _fail(f"Error deleting user: {error}") from error
    d.set_id("")


def _user_map(user: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": user.get("id") or "",
        "object": user.get("object") or "",
        "email": user.get("email") or "",
        "name": user.get("name") or "",
        "role": user.get("role") or "",
        "added_at": int(user.get("added_at") or 0),
    }


def data_organization_user(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIOrganizationUserRead``: by ``user_id``, else by ``email``."""
    user_id, by_id = d.get_ok("user_id")
    email, by_email = d.get_ok("email")
    if by_id:
        try:
            user = get_user(api, user_id)
        except GoError as error:
            raise _fail(f"error retrieving user by ID: {error}") from error
        if user is None:
            raise _fail(f"user with ID {user_id} not found")
    elif by_email:
        try:
            found = _client(lambda: api.list_users(1, "", [email]), "error listing users: {}")
        except GoError as error:
            raise _fail(
                f"error retrieving user by email: error finding user by email: {error}"
            ) from error
        user = found["data"][0] if found["data"] else None
        if user is None or str(user.get("email", "")).casefold() != email.casefold():
            raise _fail(f"user with email {email} not found")
    else:
        raise _fail("either user_id or email must be provided")
    d.set_id(user["id"])
    _set_user(d, user, "user_id", "email", "name", "role", "added_at")


def data_organization_users(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIOrganizationUsersRead``: one user by ``user_id``, else every page."""
    user_id, by_id = d.get_ok("user_id")
    if by_id:
        try:
            user = get_user(api, user_id)
        except GoError as error:
            raise _fail(f"error retrieving user: {error}") from error
        if user is None:
            raise _fail(f"user with ID {user_id} not found")
        d.set_id(f"organization-user-{user_id}")
        _set(d, "users", [_user_map(user)], "error setting users: {}")
        return
    emails, _ = d.get_ok("emails")
    users: list[dict[str, Any]] = []
    after, page = "", 0
    while True:
        page += 1
        try:
            response = _client(
                partial(api.list_users, 100, after, list(emails or [])), "error listing users: {}"
            )
        except GoError as error:
            raise _fail(f"error listing organization users (page {page}): {error}") from error
        users.extend(_user_map(user) for user in response["data"])
        if not response["has_more"]:
            break
        after = response["last_id"] or after
    d.set_id(f"organization-users-all-{len(users)}")
    _set(d, "users", users, "error setting users: {}")


# -- project data sources -----------------------------------------------------------------------


def data_project(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIProjectRead``: ``created_at`` is the API's number here."""
    project_id = d.get("project_id")
    if not project_id:
        raise _fail("project_id cannot be empty")
    d.set_id(project_id)
    try:
        project = api.get_project(project_id)
    except ApiError as error:
        status = {404: "404 Not Found", 400: "400 Bad Request"}.get(error.status, str(error.status))
        raise _fail(f"API returned error: {status} - {error.message}") from error
    _set(d, "name", project.get("name") or "")
    _set(d, "status", project.get("status") or "")
    _set(d, "created_at", int(project.get("created_at") or 0))


def data_projects(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIProjectsRead``: every page of active projects; the ID holds the time."""
    projects: list[dict[str, Any]] = []
    after = ""
    while True:
        try:
            page = api.list_projects(100, False, after)
        except ApiError as error:
            raise _fail(f"API returned error: {error.status} - {error.message}") from error
        projects.extend(
            {
                "id": project["id"],
                "name": project.get("name") or "",
                "status": project.get("status") or "",
                "created_at": int(project.get("created_at") or 0),
            }
            for project in page["data"]
        )
        if not (page["has_more"] and page["last_id"]):
            break
        after = page["last_id"]
    now = datetime.datetime.now(tz=datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    d.set_id(f"openai-projects-{now}")
    _set(d, "projects", projects, "Error setting projects: {}")


def _account_map(account: Mapping[str, Any]) -> dict[str, Any]:
    entry = {
        "id": account["id"],
        "name": account.get("name") or "",
        "created_at": int(account.get("created_at") or 0),
        "role": account.get("role") or "",
    }
    if account.get("api_key") is not None:
        entry["api_key_id"] = account["api_key"].get("id") or ""
    return entry


def data_project_service_account(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIProjectServiceAccountRead``: a missing account is an error."""
    project_id, account_id = d.get("project_id"), d.get("service_account_id")
    try:
        account = _client(
            lambda: api.get_service_account(project_id, account_id),
            "error getting project service account: {}",
        )
    except GoError as error:
        if "404" in str(error) or "not found" in str(error):
            raise _fail(
                f"service account with ID {account_id} not found in project {project_id}"
            ) from error
        raise _fail(f"error reading project service account: {error}") from error
    d.set_id(f"{project_id}:{account['id']}")
    entry = _account_map(account)
    for name in ("name", "created_at", "role", "api_key_id"):
        if name in entry:
            _set(d, name, entry[name], f"failed to set {name}: {{}}")


def data_project_service_accounts(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIProjectServiceAccountsRead``: the ID holds the time."""
    project_id = d.get("project_id")
    try:
        accounts = _client(
            lambda: api.list_service_accounts(project_id),
            "error listing project service accounts: {}",
        )
    except GoError as error:
        if "404" in str(error) or "not found" in str(error):
            raise _fail(f"project with ID {project_id} not found") from error
        raise _fail(f"error listing project service accounts: {error}") from error
    d.set_id(f"{project_id}-service-accounts-{int(time.time())}")
    listed = [_account_map(account) for account in accounts["data"]]
    _set(d, "service_accounts", listed, "failed to set service_accounts: {}")


def _project_users(api: FakeOpenAI, project_id: str, template: str) -> list[Mapping[str, Any]]:
    users: list[Mapping[str, Any]] = []
    after, page = "", 0
    while True:
        page += 1
        try:
            response = _client(partial(api.list_project_users, project_id, after, 100))
        except GoError as error:
            raise _fail(template.format(page=page, error=error)) from error
        users.extend(response["data"])
        if not response["has_more"]:
            return users
        after = response["last_id"] or after


def data_project_user(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIProjectUserRead``: by ``user_id``, else by ``email``."""
    project_id = d.get("project_id")
    if not project_id:
        raise _fail("project_id is required")
    user_id, by_id = d.get_ok("user_id")
    email, by_email = d.get_ok("email")
    template = (
        "Error checking if user exists in project: "
        "error fetching project users (page {page}): {error}"
    )
    if by_id:
        users = _project_users(api, project_id, template)
        found = next((user for user in users if user["id"] == user_id), None)
        if found is None:
            raise _fail(f"user with ID {user_id} not found in project {project_id}")
    elif by_email:
        users = _project_users(api, project_id, template.replace("exists", "exists by email"))
        found = next(
            (u for u in users if str(u.get("email", "")).casefold() == email.casefold()), None
        )
        if found is None:
            raise _fail(f"user with email {email} not found in project {project_id}")
    else:
        raise _fail("either user_id or email must be provided")
    d.set_id(f"{project_id}:{found['id']}")
    _set_user(d, found, "user_id", "email", "role", "added_at")


def data_project_users(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIProjectUsersRead``: users, their IDs, count, owners and members."""
    project_id = d.get("project_id")
    if not project_id:
        raise _fail("project_id is required")
    d.set_id(project_id)
    users = [
        {
            "id": user["id"],
            "email": user.get("email") or "",
            "role": user.get("role") or "",
            "added_at": int(user.get("added_at") or 0),
        }
        for user in _project_users(
            api, project_id, "Error listing users in project (page {page}): {error}"
        )
    ]
    _set(d, "users", users, "error setting users: {}")
    _set(d, "user_ids", [user["id"] for user in users], "error setting user_ids: {}")
    _set(d, "user_count", len(users), "error setting user_count: {}")
    owners = [user["id"] for user in users if user["role"] == "owner"]
    members = [user["id"] for user in users if user["role"] == "member"]
    _set(d, "owner_ids", owners, "error setting owner_ids: {}")
    _set(d, "member_ids", members, "error setting member_ids: {}")


def data_rate_limit(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIRateLimitRead``: the project's limit for ``model``."""
    project_id, model = d.get("project_id"), d.get("model")
    try:
        limit = get_rate_limit(api, project_id, model)
    except GoError as error:
        raise _fail(f"error retrieving rate limit: {error}") from error
    d.set_id(f"{project_id}:{limit['id']}")
    _set_rate_limit(d, limit)
    _set(d, "rate_limit_id", limit["id"])


def data_rate_limits(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIRateLimitsRead``: every model's limit (or one ``model``'s)."""
    project_id = d.get("project_id")
    try:
        limits = _client(lambda: api.list_rate_limits(project_id), "failed to list rate limits: {}")
    except GoError as error:
        raise _fail(f"error retrieving rate limits: {error}") from error
    d.set_id(f"{project_id}:{int(time.time())}")
    # d.GetOk("model"): the schema has no "model", so the filter never applies
    model = d.get_ok("model")[0] if "model" in d.resource.schema else ""
    listed = [
        {
            "id": limit["id"],
            "model": limit["model"],
            **{name: int(limit.get(field) or 0) for name, field in RATE_LIMIT_FIELDS.items()},
        }
        for limit in limits["data"]
        if not model or limit["model"] == model
    ]
    _set(d, "rate_limits", listed, "error setting rate_limits: {}")


# -- openai_invite ------------------------------------------------------------------------------


def _set_invite(d: ResourceData, invite: Mapping[str, Any], *names: str) -> None:
    for name in names:
        value = invite.get("id" if name == "invite_id" else name)
        default: Any = 0 if name in ("created_at", "expires_at") else ""
        _set(d, name, default if value is None else value, f"error setting {name}: {{}}")
    projects = invite.get("projects") or []
    if projects:
        listed = [{"id": p.get("id") or "", "role": p.get("role") or ""} for p in projects]
        _set(d, "projects", listed, "error setting projects: {}")


def invite_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIInviteCreate``: ``created_at`` stays 0 (the API says ``invited_at``)."""
    projects = [{"id": p["id"], "role": p["role"]} for p in d.get("projects")]
    body = {"email": d.get("email"), "role": d.get("role"), "projects": projects}
    try:
        invite = _client(lambda: api.create_invite(body), "error creating invite: {}")
    except GoError as error:
        raise _fail(f"error creating invitation: {error}") from error
    d.set_id(invite["id"])
    _set_invite(d, {**invite, "projects": []}, "invite_id", "status", "created_at", "expires_at")
    invite_read(d, api)


def invite_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIInviteRead``: any error (not only a 404) removes it from state."""
    try:
        invite = _client(lambda: api.get_invite(d.id))
    except GoError:
        d.set_id("")
        return
    _set_invite(d, invite, "email", "role", "invite_id", "status", "created_at", "expires_at")


def invite_delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIInviteDelete``."""
    try:
        _client(lambda: api.delete_invite(d.id), "error deleting invite: {}")
    except GoError as error:
        if "already accepted" not in str(error):
            raise _fail(f"error deleting invitation: {error}") from error
    d.set_id("")


def data_invite(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIInviteRead``."""
    invite_id = d.get("invite_id")
    if not invite_id:
        raise _fail("invite_id is required")
    try:
        invite = _client(lambda: api.get_invite(invite_id), "error getting invite: {}")
    except GoError as error:
        raise _fail(f"error retrieving invitation: {error}") from error
    d.set_id(invite["id"])
    _set_invite(d, invite, "email", "role", "status", "created_at", "expires_at")


def data_invites(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIInvitesRead``: times as RFC 3339 text (``created_at`` from 0)."""
    d.set_id(f"invites_{int(time.time())}")
    try:
        invites = _client(api.list_invites, "error listing invites: {}")
    except GoError as error:
        raise _fail(f"error listing invitations after retries: {error}") from error
    listed = [
        {
            "id": invite["id"],
            "email": invite.get("email") or "",
            "role": invite.get("role") or "",
            "status": invite.get("status") or "",
            "created_at": _rfc3339(int(invite.get("created_at") or 0)),
            "expires_at": _rfc3339(int(invite.get("expires_at") or 0)),
            "projects": [
                {"id": p.get("id") or "", "role": p.get("role") or ""}
                for p in invite.get("projects") or []
            ],
        }
        for invite in invites["data"]
    ]
    _set(d, "invites", listed, "error setting invites: {}")


# -- openai_admin_api_key -----------------------------------------------------------------------


def _set_admin_key(d: ResourceData, key: Mapping[str, Any]) -> None:
    _set(d, "name", key.get("name") or "")
    _set(d, "created_at", _rfc3339(int(key.get("created_at") or 0)))
    _set(d, "object", key.get("object") or "")
    if key.get("scopes") is not None:
        _set(d, "scopes", key["scopes"])
    if key.get("expires_at") is not None:
        _set(d, "expires_at", int(key["expires_at"]))


def admin_api_key_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAdminAPIKeyCreate``: ``api_key_value`` stays empty.

    Go reads the response's ``key``; the API names the new key's value ``value``.
    """
    name = d.get("name")
    if not name:
        raise _fail("name cannot be empty")
    body: dict[str, Any] = {"name": name}
    expires_at, ok = d.get_ok("expires_at")
    if ok:
        body["expires_at"] = expires_at
    scopes, ok = d.get_ok("scopes")
    if ok:
        body["scopes"] = scopes
    try:
        key = _client(lambda: api.create_admin_api_key(body))
    except GoError as error:
        raise _fail(f"error creating API key: {error}") from error
    d.set_id(key["id"])
    _set_admin_key(d, key)
    _set(d, "api_key_value", key.get("key") or "")


def admin_api_key_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAdminAPIKeyRead``: a 404 ("not found") removes it from state."""
    if not d.id:
        raise _fail("API key ID is empty")
    try:
        key = _client(lambda: api.get_admin_api_key(d.id))
    except GoError as error:
        if "404" in str(error) or "not found" in str(error) or "No admin" in str(error):
            d.set_id("")
            return
        raise _fail(f"error reading API key: {error}") from error
    _set_admin_key(d, key)


def admin_api_key_delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIAdminAPIKeyDelete``: a key already gone is not an error."""
    if not d.id:
        raise _fail("API key ID is empty")
    try:
        _client(lambda: api.delete_admin_api_key(d.id))
    except GoError as error:
        if "404" in str(error) or "not found" in str(error) or "No admin" in str(error):
            return
        raise _fail(f"error deleting API key: {error}") from error
    d.set_id("")


def data_admin_api_key(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIAdminAPIKeyRead``."""
    key_id = d.get("api_key_id")
    if not key_id:
        raise _fail("api_key_id cannot be empty")
    d.set_id(key_id)
    try:
        key = _client(lambda: api.get_admin_api_key(key_id))
    except GoError as error:
        raise _fail(f"error retrieving admin API key: {error}") from error
    _set_admin_key(d, key)


def data_admin_api_keys(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIAdminAPIKeysRead``: one page (``limit``, ``after``)."""
    d.set_id(f"admin_api_keys_{int(time.time())}")
    try:
        keys = _client(lambda: api.list_admin_api_keys(d.get("limit"), d.get("after")))
    except GoError as error:
        raise _fail(f"error listing admin API keys: {error}") from error
    listed = []
    for key in keys["data"]:
        entry: dict[str, Any] = {
            "id": key["id"],
            "name": key.get("name") or "",
            "object": key.get("object") or "",
            "created_at": _rfc3339(int(key.get("created_at") or 0)),
        }
        if key.get("expires_at") is not None:
            entry["expires_at"] = int(key["expires_at"])
        if key.get("last_used_at") is not None:
            entry["last_used_at"] = _rfc3339(int(key["last_used_at"]))
        if key.get("scopes") is not None:
            entry["scopes"] = key["scopes"]
        listed.append(entry)
    _set(d, "api_keys", listed, "error setting api_keys: {}")
    _set(d, "has_more", bool(keys["has_more"]), "error setting has_more: {}")


#: The administration data sources' Reads, by type name.
DATA_SOURCE_READS: dict[str, Callable[[ResourceData, FakeOpenAI], None]] = {
    "openai_organization_user": data_organization_user,
    "openai_organization_users": data_organization_users,
    "openai_project": data_project,
    "openai_projects": data_projects,
    "openai_project_service_account": data_project_service_account,
    "openai_project_service_accounts": data_project_service_accounts,
    "openai_project_user": data_project_user,
    "openai_project_users": data_project_users,
    "openai_rate_limit": data_rate_limit,
    "openai_rate_limits": data_rate_limits,
    "openai_invite": data_invite,
    "openai_invites": data_invites,
    "openai_admin_api_key": data_admin_api_key,
    "openai_admin_api_keys": data_admin_api_keys,
}
