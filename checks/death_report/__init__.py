"""Checks of the death report family."""
