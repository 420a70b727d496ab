"""How far a batch of legacy layouts copies the tables of earlier batches.

    .venv/bin/python benchmarks/adopt_similarity.py benchmarks/adopt_layouts_heldoutNN.py
        [--index FILE] [--seed N]

A held-out batch measures how adoption reads workbooks nobody tuned it on. Round 37's review
found that writers who were given earlier batches "for the format" had copied their
scaffolds: a status report row for row, a decision log translated header by header. Such a
batch measures the tuned layouts again, in other words. This script shows, for every table
of the batch's truth, the nearest table of every OTHER batch in HALVES, by two measures:

- *cells*: the share of the table's header cells (case and spacing folded) found among the
  other table's header cells: a copied header row;
- *structure*: for the same register, the longest run of canonical column keys (a column
  left out counts as one key) the two tables share in the same order, over the longer
  table's number of columns: a translated copy keeps the order of its meanings, and of the
  columns a person leaves out, even when every word changes. Standard registers have a
  natural order (id, title, owner, status), so only long tables are flagged by it.

A table is FLAGGED when its cells overlap reaches 0.6 (with at least four cells) or its
structure ratio reaches 0.9 (with at least seven columns): the writer should rebuild it
from a workbook of its own imagining. The nearest table of a tuning batch is shown with its
header; of a held-out batch only its half's kind, never its header.

The other batches are built once at ``--seed`` (2026) and their header rows cached in
``--index`` (a JSON file; delete it to rebuild after HALVES changes).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import re
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TypedDict

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent))

from adopt_layouts import Built, Layout


class Row(TypedDict, total=False):
    """One truth table's header: its register, folded cells and canonical keys in column
    order, and where it stands."""

    register: str
    cells: list[str]
    keys: list[str]
    sheet: str
    layout: str


class Entry(TypedDict):
    """One half of the index: the module its layouts come from and their tables."""

    module: str
    tables: list[Row]


CELLS_FLAG, CELLS_MIN = 0.6, 4
STRUCTURE_FLAG, STRUCTURE_MIN = 0.9, 7


def _fold(text: object) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


def _key(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, tuple):
        return "|".join(sorted(str(v) for v in value))
    return str(value)


def _tables(built: Built) -> list[Row]:
    """Each truth table's header cells and its canonical keys in column order."""
    wb = openpyxl.load_workbook(built.path)
    rows: list[Row] = []
    for table in built.tables:
        if table.sheet not in wb.sheetnames:
            continue
        ws = wb[table.sheet]
        letters = sorted(table.columns, key=lambda c: (len(c), c))
        cells = [_fold(ws[f"{c}{table.header_row}"].value) for c in letters]
        rows.append(
            {
                "register": table.register,
                "cells": [c for c in cells if c and c != "none"],
                "keys": [_key(table.columns[c]) for c in letters],
                "sheet": table.sheet,
            }
        )
    wb.close()
    return rows


def _build(layouts: Sequence[Layout], seed: int) -> list[Row]:
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, layout in enumerate(layouts):
            folder = Path(tmp) / str(n)
            folder.mkdir()
            built = layout.build(folder, random.Random(seed * 1000 + n))
            for row in _tables(built):
                row["layout"] = layout.name
                rows.append(row)
    return rows


def _module_of(layouts: Sequence[Layout]) -> str:
    return layouts[0].build.__module__ if layouts else ""


def _index(path: Path, seed: int) -> dict[str, Entry]:
    if path.exists():
        loaded: dict[str, Entry] = json.loads(path.read_text(encoding="utf-8"))
        return loaded
    from adopt_generalisation import HALVES

    index: dict[str, Entry] = {}
    for half, layouts in HALVES:
        index[half] = {"module": _module_of(layouts), "tables": _build(layouts, seed)}
    path.write_text(json.dumps(index), encoding="utf-8")
    return index


def _run(a: Sequence[str], b: Sequence[str]) -> int:
    """The longest common subsequence of two key sequences."""
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def compare(row: Row, other: Row) -> tuple[float, float]:
    cells = row["cells"]
    theirs = set(other["cells"])
    overlap = sum(c in theirs for c in cells) / len(cells) if cells else 0.0
    structure = 0.0
    keys, theirs_keys = row["keys"], other["keys"]
    if row["register"] == other["register"] and keys:
        structure = _run(keys, theirs_keys) / max(len(keys), len(theirs_keys))
    return overlap, structure


def _load(path: Path) -> tuple[str, Sequence[Layout]]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"{path}: not a Python module")
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    names = [n for n in vars(module) if n.startswith(("HELD_OUT", "TUNING"))]
    if not names:
        raise SystemExit(f"{path}: no HELD_OUT_NN tuple of layouts")
    return path.stem, getattr(module, names[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("batch", type=Path, help="the batch's file, adopt_layouts_heldoutNN.py")
    parser.add_argument(
        "--index", type=Path, default=Path(tempfile.gettempdir()) / "adopt_headers.json"
    )
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    module, layouts = _load(args.batch)
    index = _index(args.index, args.seed)
    flagged = 0
    for row in _build(layouts, args.seed):
        best_cells: tuple[float, str, Row | None] = (0.0, "", None)
        best_structure: tuple[float, str, Row | None] = (0.0, "", None)
        for half, entry in index.items():
            if entry["module"] == module:
                continue
            for other in entry["tables"]:
                overlap, structure = compare(row, other)
                if overlap > best_cells[0]:
                    best_cells = (overlap, half, other)
                if structure > best_structure[0]:
                    best_structure = (structure, half, other)
        n_cells, n_keys = len(row["cells"]), len(row["keys"])
        flag = (best_cells[0] >= CELLS_FLAG and n_cells >= CELLS_MIN) or (
            best_structure[0] >= STRUCTURE_FLAG and n_keys >= STRUCTURE_MIN
        )
        flagged += flag
        print(
            f"{'FLAGGED ' if flag else ''}{row['layout']} / {row['sheet']} ({row['register']}, "
            f"{n_cells} header cells): cells {best_cells[0]:.2f}, structure {best_structure[0]:.2f}"
        )
        for label, (score, half, nearest) in (("cells", best_cells), ("structure", best_structure)):
            if nearest is None or score < 0.5:
                continue
            if half.startswith("held-out"):
                print(f"    nearest by {label}: a table of a held-out batch")
            else:
                print(f"    nearest by {label}: {half} / {nearest['layout']} / {nearest['sheet']}")
                print(f"      its header: {' | '.join(nearest['cells'])}")
                if label == "structure":
                    print(f"      its keys:   {' '.join(nearest['keys'])}")
        print(f"      this header: {' | '.join(row['cells'])}")
    print(f"{flagged} table(s) flagged")
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
