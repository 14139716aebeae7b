"""``AllowedModels``: only approved models, on assistants, runs and responses."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from constructs import IConstruct

from cdktf_openai import limits
from cdktf_openai.l1.assistant import Assistant
from cdktf_openai.l1.model_response import ModelResponse
from cdktf_openai.l1.run import Run
from cdktf_openai.l1.thread_run import ThreadRun
from cdktf_openai.policies.policy import Policy, as_tuple, check_arguments, known
from cdktf_openai.validation import Items

__all__ = ["AllowedModels"]

_MODELS = Items(min_items=1, each=limits.MODEL)


class AllowedModels(Policy):
    """Every assistant, run, thread run and response that names a model names an allowed one.

    Example::

        Aspects.of(app).add(AllowedModels(["gpt-4o", "gpt-4o-mini"]))
    """

    def __init__(self, models: Iterable[str]) -> None:
        """Create the policy.

        Args:
            models: The allowed model ids (a list or other collection, not a single string).

        Raises:
            ValidationError: When ``models`` is empty, a string, or holds an invalid model id.
        """
        given = as_tuple(models)
        check_arguments(type(self).__name__, {"models": (_MODELS, given)})
        self.models: tuple[str, ...] = given

    def violations(self, node: IConstruct) -> Iterator[tuple[str, str, Any]]:
        """The node's model, when it is not one of ``models``."""
        if isinstance(node, Assistant | Run | ThreadRun | ModelResponse):
            model = node.model_input
            if known(model) and model not in self.models:
                allowed = ", ".join(repr(m) for m in self.models)
                yield "model", f"must be one of {allowed}", model
