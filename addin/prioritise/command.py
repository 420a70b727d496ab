"""What `pmo prioritise` (and the ribbon's Prioritise button) does, apart from printing:
read the source, work out the budgets, prioritise, write the workbook if asked."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from addin.errors import UsageError
from addin.prioritise.candidates import Candidate
from addin.prioritise.run import Prioritisation, filter_portfolio, prioritise
from addin.prioritise.scoring import Method
from addin.standards import Standards

#: Most budgets one run compares (a range is expanded to at most this many).
MAX_BUDGETS = 50


@dataclass
class PrioritiseRequest:
    source: Path
    budgets: list[str] = field(default_factory=list)
    portfolio: str | None = None
    require: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    out: Path | None = None
    as_of: date = field(default_factory=date.today)


#: Commas that group digits: 2,500,000 (thousands) or 25,00,000 (lakhs), any decimals after.
_GROUPED = re.compile(r"[+-]?(\d{1,3}(,\d{3})+|\d{1,2}(,\d{2})*,\d{3})(\.\d*)?([eE][+-]?\d+)?")


def parse_amount(text: str) -> float:
    cleaned = text.strip().replace("_", "")
    if "," in cleaned:
        if not _GROUPED.fullmatch(cleaned):
            raise UsageError(
                f"--budget {text}: a comma is read only as a thousands separator "
                "(2,500,000); write decimals with a point (2.5e6 or 2500000.50)"
            )
        cleaned = cleaned.replace(",", "")
    try:
        value = float(cleaned)
    except ValueError:
        raise UsageError(
            f"--budget {text}: not an amount; give a number like 2500000 or 2.5e6"
        ) from None
    if not math.isfinite(value):
        raise UsageError(f"--budget {text}: not a finite amount")
    return value


def parse_budgets(values: list[str]) -> list[float]:
    """Amounts, and ranges FROM:TO:STEP (TO included), in the order given."""
    out: list[float] = []
    for text in values:
        if ":" not in text:
            out.append(parse_amount(text))
            continue
        parts = text.split(":")
        if len(parts) != 3:
            raise UsageError(f"--budget {text}: a range is FROM:TO:STEP, e.g. 1e6:5e6:1e6")
        start, stop, step = (parse_amount(p) for p in parts)
        if step <= 0 or stop < start:
            raise UsageError(f"--budget {text}: a range needs STEP above 0 and TO not below FROM")
        count = math.floor((stop - start) / step + 1e-9) + 1
        if count > MAX_BUDGETS:
            raise UsageError(
                f"--budget {text}: {count} budgets; at most {MAX_BUDGETS} at once "
                "(use a larger STEP)"
            )
        out.extend(start + k * step for k in range(count))
    if len(out) > MAX_BUDGETS:
        raise UsageError(f"{len(out)} budgets; at most {MAX_BUDGETS} at once")
    return out


def read_candidates(
    source: Path, standards: Standards, as_of: date
) -> tuple[list[Candidate], list[str]]:
    """Candidates from a folder (read as consolidation reads it) or a roll-up workbook;
    notes on files that could not be used."""
    from addin.prioritise.sources import from_projects, from_rollup

    if source.is_dir():
        from addin.consolidate.engine import read_folder

        projects, entries, _findings = read_folder(source, standards, as_of)
        notes = []
        rejected = [e for e in entries if e.status == "rejected"]
        if rejected:
            notes.append(
                f"{len(rejected)} file(s) could not be used (e.g. {rejected[0].file}: "
                f"{rejected[0].reason}); pmo consolidate's Load Report lists them"
            )
        return from_projects(projects, standards), notes
    if source.is_file():
        return from_rollup(source, standards), []
    raise UsageError(
        f"{source}: no such file or folder; give a folder of project workbooks or a roll-up"
    )


def default_budget(candidates: list[Candidate], standards: Standards) -> float | None:
    """The funding envelopes of the portfolios present, when every one has an envelope."""
    names = {(c.portfolio or "").strip() for c in candidates}
    amounts = [standards.prioritisation.envelope(n) for n in names]
    if not amounts or any(a is None for a in amounts):
        return None
    return sum(a for a in amounts if a is not None)


def run_request(request: PrioritiseRequest, standards: Standards) -> Prioritisation:
    budgets = parse_budgets(request.budgets)
    candidates, notes = read_candidates(request.source, standards, request.as_of)
    if not budgets:
        envelope = default_budget(filter_portfolio(candidates, request.portfolio), standards)
        if envelope is None:
            raise UsageError(
                "no budget: give --budget AMOUNT, or set the portfolio's funding envelope in "
                "the standards ([prioritisation.envelopes])"
            )
        budgets = [envelope]
    run = prioritise(
        candidates,
        Method.from_standards(standards),
        budgets,
        require=request.require,
        exclude=request.exclude,
        portfolio=request.portfolio,
    )
    run.notes = notes + run.notes
    if request.out is not None:
        from addin.prioritise.workbook import write_workbook

        out = Path(request.out)
        if out.suffix.lower() != ".xlsx":
            raise UsageError(f"--out {out}: give an .xlsx file name")
        try:
            write_workbook(run, out)
        except OSError as exc:
            raise UsageError(
                f"--out {out}: cannot be written ({exc.strerror or exc}); choose another place"
            ) from exc
    return run
