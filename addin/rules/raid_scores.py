"""Risk scores: typed-over computed columns, residual above inherent, and responses that
High and Critical risks need. Scores are always recomputed with :mod:`addin.derived`."""

from __future__ import annotations

from collections.abc import Iterator

from addin import derived
from addin.catalogue import declare
from addin.findings import Finding
from addin.rules.base import RuleContext, blank, check, fmt

STORED_MISMATCH = declare(
    "RAID-009",
    "Stored score does not match its inputs",
    "warning",
    "raid",
    "A computed column was typed over and its value disagrees with the inputs: a risk's "
    "Score is not Probability x Impact, its Residual Score not Residual Probability x "
    "Residual Impact, its Rating not the score's band, or a dependency's Slack Days not "
    "Need By - Committed Date.",
    "Clear the typed value so the column's formula computes it (or copy the formula down "
    "from the row above).",
)
NO_RESPONSE = declare(
    "RAID-011",
    "High or Critical risk without a response",
    "error",
    "raid",
    "An open risk whose rating is one of risk.response_required_ratings in the standards "
    "(High, Critical) has no Response.",
    "Describe in Response what is being done to reduce or handle the risk.",
)
RESIDUAL_ABOVE = declare(
    "RAID-016",
    "Residual score above inherent score",
    "warning",
    "raid",
    "A risk's residual score (after the response) is higher than its score before it.",
    "Check Residual Probability and Residual Impact: a response should not make the risk worse.",
)


def _differs(stored: float | None, computed: float | None) -> bool:
    return stored is not None and computed is not None and abs(stored - computed) > 1e-9


@check(STORED_MISMATCH)
def stored_values(ctx: RuleContext) -> Iterator[Finding | None]:
    standards = ctx.standards
    empty = (
        ctx.column("risks", "score").count(None)
        + ctx.column("risks", "rating").count(None)
        + ctx.column("risks", "residual_score").count(None)
    )
    # the usual workbook has no typed-over Score, Rating or Residual Score at all
    risks = ctx.project.risks if empty < 3 * len(ctx.project.risks) else []
    for risk in risks:
        score = derived.risk_score(risk.probability, risk.impact)
        if _differs(risk.score, score):
            yield ctx.item_finding(
                STORED_MISMATCH,
                risk,
                "score",
                f"Score {fmt(risk.score)} is not Probability x Impact = {fmt(score)}; "
                "clear the typed value so the formula computes it",
                value=risk.score,
            )
        expected = derived.rating(score, standards)
        if not blank(risk.rating) and expected and str(risk.rating).strip() != expected:
            yield ctx.item_finding(
                STORED_MISMATCH,
                risk,
                "rating",
                f"Rating {str(risk.rating).strip()!r} does not match the score {fmt(score)}, "
                f"which is {expected}; clear the typed value so the formula computes it",
                value=risk.rating,
            )
        residual = derived.residual_score(risk.residual_probability, risk.residual_impact)
        if _differs(risk.residual_score, residual):
            yield ctx.item_finding(
                STORED_MISMATCH,
                risk,
                "residual_score",
                f"Residual Score {fmt(risk.residual_score)} is not Residual Probability x "
                f"Residual Impact = {fmt(residual)}; clear the typed value",
                value=risk.residual_score,
            )
    for dep in ctx.project.dependencies:
        slack = derived.slack_days(dep.need_by, dep.committed_date)
        if _differs(dep.slack_days, None if slack is None else float(slack)):
            yield ctx.item_finding(
                STORED_MISMATCH,
                dep,
                "slack_days",
                f"Slack Days {fmt(dep.slack_days)} is not Need By - Committed Date = {slack}; "
                "clear the typed value",
                value=dep.slack_days,
            )


@check(NO_RESPONSE)
def response_required(ctx: RuleContext) -> Iterator[Finding | None]:
    needs = {r.casefold() for r in ctx.standards.risk.response_required_ratings}
    for risk, is_open, rating in zip(
        ctx.project.risks, ctx.open_flags("risks"), ctx.risk_ratings, strict=True
    ):
        if not rating or not is_open or not blank(risk.response):
            continue
        if rating.casefold() in needs:
            yield ctx.item_finding(
                NO_RESPONSE,
                risk,
                "response",
                f"open {rating} risk (score "
                f"{fmt(derived.risk_score(risk.probability, risk.impact))}) has no response; "
                "describe what is being done about it",
            )


@check(RESIDUAL_ABOVE)
def residual_above_inherent(ctx: RuleContext) -> Iterator[Finding | None]:
    for risk, score, residual in zip(
        ctx.project.risks, ctx.risk_scores, ctx.residual_scores, strict=True
    ):
        if score is not None and residual is not None and residual > score:
            yield ctx.item_finding(
                RESIDUAL_ABOVE,
                risk,
                "residual_probability",
                f"residual score {fmt(residual)} is above the score {fmt(score)} before the "
                "response; check Residual Probability and Residual Impact",
                value=residual,
            )
