"""Example: an OpenAI organisation as code (projects, members, service accounts, rate limits)."""
