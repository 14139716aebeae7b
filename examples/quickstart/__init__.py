"""The quick-start app: the code-review scenario of the provider's ``openai_run`` page."""
