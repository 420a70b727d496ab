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
