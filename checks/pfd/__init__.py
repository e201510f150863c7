"""Checks of coroners\x27 prevention of future deaths (Regulation 28) reports."""
