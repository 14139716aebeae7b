"""The path of one ``Run`` from its constructor to the jsii call, in module hops.

``python -m benchmarks.hops`` (from the repository root, with a core's venv) builds a stack with
a provider, a thread, an assistant and a first run (so that what is cached per class or per
scope is cached), then traces the second ``Run(...)`` and the flush that creates it in
JavaScript (``Batch.create``, or ``jsii.create`` with ``CDKTF_OPENAI_BATCH=off``).

A *hop* is a call from a function of one of the library's hand-written modules to a function
of another (the generated layer, jsii and the core are where the path ends, not hops); each
distinct caller-callee pair is counted once, however often it is taken (a rule checked for
every prop is one hop). The modules are those whose code runs on the way.
``docs/architecture.md`` records the counts; ``--verbose`` lists the hops in the order they are
first taken.
"""

from __future__ import annotations

import sys
from types import FrameType
from typing import Any

LIBRARY = "cdktf_openai"
#: Modules that are the library's but not hand-written: their calls are not hops.
SKIPPED = ("cdktf_openai.generated", "cdktf_openai.l1")


def _module(frame: FrameType) -> str:
    name: str = frame.f_globals.get("__name__", "")
    return name


def _own(module: str) -> bool:
    return module.startswith(LIBRARY) and not module.startswith(SKIPPED)


def trace(program: Any) -> tuple[list[tuple[str, str]], set[str]]:
    """The hops ``program()`` takes (first-seen order) and the library modules it runs code in."""
    hops: dict[tuple[str, str], None] = {}
    modules: set[str] = set()

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event != "call":
            return
        callee = _module(frame)
        caller_frame = frame.f_back
        caller = _module(caller_frame) if caller_frame is not None else ""
        if _own(callee):
            modules.add(callee)
        if caller != callee and _own(caller) and _own(callee):
            assert caller_frame is not None
            origin = f"{caller}.{caller_frame.f_code.co_qualname}"
            hops[(origin, f"{callee}.{frame.f_code.co_qualname}")] = None

    sys.setprofile(profile)
    try:
        program()
    finally:
        sys.setprofile(None)
    return list(hops), modules


def main() -> None:
    """Print the hops of one ``Run`` (``--verbose``: each of them)."""
    from cdktf_openai import Assistant, OpenAIProvider, Run, Thread, batching
    from cdktf_openai.core import App, TerraformStack

    stack = TerraformStack(App(), "hops")
    OpenAIProvider(stack, "openai")
    thread = Thread(stack, "thread")
    assistant = Assistant(stack, "assistant", model="gpt-4o")
    Run(stack, "first", thread=thread, assistant=assistant, temperature=0.2)
    batching.flush()

    def one_run() -> None:
        Run(stack, "run", thread=thread, assistant=assistant, temperature=0.2)
        batching.flush()

    hops, modules = trace(one_run)
    if "--verbose" in sys.argv:
        for caller, callee in hops:
            print(f"{caller} -> {callee}")
    print(
        f"batching {'on' if batching.enabled() else 'off'}: {len(hops)} hops through "
        f"{len(modules)} modules"
    )


if __name__ == "__main__":
    main()
