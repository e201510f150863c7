"""Checks of the template family."""
