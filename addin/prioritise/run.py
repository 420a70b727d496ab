"""One prioritisation run: score and rank the candidates, then for each budget the optimal
and the greedy selection, with the reason every other project is out (SPEC 13)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from addin.errors import UsageError
from addin.prioritise.candidates import Candidate, flag_note
from addin.prioritise.graph import closure, cycles, dependants_closure
from addin.prioritise.optimise import (
    FRONTIER_SECONDS,
    Infeasible,
    Problem,
    Selection,
    frontier,
    greedy,
    optimal,
)
from addin.prioritise.scoring import Method, ranks, score_candidate

EXCLUDED = "excluded (--exclude)"
FRONTIER_POINTS = 21


@dataclass
class Ranked:
    """One project as prioritisation sees it."""

    candidate: Candidate
    score: float | None
    value: float | None
    rank: int | None
    problems: list[str]  # criteria missing or invalid, cost unknown
    required: bool = False  # --require
    excluded: bool = False  # --exclude
    depends_on: list[int] = field(default_factory=list)  # indexes in the run

    @property
    def project_id(self) -> str:
        return self.candidate.project_id

    @property
    def must_be_in(self) -> bool:
        return self.candidate.mandatory or self.required


@dataclass
class BudgetOutcome:
    budget: float
    feasible: bool
    message: str  # why it is infeasible; empty otherwise
    optimal: Selection
    greedy: Selection
    reasons: dict[int, str]  # index -> why it is not selected (every unselected project)


@dataclass
class Prioritisation:
    method: Method
    currency: str | None
    portfolio: str | None
    projects: list[Ranked]
    cycles: list[list[int]]
    outcomes: list[BudgetOutcome]
    frontier: list[tuple[float, float | None]]
    notes: list[str] = field(default_factory=list)
    frontier_kind: str = "even"  # "breakpoints" (exact), "even" or "partial" budgets

    @property
    def infeasible(self) -> bool:
        return any(not o.feasible for o in self.outcomes)

    @property
    def invalid(self) -> list[Ranked]:
        return [p for p in self.projects if p.problems]


def _find(ids: list[str], by_key: dict[str, int], option: str) -> set[int]:
    out = set()
    for pid in ids:
        index = by_key.get(pid.strip().casefold())
        if index is None:
            known = ", ".join(sorted(by_key)[:10]).upper()
            raise UsageError(f"{option} {pid}: no such project in this run (projects: {known})")
        out.add(index)
    return out


def filter_portfolio(candidates: list[Candidate], portfolio: str | None) -> list[Candidate]:
    if portfolio is None:
        return candidates
    want = portfolio.strip().casefold()
    kept = [c for c in candidates if (c.portfolio or "").strip().casefold() == want]
    if not kept:
        names = sorted({c.portfolio for c in candidates if c.portfolio})
        raise UsageError(
            f"--portfolio {portfolio}: no project is in that portfolio; "
            f"portfolios here: {', '.join(names) or 'none'}"
        )
    return kept


def single_currency(candidates: list[Candidate]) -> tuple[str | None, list[str]]:
    """The one currency of the run, and notes; :class:`UsageError` when there are several
    (costs in different currencies are never added together)."""
    counts = Counter(c.currency.strip().upper() for c in candidates if c.currency)
    if len(counts) > 1:
        listed = ", ".join(f"{cur} ({n} projects)" for cur, n in sorted(counts.items()))
        portfolios = sorted({c.portfolio for c in candidates if c.portfolio})
        raise UsageError(
            f"the projects are in several currencies: {listed}; costs in different "
            "currencies are never added together - choose one portfolio with --portfolio "
            f"NAME (portfolios: {', '.join(portfolios) or 'none'})"
        )
    currency = next(iter(counts), None)
    notes = []
    blank = [c.project_id for c in candidates if not c.currency]
    if blank and currency:
        notes.append(
            f"{len(blank)} project(s) have no Currency ({', '.join(blank[:5])}); "
            f"their cost is taken to be in {currency}"
        )
    return currency, notes


def prioritise(
    candidates: list[Candidate],
    method: Method,
    budgets: list[float],
    *,
    require: Sequence[str] = (),
    exclude: Sequence[str] = (),
    portfolio: str | None = None,
    frontier_points: int = FRONTIER_POINTS,
    mixed_currencies_ok: bool = False,
    frontier_seconds: float = FRONTIER_SECONDS,
) -> Prioritisation:
    """Rank ``candidates`` and select within each of ``budgets``.

    Raises :class:`UsageError` for a budget not above 0, several currencies, an unknown or
    contradictory --require / --exclude. A budget the must-have projects exceed is not an
    exception: its outcome says so (``feasible`` False) and the command exits 1.
    """
    for budget in budgets:
        if not budget > 0:
            raise UsageError(f"--budget {budget:g}: a budget must be above 0")
    unnamed = [c for c in candidates if not c.project_id.strip()]
    candidates = filter_portfolio([c for c in candidates if c.project_id.strip()], portfolio)
    try:
        currency, notes = single_currency(candidates)
    except UsageError as exc:
        if not mixed_currencies_ok:
            raise
        currency, notes = None, [f"no selection: {exc}"]
        budgets, frontier_points = [], 0
    by_key: dict[str, int] = {}
    for i, c in enumerate(candidates):
        by_key.setdefault(c.key, i)
    required = _find(list(require), by_key, "--require")
    excluded = _find(list(exclude), by_key, "--exclude")
    both = required & excluded
    if both:
        raise UsageError(
            f"{', '.join(candidates[i].project_id for i in sorted(both))}: "
            "both --require and --exclude; give one"
        )
    for i in excluded:
        if candidates[i].mandatory:
            raise UsageError(
                f"--exclude {candidates[i].project_id}: the project is Mandatory; "
                "a mandatory project cannot be left out (change its Mandatory flag)"
            )
    if unnamed:
        files = ", ".join(c.source or "?" for c in unnamed[:3])
        notes.append(
            f"{len(unnamed)} project(s) without a Project ID left out ({files}): a project "
            "is decided on by its ID; fill it in"
        )
    notes.extend(
        flag_note(c.project_id, c.mandatory_unclear) for c in candidates if c.mandatory_unclear
    )
    scored = [score_candidate(c, method) for c in candidates]
    rank_of = ranks([s.score for s in scored])
    projects: list[Ranked] = []
    for i, (c, s) in enumerate(zip(candidates, scored, strict=True)):
        problems = [f"criteria missing or invalid: {'; '.join(s.problems)}"] if s.problems else []
        if c.cost is None:
            problems.append(
                c.cost_problem or "cost unknown: no Funding Requested and no finance forecast (ETC)"
            )
        elif c.cost < 0:
            problems.append(f"cost {c.cost:,.0f} is negative")
        deps = sorted(
            {by_key[d.strip().casefold()] for d in c.depends_on if d.strip().casefold() in by_key}
            - {i}
        )
        projects.append(
            Ranked(c, s.score, s.value, rank_of[i], problems, i in required, i in excluded, deps)
        )
    depends = [p.depends_on for p in projects]
    groups = cycles(depends)
    problem = _problem(projects, depends)
    outcomes = [_solve(projects, problem, groups, budget) for budget in budgets]
    curve, kind = (
        frontier(problem, frontier_points, frontier_seconds)
        if frontier_points > 1
        else ([], "even")
    )
    if kind == "partial":
        notes.append(
            f"efficient frontier: {len(curve)} of {frontier_points} budgets solved within "
            "the time allowed (the ends and midpoints first)"
        )
    return Prioritisation(
        method, currency, portfolio, projects, groups, outcomes, curve, notes, kind
    )


def _problem(projects: list[Ranked], depends: list[list[int]]) -> Problem:
    unusable = {i for i, p in enumerate(projects) if p.problems or p.excluded}
    forced_out = dependants_closure(unusable, depends)
    return Problem(
        values=[p.value or 0.0 for p in projects],
        costs=[(p.candidate.cost or 0.0) if not p.problems else 0.0 for p in projects],
        forced_in={i for i, p in enumerate(projects) if p.must_be_in},
        forced_out=forced_out,
        depends=depends,
    )


def _solve(
    projects: list[Ranked], problem: Problem, groups: list[list[int]], budget: float
) -> BudgetOutcome:
    order = sorted(
        (i for i, p in enumerate(projects) if p.rank is not None),
        key=lambda i: projects[i].rank or 0,
    )
    try:
        best = optimal(problem, budget)
    except Infeasible:
        message = infeasible_message(projects, problem, budget)
        reasons = {i: message for i in range(len(projects))}
        return BudgetOutcome(budget, False, message, Selection(), Selection(), reasons)
    quick = greedy(problem, budget, order, groups)
    reasons = _reasons(projects, problem, groups, best, budget)
    return BudgetOutcome(budget, True, "", best, quick, reasons)


def infeasible_message(projects: list[Ranked], problem: Problem, budget: float) -> str:
    base = closure(problem.forced_in, problem.depends)
    blocked = sorted(i for i in base if projects[i].problems or projects[i].excluded)
    if blocked:
        names = "; ".join(f"{projects[i].project_id} ({_short(projects[i])})" for i in blocked)
        return (
            f"the mandatory (or --require) projects need {names}, which cannot be selected: "
            "fix that project's data"
        )
    cost = sum(problem.costs[i] for i in base)
    names = ", ".join(projects[i].project_id for i in sorted(problem.forced_in))
    needed = sorted(base - problem.forced_in)
    also = (
        f", with {', '.join(projects[i].project_id for i in needed)} that they depend on"
        if needed
        else ""
    )
    return (
        f"the mandatory projects alone cost {cost:,.0f}, over the budget of {budget:,.0f} by "
        f"{cost - budget:,.0f} ({names}{also}): raise the budget or review which projects "
        "are Mandatory"
    )


def _reasons(
    projects: list[Ranked],
    problem: Problem,
    groups: list[list[int]],
    best: Selection,
    budget: float,
) -> dict[int, str]:
    group_of = {i: g for g in groups for i in g}
    left = budget - best.cost
    reasons: dict[int, str] = {}
    for i, p in enumerate(projects):
        if i in best.chosen:
            continue
        if p.excluded:
            reasons[i] = EXCLUDED
        elif p.problems:
            reasons[i] = "; ".join(p.problems)
        else:
            missing = [
                q for q in p.depends_on if q not in best.chosen and q not in group_of.get(i, [])
            ]
            if missing:
                q = projects[missing[0]]
                why = " (" + _short(q) + ")" if q.problems or q.excluded else ""
                reasons[i] = f"depends on {q.project_id}, which is not funded{why}"
                continue
            unit = group_of.get(i, [i])
            cost = sum(problem.costs[j] for j in unit if j not in best.chosen)
            together = (
                f" (with {', '.join(projects[j].project_id for j in unit if j != i)}, "
                "its dependency cycle: selected together or not at all)"
                if len(unit) > 1
                else ""
            )
            if cost > left:
                reasons[i] = (
                    f"over budget: costs {cost:,.0f}{together}, only {left:,.0f} of the budget "
                    "is left after the optimal selection"
                )
            elif (p.value or 0) <= 0:
                reasons[i] = f"adds no value (value {p.value or 0:g})"
            else:
                reasons[i] = f"not in the optimal selection{together}"
    return reasons


def _short(p: Ranked) -> str:
    if p.excluded:
        return "excluded"
    return p.problems[0].split(":")[0]
