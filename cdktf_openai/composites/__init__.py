"""Composites built from the L2 constructs: reviews, searches and conversations.

On the Assistants API (assistant + thread + run): ``CodeReviewRun``, ``DocumentSearch``,
``Conversation``. On the Responses API (one ``openai_model_response``): ``CodeReviewResponse``.
For the organisation (admin key): ``TeamProject``.
"""

from cdktf_openai.composites.code_review import CodeReviewRun
from cdktf_openai.composites.code_review_response import CodeReviewResponse
from cdktf_openai.composites.conversation import Conversation
from cdktf_openai.composites.document_search import DocumentSearch
from cdktf_openai.composites.team_project import ModelLimits, TeamProject

__all__ = [
    "CodeReviewResponse",
    "CodeReviewRun",
    "Conversation",
    "DocumentSearch",
    "ModelLimits",
    "TeamProject",
]
