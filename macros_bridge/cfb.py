"""A small writer of Microsoft compound files (MS-CFB, version 3, 512-byte sectors).

It writes a tree of storages and streams in one go, which is all a ``vbaProject.bin``
needs: streams under 4096 bytes go to the mini stream (64-byte mini sectors, MS-CFB
2.6.3), larger ones to regular sectors; the FAT is listed in the header's DIFAT (so files
up to ~7 MB, far beyond any VBA project). Each storage's children form a red-black tree
ordered as MS-CFB 2.6.4 prescribes (shorter names first, then upper-case code points).
Output is deterministic: no time stamps, no random bytes.

Read back with ``olefile`` in tests; nothing here reads.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
ENTRIES_PER_FAT = SECTOR // 4
MAX_FAT_SECTORS = 109  # FAT sectors the header's DIFAT can list

FREESECT = 0xFFFFFFFF
ENDOFCHAIN = 0xFFFFFFFE
FATSECT = 0xFFFFFFFD
NOSTREAM = 0xFFFFFFFF

_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
_STORAGE, _STREAM, _ROOT = 1, 2, 5
_RED, _BLACK = 0, 1


class CompoundFileError(ValueError):
    """A name or size the compound file format cannot hold."""


@dataclass
class _Entry:
    name: str
    kind: int
    data: bytes = b""
    children: list[_Entry] = field(default_factory=list)
    # filled while laying out
    sid: int = 0
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM
    color: int = _BLACK
    start: int = ENDOFCHAIN
    size: int = 0


def _sort_key(name: str) -> tuple[int, str]:
    """MS-CFB 2.6.4: compare lengths first, then the upper-cased names."""
    return (len(name), name.upper())


def _check_name(name: str) -> None:
    if not name or len(name) > 31:
        raise CompoundFileError(f"entry name {name!r} must have 1 to 31 characters")
    if any(ch in name for ch in "/\\:!"):
        raise CompoundFileError(f"entry name {name!r} may not contain / \\ : or !")


class CompoundFile:
    """Build a compound file: ``add_stream("VBA/dir", data)``, then :meth:`to_bytes`."""

    def __init__(self) -> None:
        self._root = _Entry("Root Entry", _ROOT)

    def _storage(self, parts: list[str]) -> _Entry:
        node = self._root
        for part in parts:
            _check_name(part)
            found = next((c for c in node.children if c.name.upper() == part.upper()), None)
            if found is None:
                found = _Entry(part, _STORAGE)
                node.children.append(found)
            elif found.kind != _STORAGE:
                raise CompoundFileError(f"{part!r} is a stream, not a storage")
            node = found
        return node

    def add_stream(self, path: str, data: bytes) -> None:
        """Add a stream; ``path`` is slash-separated, parents are created as needed."""
        parts = [p for p in path.split("/") if p]
        if not parts:
            raise CompoundFileError("a stream needs a name")
        parent = self._storage(parts[:-1])
        name = parts[-1]
        _check_name(name)
        if any(c.name.upper() == name.upper() for c in parent.children):
            raise CompoundFileError(f"{path!r} is already in the compound file")
        parent.children.append(_Entry(name, _STREAM, bytes(data)))

    # -- layout ---------------------------------------------------------------------

    def _entries(self) -> list[_Entry]:
        """Every entry in directory order (root first), with sids assigned."""
        ordered: list[_Entry] = []

        def visit(node: _Entry) -> None:
            node.sid = len(ordered)
            ordered.append(node)
            for child in sorted(node.children, key=lambda c: _sort_key(c.name)):
                visit(child)

        visit(self._root)
        for node in ordered:
            node.child = _build_tree(sorted(node.children, key=lambda c: _sort_key(c.name)))
        return ordered

    def to_bytes(self) -> bytes:
        """The whole compound file."""
        entries = self._entries()
        streams = [e for e in entries if e.kind == _STREAM]
        fat: list[int] = []
        sectors: list[bytes] = []

        def allocate(data: bytes) -> int:
            """Append ``data`` as a sector chain; returns its first sector."""
            count = max(1, -(-len(data) // SECTOR))
            first = len(sectors)
            for i in range(count):
                chunk = data[i * SECTOR : (i + 1) * SECTOR]
                sectors.append(chunk.ljust(SECTOR, b"\0"))
                fat.append(first + i + 1 if i < count - 1 else ENDOFCHAIN)
            return first

        # Regular streams first, then the mini stream and its FAT.
        mini_stream = bytearray()
        mini_fat: list[int] = []
        for entry in streams:
            entry.size = len(entry.data)
            if entry.size >= MINI_CUTOFF:
                entry.start = allocate(entry.data)
            elif entry.size == 0:
                entry.start = ENDOFCHAIN
            else:
                count = -(-entry.size // MINI_SECTOR)
                first = len(mini_fat)
                for i in range(count):
                    mini_fat.append(first + i + 1 if i < count - 1 else ENDOFCHAIN)
                mini_stream += entry.data.ljust(count * MINI_SECTOR, b"\0")
                entry.start = first
        root = entries[0]
        if mini_stream:
            root.start = allocate(bytes(mini_stream))
            root.size = len(mini_stream)
            mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat)
            mini_fat_bytes = mini_fat_bytes.ljust(
                -(-len(mini_fat_bytes) // SECTOR) * SECTOR, b"\xff"
            )
            first_mini_fat = allocate(mini_fat_bytes)
            mini_fat_sectors = len(mini_fat_bytes) // SECTOR
        else:
            root.start, root.size = ENDOFCHAIN, 0
            first_mini_fat, mini_fat_sectors = ENDOFCHAIN, 0

        directory = b"".join(_pack_entry(e) for e in entries)
        per_sector = SECTOR // 128
        free_entries = (-len(entries)) % per_sector
        directory += _FREE_ENTRY * free_entries
        first_directory = allocate(directory)

        # The FAT describes itself too: find how many sectors it needs.
        fat_sectors = 1
        while len(fat) + fat_sectors > fat_sectors * ENTRIES_PER_FAT:
            fat_sectors += 1
        if fat_sectors > MAX_FAT_SECTORS:
            raise CompoundFileError("content too large for a compound file without DIFAT sectors")
        fat_start = len(sectors)
        fat.extend([FATSECT] * fat_sectors)
        fat.extend([FREESECT] * (fat_sectors * ENTRIES_PER_FAT - len(fat)))
        fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
        for i in range(fat_sectors):
            sectors.append(fat_bytes[i * SECTOR : (i + 1) * SECTOR])

        difat = [fat_start + i for i in range(fat_sectors)]
        difat += [FREESECT] * (MAX_FAT_SECTORS - len(difat))
        header = b"".join(
            (
                _SIGNATURE,
                b"\0" * 16,  # header CLSID
                struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6),
                b"\0" * 6,
                struct.pack(
                    "<IIIIIIIII",
                    0,  # directory sectors: must be 0 in version 3
                    fat_sectors,
                    first_directory,
                    0,  # transaction signature
                    MINI_CUTOFF,
                    first_mini_fat,
                    mini_fat_sectors,
                    ENDOFCHAIN,  # first DIFAT sector: none
                    0,  # DIFAT sectors
                ),
                struct.pack(f"<{MAX_FAT_SECTORS}I", *difat),
            )
        )
        assert len(header) == SECTOR
        return header + b"".join(sectors)


def _build_tree(siblings: list[_Entry]) -> int:
    """Arrange sorted siblings as a balanced binary search tree coloured as a valid
    red-black tree; returns the root's sid (NOSTREAM when there are none)."""
    if not siblings:
        return NOSTREAM
    depth: dict[int, int] = {}

    def build(lo: int, hi: int, level: int) -> int:
        if lo > hi:
            return NOSTREAM
        mid = (lo + hi + 1) // 2
        node = siblings[mid]
        depth[id(node)] = level
        node.left = build(lo, mid - 1, level + 1)
        node.right = build(mid + 1, hi, level + 1)
        return node.sid

    root_sid = build(0, len(siblings) - 1, 1)
    deepest = max(depth.values())
    perfect = len(siblings) == 2**deepest - 1
    for node in siblings:
        # Median splits put every empty link at depth `deepest` or `deepest + 1`, so
        # colouring the deepest level red (unless the tree is perfect) keeps the black
        # height equal on every path and never puts a red node under a red one.
        node.color = _RED if (not perfect and depth[id(node)] == deepest) else _BLACK
    return root_sid


def _pack_entry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le") + b"\0\0"
    return b"".join(
        (
            name.ljust(64, b"\0"),
            struct.pack("<HBB", len(name), entry.kind, entry.color),
            struct.pack("<III", entry.left, entry.right, entry.child),
            b"\0" * 16,  # CLSID
            struct.pack("<I", 0),  # state bits
            b"\0" * 16,  # creation and modification times: none
            struct.pack("<IQ", entry.start, entry.size),
        )
    )


_FREE_ENTRY = b"\0" * 68 + struct.pack("<III", NOSTREAM, NOSTREAM, NOSTREAM) + b"\0" * 48
assert len(_FREE_ENTRY) == 128
