"""User text is data: ``${`` and ``%{`` in any prop reach Terraform as those characters.

The escapes themselves are checked against Terraform in
``tests/offline/test_literal_offline.py``; here, in Python: the function, a model of how
Terraform reads a JSON string (:func:`read_template`), and what every construct synthesizes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cdktf_openai import (
    Assistant,
    ChatMessage,
    CodeReviewResponse,
    CodeReviewRun,
    Defaults,
    File,
    OpenAIProvider,
    Response,
    Run,
    Thread,
    ThreadMessage,
    Tool,
    ValidationError,
    VectorStore,
    VectorStoreFile,
)
from cdktf_openai.core import Fn, TerraformStack, TerraformVariable
from cdktf_openai.literal import literal, literal_text, untrusted_text
from cdktf_openai.workarounds import split_string_tokens
from tests.conftest import synth

#: Text that Terraform would evaluate if written as it is: a file read, a directive, an
#: escape that must stay two dollars, and a dollar at the very end.
TEXT = 'msg = "${file("SECRET")}"; %{ if true }y%{ endif } $${kept} 100%{ $'
#: Short text of the same kind, for names and metadata keys (64 characters at most).
SHORT = "${a} %{b} $"


def read_template(text: str) -> str:
    """What Terraform reads from a JSON string that has no interpolation or directive.

    HCL's template scanner, as measured (tests/offline/test_literal_offline.py checks this
    model against Terraform): ``$${`` is ``${``, ``%%{`` is ``%{``, a lone ``${`` or ``%{``
    starts an expression, anything else is itself, one character at a time.
    """
    out, index = [], 0
    while index < len(text):
        if text.startswith(("$${", "%%{"), index):
            out.append(text[index + 1 : index + 3])
            index += 3
        elif text.startswith(("${", "%{"), index):
            raise ValueError(f"an expression at {index}: {text!r}")
        else:
            out.append(text[index])
            index += 1
    return "".join(out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain text", "plain text"),
        ("", ""),
        ("a ${b} c", "a $${b} c"),
        ("%{ if x }y%{ endif }", "%%{ if x }y%%{ endif }"),
        ("$${kept}", "$$${kept}"),
        ("%%{kept}", "%%%{kept}"),
        ("{ $ % }", "{ $ % }"),
        ("end $", "end $"),
        ("${", "$${"),
    ],
)
def test_literal_text_escapes_what_terraform_would_evaluate(text: str, expected: str) -> None:
    assert literal_text(text) == expected
    assert read_template(expected) == text


@given(st.text(alphabet=st.sampled_from('$%{}ab"\\\n ü🙂'), max_size=40))
def test_terraform_reads_back_every_text_exactly(text: str) -> None:
    assert read_template(literal_text(text)) == text


def test_a_token_inside_text_stays_an_expression(stack: TerraformStack) -> None:
    who = TerraformVariable(stack, "who", type="string").string_value
    escaped = literal_text(f"${{x}} for {who} at 100%{{ $")
    assert escaped == f"$${{x}} for {who} at 100%%{{ $"


@pytest.mark.parametrize("dollars", [1, 2, 3])
def test_dollars_right_before_a_token_are_an_expression_not_an_escape(
    stack: TerraformStack, dollars: int
) -> None:
    price = TerraformVariable(stack, "price", type="string").string_value
    escaped = literal_text("cost " + "$" * dollars + price)
    assert escaped == f'cost ${{"{"$" * dollars}"}}{price}'


def test_literal_reaches_into_lists_mappings_and_keys() -> None:
    value = {"k${": ["%{a}", ("${b}",)], "n": 1, "t": True, "none": None}
    assert literal(value) == {"k$${": ["%%{a}", ("$${b}",)], "n": 1, "t": True, "none": None}


def test_a_whole_token_is_left_as_it_is(stack: TerraformStack) -> None:
    code = TerraformVariable(stack, "code", type="string").string_value
    assert literal_text(code) == code
    number = TerraformVariable(stack, "n", type="number").number_value
    assert literal(number) == number


# -- every construct ------------------------------------------------------------------------


def every_text_prop(stack: TerraformStack, tmp_path: Path) -> None:
    """One of each construct, with ``TEXT`` (or ``SHORT``) in every prop that takes text."""
    Defaults(model="gpt-4o").apply_to(stack)
    OpenAIProvider(stack, "openai", api_url="http://127.0.0.1:9/v1")
    metadata = {SHORT: TEXT}
    Response(stack, "response", model="gpt-4o", input=TEXT, instructions=TEXT, user=SHORT)
    CodeReviewResponse(stack, "review", code=TEXT, language="python", focus=TEXT, instructions=TEXT)
    function = Tool.function(
        "lookup",
        description=TEXT,
        parameters={"type": "object", "properties": {SHORT: {"type": "string"}}},
    )
    assistant = Assistant(
        stack,
        "assistant",
        model="gpt-4o",
        name=SHORT,
        description=TEXT,
        instructions=TEXT,
        metadata=metadata,
    )
    # (provider 1.2.0 cannot read a run whose assistant has a function tool: another one)
    Assistant(stack, "tooled", model="gpt-4o", tools=[function])
    thread = Thread(stack, "thread", messages=[ChatMessage.user(TEXT, metadata=metadata)])
    ThreadMessage(stack, "message", thread=thread, role="user", content=TEXT, metadata=metadata)
    Run(stack, "run", thread=thread, assistant=assistant, instructions=TEXT, metadata=metadata)
    document = tmp_path / "notes.md"
    document.write_text("notes\n")
    store = VectorStore(stack, "store", name=SHORT, metadata=metadata)
    file = File(stack, "file", path=document)
    VectorStoreFile(stack, "indexed", vector_store=store, file=file, attributes={SHORT: TEXT})
    CodeReviewRun(stack, "assistant_review", code=TEXT, language="python", focus=TEXT)


def strings(value: Any) -> Iterator[str]:
    """Every string in a JSON value, keys included."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)


def test_every_text_prop_of_every_construct_is_literal(
    stack: TerraformStack, tmp_path: Path
) -> None:
    every_text_prop(stack, tmp_path)
    resources = synth(stack)["resource"]
    read = []
    for text in strings(resources):
        if re.search(r"(?<![$%])[$%]\{(?!\"\$)", text.replace("$${", "").replace("%%{", "")):
            # an expression: only the library's own references (ids, addresses) may be one
            assert re.fullmatch(r"\$\{[a-z_]+\.[A-Za-z0-9_]+\.id\}", text), text
            continue
        read.append(read_template(text))
    joined = "\n".join(read)
    # every prop came through: the whole text, its pieces in composites' prompts, the keys
    for piece in (TEXT, SHORT):
        assert joined.count(piece) >= 10, piece
    written = json.dumps(resources)
    assert "$${file(" in written
    assert "${file(" not in written.replace("$${file(", "")  # escaped, never an expression


def test_the_guard_companion_holds_literal_text(stack: TerraformStack) -> None:
    Thread(stack, "thread", messages=[ChatMessage.user(TEXT)])
    companion = synth(stack)["resource"]["terraform_data"]
    ((_, body),) = companion.items()
    fingerprint = read_template(body["input"]["messages"])
    assert json.loads(fingerprint)[0]["content"] == TEXT


def test_defaults_are_literal_too(stack: TerraformStack) -> None:
    Defaults(metadata={"team": "${var.x}"}).apply_to(stack)
    Response(stack, "response", model="gpt-4o", input="hello")
    Assistant(stack, "assistant", model="gpt-4o")
    body = synth(stack)["resource"]["openai_assistant"]["assistant"]
    assert body["metadata"] == {"team": "$${var.x}"}


def test_a_token_expression_on_purpose_is_an_expression(stack: TerraformStack) -> None:
    Response(stack, "response", model="gpt-4o", input=Fn.file("prompt.txt"))
    body = synth(stack)["resource"]["openai_model_response"]["response"]
    assert body["input"] == '${file("prompt.txt")}'


# -- code under review is untrusted ----------------------------------------------------------


def test_token_shaped_text_in_reviewed_code_stays_text(stack: TerraformStack) -> None:
    key = TerraformVariable(stack, "key", type="string", sensitive=True).string_value
    CodeReviewResponse(stack, "review", code=f"leak({key})", language="python", model="gpt-4o")
    (body,) = synth(stack)["resource"]["openai_model_response"].values()
    assert "var.key" not in body["input"]
    assert 'leak(${format("%s", "$")}{TfToken[' in body["input"]


def test_a_whole_token_as_reviewed_code_is_an_expression(stack: TerraformStack) -> None:
    CodeReviewResponse(stack, "review", code=Fn.file("main.py"), language="python", model="m")
    (body,) = synth(stack)["resource"]["openai_model_response"].values()
    assert '${file("main.py")}' in body["input"]


def test_untrusted_text_leaves_plain_text_and_whole_tokens_alone(stack: TerraformStack) -> None:
    code = TerraformVariable(stack, "code", type="string").string_value
    assert untrusted_text(code) == code
    assert untrusted_text("print('${x}')") == "print('${x}')"  # escaped later, as all text
    parts = split_string_tokens(untrusted_text(f"a{code}b"))
    assert len(parts) == 3  # one token: the dollar's expression; the marker is text now
    assert (parts[0], parts[2]) == ("a", code[1:] + "b")


@pytest.mark.parametrize("text", ["${openai_thread.x.id}", "thread_${x}", "%{ if a }b%{ endif }"])
def test_expression_text_where_an_id_is_expected_is_refused(
    stack: TerraformStack, text: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        Run(stack, "run", thread=text, assistant="asst_1")
    assert str(raised.value) == (
        "stack/run: thread must be an ID or a construct, not Terraform expression text (text "
        f"is literal: pass the construct, or a token for an expression), got {text!r}"
    )


def test_an_id_with_a_token_inside_or_a_lone_dollar_is_an_id(stack: TerraformStack) -> None:
    suffix = TerraformVariable(stack, "suffix", type="string").string_value
    Run(stack, "run", thread=f"thread_{suffix}", assistant="asst_$1{x}")
    body = synth(stack)["resource"]["openai_run"]["run"]
    assert (body["thread_id"], body["assistant_id"]) == ("thread_${var.suffix}", "asst_$1{x}")
