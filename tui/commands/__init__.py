"""Headless command implementations: one module a command, none imports Textual."""
