"""A product team's app on its platform team's library (``acme_ai``).

The search team reviews two functions with the security preset; the organisation's defaults,
metadata and policies come from ``PlatformStack``. Run on its own:
``.venv/bin/python -m examples.team_library.main``.
"""

from __future__ import annotations

from constructs import Construct

from cdktf_openai.core import App
from examples.common import add_run_outputs
from examples.team_library.acme_ai import PlatformStack, SecurityReview

STACK_NAME = "team_library"

LOGIN = """\
def login(request):
    user = db.query(f"SELECT * FROM users WHERE name = '{request.args['name']}'")
    if user and user.password == request.args["password"]:
        return issue_token(user)
"""

SEARCH = """\
def search(request):
    return render_template_string("<h1>Results for " + request.args["q"] + "</h1>")
"""


class SearchTeamStack(PlatformStack):
    """The search team's reviews, compliant with the organisation's rules by construction."""

    def __init__(self, scope: Construct, id: str) -> None:
        """Create the stack.

        Args:
            scope: The app.
            id: The stack's name.
        """
        super().__init__(scope, id, team="search", cost_center="cc-1234")
        login = SecurityReview(self, "login_review", code=LOGIN, language="python")
        search = SecurityReview(
            self, "search_review", code=SEARCH, language="python", reviewer=login.assistant
        )
        add_run_outputs(self, "login_review", login.run)
        add_run_outputs(self, "search_review", search.run)


if __name__ == "__main__":
    app = App()
    SearchTeamStack(app, STACK_NAME)
    app.synth()
