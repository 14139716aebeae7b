"""Example: a platform team's library (``acme_ai``) and a product team's app that uses it."""
