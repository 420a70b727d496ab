"""Finishing adopted items and adding them to the project: standard IDs, titles from
descriptions, one Finance line per month and cost line, model validation.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from addin import layout
from addin.adopt.detect import (
    TableBlock,
)
from addin.adopt.grid import Grid
from addin.adopt.ids import standardise_ids
from addin.adopt.report import RowIssue, TableReport
from addin.adopt.rows import RowsResult
from addin.adopt.synonyms import MEASURES
from addin.models import ITEM_MODELS, ProjectData


def _merge_finance(result: RowsResult) -> int:
    """Add up finance rows with the same month and cost line; returns how many merged."""
    kept: list[dict[str, Any]] = []
    raws: list[dict[str, str]] = []
    index: dict[tuple[Any, Any], int] = {}
    merged = 0
    for item, raw in zip(result.items, result.raw_text, strict=True):
        key = (item.get("month"), item.get("cost_line"))
        if key[0] is None or key[1] is None or raw or key not in index:
            if key[0] is not None and key[1] is not None and not raw:
                index.setdefault(key, len(kept))
            kept.append(item)
            raws.append(raw)
            continue
        target = kept[index[key]]
        for measure in MEASURES:
            if item.get(measure) is not None:
                target[measure] = (target.get(measure) or 0.0) + item[measure]
        if item.get("notes") and item["notes"] != target.get("notes"):
            target["notes"] = "; ".join(filter(None, [target.get("notes"), item["notes"]]))[:500]
        merged += 1
    result.items, result.raw_text = kept, raws
    return merged


def store_items(
    key: str,
    result: RowsResult,
    project: ProjectData,
    raw_cells: dict[tuple[str, int, str], str],
    table: TableReport,
    grid: Grid,
    block: TableBlock,
) -> None:
    """Finish items (IDs, titles), validate them into models, add them to the project."""
    register = layout.REGISTERS_BY_KEY[key]
    if key == "finance":
        merged = _merge_finance(result)
        if merged:
            table.notes.append(
                f"{merged} source row(s) shared a month and cost line with another; their "
                "amounts were added into one Finance line each (the standard has one line per "
                "month and cost line)"
            )
    if register.id_prefix:
        changes, generated = standardise_ids(result.items, register.id_prefix)
        table.id_changes.extend(changes)
        if generated:
            table.notes.append(
                (f"{register.sheet}: " if table.register == "raid" else "")
                + f"{generated} item(s) had no ID; IDs were generated"
            )
    main = {"risks": "title", "issues": "title", "dependencies": "title"}.get(key)
    filled = 0
    for item in result.items:
        if main and not item.get(main) and item.get("description"):
            text = str(item["description"]).split("\n")[0]
            item[main] = text if len(text) <= 80 else text[:77].rstrip() + "..."
            filled += 1
    prefix = f"{register.sheet}: " if table.register == "raid" else ""
    if filled:
        table.notes.append(
            prefix
            + f"Title taken from the description for {filled} item(s) (the source has no title column)"
        )
    model = ITEM_MODELS[key]
    target = project.items(key)
    adopted = 0
    existing: dict[tuple[Any, Any], Any] = {}
    if key == "finance":
        existing = {(f.month, f.cost_line): f for f in project.finance if f.month and f.cost_line}
    joined = conflicts = 0
    for item, raw in zip(result.items, result.raw_text, strict=True):
        earlier = existing.get((item.get("month"), item.get("cost_line"))) if not raw else None
        if earlier is not None:
            # the same month and cost line from another table (a Budget sheet and an
            # Actuals sheet): fill in what the earlier line lacks, never add up twice
            for measure in MEASURES:
                if item.get(measure) is None:
                    continue
                if getattr(earlier, measure) is None:
                    setattr(earlier, measure, item[measure])
                elif getattr(earlier, measure) != item[measure]:
                    conflicts += 1
            joined += 1
            continue
        try:
            target.append(model(**item))
        except ValidationError as exc:
            table.skipped_rows.append(
                RowIssue(
                    int(item.get("source_row") or 0),
                    "",
                    f"could not be adopted: {exc.errors()[0]['msg']}",
                )
            )
            continue
        for column_key, text in raw.items():
            raw_cells[(key, len(target) - 1, column_key)] = text
        adopted += 1
    table.items[key] = table.items.get(key, 0) + adopted
    if joined:
        table.notes.append(
            f"{joined} line(s) have the month and cost line of a line from an earlier table; "
            "their amounts were joined to it"
            + (
                f" ({conflicts} amount(s) differed; the earlier table's were kept)"
                if conflicts
                else ""
            )
        )
    table.skipped_rows.extend(result.skipped)
    table.unconverted.extend(result.unconverted)
    for note in result.notes:
        if note not in table.notes:
            table.notes.append(note)
