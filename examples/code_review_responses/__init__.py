"""Example: the seed's code reviews on the Responses API (``CodeReviewResponse``)."""
