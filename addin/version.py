"""Versions that every generated workbook and roll-up records."""

__version__ = "0.1.0"

#: The standard project workbook: its id and layout version (SPEC section 3).
TEMPLATE_ID = "project"
TEMPLATE_VERSION = 2
