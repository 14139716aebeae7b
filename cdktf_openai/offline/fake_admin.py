"""The OpenAI administration endpoints as the double answers them (``/v1/organization/...``).

A mixin of :class:`~cdktf_openai.offline.fake_api.FakeOpenAI`: projects, their users, service
accounts and rate limits, organisation users, invites and admin API keys, shaped as the
OpenAI API reference gives them. As elsewhere in the fake API, an ID the double never issued
(``proj_abc``, ``user-abc``, ``invite-abc``) is an object that exists elsewhere: an active
project, a ``reader`` of the organisation with the e-mail address ``<id>@example.com``, a
pending invite. A project's rate limits are
those of ``internal/client/client.go, defaultRateLimits`` (the provider's own table of
OpenAI's defaults, one per model) until the double changes them; a model the table lacks has
none (the API's answer for a model the project cannot use). Key values are placeholders that
say they are (``sk-...-offline-double-placeholder-...``), never secrets.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from cdktf_openai.offline.goschema import go_table
from cdktf_openai.offline.state import ObjectStore

JsonObject = dict[str, Any]

#: ``created_at`` of objects that exist elsewhere (the double cannot know when they were made).
EXTERNAL_CREATED_AT = 1_700_000_000


def list_page(items: list[JsonObject], limit: int, after: str = "") -> JsonObject:
    """A list response: ``data`` after the cursor, at most ``limit`` of them (``0``: all)."""
    ids = [str(item["id"]) for item in items]
    if after:
        items = items[ids.index(after) + 1 :] if after in ids else []
    page = items[:limit] if limit > 0 else items
    return {
        "object": "list",
        "data": page,
        "first_id": page[0]["id"] if page else None,
        "last_id": page[-1]["id"] if page else None,
        "has_more": len(items) > len(page),
    }


def default_rate_limits() -> dict[str, dict[str, int]]:
    """``defaultRateLimits`` of the provider's client, by model (``default`` left out)."""
    table: dict[str, dict[str, int]] = go_table()["default_rate_limits"]
    return {
        model: limits for model, limits in table.items() if ":" not in model and model != "default"
    }


class AdminEndpoints:
    """The administration endpoints; mixed into ``FakeOpenAI``, whose helpers they use."""

    store: ObjectStore
    clock: Callable[[], int]
    new_id: Callable[[str, str, Any], str]
    _get: Callable[[str, str, str], JsonObject]
    _put: Callable[..., JsonObject]
    _delete: Callable[[str, str, str], None]
    _error: Callable[[int, str], Exception]

    def _all(self, kind: str, prefix: str = "") -> list[JsonObject]:
        found = [
            value
            for _, key in self.store.stored(kind)
            if key.startswith(prefix) and (value := self.store.get(kind, key)) is not None
        ]
        found.sort(key=lambda value: (value.get("created_at") or 0, str(value.get("id"))))
        return found

    def _gone(self, object_id: str) -> bool:
        return self.store.exists("deleted", object_id)

    # -- projects ----------------------------------------------------------------------------

    def create_project(self, name: str) -> JsonObject:
        """``POST /organization/projects``."""
        return self._put(
            "project",
            {
                "id": self.new_id("proj_", "project", {"name": name}),
                "object": "organization.project",
                "name": name,
                "created_at": self.clock(),
                "archived_at": None,
                "status": "active",
            },
        )

    def get_project(self, project_id: str) -> JsonObject:
        """``GET /organization/projects/{id}``: an archived project is still there."""
        found = self.store.get("project", project_id)
        if found is not None:
            return found
        if not project_id or self._gone(project_id):
            raise self._error(404, f"No project found with id '{project_id}'.")
        return {
            "id": project_id,
            "object": "organization.project",
            "name": project_id,
            "created_at": EXTERNAL_CREATED_AT,
            "archived_at": None,
            "status": "active",
        }

    def _active_project(self, project_id: str) -> JsonObject:
        project = self.get_project(project_id)
        if project["status"] != "active":
            raise self._error(400, f"Project '{project_id}' is archived.")
        return project

    def update_project(self, project_id: str, body: Mapping[str, Any]) -> JsonObject:
        """``POST /organization/projects/{id}``: the name."""
        project = self._active_project(project_id)
        project["name"] = body.get("name", project["name"])
        return self._put("project", project)

    def archive_project(self, project_id: str) -> JsonObject:
        """``POST /organization/projects/{id}/archive``."""
        project = self._active_project(project_id)
        project.update(status="archived", archived_at=self.clock())
        return self._put("project", project)

    def list_projects(
        self, limit: int = 20, include_archived: bool = False, after: str = ""
    ) -> JsonObject:
        """``GET /organization/projects``: the double's projects, oldest first."""
        projects = [
            project
            for project in self._all("project")
            if include_archived or project["status"] == "active"
        ]
        return list_page(projects, limit, after)

    # -- organisation users ------------------------------------------------------------------

    def get_user(self, user_id: str) -> JsonObject:
        """``GET /organization/users/{id}``: a user elsewhere is a ``reader``."""
        found = self.store.get("org_user", user_id)
        if found is not None:
            return found
        if not user_id or self._gone(user_id):
            raise self._error(404, f"User with id '{user_id}' not found.")
        return {
            "object": "organization.user",
            "id": user_id,
            "name": user_id,
            "email": f"{user_id}@example.com",
            "role": "reader",
            "added_at": EXTERNAL_CREATED_AT,
        }

    def list_users(
        self, limit: int = 20, after: str = "", emails: list[str] | None = None
    ) -> JsonObject:
        """``GET /organization/users``: the users the double knows of (changed or invited)."""
        users = [
            user
            for user in self._all("org_user")
            if not emails or user["email"].casefold() in {e.casefold() for e in emails}
        ]
        return list_page(users, limit, after)

    def update_user(self, user_id: str, body: Mapping[str, Any]) -> JsonObject:
        """``POST /organization/users/{id}``: the role."""
        user = self.get_user(user_id)
        user["role"] = body.get("role", user["role"])
        return self._put("org_user", user)

    def delete_user(self, user_id: str) -> JsonObject:
        """``DELETE /organization/users/{id}``."""
        self.get_user(user_id)
        self.store.delete("org_user", user_id)
        self.store.put("deleted", user_id, {"kind": "org_user"})
        return {"object": "organization.user.deleted", "id": user_id, "deleted": True}

    # -- project users -----------------------------------------------------------------------

    def add_project_user(self, project_id: str, body: Mapping[str, Any]) -> JsonObject:
        """``POST /organization/projects/{id}/users``."""
        self._active_project(project_id)
        user_id = str(body.get("user_id") or "")
        user = self.get_user(user_id)
        key = f"{project_id}.{user_id}"
        if self.store.exists("project_user", key):
            raise self._error(400, f"User {user_id} already exists in project {project_id}.")
        return self._put(
            "project_user",
            {
                "object": "organization.project.user",
                "id": user_id,
                "name": user["name"],
                "email": user["email"],
                "role": body.get("role"),
                "added_at": self.clock(),
                "project_id": project_id,
            },
            key,
        )

    def list_project_users(self, project_id: str, after: str = "", limit: int = 20) -> JsonObject:
        """``GET /organization/projects/{id}/users``."""
        self.get_project(project_id)
        return list_page(self._all("project_user", f"{project_id}."), limit, after)

    def get_project_user(self, project_id: str, user_id: str) -> JsonObject:
        """``GET /organization/projects/{id}/users/{user_id}``."""
        self.get_project(project_id)
        found = self.store.get("project_user", f"{project_id}.{user_id}")
        if found is None:
            raise self._error(404, f"User {user_id} not found in project {project_id}.")
        return found

    def update_project_user(
        self, project_id: str, user_id: str, body: Mapping[str, Any]
    ) -> JsonObject:
        """``POST /organization/projects/{id}/users/{user_id}``: the role."""
        found = self.get_project_user(project_id, user_id)
        found["role"] = body.get("role", found["role"])
        return self._put("project_user", found, f"{project_id}.{user_id}")

    def remove_project_user(self, project_id: str, user_id: str) -> JsonObject:
        """``DELETE /organization/projects/{id}/users/{user_id}``."""
        self.get_project_user(project_id, user_id)
        self.store.delete("project_user", f"{project_id}.{user_id}")
        return {"object": "organization.project.user.deleted", "id": user_id, "deleted": True}

    # -- service accounts --------------------------------------------------------------------

    def create_service_account(self, project_id: str, body: Mapping[str, Any]) -> JsonObject:
        """``POST /organization/projects/{id}/service_accounts``: with its one API key."""
        self._active_project(project_id)
        name = str(body.get("name") or "")
        account_id = self.new_id(
            "svc_acct_", "service_account", {"project": project_id, "name": name}
        )
        created_at = self.clock()
        account = self._put(
            "service_account",
            {
                "object": "organization.project.service_account",
                "id": account_id,
                "name": name,
                "role": "member",
                "created_at": created_at,
                "project_id": project_id,
            },
            f"{project_id}.{account_id}",
        )
        key_id = "key_" + account_id.removeprefix("svc_acct_")
        return {
            **{k: v for k, v in account.items() if k != "project_id"},
            "api_key": {
                "object": "organization.project.service_account.api_key",
                "value": f"offline-double-placeholder-svcacct-{key_id}",
                "name": "Secret Key",
                "created_at": created_at,
                "id": key_id,
            },
        }

    def get_service_account(self, project_id: str, account_id: str) -> JsonObject:
        """``GET /organization/projects/{id}/service_accounts/{account_id}`` (no key)."""
        self.get_project(project_id)
        found = self.store.get("service_account", f"{project_id}.{account_id}")
        if found is None:
            raise self._error(404, f"Service account {account_id} not found.")
        return {k: v for k, v in found.items() if k != "project_id"}

    def list_service_accounts(
        self, project_id: str, after: str = "", limit: int = 20
    ) -> JsonObject:
        """``GET /organization/projects/{id}/service_accounts``."""
        self.get_project(project_id)
        accounts = [
            {k: v for k, v in account.items() if k != "project_id"}
            for account in self._all("service_account", f"{project_id}.")
        ]
        return list_page(accounts, limit, after)

    def delete_service_account(self, project_id: str, account_id: str) -> JsonObject:
        """``DELETE /organization/projects/{id}/service_accounts/{account_id}``."""
        self.get_service_account(project_id, account_id)
        self._delete("service_account", f"{project_id}.{account_id}", account_id)
        return {
            "object": "organization.project.service_account.deleted",
            "id": account_id,
            "deleted": True,
        }

    # -- rate limits -------------------------------------------------------------------------

    def list_rate_limits(self, project_id: str) -> JsonObject:
        """``GET /organization/projects/{id}/rate_limits``: one per model, by model."""
        self.get_project(project_id)
        limits = []
        for model, defaults in sorted(default_rate_limits().items()):
            changed = self.store.get("rate_limit", f"{project_id}.{model}") or {}
            limits.append(
                {
                    "object": "project.rate_limit",
                    "id": f"rl-{model}",
                    "model": model,
                    **defaults,
                    **changed,
                }
            )
        return {
            "object": "list",
            "data": limits,
            "first_id": limits[0]["id"] if limits else None,
            "last_id": limits[-1]["id"] if limits else None,
            "has_more": False,
        }

    def update_rate_limit(
        self, project_id: str, rate_limit_id: str, body: Mapping[str, Any]
    ) -> JsonObject:
        """``POST /organization/projects/{id}/rate_limits/{rate_limit_id}``."""
        self._active_project(project_id)
        model = rate_limit_id.removeprefix("rl-")
        if model not in default_rate_limits():
            raise self._error(404, f"Rate limit '{rate_limit_id}' not found.")
        key = f"{project_id}.{model}"
        changed = {
            **(self.store.get("rate_limit", key) or {}),
            **{k: int(v) for k, v in body.items()},
        }
        self.store.put("rate_limit", key, changed)
        return {
            "object": "project.rate_limit",
            "id": rate_limit_id,
            "model": model,
            **default_rate_limits()[model],
            **changed,
        }

    # -- invites -----------------------------------------------------------------------------

    def create_invite(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /organization/invites``: ``pending``, expiring after 7 days.

        The API's shape: ``invited_at``, not ``created_at``.
        """
        for project in body.get("projects") or []:
            self._active_project(str(project.get("id") or ""))
        invited_at = self.clock()
        return self._put(
            "invite",
            {
                "object": "organization.invite",
                "id": self.new_id("invite-", "invite", body),
                "email": body.get("email"),
                "role": body.get("role"),
                "status": "pending",
                "invited_at": invited_at,
                "expires_at": invited_at + 7 * 24 * 3600,
                "accepted_at": None,
                "projects": [dict(project) for project in body.get("projects") or []],
            },
        )

    def get_invite(self, invite_id: str) -> JsonObject:
        """``GET /organization/invites/{id}``: one never issued is a pending invite elsewhere."""
        found = self.store.get("invite", invite_id)
        if found is not None:
            return found
        if not invite_id or self._gone(invite_id):
            raise self._error(404, f"No invite found with id '{invite_id}'.")
        return {
            "object": "organization.invite",
            "id": invite_id,
            "email": f"{invite_id}@example.com",
            "role": "reader",
            "status": "pending",
            "invited_at": EXTERNAL_CREATED_AT,
            "expires_at": EXTERNAL_CREATED_AT + 7 * 24 * 3600,
            "accepted_at": None,
            "projects": [],
        }

    def list_invites(self) -> JsonObject:
        """``GET /organization/invites``."""
        return list_page(self._all("invite"), 0)

    def delete_invite(self, invite_id: str) -> JsonObject:
        """``DELETE /organization/invites/{id}``."""
        self.get_invite(invite_id)
        self._delete("invite", invite_id, invite_id)
        return {"object": "organization.invite.deleted", "id": invite_id, "deleted": True}

    # -- admin API keys ----------------------------------------------------------------------

    def create_admin_api_key(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /organization/admin_api_keys``: the new key's value is in ``value``."""
        key_id = self.new_id("key_", "admin_api_key", {"name": body.get("name")})
        key = self._put(
            "admin_api_key",
            {
                "object": "organization.admin_api_key",
                "id": key_id,
                "name": body.get("name"),
                "redacted_value": "sk-admin...",
                "created_at": self.clock(),
                "last_used_at": None,
                "owner": {"type": "user", "object": "organization.user", "role": "owner"},
            },
        )
        return {**key, "value": f"offline-double-placeholder-admin-{key_id}"}

    def get_admin_api_key(self, key_id: str) -> JsonObject:
        """``GET /organization/admin_api_keys/{id}``."""
        return self._get("admin_api_key", key_id, "admin API key")

    def list_admin_api_keys(self, limit: int = 20, after: str = "") -> JsonObject:
        """``GET /organization/admin_api_keys``."""
        return list_page(self._all("admin_api_key"), limit, after)

    def delete_admin_api_key(self, key_id: str) -> JsonObject:
        """``DELETE /organization/admin_api_keys/{id}``."""
        self.get_admin_api_key(key_id)
        self._delete("admin_api_key", key_id, key_id)
        return {"object": "organization.admin_api_key.deleted", "id": key_id, "deleted": True}
