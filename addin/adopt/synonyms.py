"""Header texts that legacy registers use for each canonical column.

Keys are :mod:`addin.layout` column keys; phrases are compared after
:func:`addin.adopt.match.normalise_header` (lower case, no punctuation, no hints in
brackets). ``Column.synonyms`` in the layout, when filled, are added to these. A phrase
listed under :data:`COMMON` applies to every register that has that column.

Computed columns (score, rating, slippage, slack) are listed too, so that a legacy
``Risk Score (P x I)`` column is recognised and reported as "recomputed, not imported"
instead of being left out as unknown.
"""

from __future__ import annotations

from addin import layout

#: Phrases shared by every register having the column.
COMMON: dict[str, tuple[str, ...]] = {
    "id": (
        "id", "ref", "ref no", "reference", "reference no", "no", "nr", "num", "number", "#",
        "s no", "sno", "sl no", "serial", "serial no", "item id", "item no", "item", "key",
        "log id", "log no", "id code", "code",
    ),
    "owner": (
        "owner", "assigned to", "assigned to owner", "assignee", "responsible",
        "responsible person", "action owner", "accountable", "owned by", "who", "lead",
    ),
    "raised_date": (
        "raised date", "date raised", "date identified", "identified date", "identified on",
        "date logged", "logged date", "logged on", "reported on", "date reported",
        "reported date", "date opened", "opened", "opened on", "date created", "created",
        "created date", "created on", "raised on", "date entered", "entry date", "date added",
    ),
    "status": ("status", "current status", "state", "item status", "open closed"),
    "last_updated": (
        "last updated", "last update", "date of last update", "updated", "updated on",
        "last modified", "modified", "date updated", "last review date", "last reviewed",
    ),
    "closed_date": (
        "closed date", "date closed", "closure date", "close date", "closed on",
        "date of closure", "actual closure date", "date completed", "closed",
    ),
    "due_date": (
        "due date", "due", "due by", "target date", "target resolution",
        "target resolution date", "expected resolution date", "resolve by", "deadline",
        "action due date", "target completion date", "target close date",
    ),
    "linked_ids": (
        "linked ids", "linked id", "links", "assoc id", "associated id", "associated ids",
        "related ids", "related id", "related items", "cross reference", "related",
    ),
    "description": ("description", "details", "detail", "detailed description", "narrative"),
    "escalation_level": ("escalation level", "escalation", "escalated to", "escalate to"),
}

#: Phrases per register (added to :data:`COMMON`).
REGISTER: dict[str, dict[str, tuple[str, ...]]] = {
    "risks": {
        "title": (
            "title", "risk", "risk title", "risk name", "name", "summary", "short description",
            "risk event", "event", "risk summary", "headline",
        ),
        "description": ("risk description", "description of risk", "risk details"),
        "category": ("category", "risk category", "categories", "risk type", "type", "risk area"),
        "probability": (
            "probability", "likelihood", "prob", "probability value", "likelihood value",
            "likelihood of occurrence", "probability of occurrence", "chance",
            "probability rating", "likelihood rating", "probability score", "likelihood score",
            "p",
        ),
        "impact": (
            "impact", "impact value", "impact rating", "impact score", "consequence",
            "impact level", "severity", "i",
        ),
        "score": (
            "score", "risk score", "risk value", "exposure", "rpn", "risk priority number",
            "p x i", "pxi", "ev", "expected value", "importance", "risk ranking", "ranking",
            "inherent score",
        ),
        "rating": ("rating", "risk rating", "rag", "rag status", "risk level", "risk rag"),
        "proximity": ("proximity", "timeframe", "time frame", "when", "risk proximity"),
        "response_type": (
            "response type", "strategy", "risk strategy", "response strategy", "treatment",
            "risk treatment", "risk response", "response category",
        ),
        "response": (
            "response", "responses", "mitigation", "mitigation action", "mitigation actions",
            "mitigation plan", "mitigation in place", "action", "actions", "response action",
            "short mitigation brief", "mitigation brief", "response plan", "risk response",
            "treatment plan", "countermeasures", "mitigation strategy", "action plan",
            "strategy", "risk strategy", "contingency", "contingency plan",
        ),
        "residual_probability": (
            "residual probability", "residual likelihood", "post mitigation probability",
            "target probability", "residual p",
        ),
        "residual_impact": (
            "residual impact", "post mitigation impact", "target impact", "residual i",
        ),
        "residual_score": ("residual score", "residual risk score", "residual exposure"),
        "escalation_level": ("escalation required",),
        "due_date": ("next review", "next review date", "review date", "review by"),
    },
    "issues": {
        "title": ("title", "issue", "issue title", "issue name", "name", "summary", "subject", "headline"),
        "description": ("issue description", "description of issue", "impact summary"),
        "type": ("type", "issue type", "kind"),
        "severity": ("severity", "impact", "impact level", "impact rating", "seriousness"),
        "priority": ("priority", "urgency", "issue priority"),
        "resolution": (
            "resolution", "resolution action", "response", "response action", "action",
            "actions", "action steps", "action plan", "final resolution",
            "final resolution and rationale", "decision", "next steps", "actions taken",
        ),
        "escalation_level": ("escalation required", "escalated"),
        "source_risk_id": ("source risk id", "risk id", "related risk", "linked risk", "risk ref"),
        "closed_date": (
            "actual resolution date", "actual res date", "resolved date", "date resolved",
            "resolution date", "completion date", "resolved on",
        ),
    },
    "assumptions": {
        "assumption": (
            "assumption", "assumption description", "description", "title", "statement",
            "assumption statement", "summary",
        ),
        "validate_by": (
            "validate by", "validation date", "validation due", "date to validate",
            "validate by date", "target date", "due date", "validation due date", "test by",
        ),
        "confidence": ("confidence", "confidence level", "certainty", "likelihood"),
        "impact_if_false": (
            "impact if false", "impact if wrong", "impact if invalid", "impact if not true",
            "impact if assumption is proven invalid", "impact if incorrect", "impact",
            "consequence if wrong",
        ),
        "outcome": ("outcome", "validation outcome", "result", "validation result", "conclusion"),
    },
    "dependencies": {
        "title": (
            "title", "dependency", "dependency description", "dependency title", "name",
            "summary", "description",
        ),
        "direction": ("direction", "inbound outbound", "in out", "dependency direction"),
        "counterparty_project_id": (
            "counterparty project id", "counterparty project", "dependent on", "depends on",
            "counterparty", "other project", "related project", "from project", "to project",
            "project",
        ),
        "deliverable": ("deliverable", "what", "product", "deliverable required"),
        "counterparty_owner": (
            "counterparty owner", "external party", "supplier", "provider", "third party",
            "contact", "external owner", "other owner",
        ),
        "need_by": (
            "need by", "needed by", "required by", "required date", "need date", "date required",
            "need by date", "due date", "due",
        ),
        "committed_date": (
            "committed date", "commit date", "promised date", "agreed date", "expected date",
            "forecast date", "eta", "committed",
        ),
        "slack_days": ("slack", "slack days", "float", "buffer"),
    },
    "decisions": {
        "id": ("decision id", "decision id code", "decision ref", "decision no"),
        "decision": (
            "decision", "decision description", "description", "title", "decision made",
            "summary", "decision taken",
        ),
        "made_by": (
            "made by", "decided by", "decision maker", "decision owner", "approved by",
            "approver", "owner", "reviewed by", "authorised by", "agreed by",
        ),
        "date": (
            "date", "decision date", "date decided", "date made", "date of decision",
            "approved date", "date approved", "reviewed date",
        ),
        "rationale": ("rationale", "reason", "justification", "basis", "rational", "reasoning", "why"),
    },
    "milestones": {
        "milestone": (
            "milestone", "milestone name", "milestone title", "name", "title", "description",
            "milestone description", "deliverable", "key milestone",
        ),
        "gate": ("gate", "gate y n", "governance gate", "is gate", "stage gate", "gate review"),
        "baseline_date": (
            "baseline date", "baseline", "planned date", "planned end", "plan date",
            "original date", "due date", "target date", "planned finish", "planned end date",
            "original end", "orig end", "baseline end", "baseline finish", "planned completion",
            "due",
        ),
        "forecast_date": (
            "forecast date", "forecast", "expected date", "revised date", "current forecast",
            "estimated end", "forecast end", "forecast finish", "eta", "estimated date",
            "revised end",
        ),
        "actual_date": (
            "actual date", "actual end", "actual", "completed date", "completion date",
            "actual finish", "achieved date", "date achieved", "actual completion", "date completed",
        ),
        "slippage_days": ("slippage", "slippage days", "days variance", "variance days", "variance", "slip", "delay days"),
    },
    "finance": {
        "month": ("month", "period", "date", "month start", "fy month", "posting month", "month ending"),
        "cost_line": (
            "cost line", "cost item", "item", "line item", "description", "activity", "task",
            "project tasks", "tasks", "deliverable", "project deliverable", "cost code",
            "codes name", "wbs description", "expense", "cost element", "resource", "name",
            "code name", "budget line",
        ),
        "category": ("category", "cost category", "cost type", "type", "cost factor", "expense type"),
        "capex_opex": (
            "capex opex", "capex or opex", "expenditure type", "capital or operating",
            "capital operating", "capex", "opex", "spend type",
        ),
        "budget": (
            "budget", "planned", "plan", "planned cost", "budgeted", "budget cost", "pv",
            "planned value", "estimated cost", "estimate", "cost estimate", "bac",
            "budget amount", "baseline", "baseline cost", "approved budget",
        ),
        "actual": (
            "actual", "actuals", "actual cost", "spend", "spent", "actual spend", "ac",
            "expenditure", "actual amount", "amount spent", "cost", "amount",
        ),
        "forecast": (
            "forecast", "forecast cost", "etc", "estimate to complete", "outlook", "projected",
            "projected cost", "forecast amount", "latest estimate",
        ),
        "notes": ("notes", "note", "comments", "comment", "remarks", "reason for expenditure", "reason"),
    },
}

#: Words naming each register: found in sheet names, titles above a table, or headers.
REGISTER_WORDS: dict[str, tuple[str, ...]] = {
    "risks": ("risk", "risks"),
    "issues": ("issue", "issues", "problem", "problems"),
    "assumptions": ("assumption", "assumptions"),
    "dependencies": ("dependency", "dependencies", "dep", "deps", "interdependency"),
    "decisions": ("decision", "decisions"),
    "milestones": ("milestone", "milestones", "gate", "gates"),
    "finance": (
        "budget", "cost", "costs", "finance", "financial", "spend", "expenditure", "forecast",
        "actuals", "ev", "earned",
    ),
}

#: Header words that belong to no register column but are often seen; left out, reported.
KNOWN_UNMAPPED: dict[str, str] = {
    "raised by": "who raised it has no standard column",
    "identified by": "who raised it has no standard column",
    "reported by": "who raised it has no standard column",
    "entered by": "who raised it has no standard column",
    "author": "who raised it has no standard column",
    "comments": "free comments have no standard column",
    "remarks": "free comments have no standard column",
    "last update comment": "free comments have no standard column",
}


def synonyms_for(register_key: str, column_key: str) -> tuple[str, ...]:
    """Every phrase meaning ``column_key`` in ``register_key`` (canonical name first)."""
    register = layout.REGISTERS_BY_KEY[register_key]
    column = register.column(column_key)
    phrases: list[str] = [column.name, *column.synonyms]
    phrases += COMMON.get(column_key, ())
    phrases += REGISTER.get(register_key, {}).get(column_key, ())
    return tuple(dict.fromkeys(phrases))
