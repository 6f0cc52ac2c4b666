"""The terminal layer: the Textual review app and the command line."""
