"""Round 13 of issue 15: every register table found, and its register right, when the
register goes by another name (a tool's or a contract's), is written in a Nordic language,
says what each row is in a type column, or heads its fields with a tool's field codes.
Every shape was written for these tests (none is a batch layout).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from addin.adopt import Adoption, adopt_host, open_source
from addin.adopt.report import TableReport
from addin.standards import default_standards

DAY = date(2026, 3, 14)
PEOPLE = ["Jane Smith", "Tom Brown", "Ann Lee", "Raj Patel"]


def _book(path: Path, sheet: str, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = sheet
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    wb.save(path)
    return path


def _adopt(path: Path) -> Adoption:
    return adopt_host(open_source(path), default_standards())


def _only(adoption: Adoption) -> TableReport:
    (table,) = adoption.report.adopted_tables
    return table


def _targets(table: TableReport) -> dict[str, str | None]:
    return {c.header: c.target for c in table.columns}


# --- 1. registers by the names tools, contracts and audits give them -------------------------


def test_a_defect_log_is_an_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Defect ID", "Summary", "Assigned To", "Status"],
        ["D-101", "Totals do not reconcile on the month-end report", PEOPLE[0], "Open"],
        ["D-102", "Login fails for single sign-on users", PEOPLE[1], "Closed"],
        ["D-103", "Invoice PDF cuts off the last line", PEOPLE[2], "Open"],
    ]
    table = _only(_adopt(_book(tmp_path / "d.xlsx", "Defects", rows)))
    assert table.register == "issues"
    assert _targets(table)["Summary"] == "title"
    assert _targets(table)["Assigned To"] == "owner"


def test_a_bug_list_titled_so_is_an_issue_log(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["UAT bug list - release 4", None, None],
        [None, None, None],
        ["Title", "Owner", "Status"],
        ["Search returns no results for accented names", PEOPLE[0], "Open"],
        ["Export to CSV drops the header row", PEOPLE[1], "Open"],
    ]
    adoption = _adopt(_book(tmp_path / "b.xlsx", "Sheet1", rows))
    table = _only(adoption)
    assert table.register == "issues"
    assert [i.title for i in adoption.project.items("issues")] == [
        "Search returns no results for accented names",
        "Export to CSV drops the header row",
    ]


def test_audit_findings_are_issues_not_risks_despite_a_risk_rating(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Internal audit findings - finance system review", None, None, None, None],
        [None, None, None, None, None],
        ["Finding No.", "Finding Title", "Risk Rating", "Action Owner", "Status"],
        ["F-1", "Journals posted without approval", "High", PEOPLE[0], "Open"],
        ["F-2", "Supplier bank details changed without a call-back", "Medium", PEOPLE[1], "Open"],
        ["F-3", "Leavers kept system access", "Low", PEOPLE[2], "Closed"],
    ]
    adoption = _adopt(_book(tmp_path / "f.xlsx", "Findings", rows))
    table = _only(adoption)
    assert table.register == "issues"
    targets = _targets(table)
    assert targets["Finding Title"] == "title"
    assert targets["Action Owner"] == "owner"
    assert [i.owner for i in adoption.project.items("issues")] == PEOPLE[:3]


def test_an_nec_early_warning_register_is_a_risk_register(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Early Warning Register", None, None, None],
        [None, None, None, None],
        ["EW No.", "Description", "Owner", "Status"],
        ["EW-001", "Utility drawings not received from the water company", PEOPLE[0], "Open"],
        ["EW-002", "Road closure permit may be refused for the weekend", PEOPLE[1], "Closed"],
    ]
    adoption = _adopt(_book(tmp_path / "ew.xlsx", "Sheet1", rows))
    table = _only(adoption)
    assert table.register == "risks"
    assert len(adoption.project.items("risks")) == 2


def test_a_warning_alone_names_no_register(tmp_path: Path) -> None:
    """``Early warning`` is NEC4's risk notice; ``Warnings`` alone (a build's compiler
    warnings, a weather log) names nothing."""
    rows: list[list[object]] = [
        ["Warning", "Raised by", "Date"],
        ["Low disk space on the build agent", PEOPLE[0], DAY],
        ["Deprecated API call in the payments module", PEOPLE[1], DAY],
    ]
    adoption = _adopt(_book(tmp_path / "w.xlsx", "Warnings", rows))
    assert not adoption.report.adopted_tables


# --- 2. Nordic registers: Swedish, Norwegian, Danish ----------------------------------------


def test_a_swedish_issue_log_on_a_sheet_of_cases(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ärendelista - nytt ekonomisystem", None, None, None, None, None],
        [None, None, None, None, None, None],
        ["Nr", "Ärende", "Ansvarig", "Rapporterad av", "Klart senast", "Status"],
        [1, "Testmiljön är inte klar", "Anna Berg", "Erik Ek", DAY, "Öppen"],
        [2, "Leverantören saknar underlag", "Erik Ek", "Anna Berg", DAY, "Stängd"],
        [3, "Behörigheter saknas för testare", "Anna Berg", "Erik Ek", DAY, "Pågår"],
    ]
    adoption = _adopt(_book(tmp_path / "sv.xlsx", "Blad1", rows))
    table = _only(adoption)
    assert table.register == "issues"
    targets = _targets(table)
    assert targets["Ärende"] == "title"
    assert targets["Ansvarig"] == "owner"
    assert targets["Rapporterad av"] is None  # who reported it: a person, no raised date
    assert targets["Klart senast"] == "due_date"
    issues = adoption.project.items("issues")
    assert [i.status for i in issues] == ["Open", "Closed", "In Progress"]
    assert [i.due_date for i in issues] == [DAY, DAY, DAY]


def test_a_norwegian_decision_log_named_in_one_compound(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Beslutning", "Besluttet av", "Dato", "Begrunnelse"],
        ["Pilot utsettes til høsten", "Kari Berg", DAY, "Styringsgruppen ble enig"],
        ["Leverandør B velges", "Ola Nordmann", DAY, "Lavest totalkostnad"],
    ]
    adoption = _adopt(_book(tmp_path / "no.xlsx", "Beslutningslogg", rows))
    table = _only(adoption)
    assert table.register == "decisions"
    targets = _targets(table)
    assert (targets["Beslutning"], targets["Besluttet av"]) == ("decision", "made_by")
    assert (targets["Dato"], targets["Begrunnelse"]) == ("date", "rationale")
    assert [d.made_by for d in adoption.project.items("decisions")] == ["Kari Berg", "Ola Nordmann"]


def test_a_swedish_compound_header_reads_by_its_parts(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Risk", "Riskägare", "Sannolikhet", "Konsekvens"],
        ["Leverantören blir sen", "Anna Berg", "Hög", "Låg"],
        ["Nyckelperson slutar", "Erik Ek", "Mellan", "Hög"],
    ]
    adoption = _adopt(_book(tmp_path / "sv2.xlsx", "Risker", rows))
    table = _only(adoption)
    assert table.register == "risks"
    assert _targets(table)["Riskägare"] == "owner"
    risks = adoption.project.items("risks")
    assert [(r.probability, r.impact) for r in risks] == [(5.0, 1.0), (3.0, 5.0)]


def test_english_words_that_are_nordic_halves_read_as_english() -> None:
    """``AV`` (earned value's Actual Value) is Swedish ``av`` (by) only inside a phrase;
    Danish ``sag`` and ``log`` are English words and not in the file."""
    from addin.adopt.languages import translate

    assert translate("AV: Actual Value") is None
    assert translate("Sag") is None
    assert translate("Log") is None
    assert translate("Rapporterad av") == "reported by"
