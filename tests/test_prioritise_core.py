"""Prioritisation core: scores, ranks, the exact optimum against brute force, reasons,
and every kind of bad input (SPEC section 13)."""

from __future__ import annotations

import itertools
import random

import pytest

from addin.errors import StandardsError, UsageError
from addin.prioritise.candidates import ETC, FUNDING, Candidate, cost_of
from addin.prioritise.command import parse_budgets
from addin.prioritise.report import to_json
from addin.prioritise.run import prioritise
from addin.prioritise.scoring import Method, ranks
from addin.standards import Standards, standards_from_text

WSJF = Method(
    "wsjf", {"strategic_value": 1.0, "time_criticality": 1.0, "risk_reduction": 1.0}, 1, 5
)


def cand(
    pid: str,
    sv: object = 3,
    tc: object = 3,
    rr: object = 3,
    js: object = 3,
    *,
    cost: float | None = 100.0,
    mandatory: bool = False,
    depends: list[str] | None = None,
    currency: str | None = "GBP",
    portfolio: str | None = "Digital",
) -> Candidate:
    return Candidate(
        project_id=pid,
        portfolio=portfolio,
        currency=currency,
        criteria={
            "strategic_value": sv,
            "time_criticality": tc,
            "risk_reduction": rr,
            "job_size": js,
        },
        mandatory=mandatory,
        cost=cost,
        cost_basis=ETC if cost is not None else None,
        depends_on=depends or [],
    )


def test_wsjf_score_and_value_use_the_cost_of_delay() -> None:
    run = prioritise([cand("A", 5, 4, 3, 2), cand("B", 1, 1, 1, 1)], WSJF, [1000])
    a, b = run.projects
    assert (a.score, a.value) == (6.0, 12.0)  # (5+4+3)/2, cost of delay 12
    assert (b.score, b.value) == (3.0, 3.0)
    assert (a.rank, b.rank) == (1, 2)


def test_weighted_method_score_is_value() -> None:
    method = Method("weighted", {"strategic_value": 3.0, "job_size": -1.0}, 1, 5)
    run = prioritise([cand("A", 5, js=5), cand("B", 4, js=1)], method, [1000])
    assert [p.score for p in run.projects] == [10.0, 11.0]
    assert [p.value for p in run.projects] == [10.0, 11.0]
    assert [p.rank for p in run.projects] == [2, 1]


def test_ties_rank_in_listed_order_like_the_sheet() -> None:
    assert ranks([2.0, 3.0, 2.0, None, 3.0]) == [3, 1, 4, None, 2]
    # equal at Excel's 15 significant digits: a tie, broken by order
    assert ranks([2 / 3 * 3, 2.0000000000000004]) == [1, 2]


def test_missing_and_out_of_scale_criteria_are_listed_never_ranked() -> None:
    run = prioritise(
        [cand("A", None), cand("B", 7), cand("C", "high"), cand("D", 2.5), cand("E")],
        WSJF,
        [1000],
    )
    ranked = {p.project_id: p.rank for p in run.projects}
    assert ranked == {"A": None, "B": None, "C": None, "D": None, "E": 1}
    problems = {p.project_id: p.problems[0] for p in run.invalid}
    assert "Strategic Value is blank" in problems["A"]
    assert "Strategic Value is 7, outside the 1-5 scale" in problems["B"]
    assert "Strategic Value is 'high', not a number" in problems["C"]
    assert "2.5, outside" in problems["D"]
    out = run.outcomes[0]
    assert out.optimal.chosen == {4}
    assert out.reasons[0].startswith("criteria missing or invalid: Strategic Value is blank")


def test_cost_is_funding_requested_else_etc() -> None:
    assert cost_of(250_000.0, 90_000.0) == (250_000.0, FUNDING)
    assert cost_of(None, 90_000.0) == (90_000.0, ETC)
    assert cost_of(None, None) == (None, None)
    run = prioritise([cand("A", cost=None)], WSJF, [10])
    assert "cost unknown" in run.projects[0].problems[0]


def _brute(
    values: list[float],
    costs: list[float],
    budget: float,
    must: set[int],
    deps: list[tuple[int, int]],
) -> float | None:
    best = None
    n = len(values)
    for bits in itertools.product((0, 1), repeat=n):
        if any(not bits[i] for i in must):
            continue
        if any(bits[p] and not bits[q] for p, q in deps):
            continue
        if sum(c for c, b in zip(costs, bits, strict=True) if b) > budget + 1e-9:
            continue
        v = sum(x for x, b in zip(values, bits, strict=True) if b)
        best = v if best is None else max(best, v)
    return best


@pytest.mark.parametrize("seed", range(12))
def test_optimum_equals_brute_force_and_beats_or_ties_greedy(seed: int) -> None:
    rnd = random.Random(seed)
    n = 10
    cands = []
    links: list[tuple[int, int]] = []
    for i in range(n):
        deps = []
        if i > 0 and rnd.random() < 0.3:
            q = rnd.randrange(0, i)
            deps.append(f"P{q}")
            links.append((i, q))
        cands.append(
            cand(
                f"P{i}",
                rnd.randint(1, 5),
                rnd.randint(1, 5),
                rnd.randint(1, 5),
                rnd.randint(1, 5),
                cost=float(rnd.randint(1, 40) * 1000),
                mandatory=(i == 3 and seed % 2 == 0),
                depends=deps,
            )
        )
    budget = 120_000.0
    run = prioritise(cands, WSJF, [budget])
    out = run.outcomes[0]
    values = [p.value or 0.0 for p in run.projects]
    costs = [p.candidate.cost or 0.0 for p in run.projects]
    must = {3} if seed % 2 == 0 else set()
    best = _brute(values, costs, budget, must, links)
    assert out.feasible
    assert out.optimal.value == pytest.approx(best)
    assert out.optimal.cost <= budget
    assert out.greedy.value <= out.optimal.value + 1e-9
    for p, q in links:
        assert p not in out.optimal.chosen or q in out.optimal.chosen
        assert p not in out.greedy.chosen or q in out.greedy.chosen
    for i in range(n):
        assert (i in out.optimal.chosen) == (i not in out.reasons)


def test_greedy_can_be_beaten_and_reasons_say_over_budget() -> None:
    # Greedy takes A (best score), then nothing else fits; B + C are worth more.
    cands = [
        cand("A", 5, 5, 5, 1, cost=60),
        cand("B", 5, 5, 4, 2, cost=50),
        cand("C", 5, 5, 4, 2, cost=50),
    ]
    run = prioritise(cands, WSJF, [100])
    out = run.outcomes[0]
    assert out.greedy.chosen == {0} and out.greedy.value == 15
    assert out.optimal.chosen == {1, 2} and out.optimal.value == 28
    assert (
        out.reasons[0]
        == "over budget: costs 60, only 0 of the budget is left after the optimal selection"
    )
    doc = to_json(run)
    assert isinstance(doc, dict)
    assert doc["selected"] == ["B", "C"]
    assert doc["greedy"] == {"selected": ["A"], "value": 15.0, "cost": 60.0}
    for key in (
        "method",
        "budget",
        "currency",
        "selected",
        "value_selected",
        "cost_selected",
        "greedy",
        "projects",
    ):
        assert key in doc
    assert set(doc["projects"][0]) >= {
        "project_id",
        "score",
        "value",
        "cost",
        "rank",
        "mandatory",
        "selected",
        "reason",
    }


def test_dependency_reason_names_the_unfunded_project() -> None:
    cands = [
        cand("A", 5, 5, 5, 1, cost=10, depends=["B"]),
        cand("B", 1, 1, 1, 5, cost=95),
        cand("C", 3, 3, 3, 3, cost=90),
    ]
    run = prioritise(cands, WSJF, [100])
    out = run.outcomes[0]
    # A alone is not allowed; A + B costs 105 > 100; C (value 9) beats B (3)
    assert out.optimal.chosen == {2}
    assert out.reasons[0] == "depends on B, which is not funded"


def test_mandatory_alone_over_budget_is_said_plainly() -> None:
    cands = [
        cand("A", cost=700, mandatory=True),
        cand("B", cost=500, mandatory=True),
        cand("C", cost=1),
    ]
    run = prioritise(cands, WSJF, [1000, 2000])
    first, second = run.outcomes
    assert not first.feasible and second.feasible
    assert first.message.startswith(
        "the mandatory projects alone cost 1,200, over the budget of 1,000 by 200"
    )
    assert run.infeasible
    assert second.optimal.chosen == {0, 1, 2}


def test_mandatory_needing_an_unusable_project_is_infeasible() -> None:
    cands = [cand("A", mandatory=True, depends=["B"]), cand("B", js=None)]
    run = prioritise(cands, WSJF, [1000])
    assert not run.outcomes[0].feasible
    assert "need B (criteria missing or invalid)" in run.outcomes[0].message


def test_dependency_cycle_is_reported_and_selected_together_or_not_at_all() -> None:
    cands = [
        cand("A", 5, 5, 5, 1, cost=40, depends=["B"]),
        cand("B", 1, 1, 1, 1, cost=40, depends=["A"]),
        cand("C", 2, 2, 2, 1, cost=50),
    ]
    run = prioritise(cands, WSJF, [60, 200])
    assert run.cycles == [[0, 1]]
    small, large = run.outcomes
    assert small.optimal.chosen == {2}
    assert "its dependency cycle: selected together or not at all" in small.reasons[0]
    assert large.optimal.chosen == {0, 1, 2}
    assert small.greedy.chosen == {2}


def test_several_currencies_refused_unless_one_portfolio_leaves_one() -> None:
    cands = [cand("A", currency="GBP", portfolio="UK"), cand("B", currency="EUR", portfolio="EU")]
    with pytest.raises(
        UsageError, match=r"several currencies: EUR \(1 projects\), GBP \(1 projects\)"
    ):
        prioritise(cands, WSJF, [100])
    run = prioritise(cands, WSJF, [100], portfolio="eu")
    assert [p.project_id for p in run.projects] == ["B"] and run.currency == "EUR"


@pytest.mark.parametrize("budget", [0, -5])
def test_zero_or_negative_budget_refused(budget: float) -> None:
    with pytest.raises(UsageError, match="a budget must be above 0"):
        prioritise([cand("A")], WSJF, [budget])


def test_require_and_exclude() -> None:
    cands = [
        cand("A", 5, 5, 5, 1, cost=50),
        cand("B", 1, 1, 1, 5, cost=50),
        cand("C", cost=10, depends=["A"]),
    ]
    run = prioritise(cands, WSJF, [100], require=["b"], exclude=["A"])
    out = run.outcomes[0]
    assert out.optimal.chosen == {1}
    assert out.reasons[0] == "excluded (--exclude)"
    assert out.reasons[2] == "depends on A, which is not funded (excluded)"
    with pytest.raises(UsageError, match="--require ZZZ: no such project"):
        prioritise(cands, WSJF, [100], require=["ZZZ"])
    with pytest.raises(UsageError, match="both --require and --exclude"):
        prioritise(cands, WSJF, [100], require=["A"], exclude=["a"])
    with pytest.raises(UsageError, match="a mandatory project cannot be left out"):
        prioritise([cand("M", mandatory=True)], WSJF, [100], exclude=["M"])


def test_budget_ranges_and_lists() -> None:
    assert parse_budgets(["1e6:3e6:1e6", "2,500,000"]) == [1e6, 2e6, 3e6, 2.5e6]
    with pytest.raises(UsageError, match="FROM:TO:STEP"):
        parse_budgets(["1:2"])
    with pytest.raises(UsageError, match="not an amount"):
        parse_budgets(["lots"])
    with pytest.raises(UsageError, match="at most 50"):
        parse_budgets(["1:1000:1"])


def test_frontier_is_non_decreasing_and_ends_with_everything() -> None:
    cands = [cand(f"P{i}", (i % 5) + 1, 3, 2, 2, cost=10.0 * (i + 1)) for i in range(8)]
    run = prioritise(cands, WSJF, [100])
    values = [v for _, v in run.frontier]
    assert run.frontier[0] == (0.0, 0.0)
    assert all(b >= a for a, b in itertools.pairwise(values))  # type: ignore[operator]
    assert values[-1] == sum(p.value or 0 for p in run.projects)
    assert run.frontier[-1][0] == sum(p.candidate.cost or 0 for p in run.projects)


def test_standards_prioritisation_validated(standards: Standards) -> None:
    assert standards.prioritisation.method == "wsjf"
    s = standards_from_text(
        '[prioritisation]\nmethod = "weighted"\n[[prioritisation.criteria]]\n'
        'field = "Strategic Value"\nweight = 3\n[prioritisation.envelopes]\nDigital = 5e6\n'
    )
    assert s.prioritisation.weights() == {"strategic_value": 3.0}
    assert s.prioritisation.envelope("digital") == 5e6
    bad = {
        'method = "random"': "prioritisation.method",
        'method = "weighted"': 'method = "weighted" needs criteria',
        '[[prioritisation.criteria]]\nfield = "colour"\nweight = 1': "is not a Project 1-5 field",
        "[prioritisation.envelopes]\nDigital = -1": "a funding envelope must be above 0",
        "[prioritisation.wsjf_weights]\njob_size = 2": "only strategic_value, time_criticality, risk_reduction",
    }
    for text, message in bad.items():
        body = text if text.startswith("[") else "[prioritisation]\n" + text
        with pytest.raises(StandardsError, match=message):
            standards_from_text(body, "my.toml")


def test_a_project_without_an_id_is_left_out_with_a_note() -> None:
    nameless = cand(" ")
    nameless.source = "Team/Untitled.xlsx"
    run = prioritise([nameless, cand("A")], WSJF, [1000])
    assert [p.project_id for p in run.projects] == ["A"]
    assert run.notes == [
        "1 project(s) without a Project ID left out (Team/Untitled.xlsx): a project is "
        "decided on by its ID; fill it in"
    ]


@pytest.mark.parametrize("factor", [1e-3, 1e6, 1e9])
def test_the_optimum_does_not_depend_on_the_size_of_the_amounts(factor: float) -> None:
    rnd = random.Random(7)
    costs = [float(rnd.randint(1, 40) * 1000) for _ in range(12)]
    crit = [
        (rnd.randint(1, 5), rnd.randint(1, 5), rnd.randint(1, 5), rnd.randint(1, 5)) for _ in costs
    ]
    base = [cand(f"P{i}", *crit[i], cost=c) for i, c in enumerate(costs)]
    scaled = [cand(f"P{i}", *crit[i], cost=c * factor) for i, c in enumerate(costs)]
    a = prioritise(base, WSJF, [150_000.0], frontier_points=0).outcomes[0]
    b = prioritise(scaled, WSJF, [150_000.0 * factor], frontier_points=0).outcomes[0]
    assert a.optimal.value == b.optimal.value
    assert b.optimal.cost <= 150_000.0 * factor * (1 + 1e-9)


@pytest.mark.parametrize("seed", range(4))
def test_frontier_breakpoints_are_exactly_where_the_best_value_changes(seed: int) -> None:
    rnd = random.Random(100 + seed)
    cands = [
        cand(
            f"P{i}",
            rnd.randint(1, 5),
            rnd.randint(1, 5),
            rnd.randint(1, 5),
            rnd.randint(1, 5),
            cost=float(rnd.randint(1, 30) * 1000),
            mandatory=(i == 0),
            depends=[f"P{i - 1}"] if i % 4 == 3 else [],
        )
        for i in range(9)
    ]
    run = prioritise(cands, WSJF, [50_000.0])
    assert run.frontier_kind == "breakpoints"
    values = [p.value or 0.0 for p in run.projects]
    costs = [p.candidate.cost or 0.0 for p in run.projects]
    links = [(i, i - 1) for i in range(9) if i % 4 == 3]
    points = [(b, v) for b, v in run.frontier if v is not None]
    assert run.frontier[0] == (0.0, None)  # the mandatory project costs something
    for budget, value in points:
        assert _brute(values, costs, budget, {0}, links) == value
        below = _brute(values, costs, budget - 0.5, {0}, links)
        assert below is None or below < value
    everything = _brute(values, costs, sum(costs), {0}, links)
    assert points[-1][1] == everything


def test_no_projects_at_all() -> None:
    run = prioritise([], WSJF, [1000])
    assert run.projects == [] and run.outcomes[0].optimal.chosen == set()
    assert run.frontier == [(0.0, 0.0)]


def test_a_comma_is_a_thousands_separator_only_where_it_groups_digits() -> None:
    """A decimal comma ("2,5" meant as 2.5 million by a European EPMO, "2500000,50") used
    to be dropped silently: a budget of 25, or 250,000,050."""
    assert parse_budgets(["2,500,000", "1,000.5", "25,00,000", "999"]) == [
        2.5e6,
        1000.5,
        2.5e6,
        999.0,
    ]
    for text in ("2,5", "2500000,50", "1,00", ",1000", "1,,000", "1000,", "2,5:3,5:0,5"):
        with pytest.raises(UsageError, match="comma"):
            parse_budgets([text])
