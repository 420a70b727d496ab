"""Round 40 (task t50b): tuning on the hundred-and-thirteenth batch (supplier and
consultancy reports). Each rule on a small workbook of its own shape: a header naming two
things joined by a conjunction, a Spanish log of agreements, and the other rules of the
round's section in docs/adopt.md."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tests.adopt_sheets import adopt, best_candidate, book, column, field, finance_by_line, only


def test_a_header_joining_two_things_with_and_reads_each_weakly() -> None:
    """``Topic and decision`` reads as its second part as ``Topic / decision`` does: a
    weak reading (below a whole synonym), none where neither part is a field's word."""
    assert best_candidate("Topic and decision", "decisions") == ("decision", 0.873)
    assert best_candidate("Topic / decision", "decisions") == ("decision", 0.873)
    assert best_candidate("Topic and venue", "decisions") is None
    # a whole synonym still outranks a part
    assert best_candidate("Decision", "decisions") == ("decision", 1.0)


def test_a_spanish_log_of_agreements_is_the_decision_log(tmp_path: Path) -> None:
    """``Bitácora de acuerdos``: each ``Acuerdo`` (AC-01 ..) numbers an item agreed, its
    text is ``Tema tratado y acuerdo``, ``Aprueba`` who approved it, ``Fecha acuerdo`` its
    date."""
    rows: list[list[object]] = [
        ["Bitácora de acuerdos - Remodelación oficinas"],
        [],
        ["Acuerdo", "Tema tratado y acuerdo", "Aprueba", "Fecha acuerdo", "Justificación"],
        ["AC-01", "Se cambia el piso a porcelanato", "Comité", "24-02-2026", "Menor costo"],
        ["AC-02", "Se posterga la fachada", "Ana Soto", "27-03-2026", "Permiso pendiente"],
        ["AC-03", "Iluminación LED en todo el piso", "Ana Soto", "30-05-2026", "Ahorro"],
    ]
    adoption = adopt(book(tmp_path / "acuerdos.xlsx", "Acuerdos", rows))
    table = only(adoption)
    assert table.register == "decisions"
    assert column(table, "Acuerdo").target == "id"
    assert column(table, "Tema tratado y acuerdo").target == "decision"
    assert column(table, "Aprueba").target == "made_by"
    assert field(adoption, "decisions", "id") == ["DC-001", "DC-002", "DC-003"]
    assert field(adoption, "decisions", "decision")[1] == "Se posterga la fachada"
    assert field(adoption, "decisions", "made_by") == ["Comité", "Ana Soto", "Ana Soto"]
    assert field(adoption, "decisions", "date")[0] == date(2026, 2, 24)


def test_completion_over_dates_is_a_milestones_actual_date(tmp_path: Path) -> None:
    """``Completion`` over dates is the completion date with the word date left off (as
    ``Completed`` is); over percentages it is no date, and a plan's ``Forecast
    completion`` keeps its own reading."""
    assert best_candidate("Completion", "milestones") == ("actual_date", 0.9)
    assert best_candidate("Forecast completion", "milestones") == ("forecast_date", 1.0)
    rows: list[list[object]] = [
        ["Milestone", "Baseline", "Forecast", "Completion"],
        ["Design", "2026-01-10", "2026-01-12", "2026-01-12"],
        ["Build", "2026-02-10", "2026-02-14", None],
    ]
    adoption = adopt(book(tmp_path / "plan.xlsx", "Plan", rows))
    assert column(only(adoption), "Completion").target == "actual_date"
    assert field(adoption, "milestones", "actual_date") == [date(2026, 1, 12), None]
    rows = [
        ["Milestone", "Baseline", "Forecast", "Completion"],
        ["Design", "2026-01-10", "2026-01-12", "50%"],
        ["Build", "2026-02-10", "2026-02-14", "10%"],
    ]
    adoption = adopt(book(tmp_path / "percent.xlsx", "Plan", rows))
    assert column(only(adoption), "Completion").target is None


def test_a_japanese_monthly_reports_milestones_are_read(tmp_path: Path) -> None:
    """``項目 | 当初予定 | 前回報告 | 今回見込 | 完了`` under ``■ 主要マイルストーン``: the
    original plan is the baseline, this report's forecast the forecast, ``完了`` the
    completion (actual) date; the last report's dates are left out."""
    rows: list[list[object]] = [
        ["月次進捗報告書（2026年3月度）"],
        [],
        ["■ 主要マイルストーン"],
        ["項目", "当初予定", "前回報告", "今回見込", "完了", "コメント"],
        ["要件定義完了", "2026/1/29", "2026/1/29", "2026/1/29", "2026/1/29", None],
        ["会場端末設置", "2026/2/20", "2026/2/20", "2026/2/27", "2026/2/27", None],
        ["本番稼働", "2026/7/7", "2026/7/7", "2026/7/14", None, "顧客確認待ち"],
    ]
    adoption = adopt(book(tmp_path / "report.xlsx", "月次報告", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert column(table, "当初予定").target == "baseline_date"
    assert column(table, "今回見込").target == "forecast_date"
    assert column(table, "完了").target == "actual_date"
    assert column(table, "前回報告").target is None
    assert field(adoption, "milestones", "milestone")[2] == "本番稼働"
    assert field(adoption, "milestones", "forecast_date")[1] == date(2026, 2, 27)
    assert field(adoption, "milestones", "actual_date")[2] is None


def test_a_german_payment_plan_is_a_milestone_plan(tmp_path: Path) -> None:
    """``Zahlungsplan``: ``vertragl. Termin`` (the contract's date: the baseline),
    ``voraussichtl. Termin`` (expected: the forecast), ``abgenommen am`` (accepted: the
    actual date); ``bezahlt`` and ``abgenommen`` instalments are complete, ``offen`` none."""
    rows: list[list[object]] = [
        ["Zahlungsplan gem. Planungsvertrag"],
        [],
        [
            "Rate",
            "Meilenstein",
            "vertragl. Termin",
            "voraussichtl. Termin",
            "abgenommen am",
            "Betrag netto",
            "Status",
        ],
        [
            "1. AZ",
            "Vorentwurf übergeben",
            "07.03.2026",
            "28.03.2026",
            "28.03.2026",
            "24.700,00 €",
            "bezahlt",
        ],
        [
            "2. AZ",
            "Entwurf übergeben",
            "22.04.2026",
            "22.04.2026",
            "22.04.2026",
            "37.050,00 €",
            "abgenommen",
        ],
        ["3. AZ", "Eröffnung", "30.07.2026", "06.08.2026", None, "24.700,00 €", "offen"],
    ]
    adoption = adopt(book(tmp_path / "zahlungsplan.xlsx", "Zahlungsplan", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert column(table, "vertragl. Termin").target == "baseline_date"
    assert column(table, "voraussichtl. Termin").target == "forecast_date"
    assert column(table, "abgenommen am").target == "actual_date"
    assert column(table, "Status").target == "status"
    assert field(adoption, "milestones", "baseline_date")[0] == date(2026, 3, 7)
    assert field(adoption, "milestones", "status")[:2] == ["Complete", "Complete"]
    assert field(adoption, "milestones", "status")[2] != "Complete"


def test_a_brazilian_log_of_invoices_received_is_the_spend_by_supplier(
    tmp_path: Path,
) -> None:
    """``NFs recebidas``: each ``NF`` (nota fiscal) by its ``Fornecedor``, its ``Valor NF``
    the month's actual by ``Mês ref.``, read as an English ``Invoices received`` sheet is."""
    rows: list[list[object]] = [
        ["Notas fiscais recebidas - Reforma da fábrica"],
        [],
        ["Fornecedor", "Nº NF", "Mês ref.", "Valor NF", "Status pagamento", "Obs."],
        ["Automa Sul", "045313", "01/2026", "R$ 145.005,14", "Pago", None],
        ["Tecnofrio", "073191", "01/2026", "R$ 79.878,58", "Pago", "Chiller"],
        ["Automa Sul", "045320", "02/2026", "R$ 1.000,00", "A vencer", None],
    ]
    adoption = adopt(book(tmp_path / "nfs.xlsx", "NFs recebidas", rows))
    table = only(adoption)
    assert table.register == "finance"
    assert column(table, "Fornecedor").target == "cost_line"
    assert column(table, "Valor NF").target == "actual"
    assert column(table, "Nº NF").target is None
    by_line = finance_by_line(adoption)
    assert by_line[(date(2026, 1, 1), "Tecnofrio")].actual == 79878.58
    assert by_line[(date(2026, 2, 1), "Automa Sul")].actual == 1000.0


def test_a_query_logs_action_with_is_the_owner(tmp_path: Path) -> None:
    """``Action With`` (the query waits with that person) is the owner, as ``Action by``
    is, and the ``Response Summary`` beside it the resolution."""
    assert best_candidate("Action With", "issues") == ("owner", 0.9)
    rows: list[list[object]] = [
        ["Technical Query Register"],
        [],
        [
            "TQ No.",
            "Date Raised",
            "Subject",
            "Action With",
            "Response Due",
            "Response Summary",
            "Status",
        ],
        ["TQ-004", "03/02/2026", "Drainage outlet", "Ben Thompson", "12/02/2026", None, "Open"],
        [
            "TQ-005",
            "08/02/2026",
            "Grout volume",
            "Rawiri Paki",
            "20/02/2026",
            "Revise per SK-12.",
            "Closed",
        ],
        ["TQ-006", "11/03/2026", "Gabion fill", "Aroha Ngata", "20/03/2026", "Accepted.", "Closed"],
    ]
    adoption = adopt(book(tmp_path / "tq.xlsx", "TQ Register", rows))
    table = only(adoption)
    assert column(table, "Action With").target == "owner"
    assert column(table, "Response Summary").target == "resolution"
    assert field(adoption, "issues", "owner") == ["Ben Thompson", "Rawiri Paki", "Aroha Ngata"]
    assert field(adoption, "issues", "resolution")[1] == "Revise per SK-12."


def _letter_register(product: str) -> list[list[object]]:
    return [
        ["Rejestr ryzyk"],
        [],
        ["Nr ryzyka", "Opis ryzyka", "Kategoria", "P (1-5)", "W (1-5)", product, "Status"],
        ["RZ-10", "Przeciążenie sieci", "Techniczne", 5, 4, 20, "Otwarte"],
        ["RZ-14", "Wzrost cen miedzi", "Finansowe", 4, 5, 20, "Otwarte"],
        ["RZ-31", "Brak decyzji środowiskowej", "Formalno-prawne", 2, 3, 6, "Otwarte"],
    ]


def test_the_letter_a_score_multiplies_with_the_likelihoods_is_the_impact(
    tmp_path: Path,
) -> None:
    """``P (1-5) | W (1-5) | P×W``: the score multiplies the likelihood by the impact, so
    ``W`` (Polish wpływ) is the impact; the formal and legal category is Legal."""
    adoption = adopt(book(tmp_path / "ryzyka.xlsx", "Rejestr ryzyk", _letter_register("P×W")))
    table = only(adoption)
    assert column(table, "P (1-5)").target == "probability"
    assert column(table, "W (1-5)").target == "impact"
    assert field(adoption, "risks", "impact") == [4, 5, 3]
    assert field(adoption, "risks", "category") == ["Technical", "Financial", "Legal"]


def test_a_letter_no_product_names_stays_unread(tmp_path: Path) -> None:
    """Without the product header, ``W`` says nothing: left out, as before."""
    adoption = adopt(book(tmp_path / "ryzyka.xlsx", "Rejestr ryzyk", _letter_register("Uwagi")))
    assert column(only(adoption), "W (1-5)").target is None


def test_a_snag_lists_fix_by_and_signed_off_dates(tmp_path: Path) -> None:
    """``To Be Fixed By`` over dates is the due date, ``Signed Off`` over dates the closed
    date; ``Signed off by`` over names is no date."""
    rows: list[list[object]] = [
        ["SNAG LIST - Office"],
        [],
        [
            "Item",
            "Defect Description",
            "Responsible",
            "Logged",
            "To Be Fixed By",
            "Status",
            "Signed Off",
            "Signed off by",
        ],
        [
            1,
            "Door motor noisy",
            "Ridge Doors",
            date(2026, 5, 15),
            date(2026, 5, 25),
            "Closed",
            date(2026, 5, 24),
            "J. Smith",
        ],
        [
            2,
            "Basin mixer dripping",
            "Pillay Plumbing",
            date(2026, 5, 22),
            date(2026, 5, 29),
            "Open",
            None,
            None,
        ],
        [
            3,
            "Downlights out",
            "Volt-Tech",
            date(2026, 5, 15),
            date(2026, 5, 25),
            "Closed",
            date(2026, 5, 27),
            "A. Jones",
        ],
    ]
    adoption = adopt(book(tmp_path / "snags.xlsx", "Snags", rows))
    table = only(adoption)
    assert column(table, "To Be Fixed By").target == "due_date"
    assert column(table, "Signed Off").target == "closed_date"
    assert column(table, "Signed off by").target is None
    assert field(adoption, "issues", "due_date")[1] == date(2026, 5, 29)
    assert field(adoption, "issues", "closed_date") == [date(2026, 5, 24), None, date(2026, 5, 27)]


def test_a_swedish_list_of_what_a_supplier_needs_from_its_client(tmp_path: Path) -> None:
    """``Vad vi behöver`` (what we need) is the deliverable, ``Utlovat`` (promised) the
    committed date; a promised week (``v. 20``) is no date."""
    rows: list[list[object]] = [
        ["Beroenden till kund"],
        [],
        ["Nr", "Beroende", "Vad vi behöver", "Ansvarig kund", "Behövs senast", "Utlovat", "Status"],
        [
            "KB-01",
            "Varumärkesmanual",
            "Logotyp i original",
            "Maria Lind",
            "2026-03-26",
            "2026-04-04",
            "Levererad",
        ],
        [
            "KB-02",
            "Testpersoner",
            "Tio kunder som testar",
            "Erik Holm",
            "2026-05-20",
            "v. 20",
            "Öppen",
        ],
        [
            "KB-03",
            "Testmiljö",
            "Åtkomst till testmiljö",
            "Erik Holm",
            "2026-06-06",
            "2026-06-10",
            "Öppen",
        ],
    ]
    adoption = adopt(book(tmp_path / "beroenden.xlsx", "Kundberoenden", rows))
    table = only(adoption)
    assert table.register == "dependencies"
    assert column(table, "Vad vi behöver").target == "deliverable"
    assert column(table, "Utlovat").target == "committed_date"
    assert field(adoption, "dependencies", "deliverable")[2] == "Åtkomst till testmiljö"
    assert field(adoption, "dependencies", "committed_date") == [
        date(2026, 4, 4),
        None,
        date(2026, 6, 10),
    ]


def _cash_flow(last: list[object]) -> list[list[object]]:
    return [
        ["Flujo de efectivo proyectado"],
        [],
        ["Concepto", "feb-26", "mar-26", "abr-26", "Total"],
        ["Cimentación", 700, 100, 300, 1100],
        ["Estructura metálica", 400, 900, 100, 1400],
        ["Total mensual", 1100, 1000, 400, 2500],
        last,
    ]


def test_a_running_total_of_the_whole_table_is_no_line(tmp_path: Path) -> None:
    """``Acumulado`` under ``Total mensual``: each month adds the sum of the lines above,
    so it is the table's cumulative total, no cost line of its own."""
    rows = _cash_flow(["Acumulado", 1100, 2100, 2500])
    adoption = adopt(book(tmp_path / "flujo.xlsx", "Flujo", rows))
    lines = {f.cost_line for f in adoption.project.finance}
    assert lines == {"Cimentación", "Estructura metálica"}
    assert len(adoption.project.finance) == 6
    assert any("cumulative total, no line" in n for n in only(adoption).notes)


def test_a_running_total_that_is_not_the_tables_sum_stays_a_line(tmp_path: Path) -> None:
    """A running total whose steps are not the lines' sums (another line's spend to date)
    is still read month by month, as before."""
    rows = _cash_flow(["Acumulado", 100, 250, 450])
    adoption = adopt(book(tmp_path / "flujo.xlsx", "Flujo", rows))
    by_line = finance_by_line(adoption)
    assert by_line[(date(2026, 3, 1), "Acumulado")].forecast == 150


def test_a_column_of_decisions_or_actions_is_no_decision_text() -> None:
    """``Decision / Action``, ``Acuerdo / Acción``: minutes' agreements and actions (an
    action list, no register of the standard); ``Tema tratado y acuerdo`` is a decision."""
    assert best_candidate("Decision / Action", "decisions") is None
    assert best_candidate("Acuerdo / Acción", "decisions") is None
    assert best_candidate("Tema tratado y acuerdo", "decisions") == ("decision", 0.873)


def test_a_payment_status_is_no_milestone_status_in_any_language(tmp_path: Path) -> None:
    """``Zahlstatus`` (payment status) of ``bezahlt`` / ``offen`` beside a payment plan's
    dates is the invoice's state, as English ``Payment status`` is: left out, its values
    never mapped as the milestone's status."""
    rows: list[list[object]] = [
        ["Zahlungsplan Ingenieurleistungen"],
        [],
        ["Nr.", "Zahlungsmeilenstein", "Plan-Termin", "Prognose", "Ist-Termin", "Zahlstatus"],
        [1, "Vorentwurf freigegeben", "14.02.2026", "21.02.2026", "21.02.2026", "bezahlt"],
        [2, "Entwurf freigegeben", "24.02.2026", "03.03.2026", "03.03.2026", "bezahlt"],
        [3, "Ausführungsplanung", "16.05.2026", "16.05.2026", None, "offen"],
    ]
    adoption = adopt(book(tmp_path / "zahlungsplan.xlsx", "Zahlungsplan", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert column(table, "Zahlstatus").target is None
    assert best_candidate("Zahlstatus", "milestones") is None
