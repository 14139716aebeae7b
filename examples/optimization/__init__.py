"""Example: an optimization review with a shared reviewer (the second scenario of the seed)."""
