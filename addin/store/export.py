"""`pmo history export`: one CSV or Parquet file per store table, for Power BI and pandas.

CSV is opened in Excel, which runs a cell that starts with ``=``, ``+``, ``-`` or ``@``
(and one after a leading tab or carriage return) as a formula: text a PM typed, such as a
risk titled ``=HYPERLINK(...)``, would run on the analyst's machine ("CSV injection"). As
OWASP recommends, such text cells are written with a leading apostrophe; numbers (a
budget of -5) and text that is a plain number are written as they are. Parquet holds
typed values that nothing evaluates, so it keeps every text exactly.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from addin.store import schema
from addin.store.api import read_table
from addin.store.errors import StoreError
from addin.store.store import Store

if TYPE_CHECKING:
    import pandas as pd

ExportFormat = Literal["csv", "parquet"]

#: What Excel (and LibreOffice) take as the start of a formula in a CSV cell.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def csv_safe(value: object) -> object:
    """``value`` as a CSV cell Excel will not run: text starting a formula gets a leading
    ``'``; anything else (numbers, dates, None, a plain number typed as text) is unchanged."""
    if (
        isinstance(value, str)
        and value.startswith(FORMULA_START)
        and not _PLAIN_NUMBER.fullmatch(value)
    ):
        return "'" + value
    return value


def export_tables(store: Store, folder: Path, fmt: ExportFormat = "csv") -> list[dict[str, Any]]:
    """Write every table to ``folder`` (each file written whole, then renamed into place)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"{folder}: cannot create the export folder ({exc.strerror or exc})"
        ) from None
    written = []
    for name in schema.PUBLIC_TABLES:
        frame = read_table(store, name)
        target = folder / f"{name}.{fmt}"
        tmp = folder / f".{name}.{fmt}.part"
        try:
            if fmt == "csv":
                _write_csv(frame, tmp)
            else:
                frame.to_parquet(tmp, index=False)
            os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"{target}: cannot be written ({exc.strerror or exc})") from None
        written.append({"table": name, "path": str(target), "rows": len(frame)})
    return written


def _write_csv(frame: pd.DataFrame, path: Path) -> None:
    """``frame`` as CSV, its text columns made safe to open in Excel (:func:`csv_safe`)."""
    from pandas.api.types import is_string_dtype

    for column in frame.columns:  # numbers and dates are written as they are
        if is_string_dtype(frame[column].dtype):
            frame[column] = frame[column].map(csv_safe)
    frame.to_csv(path, index=False)
