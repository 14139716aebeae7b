"""Image resources (v1.2.0): ``openai_image_generation``, ``_edit`` and ``_variation``.

Ports of ``internal/provider/resource_openai_image_generation.go``,
``resource_openai_image_edit.go`` and ``resource_openai_image_variation.go``. Each Create sends
one request -- JSON for a generation, a multipart upload of the local ``image`` (and ``mask``)
for an edit or a variation -- and keeps ``created`` and ``data``: for each image its ``url`` or
its ``b64_json`` (the other one is ``""``), and for a generation its ``revised_prompt`` (the
prompt itself when the API revised nothing). The ID is ``img-<created>`` (``img-edit-...``,
``img-var-...``): two images made in the same second share it. Every attribute forces a new
resource; Read makes no call (nothing is read back); Delete only forgets. The double's images
are placeholders (:meth:`~cdktf_openai.offline.fake_models.ModelEndpoints.create_images`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import Any

from cdktf_openai.offline import local_files
from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import call, set_or_fail


def _fail(message: str) -> ProviderError:
    return ProviderError(ProviderDiagnostic(message))


def _images(
    response: Mapping[str, Any], response_format: str, prompt: str | None
) -> list[dict[str, Any]]:
    """Each image as the Go code writes it (``url`` or ``b64_json``, the other ``""``)."""
    images = []
    for image in response.get("data") or []:
        written: dict[str, Any] = {}
        if prompt is not None:
            written["revised_prompt"] = image.get("revised_prompt") or prompt
        if response_format == "url":
            written.update(url=image.get("url") or "", b64_json="")
        else:
            written.update(b64_json=image.get("b64_json") or "", url="")
        images.append(written)
    return images


def _keep(d: ResourceData, response: Mapping[str, Any], prefix: str, prompt: str | None) -> None:
    created = int(response.get("created") or 0)
    d.set_id(f"{prefix}-{created}")
    set_or_fail(d, "created", created)
    images = _images(response, d.get("response_format"), prompt)
    if images:
        set_or_fail(d, "data", images)


def generation_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIImageGenerationCreate``: one ``POST /images/generations``."""
    prompt = d.get("prompt")
    request: dict[str, Any] = {"prompt": prompt}
    for name in ("model", "n", "quality", "response_format", "size", "style"):
        value = d.get(name)
        if value:  # the request's fields are all ``omitempty``
            request[name] = value
    user, ok = d.get_ok("user")
    if ok:
        request["user"] = user
    response = call(
        lambda: api.create_images("generations", request),
        "error generating images: {type} - {message}",
    )
    _keep(d, response, "img", prompt)


def _upload_fields(d: ResourceData, *, prompt: bool) -> dict[str, Any]:
    fields: dict[str, Any] = {"prompt": d.get("prompt")} if prompt else {}
    fields.update(n=str(d.get("n")), size=d.get("size"), response_format=d.get("response_format"))
    if d.get("model"):
        fields["model"] = d.get("model")
    user, ok = d.get_ok("user")
    if ok:
        fields["user"] = user
    return fields


def _read_image(path: str, label: str, copy_words: str) -> str:
    """The SHA-256 of an uploaded file (what the fake API's answer is derived from)."""
    try:
        content = local_files.read(path)
    except local_files.GoFileError as error:
        if error.args[1] == "open":
            raise _fail(f"error opening {label} file: {error.args[0]}") from error
        raise _fail(copy_words.format(error.args[0])) from error
    return hashlib.sha256(content).hexdigest()


def edit_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIImageEditCreate``: one multipart ``POST /images/edits``."""
    path = d.get("image")
    if local_files.missing(path):
        raise _fail(f"image file does not exist: {path}")
    fields = _upload_fields(d, prompt=True)
    fields["image"] = _read_image(path, "image", "error copying image data: {}")
    mask, ok = d.get_ok("mask")
    if ok:
        if local_files.missing(mask):
            raise _fail(f"mask file does not exist: {mask}")
        fields["mask"] = _read_image(mask, "mask", "error copying mask data: {}")
    response = call(
        lambda: api.create_images("edits", fields), "error editing image: {type} - {message}"
    )
    _keep(d, response, "img-edit", None)


def variation_create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIImageVariationCreate``: one multipart ``POST /images/variations``."""
    path = d.get("image")
    if local_files.missing(path):
        raise _fail(f"image file does not exist: {path}")
    fields = _upload_fields(d, prompt=False)
    fields["image"] = _read_image(path, "image", "error copying image data: {}")
    response = call(
        lambda: api.create_images("variations", fields),
        "error creating image variation: {type} - {message}",
    )
    _keep(d, response, "img-var", None)


def never_read(d: ResourceData, api: FakeOpenAI) -> None:
    """The Read of each: no call.

    A generation's Read only warns when ``prompt`` is unset, which its schema does not allow.
    """


def forget(d: ResourceData, api: FakeOpenAI) -> None:
    """The Delete of each: nothing is sent."""
    d.set_id("")
