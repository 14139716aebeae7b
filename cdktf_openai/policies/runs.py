"""``RequireCompletionWindow``: no run without a bound on how long Terraform waits."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from constructs import IConstruct

from cdktf_openai.generated.run import Run
from cdktf_openai.policies.policy import Policy

__all__ = ["RequireCompletionWindow"]


class RequireCompletionWindow(Policy):
    """Every run sets ``completion_window`` (a wait bound, and a completed run after apply).

    Example::

        Aspects.of(app).add(RequireCompletionWindow())
    """

    def violations(self, node: IConstruct) -> Iterator[tuple[str, str, Any]]:
        """The run, when it has no ``completion_window``."""
        if isinstance(node, Run) and node.completion_window_input is None:
            yield "completion_window", "must be set (no run without a wait bound)", None
