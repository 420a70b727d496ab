"""Round 30 of issue 15 (task qt30): registers and trackers kept by people who quantify.
Each rule tried on small workbooks written for these tests (none is a benchmark layout),
with a near-miss that must not fire:

1. **a "Target" assessment is the residual one**: ``Target Likelihood`` / ``Target Impact``
   beside ``Current Likelihood`` / ``Current Impact`` fill the residual probability and
   impact, as ``Target Probability`` already did; and a ``Target Expected Value`` of dollar
   amounts is never a due date (``Target`` alone, or ``Target Date``, still is);
2. **earned-value figures are no measure**: a tracker's rows ``BCWS | BCWP | ACWP | SPI |
   CPI | EAC`` under each control account, months across, read the planned value as the
   budget and the actual cost as the actual; the index rows are listed with what they are,
   never summed into the budget; ``Forecast (EAC)`` is still a forecast;
3. **a quantified column left out says what it is**: an EMV, an impact in money or days,
   a three-point estimate, a P50 / P80 / P90, a float, an issue's cost to fix and days
   lost, CPI and SPI columns (before: "no standard column matches", or "a total" for
   ``Total Float``).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, best_candidate, book, column, field, finance_by_line, only, targets

from addin.adopt.finance import derived_figure
from addin.adopt.quantities import figure_reason

PEOPLE = ["Maria Santos", "Jose Reyes", "Andrea Villanueva", "Paolo Mendoza", "Liam Fraser"]
RISKS = [
    "Boiler feed pump delivery slips by a quarter",
    "Typhoon season floods the coal yard",
    "Grid code compliance test fails",
    "Turbine field engineers unavailable",
    "Cooling water intake silts up",
]


def _risk_rows(head: list[str], cells: list[list[object]]) -> list[list[object]]:
    rows: list[list[object]] = [["Unit 3 Life Extension - Risk Register (USD)"], [], head]
    for n, title in enumerate(RISKS):
        rows.append([f"R{n + 1:02d}", title, PEOPLE[n], *cells[n], "Open"])
    return rows


# --- rule 1: a Target assessment -------------------------------------------------------


def test_target_likelihood_and_impact_are_the_residual_ones(tmp_path: Path) -> None:
    head = ["Risk No", "Risk Event", "Risk Owner", "Current Likelihood", "Current Impact"]
    head += ["Response", "Target Likelihood", "Target Impact", "Risk Status"]
    cells: list[list[object]] = [
        [4, 5, "Spares on site", 2, 3],
        [3, 4, "Raise the bund", 1, 4],
        [5, 3, "Witness tests", 3, 2],
        [2, 2, "Second vendor", 1, 1],
        [4, 4, "Dredge the intake", 2, 2],
    ]
    adoption = adopt(book(tmp_path / "ct.xlsx", "Risk Register", _risk_rows(head, cells)))
    mapped = targets(only(adoption))
    assert mapped["Current Likelihood"] == "probability"
    assert mapped["Current Impact"] == "impact"
    assert mapped["Target Likelihood"] == "residual_probability"
    assert mapped["Target Impact"] == "residual_impact"
    assert field(adoption, "risks", "residual_probability") == [2.0, 1.0, 3.0, 1.0, 2.0]
    assert field(adoption, "risks", "residual_impact") == [3.0, 4.0, 2.0, 1.0, 2.0]


def test_current_and_target_group_labels_over_scale_letters(tmp_path: Path) -> None:
    # "Current" over P | I | Score and "Target" over P | I | Score: each letter folded
    # with its group label ("Target P") is the residual scale, never a target date
    rows: list[list[object]] = [
        ["Unit 3 Life Extension - Risk Register"],
        [None, None, None, "Current", None, None, None, "Target", None, None],
        ["Ref", "Risk", "Owner", "P", "I", "Score", "Actions", "P", "I", "Score", "Status"],
    ]
    scores = [(4, 5, 2, 3), (3, 4, 1, 4), (5, 3, 3, 2), (2, 2, 1, 1), (4, 4, 2, 2)]
    for n, (cp, ci, tp, ti) in enumerate(scores):
        rows.append(
            [f"R{n + 1}", RISKS[n], PEOPLE[n], cp, ci, cp * ci, "Act", tp, ti, tp * ti, "Open"]
        )
    path = book(tmp_path / "letters.xlsx", "Risks", rows, merged=("D2:F2", "H2:J2"))
    adoption = adopt(path)
    table = only(adoption)
    assert [c.target for c in table.columns][3:5] == ["probability", "impact"]
    assert [c.target for c in table.columns][7:9] == ["residual_probability", "residual_impact"]
    assert field(adoption, "risks", "probability") == [4.0, 3.0, 5.0, 2.0, 4.0]
    assert field(adoption, "risks", "residual_probability") == [2.0, 1.0, 3.0, 1.0, 2.0]
    assert field(adoption, "risks", "residual_impact") == [3.0, 4.0, 2.0, 1.0, 2.0]
    assert field(adoption, "risks", "due_date") == [None] * 5


def test_scale_letters_after_a_qualifier_and_their_near_misses() -> None:
    assert best_candidate("Target P", "risks") == ("residual_probability", 1.0)
    assert best_candidate("Target C (1-5)", "risks") == ("residual_impact", 1.0)
    assert best_candidate("Current P", "risks") == ("probability", 1.0)
    # a letter only where the header ends with it: a word starting with it is no scale
    assert best_candidate("Post Code", "risks") != ("residual_impact", 1.0)
    assert best_candidate("Current Status", "risks") == ("status", 1.0)


def test_target_expected_value_in_dollars_is_no_due_date(tmp_path: Path) -> None:
    # dollar amounts that fall in Excel's date range (45,000 is a day of 2023)
    head = ["Risk No", "Risk Event", "Risk Owner", "Likelihood", "Impact", "Response"]
    head += ["Target Expected Value", "Risk Status"]
    cells: list[list[object]] = [
        [4, 5, "Spares on site", 45200],
        [3, 4, "Raise the bund", 44100],
        [5, 3, "Witness tests", 46050],
        [2, 2, "Second vendor", 43800],
        [4, 4, "Dredge the intake", 45900],
    ]
    adoption = adopt(book(tmp_path / "tev.xlsx", "Risk Register", _risk_rows(head, cells)))
    assert targets(only(adoption))["Target Expected Value"] is None
    assert field(adoption, "risks", "due_date") == [None] * 5


def test_target_alone_and_target_date_are_still_due_dates() -> None:
    # near-miss: only "Target" before a risk scale is the residual qualifier
    assert best_candidate("Target Date", "risks") == ("due_date", 1.0)
    assert best_candidate("Target", "risks") == ("due_date", 1.0)
    assert best_candidate("Target Resolution Date", "issues") == ("due_date", 1.0)
    assert best_candidate("Target Likelihood", "risks") == ("residual_probability", 1.0)
    assert best_candidate("Target Risk Score", "risks") == ("residual_score", 1.0)
    assert best_candidate("Target Rating", "risks") == ("rating", 0.75)


def test_an_emv_after_mitigation_is_no_residual_impact() -> None:
    # before: "post mitigation emv" was read by likeness as "post mitigation impact"
    assert best_candidate("Post-mitigation EMV", "risks") is None
    assert best_candidate("Expected Value", "risks") == ("score", 1.0)
    assert best_candidate("Post-mitigation Impact", "risks") == ("residual_impact", 1.0)


def test_an_estimate_at_completion_column_is_no_budget(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Control Account", "Period", "Planned Value", "Actual Cost", "Estimate at Completion"]
    ]
    for line, base in (("CA-100 Guideway", 100_000.0), ("CA-200 Stations", 250_000.0)):
        for m in (1, 2, 3):
            rows.append([line, date(2026, m, 1), base * m, base * m * 1.1, base * 7.7])
    adoption = adopt(book(tmp_path / "eac.xlsx", "EVM", rows))
    table = only(adoption)
    assert targets(table)["Estimate at Completion"] is None
    assert "estimate at completion" in column(table, "Estimate at Completion").note.casefold()
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 2, 1), "CA-200 Stations")].budget == 500_000.0
    assert lines[(date(2026, 2, 1), "CA-200 Stations")].actual == 550_000.0
    assert best_candidate("Estimate to Complete (ETC)", "finance") == ("forecast", 1.0)


# --- rule 2: earned-value figures -------------------------------------------------------


def test_earned_value_rows_read_planned_value_and_actual_cost(tmp_path: Path) -> None:
    months = [date(2026, 4, 1), date(2026, 5, 1), date(2026, 6, 1)]
    rows: list[list[object]] = [
        ["Newhaven Tram Extension - Earned Value Report"],
        [],
        ["Work Package", "Metric", *months],
    ]
    for line, base in (("WP1 Civils", 100_000.0), ("WP2 Track", 300_000.0)):
        rows += [
            [line, "BCWS", base, base * 2, base * 3],
            [line, "BCWP", base * 0.9, base * 1.8, None],
            [line, "ACWP", base * 1.1, base * 2.2, None],
            [line, "SPI", 0.9, 0.9, None],
            [line, "CPI", 0.82, 0.82, None],
            [line, "EAC", base * 7.3, base * 7.3, None],
        ]
    adoption = adopt(book(tmp_path / "ev.xlsx", "Earned Value", rows))
    table = only(adoption)
    assert table.register == "finance"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 5, 1), "WP2 Track")].budget == 600_000.0
    assert lines[(date(2026, 5, 1), "WP2 Track")].actual == 660_000.0
    assert lines[(date(2026, 6, 1), "WP1 Civils")].budget == 300_000.0
    assert lines[(date(2026, 6, 1), "WP1 Civils")].actual is None
    reasons = " | ".join(issue.reason for issue in table.skipped_rows)
    assert "an earned-value figure ('CPI')" in reasons
    assert "an earned-value figure ('EAC')" in reasons
    assert "earned value (BCWP / EV)" in reasons


def test_forecast_named_eac_is_still_a_forecast() -> None:
    # near-miss: a measure word beside the figure's name says the measure
    assert derived_figure("CPI") and derived_figure("EAC") and derived_figure("Cost Variance")
    assert not derived_figure("Forecast (EAC)")
    assert not derived_figure("BCWS")


# --- rule 3: what a quantified column left out is -----------------------------------


def test_quantified_risk_columns_left_out_say_what_they_are(tmp_path: Path) -> None:
    head = ["Risk No", "Risk Event", "Risk Owner", "Probability (%)", "Cost Impact (£k)"]
    head += ["Schedule Impact (days)", "EMV (£k)", "P80 (£k)", "Mitigation", "Status"]
    cells: list[list[object]] = [
        [35, 120, 14, 42, 150, "Spares on site"],
        [15, 400, 30, 60, 480, "Raise the bund"],
        [60, 80, 5, 48, 95, "Witness tests"],
        [25, 200, 0, 50, 260, "Second vendor"],
        [85, 50, 21, 42.5, 55, "Dredge the intake"],
    ]
    adoption = adopt(book(tmp_path / "emv.xlsx", "Risk Register", _risk_rows(head, cells)))
    table = only(adoption)
    assert field(adoption, "risks", "probability") == [3.0, 2.0, 4.0, 2.0, 5.0]
    # round 31: the standards' impact_money_bands band a money impact onto 1-5 (120 £k
    # = 120,000: up to 250,000 is 3); with no bands it is left out as before (the round 31
    # test file's `test_no_bands_in_the_standards_leave_a_money_impact_unread`)
    assert field(adoption, "risks", "impact") == [3.0, 4.0, 3.0, 3.0, 2.0]
    assert column(table, "Cost Impact (£k)").target == "impact"
    assert "impact_money_bands" in (column(table, "Cost Impact (£k)").note or "") or any(
        "impact_money_bands" in n for n in table.notes
    )
    assert "an impact in days" in column(table, "Schedule Impact (days)").note
    assert "expected monetary value" in column(table, "EMV (£k)").note
    assert "quantitative risk analysis" in column(table, "P80 (£k)").note


def test_float_and_issue_costs_left_out_say_what_they_are() -> None:
    assert "float" in (figure_reason("Total Float (days)", "milestones") or "")
    assert "cost or time figure" in (figure_reason("Cost to Fix (€)", "issues") or "")
    assert "cost or time figure" in (figure_reason("Days Lost", "issues") or "")
    assert "earned-value figure" in (figure_reason("CPI", "finance") or "")
    # near-misses: a 1-5 impact, a plain score, a date, a finance column, a total
    assert figure_reason("Impact", "risks") is None
    assert figure_reason("Impact (1-5)", "risks") is None
    assert figure_reason("Risk Score", "risks") is None
    assert figure_reason("Baseline Finish", "milestones") is None
    assert figure_reason("Budget", "finance") is None
    assert figure_reason("Total", "finance") is None
