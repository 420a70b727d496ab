"""Opening and saving a template workbook (the project workbook, the capacity workbook):
what every workbook the templates build shares, so both are written the same way.

A template is opened with XlsxWriter never turning text into formulas, numbers or links
(a PM's "=1+1" or "0042" stays text), with document properties that name the template
and the standards, and a fixed "created" date so that builds are reproducible. It is
written to a temporary file beside its target and then moved into place, so a failure
never leaves half a workbook.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from xlsxwriter.exceptions import XlsxWriterException
from xlsxwriter.workbook import Workbook

from addin.errors import PmoError, UsageError
from addin.standards import Standards

#: The document's "created" date: fixed, so that builds are reproducible.
CREATED = datetime(2026, 1, 1)


def open_template_workbook(path: Path, title: str, subject: str, standards: Standards) -> Workbook:
    """An XlsxWriter workbook at ``path`` that writes text as text, its properties naming
    the template (``subject``) and the standards it was built with."""
    workbook = Workbook(
        str(path),
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    workbook.set_properties(
        {
            "title": title,
            "subject": subject,
            "author": "PMO add-in",
            "comments": f"Standards: {standards.meta.name} {standards.version}",
            "created": CREATED,
        }
    )
    return workbook


def new_workbook_target(path: Path, kind: str, *, overwrite: bool) -> Path:
    """``path`` as the file ``pmo new`` may write a new ``kind`` workbook to ("project",
    "capacity"): an .xlsx name, not a folder, and not an existing file unless
    ``overwrite`` (--force). Raises UsageError naming the file and the fix."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise UsageError(f"{target}: a {kind} workbook's name must end in .xlsx")
    if target.is_dir():
        raise UsageError(f"{target}: is a folder; give a file name ending in .xlsx")
    if target.exists() and not overwrite:
        raise UsageError(f"{target}: already exists; pass --force to overwrite it")
    return target


def write_atomically(path: Path, write: Callable[[Path], None], *, mode: int | None = None) -> Path:
    """Call ``write`` with a temporary file beside ``path``, then move it onto ``path``;
    returns ``path``. ``mode``: the new file's permission bits (default: those of the
    file it replaces, 0o644 for a new one). An XlsxWriter failure becomes a PmoError
    naming the file; the temporary file never stays behind."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=".xlsx.tmp", dir=target.parent
    )
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        if mode is None:
            mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.chmod(temp, mode)
        os.replace(temp, target)
    except XlsxWriterException as exc:
        raise PmoError(f"{target}: cannot write the workbook ({exc})") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
    return target
