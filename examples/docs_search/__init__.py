"""Example: a question answered from your documentation (the third scenario of the seed)."""
