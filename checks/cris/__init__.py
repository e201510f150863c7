"""Checks of the cris family."""
