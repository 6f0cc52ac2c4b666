"""Textual widgets of the review app."""
