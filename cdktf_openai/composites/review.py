"""The code-review prompt every review composite shares: the persona and the fenced code.

``CodeReviewRun`` (Assistants API) and ``CodeReviewResponse`` (Responses API) send the model
the same request, so a review reads the same whichever API runs it.
"""

from __future__ import annotations

import re

from cdktf_openai import limits
from cdktf_openai.errors import Problem
from cdktf_openai.literal import untrusted_text
from cdktf_openai.validation import Rules, Text

__all__ = [
    "LANGUAGE",
    "REVIEWER_INSTRUCTIONS",
    "REVIEW_RULES",
    "fenced",
    "focus_problems",
    "review_request",
    "reviewer_instructions",
]

#: The reviewer persona: the instructions of the reviewers that the review composites create.
REVIEWER_INSTRUCTIONS = (
    "You are an expert code reviewer. Analyze code for bugs, security issues, performance "
    "problems and readability, and suggest concrete improvements. Be constructive and "
    "educational in your feedback."
)

#: A language identifier: known ones (python, c++, c#, ...) and any other short slug.
LANGUAGE = Text(
    pattern=r"[A-Za-z0-9][A-Za-z0-9+#._-]{0,31}",
    description="a language identifier such as 'python' or 'c++' (1 to 32 letters, digits, "
    "or + # . _ -)",
)

#: The props every review composite checks itself (its children check the others).
REVIEW_RULES = Rules(
    {
        "code": limits.CODE,
        "language": LANGUAGE,
        "focus": limits.INSTRUCTIONS,
        "model": limits.MODEL,
        "instructions": limits.INSTRUCTIONS,
    },
    required=frozenset({"code", "language"}),
)

_PARAGRAPH = "\n\n"


def fenced(code: str, language: str) -> str:
    """``code`` in a Markdown fence tagged ``language``, longer than any backtick run inside."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * max(3, longest + 1)
    body = code if code.endswith("\n") else code + "\n"
    return f"{fence}{language}\n{body}{fence}"


def review_request(code: str, language: str) -> str:
    """The user's request: ``code`` fenced and tagged with ``language``, asking for a review.

    The code is untrusted: a token is an expression only as the whole of ``code``
    (:func:`~cdktf_openai.literal.untrusted_text`), and its text is escaped as all text is.
    """
    code = untrusted_text(code)
    return f"Please review this {language} code:\n\n{fenced(code, language)}"


def focus_problems(instructions: str | None, focus: str | None) -> list[Problem]:
    """``focus`` must fit, with the persona, in the longest instructions the API takes.

    Args:
        instructions: The caller's persona, if any (else ``REVIEWER_INSTRUCTIONS``).
        focus: The review's focus, if any.
    """
    if not isinstance(focus, str) or not isinstance(instructions or "", str):
        return []  # the rules of the props themselves report these
    limit = limits.INSTRUCTIONS.max_length or 0
    room = limit - len(instructions or REVIEWER_INSTRUCTIONS) - len(_PARAGRAPH)
    if len(focus) <= room:
        return []
    rule = f"must fit in the instructions with the persona: at most {room:,} characters"
    return [Problem("focus", rule, f"{len(focus):,} characters")]


def reviewer_instructions(instructions: str | None, focus: str | None) -> str:
    """The reviewer's system instructions: the persona, then the review's focus.

    Args:
        instructions: A persona of the caller's own; unset, ``REVIEWER_INSTRUCTIONS``.
        focus: What this review should focus on, appended as a paragraph of its own.
    """
    persona = instructions or REVIEWER_INSTRUCTIONS
    return f"{persona}{_PARAGRAPH}{focus}" if focus else persona
