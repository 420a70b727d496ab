"""The demo's sprint histories (SPEC 16): clean agile projects forecast on time with every
ended sprint's Remaining Points filled; the planted scope creep and falling say/do show
in the figures the Agile sheet and the rules read."""

from __future__ import annotations

from datetime import date

from addin.agile import agile_metrics
from addin.demo.generate import plan_portfolio
from addin.standards import default_standards

AS_OF = date(2026, 11, 26)


def test_clean_agile_histories_are_realistic_and_on_time() -> None:
    standards = default_standards()
    portfolio = plan_portfolio(standards, AS_OF, 30, 2026)
    agile = [p for p in portfolio.plans if p.method != "Waterfall"]
    assert len(agile) >= 10
    for plan in agile:
        if any(k.kind in {"scope_creep", "falling_say_do"} for k in plan.planted):
            continue
        header = plan.data.header
        m = agile_metrics(
            plan.data.iterations, AS_OF, standards.agile, planned_end=header.planned_end_date
        )
        assert m.ended >= 1, plan.name
        assert all(it.remaining_points is not None for it in m.window), plan.name
        assert m.say_do is not None and 0.85 <= m.say_do <= 1.02, plan.name
        assert m.forecast_finish is not None and m.days_late is not None and m.days_late <= 0, (
            plan.name
        )
        remaining = [it.remaining_points or 0 for it in m.window]
        assert remaining == sorted(remaining, reverse=True), plan.name  # the backlog burns down


def test_the_planted_patterns_are_what_the_agile_sheet_shows() -> None:
    standards = default_standards()
    portfolio = plan_portfolio(standards, AS_OF, 30, 2026)
    by_kind = {k.kind: p for p in portfolio.plans for k in p.planted}
    creep, falling = by_kind["scope_creep"], by_kind["falling_say_do"]
    assert creep is not falling  # two different projects in the 30-project demo
    m = agile_metrics(
        creep.data.iterations,
        AS_OF,
        standards.agile,
        planned_end=creep.data.header.planned_end_date,
    )
    rising = [it.remaining_points or 0 for it in m.window]
    assert rising == sorted(rising) and len(set(rising)) == 3
    assert m.days_late is not None and m.days_late > standards.agile.late_threshold_days
    f = agile_metrics(falling.data.iterations, AS_OF, standards.agile)
    assert f.say_do is not None and f.say_do < standards.agile.say_do_threshold
    done = [it.completed_points or 0 for it in f.window]
    assert done == sorted(done, reverse=True)  # less each sprint
