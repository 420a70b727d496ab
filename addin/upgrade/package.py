"""A workbook package read once into memory and written back with only some parts changed.

Every part not replaced is written back with the same bytes, in the same order, with the
same zip entry details (name, date, permissions, compression); only replaced parts get
new contents.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree.ElementTree import Element

from defusedxml import ElementTree as SafeET

from addin.files.xml_parts import local, read_part

#: The largest part read (decompressed), as the reader's limit.
PART_LIMIT = 256 * 1024 * 1024


@dataclass
class Package:
    """The zip's entries and the parts replaced so far."""

    infos: list[zipfile.ZipInfo]
    data: dict[str, bytes]
    replaced: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> Package:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            data = {info.filename: read_part(zf, info.filename, PART_LIMIT) for info in infos}
        return cls(infos, data)

    def has(self, name: str) -> bool:
        return name in self.data

    def part(self, name: str) -> bytes:
        return self.replaced.get(name, self.data[name])

    def text(self, name: str) -> str:
        return self.part(name).decode("utf-8")

    def replace(self, name: str, text: str) -> None:
        encoded = text.encode("utf-8")
        if encoded != self.data[name]:
            self.replaced[name] = encoded

    def add(self, name: str, text: str) -> None:
        """A new part, written after every existing one (dated like the first entry)."""
        stamp = self.infos[0].date_time if self.infos else (1980, 1, 1, 0, 0, 0)
        info = zipfile.ZipInfo(name, date_time=stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o600 << 16
        self.infos.append(info)
        self.data[name] = b""
        self.replace(name, text)

    def free_name(self, pattern: str) -> str:
        """The first ``pattern.format(n)`` (n = 1, 2...) that is not a part yet."""
        n = 1
        while pattern.format(n) in self.data:
            n += 1
        return pattern.format(n)

    def to_bytes(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zf:
            for info in self.infos:
                info.extra = _without_zip64(info.extra)  # zipfile writes its own when needed
                zf.writestr(info, self.part(info.filename), compress_type=info.compress_type)
        return out.getvalue()

    # --- relationships ---------------------------------------------------------------

    def workbook_part(self) -> str:
        root = self._xml("_rels/.rels")
        if root is not None:
            for rel in root:
                if (rel.get("Type") or "").endswith("/officeDocument"):
                    return (rel.get("Target") or "xl/workbook.xml").lstrip("/")
        return "xl/workbook.xml"

    def rels(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id -> (type suffix, target part path) of ``part``."""
        folder, base = posixpath.split(part)
        root = self._xml(posixpath.join(folder, "_rels", base + ".rels"))
        out: dict[str, tuple[str, str]] = {}
        if root is None:
            return out
        for rel in root:
            rid, target = rel.get("Id"), rel.get("Target")
            if not rid or not target or rel.get("TargetMode") == "External":
                continue
            path = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join(folder, target))
            )
            out[rid] = ((rel.get("Type") or "").rsplit("/", 1)[-1], path)
        return out

    def _xml(self, name: str) -> Element | None:
        if name not in self.data:
            return None
        return SafeET.fromstring(self.part(name))

    def shared_strings(self) -> list[str]:
        for _rid, (kind, target) in self.rels(self.workbook_part()).items():
            if kind == "sharedStrings" and target in self.data:
                root = SafeET.fromstring(self.data[target])
                return [
                    "".join(t.text or "" for t in si.iter() if local(t.tag) == "t")
                    for si in root
                    if local(si.tag) == "si"
                ]
        return []


def _without_zip64(extra: bytes) -> bytes:
    """A zip entry's extra field without its Zip64 record (header id 1): the sizes it held
    are the old entry's, and zipfile adds a fresh one for a part that needs it."""
    out = b""
    at = 0
    while at + 4 <= len(extra):
        header = int.from_bytes(extra[at : at + 2], "little")
        size = int.from_bytes(extra[at + 2 : at + 4], "little")
        if header != 1:
            out += extra[at : at + 4 + size]
        at += 4 + size
    return out + extra[at:] if at < len(extra) else out
