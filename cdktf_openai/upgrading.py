"""Names that 0.3 removed or renamed, and what to write instead: the deprecation policy.

Code written for 0.2 meets one of two things here, never a bare ``AttributeError``:

- a **renamed** name whose meaning still maps is an alias that works and warns (a
  ``DeprecationWarning`` at the user's line) for one minor version after the release that adds
  it, then goes (``Message``, renamed ``ChatMessage`` in 0.3.0, went in
  :data:`ALIASES_REMOVED_IN` and is now a removed name);
- a **removed** name (``completion_window``, ``RequireCompletionWindow``, ``Message``) is an
  error naming the reason and what to write instead:
  ``ImportError`` or ``AttributeError`` for a name of a module, ``TypeError`` for a keyword,
  as Python raises for a name or keyword that does not exist.

Each module that lost a name looks it up here from its ``__getattr__`` (PEP 562), which
mypy does not see: to mypy the removed names do not exist.
"""

from __future__ import annotations

import dis
import sys
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ALIASES_REMOVED_IN",
    "OLD_NAMES",
    "REMOVED_KEYWORDS",
    "Removed",
    "Renamed",
    "old_keyword_error",
    "old_name",
]

#: The release that removed the aliases added for 0.3's renames.
ALIASES_REMOVED_IN = "0.5.0"


@dataclass(frozen=True)
class Renamed:
    """A name that 0.3 renamed, and whose meaning maps: an alias that warns.

    Attributes:
        new: The name to write instead.
        why: Why it was renamed.
        target: Gives the object the old name stands for (imported on first use).
    """

    new: str
    why: str
    target: Callable[[], Any]

    def message(self, old: str) -> str:
        """The warning, for the old name ``old`` (qualified with its module)."""
        return (
            f"{old} is deprecated: it was renamed {self.new} in 0.3.0 ({self.why}); write "
            f"{self.new}. The alias is removed in {ALIASES_REMOVED_IN}."
        )


@dataclass(frozen=True)
class Removed:
    """A name that a release removed (its meaning does not map, or its alias has gone): an error.

    Attributes:
        why: Why it was removed.
        instead: What to write instead.
        release: The release that removed it.
    """

    why: str
    instead: str
    release: str = "0.3.0"

    def message(self) -> str:
        """The reason and the replacement, as the error says them."""
        return f"removed in {self.release}, because {self.why}. {self.instead}"


_COMPLETION_WINDOW = Removed(
    why="provider 1.2.0 never reads completion_window: Terraform never waits for a run (after "
    "apply it is queued; `terraform refresh` reads its progress)",
    instead="Leave it out; to bound what a run may cost, use the generated openai_thread_run "
    "with max_completion_tokens and without tools (openai_run has no token cap OpenAI "
    "accepts).",
)


#: Module -> old name -> what became of it.
OLD_NAMES: Mapping[str, Mapping[str, Renamed | Removed]] = {
    "cdktf_openai": {
        "Message": Removed(
            why="0.3.0 renamed it ChatMessage (Message is also the generated openai_message "
            "resource, whose L2 is ThreadMessage) and its deprecated alias has gone",
            instead="Write ChatMessage: `from cdktf_openai import ChatMessage`.",
            release=ALIASES_REMOVED_IN,
        ),
    },
    "cdktf_openai.policies": {
        "RequireCompletionWindow": Removed(
            why="it enforced completion_window, which provider 1.2.0 never reads",
            instead="To bound what each run, thread run and response may cost, use "
            "RequireTokenLimit(maximum=...) (with Defaults(max_tokens=...) for responses).",
        ),
    },
    "cdktf_openai.limits": {"COMPLETION_WINDOW": _COMPLETION_WINDOW},
}

#: Keywords of constructors (``Run``, the composites, ``Defaults``) that 0.3 removed.
REMOVED_KEYWORDS: Mapping[str, Removed] = {"completion_window": _COMPLETION_WINDOW}


def old_name(module: str, name: str) -> Any:
    """What a module's ``__getattr__`` returns (or raises) for ``name``, which it does not have.

    Call it as the whole body of the module's ``__getattr__``.

    Args:
        module: The module's ``__name__``.
        name: The name looked up.

    Raises:
        ImportError: For a removed name in ``from module import name``, with the reason and
            the replacement (an ``AttributeError``'s message would be lost there).
        AttributeError: For a removed name otherwise (the reason and the replacement), and
            for a name the module never had (Python's own message).
    """
    change = OLD_NAMES.get(module, {}).get(name)
    caller = sys._getframe(2)  # 0: here, 1: the module's __getattr__, 2: who looked it up
    if isinstance(change, Renamed):
        if not _probed_by_import_system(caller):
            message = change.message(f"{module}.{name}")
            warnings.warn(message, DeprecationWarning, stacklevel=3)
        return change.target()
    if change is None:
        raise AttributeError(f"module {module!r} has no attribute {name!r}")
    message = f"{module}.{name} was {change.message()}"
    if _is_from_import(caller):
        raise ImportError(message, name=module)
    raise AttributeError(message)


def old_keyword_error(owner: str, name: str) -> TypeError | None:
    """The ``TypeError`` for a keyword that 0.3 removed, with the reason; None for others.

    Args:
        owner: The class whose constructor got it, e.g. ``"Run"``.
        name: The keyword.
    """
    removed = REMOVED_KEYWORDS.get(name)
    if removed is None:
        return None
    return TypeError(
        f"{owner}.__init__() got an unexpected keyword argument {name!r}: it was "
        f"{removed.message()}"
    )


# CPython's import system, as it looks up a name (pinned by tests/test_upgrading.py):
# `from package import name` first probes the package with hasattr() from
# importlib._bootstrap._handle_fromlist, then reads the name in the importing frame with the
# IMPORT_FROM instruction, which turns an AttributeError into its own ImportError and loses
# its message.


def _probed_by_import_system(frame: Any) -> bool:
    """Whether ``frame`` is the import system probing for a submodule of the same name."""
    return bool(frame.f_globals.get("__name__") == "importlib._bootstrap")


def _is_from_import(frame: Any) -> bool:
    """Whether ``frame`` is running ``from module import name`` (the IMPORT_FROM instruction)."""
    return any(
        instruction.offset == frame.f_lasti and instruction.opname == "IMPORT_FROM"
        for instruction in dis.get_instructions(frame.f_code)
    )
