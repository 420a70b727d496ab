"""Round 39 (t48a): tuning on the hundred-and-sixth batch (plans, status reports and
trackers); docs/adopt.md, "Round 39: tuning on the hundred-and-sixth batch".

Each rule is tested on a small workbook built here, with a near miss where one can fail.
"""

from __future__ import annotations

from pathlib import Path

from addin.adopt import Adoption
from addin.adopt.report import TableReport
from tests.adopt_sheets import adopt, book, registers


def _listed(adoption: Adoption) -> TableReport:
    """The workbook's one table, adopted or listed."""
    (table,) = adoption.report.tables
    return table


# --- a change request log named in its own language, or by its change board, is listed ---


def _italian_change_log(title: str, first: str, codes: str) -> list[list[object]]:
    """A restoration contract's change requests, the board's outcome on each."""
    head = [first, "Data apertura", "Richiedente", "Descrizione della modifica", "Priorità"]
    rows: list[list[object]] = [
        [f"{codes}-01", "12/11/2025", "Committente", "Nuovo serramento sul lato rio", "Alta"],
        [f"{codes}-02", "03/12/2025", "DL", "Impianto antincendio a nebbia d'acqua", "Media"],
        [f"{codes}-03", "20/01/2026", "Impresa", "Rifacimento dello scivolo in pietra", "Bassa"],
        [f"{codes}-04", "02/02/2026", "Committente", "Spostamento del deposito remi", "Alta"],
    ]
    return [[title], ["Progetto:", None, "Restauro dello squero"], [], [*head, "Esito CCB",
            "Responsabile attuazione"], *[[*r, "Approvata", "Marco Bianchi"] for r in rows]]  # fmt: skip


def test_italian_change_request_log_is_listed_not_adopted_as_issues(tmp_path: Path) -> None:
    """``Registro delle richieste di modifica (RdM)`` names a change request log in Italian:
    the standard has no change register, so its table is listed (the reason says so), not
    adopted as issues by its dates, people and priorities; the title block's
    ``Progetto:`` is still the project's name. Before, it was adopted as 4 issues."""
    rows = _italian_change_log("Registro delle richieste di modifica (RdM)", "N. RdM", "RdM")
    adoption = adopt(book(tmp_path / "rdm.xlsx", "Registro RdM", rows))
    table = _listed(adoption)
    assert registers(adoption) == [] and not table.adopted
    assert "a change request log" in table.reason
    assert adoption.project.items("issues") == []
    assert adoption.project.header.project_name == "Restauro dello squero"


def test_french_and_german_change_request_titles_are_change_words(tmp_path: Path) -> None:
    """The same rule in French and German titles (``Demandes de modification``,
    ``Änderungsanträge``) on a sheet named by a number."""
    for n, title in enumerate(("Demandes de modification", "Änderungsanträge")):
        rows = _italian_change_log(title, "N.", "X")
        adoption = adopt(book(tmp_path / f"log{n}.xlsx", "Tab 4", rows))
        assert registers(adoption) == [], title
        assert "a change request log" in _listed(adoption).reason


def test_change_board_outcome_or_rdm_codes_mark_a_change_log_without_a_title(
    tmp_path: Path,
) -> None:
    """No title names it: a column of the change board's outcome (``Esito CCB``) or codes
    all ``RdM-nn`` in the first column say the rows are change requests: listed."""
    untitled = _italian_change_log("", "N.", "X")[3:]
    adoption = adopt(book(tmp_path / "ccb.xlsx", "Foglio1", untitled))
    assert registers(adoption) == []
    assert "a change request log" in _listed(adoption).reason

    coded = _italian_change_log("", "N.", "RdM")[3:]
    coded = [[*r[:5], "Note", *r[6:]] if i == 0 else r for i, r in enumerate(coded)]
    adoption = adopt(book(tmp_path / "rdm_codes.xlsx", "Foglio1", coded))
    assert registers(adoption) == []


def test_an_issue_log_with_no_change_word_is_still_adopted(tmp_path: Path) -> None:
    """Near miss: the same columns with an issue log's title (``Registro delle criticità``)
    and a plain ``Esito`` (outcome) column, no board named: adopted as issues."""
    rows = _italian_change_log("Registro delle criticità", "N.", "X")
    rows[3] = [h if h != "Esito CCB" else "Esito" for h in rows[3]]  # type: ignore[misc]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Criticità", rows))
    assert registers(adoption) == ["issues"]
    assert len(adoption.project.items("issues")) == 4
