"""Every rule of ``limits.py``: values just inside and just outside each bound."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from cdktf_openai import (
    Assistant,
    ById,
    File,
    OpenAIProvider,
    Project,
    Thread,
    VectorStore,
    limits,
)
from cdktf_openai.core import (
    App,
    TerraformCount,
    TerraformIterator,
    TerraformResourceLifecycle,
    TerraformStack,
)
from cdktf_openai.l1 import thread as _thread
from cdktf_openai.validation import Rule

#: A stack for the rules that take constructs.
STACK = TerraformStack(App(), "limits")
#: One construct of each kind that a reference rule takes or refuses.
AN_ASSISTANT = Assistant(STACK, "an_assistant", model="gpt-4o")
A_THREAD = Thread(STACK, "a_thread")
A_GENERATED_THREAD = _thread.Thread(STACK, "a_generated_thread")
A_FILE = File(STACK, "a_file", path=Path(__file__))
A_VECTOR_STORE = VectorStore(STACK, "a_vector_store", name="docs")
A_PROJECT = Project(STACK, "a_project", name="Payments")
#: Text that says nothing: empty, or only whitespace (Unicode's included).
BLANK = ["", " ", "  \n", "\t\r\n", "\u00a0", "\u3000 \u2029"]

assert limits.DEPENDS_ON.each is not None
DEPENDS_ON_ITEM: Rule = limits.DEPENDS_ON.each
assert limits.REPLACE_TRIGGERED_BY.each is not None
REPLACE_TRIGGERED_BY_ITEM: Rule = limits.REPLACE_TRIGGERED_BY.each

TABLE: list[tuple[str, Rule, list[Any], list[Any]]] = [
    # name, rule, accepted, rejected
    (
        "TEMPERATURE",
        limits.TEMPERATURE,
        [0, 0.0, 2, 2.0, 1.5],
        [-0.0001, 2.0001, math.nan, math.inf, -math.inf, True, False, "1", object()],
    ),
    ("TOP_P", limits.TOP_P, [0, 1, 0.5], [-0.0001, 1.0001, math.nan, True, "0.5"]),
    ("MAX_TOKENS", limits.MAX_TOKENS, [1, 2, 10**9], [0, -1, 1.0, 1.5, True, "1"]),
    ("MAX_OUTPUT_TOKENS", limits.MAX_OUTPUT_TOKENS, [16, 17, 10**6], [15, 0, 16.0, True, "16"]),
    # what OpenAI does not take (NotAccepted): every value the provider would send
    ("RESPONSE_TOP_K", limits.RESPONSE_TOP_K, [], [1, 40, 0, "40"]),
    ("RUN_MAX_TOKENS", limits.RUN_MAX_TOKENS, [], [1, 1000, 0]),
    ("RUN_STREAM_FOR_TOOL", limits.RUN_STREAM_FOR_TOOL, [False], [True, "yes", 0]),
    ("ASSISTANT_FILE_IDS", limits.ASSISTANT_FILE_IDS, [[], ()], [["file-1"], ("f",)]),
    ("MESSAGE_FILE_IDS", limits.MESSAGE_FILE_IDS, [[], ()], [["file-1"]]),
    ("RETRIEVAL_TOOL", limits.RETRIEVAL_TOOL, [], ["retrieval"]),
    ("TOP_K", limits.TOP_K, [1, 40], [0, -1, 1.5, 40.0, False, "40"]),
    ("NON_BLANK", limits.NON_BLANK, ["x", " x", "\n.\n", "\u200b"], [*BLANK, 1, None]),
    ("RESPONSE_INPUT", limits.RESPONSE_INPUT, ["x", " x "], [*BLANK, 1, ["x"]]),
    ("END_USER", limits.END_USER, ["user-42", "u"], ["", 42]),
    ("INCLUDE_FIELD", limits.INCLUDE_FIELD, ["file_search_call.results"], ["", 1]),
    ("TIMEOUT", limits.TIMEOUT, [1, 300], [0, 0.5, 30.0, True]),
    ("METADATA_KEY", limits.METADATA_KEY, ["k", "k" * 64], ["", "k" * 65, 1]),
    ("NAME", limits.NAME, ["", "n", "n" * 256], ["n" * 257, 5]),
    ("DESCRIPTION", limits.DESCRIPTION, ["d" * 512], ["d" * 513, b"bytes"]),
    (
        "INSTRUCTIONS",
        limits.INSTRUCTIONS,
        ["x", "\nBe brief.\n", "i" * 256_000, " " * 255_999 + "i"],
        [*BLANK, " " * 256_000, "i" * 256_001, ["i"]],
    ),
    ("MODEL", limits.MODEL, ["gpt-4o", "m"], ["", "gpt 4o", " gpt-4o", "gpt-4o\n", 4]),
    ("CONTENT", limits.CONTENT, ["x", " x"], [*BLANK, 1]),
    ("CODE", limits.CODE, ["x", "\tpass\n"], [*BLANK, b"x = 1"]),
    ("ROLE", limits.ROLE, ["user", "assistant"], ["system", "User", "", object()]),
    (
        "FUNCTION_NAME",
        limits.FUNCTION_NAME,
        ["f", "get_weather-2", "a" * 64],
        ["", "a" * 65, "has space", "dot.name", "ünicode"],
    ),
    ("FUNCTION_DESCRIPTION", limits.FUNCTION_DESCRIPTION, ["d" * 1024], ["d" * 1025]),
    ("ID", limits.ID, ["file-abc"], ["", 7]),
    (
        "THREAD",
        limits.THREAD,
        [A_THREAD, A_GENERATED_THREAD, "thread_1", ById("thread_1")],
        [AN_ASSISTANT, A_FILE, A_VECTOR_STORE, STACK, "", ById(""), 7],
    ),
    (
        "ASSISTANT",
        limits.ASSISTANT,
        [AN_ASSISTANT, "asst_1", ById("asst_1")],
        [A_THREAD, A_GENERATED_THREAD, A_FILE, A_VECTOR_STORE, "", None],
    ),
    (
        "FILE",
        limits.FILE,
        [A_FILE, "file-1", ById("file-1")],
        [A_VECTOR_STORE, AN_ASSISTANT, A_THREAD, ""],
    ),
    (
        "VECTOR_STORE",
        limits.VECTOR_STORE,
        [A_VECTOR_STORE, "vs_1", ById("vs_1")],
        [A_FILE, AN_ASSISTANT, A_THREAD, ""],
    ),
    ("FLAG", limits.FLAG, [True, False], [1, 0, "true"]),
    (
        "API_URL",
        limits.API_URL,
        ["http://localhost:8080/v1", "https://api.example.com/v1", "https://h/proxy/openai/v1"],
        [
            "ftp://api.example.com/v1",
            "api.example.com/v1",
            "https://",
            "http://[::1",
            42,
            # the provider appends /assistants, /threads...: the URL must end in exactly /v1
            "https://api.example.com",
            "https://api.example.com/",
            "https://api.example.com/v1/",
            "https://api.example.com/v2",
            "https://api.example.com/v10",
            "https://api.example.com/v1?x=1",
        ],
    ),
    ("ORGANIZATION", limits.ORGANIZATION, ["org-1"], ["", 1]),
    ("ALIAS", limits.ALIAS, ["eu", "team_b", "x-1"], ["", "1eu", "has space"]),
    ("API_KEY", limits.API_KEY, [], ["literal-project-key", ""]),
    (
        "FILE_PURPOSE",
        limits.FILE_PURPOSE,
        ["assistants", "fine-tune", "vision", "batch"],
        ["user_data", "Assistants", ""],
    ),
    (
        "FILE_PATH",
        limits.FILE_PATH,
        [str(Path(__file__)), Path(__file__)],
        ["", "does/not/exist.md", str(Path(__file__).parent), 3],
    ),
    ("PROJECT_ID", limits.PROJECT_ID, ["proj_1"], [""]),
    ("VECTOR_STORE_NAME", limits.VECTOR_STORE_NAME, ["d", "d" * 256], ["", "d" * 257]),
    ("VECTOR_STORE_CHUNKING", limits.VECTOR_STORE_CHUNKING, ["auto", "static"], ["fixed"]),
    ("VECTOR_STORE_STATIC_CHUNKING", limits.VECTOR_STORE_STATIC_CHUNKING, ["auto"], ["static"]),
    ("VECTOR_STORE_FILES", limits.VECTOR_STORE_FILES, [[], ()], [["file-1"], ("f",)]),
    ("EXPIRY_DAYS", limits.EXPIRY_DAYS, [1, 365], [0, 366, 30.0]),
    ("CHUNK_SIZE", limits.CHUNK_SIZE, [100, 4096], [99, 4097, 800.0]),
    ("ADMIN_KEY", limits.ADMIN_KEY, [], ["literal-admin-key"]),
    (  # each item of the list (the list itself has no bounds)
        "DEPENDS_ON",
        DEPENDS_ON_ITEM,
        [Thread(STACK, "dependency")],
        [None, "openai_thread.x", OpenAIProvider(STACK, "openai"), STACK],
    ),
    (  # each item of the list
        "REPLACE_TRIGGERED_BY",
        REPLACE_TRIGGERED_BY_ITEM,
        [Thread(STACK, "trigger")],
        [None, "openai_thread.x", STACK],
    ),
    (
        "COUNT",
        limits.COUNT,
        [0, 1, 1000, TerraformCount.of(2)],
        [-1, 1.5, True, "2", None, TerraformIterator.from_list(["a"])],
    ),
    (
        "FOR_EACH",
        limits.FOR_EACH,
        [TerraformIterator.from_list(["a"]), TerraformIterator.from_map({"a": "b"})],
        [["a"], {"a": "b"}, "a", 2, TerraformCount.of(2)],
    ),
    (
        "LIFECYCLE",
        limits.LIFECYCLE,
        [TerraformResourceLifecycle(prevent_destroy=True), {"prevent_destroy": True}, {}],
        [{"prevent_destroyed": True}, {"self": 1}, {"type_hints": {}}, [], "lifecycle", True],
    ),
    ("PROVIDER", limits.PROVIDER, [OpenAIProvider(STACK, "aliased", alias="b")], ["openai", None]),
    # the organisation (issue 23)
    ("PROJECT_NAME", limits.PROJECT_NAME, ["P", " Payments "], [*BLANK, 1]),
    ("SERVICE_ACCOUNT_NAME", limits.SERVICE_ACCOUNT_NAME, ["ci"], [*BLANK, None]),
    ("ADMIN_KEY_NAME", limits.ADMIN_KEY_NAME, ["automation"], [*BLANK, 0]),
    ("PROJECT_ROLE", limits.PROJECT_ROLE, ["owner", "member"], ["reader", "Owner", "", None]),
    ("ORGANIZATION_ROLE", limits.ORGANIZATION_ROLE, ["owner", "reader"], ["member", "READER"]),
    (
        "MEMBER",
        limits.MEMBER,
        ["alice@example.com", "user-abc", "user-1"],
        ["alice", "user-", "user- x", "alice@example", "@example.com", "", 1],
    ),
    ("USER_ID", limits.USER_ID, ["user-abc", "u"], ["", 1]),
    (
        "EMAIL",
        limits.EMAIL,
        ["a@b.co", "first.last+tag@mail.example.com", "a" * 64 + "@" + "b" * 185 + ".com"],
        [
            "",
            "a",
            "a@b",
            "@b.co",
            "a@b.",
            "a@@b.co",
            "a b@c.de",
            "a@b.co\n",
            "a" * 65 + "@" + "b" * 185 + ".com",
            1,
        ],
    ),
    ("PROJECT", limits.PROJECT, [A_PROJECT, "proj_abc", ById("proj_abc")], ["", A_THREAD, 1]),
    ("RATE_LIMIT", limits.RATE_LIMIT, [0, 1, 2**40], [-1, 1.5, 1.0, True, "1"]),
    ("ADMIN_KEY_EXPIRES_AT", limits.ADMIN_KEY_EXPIRES_AT, [1, 1_900_000_000], [0, -1, 1.5, True]),
    ("ADMIN_KEY_SCOPE", limits.ADMIN_KEY_SCOPE, ["api.management.read"], ["", "a b", 1]),
    # what OpenAI's admin key create does not take: any value set (a 0 too: refused, not
    # silently dropped)
    ("ADMIN_KEY_EXPIRES_AT_REFUSED", limits.ADMIN_KEY_EXPIRES_AT_REFUSED, [], [1, 0, 10**10]),
    ("ADMIN_KEY_SCOPES_REFUSED", limits.ADMIN_KEY_SCOPES_REFUSED, [[], ()], [["a"], [""]]),
]

CASES = [
    pytest.param(rule, value, ok, id=f"{name}-{'ok' if ok else 'bad'}-{str(value)[:20]!r}")
    for name, rule, accepted, rejected in TABLE
    for ok, values in ((True, accepted), (False, rejected))
    for value in values
]


@pytest.mark.parametrize(("rule", "value", "ok"), CASES)
def test_rule_bounds(rule: Rule, value: Any, ok: bool) -> None:
    problems = list(rule.problems("field", value))
    if ok:
        assert problems == []
    else:
        assert len(problems) == 1
        assert problems[0].field == "field"
        assert problems[0].describe().startswith(f"field {rule.text}, got ")


def test_every_rule_of_limits_is_in_the_table() -> None:
    declared = {name for name, value in vars(limits).items() if isinstance(value, Rule)}
    # METADATA and ATTRIBUTES (the same kind of rule), VECTOR_STORE_FILE_CHUNKING,
    # INVITE_PROJECTS: below
    below = {"METADATA", "ATTRIBUTES", "VECTOR_STORE_FILE_CHUNKING", "INVITE_PROJECTS"}
    assert declared == {name for name, *_ in TABLE} | below


def test_invite_projects_bounds() -> None:
    rule = limits.INVITE_PROJECTS
    assert list(rule.problems("projects", {"proj_1": "member"})) == []
    assert list(rule.problems("projects", {A_PROJECT: "owner", "proj_2": "member"})) == []
    cases = {
        "no pair": ({}, ["projects must have at least 1 pair, got 0"]),
        "a list": (["proj_1"], [f"projects {rule.text}, got ['proj_1']"]),
        "a reader": (
            {"proj_1": "reader"},
            ["projects['proj_1'] must be one of 'owner', 'member', got 'reader'"],
        ),
        "an empty id and a thread": (
            {"": "owner", A_THREAD: "member"},
            [
                "projects keys must be a Project or a non-empty ID string (or token), got ''",
                "projects keys must be a Project or a non-empty ID string (or token), got "
                "Thread at 'limits/a_thread'",
            ],
        ),
    }
    for name, (value, expected) in cases.items():
        found = [p.describe() for p in rule.problems("projects", value)]
        assert found == expected, name


@pytest.mark.parametrize("rule", [limits.METADATA, limits.ATTRIBUTES])
def test_metadata_bounds(rule: Rule) -> None:
    at_limit = {f"k{i:02}": "v" * 512 for i in range(16)} | {"k" * 64: "v"}
    at_limit.pop("k00")
    assert len(at_limit) == 16
    assert list(rule.problems("metadata", at_limit)) == []

    cases = {
        "17 pairs": {f"k{i}": "v" for i in range(17)},
        "key of 65": {"k" * 65: "v"},
        "empty key": {"": "v"},
        "value of 513": {"k": "v" * 513},
        "number value": {"k": 1},
        "number key": {1: "v"},
    }
    for label, metadata in cases.items():
        (problem,) = rule.problems("metadata", metadata)
        assert problem.field.startswith("metadata"), label
    assert [p.field for p in rule.problems("metadata", ["not", "a", "dict"])] == ["metadata"]


def test_a_secret_is_never_shown() -> None:
    (problem,) = limits.API_KEY.problems("api_key", "literal-SECRET-value")
    assert "SECRET" not in problem.describe()
    assert problem.shown == "a literal str (not shown)"


def test_a_files_chunking_is_never_taken() -> None:
    from cdktf_openai import Chunking

    rule = limits.VECTOR_STORE_FILE_CHUNKING
    assert list(rule.problems("chunking", None)) == []  # unset: OpenAI's auto chunking
    for refused in (Chunking.auto(), Chunking.fixed(100), Chunking.semantic(4096)):
        (problem,) = rule.problems("chunking", refused)
        assert problem.rule.startswith("must be unset (provider 1.2.0 sends chunking_strategy")
