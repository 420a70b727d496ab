"""`pmo history export`: one CSV or Parquet file per store table, for Power BI and pandas."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from addin.store import schema
from addin.store.api import read_table
from addin.store.errors import StoreError
from addin.store.store import Store

ExportFormat = Literal["csv", "parquet"]


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
                frame.to_csv(tmp, index=False)
            else:
                frame.to_parquet(tmp, index=False)
            os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"{target}: cannot be written ({exc.strerror or exc})") from None
        written.append({"table": name, "path": str(target), "rows": len(frame)})
    return written
