"""How much of a register is read from its content alone? Headers nobody knows (issue 15).

    .venv/bin/python benchmarks/adopt_unknown_headers.py [--seed N] [--every K]
                                                          [--offset N] [--perturbation NAME]
                                                          [--show-lost]

Adoption reads headers in 70 languages, but a PMO meets workbooks whose header words are in
none of them: a language the vocabularies lack, a team's private abbreviations, a tool's
field codes (``cf_10023``), or only ``Column1..ColumnN``. What adoption reads from the
CONTENT of such a table is the honest floor for any language we do not know. This
benchmark measures it in the style of ``adopt_perturb.py`` (same layouts: the TUNING halves
only, never a ``held-out`` half; same spans; same seeded builds), with three perturbations:

- ``headers_invented``: every text header cell of each truth table's span, and every group
  label in the row above it, is replaced by invented words of the same length and case
  shape (``Owner`` -> ``Bafum``), consistent within the workbook (one word, one invention),
  each checked to be a word no vocabulary holds (``unread_columns.header_unknown``);
- ``headers_column_numbers``: the same cells become ``Column1..ColumnN`` (group labels
  ``Group1..``), as an export that lost its field names;
- ``headers_invented_neutral``: ``headers_invented``, and the truth's sheets renamed to
  neutral names and the title block cleared (``adopt_perturb.neutral_sheet_names`` and
  ``title_cleared``): nothing but the values is left.

Kept as they were: header cells that are dates or period labels (month and period columns
are values: ``Jan-26``, ``Q1``, ``FY26``, ``2026-03``, month names), the digits and marks of
every header (``(1-5)`` stays beside the invented word), every value cell, and every cell
outside the truth's spans (a legend, a contacts list).

The reduced truth: facts whose reading the content alone decides. Scored per fact as
``adopt_generalisation.score_layout`` scores it, but only these facts count:

- ``tables``: every truth table (a block of values under a row of labels is a table);
- ``register`` (the kind and the item counts): counted where the sheet's name and title
  are kept (they name the register); not counted in ``headers_invented_neutral``;
- ``columns``: a column whose truth is "leave it out" (None) counts (a wrong mapping is a
  loss). A mapped column counts when its values' class decides its field in its table:
  the class of a target is one of code, person, date, level, number, text (``CLASSES``);
  the LEFTMOST code column (the ID: unique codes down the left); the table's ONLY person
  column (no other column of the span, even one the truth leaves out, holds people's
  names: a reporter beside an assignee is not told apart) when it is the register's person
  field (owner, maker, resource's person); a
  level column whose set of words no other level column of the table shares (a status
  beside a priority is decided, a probability beside an impact, both High/Medium/Low, is
  not); the table's only text column when it is the register's name field (a title, a
  milestone, a cost line: the one sentence of each row); a date column only where the
  register has one date field (a decision's date). NOT counted (a person could not know
  them without the header): which date of several is raised, due, closed, baseline or
  forecast; which of two free texts is the title and which the description, mitigation,
  rationale; which number is a score, slippage or budget; a second code or person column.
- ``values``: a value counts when the column it is read from is counted in a truth table
  of its register (of a mixed RAID table, of any register), or, for a finance tracker,
  when its table's measure column (Budget/Actual/Forecast words) is counted; a project
  field (read from the title block) counts where the title is kept.

Reported per perturbation and per kind: facts kept (right in the variant / right in the
original, over the reduced truth), and with ``--show-lost`` which.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import column_index_from_string
from openpyxl.workbook.workbook import Workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))

from adopt_generalisation import Score
from adopt_layouts import MONTH_NAMES, Built
from adopt_perturb import (
    _score,
    _variant_truth,
    neutral_sheet_names,
    spans,
    title_cleared,
    tuning_layouts,
)

from addin.adopt.evidence import person_share
from addin.adopt.unread_columns import header_unknown
from addin.standards import default_standards

#: A truth target's class of values: what the content can tell of it.
CLASSES: dict[str, str] = {
    **dict.fromkeys(("id", "counterparty_project_id", "linked_ids"), "code"),
    **dict.fromkeys(("owner", "made_by", "counterparty_owner", "person"), "person"),
    **dict.fromkeys(
        (
            *("raised_date", "due_date", "closed_date", "last_updated", "date"),
            *("validate_by", "need_by", "committed_date", "baseline_date"),
            *("forecast_date", "actual_date", "month"),
        ),
        "date",
    ),
    **dict.fromkeys(
        (
            *("status", "priority", "severity", "impact", "probability", "confidence"),
            *("rating", "residual_impact", "residual_probability", "proximity"),
            *("escalation_level", "direction", "response_type", "category", "capex_opex"),
            *("type", "gate", "register", "outcome", "measure"),
        ),
        "level",
    ),
    **dict.fromkeys(("score", "slippage_days", "budget", "actual", "forecast"), "number"),
}
#: The register's one person field (the rest of its people are not told by content).
PERSON_FIELDS = frozenset({"owner", "made_by", "person"})
#: Share of a column's values that are people's names for it to be a column of people.
PEOPLE_SHARE = 0.7
#: The register's name field: the one sentence of each row, when it is the only text.
NAME_FIELDS = frozenset({"title", "milestone", "cost_line", "decision", "assumption"})
#: Registers with one date field: a lone date column is that field.
ONE_DATE_FIELDS = frozenset({"decisions"})

_VOWELS = "aeiou"
_CONSONANTS = "bcdfghjklmnprstvz"
_MONTHS = frozenset(m.lower() for m in MONTH_NAMES) | frozenset(m[:3].lower() for m in MONTH_NAMES)


# --------------------------------------------------------------------------- inventing


@dataclass
class Inventor:
    """Invented words, one per source word, consistent within a workbook: consonants and
    vowels in turn, the source word's length (three letters at least: a two-letter
    invention is too often a word of some language) and case."""

    rng: random.Random
    made: dict[str, str] = field(default_factory=dict)

    def word(self, word: str) -> str:
        key = word.lower()
        if key not in self.made:
            for _ in range(50):
                new = "".join(
                    (_CONSONANTS if i % 2 == 0 else _VOWELS)[
                        self.rng.randrange(len(_CONSONANTS if i % 2 == 0 else _VOWELS))
                    ]
                    for i in range(max(len(word), 3))
                )
                if header_unknown(new) and new not in self.made.values():
                    break
            self.made[key] = new
        new = self.made[key]
        if word.isupper() and len(word) > 1:
            return new.upper()
        if word[:1].isupper():
            return new.capitalize()
        return new

    def text(self, text: str) -> str:
        out, run = [], ""
        for ch in text + " ":
            if ch.isalpha():
                run += ch
                continue
            if run:
                out.append(self.word(run))
                run = ""
            out.append(ch)
        return "".join(out)[:-1]


#: Letters a period label writes beside its digits (``Q1``, ``H2``, ``FY26``, ``W14``, ``P3``).
_PERIOD_LETTERS = frozenset({"q", "h", "fy", "w", "wk", "p"})


def _renamed(value: object) -> bool:
    """A header cell this benchmark rewrites: text with a word that is no period's (a month
    name, ``Jan-26``, ``Q1``, ``FY26`` are values of the period axis, kept); its digits and
    marks are kept (``Probability (1-5)`` -> ``Rebukuzupol (1-5)``)."""
    if not isinstance(value, str) or not value.strip() or value.startswith("="):
        return False
    words = re.findall(r"[^\W\d_]+", value.lower())
    return any(w not in _MONTHS and w not in _PERIOD_LETTERS for w in words)


def _header_cells(wb: Workbook, built: Built) -> list[list[Any]]:
    """Per truth table: its header cells, then the group labels in the row above."""
    out = []
    for span in spans(wb, built):
        cells = [span.ws.cell(span.header_row, c) for c in span.columns]
        if span.header_row > 1:
            cells += [span.ws.cell(span.header_row - 1, c) for c in span.columns]
        out.append([c for c in cells if _renamed(c.value)])
    return out


def headers_invented(wb: Workbook, built: Built, rng: random.Random) -> int:
    """Every header cell and group label: invented words of the same length and shape."""
    inventor = Inventor(rng)
    n = 0
    for cells in _header_cells(wb, built):
        for cell in cells:
            cell.value = inventor.text(cell.value)
            n += 1
    return n


def headers_column_numbers(wb: Workbook, built: Built, rng: random.Random) -> int:
    """Every header cell ``Column1..ColumnN`` by its place; group labels ``Group1..``."""
    n = 0
    for span, cells in zip(spans(wb, built), _header_cells(wb, built), strict=True):
        k = g = 0
        for cell in cells:
            if cell.row == span.header_row:
                k += 1
                cell.value = f"Column{cell.column - span.columns[0] + 1}"
            else:
                g += 1
                cell.value = f"Group{g}"
            n += 1
    return n


def headers_invented_neutral(wb: Workbook, built: Built, rng: random.Random) -> int:
    """Invented headers, neutral sheet names and no title: the values alone."""
    n = headers_invented(wb, built, rng)
    if n:
        neutral_sheet_names(wb, built, rng)
        title_cleared(wb, built, rng)
    return n


PERTURBATIONS: dict[str, Callable[[Workbook, Built, random.Random], int]] = {
    f.__name__: f for f in (headers_invented, headers_column_numbers, headers_invented_neutral)
}
#: Perturbations after which the sheet's name and title no longer name the register.
NEUTRAL = frozenset({"headers_invented_neutral"})


# --------------------------------------------------------------------------- the reduced truth


def _words_of_column(wb: Workbook, built: Built, sheet: str, col: int, rows: list[int]) -> set:
    ws = wb[sheet]
    out = set()
    for r in rows:
        v = ws.cell(r, col).value
        if isinstance(v, str) and v.strip() and not v.startswith("="):
            out.add(v.strip().lower())
    return out


def _decided_columns(wb: Workbook, built: Built) -> list[dict[str, bool]]:
    """Per truth table: column letter -> whether content alone decides its fact."""
    out = []
    by_sheet_row = {(s.ws.title, s.header_row): s for s in spans(wb, built)}
    for truth in built.tables:
        span = by_sheet_row.get((truth.sheet, truth.header_row))
        rows = span.data_rows if span else []
        classes: dict[str, str] = {}
        for letter, target in truth.columns.items():
            if target is None:
                continue
            key = target[0] if isinstance(target, tuple) else target
            classes[letter] = CLASSES.get(key, "text")
        people = (
            [
                c
                for c in (span.columns if span else [])
                if person_share([span.ws.cell(r, c).value for r in rows]) >= PEOPLE_SHARE
            ]
            if span
            else []
        )
        decided: dict[str, bool] = {}
        order = sorted(classes, key=column_index_from_string)
        for letter, target in truth.columns.items():
            if target is None:
                decided[letter] = True
                continue
            keys = set(target) if isinstance(target, tuple) else {target}
            cls = classes[letter]
            same = [o for o in order if classes[o] == cls]
            if cls == "code":
                decided[letter] = same[0] == letter and "id" in keys
            elif cls == "person":
                one = len(people) <= 1 and len(same) == 1
                decided[letter] = one and bool(keys & PERSON_FIELDS)
            elif cls == "text":
                decided[letter] = len(same) == 1 and bool(keys & NAME_FIELDS)
            elif cls == "date":
                decided[letter] = len(same) == 1 and truth.register in ONE_DATE_FIELDS
            elif cls == "level":
                col = column_index_from_string(letter)
                mine = _words_of_column(wb, built, truth.sheet, col, rows)
                others = [
                    _words_of_column(wb, built, truth.sheet, column_index_from_string(o), rows)
                    for o in same
                    if o != letter
                ]
                decided[letter] = bool(mine) and not any(mine & w for w in others)
            else:
                decided[letter] = False
        out.append(decided)
    return out


def reduced_mask(wb: Workbook, built: Built, neutral: bool) -> list[bool]:
    """Which of ``score_layout``'s outcomes (in its order) the content alone decides."""
    decided = _decided_columns(wb, built)
    mask: list[bool] = []
    counted: dict[str, set[str]] = {}
    measured: set[str] = set()
    for truth, cols in zip(built.tables, decided, strict=True):
        mask.append(True)  # tables
        mask.append(not neutral)  # register kind
        for letter, target in truth.columns.items():
            mask.append(cols[letter])
            if cols[letter] and target is not None:
                keys = target if isinstance(target, tuple) else (target,)
                counted.setdefault(truth.register, set()).update(keys)
                if "measure" in keys:
                    measured.add(truth.register)
    regs: list[str] = []
    for truth in built.tables:
        regs += [r for r in truth.counts if r not in regs]
    mask += [not neutral] * len(regs)
    for fact in built.values:
        if fact.register == "project":
            mask.append(not neutral)
            continue
        known = counted.get(fact.register, set()) | counted.get("raid", set())
        mask.append(fact.column in known or fact.register in measured)
    return mask


# --------------------------------------------------------------------------- running


@dataclass
class Tally:
    kept: dict[str, int] = field(default_factory=dict)
    base: dict[str, int] = field(default_factory=dict)
    full: dict[str, int] = field(default_factory=dict)
    layouts: int = 0
    lost: list[str] = field(default_factory=list)


def _tally(t: Tally, name: str, original: Score, variant: Score, mask: list[bool]) -> None:
    t.layouts += 1
    pairs = zip(original.outcomes, variant.outcomes, mask, strict=True)
    for (kind, ok0, _), (_, ok1, what), counts in pairs:
        if not ok0:
            continue
        t.full[kind] = t.full.get(kind, 0) + 1
        if not counts:
            continue
        t.base[kind] = t.base.get(kind, 0) + 1
        if ok1:
            t.kept[kind] = t.kept.get(kind, 0) + 1
        else:
            t.lost.append(f"{name} {kind}: {what}")


def run(
    seed: int,
    names: list[str],
    every: int,
    only: str | None,
    layout: str | None,
    offset: int = 0,
) -> dict[str, Tally]:
    standards = default_standards()
    tallies = {n: Tally() for n in names}
    chosen = tuning_layouts(only)[offset::every]
    with tempfile.TemporaryDirectory() as tmp:
        for i, (_half, n, lay) in enumerate(chosen):
            if layout and lay.name != layout:
                continue
            folder = Path(tmp) / str(i)
            folder.mkdir()
            built = lay.build(folder, random.Random(seed * 1000 + n))
            if built.path.suffix.lower() not in (".xlsx", ".xlsm"):
                continue
            original = _score(built, standards)
            source = openpyxl.load_workbook(built.path)
            for name in names:
                mask = reduced_mask(source, built, name in NEUTRAL)
                wb = openpyxl.load_workbook(built.path, keep_vba=built.path.suffix == ".xlsm")
                prng = random.Random(zlib.crc32(f"{seed}:{lay.name}:{name}".encode()))
                if PERTURBATIONS[name](wb, built, prng) == 0:
                    continue
                path = folder / f"{built.path.stem}__{name}{built.path.suffix}"
                wb.save(path)
                renames = getattr(wb, "_p22_renames", {})
                variant = _score(_variant_truth(built, path, renames), standards)
                _tally(tallies[name], lay.name, original, variant, mask)
    return tallies


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--every", type=int, default=4, help="every K-th layout (the sample)")
    parser.add_argument(
        "--offset",
        type=int,
        default=0,
        help="start the sample at this layout (a second sample: --every 8 --offset 4)",
    )
    parser.add_argument("--only", metavar="TEXT", help="tuning halves whose name contains TEXT")
    parser.add_argument("--layout", metavar="NAME", help="only this layout")
    parser.add_argument("--perturbation", action="append", choices=sorted(PERTURBATIONS))
    parser.add_argument("--show-lost", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    names = args.perturbation or list(PERTURBATIONS)
    tallies = run(args.seed, names, args.every, args.only, args.layout, args.offset)
    if args.json:
        print(json.dumps({n: t.__dict__ for n, t in tallies.items()}, indent=2, default=str))
        return 0
    print(
        f"content alone at seed {args.seed}, every {args.every}th tuning layout"
        f" from the {args.offset}th"
    )
    print("(kept / right in the original, over the reduced truth; [full truth right])")
    for name, t in tallies.items():
        kinds = ("tables", "register", "columns", "values")
        parts = [f"{k} {t.kept.get(k, 0)}/{t.base.get(k, 0)} [{t.full.get(k, 0)}]" for k in kinds]
        kept, base = sum(t.kept.values()), sum(t.base.values())
        print(f"  {name:26s} {kept}/{base} over {t.layouts} layouts: " + "; ".join(parts))
        if args.show_lost:
            for line in t.lost:
                print(f"      - {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
