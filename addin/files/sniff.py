"""What a file really is, decided before any parser opens it.

Parsers give misleading errors (openpyxl says ``BadZipFile`` for an old .xls, a CSV or a
password-protected workbook) and calamine *aborts the process* on a zip bomb or on a value
at XFD1048576 (FACTS.md, "Hostile input"). So every file goes through :func:`sniff` first:
magic bytes, the zip's central directory (member count, declared sizes, compression
ratio), ``[Content_Types].xml``, a DOCTYPE in any XML part, and each sheet's extent.

It never decompresses without a bound: it reads the first bytes of each XML part, and a
whole sheet only when its ``<dimension>`` claims an extent too large to trust (and then at
most :data:`SCAN_LIMIT` bytes).
"""

from __future__ import annotations

import functools
import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError

from addin.cells import address
from addin.errors import UnreadableWorkbookError
from addin.files import xml_parts

#: Files larger than this on disk are not read.
MAX_FILE_BYTES = 200 * 1024 * 1024
#: Sum of the members' declared unpacked sizes above which a zip is a bomb.
MAX_UNPACKED_BYTES = 512 * 1024 * 1024
#: A member that unpacks to more than RATIO_MIN_BYTES at a ratio above MAX_RATIO is a bomb.
MAX_RATIO = 200
RATIO_MIN_BYTES = 8 * 1024 * 1024
MAX_MEMBERS = 10_000
#: Most cells a sheet's value extent (rows x columns) may span; calamine allocates them all.
MAX_SHEET_CELLS = 8_000_000
MAX_ROWS = 1_048_576
MAX_COLS = 16_384
#: Most bytes read to check a sheet whose <dimension> claims a huge extent.
SCAN_LIMIT = 32 * 1024 * 1024

_SAVE_AS_XLSX = "open it in Excel and save it as Excel Workbook (.xlsx)"

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

#: main content type -> (kind, readable, reason)
_MAIN_TYPES: dict[str, tuple[str, bool, str]] = {
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": (
        "xlsx",
        True,
        "an Excel workbook (.xlsx)",
    ),
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml": (
        "xlsm",
        True,
        "a macro-enabled Excel workbook (.xlsm)",
    ),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": (
        "xltx",
        True,
        "an Excel template (.xltx)",
    ),
    "application/vnd.ms-excel.template.macroEnabled.main+xml": (
        "xltm",
        True,
        "a macro-enabled Excel template (.xltm)",
    ),
    "application/vnd.ms-excel.addin.macroEnabled.main+xml": (
        "xlam",
        False,
        "an Excel add-in (.xlam), not a workbook",
    ),
    "application/vnd.ms-excel.sheet.binary.macroEnabled.main": (
        "xlsb",
        False,
        "an Excel binary workbook (.xlsb)",
    ),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": (
        "docx",
        False,
        "a Word document, not a workbook",
    ),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": (
        "pptx",
        False,
        "a PowerPoint presentation, not a workbook",
    ),
}


@dataclass(frozen=True)
class FileKind:
    """What a file is, whether this tool can read it as a workbook, and what to do if not."""

    kind: str
    readable: bool
    reason: str
    fix: str = ""

    def message(self, path: Path | str) -> str:
        """One line for the user: ``plan.xlsx: an old Excel 97-2003 .xls file - open it ...``."""
        text = f"{Path(path).name}: {self.reason}"
        return f"{text} - {self.fix}" if self.fix else text


def _no(kind: str, reason: str, fix: str = _SAVE_AS_XLSX) -> FileKind:
    return FileKind(kind, False, reason, fix)


def sniff(path: Path) -> FileKind:
    """Decide what ``path`` really is (see the module docstring). Never raises for a bad file."""
    return _sniff(Path(path), None, None)


def sniff_content(path: Path, data: bytes) -> tuple[FileKind, str]:
    """:func:`sniff` of ``path`` from ``data``, the whole content of the regular file the
    caller has just read (so it is not read again), and the text of the package's
    ``docProps/custom.xml`` as :func:`~addin.files.xml_parts.custom_properties_xml` gives
    it ('' for a file that is no readable package): consolidation's screening reads each
    file once for its hash, its sniffing and its output markers."""
    properties: list[str] = []
    return _sniff(Path(path), data, properties), "".join(properties)


def _sniff(path: Path, data: bytes | None, properties: list[str] | None) -> FileKind:
    try:
        if data is None:
            size = path.stat().st_size
            if not path.is_file():
                return _no(
                    "not_a_file", "not a file (a folder or a device)", "give the path of a workbook"
                )
        else:
            size = len(data)
        if size == 0 and not path.name.startswith("~$"):  # Excel's lock files may be empty
            return _no(
                "empty",
                "an empty file (0 bytes)",
                "restore it from a copy or re-save it from Excel",
            )
        if size > MAX_FILE_BYTES:
            return _no(
                "too_large",
                f"too large to read safely ({size / 1e6:,.0f} MB; the limit is {MAX_FILE_BYTES // 1_000_000} MB)",
                "split the workbook or remove unused sheets",
            )
        if data is None:
            with path.open("rb") as handle:
                head = handle.read(8192)
        else:
            head = data[:8192]
    except FileNotFoundError:
        return _no("missing", "no such file", "check the path")
    except OSError as exc:
        return _no(
            "unreadable",
            f"cannot be opened ({exc.strerror or exc})",
            "check the file's permissions",
        )

    if head.startswith(_ZIP):
        return _sniff_zip(path, data, properties)
    if path.name.startswith(".~lock.") and path.name.endswith("#"):
        return _no(
            "lockfile",
            "a LibreOffice lock file (created while a workbook is open), not a workbook",
            f"skip it; read {path.name[len('.~lock.') : -1]} instead",
        )
    if path.name.startswith("~$"):
        return _no(
            "lockfile",
            "an Excel lock file (Excel creates ~$ files while the workbook is open), not a workbook",
            f"skip it; read {path.name[2:]} instead",
        )
    if head.startswith(_OLE2):
        try:
            return _sniff_ole2(path, data)
        except OSError as exc:
            return _no("unreadable", f"cannot be read ({exc.strerror or exc})", "check the file")
    if head.startswith(b"%PDF"):
        return _no("pdf", "a PDF document, not a workbook", "ask for the original Excel workbook")
    return _sniff_text(head)


def ensure_readable(path: Path) -> FileKind:
    """:func:`sniff`, raising :class:`UnreadableWorkbookError` for a file it rejects."""
    found = sniff(path)
    if not found.readable:
        raise UnreadableWorkbookError(str(path), found.reason, found.fix)
    return found


# --- non-zip files -------------------------------------------------------------------


def _sniff_ole2(path: Path, content: bytes | None = None) -> FileKind:
    """An OLE2 compound file: an old .xls, an encrypted OOXML package, or another Office file."""
    if content is not None:
        data = content[: 4 * 1024 * 1024]
    else:
        with path.open("rb") as handle:
            data = handle.read(4 * 1024 * 1024)

    def has(name: str) -> bool:
        return name.encode("utf-16-le") in data

    if has("EncryptedPackage") or has("EncryptionInfo"):
        return _no(
            "encrypted",
            "a password-protected (encrypted) workbook",
            "open it in Excel, remove the password (File > Info > Protect Workbook) and save it",
        )
    if has("Workbook") or has("Book"):
        return FileKind(
            "xls",
            True,
            "an old Excel 97-2003 .xls file (values are read; tables and formulas are not)",
            _SAVE_AS_XLSX,
        )
    if has("WordDocument"):
        return _no(
            "doc", "an old Word document (.doc), not a workbook", "ask for the Excel workbook"
        )
    return _no("ole2", "an old-style Office compound file that holds no workbook")


_ROOT_START = re.compile(rb"<[A-Za-z_]")
#: How an XML part may start before its root element: a declaration, comments,
#: processing instructions or whitespace (anything else is not XML at all).
_PROLOG = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:<\?|<!--|<!|\s)")
_HTML = re.compile(rb"<\s*(!doctype\s+html|html|table|head|body)\b", re.IGNORECASE)


def _sniff_text(head: bytes) -> FileKind:
    text_bytes = head.lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")
    if _HTML.search(head[:4096]):
        return _no(
            "html",
            "a web page (HTML) saved with a spreadsheet name, not a real workbook",
            _SAVE_AS_XLSX,
        )
    if text_bytes.startswith(b"<?xml") or text_bytes.startswith(b"<"):
        if b"urn:schemas-microsoft-com:office:spreadsheet" in head:
            return _no("xml_spreadsheet", "an Excel 2003 XML spreadsheet, not a workbook")
        return _no("xml", "an XML file, not a workbook", "ask for the Excel workbook")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _no(
            "not_a_workbook",
            "not a workbook (unrecognised binary content)",
            "ask for the Excel workbook",
        )
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        text = head.decode("latin-1")
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    for sep in (",", ";", "\t", "|"):
        if len(lines) >= 1 and sum(sep in line for line in lines) >= max(1, len(lines) // 2):
            return _no(
                "csv",
                "a CSV/text file with a spreadsheet name, not a workbook",
                "open it in Excel and save it as Excel Workbook (.xlsx), or use `pmo adopt`",
            )
    return _no("text", "a plain text file, not a workbook", "ask for the Excel workbook")


# --- zip packages --------------------------------------------------------------------


def _sniff_zip(path: Path, data: bytes | None, properties: list[str] | None) -> FileKind:
    try:
        zf = zipfile.ZipFile(path if data is None else io.BytesIO(data))
    except (zipfile.BadZipFile, NotImplementedError, ValueError, EOFError):
        return _no(
            "truncated",
            "a damaged or truncated workbook (the zip directory at its end is missing)",
            "copy the file again from its source, or restore it from a backup",
        )
    except OSError as exc:
        return _no("unreadable", f"cannot be opened ({exc})", "check the file's permissions")
    with zf:
        heads = _Heads(zf, path, data)
        try:
            found = _sniff_package(zf, heads)
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            OSError,
            ValueError,
            ParseError,
            NotImplementedError,  # a compression method zipfile does not know
            RuntimeError,  # an encrypted zip member
        ) as exc:
            return _no(
                "damaged",
                f"a damaged workbook (a part of it cannot be unpacked: {exc})",
                "open it in Excel (it offers to repair it) and save it, or copy it again "
                "from its source",
            )
        if properties is not None and found.readable:
            properties.append(_custom_properties(zf, heads))
        return found


def _custom_properties(zf: zipfile.ZipFile, heads: _Heads) -> str:
    """:func:`~addin.files.xml_parts.custom_properties_xml`, from the package's bytes."""
    try:
        info = zf.getinfo("docProps/custom.xml")
    except KeyError:
        return ""
    if info.file_size > xml_parts.MAX_CUSTOM_PROPERTIES:
        return ""
    data = heads.read(info.filename, info.file_size)
    if len(data) != info.file_size:  # damaged: zipfile would have raised
        return ""
    return data.decode("utf-8", "replace")


def _sniff_package(zf: zipfile.ZipFile, heads: _Heads) -> FileKind:
    members = zf.infolist()
    if len(members) > MAX_MEMBERS:
        return _no(
            "zip_bomb",
            f"a hostile zip archive ({len(members):,} members; a workbook has a few dozen)",
            "do not open it; ask the sender for the real workbook",
        )
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED_BYTES:
        return _no(
            "zip_bomb",
            f"a zip bomb (it declares {total / 1e9:,.1f} GB when unpacked)",
            "do not open it; ask the sender for the real workbook",
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_MIN_BYTES and ratio > MAX_RATIO:
            return _no(
                "zip_bomb",
                f"a zip bomb ({member.filename} unpacks {ratio:,.0f} times larger than it is stored)",
                "do not open it; ask the sender for the real workbook",
            )
    names = {m.filename for m in members}
    if "mimetype" in names:
        mime = heads.read("mimetype", 200).decode("ascii", "replace").strip()
        if mime == "application/vnd.oasis.opendocument.spreadsheet":
            return _no("ods", "an OpenDocument spreadsheet (.ods), not an Excel workbook")
        if mime.startswith("application/vnd.oasis.opendocument"):
            return _no(
                "odf",
                f"an OpenDocument file ({mime}), not a workbook",
                "ask for the Excel workbook",
            )
    if "[Content_Types].xml" not in names:
        return _no(
            "not_a_workbook",
            "a zip archive, not a workbook (it has no [Content_Types].xml)",
            "unzip it and read the workbook inside, or ask for the Excel workbook",
        )
    for member in members:
        if member.filename.endswith((".xml", ".rels", ".vml")) and member.file_size:
            start = _ascii_view(heads.read(member.filename, 4096))
            if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                return _no(
                    "doctype",
                    f"a hostile workbook: {_part_label(zf, member.filename)} declares a DOCTYPE "
                    "(XML entity expansion)",
                    "do not open it; ask the sender to re-save it from Excel",
                )
            if member.file_size > 4096 and not _ROOT_START.search(start):
                if not _PROLOG.match(start):  # garbage or undecodable, not a long XML prolog
                    what = "is not XML" if start else "cannot be unpacked"
                    return _no(
                        "damaged",
                        f"a damaged workbook (its part {member.filename} {what})",
                        "open it in Excel (it offers to repair it) and save it, or copy it "
                        "again from its source",
                    )
                # a DOCTYPE may only precede the root element: a prolog this long hides one
                return _no(
                    "doctype",
                    f"a hostile workbook: {member.filename} has no XML element in its first "
                    "4 KB (a padded prolog can hide a DOCTYPE)",
                    "do not open it; ask the sender to re-save it from Excel",
                )
    content_types = heads.read("[Content_Types].xml", 256 * 1024)
    found: FileKind | None = None
    for content_type, (kind, readable, reason) in _MAIN_TYPES.items():
        if content_type.encode() in content_types:
            found = FileKind(kind, readable, reason, "" if readable else _SAVE_AS_XLSX)
            break
    if found is None:
        return _no(
            "not_a_workbook",
            "an Office package that is not an Excel workbook",
            "ask for the Excel workbook",
        )
    if not found.readable:
        if found.kind in ("docx", "pptx"):
            return _no(found.kind, found.reason, "ask for the Excel workbook")
        return found
    workbook = _workbook_part(zf, heads) if _safe_rels(zf) else "xl/workbook.xml"
    if workbook not in names:
        return _no(
            "damaged",
            f"a damaged workbook (its main part {workbook} is missing)",
            "open it in Excel (it offers to repair it) and save it, or copy it again from its "
            "source",
        )
    if workbook in names and b"purl.oclc.org/ooxml/spreadsheetml" in heads.read(workbook, 4096):
        found = FileKind(
            "strict_ooxml",
            True,
            "a Strict Open XML workbook (values are read with calamine; checks cannot be "
            "written into a copy of it)",
            "to have cells marked, save it in Excel as Excel Workbook (.xlsx), not Strict Open XML",
        )
    if any(name.startswith("xl/macrosheets/") for name in names):
        return _no(
            "xlm_macro",
            "a workbook with Excel 4.0 (XLM) macro sheets, which this tool does not open",
            "save a copy without the macro sheet (or its data in a new workbook) as .xlsx",
        )
    too_big = _oversized_sheet(zf, members, heads)
    return too_big or found


def _ascii_view(head: bytes) -> bytes:
    """The start of an XML part as single bytes, whatever its encoding (UTF-16 parts, with
    or without a byte-order mark, would hide ``<!DOCTYPE`` from a byte search)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or head[1:2] == b"\x00" or head[:1] == b"\x00":
        big_endian = head.startswith(b"\xfe\xff") or head[:1] == b"\x00"
        codec = "utf-16-be" if big_endian else "utf-16-le"
        text = head[: len(head) // 2 * 2].decode(codec, "replace").lstrip("\ufeff")
        return text.encode("ascii", "replace")
    return head


def _safe_rels(zf: zipfile.ZipFile) -> bool:
    try:
        return zf.getinfo("_rels/.rels").file_size < 1024 * 1024
    except KeyError:
        return False


def _workbook_part(zf: zipfile.ZipFile, heads: _Heads) -> str:
    """:func:`~addin.files.xml_parts.workbook_part`, from the root relationships' bytes as
    sniffing has them (a package whose part cannot be read whole goes through zipfile,
    which raises as it did)."""
    info = zf.getinfo("_rels/.rels")
    data = heads.read(info.filename, info.file_size)
    if len(data) != info.file_size:
        return xml_parts.workbook_part(zf)
    if len(data) > 4096:  # not a template's few bytes: not kept
        return xml_parts.workbook_part_in(xml_parts.parse_xml(data))
    return _workbook_target(data)


@functools.lru_cache(maxsize=64)
def _workbook_target(rels: bytes) -> str:
    """The workbook part named by root relationships ``rels`` (the same few bytes in
    every workbook a template made: parsed once)."""
    return xml_parts.workbook_part_in(xml_parts.parse_xml(rels))


@functools.lru_cache(maxsize=1024)
def _declared_cells(dimension: str) -> int:
    """How many cells a sheet's ``<dimension>`` declares (most sheets of a portfolio
    declare one of a few extents)."""
    return xml_parts.range_cells(dimension)


def _head(zf: zipfile.ZipFile, name: str, size: int) -> bytes:
    """The first ``size`` bytes of a member ('' when it is absent or damaged)."""
    try:
        with zf.open(name) as handle:
            return handle.read(size)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return b""
    except Exception:  # zlib.error and the like: a damaged member
        return b""


#: Packages up to this size are read once into memory to take their parts' first bytes
#: (and consolidation screens files up to it from one read: :func:`sniff_content`).
IN_MEMORY_BYTES = 16 * 1024 * 1024
_HEADS_IN_MEMORY = IN_MEMORY_BYTES
_LOCAL_HEADER = struct.Struct("<4s22xHH")


class _Heads:
    """The first bytes of a package's parts, as :func:`_head` gives them, for the dozens
    of parts sniffing looks at: a stored or deflated part of a small package is unpacked
    from the package's bytes, read once, without zipfile's per-part overhead; any other
    part (or anything unexpected, such as a local header that disagrees with the
    directory) is read through zipfile, which then says what is wrong.
    A part asked for again (a sheet's first bytes: once for a DOCTYPE, once for its
    extent) is not unpacked again."""

    def __init__(self, zf: zipfile.ZipFile, path: Path, data: bytes | None = None) -> None:
        self.zf = zf
        self.blob = b""
        self.seen: dict[str, bytes] = {}  # part -> the longest head read of it
        if data is not None:
            self.blob = data if len(data) <= _HEADS_IN_MEMORY else b""
        else:
            try:
                if path.stat().st_size <= _HEADS_IN_MEMORY:
                    self.blob = path.read_bytes()
            except OSError:
                self.blob = b""
        self.view = memoryview(self.blob)  # the parts' compressed bytes, sliced without a copy

    def read(self, name: str, size: int) -> bytes:
        seen = self.seen.get(name)
        if seen is not None and len(seen) >= size:
            return seen[:size]
        fast = self._from_blob(name, size) if self.blob else None
        data = fast if fast is not None else _head(self.zf, name, size)
        if len(data) == size or (fast is not None and len(data) < size):
            # the part's first ``size`` bytes, or the whole part (its checksum checked)
            self.seen[name] = data
        return data

    def _from_blob(self, name: str, size: int) -> bytes | None:
        try:
            info = self.zf.getinfo(name)
        except KeyError:
            return None
        if info.flag_bits & 0x61 or info.compress_type not in (
            zipfile.ZIP_STORED,
            zipfile.ZIP_DEFLATED,
        ):
            return None  # encrypted, patched or another method: zipfile decides
        blob = self.blob
        offset = info.header_offset
        start = offset + _LOCAL_HEADER.size
        if offset < 0 or start > len(blob):
            return None
        magic, name_length, extra_length = _LOCAL_HEADER.unpack_from(blob, offset)
        if magic != b"PK\x03\x04" or not _same_name(blob[start : start + name_length], info):
            return None
        start += name_length + extra_length
        if start + info.compress_size > len(blob):
            return None
        raw = self.view[start : start + info.compress_size]  # not copied
        wanted = min(size, info.file_size)
        if info.compress_type == zipfile.ZIP_STORED:
            data = bytes(raw[:wanted])
        else:
            try:
                data = zlib.decompressobj(-15).decompress(raw, wanted) if wanted else b""
            except zlib.error:
                return None
        if len(data) != wanted:
            return None
        if wanted == info.file_size and zlib.crc32(data) != info.CRC:
            return None  # the whole part, and its checksum is wrong: zipfile says so
        return data


def _same_name(raw: bytes, info: zipfile.ZipInfo) -> bool:
    """True when a local header's name bytes are the directory's name for the part."""
    if info.flag_bits & 0x800:
        encoding = "utf-8"
    elif raw.isascii():  # code page 437 agrees with ASCII on its first 128 bytes
        encoding = "ascii"
    else:
        encoding = "cp437"
    try:
        return raw.decode(encoding) == info.orig_filename
    except UnicodeDecodeError:
        return False


def _sheet_label(zf: zipfile.ZipFile, part: str) -> str:
    """``sheet 'Risks'`` for a worksheet part (the part's path when the name is unknown)."""
    try:
        for entry in xml_parts.read_workbook_parts(zf).sheets:
            if entry.part == part:
                return f"sheet '{entry.name}'"
    except Exception:  # a damaged workbook.xml: the part's path still says where
        pass
    return part


def _part_label(zf: zipfile.ZipFile, part: str) -> str:
    """A worksheet part as ``sheet 'Risks' (xl/worksheets/sheet1.xml)``; other parts as is."""
    if part.startswith("xl/worksheets/"):
        label = _sheet_label(zf, part)
        return f"{label} ({part})" if label != part else part
    return part


def _oversized_sheet(
    zf: zipfile.ZipFile, members: list[zipfile.ZipInfo], heads: _Heads
) -> FileKind | None:
    """A sheet whose cells with values span too many cells (calamine would allocate them)."""
    for member in members:
        name = member.filename
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            continue
        head = heads.read(name, 4096)
        dimension = xml_parts.dimension_of(head)
        if dimension and _declared_cells(dimension) <= MAX_SHEET_CELLS:
            continue  # the writer says the sheet is small; FileHost re-checks the real extent
        if member.file_size > SCAN_LIMIT:
            if dimension:
                return _no(
                    "too_large",
                    f"too large to read safely: {_sheet_label(zf, name)} declares {dimension} and is "
                    f"{member.file_size / 1e6:,.0f} MB unpacked",
                    "remove unused rows and columns (select them, Delete, save) and try again",
                )
            continue
        data = heads.read(name, SCAN_LIMIT)
        rows, cols = xml_parts.value_extent(data)
        if rows > MAX_ROWS or cols > MAX_COLS or rows * cols > MAX_SHEET_CELLS:
            return _no(
                "too_large",
                f"too large to read safely: {_sheet_label(zf, name)} has a value at "
                f"{address(rows, cols)} "
                f"({rows:,} rows x {cols:,} columns)",
                "delete the stray cells far below or right of the data, save, and try again",
            )
    return None
