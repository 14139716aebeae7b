"""``RequiredMetadata``: every resource that has metadata carries the required keys."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from constructs import IConstruct

from cdktf_openai import limits
from cdktf_openai.l1.assistant import Assistant
from cdktf_openai.l1.message import Message as MessageResource
from cdktf_openai.l1.model_response import ModelResponse
from cdktf_openai.l1.run import Run
from cdktf_openai.l1.thread import Thread
from cdktf_openai.l1.thread_run import ThreadRun
from cdktf_openai.l1.vector_store import VectorStore
from cdktf_openai.policies.policy import Policy, as_tuple, check_arguments
from cdktf_openai.tokens import is_unresolved
from cdktf_openai.validation import Items

__all__ = ["RequiredMetadata"]

_KEYS = Items(min_items=1, each=limits.METADATA_KEY)

WITH_METADATA = (Assistant, Thread, MessageResource, Run, ThreadRun, VectorStore)


class RequiredMetadata(Policy):
    """Every assistant, thread, message, run, thread run and vector store has these keys.

    Combine with ``Defaults(metadata=...)`` so that teams get the keys without repeating them.
    A response (``openai_model_response``) has no metadata in provider 1.2.0: instead of
    passing it silently, the policy adds a warning that it cannot check it.

    Example::

        Aspects.of(app).add(RequiredMetadata(["team", "cost_center"]))
    """

    def __init__(self, keys: Iterable[str]) -> None:
        """Create the policy.

        Args:
            keys: The metadata keys every resource must have (with a non-empty value); a list
                or other collection, not a single string.

        Raises:
            ValidationError: When ``keys`` is empty, a string, or holds an invalid key.
        """
        given = as_tuple(keys)
        check_arguments(type(self).__name__, {"keys": (_KEYS, given)})
        self.keys: tuple[str, ...] = given

    def remarks(self, node: IConstruct) -> Iterator[str]:
        """A warning on each response: it cannot carry metadata, so it cannot be checked."""
        if isinstance(node, ModelResponse):
            yield (
                "metadata cannot be checked: openai_model_response has no metadata in provider "
                "1.2.0 (the keys " + ", ".join(repr(k) for k in self.keys) + " are not on it)"
            )

    def violations(self, node: IConstruct) -> Iterator[tuple[str, str, Any]]:
        """The node's metadata keys, when a required one is missing or empty."""
        if isinstance(node, WITH_METADATA):
            metadata = node.metadata_input
            if metadata is not None and is_unresolved(metadata):
                return
            present = {k for k, v in (metadata or {}).items() if v}
            missing = [key for key in self.keys if key not in present]
            if missing:
                yield (
                    "metadata",
                    "must have the keys " + ", ".join(repr(k) for k in missing),
                    sorted(present),
                )
