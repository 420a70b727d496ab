"""Every odd or hostile file is named for what it really is, before any parser opens it."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from addin.errors import UnreadableWorkbookError
from addin.files.sniff import FileKind, ensure_readable, sniff

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _ole2(path: Path, stream: str) -> Path:
    """A minimal compound-file look-alike naming ``stream`` in its directory (UTF-16)."""
    path.write_bytes(OLE2 + b"\x00" * 504 + stream.encode("utf-16-le") + b"\x00" * 512)
    return path


def _xlsx(path: Path) -> Path:
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("Risks")
    ws.write_row(0, 0, ["ID", "Title"])
    ws.write_row(1, 0, ["R-001", "Supplier late"])
    wb.close()
    return path


def _rewrite(src: Path, dest: Path, replace: dict[str, bytes]) -> Path:
    """Copy a zip package, replacing some members."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = replace.get(item.filename, zin.read(item.filename))
            zout.writestr(item.filename, data)
    return dest


def test_a_real_xlsx_is_readable(tmp_path: Path) -> None:
    found = sniff(_xlsx(tmp_path / "ok.xlsx"))
    assert found == FileKind("xlsx", True, "an Excel workbook (.xlsx)", "")


def test_old_xls_named_xlsx(tmp_path: Path) -> None:
    found = sniff(_ole2(tmp_path / "old.xlsx", "Workbook"))
    assert (found.kind, found.readable) == ("xls", True)
    assert "old Excel 97-2003 .xls" in found.reason
    assert "save it as Excel Workbook (.xlsx)" in found.fix


def test_password_protected_workbook(tmp_path: Path) -> None:
    path = _ole2(tmp_path / "secret.xlsx", "EncryptedPackage")
    found = sniff(path)
    assert (found.kind, found.readable) == ("encrypted", False)
    assert found.reason == "a password-protected (encrypted) workbook"
    with pytest.raises(UnreadableWorkbookError) as err:
        ensure_readable(path)
    assert str(err.value).startswith(f"{path}: a password-protected (encrypted) workbook - ")
    assert "remove the password" in str(err.value)


def test_csv_named_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "risks.xlsx"
    path.write_text("ID,Title,Owner\nR-001,Supplier late,Ann\nR-002,Budget cut,Bob\n")
    found = sniff(path)
    assert (found.kind, found.readable) == ("csv", False)
    assert found.reason == "a CSV/text file with a spreadsheet name, not a workbook"


def test_html_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text("<html><body><table><tr><td>ID</td></tr></table></body></html>")
    found = sniff(path)
    assert (found.kind, found.readable) == ("html", False)
    assert "web page (HTML)" in found.reason


def test_ods(tmp_path: Path) -> None:
    path = tmp_path / "plan.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<office:document-content/>")
    found = sniff(path)
    assert (found.kind, found.readable) == ("ods", False)
    assert found.message(path) == (
        "plan.ods: an OpenDocument spreadsheet (.ods), not an Excel workbook - "
        "open it in Excel and save it as Excel Workbook (.xlsx)"
    )


def test_excel_lock_file(tmp_path: Path) -> None:
    path = tmp_path / "~$plan.xlsx"
    name = b"Jane Smith"
    path.write_bytes(bytes([len(name)]) + name + b" " * (54 - len(name)) + b"\x00" * 110)
    found = sniff(path)
    assert (found.kind, found.readable) == ("lockfile", False)
    assert "Excel lock file" in found.reason
    assert "plan.xlsx" in found.fix


def test_truncated_xlsx(tmp_path: Path) -> None:
    whole = _xlsx(tmp_path / "whole.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    found = sniff(path)
    assert (found.kind, found.readable) == ("truncated", False)
    assert "truncated" in found.reason


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    assert sniff(path).kind == "empty"
    assert sniff(tmp_path / "absent.xlsx").kind == "missing"


def test_zip_bomb_by_declared_size(tmp_path: Path) -> None:
    """A member whose central directory entry declares 4 GB unpacked (the data is tiny)."""
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"<worksheet/>")
    data = bytearray(path.read_bytes())
    member = b"xl/worksheets/sheet1.xml"
    # the second central directory entry; its uncompressed size sits at offset 24
    central = data.find(b"PK\x01\x02", data.find(b"PK\x01\x02") + 1)
    assert data[central + 46 : central + 46 + len(member)] == member
    data[central + 24 : central + 28] = (0xF0000000).to_bytes(4, "little")
    path.write_bytes(bytes(data))
    found = sniff(path)
    assert (found.kind, found.readable) == ("zip_bomb", False)
    assert found.reason == "a zip bomb (it declares 4.0 GB when unpacked)"


def test_zip_bomb_by_ratio(tmp_path: Path) -> None:
    path = tmp_path / "ratio.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\x00" * (40 * 1024 * 1024))
    assert path.stat().st_size < 100_000  # the test file itself stays small
    found = sniff(path)
    assert (found.kind, found.readable) == ("zip_bomb", False)
    assert "xl/worksheets/sheet1.xml unpacks" in found.reason


def test_doctype_in_sheet_xml(tmp_path: Path) -> None:
    src = _xlsx(tmp_path / "src.xlsx")
    evil = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;">]><worksheet><sheetData/></worksheet>'
    )
    path = _rewrite(src, tmp_path / "evil.xlsx", {"xl/worksheets/sheet1.xml": evil})
    found = sniff(path)
    assert (found.kind, found.readable) == ("doctype", False)
    assert "sheet 'Risks' (xl/worksheets/sheet1.xml) declares a DOCTYPE" in found.reason


def test_value_at_xfd1048576(tmp_path: Path) -> None:
    path = tmp_path / "far.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("S")
    ws.write("A1", "x")
    ws.write("XFD1048576", 1)
    wb.close()
    found = sniff(path)
    assert (found.kind, found.readable) == ("too_large", False)
    assert "value at XFD1048576" in found.reason


def test_formatted_blank_at_xfd1048576_is_fine(tmp_path: Path) -> None:
    """A formatted empty cell far away (dimension A1:XFD1048576) holds no value: readable."""
    path = tmp_path / "styled.xlsx"
    wb = xlsxwriter.Workbook(path)
    ws = wb.add_worksheet("S")
    ws.write("A1", "x")
    ws.write_blank("XFD1048576", None, wb.add_format({"bold": True}))
    wb.close()
    assert sniff(path).kind == "xlsx"


def test_other_files(tmp_path: Path) -> None:
    pdf = tmp_path / "report.xlsx"
    pdf.write_bytes(b"%PDF-1.7\n...")
    assert sniff(pdf).kind == "pdf"
    plain = tmp_path / "zip.xlsx"
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr("notes.txt", "hello")
    assert sniff(plain).kind == "not_a_workbook"
    assert "zip archive" in sniff(plain).reason


def test_sniffing_is_fast(tmp_path: Path) -> None:
    path = _xlsx(tmp_path / "ok.xlsx")
    start = time.perf_counter()
    for _ in range(50):
        sniff(path)
    assert (time.perf_counter() - start) / 50 < 0.02


def test_feature_corpus_sniffs_sensibly(features_corpus: Path) -> None:
    kinds = {p.name: sniff(p) for p in sorted(features_corpus.glob("*.xls*"))}
    assert kinds["SimpleStrict.xlsx"].kind == "strict_ooxml"
    assert kinds["SampleSS.strict.xlsx"].kind == "strict_ooxml"
    assert kinds["SampleSS.xlsx"].kind == "xlsx"
    assert kinds["SimpleMacro.xlsm"].kind == "xlsm"
    # despite its name, this POI file is an encrypted package (an OLE2 file)
    assert kinds["protected_passtika.xlsx"].kind == "encrypted"
    # calamine cannot open a workbook with an XLM macro sheet: named, not read
    assert kinds["xlmmacro.xlsm"].kind == "xlm_macro"
    assert not kinds["xlmmacro.xlsm"].readable
    odd = ("protected_passtika.xlsx", "xlmmacro.xlsm")
    others = {k.kind for n, k in kinds.items() if n not in odd}
    assert others <= {"xlsx", "xlsm", "strict_ooxml"}


def test_public_corpus_sniffs_sensibly(public_corpus: Path) -> None:
    for path in sorted(public_corpus.glob("*.xls*")):
        found = sniff(path)
        expected = {".xls": "xls", ".xlsx": "xlsx", ".xlsm": "xlsm"}[path.suffix]
        assert (path.name, found.kind, found.readable) == (path.name, expected, True)


def test_damaged_member(tmp_path: Path) -> None:
    """A flipped byte inside a compressed part: a damaged workbook, not a traceback."""
    data = bytearray(_xlsx(tmp_path / "ok.xlsx").read_bytes())
    with zipfile.ZipFile(tmp_path / "ok.xlsx") as zf:
        info = zf.getinfo("_rels/.rels")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start + 5] ^= 0xFF
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    found = sniff(path)
    assert (found.kind, found.readable) == ("damaged", False)
    assert found.reason.startswith("a damaged workbook (a part of it cannot be unpacked")


def test_doctype_hidden_behind_a_long_prolog(tmp_path: Path) -> None:
    src = _xlsx(tmp_path / "src.xlsx")
    evil = (
        b'<?xml version="1.0"?>'
        + b"<!-- padding -->" * 400
        + b'<!DOCTYPE x [<!ENTITY a "b">]><sst><si><t>&a;</t></si></sst>'
    )
    path = _rewrite(src, tmp_path / "padded.xlsx", {"xl/sharedStrings.xml": evil})
    found = sniff(path)
    assert (found.kind, found.readable) == ("doctype", False)
    assert "xl/sharedStrings.xml has no XML element in its first 4 KB" in found.reason


def test_doctype_in_a_utf16_part(tmp_path: Path) -> None:
    src = _xlsx(tmp_path / "src.xlsx")
    evil = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'
    path = _rewrite(src, tmp_path / "utf16.xlsx", {"docProps/app.xml": evil.encode("utf-16")})
    assert sniff(path).kind == "doctype"


def test_libreoffice_lock_file(tmp_path: Path) -> None:
    path = tmp_path / ".~lock.plan.xlsx#"
    path.write_text("Jane Smith,host,jane,26.11.2026 09:00,file:///home/jane;\n")
    found = sniff(path)
    assert (found.kind, found.readable) == ("lockfile", False)
    assert found.fix == "skip it; read plan.xlsx instead"
