"""Literal text: every string a user gives reaches Terraform as those exact characters.

In Terraform's JSON syntax every string value is a template: ``${ ... }`` is an interpolation
and ``%{ ... }`` a directive. Written as it is, a prop such as the code of a review,
``msg = "${file("/home/me/.ssh/id_rsa")}"``, would be *evaluated*: Terraform would read the
file and send its content to the model. So the props of every construct pass through
:func:`literal` where they are rendered (:meth:`cdktf_openai.props.Props.config_arguments`,
and the guard's companion): in the literal parts of each string, ``${`` becomes ``$${`` and
``%{`` becomes ``%%{``, Terraform's own escapes, which it reads back as ``${`` and ``%{``.

Tokens stay expressions: a cdktf token inside a string (``f"Review {variable.string_value}"``)
is cut out first and left as it is, so it still resolves while the text around it is
escaped. To give Terraform an expression on purpose, give a token (``Fn.file(...)``,
``TerraformVariable.string_value``), never ``"${...}"`` text.

One case needs more than the two escapes: literal dollars right before a token. Terraform
reads ``$${`` as an escape, so ``"$" + token`` would come out as the text ``${...}`` instead of
a dollar and the token's value; those dollars are written as the expression ``${"$"}`` instead.

Untrusted text (the code a review reads, :func:`untrusted_text`) gets one more guard: cdktf
finds its tokens by their text, ``${TfToken[...]}``, so token-shaped text in a pull request
would become an expression (say, a sensitive variable's value sent to the model). There, only
a whole-value token (``Fn.file(...)``) is an expression; token-shaped text inside is kept as
text.

cdktf itself writes literal text as it is (it escapes neither ``${`` nor ``%{``), which is what
makes escaping it here once right: pinned in ``tests/test_workarounds.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from cdktf_openai.workarounds import (
    is_jsii_value,
    split_string_tokens,
    struct,
    struct_values,
)

__all__ = ["is_expression_text", "literal", "literal_text", "untrusted_text"]

T = TypeVar("T")


def literal_text(text: str) -> str:
    """``text`` for a Terraform string: its literal parts escaped, its tokens kept.

    Args:
        text: A string, possibly with cdktf tokens inside.

    Example::

        literal_text('msg = "${file("id_rsa")}"')  # 'msg = "$${file("id_rsa")}"'
    """
    if "{" not in text:  # nothing to escape (the common case: no work, no regex)
        return text
    parts = split_string_tokens(text)
    for index in range(0, len(parts), 2):
        part = parts[index].replace("${", "$${").replace("%{", "%%{")
        if index + 1 < len(parts) and part.endswith("$"):  # dollars right before a token
            dollars = len(part) - len(part.rstrip("$"))
            part = f'{part[:-dollars]}${{"{"$" * dollars}"}}'
        parts[index] = part
    return "".join(parts)


def is_expression_text(text: str) -> bool:
    """Whether ``text`` has ``${`` or ``%{`` outside its tokens: an expression written as text.

    Such text is written literally like all text; where a value can only be an ID, it is a
    mistake (``"${openai_thread.x.id}"``, which Terraform would once have evaluated).

    Args:
        text: A string, possibly with cdktf tokens inside.
    """
    literals = split_string_tokens(text)[0::2]
    return any("${" in part or "%{" in part for part in literals)


def literal(value: T) -> T:
    """``value`` with every string in it made literal (:func:`literal_text`), at any depth.

    Strings, the keys and values of mappings, the items of lists and tuples, and the fields of
    generated structs (e.g. a thread's rendered messages) are escaped; anything else (numbers,
    tokens that are not strings, constructs) is returned as it is.

    Args:
        value: A prop's value, before or after rendering.
    """
    if isinstance(value, str):
        return literal_text(value)  # type: ignore[return-value]
    if isinstance(value, list | tuple):
        return type(value)(literal(item) for item in value)
    if isinstance(value, Mapping):
        return {literal(key): literal(item) for key, item in value.items()}  # type: ignore[return-value]
    if is_jsii_value(value) == "struct":
        fields = {name: literal(field) for name, field in struct_values(value).items()}
        return struct(type(value), **fields)
    return value


def untrusted_text(text: str) -> str:
    """``text`` from an untrusted source: a token only as the whole value, never inside.

    A pull request can hold text shaped like a cdktf token (``${TfToken[TOKEN.3]}``), which
    cdktf would resolve to another value of the app. Unless ``text`` is one token as a whole
    (``Fn.file("main.py")``, a variable), the dollar of each token-shaped part becomes the
    expression ``${format("%s", "$")}``: Terraform reads the same characters, cdktf no longer
    sees a token.

    Args:
        text: The untrusted text (or a whole-value token).
    """
    parts = split_string_tokens(text)
    if len(parts) == 1 or parts == ["", text, ""]:
        return text
    from cdktf_openai.core import Fn

    dollar = Fn.format("%s", ["$"])  # an expression for one "$" (one jsii call, rarely made)
    for index in range(1, len(parts), 2):
        parts[index] = dollar + parts[index][1:]
    return "".join(parts)
