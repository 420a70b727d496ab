"""XlsxWriter's package of the roll-up's structure, its parts stored, not deflated.

The structure XlsxWriter writes is never the roll-up itself: :mod:`addin.rollup.stream_cells`
reads every part of it back (inflating each) and writes the roll-up's own package, deflating
each part again. So XlsxWriter's deflate of the structure (about 570 KB of XML at 300
projects, 8-10 ms), and the inflate that undoes it, were work done for nothing, twice in
the history case (the structure is written before and after the store's answer, the
second time on the run's path: benchmarks/README.md, round 13b). Here the parts XlsxWriter
makes go into the structure's zip as they are (stored); the roll-up's parts and their
compressed bytes are the same. XlsxWriter lets a workbook give its own packager
(``Workbook._get_packager``); should a later XlsxWriter stop asking for it, the structure
is XlsxWriter's own package, deflated, as before.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from xlsxwriter.packager import Packager
from xlsxwriter.workbook import Workbook

#: The date XlsxWriter gives the parts of a package it makes in memory.
_PART_DATE = (1980, 1, 1, 0, 0, 0)


class _KeptPackager(Packager):
    """XlsxWriter's packager, whose parts are kept in ``parts`` instead of zipped."""

    def __init__(self, parts: list[tuple[Any, str, bool]]) -> None:
        super().__init__()
        self.parts = parts

    def _create_package(self) -> list[tuple[Any, str, bool]]:
        self.parts.extend(super()._create_package())
        return []  # (nothing for XlsxWriter to deflate)


class StoredWorkbook(Workbook):
    """A workbook written in memory (``in_memory`` is set) whose package
    :meth:`close_stored` writes with every part stored."""

    def __init__(self, options: dict[str, Any]) -> None:
        super().__init__(io.BytesIO(), {**options, "in_memory": True})
        self.kept: list[tuple[Any, str, bool]] = []

    def _get_packager(self) -> Packager:
        return _KeptPackager(self.kept)

    def close_stored(self, path: Path) -> None:
        """Close the workbook and write its package to ``path``, the parts stored, in the
        order XlsxWriter zips them."""
        self.close()
        if not self.kept:  # (the packager was not asked for: XlsxWriter's own package)
            path.write_bytes(self.filename.getvalue())
            return
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED, allowZip64=True) as package:
            for part, name, is_binary in self.kept:
                data = part.getvalue()
                package.writestr(
                    zipfile.ZipInfo(name, _PART_DATE), data if is_binary else data.encode()
                )
