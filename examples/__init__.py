"""Example apps for cdktf-openai.

Each example is a stack class in its own package (``examples/<name>/main.py``). ``build_all``
puts every example into one app: the project's ``cdktf.json`` synthesizes that app
(``python -m examples``), so ``make synth`` covers all examples and the tests can iterate over
them.
"""

from __future__ import annotations

from cdktf_openai.core import App, TerraformStack


def build_all(app: App) -> list[TerraformStack]:
    """Add every example stack to ``app`` and return them, in a fixed order.

    Args:
        app: The cdktf app that receives the stacks.

    Returns:
        The stacks, one per example; each stack's id is the example's name.
    """
    from examples.code_review.main import CodeReviewStack
    from examples.code_review_responses.main import CodeReviewResponsesStack
    from examples.docs_search.main import DocsSearchStack
    from examples.optimization.main import OptimizationStack
    from examples.quickstart.main import QuickstartStack
    from examples.team_library.main import SearchTeamStack
    from examples.team_projects.main import TeamProjectsStack

    return [
        QuickstartStack(app, "quickstart"),
        CodeReviewStack(app, "code_review"),
        CodeReviewResponsesStack(app, "code_review_responses"),
        OptimizationStack(app, "optimization"),
        DocsSearchStack(app, "docs_search"),
        SearchTeamStack(app, "team_library"),
        TeamProjectsStack(app, "team_projects"),
    ]
