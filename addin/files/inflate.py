"""A zip member's bytes inflated with ISA-L (the isal package), about twice as fast as
the zlib that :mod:`zipfile` uses: the sheet XML a worker scans is most of what it
unpacks (about 430 KB a workbook).

Only the plain case is taken here: a deflated, unencrypted member whose local header
names it as the central directory does, whose stream ends where it should, with the
declared size and CRC-32. Anything else returns None, and the caller reads the member
with :mod:`zipfile` as before, so a damaged or unusual package raises exactly what it
raised before (the reader's messages and the fuzzing's verdicts do not change).
"""

from __future__ import annotations

import struct
import zipfile
from types import ModuleType

_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature ... file name length, extra length
_LOCAL_MAGIC = b"PK\x03\x04"


def _library() -> ModuleType | None:
    try:
        from isal import isal_zlib
    except ImportError:  # a platform without its wheel: zipfile does it all
        return None
    return isal_zlib


_ISAL = _library()


def inflate_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    """The member's bytes (at most ``limit + 1``), or None to leave it to zipfile."""
    fp = zf.fp
    if (
        _ISAL is None
        or fp is None
        or info.compress_type != zipfile.ZIP_DEFLATED
        or info.flag_bits & 0x1  # encrypted
        or info.file_size > limit
    ):
        return None
    try:
        fp.seek(info.header_offset)
        head = fp.read(_LOCAL_HEADER.size)
        if len(head) != _LOCAL_HEADER.size:
            return None
        magic, name_length, extra_length = _LOCAL_HEADER.unpack(head)
        name = fp.read(name_length)
        encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
        if magic != _LOCAL_MAGIC or name.decode(encoding) != info.orig_filename:
            return None
        fp.seek(extra_length, 1)
        raw = fp.read(info.compress_size)
        if len(raw) != info.compress_size:
            return None
        inflater = _ISAL.decompressobj(-15)
        data: bytes = inflater.decompress(raw, limit + 1)
    except (OSError, ValueError, UnicodeDecodeError, _ISAL.error):
        return None
    if not inflater.eof or len(data) != info.file_size or _ISAL.crc32(data) != info.CRC:
        return None
    return data


__all__ = ["inflate_member"]
