"""Writing the adopted workbook: the standard project workbook plus an Adoption Report sheet.

The standard workbook comes from :func:`addin.templates.build_project_workbook` (the same
builder as ``pmo new``), so adopted workbooks pass ``pmo check`` and ``pmo consolidate``
like any other. Values that could not be converted are written as the source text in
their cell (``raw_cells``), so the check flags them where the PM will fix them. The
report is one more sheet at the end, written by the builder in the same pass: the source
is never opened for writing and nothing is re-saved through openpyxl.
"""

from __future__ import annotations

from pathlib import Path

from addin import layout
from addin.adopt.api import Adoption, adopt_host
from addin.adopt.legacy_host import CalamineHost
from addin.adopt.mapping_file import load_mapping, save_mapping
from addin.cells import address
from addin.errors import UsageError
from addin.host import WorkbookHost
from addin.standards import Standards

REPORT_SHEET = "Adoption Report"


def default_output(src: Path) -> Path:
    """``risks.xls`` -> ``risks.adopted.xlsx`` beside the source."""
    return src.with_name(f"{src.stem}.adopted.xlsx")


def default_mapping_path(out: Path) -> Path:
    """``risks.adopted.xlsx`` -> ``risks.adopted.mapping.json``."""
    return out.with_name(f"{out.stem}.mapping.json")


def _safe(value: object) -> object:
    """Text is written as text: a leading ``=`` would make the builder write a formula."""
    if isinstance(value, str) and value.startswith("="):
        return "'" + value
    return value


def open_source(src: Path) -> WorkbookHost:
    """A read-only host on the source: the file host for OOXML, calamine for legacy .xls.

    Raises :class:`~addin.errors.UnreadableWorkbookError` (with what the file really is)
    for anything that is not a readable workbook.
    """
    from addin.files.sniff import ensure_readable

    kind = ensure_readable(src)
    if kind.kind != "xls":
        try:
            from addin.files.filehost import FileHost

            return FileHost(src)
        except Exception:  # fall back to the plain calamine reader below
            pass
    return CalamineHost(src)


def raw_cells_for(adoption: Adoption) -> dict[tuple[str, str], object]:
    """Source text for unconverted values (in their register cells) and the report sheet."""
    cells: dict[tuple[str, str], object] = {}
    for (register_key, index, column_key), text in adoption.raw_cells.items():
        register = layout.REGISTERS_BY_KEY[register_key]
        col = next(i for i, c in enumerate(register.columns, start=1) if c.key == column_key)
        cells[(register.sheet, address(index + 2, col))] = _safe(text)
    for r, row in enumerate(adoption.report.sheet_rows(), start=1):
        for c, value in enumerate(row, start=1):
            if value not in (None, ""):
                cells[(REPORT_SHEET, address(r, c))] = _safe(value)
    return cells


def write_adoption(adoption: Adoption, out: Path, standards: Standards) -> Path:
    """Write the adopted workbook (atomically, by the template builder)."""
    from addin.templates import build_project_workbook

    return build_project_workbook(
        out, standards, adoption.project, raw_cells=raw_cells_for(adoption)
    )


def adopt_file(
    src: Path,
    out: Path | None,
    standards: Standards,
    *,
    mapping_path: Path | None = None,
    save_mapping_path: Path | None = None,
    project_overrides: dict[str, object] | None = None,
    force: bool = False,
    year_hint: int | None = None,
) -> Adoption:
    """Adopt ``src`` into a new standard workbook ``out`` (default ``SRC.adopted.xlsx``).

    Writes the mapping it used to ``save_mapping_path`` (default ``OUT.mapping.json``) so
    next month's file can be adopted the same way with ``mapping_path``. Never writes to
    ``src``; refuses to overwrite ``out`` unless ``force``.
    """
    src = Path(src)
    out = Path(out) if out is not None else default_output(src)
    if out.resolve() == src.resolve():
        raise UsageError(f"{out}: the output would overwrite the source; choose another --out")
    if out.exists() and not force:
        raise UsageError(f"{out} already exists; use --force to replace it or choose another --out")
    mapping = load_mapping(mapping_path) if mapping_path is not None else None
    host = open_source(src)
    adoption = adopt_host(
        host, standards, mapping=mapping, project_overrides=project_overrides, year_hint=year_hint
    )
    adoption.mapping.source = src.name
    mapping_out = save_mapping_path or default_mapping_path(out)
    adoption.report.mapping_file = str(mapping_out)
    adoption.report.output = str(out)
    if mapping_path is not None:
        adoption.report.warnings.insert(0, f"applied the mapping {mapping_path}")
    if adoption.report.adopted_tables:
        write_adoption(adoption, out, standards)
        save_mapping(adoption.mapping, mapping_out)
    else:
        adoption.report.output = None
        adoption.report.mapping_file = None
    return adoption
