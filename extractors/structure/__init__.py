"""Structure parsers shared by every format: sections, fields, log entries, dates."""
