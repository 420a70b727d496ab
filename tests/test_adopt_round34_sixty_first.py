"""Round 34: tuning on the sixty-first batch (finance trackers of every shape, round 33's
held-out, promoted).

Each rule is a habit of the KIND, tried on workbooks of its own in two or three forms, with
the near-miss it must not fire on (docs/adopt.md, "Round 34: tuning on the sixty-first
batch (finance trackers, round 33's held-out)"):

1. **an ERP's activity beside a cost element of standard categories**: of two columns both
   read as the cost line, the one whose every value is a standard category (``Cost
   element``, ``Account``, ``Resource`` over Labour / Hardware / Travel) is the category, the
   one naming what was bought (``Project activity``, ``Task``, ``Work package``) the line;
   near-misses: a tracker kept by category alone (its categories stay its lines), an
   element with a word no category is, two columns of categories;
2. **a long export's commitments beside its measures**: a measure column listing
   ``Commitment`` / ``Open PO`` / ``Accrual`` rows beside Budget / Actual / Forecast is still
   the measure column, those rows listed and not counted; near-misses: one measure among
   commitments, an unknown word;
3. **the projection is the forecast** (``Projection``, ``Proyección``, ``Proyectado``,
   ``Projeção``, ``Proiezione``); ``Proyecto`` (the project) is none.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from adopt_sheets import adopt, book, finance_by_line, only, targets

from addin.adopt.finance import other_figure
from addin.adopt.match import candidates

MONTHS = [datetime(2026, 3, 1), datetime(2026, 4, 1), datetime(2026, 5, 1)]

# --- 1. an ERP's activity beside a cost element of standard categories -------------------


def _long(
    tmp: Path, head: list[str], lines: list[tuple[str, str]], line_first: bool = True
) -> Path:
    """A long table: month, the line and its category (in ``head``'s order), budget, actual."""
    rows: list[list[object]] = [["Project cost by period (EUR)"], [], head]
    for m, month in enumerate(MONTHS):
        for n, (line, sort) in enumerate(lines):
            pair = [line, sort] if line_first else [sort, line]
            rows.append([month, *pair, 1000.0 * (n + 1) + m, 900.0 * (n + 1) + m])
    return book(tmp / "long.xlsx", "Project Cost", rows)


def test_activity_beside_cost_element_of_categories(tmp_path: Path) -> None:
    lines = [("Site engineering team", "Labour"), ("Control system", "Software")]
    lines += [("Dust filters", "Hardware")]
    head = ["Period", "Project activity", "Cost element", "Budget", "Actual"]
    adoption = adopt(_long(tmp_path, head, lines))
    got = targets(only(adoption))
    assert got["Project activity"] == "cost_line" and got["Cost element"] == "category"
    rows = finance_by_line(adoption)
    line = rows[(date(2026, 4, 1), "Control system")]
    assert line.category == "Software" and line.budget == 2001.0 and line.actual == 1801.0
    assert len(rows) == 9


def test_account_of_categories_left_of_task(tmp_path: Path) -> None:
    # the category first, both headers read as the line for certain (``Account``, ``Task``)
    lines = [("Survey", "Contractors"), ("Site visits", "Travel"), ("Design team", "Labor")]
    head = ["Month", "Account", "Task", "Budget", "Actual"]
    adoption = adopt(_long(tmp_path, head, lines, line_first=False))
    got = targets(only(adoption))
    assert got["Task"] == "cost_line" and got["Account"] == "category"
    line = finance_by_line(adoption)[(date(2026, 3, 1), "Design team")]
    assert line.category == "Labour" and line.budget == 3000.0


def test_work_package_beside_resource_of_categories(tmp_path: Path) -> None:
    lines = [("WP1 Requirements", "Services"), ("WP2 Build", "Labour")]
    lines += [("WP3 Servers", "Hardware")]
    head = ["Month", "Work package", "Resource", "Budget", "Actual"]
    adoption = adopt(_long(tmp_path, head, lines))
    got = targets(only(adoption))
    assert got["Work package"] == "cost_line" and got["Resource"] == "category"
    assert finance_by_line(adoption)[(date(2026, 5, 1), "WP3 Servers")].category == "Hardware"


def test_near_miss_a_tracker_kept_by_category_alone(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Costs (EUR)"], [], ["Period", "Cost element", "Budget"]]
    rows += [[m, sort, 500.0] for m in MONTHS for sort in ("Labour", "Hardware")]
    adoption = adopt(book(tmp_path / "bycat.xlsx", "Costs", rows))
    assert targets(only(adoption))["Cost element"] == "cost_line"
    assert (date(2026, 3, 1), "Hardware") in finance_by_line(adoption)


def test_near_miss_an_element_no_category_is(tmp_path: Path) -> None:
    lines = [("Site engineering team", "Labour"), ("Control system", "Consumables")]
    head = ["Period", "Project activity", "Cost element", "Budget", "Actual"]
    got = targets(only(adopt(_long(tmp_path, head, lines))))
    assert got["Cost element"] != "category"


def test_near_miss_two_columns_of_categories(tmp_path: Path) -> None:
    lines = [("Labour", "Labour"), ("Hardware", "Software")]
    head = ["Period", "Activity", "Cost element", "Budget", "Actual"]
    got = targets(only(adopt(_long(tmp_path, head, lines))))
    assert "category" not in got.values()


# --- 2. a long export's commitments beside its measures ----------------------------------


def _export(tmp: Path, head: list[str], kinds: list[list[str]]) -> Path:
    """A long export: period, code, the row's measure word, its amount; ``kinds`` per month."""
    rows: list[list[object]] = [["Job cost export"], ["Currency: USD"], [], head]
    for m, month in enumerate(MONTHS):
        for code in ("100 Earthworks", "200 Track"):
            for k, kind in enumerate(kinds[m]):
                rows.append([month, code, kind, 10000.0 * (k + 1) + m])
    return book(tmp / "export.xlsx", "Export", rows)


def test_commitment_rows_beside_budget_actual_forecast(tmp_path: Path) -> None:
    kinds = [["Budget", "Actual", "Commitment"], ["Budget", "Actual"]]
    kinds += [["Budget", "Forecast", "Commitment"]]
    adoption = adopt(_export(tmp_path, ["Fiscal Period", "Cost Code", "Type", "Amount"], kinds))
    table = only(adoption)
    got = targets(table)
    assert got["Type"] == "measure" and got["Amount"] == "amount"
    line = finance_by_line(adoption)[(date(2026, 3, 1), "100 Earthworks")]
    assert line.budget == 10000.0 and line.actual == 20000.0
    last = finance_by_line(adoption)[(date(2026, 5, 1), "200 Track")]
    assert last.forecast == 20002.0 and last.actual is None
    assert any("Commitment" in issue.reason for issue in table.skipped_rows)


def test_open_po_and_accrual_rows_beside_plan_and_actual(tmp_path: Path) -> None:
    kinds = [["Plan", "Actual", "Open PO"], ["Plan", "Actual", "Accrual"], ["Plan", "Open PO"]]
    head = ["Period", "WBS description", "Version", "Value"]
    adoption = adopt(_export(tmp_path, head, kinds))
    assert targets(only(adoption))["Version"] == "measure"
    rows = finance_by_line(adoption)
    assert rows[(date(2026, 4, 1), "200 Track")].actual == 20001.0
    assert rows[(date(2026, 5, 1), "100 Earthworks")].budget == 10002.0
    assert rows[(date(2026, 5, 1), "100 Earthworks")].actual is None


def test_other_figure_words() -> None:
    for word in ("Commitment", "Committed", "Open PO", "Open orders", "On order", "Accruals"):
        assert other_figure(word), word
    for word in ("Budget", "Actual", "Forecast", "Purchase order budget", "Order"):
        assert not other_figure(word), word


def test_near_miss_one_measure_among_commitments(tmp_path: Path) -> None:
    kinds = [["Actual", "Commitment"]] * 3
    adoption = adopt(_export(tmp_path, ["Period", "Cost Code", "Type", "Amount"], kinds))
    assert "measure" not in targets(only(adoption)).values()


def test_near_miss_an_unknown_word_among_measures(tmp_path: Path) -> None:
    kinds = [["Budget", "Actual", "Retention"]] * 3
    adoption = adopt(_export(tmp_path, ["Period", "Cost Code", "Type", "Amount"], kinds))
    assert "measure" not in targets(only(adoption)).values()


# --- 3. the projection is the forecast ---------------------------------------------------


def test_projection_words_are_the_forecast() -> None:
    for header in ("Projection", "Cost projection", "Proyección", "Proyectado", "Projeção"):
        found = candidates(header, "finance")
        assert found and found[0].column_key == "forecast", header
    for header in ("Proiezione", "Projetado"):
        assert candidates(header, "finance")[0].column_key == "forecast", header
    for header in ("Proyecto", "Projeto", "Project"):
        assert all(c.column_key != "forecast" for c in candidates(header, "finance")), header


def test_spanish_tracker_with_a_projection(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Ampliación de planta"], []]
    rows.append(["Mes", "Partida", "Presupuesto", "Real", "Proyectado", "Observaciones"])
    rows.append([MONTHS[0], "Alambiques", "S/ 1,000.00", "S/ 950.00", None, "ok"])
    rows.append([MONTHS[1], "Alambiques", "S/ 1,200.00", None, "S/ 1,250.00", None])
    rows.append([MONTHS[2], "Alambiques", "S/ 1,100.00", None, "S/ 1,300.50", None])
    adoption = adopt(book(tmp_path / "es.xlsx", "Control", rows))
    assert targets(only(adoption))["Proyectado"] == "forecast"
    assert finance_by_line(adoption)[(date(2026, 5, 1), "Alambiques")].forecast == 1300.5


def test_portuguese_tracker_with_a_projection(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Obra - controle de custos"], []]
    rows.append(["Mês", "Rubrica", "Orçamento", "Realizado", "Projeção"])
    rows.append([MONTHS[0], "Fundações", 1000.0, 990.0, None])
    rows.append([MONTHS[1], "Fundações", 1000.0, None, 1100.0])
    adoption = adopt(book(tmp_path / "pt.xlsx", "Custos", rows))
    assert targets(only(adoption))["Projeção"] == "forecast"
    assert finance_by_line(adoption)[(date(2026, 4, 1), "Fundações")].forecast == 1100.0


# --- 4. (round 33's leftover) a CapEx / OpEx column in legacy or local words -------------


def _split(tmp: Path, head: list[str], words: tuple[str, str]) -> Path:
    rows: list[list[object]] = [["Tracker"], [], head]
    rows += [[m, f"Line {n}", words[n % 2], 100.0, 90.0] for m in MONTHS for n in range(3)]
    return book(tmp / "split.xlsx", "Costs", rows)


def test_capital_operating_under_type(tmp_path: Path) -> None:
    head = ["Month", "Cost line", "Type", "Budget", "Actual"]
    adoption = adopt(_split(tmp_path, head, ("Capital", "Operating")))
    assert targets(only(adoption))["Type"] == "capex_opex"
    assert finance_by_line(adoption)[(date(2026, 3, 1), "Line 1")].capex_opex == "OpEx"


def test_investissement_fonctionnement_under_categorie(tmp_path: Path) -> None:
    head = ["Mois", "Poste", "Catégorie", "Budget", "Réalisé"]
    adoption = adopt(_split(tmp_path, head, ("Investissement", "Fonctionnement")))
    assert targets(only(adoption))["Catégorie"] == "capex_opex"
    assert finance_by_line(adoption)[(date(2026, 4, 1), "Line 0")].capex_opex == "CapEx"


def test_inversion_gasto_corriente_under_tipo(tmp_path: Path) -> None:
    head = ["Mes", "Partida", "Tipo", "Presupuesto", "Real"]
    adoption = adopt(_split(tmp_path, head, ("Inversión", "Gasto corriente")))
    assert targets(only(adoption))["Tipo"] == "capex_opex"


def test_near_miss_a_word_of_one_side_that_says_more(tmp_path: Path) -> None:
    # Italian `Esercizio` (the operating side, but also a financial year) is no sure OpEx:
    # the column is not read so. (Round 40, t50c: German `Betrieb` beside `Investition`,
    # this test's first word, is read as OpEx now, as the hundred-and-fourteenth batch's
    # audited truth reads a Swiss cost centre export's `Art`; `Betrieb` stays no header
    # word.)
    head = ["Mese", "Voce", "Tipo", "Budget", "Consuntivo"]
    adoption = adopt(_split(tmp_path, head, ("Investimento", "Esercizio")))
    assert targets(only(adoption))["Tipo"] != "capex_opex"


def test_near_miss_one_side_only(tmp_path: Path) -> None:
    head = ["Month", "Cost line", "Type", "Budget", "Actual"]
    adoption = adopt(_split(tmp_path, head, ("Capital", "Capital")))
    assert targets(only(adoption))["Type"] != "capex_opex"


def test_sap_wbs_element_beside_cost_element(tmp_path: Path) -> None:
    lines = [("Foundations", "Contractors"), ("Control room fit-out", "Hardware")]
    head = ["Period", "WBS element", "Cost element", "Budget", "Actual"]
    adoption = adopt(_long(tmp_path, head, lines))
    got = targets(only(adoption))
    assert got["WBS element"] == "cost_line" and got["Cost element"] == "category"
    assert finance_by_line(adoption)[(date(2026, 3, 1), "Foundations")].category == "Contractors"
