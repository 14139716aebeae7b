"""Composites: assistant + thread + run patterns built from the L2 constructs."""

from cdktf_openai.composites.code_review import CodeReviewRun
from cdktf_openai.composites.conversation import Conversation
from cdktf_openai.composites.document_search import DocumentSearch

__all__ = ["CodeReviewRun", "Conversation", "DocumentSearch"]
