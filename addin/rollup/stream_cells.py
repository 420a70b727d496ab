"""Stream the data cells of the roll-up's tables straight into the package.

XlsxWriter keeps every cell of a workbook in memory until it closes (about 350 MB for
a million cells, FACTS.md), and its constant-memory mode cannot write tables. So the
writer lets XlsxWriter write the structure (sheets, tables with their header rows,
styles, colours, charts) and this module then copies that package, inserting each data
sheet's cells as they are rendered: memory stays flat and the cells cost a fraction.

Cells are written as the spec defines them: text as inline strings (never a formula,
control characters already removed by :func:`~addin.rollup.text.clean_text`), numbers
and dates as numbers with the style index of their format.
"""

from __future__ import annotations

import contextlib
import heapq
import io
import math
import queue
import re
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import IO, Any, ClassVar

from addin.cells import column_letter
from addin.rollup.dates import date_cell
from addin.rollup.model import ColumnKind, OutSheet, OutTable
from addin.rollup.packed_rows import DEFLATE
from addin.rollup.row_xml import row_function
from addin.rollup.side_task import SideTask
from addin.rollup.text import clean_text

_ROW = re.compile(rb'<row r="(\d+)"')
_DIMENSION = re.compile(rb'<dimension ref="[^"]*"/>')
_ESCAPED = re.compile(r"_x[0-9A-Fa-f]{4}_")
_FLUSH_BYTES = 1 << 20
#: Deflate level of the data sheets (fast: they are most of the package).
_SHEET_LEVEL = 1
#: The level they get where ISA-L's wheel is present: its level 2, about 3.5x faster than
#: zlib's level 1 for about 1 % more bytes (its level 1 is no faster and larger; round 5d).
#: The XML is the same either way: only the compressed bytes differ.
_ISAL_LEVEL = 2
_FAST_LEVEL = _SHEET_LEVEL if DEFLATE is zlib else _ISAL_LEVEL
#: The date and file attributes of every part of the package: what XlsxWriter gave its
#: parts when it wrote them through temporary files (up to round 8c of
#: benchmarks/README.md; it now writes the structure in memory, which would date them
#: 1980-01-01 with no file type), so the package is the same, byte for byte.
PART_DATE = (1980, 1, 31, 0, 0, 0)
_PART_ATTRIBUTES = 0o100600 << 16  # a regular file, rw-------
#: Below this many streamed cells the sheets are all written in this process (a child
#: costs more than it saves); the 300-project benchmark roll-up has about 1.8 million.
SHARE_MIN_CELLS = 200_000


@dataclass
class StreamedTable:
    """A table whose header XlsxWriter wrote at (row0, col0) and whose rows are streamed."""

    row0: int
    col0: int
    table: OutTable
    styles: list[int]  # style (xf) index per column; 0 = General


@dataclass
class StreamedSheet:
    member: str  # "xl/worksheets/sheet3.xml"
    tables: list[StreamedTable]
    name: str = ""  # the sheet's name in the workbook

    @property
    def last_cell(self) -> tuple[int, int]:
        """1-based (row, col) of the bottom-right cell any table covers."""
        rows = max(t.row0 + 1 + max(1, len(t.table.rows)) for t in self.tables)
        cols = max(t.col0 + len(t.table.columns) for t in self.tables)
        return rows, cols


def _text_piece(text: str) -> str:
    """``<is><t>...</t></is>`` for a text: cleaned, escaped; '' when nothing is left."""
    text = clean_text(text)
    if not text:
        return ""
    if "_x" in text:
        text = _ESCAPED.sub(lambda m: "_x005F" + m.group(0), text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if text[0].isspace() or text[-1].isspace():
        return f'<is><t xml:space="preserve">{text}</t></is>'
    return f"<is><t>{text}</t></is>"


#: Texts seen often (owners, statuses, categories) are escaped once per roll-up.
_PIECE_CACHE_LIMIT = 100_000
_PIECE_TEXT_LIMIT = 64


def _cached_piece(value: str, pieces: dict[str, str]) -> str:
    """:func:`_text_piece`, kept in ``pieces`` when the text is short and there is room."""
    piece = _text_piece(value)
    if len(value) <= _PIECE_TEXT_LIMIT and len(pieces) < _PIECE_CACHE_LIMIT:
        pieces[value] = piece
    return piece


Render = Callable[[str, str, Any], str]


_EXACT_INT = 2**53


def _renderer(kind: ColumnKind, style: int, date_style: int, pieces: dict[str, str]) -> Render:
    """One function per column: (column letter, row text, value) -> the cell's XML."""
    s = f' s="{style}"' if style else ""
    ds = s if kind in ("date", "month") and style else f' s="{date_style}"'

    def render(letter: str, row: str, value: Any) -> str:
        kind_of = type(value)
        if kind_of is str:
            piece = pieces.get(value)
            if piece is None:
                piece = _cached_piece(value, pieces)
            return f'<c r="{letter}{row}" t="inlineStr">{piece}</c>' if piece else ""
        if kind_of is float:
            if value != value or value in (math.inf, -math.inf):
                return ""
            return f'<c r="{letter}{row}"{s}><v>{value!r}</v></c>'
        if kind_of is int:
            if -_EXACT_INT < value < _EXACT_INT:
                return f'<c r="{letter}{row}"{s}><v>{value}</v></c>'
            try:  # Excel holds 15 digits: a longer int is written as the float it rounds to
                return render(letter, row, float(value))
            except OverflowError:
                return ""
        if isinstance(value, bool):
            return f'<c r="{letter}{row}" t="b"><v>{int(value)}</v></c>'
        if isinstance(value, int | float):
            return render(letter, row, float(value))
        if isinstance(value, date):
            serial = date_cell(value)
            if isinstance(serial, str):
                return render(letter, row, serial)
            return f'<c r="{letter}{row}"{ds}><v>{serial!r}</v></c>'
        if isinstance(value, str):
            return render(letter, row, str(value))
        return render(letter, row, str(value))

    return render


def _table_rows(t: StreamedTable, date_style: int) -> Iterator[tuple[int, str]]:
    """(1-based Excel row, the cells' XML) for every data row of one table."""
    pieces: dict[str, str] = {}
    columns = t.table.columns
    renders = [_renderer(c.kind, t.styles[i], date_style, pieces) for i, c in enumerate(columns)]
    letters = [column_letter(t.col0 + 1 + i) for i in range(len(columns))]
    pairs = list(zip(letters, renders, strict=True))
    styles = [f' s="{style}"' if style else "" for style in t.styles]
    date_styles = [
        s if c.kind in ("date", "month") and style else f' s="{date_style}"'
        for c, style, s in zip(columns, t.styles, styles, strict=True)
    ]
    row_xml = row_function(
        letters, styles, date_styles, renders, pieces, lambda v: _cached_piece(v, pieces)
    )
    width = len(columns)
    excel_row = t.row0 + 2
    for values in t.table.rows:
        r = str(excel_row)
        if len(values) == width:
            yield excel_row, row_xml(r, values)
        else:  # a row of another length: cell by cell, up to the shorter of the two
            yield (
                excel_row,
                "".join(
                    [
                        render(letter, r, value)
                        for (letter, render), value in zip(pairs, values, strict=False)
                        if value is not None
                    ]
                ),
            )
        excel_row += 1


def _sheet_rows(sheet: StreamedSheet, date_style: int) -> Iterator[tuple[int, str]]:
    """Rows of every table of the sheet, merged by row (side-by-side tables share rows)."""
    streams = [_table_rows(t, date_style) for t in sheet.tables]
    if len(streams) == 1:  # most sheets: one table, its rows in order, nothing to merge
        yield from streams[0]
        return
    pending_row, pending = -1, list[str]()
    for excel_row, cells in heapq.merge(*streams, key=lambda pair: pair[0]):
        if excel_row != pending_row and pending:
            yield pending_row, "".join(pending)
            pending = []
        pending_row = excel_row
        pending.append(cells)
    if pending:
        yield pending_row, "".join(pending)


def _split_sheet_xml(xml: bytes) -> tuple[bytes, list[tuple[int, bytes]], bytes]:
    """XlsxWriter's sheet XML -> (up to <sheetData>, its rows by number, from </sheetData>)."""
    start = xml.index(b"<sheetData")
    if xml.startswith(b"<sheetData/>", start):
        return xml[:start] + b"<sheetData>", [], b"</sheetData>" + xml[start + 12 :]
    open_end = xml.index(b">", start) + 1
    end = xml.index(b"</sheetData>")
    body = xml[open_end:end]
    rows: list[tuple[int, bytes]] = []
    pos = 0
    while pos < len(body):
        stop = body.index(b"</row>", pos) + 6
        match = _ROW.match(body, pos)
        if match is None:
            raise ValueError("unexpected sheet XML from XlsxWriter")
        rows.append((int(match.group(1)), body[pos:stop]))
        pos = stop
    return xml[:open_end], rows, xml[end:]


def _sheet_chunks(name: str, xml: bytes, sheet: StreamedSheet, date_style: int) -> Iterator[bytes]:
    """The whole sheet's XML, streamed rows about a MB at a time: XlsxWriter's ``xml`` with
    the sheet's streamed rows merged in."""
    head, fixed_rows, tail = _fixed_parts(xml, sheet)
    fixed = iter(fixed_rows)
    next_fixed = next(fixed, None)
    yield head
    chunk: list[str] = []
    size = 0
    for excel_row, cells in _sheet_rows(sheet, date_style):
        while next_fixed is not None and next_fixed[0] < excel_row:
            if chunk:
                yield "".join(chunk).encode()
                chunk, size = [], 0
            yield next_fixed[1]
            next_fixed = next(fixed, None)
        if next_fixed is not None and next_fixed[0] == excel_row:
            raise ValueError(f"row {excel_row} of {name} is written twice")
        if cells:
            line = f'<row r="{excel_row}">{cells}</row>'
            chunk.append(line)
            size += len(line)
        if size > _FLUSH_BYTES:
            yield "".join(chunk).encode()
            chunk, size = [], 0
    if chunk:
        yield "".join(chunk).encode()
    while next_fixed is not None:
        yield next_fixed[1]
        next_fixed = next(fixed, None)
    yield tail


def _fixed_parts(xml: bytes, sheet: StreamedSheet) -> tuple[bytes, list[tuple[int, bytes]], bytes]:
    """XlsxWriter's sheet XML, its dimension set to the streamed tables' range, split in
    (up to <sheetData>, its rows by number, from </sheetData>)."""
    last_row, last_col = sheet.last_cell
    xml = _DIMENSION.sub(
        f'<dimension ref="A1:{column_letter(last_col)}{last_row}"/>'.encode(), xml, 1
    )
    return _split_sheet_xml(xml)


def _write_part(zout: zipfile.ZipFile, info: zipfile.ZipInfo, data: bytes) -> None:
    """Write one of the structure's other parts, as it is, deflated (at zipfile's default
    level) whether the structure held it deflated or stored."""
    info.date_time, info.external_attr = PART_DATE, _PART_ATTRIBUTES
    info.compress_type = zipfile.ZIP_DEFLATED
    zout.writestr(info, data)


def _write_sheet(
    zout: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    xml: bytes,
    sheet: StreamedSheet,
    date_style: int,
) -> None:
    """Write the sheet's member, its XML rendered here."""
    chunks = _sheet_chunks(info.filename, xml, sheet, date_style)
    target = zipfile.ZipInfo(info.filename, date_time=PART_DATE)
    target.compress_type = zipfile.ZIP_DEFLATED
    for attr in ("compress_level", "_compresslevel"):  # fast deflate for the big parts
        if hasattr(target, attr):
            setattr(target, attr, _SHEET_LEVEL)
            break
    with zout.open(target, "w", force_zip64=True) as member:
        _use_fast_deflate(member)
        out = _Deflater(member)
        try:
            for chunk in chunks:
                out.write(chunk)
        finally:
            out.close()


def _use_fast_deflate(member: IO[bytes]) -> None:
    """Give a member zipfile just opened for writing ISA-L's raw deflate (the same format
    zipfile's own zlib writes) in place of zlib's; nothing written yet. Left as it is when
    ISA-L is missing or zipfile's writer has no ``_compressor`` (CPython 3.11's has)."""
    if DEFLATE is not zlib and getattr(member, "_compressor", None) is not None:
        member._compressor = DEFLATE.compressobj(_FAST_LEVEL, zlib.DEFLATED, -15)  # type: ignore[attr-defined]


class _Deflater:
    """Writes a zip member's chunks from a second thread, in order: zlib and the CRC
    release the GIL, so the next rows are rendered while the last ones are compressed.
    An error in the thread is raised here, at the next write or at :meth:`close`."""

    def __init__(self, member: IO[bytes]) -> None:
        self.member = member
        self.chunks: queue.Queue[bytes | None] = queue.Queue(maxsize=2)
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="roll-up deflate", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while (data := self.chunks.get()) is not None:
            if self.error is None:
                try:
                    self.member.write(data)
                except BaseException as exc:  # handed to the writing thread
                    self.error = exc

    def write(self, data: bytes) -> None:
        if self.error is not None:
            raise self.error
        self.chunks.put(data)

    def close(self) -> None:
        """Wait for every chunk to be written; raise the thread's error if it had one."""
        self.chunks.put(None)
        self.thread.join()
        if self.error is not None:
            raise self.error


@dataclass(frozen=True)
class Deflated:
    """A sheet deflated by the child into the aside file: where, and its zip facts."""

    name: str
    date_time: tuple[int, int, int, int, int, int]
    crc: int
    size: int  # uncompressed
    offset: int  # in the aside file
    compressed: int


def _cells(sheet: StreamedSheet) -> int:
    return sum(len(t.table.rows) * len(t.table.columns) for t in sheet.tables)


def _child_share(order: list[str], by_member: dict[str, StreamedSheet]) -> list[StreamedSheet]:
    """The streamed sheets the child writes: the package's last ones, about half the cells
    (this process writes the first ones meanwhile, then copies the child's). None when the
    roll-up is too small to be worth a process, or zipfile cannot take raw members."""
    total = sum(_cells(sheet) for sheet in by_member.values())
    if total < SHARE_MIN_CELLS or not _can_write_raw():
        return []
    share: list[StreamedSheet] = []
    taken = 0
    for name in reversed(order):
        if taken >= total / 2:
            break
        if (sheet := by_member.get(name)) is not None:
            share.append(sheet)
            taken += _cells(sheet)
    return share


def _deflate_aside(
    source: Path, aside: Path, sheets: list[StreamedSheet], date_style: int
) -> list[Deflated]:
    """Render and deflate ``sheets`` (as zipfile would: raw deflate, the same level) into
    the file ``aside``, one after the other; what each became."""
    with zipfile.ZipFile(source) as zin, aside.open("wb") as out:
        return [deflate_sheet(out, zin, sheet, date_style) for sheet in sheets]


def deflate_sheet(
    out: IO[bytes], zin: zipfile.ZipFile, sheet: StreamedSheet, date_style: int
) -> Deflated:
    """Render ``sheet`` (its XML taken from the structure ``zin``) and deflate it onto the
    end of ``out`` as :func:`_write_sheet` would (raw deflate, the same library and level);
    where it is."""
    info = zin.getinfo(sheet.member)
    compressor = DEFLATE.compressobj(_FAST_LEVEL, zlib.DEFLATED, -15)
    crc = size = 0
    offset = out.tell()
    for chunk in _sheet_chunks(info.filename, zin.read(info), sheet, date_style):
        crc = DEFLATE.crc32(chunk, crc)
        size += len(chunk)
        out.write(compressor.compress(chunk))
    out.write(compressor.flush())
    return Deflated(info.filename, PART_DATE, crc, size, offset, out.tell() - offset)


def _can_write_raw() -> bool:
    """zipfile's internals that :func:`_copy_deflated` relies on are there (CPython 3.11+)."""
    probe = zipfile.ZipFile(io.BytesIO(), "w")
    return all(hasattr(probe, a) for a in ("fp", "start_dir", "_writecheck", "_lock"))


def _copy_deflated(zout: zipfile.ZipFile, member: Deflated, aside: IO[bytes]) -> None:
    """Write a member deflated elsewhere into ``zout`` exactly as ``zout.open(info, "w",
    force_zip64=True)`` would have (zipfile has no public way to take raw members)."""
    head = (member.name, member.date_time, member.size, member.compressed, member.crc)
    with _raw_member(zout, *head) as out:
        short = f"{member.name}: the sheet written aside is short"
        _copy_span(out, aside, member.offset, member.compressed, short)


@contextlib.contextmanager
def _raw_member(
    zout: zipfile.ZipFile,
    name: str,
    date_time: tuple[int, int, int, int, int, int],
    size: int,
    compressed: int,
    crc: int,
) -> Iterator[IO[bytes]]:
    """The file ``zout`` writes to, between a member's local header and its entry in the
    central directory: the caller writes the member's ``compressed`` deflated bytes (an
    exception leaves the member out, as zipfile does)."""
    info = zipfile.ZipInfo(name, date_time=date_time)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o600 << 16  # what zipfile gives a member written from data
    info.file_size, info.compress_size, info.CRC = size, compressed, crc
    with zout._lock:  # type: ignore[attr-defined]
        zout.fp.seek(zout.start_dir)  # type: ignore[union-attr]
        info.header_offset = zout.fp.tell()  # type: ignore[union-attr]
        zout._writecheck(info)  # type: ignore[attr-defined]
        zout._didModify = True  # type: ignore[attr-defined]
        zout.fp.write(info.FileHeader(zip64=True))  # type: ignore[union-attr]
        yield zout.fp  # type: ignore[misc]
        zout.start_dir = zout.fp.tell()  # type: ignore[union-attr]
        zout.filelist.append(info)
        zout.NameToInfo[info.filename] = info


def _copy_span(out: IO[bytes], source: IO[bytes], offset: int, length: int, short: str) -> None:
    """Copy ``length`` bytes of ``source`` from ``offset`` to ``out`` (OSError ``short`` when
    the source ends first)."""
    source.seek(offset)
    left = length
    while left:
        block = source.read(min(left, _FLUSH_BYTES))
        if not block:
            raise OSError(short)
        out.write(block)
        left -= len(block)


def inject_cells(
    source: Path, target: Path, sheets: Sequence[StreamedSheet], date_style: int
) -> None:
    """Copy the package ``source`` to ``target``, streaming ``sheets``' cells into it.

    On a big roll-up the last sheets are rendered and deflated by a forked child into a
    file beside ``source`` while this process writes the first ones; it then copies the
    child's deflated bytes in. A child that fails leaves them to this process (the same
    bytes, later)."""
    by_member = {s.member: s for s in sheets}
    with zipfile.ZipFile(source) as zin:
        order = [info.filename for info in zin.infolist()]
    share = _child_share(order, by_member)
    aside = source.with_name(source.name + ".aside")
    try:
        with SideTask(
            partial(_deflate_aside, source, aside, share, date_style), "roll-up sheets"
        ) as child:
            _inject(source, target, by_member, date_style, share, child.result, aside)
    finally:
        aside.unlink(missing_ok=True)


def _inject(
    source: Path,
    target: Path,
    by_member: dict[str, StreamedSheet],
    date_style: int,
    share: list[StreamedSheet],
    deflated: Callable[[], list[Deflated]],
    aside: Path,
) -> None:
    shared = {s.member for s in share}
    done: dict[str, Deflated] | None = None
    with (
        zipfile.ZipFile(source) as zin,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zout,
    ):
        for info in zin.infolist():
            if info.filename in shared:
                if done is None:  # the child's sheets: wait for them once
                    done = {d.name: d for d in deflated()} if share else {}
                with aside.open("rb") as handle:
                    _copy_deflated(zout, done[info.filename], handle)
                continue
            data = zin.read(info)
            sheet = by_member.get(info.filename)
            if sheet is None:
                _write_part(zout, info, data)
            else:
                _write_sheet(zout, info, data, sheet, date_style)


# Changes and Trends written last (round 10a of benchmarks/README.md): the data sheets'
# rows do not depend on what the store gives, but XlsxWriter's structure does (the
# Changes title, the tables' ranges and Trends' charts, and every shared string after
# them). So the rows are rendered and deflated first, in pieces, into files beside the
# package, while the store child records the snapshot; once the store has answered, the
# structure is written with Changes and Trends, and each member is put together from its
# head, its fixed rows and tail (XlsxWriter's, deflated then) and the pieces as they are.
# Deflate blocks end byte-aligned at each flush, so the pieces join into one valid stream;
# the unzipped parts are those of :func:`inject_cells`.


@dataclass(frozen=True)
class Piece:
    """Consecutive rows of a sheet, deflated (ending byte-aligned, not final) in a file."""

    first: int  # 1-based Excel row of its first row (streamed rows with no cell count)
    last: int
    crc: int
    size: int  # uncompressed
    offset: int
    compressed: int


@dataclass(frozen=True)
class RenderedSheet:
    """A sheet's rows rendered ahead: its pieces, and what they were rendered with."""

    name: str
    shape: tuple[Any, ...]  # (tables' places, lengths and styles, the date style)
    pieces: list[Piece]
    path: Path  # the file that holds the pieces


def _shape(sheet: StreamedSheet, date_style: int) -> tuple[Any, ...]:
    """What a sheet's streamed rows depend on: equal shapes render equal rows."""
    tables = tuple(
        (t.row0, t.col0, len(t.table.rows), tuple(t.styles), id(t.table)) for t in sheet.tables
    )
    return (tables, date_style)


class _PieceWriter:
    """Rows appended to one piece: deflated at the end of ``out`` a MB at a time."""

    def __init__(self, out: IO[bytes], first: int) -> None:
        self.out, self.first, self.last = out, first, first
        self.offset = out.tell()
        self.compressor = DEFLATE.compressobj(_FAST_LEVEL, zlib.DEFLATED, -15)
        self.lines: list[str] = []
        self.pending = self.crc = self.size = 0

    def add(self, line: str) -> None:
        self.lines.append(line)
        self.pending += len(line)
        if self.pending > _FLUSH_BYTES:
            self._deflate()

    def _deflate(self) -> None:
        data = "".join(self.lines).encode()
        self.lines, self.pending = [], 0
        self.crc = DEFLATE.crc32(data, self.crc)
        self.size += len(data)
        self.out.write(self.compressor.compress(data))

    def close(self) -> Piece:
        self._deflate()
        self.out.write(self.compressor.flush(zlib.Z_SYNC_FLUSH))
        compressed = self.out.tell() - self.offset
        return Piece(self.first, self.last, self.crc, self.size, self.offset, compressed)


def render_pieces(
    out: IO[bytes], path: Path, sheet: StreamedSheet, date_style: int
) -> RenderedSheet:
    """Render ``sheet``'s streamed rows onto the end of ``out`` (the file ``path``): a
    new piece wherever the rows skip one (XlsxWriter's own rows may go there)."""
    pieces: list[Piece] = []
    piece: _PieceWriter | None = None
    for excel_row, cells in _sheet_rows(sheet, date_style):
        if piece is None or excel_row != piece.last + 1:
            if piece is not None:
                pieces.append(piece.close())
            piece = _PieceWriter(out, excel_row)
        piece.last = excel_row
        if cells:
            piece.add(f'<row r="{excel_row}">{cells}</row>')
    if piece is not None:
        pieces.append(piece.close())
    return RenderedSheet(sheet.name, _shape(sheet, date_style), pieces, path)


def _render_aside(path: Path, sheets: list[StreamedSheet], date_style: int) -> list[RenderedSheet]:
    with path.open("wb") as out:
        return [render_pieces(out, path, sheet, date_style) for sheet in sheets]


class _Zero:
    """CRC-32 of data followed by n unknown bytes (zlib's ``crc32_combine``), from the
    GF(2) operators that advance a CRC over 2**k zero bytes, made once."""

    operators: ClassVar[list[list[int]]] = []

    @staticmethod
    def _times(matrix: list[int], vector: int) -> int:
        total, i = 0, 0
        while vector:
            if vector & 1:
                total ^= matrix[i]
            vector >>= 1
            i += 1
        return total

    @classmethod
    def _operator(cls, k: int) -> list[int]:
        ops = cls.operators
        if not ops:
            bit = [0xEDB88320] + [1 << n for n in range(31)]  # one zero bit
            for _ in range(3):  # 2, 4, 8 bits: one byte
                bit = [cls._times(bit, row) for row in bit]
            ops.append(bit)
        while len(ops) <= k:
            last = ops[-1]
            ops.append([cls._times(last, row) for row in last])
        return ops[k]

    @classmethod
    def combine(cls, crc1: int, crc2: int, size2: int) -> int:
        """The CRC-32 of A + B from A's, B's and B's length."""
        k = 0
        while size2:
            if size2 & 1:
                crc1 = cls._times(cls._operator(k), crc1)
            size2 >>= 1
            k += 1
        return crc1 ^ crc2


crc32_combine = _Zero.combine


def _fits(fixed: list[tuple[int, bytes]], pieces: list[Piece]) -> bool:
    """True when no row of XlsxWriter's falls inside a piece (it would go between rows)."""
    return not any(p.first <= row <= p.last for row, _ in fixed for p in pieces)


def _joined_member(
    xml: bytes, sheet: StreamedSheet, rendered: RenderedSheet
) -> tuple[int, int, list[bytes | Piece]] | None:
    """The member's CRC, size and blocks (deflated bytes, or pieces to copy), or None
    when its rows cannot be joined to this XML (the sheet is then rendered again)."""
    head, fixed, tail = _fixed_parts(xml, sheet)
    if not _fits(fixed, rendered.pieces):
        return None
    blocks: list[bytes | Piece] = []
    crc = size = 0
    pending: list[bytes] = [head]
    rows = iter(fixed)
    row = next(rows, None)

    def deflated(final: bool) -> None:
        nonlocal crc, size
        data = b"".join(pending)
        pending.clear()
        crc = DEFLATE.crc32(data, crc)
        size += len(data)
        compressor = DEFLATE.compressobj(_FAST_LEVEL, zlib.DEFLATED, -15)
        blocks.append(
            compressor.compress(data)
            + compressor.flush(zlib.Z_FINISH if final else zlib.Z_SYNC_FLUSH)
        )

    for piece in rendered.pieces:
        while row is not None and row[0] < piece.first:
            pending.append(row[1])
            row = next(rows, None)
        deflated(final=False)
        blocks.append(piece)
        crc = crc32_combine(crc, piece.crc, piece.size)
        size += piece.size
    while row is not None:
        pending.append(row[1])
        row = next(rows, None)
    pending.append(tail)
    deflated(final=True)
    return crc, size, blocks


def _write_joined(
    zout: zipfile.ZipFile,
    name: str,
    crc: int,
    size: int,
    blocks: list[bytes | Piece],
    files: Mapping[Path, IO[bytes]],
    pieces_in: Path,
) -> None:
    """Write a member made of ``blocks`` into ``zout`` as :func:`_copy_deflated` does."""
    compressed = sum(len(b) if isinstance(b, bytes) else b.compressed for b in blocks)
    with _raw_member(zout, name, PART_DATE, size, compressed, crc) as out:
        for block in blocks:
            if isinstance(block, bytes):
                out.write(block)
            else:
                short = f"{name}: the rows rendered ahead are short"
                _copy_span(out, files[pieces_in], block.offset, block.compressed, short)


#: What :func:`inject_cells_later` asks for once the rows are rendered: the structure
#: written with Changes and Trends (its path), its streamed sheets, the date style, and
#: the rows of sheets only that structure has, rendered meanwhile (or none).
Structure = tuple[Path, Sequence[StreamedSheet], int, list[RenderedSheet]]


def styled_like(
    sheets: Sequence[tuple[str, OutSheet]], earlier: Sequence[StreamedSheet]
) -> list[StreamedSheet]:
    """Sheets (their members and contents) as a structure would stream them, each column
    given the style the ``earlier`` structure gave its kind: what rendering them before
    their structure is written needs. A sheet with a kind the earlier one did not style
    is left out (it is rendered once its structure is known); a style guessed wrong only
    makes its rows rendered again (:func:`_shape` differs)."""
    style_of = {
        column.kind: style
        for sheet in earlier
        for t in sheet.tables
        for column, style in zip(t.table.columns, t.styles, strict=True)
    }
    out: list[StreamedSheet] = []
    for member, sheet in sheets:
        kinds = [c.kind for _, _, table in sheet.tables for c in table.columns]
        if not sheet.tables or any(kind not in style_of for kind in kinds):
            continue
        tables = [
            StreamedTable(row0, col0, table, [style_of[c.kind] for c in table.columns])
            for row0, col0, table in sheet.tables
        ]
        out.append(StreamedSheet(member, tables, sheet.name))
    return out


def render_beside(
    path: Path, sheets: list[StreamedSheet], date_style: int
) -> SideTask[list[RenderedSheet]]:
    """``sheets``' rows rendered into the file ``path`` by a forked child (or here, where
    none may be forked) while the caller goes on; its ``result()`` waits for them."""
    return SideTask(partial(_render_aside, path, sheets, date_style), "sheets rendered beside")


def inject_cells_later(
    source: Path,
    target: Path,
    sheets: Sequence[StreamedSheet],
    date_style: int,
    final: Callable[[], Structure],
) -> None:
    """As :func:`inject_cells`, but the package's structure is known only later: the
    streamed rows of ``sheets`` (those of the structure ``source``) are rendered first,
    here and in a forked child; then ``final()`` writes the structure the package takes
    (with Changes and Trends), and each of its members is put together. A sheet whose
    rows were not rendered ahead (Changes, Trends), or whose tables or styles differ in
    the final structure, is rendered then, as :func:`inject_cells` renders it."""
    by_member = {s.member: s for s in sheets}
    with zipfile.ZipFile(source) as zin:
        order = [info.filename for info in zin.infolist()]
    share = _child_share(order, by_member)
    shared = {s.member for s in share}
    mine = [s for s in sheets if s.member not in shared]
    aside = source.with_name(source.name + ".aside")
    ahead = source.with_name(source.name + ".ahead")
    try:
        with SideTask(partial(_render_aside, aside, share, date_style), "roll-up sheets") as child:
            rendered = _render_aside(ahead, mine, date_style)
            structure, final_sheets, final_style, meanwhile = final()
            rendered += child.result() + meanwhile
            _join(structure, target, final_sheets, final_style, rendered)
    finally:
        aside.unlink(missing_ok=True)
        ahead.unlink(missing_ok=True)


def _join(
    source: Path,
    target: Path,
    sheets: Sequence[StreamedSheet],
    date_style: int,
    rendered: list[RenderedSheet],
) -> None:
    by_member = {s.member: s for s in sheets}
    ahead = {r.name: r for r in rendered}
    with contextlib.ExitStack() as stack:
        files = {path: stack.enter_context(path.open("rb")) for path in {r.path for r in rendered}}
        zin = stack.enter_context(zipfile.ZipFile(source))
        zout = stack.enter_context(
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6)
        )
        for info in zin.infolist():
            data = zin.read(info)
            sheet = by_member.get(info.filename)
            if sheet is None:
                _write_part(zout, info, data)
                continue
            done = ahead.get(sheet.name)
            joined = None
            if done is not None and done.shape == _shape(sheet, date_style):
                joined = _joined_member(data, sheet, done)
            if done is None or joined is None:
                _write_sheet(zout, info, data, sheet, date_style)
                continue
            crc, size, blocks = joined
            _write_joined(zout, info.filename, crc, size, blocks, files, done.path)
