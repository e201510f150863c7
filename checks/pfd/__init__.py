"""Checks of coroners' prevention of future deaths (Regulation 28) reports."""
