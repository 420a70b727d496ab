"""Round 35's third wave (task t39b): tuning on the seventy-ninth batch (ordinary workbooks
in other languages). docs/adopt.md, "Round 35 (its third wave): tuning on the seventy-ninth
batch".

A Brazilian or Portuguese PM keeps a ``lista de pendências``: each row a ``pendência`` (an
open point, the issue itself), so a ``Pendência`` column is the issue's title as ``Issue``
is in an English issue log and ``Problema`` / ``Questão`` are in Portuguese. Before, the
word was no word of the file and the whole table was refused (no title column).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from addin.adopt.languages import translate
from tests.adopt_sheets import adopt, books, only, targets

HEADS = [
    # the batch's order
    ["Nº", "Data de abertura", "Pendência", "Responsável", "Prioridade", "Prazo", "Situação"],
    # another order, the word without its accent, plural in the sheet's name only
    ["Item", "Pendencia", "Responsável", "Status", "Data limite"],
    # beside a description: the pendência is the short title
    ["Código", "Pendência", "Descrição", "Responsável", "Situação"],
]


@pytest.mark.parametrize("head", HEADS)
def test_a_pendencia_column_is_the_issue_title(head: list[str], tmp_path: Path) -> None:
    rows: list[list[object]] = [["Obra nova - Lista de Pendências"], [], head]
    for n, (text, st) in enumerate(
        [("Licença vencida", "Aberta"), ("Lote com defeito", "Resolvida")]
    ):
        cells: dict[str, object] = {
            "Nº": n + 1,
            "Item": n + 1,
            "Código": f"P{n + 1}",
            "Data de abertura": f"1{n}/04/2026",
            "Pendência": text,
            "Pendencia": text,
            "Descrição": "Detalhe " + text,
            "Responsável": "Ana Souza",
            "Prioridade": "Alta",
            "Prazo": date(2026, 5, 1 + n),
            "Data limite": date(2026, 5, 1 + n),
            "Situação": st,
            "Status": st,
        }
        rows.append([cells[h] for h in head])
    adoption = adopt(books(tmp_path / "p.xlsx", {"Pendências": rows}))
    table = only(adoption)
    assert table.register == "issues"
    title = "Pendência" if "Pendência" in head else "Pendencia"
    assert targets(table)[title] == "title"
    issues = adoption.project.items("issues")
    assert [(i.title, i.owner, i.status) for i in issues] == [
        ("Licença vencida", "Ana Souza", "Open"),
        ("Lote com defeito", "Ana Souza", "Resolved"),
    ]


def test_the_word_family_reads_as_the_issue_nouns() -> None:
    assert translate("Pendência") == "issue"
    assert translate("Pendências") == "issues"
    assert translate("pendencias") == "issues"


def test_near_miss_pendente_stays_a_status_value(tmp_path: Path) -> None:
    # `Pendente` (pending, the adjective) is a status VALUE, not the noun: a column of it is
    # still the status, and the register's title column is the one named so.
    rows: list[list[object]] = [
        ["Questões"],
        ["Nº", "Questão", "Responsável", "Situação"],
        [1, "Licença vencida", "Ana Souza", "Pendente"],
        [2, "Lote com defeito", "Rui Lima", "Resolvida"],
    ]
    adoption = adopt(books(tmp_path / "q.xlsx", {"Questões": rows}))
    table = only(adoption)
    assert targets(table)["Situação"] == "status"
    assert targets(table)["Questão"] == "title"
    assert [i.title for i in adoption.project.items("issues")] == [
        "Licença vencida",
        "Lote com defeito",
    ]


# --- a bare `Date` in a status report's block is the report's date ---------------------------


def _status_block(label: str, day: object, rag: bool = True) -> list[list[object]]:
    rows: list[list[object]] = [["PROJECT STATUS REPORT"], [], ["Project", "Berry plant"]]
    rows += [["Project Manager", "Juha Kangas"], [label, day], []]
    if rag:
        rows += [["Overall status", "Green"], ["Schedule", "Amber"], []]
    rows += [["Milestones"], ["Milestone", "Planned", "Forecast", "Status"]]
    rows += [["Permit", date(2026, 2, 5), date(2026, 2, 19), "Complete"]]
    return rows


@pytest.mark.parametrize(
    ("label", "day"),
    [
        ("Date", date(2026, 3, 26)),  # English
        ("Päivämäärä", date(2026, 3, 26)),  # Finnish (the batch's)
        ("Datum", "26.03.2026"),  # German / Dutch / Swedish, a text date
        ("Fecha", date(2026, 3, 26)),  # Spanish
        ("Date:", date(2026, 3, 26)),  # with its colon
    ],
)
def test_a_bare_date_in_a_status_reports_block_is_its_report_date(
    label: str, day: object, tmp_path: Path
) -> None:
    adoption = adopt(books(tmp_path / "s.xlsx", {"Status": _status_block(label, day)}))
    assert adoption.project.header.report_date == date(2026, 3, 26)
    assert "a bare 'Date'" in adoption.report.project_fields["report_date"]


def test_near_miss_a_bare_date_without_a_status_block_is_no_report_date(tmp_path: Path) -> None:
    # a register's document-control strip (`Date | 2026-03-26`, no RAG, no summary)
    rows = _status_block("Date", date(2026, 3, 26), rag=False)
    adoption = adopt(books(tmp_path / "d.xlsx", {"Milestones": rows}))
    assert adoption.project.header.report_date is None


def test_near_miss_two_bare_dates_are_two_readings(tmp_path: Path) -> None:
    rows = _status_block("Date", date(2026, 3, 26))
    rows.insert(5, ["Date", date(2026, 3, 2)])
    adoption = adopt(books(tmp_path / "t.xlsx", {"Status": rows}))
    assert adoption.project.header.report_date is None
