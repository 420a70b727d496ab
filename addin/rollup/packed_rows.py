"""A project's register rows, each register kept packed until the roll-up reads it.

The main process holds every project's rows until the roll-up is written: as Python
tuples that is about 250 KB per project (1.2 GB for 5,000 projects). Packed (a compressed
pickle per register, made in the worker that read the file) it is about 15 KB, and each
register is unpacked only while its roll-up sheet is written, one project at a time.

Unpacking runs pickle, so only rows that came from this tool's own workers or from a
cache entry signed with the user's key (:mod:`addin.consolidate.cache`) are ever packed
here; nothing read from a shared folder is unpacked unchecked.

Pickled with protocol 5 and a ``buffer_callback``, each register's packed bytes travel
out of band (:func:`addin.consolidate.parse.pack_outcome` keeps them apart, so they are
not compressed a second time); pickled otherwise, they are ordinary bytes in the pickle.
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from types import ModuleType
from typing import SupportsIndex, cast


def _deflate_library() -> ModuleType:
    """ISA-L's deflate (the isal package): zlib's format, about 2.5x faster to compress
    and 2x to decompress; the standard library's zlib where its wheel is missing."""
    try:
        from isal import isal_zlib
    except ImportError:
        return zlib
    return isal_zlib


_ZLIB = _deflate_library()
#: The deflate library the roll-up uses (its rows here, its big sheets in
#: :mod:`addin.rollup.stream_cells`): ISA-L's where its wheel is present, else zlib.
DEFLATE: ModuleType = _ZLIB


def compress(data: bytes) -> bytes:
    """Packed bytes (zlib format, level 1: the fastest; rows compress 4x anyway)."""
    return cast(bytes, _ZLIB.compress(data, 1))


def decompress(data: bytes | memoryview) -> bytes:
    return cast(bytes, _ZLIB.decompress(data))


Row = tuple[object, ...]


class PackedRows(MutableMapping[str, list[Row]]):
    """Register key -> that register's rows (a new list on every read: change a register
    by assigning its rows again)."""

    def __init__(self, rows: Mapping[str, Iterable[Row]] | None = None) -> None:
        self._packed: dict[str, bytes] = {}
        self._lengths: dict[str, int] = {}
        for key, value in (rows or {}).items():
            self[key] = value

    def __getitem__(self, key: str) -> list[Row]:
        rows: list[Row] = pickle.loads(decompress(self._packed[key]))
        return rows

    def __setitem__(self, key: str, rows: Iterable[Row]) -> None:
        listed = list(rows)
        self._packed[key] = compress(pickle.dumps(listed, pickle.HIGHEST_PROTOCOL))
        self._lengths[key] = len(listed)

    def __delitem__(self, key: str) -> None:
        del self._packed[key]
        del self._lengths[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._packed)

    def __len__(self) -> int:
        return len(self._packed)

    def count(self, key: str) -> int:
        """How many rows register ``key`` has, without unpacking them (0 when absent)."""
        return self._lengths.get(key, 0)

    def __repr__(self) -> str:
        return f"PackedRows({self._lengths!r})"

    def __reduce_ex__(self, protocol: SupportsIndex) -> tuple[object, ...]:
        out_of_band = int(protocol) >= 5
        packed = {k: pickle.PickleBuffer(v) if out_of_band else v for k, v in self._packed.items()}
        return (_restore, (packed, dict(self._lengths)))


def _restore(
    packed: Mapping[str, bytes | memoryview | pickle.PickleBuffer], lengths: Mapping[str, int]
) -> PackedRows:
    """A :class:`PackedRows` from its pickle (the packed bytes may come as buffers)."""
    rows = PackedRows()
    rows._packed = {key: bytes(value) for key, value in packed.items()}
    rows._lengths = dict(lengths)
    return rows


def row_count(rows: Mapping[str, list[Row]], key: str) -> int:
    """Rows of register ``key`` in any mapping of rows (packed ones are not unpacked)."""
    if isinstance(rows, PackedRows):
        return rows.count(key)
    return len(rows.get(key, ()))
