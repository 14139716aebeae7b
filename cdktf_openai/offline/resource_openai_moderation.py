"""``internal/provider/resource_openai_moderation.go`` (v1.2.0): ``openai_moderation``.

Create sends one ``POST /moderations`` (an ``input`` that starts with ``[`` or ``{`` and is
JSON is sent as that JSON: a list moderates each item) and keeps the whole answer as text in
``_api_response``, its ``id`` as the ID, every result in ``results`` and the first one's
``flagged``, ``categories`` and ``category_scores`` at the top. ``model`` is what the API
answers with (``text-moderation-latest`` answers as ``text-moderation-007``); CustomizeDiff
keeps such a resolved version when the configuration asks for ``text-moderation-latest`` or
``-stable`` again, so that the next plan does not replace it. Read makes no call; Delete
forgets.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import FakeOpenAI
from cdktf_openai.offline.resource_data import ResourceData
from cdktf_openai.offline.resource_helpers import call, set_or_fail
from cdktf_openai.offline.schema_diff import AttributeDiff

#: The model names that mean "whichever version is current".
GENERIC_MODELS = ("text-moderation-latest", "text-moderation-stable", "")


def _fail(message: str) -> ProviderError:
    return ProviderError(ProviderDiagnostic(message))


def _request_input(text: str) -> Any:
    if text.startswith(("[", "{")):
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def create(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIModerationCreate``: one ``POST /moderations`` (``client.DoRequest``)."""
    text, model = d.get("input"), d.get("model")
    request: dict[str, Any] = {"input": _request_input(text)}
    set_or_fail(d, "input", text, "error setting input: {}")
    if model:
        request["model"] = model
    response = call(lambda: api.create_moderation(request), "API error: {message}")
    set_or_fail(d, "_api_response", json.dumps(response, indent=2) + "\n")
    if not isinstance(response.get("id"), str):
        raise _fail("error getting moderation id from response")
    d.set_id(response["id"])
    raw = response.get("results")
    if not isinstance(raw, list):
        raise _fail("error getting results from response")
    results = []
    for result in raw:
        if not isinstance(result, Mapping):
            raise _fail("error parsing result in response")
        copy = dict(result)
        if isinstance(copy.get("categories"), Mapping):
            copy["categories"] = {
                key: value if isinstance(value, bool) else False
                for key, value in copy["categories"].items()
            }
        if not isinstance(copy.get("category_applied_input_types"), Mapping):
            copy["category_applied_input_types"] = {}
        results.append(copy)
    set_or_fail(d, "results", results)
    if results:
        first = results[0]
        set_or_fail(d, "flagged", first.get("flagged"))
        set_or_fail(d, "categories", first.get("categories"))
        set_or_fail(d, "category_scores", first.get("category_scores"))
    if isinstance(response.get("model"), str):
        set_or_fail(d, "model", response["model"], "error setting model: {}")


def read(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIModerationRead``: no call."""


def delete(d: ResourceData, api: FakeOpenAI) -> None:
    """``resourceOpenAIModerationDelete``: nothing is sent."""
    d.set_id("")


def customize_diff(
    prior: Mapping[str, Any], proposed: Mapping[str, Any], diffs: list[AttributeDiff]
) -> tuple[list[AttributeDiff], dict[str, Any]]:
    """``customizeDiffModeration``: a resolved ``text-moderation-NNN`` is kept.

    Args:
        prior: The state.
        proposed: The proposed new state.
        diffs: The SDK's diff so far.

    Returns:
        The diff entries that remain, and the values planned instead (``d.SetNew``).
    """
    if not prior.get("id"):
        return diffs, {}
    old, new = prior.get("model"), proposed.get("model")
    old = old if isinstance(old, str) else ""
    new = new if isinstance(new, str) else ""
    specific = old.startswith("text-moderation-") and old not in GENERIC_MODELS
    if new in GENERIC_MODELS and specific:
        return [entry for entry in diffs if entry.key != "model"], {"model": old}
    return diffs, {}
