"""The obvious consolidation script a PMO analyst would write (the benchmark's baseline).

pandas with openpyxl: each workbook opened once (``pd.ExcelFile``) and its sheets parsed
from that one open workbook, ``concat``, then ``to_excel`` with openpyxl. No checks, no
isolation, no cache: just the data.

    python benchmarks/obvious_script.py FOLDER OUT.xlsx
"""

from __future__ import annotations

import glob
import os
import sys

import pandas as pd

SHEETS = ["Risks", "Assumptions", "Issues", "Dependencies", "Decisions", "Milestones", "Finance"]


def main(folder: str, out: str) -> None:
    frames: dict[str, list[pd.DataFrame]] = {sheet: [] for sheet in ["Projects", *SHEETS]}
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.xlsx"), recursive=True)):
        name = os.path.basename(path)
        if name.startswith("~$"):
            continue
        with pd.ExcelFile(path, engine="openpyxl") as book:  # opened once, not once per sheet
            project = book.parse("Project", header=None)
            fields = dict(zip(project[0], project[1], strict=False))
            project_id = fields.get("Project ID")
            frames["Projects"].append(pd.DataFrame([{**fields, "Source File": name}]))
            for sheet in SHEETS:
                df = book.parse(sheet)
                df.insert(0, "Project ID", project_id)
                df["Source File"] = name
                frames[sheet].append(df)
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        for sheet, dfs in frames.items():
            pd.concat(dfs, ignore_index=True).to_excel(writer, sheet_name=sheet, index=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
