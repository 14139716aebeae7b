"""Example: a security code review (the first scenario of the seed)."""
