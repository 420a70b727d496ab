"""PDF through LibreOffice headless, and counting a PDF's pages (for the tests and the
command's report). No PDF library is needed: LibreOffice writes plain page objects."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from addin.libreoffice import LibreOfficeError, export_pdf, soffice_available

__all__ = ["LibreOfficeError", "pdf_page_count", "soffice_available", "to_pdf"]

_PAGE = re.compile(rb"/Type\s*/Page(?![s\w])")


def to_pdf(workbooks: Sequence[Path], outdir: Path) -> dict[Path, Path]:
    """Each workbook printed to ``outdir/NAME.pdf``: one page per sheet (each sheet fits
    one page). Raises :class:`LibreOfficeError` when LibreOffice is missing or fails."""
    return export_pdf(list(workbooks), outdir)


def pdf_page_count(path: Path) -> int:
    """Pages of a PDF, counted from its ``/Type /Page`` objects."""
    return len(_PAGE.findall(Path(path).read_bytes()))
