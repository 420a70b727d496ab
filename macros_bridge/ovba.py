"""A VBA project (``vbaProject.bin``) written from VBA source text, per MS-OVBA.

What a conformant writer emits (MS-OVBA):

- module streams holding only the compressed source (2.3.4.3, compression 2.4.1), with
  no performance cache (``MODULEOFFSET`` 0);
- the ``dir`` stream (2.3.4.2): project information, references, module records;
- ``_VBA_PROJECT`` (2.3.4.1): ``0x61CC``, version ``0xFFFF``, no performance cache, which
  makes Office compile the project from its source on first load;
- the ``PROJECT`` stream (2.3.1) with the protection records ``CMG``/``DPB``/``GC``
  encrypted as 2.4.3 describes (unprotected, no password, visible) and ``PROJECTwm``
  (2.3.3);

all in a compound file (:mod:`macros_bridge.cfb`). Output is deterministic: the project
GUID and the encryption seeds are derived from the project's name.
"""

from __future__ import annotations

import hashlib
import struct
import uuid
from dataclasses import dataclass
from typing import Literal

from macros_bridge.cfb import CompoundFile

CODEPAGE = 1252
ENCODING = "cp1252"
_CHUNK = 4096


class OvbaError(ValueError):
    """Bytes that are not a valid MS-OVBA compressed container, or a bad module."""


# ---------------------------------------------------------------------------------------
# Compression (MS-OVBA 2.4.1)
# ---------------------------------------------------------------------------------------


def _copy_token_bits(position: int) -> tuple[int, int]:
    """(bit count of the offset, maximum length) at ``position`` bytes into a chunk."""
    bit_count = max((position - 1).bit_length(), 4)
    return bit_count, (0xFFFF >> bit_count) + 3


def _longest_match(chunk: bytes, pos: int) -> tuple[int, int]:
    """MS-OVBA 2.4.1.3.19.4 Matching: the longest earlier match (the nearest on ties).

    Only candidates sharing the next three bytes can give a copy token, so they are
    found with ``rfind``, nearest first, as the spec's backward scan meets them.
    """
    n = len(chunk)
    if n - pos < 3:
        return 0, 0
    prefix = chunk[pos : pos + 3]
    best_length, best_offset = 0, 0
    end = pos + 2  # a candidate starts before pos
    while True:
        candidate = chunk.rfind(prefix, 0, end)
        if candidate < 0:
            break
        length = 3
        while pos + length < n and chunk[candidate + length] == chunk[pos + length]:
            length += 1
        if length > best_length:
            best_length, best_offset = length, pos - candidate
            if pos + length == n:
                break
        end = candidate + 2
    return best_length, best_offset


def _compress_chunk(chunk: bytes) -> bytes:
    out = bytearray()
    pos = 0
    n = len(chunk)
    while pos < n:
        flag_index = len(out)
        out.append(0)
        flags = 0
        for bit in range(8):
            if pos >= n:
                break
            best_length, best_offset = _longest_match(chunk, pos)
            bit_count, max_length = _copy_token_bits(pos)
            best_length = min(best_length, max_length)
            if best_length >= 3:
                token = ((best_offset - 1) << (16 - bit_count)) | (best_length - 3)
                out += struct.pack("<H", token)
                flags |= 1 << bit
                pos += best_length
            else:
                out.append(chunk[pos])
                pos += 1
        out[flag_index] = flags
    return bytes(out)


def compress(data: bytes) -> bytes:
    """The MS-OVBA CompressedContainer of ``data`` (greedy longest match, as 2.4.1.3)."""
    out = bytearray(b"\x01")
    for start in range(0, len(data), _CHUNK):
        chunk = data[start : start + _CHUNK]
        body = _compress_chunk(chunk)
        if len(body) > _CHUNK:
            # A raw chunk always holds 4096 bytes (padded, per 2.4.1.3.10).
            out += struct.pack("<H", 0x3000 | (_CHUNK + 2 - 3))
            out += chunk.ljust(_CHUNK, b"\0")
        else:
            out += struct.pack("<H", 0xB000 | (len(body) + 2 - 3))
            out += body
    return bytes(out)


def decompress(container: bytes) -> bytes:
    """Decompress an MS-OVBA CompressedContainer (2.4.1.3.1)."""
    if not container or container[0] != 0x01:
        raise OvbaError("not an MS-OVBA compressed container (the first byte must be 0x01)")
    out = bytearray()
    pos = 1
    while pos < len(container):
        if pos + 2 > len(container):
            raise OvbaError(f"truncated chunk header at byte {pos}")
        (header,) = struct.unpack_from("<H", container, pos)
        size = (header & 0x0FFF) + 3
        if (header >> 12) & 0b0111 != 0b011:
            raise OvbaError(f"bad chunk signature at byte {pos}")
        compressed = bool(header & 0x8000)
        end = min(pos + size, len(container))
        pos += 2
        chunk_start = len(out)
        if not compressed:
            out += container[pos : pos + _CHUNK]
            pos += _CHUNK
            continue
        while pos < end:
            flags = container[pos]
            pos += 1
            for bit in range(8):
                if pos >= end:
                    break
                if not flags & (1 << bit):
                    out.append(container[pos])
                    pos += 1
                    continue
                (token,) = struct.unpack_from("<H", container, pos)
                pos += 2
                bit_count, _ = _copy_token_bits(len(out) - chunk_start)
                length = (token & (0xFFFF >> bit_count)) + 3
                offset = (token >> (16 - bit_count)) + 1
                if offset > len(out) - chunk_start:
                    raise OvbaError(f"copy token points before its chunk at byte {pos - 2}")
                for _ in range(length):
                    out.append(out[-offset])
    return bytes(out)


# ---------------------------------------------------------------------------------------
# Data encryption of the PROJECT stream's CMG, DPB and GC values (MS-OVBA 2.4.3)
# ---------------------------------------------------------------------------------------


def encrypt_data(data: bytes, project_id: str, seed: int, ignored: bytes | None = None) -> str:
    """MS-OVBA 2.4.3.2: the hex text of ``data`` encrypted for the project ``project_id``.

    The spec lets the ``(seed & 6) / 2`` ignored bytes be anything; we write zeros unless
    ``ignored`` gives them (tests use it to reproduce values Excel wrote).
    """
    version = 2
    project_key = sum(project_id.encode(ENCODING)) & 0xFF
    out = bytearray([seed & 0xFF, (seed ^ version) & 0xFF, (seed ^ project_key) & 0xFF])
    unencrypted_1, encrypted_1, encrypted_2 = project_key, out[2], out[1]
    ignored_length = (seed & 6) // 2
    filler = (ignored or b"").ljust(ignored_length, b"\0")[:ignored_length]
    plain = filler + struct.pack("<I", len(data)) + data
    for byte in plain:
        enc = byte ^ ((encrypted_2 + unencrypted_1) & 0xFF)
        out.append(enc)
        encrypted_2, encrypted_1, unencrypted_1 = encrypted_1, enc, byte
    return out.hex().upper()


def decrypt_data(text: str) -> tuple[bytes, int]:
    """MS-OVBA 2.4.3.3: the data and project key from a CMG/DPB/GC hex value."""
    raw = bytes.fromhex(text)
    seed, version_enc, key_enc = raw[0], raw[1], raw[2]
    if seed ^ version_enc != 2:
        raise OvbaError("encrypted data has an unknown version")
    project_key = seed ^ key_enc
    unencrypted_1, encrypted_1, encrypted_2 = project_key, key_enc, version_enc
    plain = bytearray()
    for enc in raw[3:]:
        byte = enc ^ ((encrypted_2 + unencrypted_1) & 0xFF)
        plain.append(byte)
        encrypted_2, encrypted_1, unencrypted_1 = encrypted_1, enc, byte
    ignored = (seed & 6) // 2
    (length,) = struct.unpack_from("<I", plain, ignored)
    data = bytes(plain[ignored + 4 : ignored + 4 + length])
    if len(data) != length:
        raise OvbaError("encrypted data is shorter than its length says")
    return data, project_key


# ---------------------------------------------------------------------------------------
# The project
# ---------------------------------------------------------------------------------------

ModuleKind = Literal["standard", "document"]

#: The document modules Excel expects for a workbook with one sheet (MS-OVBA: a module
#: whose "Document=" line names it; its VB_Base names the host class).
WORKBOOK_BASE = "0{00020819-0000-0000-C000-000000000046}"
WORKSHEET_BASE = "0{00020820-0000-0000-C000-000000000046}"

_STDOLE = (
    "stdole",
    "*\\G{00020430-0000-0000-C000-000000000046}#2.0#0#"
    "C:\\Windows\\System32\\stdole2.tlb#OLE Automation",
)


@dataclass(frozen=True)
class VbaModule:
    """A module: its name, kind and source text (as the VBA editor exports it)."""

    name: str
    source: str
    kind: ModuleKind = "standard"


def document_module(name: str, base: str) -> VbaModule:
    """An empty document module (``ThisWorkbook``, ``Sheet1``) for the host ``base`` class."""
    attributes = [
        f'Attribute VB_Name = "{name}"',
        f'Attribute VB_Base = "{base}"',
        "Attribute VB_GlobalNameSpace = False",
        "Attribute VB_Creatable = False",
        "Attribute VB_PredeclaredId = True",
        "Attribute VB_Exposed = True",
        "Attribute VB_TemplateDerived = False",
        "Attribute VB_Customizable = True",
    ]
    return VbaModule(name, "\r\n".join(attributes) + "\r\n", "document")


def normalise_source(name: str, text: str) -> str:
    """CRLF line ends, a final line end, and the ``Attribute VB_Name`` line first."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines or not lines[0].startswith("Attribute VB_Name"):
        lines.insert(0, f'Attribute VB_Name = "{name}"')
    return "\r\n".join(lines) + "\r\n"


def _record(record_id: int, payload: bytes) -> bytes:
    return struct.pack("<HI", record_id, len(payload)) + payload


def _text_record(record_id: int, text: str, unicode_id: int | None) -> bytes:
    out = _record(record_id, text.encode(ENCODING))
    if unicode_id is not None:
        out += _record(unicode_id, text.encode("utf-16-le"))
    return out


def _dir_stream(project_name: str, modules: list[VbaModule]) -> bytes:
    out = bytearray()
    # PROJECTINFORMATION (2.3.4.2.1)
    out += _record(0x0001, struct.pack("<I", 1))  # SysKind: 32-bit Windows
    out += _record(0x0002, struct.pack("<I", 0x0409))  # LCID
    out += _record(0x0014, struct.pack("<I", 0x0409))  # LCID invoke
    out += _record(0x0003, struct.pack("<H", CODEPAGE))
    out += _record(0x0004, project_name.encode(ENCODING))
    out += _text_record(0x0005, "", 0x0040)  # doc string + unicode
    out += _record(0x0006, b"") + _record(0x003D, b"")  # help file 1 and 2
    out += _record(0x0007, struct.pack("<I", 0))  # help context
    out += _record(0x0008, struct.pack("<I", 0))  # lib flags
    out += struct.pack("<HIIH", 0x0009, 4, 1, 0)  # version: reserved size 4, major, minor
    out += _text_record(0x000C, "", 0x003C)  # constants + unicode
    # PROJECTREFERENCES (2.3.4.2.2)
    name, libid = _STDOLE
    out += _text_record(0x0016, name, 0x003E)
    libid_bytes = libid.encode(ENCODING)
    registered = struct.pack("<I", len(libid_bytes)) + libid_bytes + struct.pack("<IH", 0, 0)
    out += _record(0x000D, registered)
    # PROJECTMODULES (2.3.4.2.3)
    out += _record(0x000F, struct.pack("<H", len(modules)))
    out += _record(0x0013, struct.pack("<H", 0xFFFF))  # project cookie
    for module in modules:
        out += _record(0x0019, module.name.encode(ENCODING))
        out += _record(0x0047, module.name.encode("utf-16-le"))
        out += _text_record(0x001A, module.name, 0x0032)  # stream name
        out += _text_record(0x001C, "", 0x0048)  # doc string
        out += _record(0x0031, struct.pack("<I", 0))  # text offset: no performance cache
        out += _record(0x001E, struct.pack("<I", 0))  # help context
        out += _record(0x002C, struct.pack("<H", 0xFFFF))  # module cookie
        out += struct.pack("<HI", 0x0021 if module.kind == "standard" else 0x0022, 0)
        out += struct.pack("<HI", 0x002B, 0)  # module terminator
    out += struct.pack("<HI", 0x0010, 0)  # dir terminator
    return bytes(out)


def project_guid(project_name: str) -> str:
    """A stable GUID for the project, derived from its name."""
    value = uuid.uuid5(uuid.NAMESPACE_URL, f"pmo-addin:vba:{project_name}")
    return "{" + str(value).upper() + "}"


def _seed(project_name: str, label: str) -> int:
    return hashlib.sha256(f"{project_name}:{label}".encode()).digest()[0]


#: CMG, DPB and GC payloads (2.3.1.15-17): not protected, no password, visible.
_UNPROTECTED = struct.pack("<I", 0)
_NO_PASSWORD = b"\x00"
_VISIBLE = b"\xff"


def _project_stream(project_name: str, modules: list[VbaModule]) -> bytes:
    guid = project_guid(project_name)
    lines = [f'ID="{guid}"']
    for module in modules:
        if module.kind == "document":
            lines.append(f"Document={module.name}/&H00000000")
        else:
            lines.append(f"Module={module.name}")
    lines += [
        f'Name="{project_name}"',
        'HelpContextID="0"',
        'VersionCompatible32="393222000"',
        f'CMG="{encrypt_data(_UNPROTECTED, guid, _seed(project_name, "CMG"))}"',
        f'DPB="{encrypt_data(_NO_PASSWORD, guid, _seed(project_name, "DPB"))}"',
        f'GC="{encrypt_data(_VISIBLE, guid, _seed(project_name, "GC"))}"',
        "",
        "[Host Extender Info]",
        "&H00000001={3832D640-CF90-11CF-8E43-00A0C911005A};VBE;&H00000000",
        "",
        "[Workspace]",
    ]
    lines += [f"{m.name}=0, 0, 0, 0, C" for m in modules]
    return ("\r\n".join(lines) + "\r\n").encode(ENCODING)


def _project_wm(modules: list[VbaModule]) -> bytes:
    out = bytearray()
    for module in modules:
        out += module.name.encode(ENCODING) + b"\0"
        out += module.name.encode("utf-16-le") + b"\0\0"
    return bytes(out + b"\0\0")


_VBA_PROJECT = struct.pack("<HHBH", 0x61CC, 0xFFFF, 0x00, 0x0000)


def _check_identifier(name: str, what: str) -> None:
    if not (name[:1].isalpha() and name.replace("_", "").isalnum() and len(name) <= 31):
        raise OvbaError(
            f"{what} {name!r} is not a VBA name: start with a letter; letters, digits and _ only"
        )
    try:
        name.encode(ENCODING)
    except UnicodeEncodeError:
        raise OvbaError(f"{what} {name!r} must be written in the {ENCODING} code page") from None


def build_vba_project(project_name: str, modules: list[VbaModule]) -> bytes:
    """The bytes of ``vbaProject.bin`` holding ``modules`` (sources compressed, no p-code)."""
    _check_identifier(project_name, "project name")
    seen: set[str] = set()
    for module in modules:
        _check_identifier(module.name, "module name")
        if module.name.upper() in seen or module.name.upper() == project_name.upper():
            raise OvbaError(f"module name {module.name!r} is used twice")
        seen.add(module.name.upper())
    cf = CompoundFile()
    cf.add_stream("VBA/_VBA_PROJECT", _VBA_PROJECT)
    cf.add_stream("VBA/dir", compress(_dir_stream(project_name, modules)))
    for module in modules:
        source = normalise_source(module.name, module.source)
        try:
            encoded = source.encode(ENCODING)
        except UnicodeEncodeError as exc:
            raise OvbaError(
                f"module {module.name}: character {source[exc.start]!r} is not in {ENCODING}"
            ) from None
        cf.add_stream(f"VBA/{module.name}", compress(encoded))
    cf.add_stream("PROJECT", _project_stream(project_name, modules))
    cf.add_stream("PROJECTwm", _project_wm(modules))
    return cf.to_bytes()
