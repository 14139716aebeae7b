"""``MaxTemperature``: no run or response samples hotter than a limit."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from constructs import IConstruct

from cdktf_openai import limits
from cdktf_openai.l1.model_response import ModelResponse
from cdktf_openai.l1.run import Run
from cdktf_openai.l1.thread_run import ThreadRun
from cdktf_openai.policies.policy import Policy, check_arguments, known

__all__ = ["MaxTemperature"]


class MaxTemperature(Policy):
    """Every run, thread run and response samples at or below ``maximum``.

    A run or thread run without a temperature uses the assistant's, which this policy cannot
    see. A response without one is sent with the provider's default, 0.7, which is judged
    like any other value.

    Example::

        Aspects.of(app).add(MaxTemperature(0.8))
    """

    def __init__(self, maximum: float) -> None:
        """Create the policy.

        Args:
            maximum: The highest temperature allowed, 0 to 2 (the provider's range).

        Raises:
            ValidationError: When ``maximum`` is not a number between 0 and 2.
        """
        check_arguments(type(self).__name__, {"maximum": (limits.TEMPERATURE, maximum)})
        self.maximum = maximum

    def violations(self, node: IConstruct) -> Iterator[tuple[str, str, Any]]:
        """The node's temperature, when it is above ``maximum``."""
        if not isinstance(node, Run | ThreadRun | ModelResponse):
            return
        temperature, note = node.temperature_input, ""
        if temperature is None and isinstance(node, ModelResponse):
            temperature = limits.RESPONSE_DEFAULT_TEMPERATURE
            note = " (unset, the provider sends its default)"
        if temperature is not None and known(temperature) and temperature > self.maximum:
            yield "temperature", f"must be at most {self.maximum:g}{note}", temperature
