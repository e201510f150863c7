"""Checks of the supervision family."""
