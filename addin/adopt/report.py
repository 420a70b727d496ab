"""What adoption did, for the person who has to trust it: the mapping report.

The same report is printed by ``pmo adopt``, returned as JSON by ``--json`` and written as
the ``Adoption Report`` sheet of the adopted workbook. It lists every table found (and
those left out, with the reason), where every source column went and how sure the match
is, every row not adopted and every value that could not be converted.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from addin.adopt.match import CERTAIN


@dataclass
class ColumnReport:
    """One source column and where it went."""

    column: str  # Excel column letter in the source, e.g. "F"
    header: str
    target: str | None  # canonical column key, None when left out
    target_name: str | None = None  # canonical column name, e.g. "Probability"
    confidence: float = 0.0
    method: str = ""  # "synonym", "fuzzy", "mapping file", "type column", "month axis"
    note: str = ""  # how values were read, or why the column was left out

    @property
    def low_confidence(self) -> bool:
        return self.target is not None and self.confidence < CERTAIN


@dataclass
class RowIssue:
    """A row not adopted, or a value not converted."""

    row: int
    cell: str  # "F12" or "" for a whole row
    reason: str
    header: str = ""
    value: str = ""


@dataclass
class TableReport:
    """One table found in the source."""

    sheet: str
    ref: str  # "B10:U20"
    header_row: int
    register: str | None  # register key, "raid" for a mixed table, None when left out
    confidence: float = 0.0
    reason: str = ""  # why this register, or why left out
    items: dict[str, int] = field(default_factory=dict)  # register -> items adopted
    columns: list[ColumnReport] = field(default_factory=list)
    skipped_rows: list[RowIssue] = field(default_factory=list)
    unconverted: list[RowIssue] = field(default_factory=list)
    id_changes: list[tuple[str, str]] = field(default_factory=list)  # (source id, new id)
    notes: list[str] = field(default_factory=list)

    @property
    def adopted(self) -> bool:
        return self.register is not None


@dataclass
class AdoptionReport:
    """Everything adoption found, did, and could not do."""

    source: str
    tables: list[TableReport] = field(default_factory=list)
    left_out_sheets: list[tuple[str, str]] = field(default_factory=list)  # (sheet, why)
    project_fields: dict[str, str] = field(default_factory=dict)  # field -> "value (from Sheet!B5)"
    warnings: list[str] = field(default_factory=list)
    output: str | None = None
    mapping_file: str | None = None
    readings: list[str] = field(default_factory=list)  # each value reading applied
    #: round 23: each mapping-file entry that no longer fits the file (a mapped column
    #: gone, a sheet or header row not found): warned, and the exit code says review
    misfits: list[str] = field(default_factory=list)

    def misfit(self, lines: list[str]) -> None:
        """Record mapping entries that no longer fit, each also a warning."""
        self.misfits.extend(lines)
        self.warnings.extend(lines)

    @property
    def adopted_tables(self) -> list[TableReport]:
        return [t for t in self.tables if t.adopted]

    @property
    def item_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for table in self.tables:
            for key, n in table.items.items():
                counts[key] = counts.get(key, 0) + n
        return counts

    @property
    def low_confidence(self) -> list[tuple[TableReport, ColumnReport]]:
        return [(t, c) for t in self.adopted_tables for c in t.columns if c.low_confidence]

    @property
    def unconverted_count(self) -> int:
        return sum(len(t.unconverted) for t in self.adopted_tables)

    @property
    def needs_review(self) -> bool:
        """True when a person should look: an unsure register choice, low-confidence
        mappings, unconverted values, or a register in a shape not read (round 11)."""
        unsure = any(t.confidence < 0.7 for t in self.adopted_tables)
        guessed_dates = any("check a few dates" in w for w in self.warnings)
        # a register in a shape not read as rows (a transposed table, a form; round 11)
        unread_shape = any("cannot be read safely as rows" in w for w in self.warnings)
        # a resource plan's hours or FTE read in days by a default reading (round 15)
        assumed_days = any("set hours_per_day" in w or "set fte_days" in w for w in self.warnings)
        return (
            unsure
            or guessed_dates
            or unread_shape
            or assumed_days
            or bool(self.low_confidence)
            or bool(self.misfits)
            or self.unconverted_count > 0
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``pmo adopt --json`` (docs/adopt.md)."""
        return {
            "source": self.source,
            "output": self.output,
            "mapping_file": self.mapping_file,
            "adopted": bool(self.adopted_tables),
            "needs_review": self.needs_review,
            "item_counts": self.item_counts,
            "project_fields": self.project_fields,
            "warnings": self.warnings,
            "left_out_sheets": [{"sheet": s, "reason": r} for s, r in self.left_out_sheets],
            "readings": self.readings,
            "tables": [
                {
                    **{k: v for k, v in asdict(t).items() if k not in {"columns", "id_changes"}},
                    "columns": [
                        {**asdict(c), "low_confidence": c.low_confidence} for c in t.columns
                    ],
                    "id_changes": [{"source": a, "new": b} for a, b in t.id_changes],
                }
                for t in self.tables
            ],
        }

    # -- rendering -------------------------------------------------------------------------

    def lines(self, *, limit: int = 20) -> list[str]:
        """The report as text lines for the terminal (at most ``limit`` rows per list)."""
        out = [f"Adoption of {self.source}"]
        if self.output:
            out.append(f"  wrote {self.output}")
        counts = ", ".join(f"{n} {k}" for k, n in self.item_counts.items()) or "no items"
        out.append(f"  items adopted: {counts}")
        for key, value in self.project_fields.items():
            out.append(f"  project {key}: {value}")
        for warning in self.warnings:
            out.append(f"  ! {warning}")
        for table in self.tables:
            where = f"{table.sheet}!{table.ref}"
            if not table.adopted:
                out.append(f"- {where}: left out - {table.reason}")
                continue
            items = ", ".join(f"{n} {k}" for k, n in table.items.items()) or "0 items"
            out.append(f"- {where}: {table.register} ({items}); {table.reason}")
            for col in table.columns:
                if col.target is None:
                    out.append(
                        f"    {col.column} {col.header!r} -> left out{': ' + col.note if col.note else ''}"
                    )
                else:
                    flag = "  LOW CONFIDENCE - check" if col.low_confidence else ""
                    note = f" ({col.note})" if col.note else ""
                    out.append(
                        f"    {col.column} {col.header!r} -> {col.target_name} "
                        f"[{col.confidence:.2f} {col.method}]{note}{flag}"
                    )
            for note in table.notes:
                out.append(f"    note: {note}")
            for label, issues in (
                ("row not adopted", table.skipped_rows),
                ("not converted", table.unconverted),
            ):
                for issue in issues[:limit]:
                    cell = issue.cell or f"row {issue.row}"
                    value = f" {issue.value!r}" if issue.value else ""
                    out.append(f"    {label}: {table.sheet}!{cell}{value} - {issue.reason}")
                if len(issues) > limit:
                    out.append(f"    ... and {len(issues) - limit} more ({label})")
            if table.id_changes:
                shown = ", ".join(f"{a}->{b}" for a, b in table.id_changes[:8])
                more = f" (+{len(table.id_changes) - 8} more)" if len(table.id_changes) > 8 else ""
                out.append(f"    IDs renumbered to the standard form: {shown}{more}")
        for sheet, why in self.left_out_sheets:
            out.append(f"- sheet {sheet!r}: left out - {why}")
        for reading in self.readings:
            out.append(f"  reading: {reading}")
        return out

    def sheet_rows(self) -> list[list[object]]:
        """The report as rows for the ``Adoption Report`` sheet (header first)."""
        rows: list[list[object]] = [
            [
                "Source sheet",
                "Range",
                "Register",
                "Source column",
                "Source header",
                "Went to",
                "Confidence",
                "Check?",
                "Row",
                "Cell",
                "Value",
                "Note",
            ]
        ]
        blank = ["", "", "", "", "", "", "", "", "", "", "", ""]
        rows.append([*blank[:11], f"Source: {self.source}"])
        counts = ", ".join(f"{n} {k}" for k, n in self.item_counts.items()) or "no items"
        rows.append([*blank[:11], f"Items adopted: {counts}"])
        for key, value in self.project_fields.items():
            rows.append([*blank[:11], f"Project {key}: {value}"])
        for table in self.tables:
            register = table.register or "left out"
            items = ", ".join(f"{n} {k}" for k, n in table.items.items())
            unsure = "CHECK" if table.adopted and table.confidence < 0.7 else ""
            rows.append(
                [
                    table.sheet,
                    table.ref,
                    register,
                    "",
                    "",
                    items,
                    table.confidence or "",
                    unsure,
                    table.header_row,
                    "",
                    "",
                    table.reason,
                ]
            )
            for note in table.notes:
                rows.append(
                    [table.sheet, table.ref, register, "", "", "", "", "", "", "", "", note]
                )
            for col in table.columns:
                rows.append(
                    [
                        table.sheet,
                        table.ref,
                        register,
                        col.column,
                        col.header,
                        col.target_name or "(left out)",
                        col.confidence if col.target else "",
                        "LOW CONFIDENCE" if col.low_confidence else "",
                        "",
                        "",
                        "",
                        col.note,
                    ]
                )
            for label, issues in (
                ("row not adopted", table.skipped_rows),
                ("value not converted", table.unconverted),
            ):
                for issue in issues:
                    rows.append(
                        [
                            table.sheet,
                            table.ref,
                            register,
                            "",
                            issue.header,
                            label,
                            "",
                            "CHECK",
                            issue.row,
                            issue.cell,
                            issue.value,
                            issue.reason,
                        ]
                    )
            for source, new in table.id_changes:
                rows.append(
                    [
                        table.sheet,
                        table.ref,
                        register,
                        "",
                        "ID",
                        new,
                        "",
                        "",
                        "",
                        "",
                        source,
                        "source ID renumbered to the standard form",
                    ]
                )
        for sheet, why in self.left_out_sheets:
            rows.append([sheet, "", "left out", "", "", "", "", "", "", "", "", why])
        for warning in self.warnings:
            rows.append(["", "", "", "", "", "", "", "CHECK", "", "", "", warning])
        for reading in self.readings:
            rows.append([*blank[:11], f"Reading: {reading}"])
        return rows
