"""Headers nobody knows: does adoption read a column by its content? (round 42, ce42)

    .venv/bin/python benchmarks/adopt_one_unknown_header.py [--seed N] [--per-table N]
                                                            [--only TEXT] [--limit N] [--show-odd]
                                                            [--show-left-out]

A stranger's workbook most often loses facts because one header is written in a phrasing
adoption does not know: the column is left out with everything in it. This measure makes
that happen on purpose, without strangers. For each layout of the TUNING halves of
``adopt_generalisation.HALVES`` (a half whose name starts with ``held-out`` is never built),
the workbook is built exactly as the scorer builds it (same seed); then in each register
table of its truth, ``--per-table`` columns (1 by default) that the truth maps to a field are
chosen with a seeded random and their header cell is replaced by an invented label nobody
can read: ``Qzv 1``, ``Qzv 2``, ... (``Qzv`` is no word of any language the lexicon holds,
and the number keeps two masked headers apart). The copy is adopted and, for those masked
columns only, counted:

- **recovered**: mapped to the field the truth maps the original header to;
- **wrong**: mapped to another field (worse than leaving it out: its values land in the
  wrong place and nobody is told);
- **left out**: listed as unmapped.

Also counted: **false maps**, the columns the truth leaves out that the masked copy maps
(a content rule that fires on a notes column shows here).

The split: the tuning halves in HALVES order are numbered 0, 1, 2, ...; EVEN halves are the
ones to tune on (their per-field detail is printed), ODD halves are a held-out split of
this measure (only their totals are printed, unless ``--show-odd``; nobody building a rule
should read their detail). ``--limit N`` builds only the first N layouts of each half (2 by
default: the whole tuning set is 1,800 layouts, too slow on a shared machine).

Left out: CSV and other non-Excel files (the header cannot be rewritten in place); a truth
column whose header cell is empty or not text (a two-row header's lower cell under a merged
group label, a month axis of dates), since there is no header to mask.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import openpyxl
from openpyxl.utils import column_index_from_string

sys.path.insert(0, str(Path(__file__).resolve().parent))

from adopt_generalisation import HALVES, _find_table
from adopt_layouts import Layout

from addin.adopt import adopt_host, open_source
from addin.standards import default_standards

#: The invented word that replaces a header (with a number: ``Qzv 1``).
MASK = "Qzv"


@dataclass
class Tally:
    """Counts for one split."""

    masked: int = 0
    recovered: int = 0
    wrong: int = 0
    left_out: int = 0
    false_maps: int = 0
    layouts: int = 0
    failed: int = 0
    #: field -> Counter of outcomes ("recovered", "wrong", "left out")
    by_field: dict[str, Counter[str]] = field(default_factory=dict)
    #: one line per wrong mapping and per false map (EVEN split only is ever printed)
    detail: list[str] = field(default_factory=list)
    #: one line per masked column left out (printed with ``--show-left-out``)
    left: list[str] = field(default_factory=list)


def tuning_halves(only: str | None) -> list[tuple[int, str, list[Layout]]]:
    """The tuning halves, numbered in HALVES order (never a held-out half)."""
    out = []
    index = 0
    for half, layouts in HALVES:
        if half.startswith("held-out") or not half.startswith("tuning"):
            continue
        if not only or only in half:
            out.append((index, half, list(layouts)))
        index += 1
    return out


def _field_name(target: object) -> str:
    return "/".join(str(t) for t in target) if isinstance(target, tuple) else str(target)


def _fits(got: str | None, target: object) -> bool:
    return got in target if isinstance(target, tuple) else got == target


def mask_and_score(
    layout: Layout, n: int, seed: int, per_table: int, folder: Path, tally: Tally
) -> None:
    """Build one layout, mask columns of each truth table, adopt the copy and count."""
    built = layout.build(folder, random.Random(seed * 1000 + n))
    if built.path.suffix.lower() not in (".xlsx", ".xlsm"):
        return
    wb = openpyxl.load_workbook(built.path, keep_vba=built.path.suffix.lower() == ".xlsm")
    rng = random.Random(zlib.crc32(f"{seed}:{layout.name}".encode()))
    masked: list[tuple[int, str, object, str]] = []  # (truth table, letter, target, header)
    counter = 0
    for t, truth in enumerate(built.tables):
        if truth.sheet not in wb.sheetnames:
            continue
        ws = wb[truth.sheet]
        pool = []
        for letter, target in truth.columns.items():
            if target is None or target in ("register", "measure"):
                continue
            cell = ws.cell(truth.header_row, column_index_from_string(letter))
            if isinstance(cell.value, str) and cell.value.strip():
                pool.append((letter, target))
        for letter, target in rng.sample(pool, min(per_table, len(pool))):
            counter += 1
            cell = ws.cell(truth.header_row, column_index_from_string(letter))
            masked.append((t, letter, target, str(cell.value)))
            cell.value = f"{MASK} {counter}"
    if not masked:
        return
    path = folder / f"{built.path.stem}__masked{built.path.suffix}"
    wb.save(path)
    tally.layouts += 1
    try:
        adoption = adopt_host(open_source(path), default_standards())
    except Exception:
        tally.failed += 1
        adoption = None
    for t, letter, target, header in masked:
        truth = built.tables[t]
        table = _find_table(adoption, truth) if adoption else None
        got = {c.column: c.target for c in table.columns}.get(letter) if table else None
        name = _field_name(target)
        outcome = "recovered" if _fits(got, target) else "left out" if got is None else "wrong"
        tally.masked += 1
        if outcome == "recovered":
            tally.recovered += 1
        elif outcome == "wrong":
            tally.wrong += 1
            tally.detail.append(f"wrong: {layout.name} {truth.sheet}!{letter} {got} != {name}")
        else:
            tally.left_out += 1
            tally.left.append(f"left out: {layout.name} {truth.sheet}!{letter} {header!r} ({name})")
        tally.by_field.setdefault(name, Counter())[outcome] += 1
    for truth in built.tables:
        table = _find_table(adoption, truth) if adoption else None
        if table is None:
            continue
        got_all = {c.column: c.target for c in table.columns}
        for letter, target in truth.columns.items():
            if target is None and got_all.get(letter) is not None:
                tally.false_maps += 1
                tally.detail.append(
                    f"false map: {layout.name} {truth.sheet}!{letter} -> {got_all[letter]}"
                )


def _print(title: str, tally: Tally, detail: bool, left_out: bool = False) -> None:
    def pct(k: int) -> str:
        return f"{k} ({100 * k / tally.masked:.1f}%)" if tally.masked else str(k)

    print(f"== {title}: {tally.layouts} layouts, {tally.masked} masked columns ==")
    print(
        f"  recovered {pct(tally.recovered)}  wrong {pct(tally.wrong)}  "
        f"left out {pct(tally.left_out)}  false maps {tally.false_maps}  "
        f"adoption failed {tally.failed}"
    )
    if not detail:
        return
    for name, c in sorted(tally.by_field.items(), key=lambda kv: -sum(kv[1].values())):
        total = sum(c.values())
        print(
            f"    {name:28s} {total:4d}: recovered {c['recovered']:3d}  "
            f"wrong {c['wrong']:3d}  left out {c['left out']:3d}"
        )
    for line in tally.detail + (tally.left if left_out else []):
        print(f"      - {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--per-table", type=int, default=1)
    parser.add_argument("--only", metavar="TEXT", help="only the tuning halves naming TEXT")
    parser.add_argument("--limit", type=int, default=2, help="layouts per half (0: all)")
    parser.add_argument("--show-odd", action="store_true", help="print the odd split's detail")
    parser.add_argument(
        "--show-left-out", action="store_true", help="list the masked columns left out (even split)"
    )
    args = parser.parse_args(argv)
    even, odd = Tally(), Tally()
    with tempfile.TemporaryDirectory() as tmp:
        for index, _half, layouts in tuning_halves(args.only):
            tally = even if index % 2 == 0 else odd
            chosen = layouts[: args.limit] if args.limit else layouts
            for n, layout in enumerate(chosen):
                folder = Path(tmp) / f"{index}-{n}"
                folder.mkdir()
                mask_and_score(layout, n, args.seed, args.per_table, folder, tally)
    _print("EVEN tuning halves (tuned on)", even, detail=True, left_out=args.show_left_out)
    _print("ODD tuning halves (this measure's held-out split)", odd, detail=args.show_odd)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
