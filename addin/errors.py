"""The package's exceptions. Each names what is wrong and how to fix it.

Exceptions inherit from :class:`PmoError` and from the matching builtin, so callers
may catch either.
"""

from __future__ import annotations


class PmoError(Exception):
    """Base of every error this package raises on purpose."""


class StandardsError(PmoError, ValueError):
    """The standards file is missing, unreadable or holds a value that is not allowed."""


class UnreadableWorkbookError(PmoError, ValueError):
    """A file is not a workbook this tool can read (says what it really is)."""

    def __init__(self, path: str, what: str, fix: str = "") -> None:
        self.path = path
        self.what = what
        self.fix = fix
        message = f"{path}: {what}"
        if fix:
            message += f" - {fix}"
        super().__init__(message)


class UsageError(PmoError, ValueError):
    """A command was called with arguments it cannot work with."""
