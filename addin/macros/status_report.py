"""Ribbon "Status report": the one-page status report of the open workbook.

Written against :class:`addin.host.WorkbookHost`: the open workbook is read and checked
as consolidation reads it (never changed), the page is written to a new workbook (asked
for, unless ``ctx.options["out"]`` says), printed to PDF beside it when LibreOffice is
installed, and opened.
"""

from __future__ import annotations

from pathlib import Path

from addin.errors import PmoError
from addin.macros.context import MacroContext, MacroResult

PROMPT = "Save the status report as"


def run(ctx: MacroContext) -> MacroResult:
    """Write the open workbook's status report and open it."""
    from addin.report.document import report_file_name, write_reports
    from addin.report.from_file import report_for_host
    from addin.report.pdf import LibreOfficeError, soffice_available, to_pdf

    book = ctx.book
    if book is None:
        return MacroResult("Open a project workbook first, then press Status report.", ok=False)
    made = report_for_host(book, ctx.standards, ctx.as_of)
    report = made.report
    if report is None:
        return MacroResult(f"{book.name}: {made.problem}", ok=False, findings=made.check.findings)
    suggested = report_file_name(report, Path(book.name).stem)
    given = ctx.options.get("out")
    out = Path(given) if given else ctx.ask_path("save_workbook", f"{PROMPT} (e.g. {suggested})")
    if out is None:
        return MacroResult("No status report written: no file was chosen.", ok=False)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    if book.path is not None and out.resolve() == Path(book.path).resolve():
        return MacroResult(
            "No status report written: choose a new file, not the open workbook.", ok=False
        )
    try:
        write_reports(out, [report], ctx.standards)
    except (PmoError, OSError) as exc:
        return MacroResult(f"No status report written: cannot write {out.name} ({exc})", ok=False)
    pdf_text = ""
    if soffice_available():
        try:
            pdf = to_pdf([out], out.parent)[out]
            pdf_text = f" and {pdf.name}"
        except LibreOfficeError as exc:
            pdf_text = f" (no PDF: {exc})"
    ctx.open_workbook(out)
    return MacroResult(
        f"Status report of {report.project_id or book.name}: {out.name}{pdf_text} "
        f"({report.open_findings} open findings)",
        output=out,
        findings=made.check.findings,
        data=report.to_json(),
    )
