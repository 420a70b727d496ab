"""The re-usable mapping: saved after an adoption, edited by a PMO, applied next month.

Shape (JSON)::

    {
      "format": "pmo-adoption-mapping",
      "version": 1,
      "tables": [
        {
          "sheet": "Risks",
          "header_row": 11,
          "first_column": "B",
          "last_column": "O",
          "register": "risks",            // or "raid", or null to leave the table out
          "type_column": null,            // the R/A/I/D column of a mixed table, e.g. "D"
          "columns": {                    // source header -> canonical column key, or null
            "Risk ID": "id",
            "Trigger / Cause": null
          }
        }
      ],
      "project": {"project_id": "PRJ-0042"},  // optional overrides of the project header
      "readings": {"three_level": {"low": 1, "medium": 3, "high": 5}, ...}
    }

``readings`` holds the value readings used (see :mod:`addin.adopt.readings`): edit one
(``"high": 4``) and re-run with ``--mapping``.

Columns are matched by header text (case and spacing ignored), not by letter, so a column
moved next month still maps; a header the mapping does not know is matched automatically
and reported as new; a header the mapping names but the file lacks is reported as missing.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from addin import layout
from addin.adopt.readings import ValueReadings
from addin.errors import UsageError

FORMAT = "pmo-adoption-mapping"
VERSION = 1


@dataclass
class TableMapping:
    """How one source table is adopted."""

    sheet: str
    header_row: int
    first_column: str
    last_column: str
    register: str | None
    type_column: str | None = None
    columns: dict[str, str | None] = field(default_factory=dict)
    #: a mixed RAID table: what a column means for the other registers, where that differs
    #: ({"dependencies": {"target_date": "need_by"}}); ``columns`` is the main register's
    register_columns: dict[str, dict[str, str | None]] = field(default_factory=dict)
    #: how a column was read other than by its English words (round 8): header -> "mapped
    #: by content: values are person names, confidence 0.70" or "read in English as
    #: 'risk owner'". For the PMO to see; ``columns`` is what is applied
    column_readings: dict[str, str] = field(default_factory=dict)
    #: a transposed table read as one (round 17): ``header_row`` is its first field row and
    #: ``first_column`` its labels' column; the fields run down, one item per column
    transposed: bool = False
    #: a tracker read turned (round 25's last hour, :mod:`addin.adopt.turned_mapping`):
    #: ``{"shape": "periods down" | "long plan", "period_column": ..., ...}``; the entry's
    #: range and ``columns`` are the source table's, its reading is the turned table's
    turned: dict[str, Any] | None = None


@dataclass
class AdoptionMapping:
    """Every table's mapping, plus project header overrides."""

    tables: list[TableMapping] = field(default_factory=list)
    project: dict[str, Any] = field(default_factory=dict)
    source: str = ""
    #: the value readings (H/M/L to numbers, percentage bands, date order, fiscal year)
    readings: ValueReadings = field(default_factory=ValueReadings)

    def for_sheet(self, sheet: str) -> list[TableMapping]:
        return [t for t in self.tables if t.sheet == sheet]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "source": self.source,
            "tables": [asdict(t) for t in self.tables],
            "project": self.project,
            "readings": self.readings.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "mapping") -> AdoptionMapping:
        if data.get("format") != FORMAT:
            raise UsageError(f'{where}: not an adoption mapping ("format" must be {FORMAT!r})')
        valid_registers = {r.key for r in layout.REGISTERS} | {"raid"}
        tables = []
        for index, raw in enumerate(data.get("tables", [])):
            try:
                table = TableMapping(
                    sheet=str(raw["sheet"]),
                    header_row=int(raw["header_row"]),
                    first_column=str(raw.get("first_column", "A")),
                    last_column=str(raw.get("last_column", "")),
                    register=raw.get("register"),
                    type_column=raw.get("type_column"),
                    columns={
                        str(k): (None if v is None else str(v))
                        for k, v in raw.get("columns", {}).items()
                    },
                    register_columns={
                        str(reg): {str(k): (None if v is None else str(v)) for k, v in cols.items()}
                        for reg, cols in raw.get("register_columns", {}).items()
                    },
                    column_readings={
                        str(k): str(v) for k, v in (raw.get("column_readings") or {}).items()
                    },
                    transposed=bool(raw.get("transposed", False)),
                    turned=dict(raw["turned"]) if raw.get("turned") else None,
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise UsageError(
                    f"{where}: table {index + 1} needs sheet and header_row ({exc})"
                ) from None
            if table.register is not None and table.register not in valid_registers:
                raise UsageError(
                    f"{where}: table {index + 1} ({table.sheet}) has register {table.register!r}; "
                    f"use one of {sorted(valid_registers)} or null"
                )
            if table.turned is not None:
                from addin.adopt.turned_mapping import SHAPES

                if table.turned.get("shape") not in SHAPES:
                    raise UsageError(
                        f"{where}: table {index + 1} ({table.sheet}) has turned shape "
                        f"{table.turned.get('shape')!r}; use one of {list(SHAPES)}"
                    )
                tables.append(table)  # its columns name the turn's parts, not a register's
                continue
            registers = (
                [table.register] if table.register not in (None, "raid") else list(layout.RAID_KEYS)
            )
            known = {c.key for r in registers if r for c in layout.REGISTERS_BY_KEY[r].columns}
            for header, key in table.columns.items():
                if key is not None and table.register is not None and key not in known:
                    raise UsageError(
                        f"{where}: {table.sheet} column {header!r} maps to {key!r}, which is not a "
                        f"column of {table.register}; use one of {sorted(known)} or null"
                    )
            for reg, cols in table.register_columns.items():
                if reg not in layout.RAID_KEYS:
                    raise UsageError(
                        f"{where}: {table.sheet} register_columns names {reg!r}; use one of "
                        f"{sorted(layout.RAID_KEYS)}"
                    )
                own = {c.key for c in layout.REGISTERS_BY_KEY[reg].columns}
                for header, key in cols.items():
                    if key is not None and key not in own:
                        raise UsageError(
                            f"{where}: {table.sheet} column {header!r} maps to {key!r} for {reg}, "
                            f"which is not a column of {reg}; use one of {sorted(own)} or null"
                        )
            tables.append(table)
        return cls(
            tables=tables,
            project=dict(data.get("project", {})),
            source=str(data.get("source", "")),
            readings=ValueReadings.from_dict(data.get("readings"), where),
        )


def load_mapping(path: Path) -> AdoptionMapping:
    """Read a mapping file (JSON), with a clear error naming the file when it is wrong."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"{path}: mapping file not found") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise UsageError(f"{path}: a mapping file holds one JSON object")
    return AdoptionMapping.from_dict(data, str(path))


def save_mapping(mapping: AdoptionMapping, path: Path) -> Path:
    """Write the mapping as indented JSON for a person to edit."""
    Path(path).write_text(
        json.dumps(mapping.to_dict(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return Path(path)


def header_key(text: str) -> str:
    """How headers are compared between the mapping and the file."""
    return " ".join(text.casefold().split())


def no_header_key(letter: str) -> str:
    """The mapping file's name for a column without a header, by its letter: ``(no header)
    B``. Such a column was mapped by its values; a re-run maps it by the letter."""
    return f"(no header) {letter}"
