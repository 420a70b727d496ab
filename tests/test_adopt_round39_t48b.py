"""Round 39 (t48b): tuning on the hundred-and-fourth batch (ordinary workbooks of a mixed
portfolio): a Spanish status report's open topics and title block, a works contract's
hindrance register (docs/adopt.md, "Round 39: tuning on the hundred-and-fourth batch").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.adopt_sheets import adopt, book, field, only, registers, targets


def _spanish_report(title: str) -> list[list[object]]:
    """A weekly status report: its title block, then its open topics under ``title``."""
    return [
        ["REPORTE DE ESTATUS SEMANAL"],
        [],
        ["Proyecto", "Remodelación Sucursal Norte"],
        ["Líder de proyecto", "Laura Méndez"],
        ["Fecha de corte", "16/03/2026"],
        [],
        ["Resumen ejecutivo", "Obra al 40 %; mobiliario en camino, sin desviaciones de costo."],
        [],
        [title],
        ["No.", "Asunto", "Afectación", "Dueño", "Fecha límite", "Situación"],
        [
            1,
            "Permiso de obra municipal sin respuesta",
            "Alta",
            "Laura Méndez",
            "27/03/2026",
            "En proceso",
        ],
        [
            2,
            "Proveedor de cocina retrasa entrega de campanas",
            "Media",
            "Jorge Ruiz",
            "02/04/2026",
            "Abierto",
        ],
        [
            3,
            "Faltan planos eléctricos actualizados del local",
            "Baja",
            "Jorge Ruiz",
            "06/04/2026",
            "En proceso",
        ],
    ]


def test_spanish_open_topics_are_issues_rated_by_their_afectacion(tmp_path: Path) -> None:
    """``Temas abiertos`` names the issues (as ``Offene Punkte``); ``Afectación`` is their
    severity (Alta / Media / Baja); before, its level words read as an assumption's
    confidence and the topics became assumptions (or nothing at all)."""
    adoption = adopt(book(tmp_path / "reporte.xlsx", "Reporte", _spanish_report("Temas abiertos")))
    assert "issues" in registers(adoption)
    table = next(t for t in adoption.report.tables if t.register == "issues")
    read = targets(table)
    assert read["Asunto"] == "title"
    assert read["Afectación"] == "severity"
    assert field(adoption, "issues", "title")[0] == "Permiso de obra municipal sin respuesta"
    assert field(adoption, "issues", "severity") == [5.0, 3.0, 1.0]
    assert field(adoption, "issues", "due_date")[1] == date(2026, 4, 2)


def test_spanish_report_title_block_leader_and_executive_summary(tmp_path: Path) -> None:
    """``Líder de proyecto`` is the project manager, ``Resumen ejecutivo`` the summary."""
    adoption = adopt(book(tmp_path / "reporte.xlsx", "Reporte", _spanish_report("Temas abiertos")))
    header = adoption.project.header
    assert header.project_manager == "Laura Méndez"
    assert header.status_summary == (
        "Obra al 40 %; mobiliario en camino, sin desviaciones de costo."
    )


def _hindrance_register() -> list[list[object]]:
    return [
        ["HINDRANCE REGISTER"],
        ["Name of Work:", None, "Construction of Warehouse Block B"],
        [],
        [
            "Sl. No.",
            "Nature of Hindrance",
            "Date of Start of Hindrance",
            "Date of Removal of Hindrance",
            "Net Period (days)",
            "Remarks",
        ],
        [1, "Drawings for the roof trusses not issued", "05.01.2026", "19.01.2026", 14, None],
        [2, "Site flooded after heavy rainfall", "22.01.2026", None, None, "Continuing"],
        [3, "Power supply cut for feeder shifting", "03.02.2026", "06.02.2026", 3, None],
    ]


def test_hindrance_register_is_issues_raised_at_start_closed_at_removal(tmp_path: Path) -> None:
    """A works contract's hindrance register: each hindrance an issue, its nature the
    title, raised the day it started and closed the day it was removed; before, the table
    was refused (no title column, no register named)."""
    adoption = adopt(book(tmp_path / "hindrance.xlsx", "Hindrance Reg", _hindrance_register()))
    assert registers(adoption) == ["issues"]
    read = targets(only(adoption))
    assert read["Nature of Hindrance"] == "title"
    assert read["Date of Start of Hindrance"] == "raised_date"
    assert read["Date of Removal of Hindrance"] == "closed_date"
    assert field(adoption, "issues", "title")[1] == "Site flooded after heavy rainfall"
    assert field(adoption, "issues", "raised_date") == [
        date(2026, 1, 5),
        date(2026, 1, 22),
        date(2026, 2, 3),
    ]
    assert field(adoption, "issues", "closed_date") == [date(2026, 1, 19), None, date(2026, 2, 6)]


def test_nature_of_an_issue_is_its_title(tmp_path: Path) -> None:
    """The same header shape in a plain issue log (``Nature of Issue``)."""
    rows: list[list[object]] = [
        ["Sl. No.", "Nature of Issue", "Raised On", "Owner", "Status"],
        [1, "Tiles delivered in the wrong shade", "03/02/2026", "R. Iyer", "Open"],
        [2, "Crane not available for lifting", "09/02/2026", "S. Rao", "Closed"],
    ]
    adoption = adopt(book(tmp_path / "issues.xlsx", "Issue Log", rows))
    assert registers(adoption) == ["issues"]
    assert field(adoption, "issues", "title") == [
        "Tiles delivered in the wrong shade",
        "Crane not available for lifting",
    ]


def test_polish_sharepoint_dependencies_deliverable_other_side_and_modified(
    tmp_path: Path,
) -> None:
    """A SharePoint list exported in Polish: ``Produkt do przekazania`` is the deliverable,
    ``Osoba po drugiej stronie`` the counterparty's owner, ``Zmodyfikowano`` (Modified) the
    last update; before, all three were left out."""
    rows: list[list[object]] = [
        [
            "Tytuł",
            "Kierunek",
            "Produkt do przekazania",
            "Właściciel",
            "Osoba po drugiej stronie",
            "Potrzebne do",
            "Stan",
            "Zmodyfikowano",
        ],
        [
            "Szkolenia kasjerów",
            "Przychodząca",
            "Plan szkoleń",
            "Anna Nowak",
            "Jan Kowalski",
            date(2026, 4, 8),
            "Zagrożona",
            date(2026, 3, 6),
        ],
        [
            "Dostawy sprzętu",
            "Przychodząca",
            "Harmonogram dostaw",
            "Ewa Lis",
            "Piotr Zając",
            date(2026, 5, 2),
            "Zgodnie z planem",
            date(2026, 2, 19),
        ],
    ]
    adoption = adopt(book(tmp_path / "owssvr.xlsx", "owssvr", rows))
    assert registers(adoption) == ["dependencies"]
    read = targets(only(adoption))
    assert read["Produkt do przekazania"] == "deliverable"
    assert read["Osoba po drugiej stronie"] == "counterparty_owner"
    assert read["Zmodyfikowano"] == "last_updated"
    assert field(adoption, "dependencies", "deliverable") == ["Plan szkoleń", "Harmonogram dostaw"]
    assert field(adoption, "dependencies", "counterparty_owner") == ["Jan Kowalski", "Piotr Zając"]
    assert field(adoption, "dependencies", "last_updated") == [date(2026, 3, 6), date(2026, 2, 19)]


def test_blockers_flagged_need_unblocked_by_and_how_it_got_unblocked(tmp_path: Path) -> None:
    """A team's blockers (a Notion database): ``Flagged`` is the day raised, ``Need
    unblocked by`` the due date (a need makes ``... by`` a deadline, not a person), ``How it
    got unblocked`` the resolution."""
    rows: list[list[object]] = [
        ["Blocker", "Owner", "Status", "Flagged", "Need unblocked by", "How it got unblocked"],
        [
            "Payment sandbox keys expired",
            "Dana Cole",
            "Done",
            "March 2, 2026",
            "March 4, 2026",
            "Vendor reissued keys",
        ],
        [
            "Design sign-off missing for onboarding",
            "Ravi Patel",
            "Open",
            "March 9, 2026",
            "March 13, 2026",
            None,
        ],
    ]
    adoption = adopt(book(tmp_path / "Blockers 1a2b3c.xlsx", "Blockers 1a2b3c", rows))
    assert registers(adoption) == ["issues"]
    read = targets(only(adoption))
    assert read["Flagged"] == "raised_date"
    assert read["Need unblocked by"] == "due_date"
    assert read["How it got unblocked"] == "resolution"
    assert field(adoption, "issues", "raised_date") == [date(2026, 3, 2), date(2026, 3, 9)]
    assert field(adoption, "issues", "due_date") == [date(2026, 3, 4), date(2026, 3, 13)]
    assert field(adoption, "issues", "resolution") == ["Vendor reissued keys", None]


def test_closed_by_alone_is_still_no_deadline() -> None:
    """The near miss: ``Closed by`` (who closed it) is no due date; only a need beside it
    makes the ``by`` a deadline."""
    from tests.adopt_sheets import best_candidate

    assert best_candidate("Need resolved by", "issues") == ("due_date", 0.85)
    got = best_candidate("Closed by", "issues")
    assert got is None or got[0] != "due_date"


def test_german_decision_minutes_meeting_date_and_deciding_body(tmp_path: Path) -> None:
    """German minutes: ``Sitzung vom`` (the meeting of) is the decision's date, ``Gremium``
    (the body that took it) who made it; before, both were left out."""
    rows: list[list[object]] = [
        ["Beschlussprotokoll Lenkungsausschuss"],
        [],
        ["Nr.", "Sitzung vom", "Gremium", "Beschluss", "Begründung"],
        [
            "LA-01",
            date(2026, 1, 14),
            "Lenkungsausschuss",
            "Pilot in Köln statt Berlin",
            "Betriebsrat",
        ],
        ["LA-02", date(2026, 2, 11), "Projektleitung", "Schulung als Webinar", "Reisekosten"],
    ]
    adoption = adopt(book(tmp_path / "beschluesse.xlsx", "Beschlüsse", rows))
    assert registers(adoption) == ["decisions"]
    read = targets(only(adoption))
    assert read["Sitzung vom"] == "date"
    assert read["Gremium"] == "made_by"
    assert field(adoption, "decisions", "date") == [date(2026, 1, 14), date(2026, 2, 11)]
    assert field(adoption, "decisions", "made_by") == ["Lenkungsausschuss", "Projektleitung"]


def test_japanese_header_of_two_kanji_words_joined_by_a_middle_dot(tmp_path: Path) -> None:
    """``対応方針・対応内容`` (the approach and what was done) is the issue's resolution, read
    as two alternatives as ``A / B`` is; before, the joined words read as a description."""
    rows: list[list[object]] = [
        ["No.", "起票日", "課題内容", "対応方針・対応内容", "担当者", "期限", "状況"],
        [
            1,
            date(2026, 2, 3),
            "試作品の辛さが強すぎる",
            "辛さ2段階で再試食",
            "佐藤",
            date(2026, 2, 20),
            "対応中",
        ],
        [
            2,
            date(2026, 2, 9),
            "衣が時間とともに湿る",
            "油温と衣配合を再検討",
            "鈴木",
            date(2026, 3, 2),
            "未着手",
        ],
    ]
    adoption = adopt(book(tmp_path / "kadai.xlsx", "課題管理表", rows))
    assert registers(adoption) == ["issues"]
    assert targets(only(adoption))["対応方針・対応内容"] == "resolution"
    assert field(adoption, "issues", "resolution") == ["辛さ2段階で再試食", "油温と衣配合を再検討"]


def test_katakana_loanword_with_a_middle_dot_is_not_split() -> None:
    """The near miss: a katakana loanword's dot (``プロジェクト・マネージャー``) parts no
    alternatives."""
    from addin.adopt.match import alternative_readings

    assert alternative_readings("プロジェクト・マネージャー") == ()
    assert alternative_readings("対応方針・対応内容") != ()


def test_french_assumption_a_verifier_is_open(tmp_path: Path) -> None:
    """``À vérifier`` (still to be checked) is an open assumption; before, no status."""
    rows: list[list[object]] = [
        ["Réf.", "Hypothèse", "Porteur", "À vérifier avant le", "Statut"],
        ["H01", "La DPO accepte la durée de conservation", "J. Roux", "15/02/2026", "À vérifier"],
        [
            "H02",
            "Le prestataire héberge les données dans l'UE",
            "C. Petit",
            "06/03/2026",
            "Confirmée",
        ],
    ]
    adoption = adopt(book(tmp_path / "hypotheses.xlsx", "Hypothèses", rows))
    assert registers(adoption) == ["assumptions"]
    assert field(adoption, "assumptions", "status") == ["Open", "Validated"]


def _raid_with_by(action_header: str) -> list[list[object]]:
    return [
        ["Ref", "Type", "Description", "Owner", action_header, "By", "Status"],
        [
            "R01",
            "Risk",
            "Planning consent refused for lane widening",
            "I. Bashir",
            "Mitigate: pre-app",
            "25/02/2026",
            "Open",
        ],
        [
            "I01",
            "Issue",
            "Order screen fails in the rain",
            "C. Doyle",
            "Fix: hood",
            "04/04/2026",
            "Open",
        ],
        [
            "A01",
            "Assumption",
            "Stores stay open during the works",
            "R. Pritchard",
            "Confirm with ops",
            "18/04/2026",
            "Open",
        ],
    ]


def test_by_after_a_raid_logs_next_action_is_the_due_date(tmp_path: Path) -> None:
    """``Next action | By``: the date the action is due, a risk's and an issue's due date;
    before, a bare ``By`` was read only in a dependency log."""
    adoption = adopt(book(tmp_path / "raid.xlsx", "RAID", _raid_with_by("Next action")))
    assert field(adoption, "risks", "due_date") == [date(2026, 2, 25)]
    assert field(adoption, "issues", "due_date") == [date(2026, 4, 4)]


def test_by_after_no_action_stays_unread(tmp_path: Path) -> None:
    """The near miss: a bare ``By`` after a column that is no action (``Comments``) may be
    who wrote it; no due date is taken from it."""
    adoption = adopt(book(tmp_path / "raid.xlsx", "RAID", _raid_with_by("Category")))
    assert field(adoption, "risks", "due_date") == [None]
    assert field(adoption, "issues", "due_date") == [None]


def test_title_block_stage_ejecucion_is_delivery(tmp_path: Path) -> None:
    """A title block's ``Etapa: Ejecución`` (PMBOK's execution) is the Delivery stage; a
    stage that is no stage word is kept as written."""
    rows = _spanish_report("Temas abiertos")
    rows[5] = ["Etapa", "Ejecución"]
    adoption = adopt(book(tmp_path / "reporte.xlsx", "Reporte", rows))
    assert adoption.project.header.stage == "Delivery"
    rows[5] = ["Etapa", "Obra gris"]
    adoption = adopt(book(tmp_path / "reporte2.xlsx", "Reporte", rows))
    assert adoption.project.header.stage == "Obra gris"
