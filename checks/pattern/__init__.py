"""Checks of the pattern family."""
