"""``RequireTokenLimit``: no run or response without a cap on the tokens it may generate."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from constructs import IConstruct

from cdktf_openai import limits
from cdktf_openai.l1.model_response import ModelResponse
from cdktf_openai.l1.run import Run
from cdktf_openai.l1.thread_run import ThreadRun
from cdktf_openai.policies.policy import Policy, check_arguments, known

__all__ = ["RequireTokenLimit"]


class RequireTokenLimit(Policy):
    """Every run, thread run and response caps the tokens it may generate (bounds its cost).

    A run without a cap generates as much as the model and the thread allow, and Terraform
    creates a new run (a new model call) on every change of its arguments. The cap is
    ``max_tokens`` on ``openai_run``, ``max_completion_tokens`` on ``openai_thread_run`` and
    ``max_output_tokens`` on ``openai_model_response``.
    A token value (known only to Terraform) counts as set.

    Example::

        Aspects.of(app).add(RequireTokenLimit(maximum=4000))
    """

    def __init__(self, maximum: int | None = None) -> None:
        """Create the policy.

        Args:
            maximum: The highest cap allowed, a whole number >= 1; ``None`` requires a cap of
                any size.

        Raises:
            ValidationError: When ``maximum`` is not a whole number >= 1.
        """
        check_arguments(
            type(self).__name__,
            {"maximum": (limits.MAX_TOKENS, maximum)},
            optional=frozenset({"maximum"}),
        )
        self.maximum = maximum

    def violations(self, node: IConstruct) -> Iterator[tuple[str, str, Any]]:
        """The node's token cap, when it is missing or above ``maximum``."""
        if isinstance(node, Run):
            yield from self._judge("max_tokens", node.max_tokens_input)
        elif isinstance(node, ThreadRun):
            yield from self._judge("max_completion_tokens", node.max_completion_tokens_input)
        elif isinstance(node, ModelResponse):
            yield from self._judge("max_output_tokens", node.max_output_tokens_input)

    def _judge(self, field: str, cap: Any) -> Iterator[tuple[str, str, Any]]:
        if cap is None or cap == 0:  # 0 is never sent by provider 1.2.0: no cap at all
            yield field, "must be set (a cap on the tokens each call may generate)", cap
        elif self.maximum is not None and known(cap) and cap > self.maximum:
            yield field, f"must be at most {self.maximum}", cap
