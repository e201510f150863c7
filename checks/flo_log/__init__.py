"""Checks of the flo log family."""
