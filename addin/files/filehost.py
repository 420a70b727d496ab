"""The file host: :class:`addin.host.WorkbookHost` for a workbook on disk.

Read side: values come from calamine (the fastest well-kept reader; it releases the GIL
and turns date-formatted cells into ``date``/``datetime``). What calamine does not tell
comes from the package's XML (:mod:`addin.files.xml_parts`): tables, defined names,
sheet visibility, formula cells and which have no cached value, error values (calamine
returns ``''`` for ``#REF!``), merged ranges. Every read is bounded by ``max_rows`` x
``max_cols`` (``SheetGrid.truncated`` says when it stopped) and a sheet whose values span
too many cells never reaches calamine (it would abort the process).

Write side: works on a COPY. The source is loaded with openpyxl, changed, and saved
atomically to ``output`` (default ``NAME.checked.xlsx`` beside the source), never over the
source. openpyxl drops shapes, text boxes, images in headers, sparklines and cached
formula values in the copy (FACTS.md); the source keeps them.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
import zlib
from pathlib import Path
from types import TracebackType
from typing import Any
from xml.etree.ElementTree import ParseError
from xml.parsers import expat

import python_calamine

from addin.cells import address
from addin.errors import PmoError, UnreadableWorkbookError, UsageError
from addin.files import xml_parts
from addin.files.sniff import MAX_SHEET_CELLS, FileKind, ensure_readable, sniff
from addin.host import CellMark, CellValue, ErrorValue, HostCapabilities, SheetGrid, TableInfo
from addin.marks import MARKS_SHEET

_ERROR_TEXTS = frozenset(
    {"#REF!", "#DIV/0!", "#N/A", "#VALUE!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"}
)


#: What a damaged package raises while its XML is read (defusedxml's errors are ValueErrors).
_DAMAGE = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    ParseError,
    NotImplementedError,
    RuntimeError,
    xml_parts.PartTooLargeError,
)


def default_output(path: Path) -> Path:
    """``plan.xlsx`` -> ``plan.checked.xlsx`` (``.xlsm`` stays ``.xlsm``)."""
    suffix = path.suffix.lower() if path.suffix.lower() in (".xlsx", ".xlsm") else ".xlsx"
    return path.with_name(f"{path.stem}.checked{suffix}")


class FileHost(HostCapabilities):
    """A workbook file, read with calamine and its XML; written to a separate copy."""

    def __init__(
        self,
        path: Path,
        *,
        output: Path | None = None,
        max_rows: int = 100_000,
        max_cols: int = 512,
        kind: FileKind | None = None,
    ) -> None:
        self._path = Path(path)
        self._output = Path(output) if output is not None else default_output(self._path)
        self.max_rows = max_rows
        self.max_cols = max_cols
        self._kind = kind
        self._calamine: python_calamine.CalamineWorkbook | None = None
        self._zip: zipfile.ZipFile | None = None
        self._parts: xml_parts.WorkbookParts | None = None
        self._tables: list[TableInfo] | None = None
        self._scans: dict[str, xml_parts.SheetScan] = {}
        self._formats: dict[int, str] | None = None  # round 37: styles writing text
        self._book: Any = None  # openpyxl Workbook of the copy, loaded on the first write
        self._dirty = False
        self._truncation: dict[str, str] = {}

    # --- identity ------------------------------------------------------------------

    @property
    def name(self) -> str:
        return self._path.name

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def output(self) -> Path:
        """Where :meth:`save` writes the copy."""
        return self._output

    @property
    def kind(self) -> FileKind:
        if self._kind is None:
            self._kind = sniff(self._path)
        return self._kind

    def unreadable_reason(self) -> str | None:
        """What the sniffer found the file really is, with the fix, when it is unreadable."""
        kind = self.kind
        if kind.readable:
            return None
        return f"{kind.reason} - {kind.fix}" if kind.fix else kind.reason

    def formulas_hidden(self) -> bool:
        """An old .xls: its formulas are not visible, only their last results."""
        return self.kind.kind == "xls"

    def close(self) -> None:
        """Release the open files (the host can be used again; it reopens them)."""
        if self._calamine is not None:
            with contextlib.suppress(Exception):
                self._calamine.close()
            self._calamine = None
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def __enter__(self) -> FileHost:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # --- read side -----------------------------------------------------------------

    def _open_calamine(self) -> python_calamine.CalamineWorkbook:
        if self._calamine is None:
            try:
                self._calamine = python_calamine.CalamineWorkbook.from_path(str(self._path))
            except BaseException as exc:  # calamine's errors, and pyo3's PanicException
                _reraise_interrupts(exc)
                part = self._broken_part()
                if part is not None:  # name the part: "XmlError: " alone tells a PM nothing
                    raise UnreadableWorkbookError(
                        str(self._path),
                        f"a damaged workbook: its part {part[0]} {part[1]}",
                        "open it in Excel (it offers to repair it), save it, and try again",
                    ) from exc
                detail = str(exc).strip() or "no detail given"
                raise UnreadableWorkbookError(
                    str(self._path),
                    f"could not be read as a workbook ({type(exc).__name__}: {detail})",
                    "open it in Excel, save it as Excel Workbook (.xlsx) and try again",
                ) from exc
        return self._calamine

    def _broken_part(self) -> tuple[str, str] | None:
        """The first XML part of the package (up to 8 MB each) that is not well-formed,
        with expat's reason; None when every part parses (or it is not a zip)."""
        try:
            package = self._package()
            if package is None:
                return None
            for member in package.infolist():
                if not member.filename.endswith((".xml", ".rels")) or member.file_size > 8 << 20:
                    continue
                parser = expat.ParserCreate()
                parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
                try:
                    data = package.read(member.filename)
                except (zipfile.BadZipFile, zlib.error, EOFError) as error:
                    return member.filename, f"cannot be unpacked ({error})"
                try:
                    parser.Parse(data, True)
                except expat.ExpatError as error:
                    return member.filename, f"is not well-formed XML ({error})"
        except (OSError, zipfile.BadZipFile, zlib.error, RuntimeError, ValueError):
            return None
        return None

    def _package(self) -> zipfile.ZipFile | None:
        """The zip package (None for an .xls)."""
        if self._zip is None and zipfile.is_zipfile(self._path):
            self._zip = zipfile.ZipFile(self._path)
        return self._zip

    def _damaged(self, what: str, exc: BaseException) -> UnreadableWorkbookError:
        return UnreadableWorkbookError(
            str(self._path),
            f"a damaged workbook: {what} cannot be read ({type(exc).__name__}: {exc})",
            "open it in Excel (it offers to repair it), save it, and try again",
        )

    def _workbook_parts(self) -> xml_parts.WorkbookParts:
        if self._parts is None:
            try:
                package = self._package()
                self._parts = (
                    xml_parts.read_workbook_parts(package)
                    if package is not None
                    else xml_parts.WorkbookParts([], {}, {}, False)
                )
            except _DAMAGE as exc:
                raise self._damaged("its list of sheets and names (workbook.xml)", exc) from exc
        return self._parts

    def sheet_names(self) -> list[str]:
        """Every sheet in workbook order, hidden ones included (chart sheets too)."""
        return list(self._open_calamine().sheet_names)

    def sheet_state(self, name: str) -> str:
        """``"visible"``, ``"hidden"`` or ``"veryHidden"``."""
        for entry in self._workbook_parts().sheets:
            if entry.name == name:
                return entry.state
        for meta in self._open_calamine().sheets_metadata:
            if meta.name == name:
                text = str(meta.visible).rsplit(".", 1)[-1]
                return {"Visible": "visible", "Hidden": "hidden", "VeryHidden": "veryHidden"}.get(
                    text, "visible"
                )
        raise KeyError(f"{self.name} has no sheet named {name!r}")

    def scan(self, name: str) -> xml_parts.SheetScan:
        """The sheet's XML facts (formulas, uncached formulas, errors, merged ranges, extent)."""
        cached = self._scans.get(name)
        if cached is not None:
            return cached
        scan = xml_parts.SheetScan()
        package = self._package()
        parts = self._workbook_parts()
        entry = next((s for s in parts.sheets if s.name == name), None)
        if package is not None and entry is not None and entry.part:
            try:
                data = xml_parts.read_part(package, entry.part)
            except KeyError:
                data = b""
            except xml_parts.PartTooLargeError as exc:
                raise UnreadableWorkbookError(
                    str(self._path),
                    f"sheet {name!r} is too large to read safely ({exc})",
                    "delete unused rows and columns, or split the workbook",
                ) from exc
            except _DAMAGE as exc:
                raise self._damaged(f"sheet {name!r}", exc) from exc
            # (no "!" at all, the usual case, is one memchr instead of two searches)
            if b"!" in data and (b"<!DOCTYPE" in data or b"<!ENTITY" in data):
                raise UnreadableWorkbookError(
                    str(self._path),
                    f"a hostile workbook: sheet {name!r} declares a DOCTYPE (XML entity expansion)",
                    "do not open it; ask the sender to re-save it from Excel",
                )
            scan = xml_parts.scan_sheet(data, all_uncached=parts.full_calc_on_load)
            # round 37 (px41): the cells whose number format writes text (``#,##0 "SGD"``);
            # the styles are read once per workbook and most have no such format
            scan.formats = xml_parts.formatted_cells(
                data, self._text_formats(package), self.max_rows, self.max_cols
            )
        self._scans[name] = scan
        return scan

    def _text_formats(self, package: zipfile.ZipFile) -> dict[int, str]:
        """The workbook's cell styles whose number format writes text (read once)."""
        if self._formats is None:
            try:
                self._formats = xml_parts.text_formats(package)
            except _DAMAGE:
                self._formats = {}  # a damaged styles part: the values are read as before
        return self._formats

    def read_sheet(self, name: str) -> SheetGrid:
        """The sheet's values from A1, bounded by ``max_rows`` x ``max_cols``.

        Empty cells are None; error cells are :class:`ErrorValue`; formula cells without a
        cached value are None (their formula text is in ``formulas``).
        """
        book = self._open_calamine()
        if name not in book.sheet_names:
            raise KeyError(f"{self.name} has no sheet named {name!r}")
        scan = self.scan(name)
        grid = SheetGrid(
            name=name,
            rows=[],
            formulas=scan.formulas,
            uncached=scan.uncached,
            merged=list(scan.merged),
            visible=self.sheet_state(name) == "visible",
            number_formats=scan.formats,
        )
        if scan.max_row * scan.max_col > MAX_SHEET_CELLS:
            # a value far away (e.g. at XFD1048576): calamine would allocate every cell
            grid.truncated = True
            self._truncation[name] = (
                f"its values reach {address(scan.max_row, scan.max_col)} "
                f"({scan.max_row:,} rows x {scan.max_col:,} columns), too far to read safely, "
                "so none of it was read"
            )
            return grid
        try:
            sheet = book.get_sheet_by_name(name)
            raw = sheet.to_python(skip_empty_area=False, nrows=self.max_rows + 1)
        except BaseException as exc:  # calamine's errors, and pyo3's PanicException
            _reraise_interrupts(exc)
            raise self._damaged(f"sheet {name!r}", exc) from exc
        if len(raw) > self.max_rows:
            grid.truncated = True
            self._truncation[name] = f"only its first {self.max_rows:,} rows were read"
            raw = raw[: self.max_rows]
        max_cols = self.max_cols
        rows: list[list[CellValue]] = []
        for line in raw:
            if len(line) > max_cols:
                grid.truncated = True
                self._truncation.setdefault(name, f"only its first {max_cols:,} columns were read")
                line = line[:max_cols]
            # calamine's empty cells are '': None (the list is calamine's own, a new one)
            rows.append([None if v == "" else v for v in line] if "" in line else line)
        # calamine returns '' for error cells: put the errors back from the XML
        for (r, c), text in scan.errors.items():
            if r <= self.max_rows and c <= max_cols:
                _put(rows, r, c, ErrorValue(text if text in _ERROR_TEXTS else text or "#N/A"))
        for r, c in scan.uncached:
            if r <= len(rows) and c <= len(rows[r - 1]) and (r, c) not in scan.errors:
                rows[r - 1][c - 1] = None  # a placeholder result, not a value
        while rows and all(v is None for v in rows[-1]):
            rows.pop()  # trailing empty rows
        if not scan.merged and not self._workbook_parts().sheets:
            merged = sheet.merged_cell_ranges or []
            grid.merged = [
                f"{address(a[0] + 1, a[1] + 1)}:{address(b[0] + 1, b[1] + 1)}" for a, b in merged
            ]
        grid.rows = rows
        return grid

    def truncation(self, name: str) -> str:
        """Why :meth:`read_sheet` stopped early on sheet ``name`` ('' when it did not)."""
        return self._truncation.get(name, "")

    def tables(self) -> list[TableInfo]:
        """Every Excel table (none for an .xls)."""
        if self._tables is None:
            package = self._package()
            try:
                self._tables = (
                    xml_parts.read_tables(package, self._workbook_parts().sheets)
                    if package is not None
                    else []
                )
            except _DAMAGE as exc:
                raise self._damaged("its table definitions (xl/tables)", exc) from exc
        return list(self._tables)

    def defined_names(self) -> dict[str, str]:
        """Workbook-level defined names -> reference (``"Project!$B$4"``)."""
        return dict(self._workbook_parts().defined_names)

    def sheet_defined_names(self) -> dict[tuple[str, str], str]:
        """Sheet-scoped defined names: (sheet, name) -> reference. A sheet copied into
        another workbook takes its names along with this scope."""
        return dict(self._workbook_parts().local_names)

    # --- write side (a copy) --------------------------------------------------------

    def _writable(self) -> Any:
        """The openpyxl workbook of the copy, loaded from the source on first use."""
        if self._book is not None:
            return self._book
        if self._output.resolve() == self._path.resolve():
            raise UsageError(
                f"{self._output}: refusing to write over the source workbook; "
                "give a different output path"
            )
        if self.kind.kind not in ("xlsx", "xlsm", "xltx", "xltm"):
            raise UnreadableWorkbookError(
                str(self._path),
                f"{self.kind.reason}: checks cannot be written into a copy of it",
                "save it in Excel as Excel Workbook (.xlsx) and check that file",
            )
        import warnings

        import openpyxl

        keep_vba = self._path.suffix.lower() in (".xlsm", ".xltm")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Data Validation extension is not supported"...
            try:
                self._book = openpyxl.load_workbook(self._path, keep_vba=keep_vba, rich_text=True)
            except Exception as exc:  # openpyxl is stricter than calamine (e.g. <v>NaN</v>)
                cause = exc.__cause__ or exc
                raise UnreadableWorkbookError(
                    str(self._path),
                    "its checked copy cannot be written: openpyxl cannot load the workbook "
                    f"({type(cause).__name__}: {str(cause).strip() or 'no detail'})",
                    "open it in Excel, save it as Excel Workbook (.xlsx) and check it again",
                ) from exc
        if self._path.suffix.lower() in (".xltx", ".xltm"):
            self._book.template = False
        return self._book

    def write_sheet(
        self,
        name: str,
        header: list[str],
        rows: list[list[CellValue]],
        *,
        table_name: str | None = None,
        links: dict[tuple[int, int], str] | None = None,
    ) -> None:
        """Replace (or create, at the end) a sheet holding one table. Text stays text."""
        from addin.files.filehost_write import write_table_sheet

        write_table_sheet(self._writable(), name, header, rows, table_name, links or {})
        self._dirty = True

    def mark_cells(self, marks: list[CellMark]) -> None:
        """Fill each cell by severity and add a note; remember the original fill and note."""
        if not marks:
            return
        from addin.files.filehost_write import apply_marks

        apply_marks(self._writable(), marks)
        self._dirty = True

    def clear_marks(self) -> int:
        """Restore the fills and notes an earlier check changed; returns the cell count."""
        book = self._writable()
        if MARKS_SHEET not in book.sheetnames:
            return 0
        from addin.files.filehost_write import remove_marks

        count = remove_marks(book)
        self._dirty = True
        return count

    def delete_sheet(self, name: str) -> None:
        book = self._writable()
        if name in book.sheetnames:
            del book[name]
            self._dirty = True

    def save(self) -> Path | None:
        """Write the copy atomically to :attr:`output`; None when nothing was written."""
        if not self._dirty or self._book is None:
            return None
        target = self._output
        if target.resolve() == self._path.resolve():
            raise UsageError(f"{target}: refusing to write over the source workbook")
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent
        )
        try:
            with os.fdopen(handle, "wb") as stream:
                self._book.save(stream)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temp_name, target)
        except PermissionError as exc:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            raise PmoError(
                f"{target}: cannot be written ({exc.strerror or exc}); close it in Excel "
                "or choose another output path"
            ) from exc
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            raise
        self._dirty = False
        return target


def _reraise_interrupts(exc: BaseException) -> None:
    """Let Ctrl+C and exits through; a Rust panic in calamine (pyo3's PanicException
    derives from BaseException, not Exception) becomes an unreadable-workbook error."""
    if isinstance(exc, KeyboardInterrupt | SystemExit | GeneratorExit):
        raise exc


def _put(rows: list[list[CellValue]], r: int, c: int, value: CellValue) -> None:
    while len(rows) < r:
        rows.append([])
    line = rows[r - 1]
    if len(line) < c:
        line.extend([None] * (c - len(line)))
    line[c - 1] = value


def open_workbook(path: Path, **kw: Any) -> FileHost:
    """:func:`addin.files.sniff.ensure_readable`, then a :class:`FileHost` for ``path``."""
    kind = ensure_readable(Path(path))
    return FileHost(Path(path), kind=kind, **kw)


__all__ = ["FileHost", "default_output", "open_workbook"]
