"""Fine-tuning (v1.2.0): three resources and the five data sources that read fine-tuning jobs.

Ports of ``internal/provider/resource_openai_fine_tuning_job.go``,
``resource_openai_fine_tuned_model.go``, ``resource_openai_fine_tuning_checkpoint_permission.go``
and ``data_source_openai_fine_tuning_{job,jobs,events,checkpoints,checkpoint_permissions}.go``.
A job is created ``validating_files`` and, at the double, has succeeded at the next refresh
(:meth:`~cdktf_openai.offline.fake_models.ModelEndpoints.advance_job`); its model is then
``ft:<model>:offline-double:<suffix>:<8 characters>``.

What the Go code does that a user may not expect, kept here:

- ``openai_fine_tuning_job``: every attribute forces a new job; Read writes ``model``,
  ``training_file`` and the job's progress back; Delete cancels the job only when it is
  ``running`` (one ``validating_files`` or ``queued`` goes on); ``cancel_after_timeout`` starts a
  timer inside the provider process, which ends with the Terraform command: the double does
  nothing with it. ``last_updated`` is the time of the create (RFC 850).
- ``openai_fine_tuned_model``: a ``hyperparameters`` block needs ``n_epochs`` (``auto`` or a
  whole number): anything else fails (``invalid value for n_epochs: ``) and ``auto`` sends
  ``n_epochs`` alone; ``completion_window`` (seconds) waits for the job, polling every 10
  seconds: below 10 it always fails (``timeout waiting for fine-tuning job completion``), from
  10 on the double lets the job finish; Delete deletes the fine-tuned model (errors ignored).
- ``openai_fine_tuning_checkpoint_permission``: the API makes one permission per project; the
  ID is the first one's, and Read sets ``project_ids`` to that one project, so a resource with
  two ``project_ids`` is replaced at every plan.
- the data sources turn a missing job or checkpoint into placeholder data or an empty list,
  with a warning.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import re
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError, FakeOpenAI
from cdktf_openai.offline.gofmt import go_float_v, go_value_v
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import set_or_fail

#: The seconds between two polls of ``waitForFineTuningJobCompletion``.
POLL_SECONDS = 10


def _fail(message: str) -> ProviderError:
    return ProviderError(ProviderDiagnostic(message))


def _status(error: ApiError) -> str:
    """``resp.Status``: ``404 Not Found``."""
    return f"{error.status} {HTTPStatus(error.status).phrase}"


def _status_error(template: str, error: ApiError) -> ProviderError:
    """``fmt.Errorf("...: %s - %s", resp.Status, string(body))``."""
    return _fail(template.format(status=_status(error), body=error.body()))


def _rfc850_now() -> str:
    """``time.Now().Format(time.RFC850)`` in UTC: ``Monday, 07-Dec-26 02:00:04 UTC``."""
    return datetime.datetime.now(datetime.UTC).strftime("%A, %d-%b-%y %H:%M:%S UTC")


# -- openai_fine_tuning_job ----------------------------------------------------------------------


def _method(d: ResourceData) -> dict[str, Any] | None:
    """The ``method`` of the request: from ``method``, else from ``hyperparameters``."""
    methods, ok = d.get_ok("method")
    if ok:
        block = methods[0]
        method: dict[str, Any] = {"type": block["type"]}
        if block["supervised"]:
            supervised: dict[str, Any] = {}
            if block["supervised"][0]["hyperparameters"]:
                settings = block["supervised"][0]["hyperparameters"][0]
                supervised["hyperparameters"] = {
                    name: settings[name]
                    for name in ("n_epochs", "batch_size", "learning_rate_multiplier")
                }
            method["supervised"] = supervised
        if block["dpo"]:
            dpo: dict[str, Any] = {}
            if block["dpo"][0]["hyperparameters"]:
                dpo["hyperparameters"] = {"beta": block["dpo"][0]["hyperparameters"][0]["beta"]}
            method["dpo"] = dpo
        return method
    legacy, ok = d.get_ok("hyperparameters")
    if ok:
        settings = legacy[0]
        return {
            "type": "supervised",
            "supervised": {
                "hyperparameters": {
                    name: settings[name]
                    for name in ("n_epochs", "batch_size", "learning_rate_multiplier")
                    if settings[name] > 0
                }
            },
        }
    return None


def _integrations(d: ResourceData) -> list[dict[str, Any]] | None:
    listed, ok = d.get_ok("integrations")
    if not ok:
        return None
    integrations = []
    for item in listed:
        integration: dict[str, Any] = {"type": item["type"]}
        if item["wandb"]:
            wandb = item["wandb"][0]
            sent: dict[str, Any] = {"project": wandb["project"]}
            if wandb["name"]:
                sent["name"] = wandb["name"]
            if wandb["tags"]:
                sent["tags"] = list(wandb["tags"])
            integration["wandb"] = sent
        integrations.append(integration)
    return integrations


def job_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFineTuningJobCreate``: ``POST /fine_tuning/jobs``, then Read."""
    request: dict[str, Any] = {"model": d.get("model"), "training_file": d.get("training_file")}
    for name in ("validation_file", "suffix", "seed", "metadata"):
        value, ok = d.get_ok(name)
        if ok:
            request[name] = value
    method = _method(d)
    if method is not None:
        request["method"] = method
    integrations = _integrations(d)
    if integrations:
        request["integrations"] = integrations
    try:
        job = api.create_fine_tuning_job(request)
    except ApiError as error:
        raise _status_error("error creating fine-tuning job: {status} - {body}", error) from error
    d.set_id(job["id"])
    set_or_fail(d, "status", job.get("status"))
    set_or_fail(d, "created_at", int(job["created_at"]))
    set_or_fail(d, "organization_id", job.get("organization_id"))
    if job.get("fine_tuned_model") is not None:
        set_or_fail(d, "fine_tuned_model", job["fine_tuned_model"])
    set_or_fail(d, "last_updated", _rfc850_now())
    job_read(d, api)


def job_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFineTuningJobRead``: ``GET /fine_tuning/jobs/{id}``; a 404 removes it.

    The Go code swallows every error of a job whose ``status`` is ``placeholder`` or whose
    ``model`` is ``placeholder-model`` (what its importer writes without a client).
    """
    placeholder = d.get("status") == "placeholder" or d.get("model") == "placeholder-model"
    try:
        job = api.get_fine_tuning_job(d.id)
    except ApiError as error:
        if placeholder:
            return
        if error.status == 404:
            d.set_id("")
            return
        raise _status_error("error retrieving fine-tuning job: {status} - {body}", error) from error
    set_or_fail(d, "model", job.get("model"))
    set_or_fail(d, "training_file", job.get("training_file"))
    set_or_fail(d, "status", job.get("status"))
    set_or_fail(d, "created_at", int(job["created_at"]))
    set_or_fail(d, "organization_id", job.get("organization_id"))
    for name in ("validation_file", "fine_tuned_model"):
        if job.get(name) is not None:
            set_or_fail(d, name, job[name])
    if job.get("finished_at") is not None:
        set_or_fail(d, "finished_at", int(job["finished_at"]))
    if job.get("result_files") is not None:
        set_or_fail(d, "result_files", [str(name) for name in job["result_files"]])
    if job.get("validation_loss") is not None:
        set_or_fail(d, "validation_loss", job["validation_loss"])
    if job.get("trained_tokens") is not None:
        set_or_fail(d, "trained_tokens", int(job["trained_tokens"]))


def job_delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFineTuningJobDelete``: cancels a ``running`` job, then forgets it."""
    try:
        job = api.get_fine_tuning_job(d.id)
    except ApiError as error:
        if error.status == 404:
            d.set_id("")
            return
        job = {}  # the Go code decodes the error body as a job: it has no status
    if job.get("status") == "running":
        try:
            api.cancel_fine_tuning_job(d.id)
        except ApiError as error:
            raise _status_error(
                "error cancelling fine-tuning job: {status} - {body}", error
            ) from error
    d.set_id("")


# -- openai_fine_tuned_model ---------------------------------------------------------------------


def _get_job(api: FakeOpenAI, job_id: str) -> Mapping[str, Any]:
    """``getFineTuningJob``: its errors as Go words them."""
    try:
        return api.get_fine_tuning_job(job_id)
    except ApiError as error:
        if error.status == 404 or (
            error.type == "invalid_request_error" and "Could not find fine tune" in error.message
        ):
            raise _fail("error getting fine-tuning job: fine-tune job not found (404)") from error
        raise _fail(f"error getting fine-tuning job: {error.type} - {error.message}") from error


def model_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFineTunedModelCreate``: ``POST /fine_tuning/jobs``, maybe waits."""
    request: dict[str, Any] = {"model": d.get("model"), "training_file": d.get("training_file")}
    for name in ("validation_file", "suffix"):
        value, ok = d.get_ok(name)
        if ok:
            request[name] = value
    listed, ok = d.get_ok("hyperparameters")
    if ok and listed:
        settings = listed[0]
        epochs = settings["n_epochs"]
        if epochs == "auto":
            hyperparameters: dict[str, Any] = {"n_epochs": "auto"}
        else:
            if re.fullmatch(r"[+-]?[0-9]+", epochs) is None:
                raise _fail(f"invalid value for n_epochs: {epochs}")
            whole = int(epochs)
            hyperparameters = {
                "n_epochs": whole,
                "batch_size": settings["batch_size"],
                "learning_rate_multiplier": settings["learning_rate_multiplier"],
            }
        request["hyperparameters"] = hyperparameters
    try:
        job = api.create_fine_tuning_job(request)
    except ApiError as error:
        raise _fail(f"error creating fine-tuning job: {error.type} - {error.message}") from error
    d.set_id(job["id"])
    set_or_fail(d, "created_at", int(job["created_at"]))
    set_or_fail(d, "status", job.get("status"))
    window, ok = d.get_ok("completion_window")
    if ok and window > 0:
        if window < POLL_SECONDS:
            raise _fail("timeout waiting for fine-tuning job completion")
        api.advance("fine_tuning_job", job["id"])
        finished = _get_job(api, job["id"])
        set_or_fail(d, "status", finished.get("status"))
        if finished.get("finished_at"):
            set_or_fail(d, "finished_at", int(finished["finished_at"]))
        if finished.get("fine_tuned_model"):
            set_or_fail(d, "fine_tuned_model", finished["fine_tuned_model"])


def model_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFineTunedModelRead``: a job that is not found removes it."""
    if not d.id:
        d.set_id("")
        return
    try:
        job = _get_job(api, d.id)
    except ProviderError as error:
        text = error.diagnostics[0].summary
        if "404" in text or "not found" in text or "Could not find fine tune" in text:
            d.set_id("")
            return
        raise
    set_or_fail(d, "training_file", job.get("training_file") or "")
    if job.get("validation_file"):
        set_or_fail(d, "validation_file", job["validation_file"])
    set_or_fail(d, "created_at", int(job.get("created_at") or 0))
    set_or_fail(d, "status", job.get("status") or "")
    if int(job.get("finished_at") or 0) > 0:
        set_or_fail(d, "finished_at", int(job["finished_at"]))
    if job.get("fine_tuned_model"):
        set_or_fail(d, "fine_tuned_model", job["fine_tuned_model"])


def model_update(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFineTunedModelUpdate``: only Read (nothing is sent)."""
    model_read(d, api)


def model_delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFineTunedModelDelete``: ``DELETE /models/{fine_tuned_model}``.

    A job still ``pending`` or ``running`` is cancelled first; every error is ignored.
    """
    model = d.get("fine_tuned_model")
    if not model:
        d.set_id("")
        return
    if d.get("status") in ("pending", "running"):
        with contextlib.suppress(ApiError):
            api.cancel_fine_tuning_job(d.id)
    with contextlib.suppress(ApiError):
        api.delete_fine_tuned_model(model)
    d.set_id("")


# -- openai_fine_tuning_checkpoint_permission ----------------------------------------------------

_ADMIN_HINT = (
    ". Make sure you are using an admin API key with the api.fine_tuning.checkpoints.write scope"
)


def permission_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFineTuningCheckpointPermissionCreate``: then Read."""
    checkpoint_id = d.get("checkpoint_id")
    projects = [str(item).strip() for item in d.get("project_ids") if item is not None]
    projects = [item for item in projects if item]
    if not projects:
        raise _fail("at least one valid project_id is required")
    try:
        response = api.create_checkpoint_permissions(checkpoint_id, {"project_ids": projects})
    except ApiError as error:
        if error.status == 401:
            raise _fail(
                f"error creating checkpoint permission: 401 Unauthorized - {error.body()}"
                + _ADMIN_HINT
            ) from error
        raise _status_error(
            "error creating checkpoint permission: {status} - {body}", error
        ) from error
    data = response.get("data")
    if isinstance(data, list) and data and isinstance(data[0].get("id"), str):
        d.set_id(data[0]["id"])
        if isinstance(data[0].get("created_at"), int | float):
            d.set("created_at", int(data[0]["created_at"]))
    elif isinstance(response.get("id"), str):
        d.set_id(response["id"])
        if isinstance(response.get("created_at"), int | float):
            d.set("created_at", int(response["created_at"]))
    else:
        d.set_id(f"perm_{checkpoint_id}_{projects[0]}")
    permission_read(d, api)


def permission_read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFineTuningCheckpointPermissionRead``: finds its ID in the list."""
    checkpoint_id, ok = d.get_ok("checkpoint_id")
    if not ok:
        if d.id:
            return
        raise _fail("checkpoint_id is required")
    try:
        listed = api.list_checkpoint_permissions(checkpoint_id, limit=10)
    except ApiError as error:
        if error.status == 401:
            raise _fail(
                f"error reading checkpoint permissions: 401 Unauthorized - {error.body()}"
                + _ADMIN_HINT
            ) from error
        raise _status_error(
            "error reading checkpoint permissions: {status} - {body}", error
        ) from error
    for permission in listed.get("data") or []:
        if permission.get("id") == d.id:
            d.set("created_at", int(permission.get("created_at") or 0))
            set_or_fail(d, "project_ids", [str(permission.get("project_id") or "")])
            return
    d.set_id("")


def permission_delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIFineTuningCheckpointPermissionDelete``: a 404 is not an error."""
    try:
        api.delete_checkpoint_permission(d.get("checkpoint_id"), d.id)
    except ApiError as error:
        if error.status != 404:
            raise _status_error(
                "error deleting checkpoint permission: {status} - {body}", error
            ) from error
    d.set_id("")


# -- data sources --------------------------------------------------------------------------------


def _strings(values: Mapping[str, Any], null: str = "null") -> dict[str, str]:
    """``%v`` of each value (a string as it is, ``nil`` as ``null``)."""
    written = {}
    for key, value in values.items():
        if isinstance(value, str):
            written[key] = value
        elif value is None:
            written[key] = null
        elif isinstance(value, bool):
            written[key] = "true" if value else "false"
        elif isinstance(value, int | float):
            written[key] = go_float_v(float(value))
        else:
            written[key] = str(value)
    return written


def _method_block(method: Mapping[str, Any]) -> list[dict[str, Any]]:
    block: dict[str, Any] = {}
    kind = method.get("type")
    if isinstance(kind, str):
        block["type"] = kind
        settings = (method.get(kind) or {}).get("hyperparameters")
        if kind == "supervised" and isinstance(method.get("supervised"), Mapping):
            hyper: dict[str, Any] = {}
            if isinstance(settings, Mapping):
                for name, whole in (
                    ("batch_size", True), ("learning_rate_multiplier", False), ("n_epochs", True)
                ):  # fmt: skip
                    value = settings.get(name)
                    if isinstance(value, int | float) and not isinstance(value, bool):
                        hyper[name] = int(value) if whole else float(value)
            block["supervised"] = [
                {"hyperparameters": [hyper]} if isinstance(settings, Mapping) else {}
            ]
        if kind == "dpo" and isinstance(method.get("dpo"), Mapping):
            hyper = {}
            if isinstance(settings, Mapping):
                beta = settings.get("beta")
                if isinstance(beta, int | float) and not isinstance(beta, bool):
                    hyper["beta"] = float(beta)
            block["dpo"] = [{"hyperparameters": [hyper]} if isinstance(settings, Mapping) else {}]
    return [block]


def _integrations_block(listed: list[Any]) -> list[dict[str, Any]]:
    integrations = []
    for item in listed:
        if not isinstance(item, Mapping):
            continue
        entry: dict[str, Any] = {k: item[k] for k in ("id", "type") if k in item}
        wandb = item.get("wandb")
        if isinstance(wandb, Mapping):
            sent = {k: wandb[k] for k in ("project", "entity", "name") if k in wandb}
            if isinstance(wandb.get("tags"), list):
                sent["tags"] = [str(tag) for tag in wandb["tags"]]
            entry["wandb"] = [sent]
        integrations.append(entry)
    return integrations


def data_job(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIFineTuningJobRead``: each field of the job; a 404 is placeholder data."""
    job_id = d.get("fine_tuning_job_id")
    try:
        job = api.get_fine_tuning_job(job_id)
    except ApiError as error:
        if error.status == 404:
            d.set_id(job_id)
            d.set("object", "fine_tuning.job")
            d.set("model", "unknown")
            d.set("status", "unknown")
            d.set("created_at", api.clock())
            d.set("training_file", "file-unknown")
            d.warnings.append(
                ProviderDiagnostic(
                    "Fine-tuning job not found",
                    f"Fine-tuning job with ID '{job_id}' could not be found. This may be because "
                    "it has been deleted or has expired. Using placeholder data.",
                )
            )
            return
        raise _status_error("API returned error: {status} - {body}", error) from error
    d.set_id(job_id)
    for key, value in job.items():
        if key == "result_files":
            if isinstance(value, list):
                set_or_fail(d, key, [str(item) for item in value], "error setting result_files: {}")
        elif key == "hyperparameters":
            if isinstance(value, Mapping):
                set_or_fail(d, key, _strings(value), "error setting hyperparameters: {}")
        elif key == "error" and value is not None:
            if isinstance(value, Mapping):
                errors = {k: v if isinstance(v, str) else go_value_v(v) for k, v in value.items()}
                set_or_fail(d, key, errors, "error setting error field: {}")
        elif key == "integrations" and value is not None:
            if isinstance(value, list) and value:
                set_or_fail(d, key, _integrations_block(value), "error setting integrations: {}")
        elif key == "method" and value is not None:
            if isinstance(value, Mapping):
                set_or_fail(d, key, _method_block(value), "error setting method: {}")
        else:
            set_or_fail(d, key, value, f"error setting {key}: {{}}")


def data_jobs(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIFineTuningJobsRead``: ``GET /fine_tuning/jobs``."""
    after, _ = d.get_ok("after")
    limit, ok = d.get_ok("limit")
    metadata, _ = d.get_ok("metadata")
    try:
        listed = api.list_fine_tuning_jobs(after, limit if ok else 20, metadata or None)
    except ApiError as error:
        raise _status_error("API returned error: {status} - {body}", error) from error
    data = listed.get("data") or []
    first = int(data[0]["created_at"]) if data else api.clock()
    d.set_id(f"fine-tuning-jobs-{first}")
    set_or_fail(d, "has_more", bool(listed.get("has_more")), "error setting has_more: {}")
    jobs = []
    for job in data:
        entry: dict[str, Any] = {
            name: job.get(name)
            for name in ("id", "object", "model", "created_at", "status", "training_file")
        }
        entry["result_files"] = list(job.get("result_files") or [])
        for name in ("finished_at", "validation_file", "trained_tokens", "fine_tuned_model"):
            if job.get(name) is not None:
                entry[name] = job[name]
        settings = {k: v for k, v in (job.get("hyperparameters") or {}).items() if v is not None}
        entry["hyperparameters"] = {
            key: (go_float_v(float(value)) if isinstance(value, int | float) else value)
            for key, value in settings.items()
        }
        if job.get("error") is not None:
            failure = job["error"]
            entry["error"] = {k: str(failure.get(k) or "") for k in ("message", "type", "code")}
        jobs.append(entry)
    set_or_fail(d, "jobs", jobs, "error setting jobs: {}")


def _missing_job(d: ResourceData, error: ApiError, job_id: str, what: str) -> bool:
    """A 404, or an error coded ``fine_tune_not_found``: a warning, and an empty list."""
    if error.status == 404:
        detail = (
            f"Fine-tuning job with ID '{job_id}' could not be found. This may be because it "
            f"has been deleted or has expired. Returning empty {what} list."
        )
    elif error.code == "fine_tune_not_found" and error.message:
        detail = (
            f"Fine-tuning job with ID '{job_id}' could not be found: {error.message}. "
            f"Returning empty {what} list."
        )
    else:
        return False
    d.warnings.append(ProviderDiagnostic("Fine-tuning job not found", detail))
    return True


def data_events(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIFineTuningEventsRead``: a missing job is an empty list."""
    job_id = d.get("fine_tuning_job_id")
    after, _ = d.get_ok("after")
    limit, ok = d.get_ok("limit")
    try:
        listed = api.list_fine_tuning_events(job_id, after, limit if ok else 20)
    except ApiError as error:
        if _missing_job(d, error, job_id, "events"):
            d.set_id(f"fine-tuning-events-{job_id}")
            return
        raise _status_error(
            "error fetching fine-tuning events: {status} - {body}", error
        ) from error
    d.set_id(f"fine-tuning-events-{job_id}")
    set_or_fail(d, "has_more", bool(listed.get("has_more")), "error setting has_more: {}")
    events = []
    for event in listed.get("data") or []:
        entry = {
            name: event.get(name)
            for name in ("id", "object", "created_at", "level", "message", "type")
        }
        if event.get("data") is not None:
            entry["data_json"] = json.dumps(event["data"], separators=(",", ":"), sort_keys=True)
        events.append(entry)
    set_or_fail(d, "events", events, "error setting events: {}")


def data_checkpoints(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIFineTuningCheckpointsRead``: a missing job is an empty list."""
    job_id = d.get("fine_tuning_job_id")
    after, _ = d.get_ok("after")
    limit, ok = d.get_ok("limit")
    try:
        listed = api.list_fine_tuning_checkpoints(job_id, after, limit if ok else 20)
    except ApiError as error:
        if _missing_job(d, error, job_id, "checkpoints"):
            d.set_id(f"fine-tuning-checkpoints-{job_id}")
            return
        raise _status_error(
            "error fetching fine-tuning checkpoints: {status} - {body}", error
        ) from error
    d.set_id(f"fine-tuning-checkpoints-{job_id}")
    set_or_fail(d, "has_more", bool(listed.get("has_more")), "error setting has_more: {}")
    checkpoints = [
        {
            "id": item.get("id") or "",
            "object": item.get("object") or "",
            "fine_tuning_job_id": item.get("fine_tuning_job_id") or "",
            "created_at": int(item.get("created_at") or 0),
            "status": item.get("status") or "",
            "trained_tokens": int(item.get("trained_tokens") or 0),
            "training_progress": float(item.get("training_progress") or 0),
        }
        for item in listed.get("data") or []
    ]
    set_or_fail(d, "checkpoints", checkpoints, "error setting checkpoints: {}")


def data_checkpoint_permissions(d: ResourceData, api: FakeOpenAI) -> None:
    """``dataSourceOpenAIFineTuningCheckpointPermissionsRead``."""
    checkpoint_id = d.get("checkpoint_id")
    after, _ = d.get_ok("after")
    limit, ok = d.get_ok("limit")
    try:
        listed = api.list_checkpoint_permissions(checkpoint_id, after, limit if ok else 10)
    except ApiError as error:
        if error.status in (401, 403):
            d.set_id(f"checkpoint-permissions-{checkpoint_id}")
            d.warnings.append(
                ProviderDiagnostic(
                    "Insufficient permissions for checkpoint",
                    f"Unable to access checkpoint permissions for '{checkpoint_id}': "
                    f"{error.message}. This may be because you need admin privileges or the "
                    "'api.fine_tuning.checkpoints.read' scope. Returning empty permissions list.",
                )
            )
            return
        if error.status == 404:
            d.set_id(f"checkpoint-permissions-{checkpoint_id}")
            d.warnings.append(
                ProviderDiagnostic(
                    "Checkpoint not found",
                    f"Checkpoint with ID '{checkpoint_id}' could not be found. This may be "
                    "because it has been deleted or has expired. Returning empty permissions "
                    "list.",
                )
            )
            return
        raise _status_error(
            "error fetching checkpoint permissions: {status} - {body}", error
        ) from error
    d.set_id(f"checkpoint-permissions-{checkpoint_id}")
    set_or_fail(d, "has_more", bool(listed.get("has_more")), "error setting has_more: {}")
    permissions = []
    for item in listed.get("data") or []:
        entry: dict[str, Any] = {
            "id": item.get("id"),
            "object": item.get("object"),
            "created_at": int(item["created_at"]),
            "checkpoint_id": item.get("fine_tuned_model_checkpoint"),
        }
        if isinstance(item.get("project_ids"), list):
            entry["project_ids"] = [str(project) for project in item["project_ids"]]
        view, create = item.get("allow_view"), item.get("allow_create")
        entry["allow_view"] = view if isinstance(view, bool) else True
        entry["allow_create"] = create if isinstance(create, bool) else True
        permissions.append(entry)
    set_or_fail(d, "permissions", permissions, "error setting permissions: {}")


#: The data sources this module reads, by type name.
DATA_SOURCE_READS = {
    "openai_fine_tuning_job": data_job,
    "openai_fine_tuning_jobs": data_jobs,
    "openai_fine_tuning_events": data_events,
    "openai_fine_tuning_checkpoints": data_checkpoints,
    "openai_fine_tuning_checkpoint_permissions": data_checkpoint_permissions,
}
