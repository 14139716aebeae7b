"""An offline stand-in for the Terraform provider ``mkdev-me/openai`` 1.2.0."""
