"""``Response``: one model answer from the Responses API (``openai_model_response``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property
from typing import ClassVar, Unpack

from constructs import Construct

from cdktf_openai import limits
from cdktf_openai.attributes import null_safe_number, null_safe_string, null_safe_string_map
from cdktf_openai.base import OpenAIResource
from cdktf_openai.core import StringMap
from cdktf_openai.keywords import ResourceOptions
from cdktf_openai.l1 import model_response as _model_response
from cdktf_openai.props import TEMPERATURE_AND_TOP_P, Prop, Props, Warning
from cdktf_openai.tokens import NumberToken
from cdktf_openai.validation import Items
from cdktf_openai.workarounds import python_only_property

__all__ = ["Response"]

_INCLUDE_NOT_SENT = Warning(
    "includeNotSent",
    "include is kept in the Terraform state only: provider 1.2.0 never sends it to the API.",
    lambda props: props["include"] is not None,
)


class Response(OpenAIResource, _model_response.ModelResponse):
    """A model's answer to an input, from OpenAI's Responses API (``openai_model_response``).

    The Responses API works on OpenAI itself (the hosted Assistants API was shut down on
    2026-08-26). Provider 1.2.0 makes one synchronous ``POST /v1/responses`` at apply, so the
    answer is in the Terraform state as soon as ``apply`` returns: ``text`` is the answer,
    ``usage`` the token counts.

    What to expect from the provider:

    - ``temperature`` defaults to 0.7 when unset (the provider's own default, shown in the
      plan); a temperature or ``top_p`` of exactly 0 is never sent (the provider reads them
      with ``GetOk``, which treats 0 as unset), so this construct warns about it.
    - A change of any argument is planned as an update, and the update creates a *new*
      response (a new id, a new model call) on the next apply, unless ``preserve_on_change``
      is set: then the existing response is kept and the change only shows as drift.
    - The provider also has ``frequency_penalty``, ``presence_penalty`` and ``stop_sequences``,
      but never sends them to the API (``stop_sequences`` instead turns on ``store``), so this
      construct does not offer them; ``include`` is kept in the state only, and setting it
      adds a warning.
    - There is no metadata and there are no tools on a response in provider 1.2.0.
    - The provider's ``top_k`` is refused: OpenAI's Responses API has no such parameter and
      answers it with HTTP 400 (see "What OpenAI accepts" in docs/validation.md).

    Read-only attributes (tokens until apply), each of which can be a ``TerraformOutput``:
    ``id`` (``resp_...``), and ``text``, ``usage`` (a string map: ``prompt_tokens``,
    ``completion_tokens``, ``total_tokens``), ``output`` (a string map: ``text`` and ``role``),
    ``created``, ``object``, ``finish_reason``, which provider 1.2.0 sets only when the API's
    answer has them and this construct reads as never null (``""``, ``0``, ``{}``: see each
    attribute, and :mod:`cdktf_openai.attributes` for the raw values).

    Example::

        answer = Response(stack, "summary", model="gpt-4o", input="Summarize RFC 2119.",
                          max_output_tokens=500)
        TerraformOutput(stack, "summary_text", value=answer.text)
    """

    _PROPS: ClassVar[Props] = Props(
        _model_response.ModelResponseConfig,
        warnings=[TEMPERATURE_AND_TOP_P, _INCLUDE_NOT_SENT],
        model=Prop(limits.MODEL, required=True, default="model"),
        input=Prop(limits.RESPONSE_INPUT, required=True),
        instructions=Prop(limits.INSTRUCTIONS),
        temperature=Prop(limits.TEMPERATURE, default="temperature", zero_not_sent=True),
        top_p=Prop(limits.TOP_P, zero_not_sent=True),
        top_k=Prop(limits.TOP_K, not_accepted=limits.RESPONSE_TOP_K),
        max_output_tokens=Prop(limits.MAX_OUTPUT_TOKENS, default="max_tokens"),
        include=Prop(Items(each=limits.INCLUDE_FIELD), render=list),
        user=Prop(limits.END_USER),
        preserve_on_change=Prop(limits.FLAG),
    )

    def __init__(
        self,
        scope: Construct,
        id: str,
        *,
        model: str | None = None,
        input: str,
        instructions: str | None = None,
        temperature: float | None = None,
        top_p: float | None = None,
        top_k: int | NumberToken | None = None,
        max_output_tokens: int | NumberToken | None = None,
        include: Sequence[str] | None = None,
        user: str | None = None,
        preserve_on_change: bool | None = None,
        **options: Unpack[ResourceOptions],
    ) -> None:
        """Create the response.

        Args:
            scope: The construct this response belongs to (a stack or a composite).
            id: The construct id, unique among the scope's children.
            model: The model id, e.g. ``"gpt-4o"``; one word, no whitespace. Required, unless
                the scope has ``Defaults(model=...)``.
            input: The text the model answers; not empty, not only whitespace.
            instructions: System instructions that guide the model; at most 256,000
                characters, not blank (unset for none).
            temperature: Sampling temperature, 0 to 2; unset, the provider sends 0.7. A token
                (e.g. a ``TerraformVariable``) is checked by ``terraform plan`` instead.
                Exactly 0 adds a warning: provider 1.2.0 never sends a 0.
            top_p: Nucleus sampling, 0 to 1; setting it with ``temperature`` adds a warning
                (OpenAI advises changing one of them, not both). Exactly 0 adds a warning, as
                for ``temperature``.
            top_k: Refused (a ``ValidationError``): provider 1.2.0 sends it, and OpenAI's
                Responses API has no ``top_k`` (HTTP 400). For a server that takes it, use
                ``response.add_override("top_k", k)``.
            max_output_tokens: Most tokens the answer may have (reasoning tokens included):
                the cap OpenAI enforces on a response; a whole number >= 16 (OpenAI answers
                less with HTTP 400). Unset: the scope's ``Defaults(max_tokens=...)``, if any;
                else the model's own limit.
            include: Extra fields to include in the response. Provider 1.2.0 keeps them in
                the state but never sends them to the API, so setting them adds a warning.
            user: An id of the end user, which OpenAI uses to detect abuse; not empty.
            preserve_on_change: Keep this response when an argument changes (the change then
                shows as drift) instead of creating a new one on the next apply.
            **options: Terraform's ``depends_on`` and ``provider`` (``ResourceOptions``).

        Raises:
            ValidationError: Every problem of the props at once, with this construct's path.
        """
        self._build(scope, id, locals())

    @cached_property
    def text(self) -> str:
        """The model's answer (``output["text"]``): a token until apply, then the text.

        ``""`` when the answer's first output item has no text (provider 1.2.0 reads only
        that item: a reasoning model's first item is its reasoning).
        """
        return self.output.lookup("text")

    @python_only_property
    def output(self) -> StringMap:
        """The answer's first output item: ``text`` and ``role``; ``{}`` if the API sent none.

        ``output.lookup(key)`` is ``""`` while the key is missing.
        """
        return null_safe_string_map(self, "output")

    @python_only_property
    def usage(self) -> StringMap:
        """Tokens used, as strings: ``prompt_tokens``, ``completion_tokens``, ``total_tokens``.

        ``{}`` if the API's answer had no usage; ``usage.lookup(key)`` is ``""`` then.
        """
        return null_safe_string_map(self, "usage")

    @python_only_property
    def created(self) -> float:
        """When the response was created, in Unix seconds; ``0`` if the API did not say."""
        return null_safe_number(self, "created")

    @python_only_property
    def object(self) -> str:
        """The API's object type (``response``); ``""`` if the API did not say."""
        return null_safe_string(self, "object")

    @python_only_property
    def finish_reason(self) -> str:
        """Why the model stopped; ``""`` on the Responses API.

        Provider 1.2.0 reads it only from a Chat Completions-shaped answer (``choices``),
        which ``/v1/responses`` does not send.
        """
        return null_safe_string(self, "finish_reason")
