"""Round 36 (rx37): refused tables whose columns decide.

A list on a sheet nobody named (``Dati``, ``Export``) under no title whose fields tie
between registers (``ID | Descrizione | Data apertura | Responsabile | Stato``: a raised
date, an owner and a status are a risk's, an issue's and an assumption's alike) is the
register its status words alone close items with: ``Risolto`` / ``Gelöst`` / ``Résolu`` /
``Resolved`` / ``Fixed`` end an issue, never a risk or an assumption (docs/adopt.md, "Round
36: refused tables whose columns decide (rx37)"). ``Open`` and ``Closed`` are every
register's, and a working state (``In Progress``) says how far an item is: neither decides.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.adopt_sheets import adopt, book, field, finance_by_line, only, registers, targets

_ITEMS = [
    ("Ritardo consegna server", "Marco Rossi"),
    ("Licenze software scadute", "Giulia Bianchi"),
    ("Accesso VPN non funzionante", "Marco Rossi"),
    ("Documentazione incompleta", "Luca Verdi"),
]


def _log(tmp: Path, sheet: str, statuses: list[str], headers: list[str] | None = None) -> Path:
    head = headers or ["ID", "Descrizione", "Data apertura", "Responsabile", "Stato"]
    rows: list[list[object]] = [head]
    for i, ((text, who), status) in enumerate(zip(_ITEMS, statuses, strict=True)):
        rows.append([f"P{i + 1:02d}", text, date(2026, 3, i + 2), who, status])
    return book(tmp / f"log_{sheet}.xlsx", sheet, rows)


@pytest.mark.parametrize("sheet", ["Dati", "Export", "Sheet1"])
def test_an_issue_only_status_word_adopts_a_tied_italian_log_as_issues(
    sheet: str, tmp_path: Path
) -> None:
    adoption = adopt(_log(tmp_path, sheet, ["Aperto", "Risolto", "Risolto", "Aperto"]))
    assert registers(adoption) == ["issues"]
    table = only(adoption)
    assert "only an issue register closes its items with" in table.reason
    assert targets(table) == {
        "ID": "id",
        "Descrizione": "title",
        "Data apertura": "raised_date",
        "Responsabile": "owner",
        "Stato": "status",
    }
    assert field(adoption, "issues", "status") == ["Open", "Resolved", "Resolved", "Open"]
    assert field(adoption, "issues", "owner")[1] == "Giulia Bianchi"
    assert field(adoption, "issues", "title")[2] == "Accesso VPN non funzionante"


@pytest.mark.parametrize(
    "statuses",
    [
        ["Offen", "Gelöst", "Offen", "Offen"],  # German
        ["Ouvert", "Résolu", "Résolu", "Ouvert"],  # French
        ["Open", "Fixed", "Closed", "Open"],  # English, a fix ends an issue
    ],
)
def test_issue_only_status_words_in_other_languages_decide_too(
    statuses: list[str], tmp_path: Path
) -> None:
    headers = ["Ref", "Description", "Date raised", "Owner", "Status"]
    adoption = adopt(_log(tmp_path, "Data", statuses, headers))
    assert registers(adoption) == ["issues"]
    assert field(adoption, "issues", "status")[1] == "Resolved"


@pytest.mark.parametrize(
    "statuses",
    [
        ["Aperto", "Chiuso", "Chiuso", "Aperto"],  # every register's words
        ["Open", "In Progress", "Closed", "Open"],  # a working state: how far, not what
        ["Open", "Resolved", "Validated", "Open"],  # an issue's and an assumption's ending
        ["Open", "Resolved", "Awaiting vendor", "Open"],  # a word no status list reads
    ],
)
def test_status_words_that_name_no_one_register_keep_the_refusal(
    statuses: list[str], tmp_path: Path
) -> None:
    headers = ["Ref", "Description", "Date raised", "Owner", "Status"]
    adoption = adopt(_log(tmp_path, "Data", statuses, headers))
    assert adoption.report.adopted_tables == []
    (table,) = adoption.report.tables
    assert table.register is None
    assert "not clearly one" in table.reason


# --- an invoice log whose title's last part names the invoices ---


def _titled_invoices(tmp: Path, sheet: str, title: str) -> Path:
    rows: list[list[object]] = [[title], []]
    rows.append(["Invoice No", "Invoice Date", "Month", "Description", "Amount", "VAT", "Total"])
    lines = ["Structural design", "Site supervision", "Electrical design"]
    for i, month in enumerate((10, 11, 12)):
        for j, line in enumerate(lines):
            amount = 100000.0 * (i + j + 1)
            number = f"LHI/2025/{3 * i + j + 17:03d}"
            sent, billed = date(2025, month, 28), date(2025, month, 1)
            rows.append([number, sent, billed, line, amount, amount * 0.075, amount * 1.075])
    return book(tmp / f"titled_{sheet}.xlsx", sheet, rows)


def test_a_title_whose_last_part_names_the_invoices_names_the_register(tmp_path: Path) -> None:
    title = "Lagos Hair Industries - Ikeja wig factory - consultant invoices"
    adoption = adopt(_titled_invoices(tmp_path, "Export", title))
    assert registers(adoption) == ["finance"]
    table = only(adoption)
    assert targets(table)["Description"] == "cost_line"
    assert targets(table)["Amount"] == "actual"
    spend = finance_by_line(adoption)
    assert spend[(date(2025, 11, 1), "Site supervision")].actual == 300000.0


def test_a_title_naming_the_clients_invoices_stays_refused(tmp_path: Path) -> None:
    title = "Lagos Hair Industries - Ikeja wig factory - client invoices"
    adoption = adopt(_titled_invoices(tmp_path, "Export", title))
    assert adoption.report.adopted_tables == []
