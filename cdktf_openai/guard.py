"""Changes that provider 1.2.0 would silently drop replace the resource instead.

The provider declares some values force-new only as a whole list, and the SDK it is built on
replaces an object for such a list only when the *number* of its blocks changes: editing a
thread's message, or the file of a message's attachment, is planned as an update in place,
and the provider's Update does not send it. Some other values its Update leaves out (a vector
store's chunking and expiry, a vector store file's chunking). ``terraform apply`` then
reports success while the object at OpenAI keeps the old value -- and everything answered
from it goes stale.

So a resource with such a prop set gets a companion ``terraform_data`` resource (Terraform's
built-in, no provider needed) as its child ``replace_on_change``, holding those values; the
resource names it in its ``lifecycle.replace_triggered_by``. A change of the values updates
the companion, and Terraform replaces the resource: the new object has the new values.

cdktf gives every ``terraform_data`` a check that Terraform is 1.4 or later, one
``terraform version`` run at synthesis each; the companions of a stack leave it to the first
of them (``batching.create`` has each one do so: ``workarounds.check_terraform_version_once``),
so a stack runs it once however many companions it has.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from typing import Any

from constructs import Construct

from cdktf_openai.batching import create
from cdktf_openai.core import DataConfig, DataResource, Fn, Token
from cdktf_openai.literal import literal_text
from cdktf_openai.tokens import token_kind
from cdktf_openai.workarounds import struct

__all__ = ["COMPANION_ID", "COMPANION_TYPE", "add_companion", "fingerprint"]

#: The child id of the companion resource.
COMPANION_ID = "replace_on_change"
#: Its Terraform type.
COMPANION_TYPE = "terraform_data"


def fingerprint(value: Any) -> str:
    """``value`` as stable JSON text; tokens stay tokens (Terraform resolves them).

    Value objects (dataclasses) become their fields, constructs their ``id`` token, number
    tokens their string form: a change of any of them changes the text Terraform sees.

    Args:
        value: A prop's value (a list of ``ChatMessage``, of ``Attachment``, a ``Chunking``...).
    """
    return json.dumps(_plain(value), sort_keys=True, separators=(",", ":"))


def _plain(value: Any) -> Any:
    kind = token_kind(value)
    if kind == "number":
        return Token.as_string(value)
    if kind in ("list", "map", "any"):  # e.g. an iterator's value: its JSON text, as a string
        return Fn.jsonencode(list(value) if isinstance(value, tuple) else value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ((f.name, getattr(value, f.name)) for f in dataclasses.fields(value))
        return {name: _plain(field) for name, field in fields if field is not None}
    if isinstance(value, Construct):
        return getattr(value, "id", value.node.path)
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def add_companion(
    resource: Construct, values: Mapping[str, Any], count: Any = None, for_each: Any = None
) -> None:
    """Add the ``terraform_data`` companion holding ``values`` under ``resource``.

    Args:
        resource: The resource (created already), whose ``replace_triggered_by`` names the
            companion.
        values: Prop name to value, for the props whose change must replace it.
        count: The resource's ``count``: the companion repeats the same way, and each
            instance of the resource names its own (``[count.index]``).
        for_each: The resource's ``for_each``, likewise (``[each.key]``).
    """
    companion = DataResource.__new__(DataResource)  # what DataResource(...) does, unchecked
    inputs = {name: literal_text(fingerprint(value)) for name, value in values.items()}
    config = struct(DataConfig, input=inputs, count=count, for_each=for_each)
    create(companion, resource, COMPANION_ID, config)
