"""Write status reports to .xlsx: one workbook per project, or the pack (portfolio page
first, then one page per project). Written atomically; every sheet prints on one page."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import xlsxwriter

from addin.report.content import StatusReport
from addin.report.marker import mark
from addin.report.page import write_status_page
from addin.report.styles import Formats, sheet_name
from addin.rollup.atomic import atomic_output
from addin.standards import Standards

if TYPE_CHECKING:
    from addin.report.from_rollup import RollupContent

PORTFOLIO_SHEET = "Portfolio"
RAG_ORDER = {"red": 0, "amber": 1, "green": 2}


def pack_order(reports: Sequence[StatusReport]) -> list[StatusReport]:
    """By portfolio, then overall RAG (Red, Amber, Green, not set), then project ID."""

    def key(r: StatusReport) -> tuple[str, int, str]:
        portfolio = str(r.project.get("Portfolio") or "").casefold() or "\uffff"
        rag = RAG_ORDER.get(str(r.project.get("Overall RAG") or "").casefold(), 3)
        return (portfolio, rag, r.project_id.casefold())

    return sorted(reports, key=key)


def _workbook(path: Path) -> xlsxwriter.Workbook:
    return xlsxwriter.Workbook(
        str(path),
        {
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "default_date_format": "yyyy-mm-dd",
        },
    )


def write_reports(path: Path, reports: Sequence[StatusReport], standards: Standards) -> Path:
    """One workbook with a page per report (in the order given)."""
    with atomic_output(Path(path)) as tmp:
        wb = _workbook(tmp)
        fmts = Formats(wb, standards)
        taken: set[str] = set()
        for report in reports:
            write_status_page(wb, fmts, sheet_name(report.project_id or report.name, taken), report)
        wb.set_properties({"title": "Status report", "comments": "Made by pmo report"})
        mark(wb, "status report")
        wb.close()
    return Path(path)


def write_pack(path: Path, content: RollupContent, standards: Standards) -> Path:
    """The portfolio pack: the portfolio page, then each project's page in pack order."""
    from addin.report.portfolio_page import write_portfolio_page

    with atomic_output(Path(path)) as tmp:
        wb = _workbook(tmp)
        fmts = Formats(wb, standards)
        taken = {PORTFOLIO_SHEET.casefold()}
        write_portfolio_page(wb, fmts, PORTFOLIO_SHEET, content)
        for report in pack_order(content.reports):
            write_status_page(wb, fmts, sheet_name(report.project_id or report.name, taken), report)
        wb.set_properties({"title": "Portfolio pack", "comments": "Made by pmo report --pack"})
        mark(wb, "portfolio pack")
        wb.close()
    return Path(path)


_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]+")


def report_file_name(report: StatusReport, fallback: str) -> str:
    """``PRJ-0001-status-report.xlsx`` (file-system safe)."""
    stem = _UNSAFE.sub("_", report.project_id or fallback).strip(" .") or "project"
    return f"{stem}-status-report.xlsx"
