"""The ground-truth check every held-out batch shares (``check_truth``): internal
consistency of one layout's truth, never compared with adoption's output."""

from __future__ import annotations

from datetime import date

import openpyxl
from adopt_layouts import Built
from openpyxl.utils import column_index_from_string

from addin.models import ITEM_MODELS, ProjectHeader

#: Truth targets that are no model field: a mixed table's type column, a finance measure.
_SPECIAL_TARGETS = {"register", "measure"}


def _fields(register: str) -> set[str]:
    model = ProjectHeader if register == "project" else ITEM_MODELS[register]
    return set(model.model_fields) - {"source_row"}


def check_truth(built: Built) -> list[str]:
    """Internal consistency of one layout's truth (never compared with adoption): each
    value fact points at an item the counts hold (finance: no more month and cost line
    pairs than the counts) and names a field of the standard model; each truth column has a
    header in the sheet at or above its header row and names a standard column of its
    register; no value has two facts; no two truth tables of a sheet share a header row
    (the scorer could not tell them apart)."""
    problems: list[str] = []
    counts: dict[str, int] = {}
    for t in built.tables:
        for reg, n in t.counts.items():
            counts[reg] = counts.get(reg, 0) + n
    wb = openpyxl.load_workbook(built.path)
    for t in built.tables:
        if t.sheet not in wb.sheetnames:
            problems.append(f"{t.sheet}: no such sheet")
            continue
        ws = wb[t.sheet]
        regs = set(t.counts) if t.register == "raid" else {t.register}
        known = set().union(*(_fields(r) for r in regs if r in ITEM_MODELS)) | _SPECIAL_TARGETS
        for letter, target in t.columns.items():
            col = column_index_from_string(letter)
            texts = [ws.cell(r, col).value for r in (t.header_row, t.header_row - 1) if r >= 1]
            in_merge = any(
                m.min_col <= col <= m.max_col and m.min_row <= t.header_row <= m.max_row
                for m in ws.merged_cells.ranges
            )
            if not any(isinstance(v, str) and v.strip() for v in texts) and not in_merge:
                problems.append(f"{t.sheet}!{letter}{t.header_row}: truth column has no header")
            wanted = target if isinstance(target, tuple) else (target,)
            for key in wanted:
                if key is not None and key not in known:
                    problems.append(f"{t.sheet}!{letter}: {key!r} is no column of {t.register}")
        if t.register not in ("raid", "finance") and set(t.counts) != {t.register}:
            problems.append(f"{t.sheet}: counts {t.counts} do not name {t.register}")
    finance_keys: set[tuple[date, str]] = set()
    for v in built.values:
        if v.register != "project" and v.register not in ITEM_MODELS:
            problems.append(f"{v.register}: no such register")
            continue
        if v.column not in _fields(v.register):
            problems.append(f"{v.register}.{v.column}: no such field")
        if v.register == "project":
            continue
        if isinstance(v.where, tuple):
            finance_keys.add(v.where)
            continue
        if v.where >= counts.get(v.register, 0):
            problems.append(f"{v.register}[{v.where}].{v.column}: no such item in the counts")
    if finance_keys and len(finance_keys) > counts.get("finance", 0):
        problems.append(f"{len(finance_keys)} finance lines > counts {counts.get('finance')}")
    rows: set[tuple[str, int]] = set()
    for t in built.tables:
        if (t.sheet, t.header_row) in rows:
            problems.append(f"{t.sheet}!row {t.header_row}: two truth tables")
        rows.add((t.sheet, t.header_row))
    seen: set[tuple[str, object, str]] = set()
    for v in built.values:
        key = (v.register, v.where, v.column)
        if key in seen:
            problems.append(f"{key}: two facts for one value")
        seen.add(key)
    return problems
