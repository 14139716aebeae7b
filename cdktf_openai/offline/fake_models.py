"""The model endpoints the double answers that no Assistants resource uses (``/v1/audio``, ...).

A mixin of :class:`~cdktf_openai.offline.fake_api.FakeOpenAI`: audio transcriptions and
translations, images, moderations, the legacy completions and edits, fine-tuning jobs (with
their events, checkpoints and checkpoint permissions), batches, stored chat completions, a
response's input items and a project's API keys, shaped as the OpenAI API reference gives them.

As elsewhere in the fake API no model runs: every answer is a placeholder that says so
(``[offline double: ...]``) and is derived from the request alone, so that the same request
gets the same answer on every machine (``created`` and friends come from the API's clock).
Work that takes time at OpenAI -- a fine-tuning job, a batch -- is ``validating`` when created
and done at the next refresh (:meth:`ModelEndpoints.advance_job`), as a run is. An ID the
double never issued (``batch_abc``, ``ftjob-abc``, ``key_abc``) is an object that exists
elsewhere: a completed batch, a succeeded job, a project's key. ``POST /v1/edits`` is gone
(OpenAI removed it in 2024): the double answers it with the API's 404.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable, Mapping
from typing import Any

from cdktf_openai.offline.fake_admin import list_page
from cdktf_openai.offline.state import ObjectStore

JsonObject = dict[str, Any]

#: ``created_at`` of objects that exist elsewhere (the double cannot know when they were made).
EXTERNAL_CREATED_AT = 1_700_000_000
#: The organisation the double's fine-tuning jobs belong to.
ORGANIZATION_ID = "org-offline-double"
#: The base URL of the placeholder images (``.invalid``: a name that never resolves).
IMAGE_URL = "https://offline-double.invalid/images/"
#: The models ``POST /v1/completions`` serves (the rest are chat models, or unknown).
COMPLETION_MODELS = ("gpt-3.5-turbo-instruct", "davinci-002", "babbage-002")
#: The moderation categories, in the order of the API reference.
MODERATION_CATEGORIES = (
    "sexual", "hate", "harassment", "self-harm", "sexual/minors", "hate/threatening",
    "violence/graphic", "self-harm/intent", "self-harm/instructions",
    "harassment/threatening", "violence", "illicit", "illicit/violent",
)  # fmt: skip
#: The models the API names in a moderation's answer, by the model asked for.
MODERATION_MODELS = {
    "": "omni-moderation-latest",
    "omni-moderation-latest": "omni-moderation-latest",
    "text-moderation-latest": "text-moderation-007",
    "text-moderation-stable": "text-moderation-007",
}
#: The statuses of a fine-tuning job that is not finished (a refresh finishes it).
JOB_PENDING = ("validating_files", "queued", "running")
#: The statuses of a batch that is not finished.
BATCH_PENDING = ("validating", "in_progress", "finalizing")
#: What ``auto`` hyperparameters become once a job has run.
RESOLVED_HYPERPARAMETERS = {"n_epochs": 3, "batch_size": 1, "learning_rate_multiplier": 2.0}


def _token(material: str, length: int = 24) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    number = int.from_bytes(hashlib.sha256(material.encode()).digest(), "big")
    chars = []
    for _ in range(length):
        number, index = divmod(number, len(alphabet))
        chars.append(alphabet[index])
    return "".join(chars)


def _digest(material: str) -> int:
    return int.from_bytes(hashlib.sha256(material.encode()).digest()[:8], "big")


def audio_text(task: str, filename: str, content: bytes) -> str:
    """The double's stand-in for what a model heard: the file's name and size, no words.

    Args:
        task: ``transcribed`` or ``translated``.
        filename: The uploaded file's base name.
        content: Its bytes.
    """
    return f"[offline double: no model {task} {filename} ({len(content)} bytes)]"


def audio_duration(content: bytes) -> float:
    """A placeholder duration in seconds: one per 16 000 bytes, at least 0.1."""
    return max(0.1, round(len(content) / 16_000, 2))


def _timestamp(seconds: float, separator: str) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    whole, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{whole:02d}{separator}{millis:03d}"


class ModelEndpoints:
    """The model endpoints; mixed into ``FakeOpenAI``, whose helpers they use."""

    store: ObjectStore
    clock: Callable[[], int]
    new_id: Callable[[str, str, Any], str]
    _get: Callable[[str, str, str], JsonObject]
    _put: Callable[..., JsonObject]
    _delete: Callable[[str, str, str], None]
    _error: Callable[[int, str], Exception]
    _known: Callable[[str, str], bool]
    get_project: Callable[[str], JsonObject]

    def _api_error(self, status: int, message: str, code: str = "") -> Exception:
        from cdktf_openai.offline.fake_api import ApiError

        return ApiError(status, message, code=code)

    def _deleted(self, object_id: str) -> bool:
        return self.store.exists("deleted", object_id)

    # -- audio -------------------------------------------------------------------------------

    def create_audio_text(
        self, task: str, fields: Mapping[str, str], filename: str, content: bytes
    ) -> JsonObject | str:
        """``POST /audio/transcriptions`` or ``/audio/translations`` (multipart).

        The answer's shape follows ``response_format``: ``json`` (``text``), ``verbose_json``
        (with ``duration`` and one segment), or plain ``text``, ``srt`` and ``vtt`` bodies.

        Args:
            task: ``transcriptions`` or ``translations``.
            fields: The form's fields.
            filename: The file part's name.
            content: The file part's bytes.
        """
        if not content:
            raise self._api_error(400, "Audio file might be corrupted or unsupported")
        text = audio_text(
            "transcribed" if task == "transcriptions" else "translated", filename, content
        )
        duration = audio_duration(content)
        response_format = fields.get("response_format") or "json"
        if response_format == "text":
            return text + "\n"
        if response_format == "srt":
            return f"1\n{_timestamp(0, ',')} --> {_timestamp(duration, ',')}\n{text}\n\n"
        if response_format == "vtt":
            return f"WEBVTT\n\n{_timestamp(0, '.')} --> {_timestamp(duration, '.')}\n{text}\n\n"
        if response_format == "verbose_json":
            return {
                "task": "transcribe" if task == "transcriptions" else "translate",
                "language": "english",
                "duration": duration,
                "text": text,
                "segments": [
                    {
                        "id": 0,
                        "seek": 0,
                        "start": 0.0,
                        "end": duration,
                        "text": text,
                        "tokens": [],
                        "temperature": float(fields.get("temperature") or 0),
                        "avg_logprob": 0.0,
                        "compression_ratio": 1.0,
                        "no_speech_prob": 0.0,
                    }
                ],
            }
        return {"text": text}

    # -- images ------------------------------------------------------------------------------

    def create_images(self, kind: str, body: Mapping[str, Any]) -> JsonObject:
        """``POST /images/generations``, ``/images/edits`` or ``/images/variations``.

        ``n`` placeholder images, each a URL under :data:`IMAGE_URL` or (``b64_json``) the
        base64 of a line that says no image was made; a generation by ``dall-e-3`` has a
        ``revised_prompt``.

        Args:
            kind: ``generations``, ``edits`` or ``variations``.
            body: The request (the multipart fields and the uploads' SHA-256, for edits and
                variations).
        """
        count = int(body.get("n") or 1)
        images = []
        for index in range(count):
            name = _token(f"image {kind}\n{sorted(body.items())}\n{index}")
            image: JsonObject = {}
            if body.get("response_format") == "b64_json":
                image["b64_json"] = base64.b64encode(
                    f"[offline double: no image was made ({name})]".encode()
                ).decode()
            else:
                image["url"] = f"{IMAGE_URL}{name}.png"
            if kind == "generations" and body.get("model") == "dall-e-3":
                image["revised_prompt"] = f"[offline double] {body.get('prompt') or ''}"
            images.append(image)
        return {"created": self.clock(), "data": images}

    # -- moderations -------------------------------------------------------------------------

    def create_moderation(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /moderations``: nothing is flagged; scores are small and derived from input.

        Omni models add ``category_applied_input_types``; ``text-moderation-latest`` answers
        as ``text-moderation-007``.
        """
        requested = str(body.get("model") or "")
        model = MODERATION_MODELS.get(requested, requested)
        raw = body.get("input")
        inputs = raw if isinstance(raw, list) else [raw]
        results = []
        for item in inputs:
            text = item if isinstance(item, str) else str(item)
            seed = _digest(f"moderation\n{model}\n{text}")
            result: JsonObject = {
                "flagged": False,
                "categories": dict.fromkeys(MODERATION_CATEGORIES, False),
                "category_scores": {
                    name: round(((seed >> index) % 997 + 1) / 1_000_000, 6)
                    for index, name in enumerate(MODERATION_CATEGORIES)
                },
            }
            if model.startswith("omni-"):
                result["category_applied_input_types"] = {
                    name: ["text"] for name in MODERATION_CATEGORIES
                }
            results.append(result)
        return {
            "id": "modr-" + _token(f"moderation\n{model}\n{raw!r}", 28),
            "model": model,
            "results": results,
        }

    # -- legacy completions and edits --------------------------------------------------------

    def create_completion(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /completions``: only the completion models (:data:`COMPLETION_MODELS`)."""
        from cdktf_openai.offline.fake_admin import default_rate_limits

        model = str(body.get("model") or "")
        if not model.startswith(COMPLETION_MODELS):
            if model in default_rate_limits():
                raise self._api_error(
                    404,
                    "This is a chat model and not supported in the v1/completions endpoint. "
                    "Did you mean to use v1/chat/completions?",
                )
            raise self._api_error(
                404,
                f"The model `{model}` does not exist or you do not have access to it.",
                "model_not_found",
            )
        prompt = str(body.get("prompt") or "")
        text = f"[offline double: no model ran] The prompt has {len(prompt.splitlines())} line(s)."
        completion = max(1, len(text) // 4)
        limit = int(body.get("max_tokens") or 16)
        finish = "length" if completion > limit else "stop"
        completion = min(completion, limit)
        count = int(body.get("n") or 1)
        prompt_tokens = max(1, len(prompt) // 4)
        return {
            "id": self.new_id("cmpl-", "completion", body),
            "object": "text_completion",
            "created": self.clock(),
            "model": model,
            "choices": [
                {"text": text, "index": index, "logprobs": None, "finish_reason": finish}
                for index in range(count)
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion * count,
                "total_tokens": prompt_tokens + completion * count,
            },
        }

    def create_edit(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /edits``: the endpoint is gone (OpenAI removed it on 2024-01-04)."""
        raise self._api_error(404, "Invalid URL (POST /v1/edits)")

    # -- fine-tuning -------------------------------------------------------------------------

    def create_fine_tuning_job(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /fine_tuning/jobs``: a job ``validating_files`` (finished at a refresh)."""
        for name in ("training_file", "validation_file"):
            file_id = str(body.get(name) or "")
            if file_id and self._deleted(file_id):
                raise self._api_error(400, f"invalid {name}: {file_id}", f"invalid_{name}")
        job_id = self.new_id("ftjob-", "fine_tuning_job", body)
        method = body.get("method")
        where = "method.{kind}.hyperparameters"
        if not isinstance(method, Mapping):
            where = "hyperparameters"
            legacy = body.get("hyperparameters")
            method = {"type": "supervised", "supervised": {"hyperparameters": {}}}
            if isinstance(legacy, Mapping):
                method["supervised"]["hyperparameters"] = dict(legacy)
        kind = str(method.get("type") or "supervised")
        settings = dict((method.get(kind) or {}).get("hyperparameters") or {})
        for name, value in settings.items():
            if name in ("batch_size", "n_epochs") and isinstance(value, int) and value < 1:
                raise self._api_error(
                    400,
                    f"Invalid '{where.format(kind=kind)}.{name}': integer below minimum "
                    f"value. Expected a value >= 1, but got {value} instead.",
                    "integer_below_min_value",
                )
            if name == "learning_rate_multiplier" and isinstance(value, int | float) and value <= 0:
                raise self._api_error(
                    400,
                    f"Invalid '{where.format(kind=kind)}.{name}': number must be greater "
                    f"than 0, but got {value} instead.",
                    "invalid_value",
                )
        hyperparameters = {
            name: settings.get(name, "auto")
            for name in ("batch_size", "learning_rate_multiplier", "n_epochs")
        }
        job = {
            "object": "fine_tuning.job",
            "id": job_id,
            "model": body.get("model"),
            "created_at": self.clock(),
            "finished_at": None,
            "fine_tuned_model": None,
            "organization_id": ORGANIZATION_ID,
            "result_files": [],
            "status": "validating_files",
            "validation_file": body.get("validation_file"),
            "training_file": body.get("training_file"),
            "hyperparameters": hyperparameters,
            "trained_tokens": None,
            "error": None,
            "user_provided_suffix": body.get("suffix"),
            "seed": int(body.get("seed") or _digest(job_id) % 2_000_000_000),
            "estimated_finish": None,
            "integrations": list(body.get("integrations") or []),
            "metadata": dict(body["metadata"]) if body.get("metadata") else None,
            "method": {
                "type": kind,
                kind: {**dict(method.get(kind) or {}), "hyperparameters": hyperparameters},
            },
        }
        return self._put("fine_tuning_job", job)

    def get_fine_tuning_job(self, job_id: str) -> JsonObject:
        """``GET /fine_tuning/jobs/{id}``: a job it never issued has succeeded elsewhere."""
        found = self.store.get("fine_tuning_job", job_id)
        if found is not None:
            return found
        if not job_id.startswith("ftjob-") or self._deleted(job_id):
            raise self._api_error(404, f"Could not find fine tune: {job_id}", "fine_tune_not_found")
        job = {
            "object": "fine_tuning.job",
            "id": job_id,
            "model": "gpt-4o-mini-2024-07-18",
            "created_at": EXTERNAL_CREATED_AT,
            "finished_at": None,
            "fine_tuned_model": None,
            "organization_id": ORGANIZATION_ID,
            "result_files": [],
            "status": "running",
            "validation_file": None,
            "training_file": "file-external",
            "hyperparameters": {"batch_size": 1, "learning_rate_multiplier": 2.0, "n_epochs": 3},
            "trained_tokens": None,
            "error": None,
            "user_provided_suffix": None,
            "seed": _digest(job_id) % 2_000_000_000,
            "estimated_finish": None,
            "integrations": [],
            "metadata": None,
            "method": {"type": "supervised", "supervised": {"hyperparameters": {}}},
        }
        self._finish_job(job)
        return job

    def _finish_job(self, job: JsonObject) -> None:
        job_id = str(job["id"])
        digest = _digest(job_id)
        suffix = job.get("user_provided_suffix") or ""
        job.update(
            status="succeeded",
            finished_at=int(job["created_at"]) + 600 + digest % 600,
            fine_tuned_model=f"ft:{job['model']}:offline-double:{suffix}:{_token(job_id, 8)}",
            trained_tokens=1000 + digest % 9000,
            result_files=["file-" + _token(f"result\n{job_id}")],
            estimated_finish=None,
        )
        resolved = {
            name: RESOLVED_HYPERPARAMETERS[name] if value == "auto" else value
            for name, value in job["hyperparameters"].items()
        }
        job["hyperparameters"] = resolved
        kind = job["method"]["type"]
        job["method"][kind] = {**job["method"].get(kind, {}), "hyperparameters": resolved}

    def list_fine_tuning_jobs(
        self, after: str = "", limit: int = 20, metadata: Mapping[str, str] | None = None
    ) -> JsonObject:
        """``GET /fine_tuning/jobs``: newest first; ``metadata[k]=v`` filters."""
        jobs = [
            job
            for _, key in self.store.stored("fine_tuning_job")
            if (job := self.store.get("fine_tuning_job", key)) is not None
            and all((job.get("metadata") or {}).get(k) == v for k, v in (metadata or {}).items())
        ]
        jobs.sort(key=lambda job: (-int(job["created_at"]), str(job["id"])))
        return list_page(jobs, limit, after)

    def cancel_fine_tuning_job(self, job_id: str) -> JsonObject:
        """``POST /fine_tuning/jobs/{id}/cancel``: only a job that is not finished."""
        job = self.get_fine_tuning_job(job_id)
        if job["status"] not in JOB_PENDING:
            raise self._api_error(400, f"Job {job_id} has already completed.")
        job["status"] = "cancelled"
        return self._put("fine_tuning_job", job)

    def list_fine_tuning_events(self, job_id: str, after: str = "", limit: int = 20) -> JsonObject:
        """``GET /fine_tuning/jobs/{id}/events``: newest first, as far as the job has got."""
        job = self.get_fine_tuning_job(job_id)
        created = int(job["created_at"])
        steps: list[tuple[str, JsonObject]] = [
            ("Created fine-tuning job", {}),
            (f"Validating training file: {job['training_file']}", {}),
        ]
        if job["status"] == "succeeded":
            steps += [
                ("Files validated, moving job to queued state", {}),
                ("Fine-tuning job started", {}),
                (f"New fine-tuned model created: {job['fine_tuned_model']}", {}),
                ("The job has successfully completed", {}),
            ]
        elif job["status"] == "cancelled":
            steps.append(("Fine-tuning job cancelled", {}))
        events = [
            {
                "object": "fine_tuning.job.event",
                "id": "ftevent-" + _token(f"event\n{job_id}\n{index}"),
                "created_at": created + index,
                "level": "info",
                "message": message,
                "data": data,
                "type": "message",
            }
            for index, (message, data) in enumerate(steps)
        ]
        events.reverse()
        return list_page(events, limit, after)

    def list_fine_tuning_checkpoints(
        self, job_id: str, after: str = "", limit: int = 20
    ) -> JsonObject:
        """``GET /fine_tuning/jobs/{id}/checkpoints``: one per epoch of a succeeded job."""
        job = self.get_fine_tuning_job(job_id)
        checkpoints: list[JsonObject] = []
        if job["status"] == "succeeded":
            epochs = int(job["hyperparameters"].get("n_epochs") or 3)
            model = str(job["fine_tuned_model"])
            for epoch in range(1, epochs + 1):
                step = epoch * 10
                checkpoints.append(
                    {
                        "object": "fine_tuning.job.checkpoint",
                        "id": "ftckpt_" + _token(f"checkpoint\n{job_id}\n{epoch}"),
                        "created_at": int(job["finished_at"]) - (epochs - epoch) * 60,
                        "fine_tuned_model_checkpoint": f"{model}:ckpt-step-{step}",
                        "step_number": step,
                        "metrics": {"step": step, "train_loss": round(1 / (epoch + 1), 4)},
                        "fine_tuning_job_id": job_id,
                    }
                )
        checkpoints.reverse()
        return list_page(checkpoints, limit, after)

    def create_checkpoint_permissions(
        self, checkpoint_id: str, body: Mapping[str, Any]
    ) -> JsonObject:
        """``POST /fine_tuning/checkpoints/{id}/permissions``: one permission per project."""
        if self._deleted(checkpoint_id):
            raise self._api_error(404, f"No checkpoint found with id '{checkpoint_id}'.")
        created = []
        for project_id in body.get("project_ids") or []:
            permission = {
                "object": "checkpoint.permission",
                "id": self.new_id(
                    "cp_",
                    "checkpoint_permission",
                    {"checkpoint": checkpoint_id, "project": project_id},
                ),
                "created_at": self.clock(),
                "project_id": project_id,
            }
            created.append(
                self._put(
                    "checkpoint_permission", permission, f"{checkpoint_id}.{permission['id']}"
                )
            )
        return {**list_page(created, 0), "has_more": False}

    def list_checkpoint_permissions(
        self, checkpoint_id: str, after: str = "", limit: int = 20
    ) -> JsonObject:
        """``GET /fine_tuning/checkpoints/{id}/permissions``: oldest first."""
        permissions = [
            value
            for _, key in self.store.stored("checkpoint_permission")
            if key.startswith(f"{checkpoint_id}.")
            and (value := self.store.get("checkpoint_permission", key)) is not None
        ]
        permissions.sort(key=lambda item: (int(item["created_at"]), str(item["id"])))
        return list_page(permissions, limit, after)

    def delete_checkpoint_permission(self, checkpoint_id: str, permission_id: str) -> JsonObject:
        """``DELETE /fine_tuning/checkpoints/{id}/permissions/{permission_id}``."""
        self._get("checkpoint_permission", f"{checkpoint_id}.{permission_id}", "permission")
        self._delete("checkpoint_permission", f"{checkpoint_id}.{permission_id}", permission_id)
        return {"object": "checkpoint.permission", "id": permission_id, "deleted": True}

    def delete_fine_tuned_model(self, model: str) -> JsonObject:
        """``DELETE /models/{model}``: a model a job of the double made, once."""
        jobs = [
            job
            for _, key in self.store.stored("fine_tuning_job")
            if (job := self.store.get("fine_tuning_job", key)) is not None
            and job.get("fine_tuned_model") == model
        ]
        if not jobs or self.store.exists("deleted_model", str(jobs[0]["id"])):
            raise self._api_error(404, f"The model '{model}' does not exist", "model_not_found")
        self.store.put("deleted_model", str(jobs[0]["id"]), {"model": model})
        return {"id": model, "object": "model", "deleted": True}

    # -- batches -----------------------------------------------------------------------------

    def create_batch(self, body: Mapping[str, Any]) -> JsonObject:
        """``POST /batches``: ``validating`` (finished at a refresh); expires in 24 hours."""
        input_file_id = str(body.get("input_file_id") or "")
        if self._deleted(input_file_id):
            raise self._api_error(404, f"No such File object: {input_file_id}")
        created = self.clock()
        batch = {
            "id": self.new_id("batch_", "batch", body),
            "object": "batch",
            "endpoint": body.get("endpoint"),
            "errors": None,
            "input_file_id": input_file_id,
            "completion_window": body.get("completion_window"),
            "status": "validating",
            "output_file_id": None,
            "error_file_id": None,
            "created_at": created,
            "in_progress_at": None,
            "expires_at": created + 86_400,
            "finalizing_at": None,
            "completed_at": None,
            "failed_at": None,
            "expired_at": None,
            "cancelling_at": None,
            "cancelled_at": None,
            "request_counts": {"total": 0, "completed": 0, "failed": 0},
            "metadata": dict(body["metadata"]) if body.get("metadata") else None,
        }
        return self._put("batch", batch)

    def get_batch(self, batch_id: str) -> JsonObject:
        """``GET /batches/{id}``: a batch it never issued has completed elsewhere."""
        found = self.store.get("batch", batch_id)
        if found is not None:
            return found
        if not batch_id.startswith("batch_") or self._deleted(batch_id):
            raise self._api_error(404, f"No batch found with id '{batch_id}'.")
        batch = {
            "id": batch_id,
            "object": "batch",
            "endpoint": "/v1/chat/completions",
            "errors": None,
            "input_file_id": "file-external",
            "completion_window": "24h",
            "status": "validating",
            "output_file_id": None,
            "error_file_id": None,
            "created_at": EXTERNAL_CREATED_AT,
            "in_progress_at": None,
            "expires_at": EXTERNAL_CREATED_AT + 86_400,
            "finalizing_at": None,
            "completed_at": None,
            "failed_at": None,
            "expired_at": None,
            "cancelling_at": None,
            "cancelled_at": None,
            "request_counts": {"total": 0, "completed": 0, "failed": 0},
            "metadata": None,
        }
        self._finish_batch(batch)
        return batch

    def _finish_batch(self, batch: JsonObject) -> None:
        batch_id = str(batch["id"])
        total = 1 + _digest(batch_id) % 9
        started = int(batch["created_at"]) + 5
        batch.update(
            status="completed",
            in_progress_at=started,
            finalizing_at=started + 60,
            completed_at=started + 65,
            output_file_id="file-" + _token(f"batch output\n{batch_id}"),
            request_counts={"total": total, "completed": total, "failed": 0},
        )

    def list_batches(self, after: str = "", limit: int = 20) -> JsonObject:
        """``GET /batches``: newest first."""
        batches = [
            batch
            for _, key in self.store.stored("batch")
            if (batch := self.store.get("batch", key)) is not None
        ]
        batches.sort(key=lambda batch: (-int(batch["created_at"]), str(batch["id"])))
        return list_page(batches, limit, after)

    def cancel_batch(self, batch_id: str) -> JsonObject:
        """``POST /batches/{id}/cancel``: ``cancelling``; a finished batch cannot be."""
        batch = self.get_batch(batch_id)
        if batch["status"] not in BATCH_PENDING:
            raise self._api_error(400, f"Cannot cancel a batch with status '{batch['status']}'.")
        batch.update(status="cancelling", cancelling_at=self.clock())
        return self._put("batch", batch)

    # -- time passes -------------------------------------------------------------------------

    def advance_job(self, kind: str, key: str) -> bool:
        """Let a fine-tuning job or a batch finish (a cancelling batch is cancelled).

        Args:
            kind: The object's kind in the store.
            key: Its key.

        Returns:
            Whether ``kind`` is one of this mixin's (then nothing else is to be done).
        """
        if kind not in ("fine_tuning_job", "batch"):
            return False
        found = self.store.get(kind, key)
        if found is None:
            return True
        if kind == "fine_tuning_job" and found["status"] in JOB_PENDING:
            self._finish_job(found)
            self._put(kind, found)
        elif kind == "batch" and found["status"] in BATCH_PENDING:
            self._finish_batch(found)
            self._put(kind, found)
        elif kind == "batch" and found["status"] == "cancelling":
            found.update(status="cancelled", cancelled_at=int(found["cancelling_at"]) + 1)
            self._put(kind, found)
        return True

    # -- stored chat completions -------------------------------------------------------------

    def remember_chat_completion(
        self, completion: Mapping[str, Any], body: Mapping[str, Any]
    ) -> None:
        """Keep a chat completion's request when it asked to be stored (``store: true``)."""
        if body.get("store"):
            self._put(
                "stored_chat_completion",
                {
                    "id": completion["id"],
                    "messages": list(body.get("messages") or []),
                    "metadata": dict(body.get("metadata") or {}),
                },
            )

    def _stored_chat(self, completion_id: str) -> JsonObject:
        request = self.store.get("stored_chat_completion", completion_id)
        completion = self.store.get("chat_completion", completion_id)
        if request is None or completion is None:
            raise self._api_error(404, f"Chat completion {completion_id} not found")
        return {**completion, "metadata": request["metadata"], "request_id": None}

    def get_chat_completion(self, completion_id: str) -> JsonObject:
        """``GET /chat/completions/{id}``: only a completion created with ``store: true``."""
        return self._stored_chat(completion_id)

    def list_chat_completions(
        self,
        after: str = "",
        limit: int = 20,
        order: str = "asc",
        metadata: Mapping[str, str] | None = None,
    ) -> JsonObject:
        """``GET /chat/completions``: the stored ones, oldest first unless ``order=desc``."""
        found = [
            self._stored_chat(key)
            for _, key in self.store.stored("stored_chat_completion")
            if self.store.exists("chat_completion", key)
        ]
        found = [
            item
            for item in found
            if all(item["metadata"].get(k) == v for k, v in (metadata or {}).items())
        ]
        found.sort(key=lambda item: (int(item["created"]), str(item["id"])))
        if order == "desc":
            found.reverse()
        return list_page(found, limit, after)

    def list_chat_completion_messages(
        self, completion_id: str, after: str = "", limit: int = 20, order: str = "asc"
    ) -> JsonObject:
        """``GET /chat/completions/{id}/messages``: the request's messages, with IDs."""
        self._stored_chat(completion_id)
        request = self.store.get("stored_chat_completion", completion_id) or {}
        messages = [
            {
                "id": f"{completion_id}-{index}",
                "role": message.get("role"),
                "content": message.get("content"),
                **({"name": message["name"]} if message.get("name") else {}),
                "content_parts": None,
            }
            for index, message in enumerate(request.get("messages") or [])
        ]
        if order == "desc":
            messages.reverse()
        return list_page(messages, limit, after)

    # -- responses: input items and the list that does not exist ----------------------------

    def list_response_input_items(
        self, response_id: str, after: str = "", limit: int = 20, order: str = "desc"
    ) -> JsonObject:
        """``GET /responses/{id}/input_items``: the input as one user message."""
        response = self.store.get("response", response_id)
        if response is None:
            from cdktf_openai.offline.fake_api import ApiError

            raise ApiError(404, f"Response with id '{response_id}' not found.")
        request = response.get("request") or {}
        items = [
            {
                "type": "message",
                "id": "msg_" + _token(f"input item\n{response_id}"),
                "status": "completed",
                "role": "user",
                "content": [{"type": "input_text", "text": str(request.get("input") or "")}],
            }
        ]
        if order == "desc":
            items.reverse()
        return list_page(items, limit, after)

    def list_responses(self) -> JsonObject:
        """``GET /responses``: the Responses API has no list endpoint."""
        raise self._api_error(404, "Invalid URL (GET /v1/responses)")

    # -- a project's API keys ----------------------------------------------------------------

    def _project_keys(self, project_id: str) -> list[JsonObject]:
        keys = []
        for _, key in self.store.stored("service_account"):
            account = self.store.get("service_account", key)
            if account is None or not key.startswith(f"{project_id}."):
                continue
            keys.append(
                {
                    "object": "organization.project.api_key",
                    "redacted_value": "sk-svcacct-...ffline",
                    "name": "Secret Key",
                    "created_at": account["created_at"],
                    "last_used_at": None,
                    "id": "key_" + str(account["id"]).removeprefix("svc_acct_"),
                    "owner": {
                        "type": "service_account",
                        "service_account": {
                            "object": "organization.project.service_account",
                            "id": account["id"],
                            "name": account["name"],
                            "role": account["role"],
                            "created_at": account["created_at"],
                        },
                    },
                }
            )
        keys.sort(key=lambda item: (int(item["created_at"]), str(item["id"])))
        return keys

    def list_project_api_keys(
        self, project_id: str, after: str = "", limit: int = 20
    ) -> JsonObject:
        """``GET /organization/projects/{id}/api_keys``: its service accounts' keys."""
        self.get_project(project_id)
        return list_page(self._project_keys(project_id), limit, after)

    def get_project_api_key(self, project_id: str, key_id: str) -> JsonObject:
        """``GET /organization/projects/{id}/api_keys/{key_id}``.

        A key ID it never issued is a user's key that exists elsewhere.
        """
        self.get_project(project_id)
        for key in self._project_keys(project_id):
            if key["id"] == key_id:
                return key
        if not key_id.startswith("key_") or self._deleted(key_id):
            raise self._api_error(404, f"No API key found with id '{key_id}'.")
        return {
            "object": "organization.project.api_key",
            "redacted_value": "sk-proj-...xtrnl",
            "name": key_id,
            "created_at": EXTERNAL_CREATED_AT,
            "last_used_at": None,
            "id": key_id,
            "owner": {"type": "user", "user": {"id": "user-external"}},
        }
