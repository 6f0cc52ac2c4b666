"""Textual screens of the review app."""
