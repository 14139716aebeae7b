"""The steps every resource function of ``internal/provider/resource_openai_*.go`` spells out.

Each Go CRUD function of the provider (v1.2.0) writes the same steps out in full: build a
request from the attributes that are set (``d.GetOk``) or changed (``d.HasChange``), send it,
turn an error response into the function's error (each file in its own words), take a 404 on
Read as "gone" (``d.SetId("")``), and copy fields of the response into state (``d.Set``). The
resource modules call these helpers in the order of their Go function, with that function's
words: a template such as ``"error creating assistant: {type} - {message}"`` is the Go
``fmt.Errorf`` format with the response's fields named instead of ``%s``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any, TypeVar

from cdktf_openai.offline.diagnostics import ProviderDiagnostic, ProviderError
from cdktf_openai.offline.fake_api import ApiError
from cdktf_openai.offline.resource_data import ResourceData, SetError

_Response = TypeVar("_Response")


def api_error(template: str, error: ApiError) -> ProviderError:
    """Return the Go function's error for an error response of the API.

    Args:
        template: The Go function's ``fmt.Errorf`` format, with ``{type}``, ``{message}`` and
            ``{code}`` for the response's ``error.type``, ``error.message`` and ``error.code``,
            ``{status}`` for its HTTP status and ``{body}`` for its body.
        error: The error response.
    """
    return ProviderError(
        ProviderDiagnostic(
            template.format(
                type=error.type,
                message=error.message,
                code=error.code,
                status=error.status,
                body=error.body(),
            )
        )
    )


def call(request: Callable[[], _Response], template: str) -> _Response:
    """Send one request: its response, or the Go function's error (:func:`api_error`).

    Args:
        request: The call to the API.
        template: How the Go function words an error response (:func:`api_error`).
    """
    try:
        return request()
    except ApiError as error:
        raise api_error(template, error) from error


def read_or_forget(
    d: ResourceData, request: Callable[[], _Response], template: str
) -> _Response | None:
    """Send a Read's request: a 404 removes the resource from state (``d.SetId("")``).

    Args:
        d: The resource data.
        request: The call to the API.
        template: How the Go function words another error response (:func:`api_error`).

    Returns:
        The response, or ``None`` after a 404 (the Go function returns then).
    """
    try:
        return request()
    except ApiError as error:
        if error.status == 404:
            d.set_id("")
            return None
        raise api_error(template, error) from error


def read_by_id(d: ResourceData, get: Callable[[str], _Response], template: str) -> _Response | None:
    """:func:`read_or_forget` for a Read that gets the object by its ID alone.

    Such a Read starts with ``if id == "" { d.SetId(""); return diag.Diagnostics{} }``: an
    empty ID sends nothing.

    Args:
        d: The resource data.
        get: The call to the API, given the ID.
        template: How the Go function words an error response other than 404.

    Returns:
        The response, or ``None`` (the Go function returns then).
    """
    if not d.id:
        return None
    return read_or_forget(d, lambda: get(d.id), template)


def delete_and_forget(
    d: ResourceData,
    request: Callable[[], object],
    template: str,
    gone: Collection[int] = (404,),
) -> None:
    """Send a Delete's request, then ``d.SetId("")``.

    Args:
        d: The resource data.
        request: The call to the API.
        template: How the Go function words an error response (:func:`api_error`).
        gone: The statuses that are not an error (the object is gone already).
    """
    try:
        request()
    except ApiError as error:
        if error.status not in gone:
            raise api_error(template, error) from error
    d.set_id("")


def set_values(d: ResourceData, names: Iterable[str]) -> dict[str, Any]:
    """``if v, ok := d.GetOk(name); ok { request[name] = v }`` for each name, in order.

    Args:
        d: The resource data.
        names: The attributes, sent under their own names.

    Returns:
        The attributes set to something other than their zero value.
    """
    request: dict[str, Any] = {}
    for name in names:
        value, ok = d.get_ok(name)
        if ok:
            request[name] = value
    return request


def changed_values(d: ResourceData, names: Iterable[str]) -> dict[str, Any]:
    """``if d.HasChange(name) { request[name] = d.Get(name) }`` for each name, in order.

    Args:
        d: The resource data.
        names: The attributes, sent under their own names.
    """
    return {name: d.get(name) for name in names if d.has_change(name)}


def set_fields(
    d: ResourceData,
    response: Mapping[str, Any],
    names: Iterable[str],
    *,
    null: Any = None,
    skip_null: bool = False,
) -> None:
    """``d.Set(name, response.Field)`` for each name, in order.

    Args:
        d: The resource data.
        response: The decoded response.
        names: The fields, each written to the attribute of its name.
        null: What a ``null`` field is written as: ``""`` for a Go ``string`` field (JSON's
            ``null`` decodes to the zero value), else as it is.
        skip_null: Whether an absent or ``null`` field is not written at all, as for a Go
            pointer field (``if response.Field != nil { d.Set(...) }``) or a lookup in a
            ``map[string]interface{}`` (``if v, ok := response[name]; ok && v != nil``).
    """
    for name in names:
        if skip_null and response.get(name) is None:
            continue
        value = response[name]
        d.set(name, null if value is None else value)


def set_or_fail(d: ResourceData, key: str, value: Any, wrap: str = "{}") -> None:
    """``if err := d.Set(key, value); err != nil { return diag.FromErr(err) }``.

    Args:
        d: The resource data.
        key: The attribute.
        value: The value.
        wrap: How the Go code wraps the error (``{}``: as it is).
    """
    try:
        d.set(key, value)
    except SetError as error:
        raise ProviderError(ProviderDiagnostic(wrap.format(error))) from error


def metadata_strings(metadata: Mapping[str, Any]) -> dict[str, str]:
    """``metadata[k] = fmt.Sprintf("%v", v)`` for each entry of a response's ``metadata``."""
    return {key: str(value) for key, value in metadata.items()}


def update_metadata(
    d: ResourceData, send: Callable[[dict[str, Any]], Mapping[str, Any]], template: str
) -> None:
    """``resourceOpenAIThreadUpdate`` and ``resourceOpenAIMessageUpdate``: the same Go code.

    Only a change of ``metadata`` is sent, and only when it is not empty (``d.GetOk``); then
    :func:`set_created_at_and_metadata`.

    Args:
        d: The resource data.
        send: The call to the API, given the request.
        template: How the Go function words an error response (:func:`api_error`).
    """
    if not d.has_change("metadata"):
        return
    request = set_values(d, ("metadata",))
    set_created_at_and_metadata(d, call(lambda: send(request), template))


def set_created_at_and_metadata(d: ResourceData, response: Mapping[str, Any]) -> None:
    """``created_at``, and ``metadata`` (values as strings) when the response has some.

    How ``resourceOpenAIThreadRead``, ``resourceOpenAIThreadUpdate`` and
    ``resourceOpenAIMessageUpdate`` end.

    Args:
        d: The resource data.
        response: The decoded thread or message.
    """
    d.set("created_at", response["created_at"])
    if response["metadata"]:
        d.set("metadata", metadata_strings(response["metadata"]))
