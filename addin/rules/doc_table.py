"""The rule tables of docs/rules.md, generated from the catalogue so the two cannot drift.

Run ``python -m addin.rules.doc_table docs/rules.md`` to rewrite the tables between the
``<!-- rules:start -->`` and ``<!-- rules:end -->`` markers (without an argument it prints
them); ``tests/test_docs_rules.py`` fails when a code is missing there or its
documented severity is not the one it ships with.
"""

from __future__ import annotations

import sys
from pathlib import Path

from addin.catalogue import RuleInfo, all_rules

#: Scope -> section title, in the order the docs list them.
SCOPES = {
    "workbook": "Workbook (reading)",
    "project": "Project sheet",
    "raid": "RAID registers (risks, assumptions, issues, dependencies, decisions)",
    "finance": "Finance",
    "milestones": "Milestones",
    "iterations": "Iterations (agile and hybrid projects)",
    "resources": "Resources",
    "portfolio": "Portfolio (consolidation)",
    "capacity": "Capacity (SPEC section 14)",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def rules_markdown(rules: list[RuleInfo] | None = None) -> str:
    """Markdown tables of every declared rule, one section per scope."""
    rules = all_rules() if rules is None else rules
    out: list[str] = []
    scopes = list(SCOPES) + sorted({r.scope for r in rules} - set(SCOPES))
    for scope in scopes:
        group = [r for r in rules if r.scope == scope]
        if not group:
            continue
        out.append(f"### {SCOPES.get(scope, scope.title())}\n")
        out.append("| Code | Default severity | What it finds | How to fix |")
        out.append("|---|---|---|---|")
        for r in group:
            finds = f"**{_cell(r.title)}.** {_cell(r.description)}".strip()
            out.append(f"| `{r.code}` | {r.default_severity} | {finds} | {_cell(r.fix)} |")
        out.append("")
    return "\n".join(out)


START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def rewrite(path: Path) -> None:
    """Replace the generated part of a docs file with the current tables."""
    text = path.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    path.write_text(f"{head}{START}\n\n{rules_markdown()}\n{END}{tail}", encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) > 1:
        rewrite(Path(sys.argv[1]))
    else:
        print(rules_markdown())
