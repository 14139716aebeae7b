"""``RequireTokenLimit``: no thread run or response without a cap on the tokens it generates."""

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
    """Every thread run and response caps the tokens it may generate (bounds its cost).

    What a cap can do on each resource of provider 1.2.0:

    - ``openai_model_response`` (``Response``): ``max_output_tokens``, which OpenAI accepts
      and enforces (16 or more; reasoning tokens count too). Required here.
    - ``openai_thread_run`` (the generated ``ThreadRun``): ``max_completion_tokens``, which
      OpenAI's run create accepts; the run ends ``incomplete`` when it is reached. Required
      here. (Its ``max_prompt_tokens`` bounds the input, and is not checked.) Give it no
      ``tools``: provider 1.2.0 sends each with a ``function`` list, which OpenAI rejects
      (the run uses the assistant's tools).
    - ``openai_run`` (``Run``): **no cap**. The provider sends a run's ``max_tokens``, which no
      run create of OpenAI's takes (HTTP 400), and cannot send ``max_completion_tokens``. So
      this policy cannot require one: it warns on each ``openai_run`` instead (a remark),
      and reports an ``openai_run`` whose ``max_tokens`` is set (through the generated class
      or an override) as a violation. For a capped run, use ``openai_thread_run`` with
      ``existing_thread_id``, without ``tools``.

    A run or response without a cap generates as much as the model allows, and Terraform
    creates a new one (a new model call) on every change of its arguments. A token value
    (known only to Terraform) counts as set.

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
        """The node's token cap, when it is missing or above ``maximum``.

        An ``openai_run`` with ``max_tokens`` is a violation: OpenAI would reject it.
        """
        if isinstance(node, Run):
            cap = node.max_tokens_input
            if cap is not None and cap != 0:  # 0 is never sent (GetOk)
                yield "max_tokens", f"must be unset ({limits.RUN_MAX_TOKENS.why})", cap
        elif isinstance(node, ThreadRun):
            yield from self._judge("max_completion_tokens", node.max_completion_tokens_input)
        elif isinstance(node, ModelResponse):
            yield from self._judge("max_output_tokens", node.max_output_tokens_input)

    def remarks(self, node: IConstruct) -> Iterator[str]:
        """An ``openai_run`` has no token cap OpenAI accepts: say so, once per run."""
        if isinstance(node, Run):
            yield (
                "openai_run has no token cap OpenAI accepts in provider 1.2.0, so this run is "
                f"not capped; {limits.RUN_MAX_TOKENS.instead}"
            )

    def _judge(self, field: str, cap: Any) -> Iterator[tuple[str, str, Any]]:
        if cap is None or cap == 0:  # 0 is never sent by provider 1.2.0: no cap at all
            yield field, "must be set (a cap on the tokens each call may generate)", cap
        elif self.maximum is not None and known(cap) and cap > self.maximum:
            yield field, f"must be at most {self.maximum}", cap
