"""Round 37's third wave (t45c): tuning on the ninety-eighth batch (supplier and
consultancy reports of clients in Asia, the Middle East, Africa and Latin America).

Each test builds a small workbook of the shape the batch showed and asserts what a user
would see once adopted (docs/adopt.md, "Round 37: tuning on the ninety-eighth batch")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.languages import translate
from addin.adopt.match import netted_reading, normalise_header
from tests.adopt_sheets import adopt, book, field, only, targets


def test_an_assumptions_cost_if_not_valid_is_its_impact_if_false(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [
            "No.",
            "Assumption",
            "Responsible",
            "Confirm by",
            "Status",
            "Cost implication if not valid",
        ],
        [
            1,
            "Access road passable in the rains",
            "Site Agent",
            "13th March 2026",
            "Open",
            "Standby time of plant",
        ],
        [
            2,
            "Murram available within 5 km",
            "Client PM",
            "20th March 2026",
            "Open",
            "KES 1.8m for imported murram",
        ],
    ]
    adoption = adopt(book(tmp_path / "ke.xlsx", "Assumptions", rows))
    # before: the column was left out ("no standard column matches")
    assert targets(only(adoption))["Cost implication if not valid"] == "impact_if_false"
    assert field(adoption, "assumptions", "impact_if_false") == [
        "Standby time of plant",
        "KES 1.8m for imported murram",
    ]


def test_impact_if_not_confirmed_reads_too_and_a_plain_cost_does_not(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ref", "Assumption", "Owner", "Impact if not confirmed", "Cost"],
        [1, "Licence granted by June", "Legal", "Launch slips a quarter", "Low"],
    ]
    adoption = adopt(book(tmp_path / "a.xlsx", "Assumptions", rows))
    read = targets(only(adoption))
    assert read["Impact if not confirmed"] == "impact_if_false"
    assert read["Cost"] != "impact_if_false"


def test_an_indonesian_expert_staffing_plan_in_working_days(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Jadwal penugasan tenaga ahli (hari kerja) - PT Hijau Lestari Konsultan"],
        [],
        ["No", "Posisi", "Nama Tenaga Ahli", "Mei 2026", "Jun 2026", "Jul 2026", "Jumlah"],
        [1, "Ahli Sekat Kanal", "Ir. Rina Wulandari", 10, None, 5, 15],
        [2, "Ahli GIS dan Pemetaan", "Akan ditentukan", None, 22, None, 22],
        [None, "Jumlah", None, 10, 22, 5, 37],
    ]
    adoption = adopt(book(tmp_path / "id.xlsx", "Rencana Personel", rows))
    # before: the plan was refused ("small whole numbers by month and nothing says money")
    read = targets(only(adoption))
    assert read["Posisi"] == "role"
    assert read["Nama Tenaga Ahli"] == "person"
    plan = sorted((r.role, r.month, r.planned_days) for r in adoption.project.items("resources"))
    assert plan == [
        ("Ahli GIS dan Pemetaan", date(2026, 6, 1), 22.0),
        ("Ahli Sekat Kanal", date(2026, 5, 1), 10.0),
        ("Ahli Sekat Kanal", date(2026, 7, 1), 5.0),
    ]


def test_the_indonesian_words_read_as_english() -> None:
    assert translate("Hari kerja") == "days"
    assert translate("Posisi") == "position"
    assert translate("Nama Tenaga Ahli") == "name staff"
    assert translate("Geral") == "overall"


def test_a_portuguese_status_panels_geral_line_is_the_overall_rag(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Projeto:", "Programa Open Finance - Fase 3"],
        ["Data do relatório:", "13/05/2026"],
        [],
        ["Dimensão", "Status", "Comentário"],
        ["Prazo", "Verde", None],
        ["Custo", "Amarelo", "Ver plano de ação"],
        ["Geral", "Vermelho", None],
    ]
    adoption = adopt(book(tmp_path / "pt.xlsx", "Status Report", rows))
    header = adoption.project.header
    # before: the overall colour was lost (the schedule and cost colours were read)
    assert header.schedule_rag == "Green"
    assert header.cost_rag == "Amber"
    assert header.overall_rag == "Red"


def test_a_colombian_fee_tracker_reads_its_value_before_vat_by_month(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Control de honorarios - Evalúa Colombia S.A.S. (valores en pesos colombianos)"],
        [],
        [
            "Mes",
            "Actividad",
            "Consultor",
            "Días",
            "Tarifa diaria",
            "Valor antes de IVA",
            "IVA 19 %",
            "Total",
        ],
        [
            "marzo 2026",
            "Trabajo de campo",
            "Ana Ruiz",
            5,
            "$ 1.100.000",
            "$ 5.500.000",
            "$ 1.045.000",
            "$ 6.545.000",
        ],
        [
            "abril 2026",
            "Análisis de datos",
            "Luis Mora",
            7,
            "$ 1.100.000",
            "$ 7.700.000",
            "$ 1.463.000",
            "$ 9.163.000",
        ],
        ["TOTAL", None, None, None, None, "$ 13.200.000", None, None],
    ]
    adoption = adopt(book(tmp_path / "co.xlsx", "Honorarios", rows))
    # before: the table was refused ("no amounts by month"): its net amount and its
    # activity were read as nothing
    read = targets(only(adoption))
    assert read["Valor antes de IVA"] == "actual"
    assert read["Actividad"] == "cost_line"
    assert read["IVA 19 %"] is None and read["Total"] is None
    lines = sorted((f.month, f.cost_line, f.actual) for f in adoption.project.items("finance"))
    assert lines == [
        (date(2026, 3, 1), "Trabajo de campo", 5_500_000.0),
        (date(2026, 4, 1), "Análisis de datos", 7_700_000.0),
    ]


def test_a_translated_amount_without_or_with_the_tax_is_net_or_gross() -> None:
    assert netted_reading("value excl vat") == "net value"
    assert netted_reading("amount incl vat") == "gross amount"
    # a noun that is no amount, or no tax named, reads nothing more
    assert netted_reading("activity excl vat") is None
    assert netted_reading("value excl contingency") is None
    assert "net value" in normalise_header("Valor sem IVA")


def test_a_role_or_body_before_a_bracket_is_kept_as_written(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No.", "Assumption", "Responsible", "Confirm by", "Status"],
        [1, "Road passable in the rains", "The Trust (CEO)", "13th March 2026", "Open"],
        [2, "Murram within 5 km", "Gerente de Proyecto (Minera)", "20th March 2026", "Open"],
        [3, "Water on site", "J. Murphy (PMO)", "20th March 2026", "Open"],
    ]
    adoption = adopt(book(tmp_path / "own.xlsx", "Assumptions", rows))
    # before: 'The Trust' and 'Gerente de Proyecto', the bracket saying whose role left out;
    # a person's name still loses the team in brackets after it
    assert field(adoption, "assumptions", "owner") == [
        "The Trust (CEO)",
        "Gerente de Proyecto (Minera)",
        "J. Murphy",
    ]
