"""Agile delivery (SPEC 16): the figures computed by hand from a sprint history, and rules
ITR-101..105, each with a history that breaks it and a near miss that does not."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from rules_support import AS_OF, cell, check, good_header, make_result, only
from sprint_history import FIRST, sprint_history

from addin.agile import agile_metrics, portfolio_agile, project_metrics
from addin.models import Iteration, ProjectData
from addin.standards import default_standards, standards_from_text


def history(rows: list[tuple[float, float | None, float, float | None]]) -> list[Iteration]:
    """Sprints of 14 days from FIRST, read from row 5 (the Iterations sheet's first data row)."""
    return sprint_history(rows, first_row=5)


# Sprint 8 ends 2026-11-29, the day before AS_OF.
STEADY = [(30, 28, 2, 250), (30, 30, 0, 220), (32, 29, 3, 194), (30, 30, 0, 164),
          (30, 27, 1, 138), (30, 30, 2, 110), (32, 24, 5, 91), (30, 27, 3, 67)]  # fmt: skip


def test_figures_are_spec_16_computed_by_hand() -> None:
    m = agile_metrics(
        history(STEADY), AS_OF, default_standards().agile, planned_end=date(2027, 1, 31)
    )
    # last 3 ended: sprints 6, 7, 8 -> completed 30, 24, 27; committed 30, 32, 30; added 2, 5, 3
    assert m.ended == 8 and [it.iteration for it in m.window] == [
        "Sprint 6",
        "Sprint 7",
        "Sprint 8",
    ]
    assert m.velocity == 27
    assert m.say_do == pytest.approx(81 / 92)
    assert m.scope_change == pytest.approx(10 / 92)
    # 67 left / 27 = 2.48 -> 3 sprints x 14 days after 2026-11-29
    assert m.forecast_finish == date(2026, 11, 29) + timedelta(days=42)
    assert m.forecast_optimistic == date(2026, 11, 29) + timedelta(days=42)  # 67 / 30 -> 3
    assert m.forecast_pessimistic == date(2026, 11, 29) + timedelta(days=42)  # 67 / 24 -> 3
    assert m.days_late == (date(2027, 1, 10) - date(2027, 1, 31)).days == -21
    assert m.reason is None
    assert m.history == (28, 30, 29, 30, 27, 30, 24, 27)


def test_say_do_and_scope_change_leave_out_a_sprint_whose_commitment_is_unknown() -> None:
    """Sprint 8's Committed Points is blank (or text the reader could not read): ITR-005
    says its say/do cannot be judged, so its 27 completed points must not count against
    nothing (81 / 62 = 1.31 made the team look over-delivering); velocity still counts it."""
    rows = [*STEADY[:7], (None, 27, 3, 67)]
    m = agile_metrics(history(rows), AS_OF, default_standards().agile)  # type: ignore[arg-type]
    assert m.velocity == 27
    assert m.say_do == pytest.approx(54 / 62)  # sprints 6 and 7 only
    assert m.scope_change == pytest.approx(7 / 62)
    only_unknown = [*STEADY[:5], (None, 30, 2, 110), (None, 24, 5, 91), (None, 27, 3, 67)]
    m = agile_metrics(history(only_unknown), AS_OF, default_standards().agile)  # type: ignore[arg-type]
    assert m.say_do is None and m.scope_change is None and m.velocity == 27
    low = [*STEADY[:5], (30, 15, 0, 120), (30, 15, 0, 101), (None, 40, 0, 81)]
    found = only(check(make_result(agile_header(), iterations=history(low))), "ITR-101")  # type: ignore[arg-type]
    assert "say/do 0.50 over Sprint 6 to Sprint 8 (30 of 60 committed points" in found[0].message


def test_only_iterations_ended_by_the_as_of_date_count_and_row_order_does_not_matter() -> None:
    sprints = history(STEADY)
    shuffled = [sprints[7], *sprints[:7]]
    m = agile_metrics(shuffled, date(2026, 11, 28), default_standards().agile)
    # sprint 8 ends 2026-11-29: not ended on 2026-11-28, so sprints 5-7 are the window
    assert [it.iteration for it in m.window] == ["Sprint 5", "Sprint 6", "Sprint 7"]
    assert m.velocity == pytest.approx(27)
    assert m.forecast_finish == date(2026, 11, 15) + timedelta(days=4 * 14)  # 91 / 27 -> 4
    assert m.forecast_optimistic == date(2026, 11, 15) + timedelta(days=4 * 14)  # 91 / 30 -> 4
    assert m.forecast_pessimistic == date(2026, 11, 15) + timedelta(days=4 * 14)  # 91 / 24 -> 4


def test_the_window_comes_from_the_standards() -> None:
    st = standards_from_text("[agile]\nlast_n = 5\n")
    m = agile_metrics(history(STEADY), AS_OF, st.agile)
    assert m.velocity == pytest.approx((30 + 27 + 30 + 24 + 27) / 5)


def test_no_forecast_says_why_and_makes_up_no_date() -> None:
    agile = default_standards().agile
    missing = agile_metrics(history([*STEADY[:7], (30, 27, 3, None)]), AS_OF, agile)
    assert missing.forecast_finish is None and missing.forecast_pessimistic is None
    assert missing.reason == (
        "no forecast: Remaining Points is empty on Sprint 8, the last ended iteration; fill it"
    )
    assert missing.velocity == 27  # the other figures are still there
    v1_rows = [(30, 28, 2, None), (30, 30, 0, None)]
    v1 = agile_metrics(history(v1_rows), AS_OF, agile, remaining_column=False)
    assert v1.forecast_finish is None and "template version 1" in (v1.reason or "")
    stalled = agile_metrics(history([(20, 0, 0, 80)] * 3), AS_OF, agile)
    assert stalled.forecast_finish is None and stalled.velocity == 0
    assert stalled.reason == "no forecast: velocity is 0 over the last 3 ended iteration(s)"
    none = agile_metrics(history(STEADY), FIRST, agile)
    assert none.ended == 0 and none.forecast_finish is None
    assert none.reason == "no iteration has ended (with Completed Points) on or before 2026-08-10"
    zero_low = agile_metrics(
        history([(20, 0, 0, 80), (20, 20, 0, 60), (20, 20, 0, 40)]), AS_OF, agile
    )
    assert zero_low.forecast_finish is not None and zero_low.forecast_pessimistic is None
    assert zero_low.notes == (
        "no pessimistic date: the lowest velocity of the window is 0",
        "no Planned End Date on the Project sheet: days late cannot be judged",
    )
    assert zero_low.days_late is None


def test_waterfall_projects_get_no_figures_and_the_portfolio_line_counts_late_ones() -> None:
    st = default_standards()
    waterfall = ProjectData(
        header=good_header(delivery_method="Waterfall"), iterations=history(STEADY)
    )
    assert project_metrics(waterfall, st, AS_OF) is None
    on_time = agile_metrics(history(STEADY), AS_OF, st.agile, planned_end=date(2027, 1, 31))
    late = agile_metrics(history(STEADY), AS_OF, st.agile, planned_end=date(2026, 12, 1))
    line = portfolio_agile([on_time, late, agile_metrics([], AS_OF, st.agile)], st)
    assert (line.projects, line.with_forecast, line.forecast_late, line.late_beyond_threshold) == (
        3,
        2,
        1,
        1,
    )
    assert line.median_say_do == pytest.approx(81 / 92)


def agile_header(**changes: Any) -> Any:
    data: dict[str, Any] = {"delivery_method": "Agile", "planned_end_date": date(2027, 1, 31)}
    data.update(changes)
    return good_header(**data)


def test_a_steady_agile_project_breaks_no_rule() -> None:
    assert check(make_result(agile_header(), iterations=history(STEADY))) == []


def test_itr_101_say_do_below_threshold_points_at_the_last_completed_cell() -> None:
    falling = [*STEADY[:5], (30, 22, 0, 120), (30, 19, 0, 101), (30, 20, 0, 81)]
    found = only(check(make_result(agile_header(), iterations=history(falling))), "ITR-101")
    assert [(f.sheet, f.cell, f.severity) for f in found] == [
        ("Iterations", cell("iterations", 12, "completed_points"), "warning")
    ]
    span = f"Iterations!{cell('iterations', 10, 'completed_points')}:{cell('iterations', 12, 'completed_points')}"
    assert found[0].message == (
        f"Sprint 8: say/do 0.68 over Sprint 6 to Sprint 8 (61 of 90 committed points "
        f"completed, {span}) is below 0.7; commit to what the team delivers"
    )
    near = [*STEADY[:5], (30, 22, 0, 120), (30, 20, 0, 100), (30, 21, 0, 79)]  # 63/90 = 0.70
    assert only(check(make_result(agile_header(), iterations=history(near))), "ITR-101") == []


def test_itr_102_forecast_beyond_the_late_threshold() -> None:
    # forecast 2027-01-10; planned end 2026-12-26 -> 15 days late (threshold 14)
    late = check(
        make_result(agile_header(planned_end_date=date(2026, 12, 26)), iterations=history(STEADY))
    )
    found = only(late, "ITR-102")
    assert [(f.cell, f.value) for f in found] == [
        (cell("iterations", 12, "remaining_points"), date(2027, 1, 10))
    ]
    assert (
        "forecast finish 2027-01-10 (67 points left at velocity 27) is 15 days after the "
        "Planned End Date 2026-12-26 (more than 14)" in found[0].message
    )
    near = check(
        make_result(agile_header(planned_end_date=date(2026, 12, 27)), iterations=history(STEADY))
    )
    assert only(near, "ITR-102") == []


def test_itr_103_no_iteration_in_the_last_30_days() -> None:
    stale = history(STEADY[:5])  # sprint 5 ended 2026-10-18: 43 days before AS_OF
    found = only(check(make_result(agile_header(), iterations=stale)), "ITR-103")
    assert [(f.cell, f.value) for f in found] == [
        (cell("iterations", 9, "end"), date(2026, 10, 18))
    ]
    assert (
        "the last iteration ended 2026-10-18, 43 days before 2026-11-30 (more than 30)"
        in found[0].message
    )
    near = history(STEADY[:5])
    near[-1].end = date(2026, 10, 31)  # 30 days before: within the window
    assert only(check(make_result(agile_header(), iterations=near)), "ITR-103") == []
    # none at all, in Delivery: said on the sheet; in Planning, or hybrid: not expected
    empty = only(check(make_result(agile_header(), iterations=[])), "ITR-103")
    assert [(f.sheet, f.cell) for f in empty] == [("Iterations", None)]
    assert (
        only(check(make_result(agile_header(stage="Planning"), iterations=stale)), "ITR-103") == []
    )
    assert (
        only(
            check(make_result(agile_header(delivery_method="Hybrid"), iterations=stale)), "ITR-103"
        )
        == []
    )


def test_itr_104_remaining_points_rising_over_three_iterations() -> None:
    creep = [*STEADY[:5], (30, 27, 20, 140), (30, 28, 25, 150), (30, 26, 30, 160)]
    found = only(check(make_result(agile_header(), iterations=history(creep))), "ITR-104")
    assert [(f.cell, f.value) for f in found] == [(cell("iterations", 12, "remaining_points"), 160)]
    assert "Remaining Points rose over Sprint 6 to Sprint 8: 140, 150, 160" in found[0].message
    flat = [*STEADY[:5], (30, 27, 20, 140), (30, 28, 25, 150), (30, 26, 30, 150)]
    assert only(check(make_result(agile_header(), iterations=history(flat))), "ITR-104") == []


def test_itr_105_no_forecast_is_an_info_finding_with_the_reason() -> None:
    missing = history([*STEADY[:7], (30, 27, 3, None)])
    found = only(check(make_result(agile_header(), iterations=missing)), "ITR-105")
    assert [(f.cell, f.severity) for f in found] == [
        (cell("iterations", 12, "remaining_points"), "info")
    ]
    assert found[0].message.endswith(
        "Remaining Points is empty on Sprint 8, the last ended iteration; fill it"
    )


def test_thresholds_and_severities_come_from_the_standards() -> None:
    falling = [*STEADY[:5], (30, 22, 0, 120), (30, 19, 0, 101), (30, 20, 0, 81)]
    strict = standards_from_text('[agile]\nsay_do_threshold = 0.6\n[rules]\n"ITR-104" = "off"\n')
    assert (
        only(check(make_result(agile_header(), iterations=history(falling)), strict), "ITR-101")
        == []
    )
    loud = standards_from_text('[rules]\n"ITR-101" = "error"\n')
    found = only(check(make_result(agile_header(), iterations=history(falling)), loud), "ITR-101")
    assert [f.severity for f in found] == ["error"]
