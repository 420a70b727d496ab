"""Screening's look at each file (its size and time, its bytes, its hash, what sniffing
finds): worked out on demand in this process, or ahead, by a forked child.

Screening (:meth:`addin.consolidate.engine._Run.screen`) decides a file's fate from what a
:class:`Look` tells it; only the I/O and the sniffing happen here, never a decision.
``pmo consolidate`` forks the child (:class:`Prescreen`) when the command starts, before
it imports the reader, the rules and the roll-up (about 0.25 s on one core while the other
idles): the child lists the folder and looks at every workbook there while this process
imports, so screening no longer takes CPU from the workers once they run (round 11c of
benchmarks/README.md). A file whose size or time changed since the child looked at it, or
that the child did not look at, is looked at here, as without the child.

This module imports only the file floor (sniffing) and discovery: it must load before the
worker's modules.
"""

from __future__ import annotations

import contextlib
import faulthandler
import hashlib
import os
import queue
import signal
import stat
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from addin.consolidate.discovery import discover
from addin.files.sniff import IN_MEMORY_BYTES, MAX_FILE_BYTES, FileKind, sniff, sniff_content
from addin.files.xml_parts import custom_properties_xml


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def signature(path: Path) -> tuple[int, int] | None:
    """(size, modification time in ns), or None when it cannot be had."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_size, st.st_mtime_ns)


def whole_file(path: Path) -> bytes | None:
    """The content of a regular file of up to :data:`IN_MEMORY_BYTES` (None for anything
    else, or when it cannot be read: screening then reads it as before, and says why)."""
    try:  # non-blocking: a FIFO among the files must not hang the run (sniffing rejects it)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError:
        return None
    with open(fd, "rb") as handle:
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or st.st_size > IN_MEMORY_BYTES:
                return None
            data = handle.read(IN_MEMORY_BYTES + 1)
        except OSError:
            return None
    return data if len(data) <= IN_MEMORY_BYTES else None


class Look:
    """One file as screening sees it, each fact worked out here on first use: a file of up
    to 16 MB is read once, and its hash, its sniffing and its markers come from those
    bytes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.signature = signature(path)
        self._content = whole_file(path)
        self._sha: str | None = None
        self._sniffed: tuple[FileKind, str] | None = None
        self._custom: str | None = None

    def hashable(self) -> bool:
        """Its bytes may be hashed: read already, or a regular file (a FIFO or a device
        could block; sniffing rejects it)."""
        return self._content is not None or self.path.is_file()

    def sha256(self) -> str:
        """The file's SHA-256; raises OSError when its bytes cannot be read."""
        if self._sha is None:
            self._sha = (
                hashlib.sha256(self._content).hexdigest()
                if self._content is not None
                else file_sha256(self.path)
            )
        return self._sha

    def kind(self) -> FileKind:
        """What sniffing finds the file to be."""
        return self._sniff()[0]

    def custom_xml(self) -> str:
        """The text of its ``docProps/custom.xml`` (the output markers), for a file
        sniffing found readable."""
        if self._custom is None:
            kind, text = self._sniff()
            read = self._content is None and kind.readable
            self._custom = custom_properties_xml(self.path) if read else text
        return self._custom

    def _sniff(self) -> tuple[FileKind, str]:
        if self._sniffed is None:
            if self._content is not None:
                self._sniffed = sniff_content(self.path, self._content)
            else:
                self._sniffed = (sniff(self.path), "")
        return self._sniffed


@dataclass(frozen=True)
class Looked:
    """What the child learnt of one file: a :class:`Look`'s facts, worked out ahead."""

    signature: tuple[int, int] | None
    hashable: bool
    sha: str | None  # None: not hashed, or it could not be (``unreadable``)
    unreadable: str | None  # why its bytes could not be read (as OSError gave it)
    kind: FileKind | None  # None: not sniffed
    custom_xml: str


class LookedAhead(Look):
    """A :class:`Look` whose facts the child worked out; any it lacks are worked out here."""

    def __init__(self, path: Path, looked: Looked) -> None:  # (no I/O: the child did it)
        self.path = path
        self.signature = looked.signature
        self._looked = looked
        self._here: Look | None = None

    def hashable(self) -> bool:
        return self._looked.hashable

    def sha256(self) -> str:
        if self._looked.unreadable is not None:
            raise OSError(0, self._looked.unreadable)
        return self._looked.sha or self._look().sha256()

    def kind(self) -> FileKind:
        return self._looked.kind or self._look().kind()

    def custom_xml(self) -> str:
        return self._looked.custom_xml if self._looked.kind else self._look().custom_xml()

    def _look(self) -> Look:
        if self._here is None:
            self._here = Look(self.path)
        return self._here


def look_ahead(path: Path, hash_first: bool) -> Looked:
    """Every fact screening may ask of ``path``, in the order it asks: the hash first when
    a cache may hold the file (``hash_first``, for a file the cache may hold: regular, up
    to the size limit), else only for a file sniffing finds readable (as screening
    hashes it)."""
    look = Look(path)
    sha: str | None = None
    unreadable: str | None = None
    tried = False
    size = look.signature[0] if look.signature is not None else None
    if hash_first and size is not None and size <= MAX_FILE_BYTES and look.hashable():
        sha, unreadable, tried = *_hashed(look), True
    kind = look.kind()
    text = look.custom_xml() if kind.readable and kind.kind != "missing" else ""
    if not tried and kind.readable and kind.kind != "missing":
        sha, unreadable = _hashed(look)
    return Looked(look.signature, look.hashable(), sha, unreadable, kind, text)


def _hashed(look: Look) -> tuple[str | None, str | None]:
    try:
        return look.sha256(), None
    except OSError as exc:
        return None, exc.strerror or str(exc)


class Prescreen:
    """The child that looks at every workbook of a folder ahead (see the module's
    docstring); :meth:`look` gives screening the child's :class:`Look` of a file."""

    def __init__(self, conn: Connection, process: BaseProcess) -> None:
        self._conn: Connection | None = conn
        self._process: BaseProcess | None = process
        self._looked: dict[str, Looked] = {}

    @classmethod
    def start(cls, folder: Path, out: Path, hash_first: bool) -> Prescreen | None:
        """The child forked over ``folder`` (``out``, the roll-up, left out as discovery
        leaves it out); None where it cannot be (no fork: Windows, macOS; no folder)."""
        if not (sys.platform.startswith("linux") and hasattr(os, "fork")):
            return None
        import multiprocessing as mp

        try:
            if not folder.is_dir():
                return None
            real_folder, real_out = folder.resolve(), out.resolve()
            ctx = mp.get_context("fork")
            for stream in (sys.stdout, sys.stderr):  # else the child writes them again
                with contextlib.suppress(Exception):
                    stream.flush()
            mine, theirs = ctx.Pipe(duplex=False)
            process = ctx.Process(
                target=_child_main,
                args=(theirs, real_folder, real_out, hash_first),
                daemon=True,
                name="pmo-prescreen",
            )
            process.start()
        except (OSError, ValueError, RuntimeError):
            return None
        theirs.close()
        return cls(mine, process)

    def look(self, path: Path) -> Look:
        """The child's look at ``path`` when it looked at it and the file's size and time
        are still those it saw; else a look here, as without the child."""
        looked = self._looked.pop(str(path), None)
        while looked is None and self._conn is not None:
            try:
                message = self._conn.recv()
            except (EOFError, OSError):
                message = None
            if message is None:  # the child is done (or gone)
                self._end()
                break
            name, got = message
            if name == str(path):
                looked = got
            else:
                self._looked[name] = got
        if looked is None or looked.signature is None or looked.signature != signature(path):
            return Look(path)
        return LookedAhead(path, looked)

    def close(self) -> None:
        """Stop the child (it only reads: nothing is lost) and forget what it sent."""
        self._looked.clear()
        self._end(wait=0.0)

    def _end(self, wait: float = 1.0) -> None:
        """Close the pipe; the child (ending, once it sent None) is given ``wait`` seconds,
        then killed, and reaped."""
        if self._conn is not None:
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None
        process, self._process = self._process, None
        if process is not None:
            with contextlib.suppress(Exception):
                if wait:
                    process.join(wait)
                if process.is_alive():
                    process.kill()
                process.join(5)


def _child_main(conn: Connection, folder: Path, out: Path, hash_first: bool) -> None:
    """The child: each workbook under ``folder`` looked at, in discovery's order, and sent
    (its path, its :class:`Looked`); None at the end. A thread sends while the child
    looks on: the pipe holds about 180 looks, and the child must not wait for this
    process (busy importing) to read them."""
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl+C
    faulthandler.disable()
    looks: queue.SimpleQueue[tuple[str, Looked] | None] = queue.SimpleQueue()
    sender = threading.Thread(target=_send_all, args=(conn, looks), daemon=True)
    sender.start()
    try:
        for found in discover(folder, exclude=frozenset({out})):
            if not sender.is_alive():
                break  # the parent is gone (or stopped reading)
            if found.skip_reason or found.rel != _shown(found.rel):
                continue
            looks.put((str(found.path), look_ahead(found.path, hash_first)))
    finally:
        looks.put(None)
        sender.join()
        with contextlib.suppress(Exception):
            conn.close()


def _send_all(conn: Connection, looks: queue.SimpleQueue[tuple[str, Looked] | None]) -> None:
    """Send each look as it comes, then None; stops when the parent is gone."""
    while True:
        look = looks.get()
        try:
            conn.send(look)
        except Exception:
            return
        if look is None:
            return


def _shown(rel: str) -> str:
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def child_running(prescreen: Any) -> bool:
    """True while ``prescreen``'s child is alive (tests)."""
    process = getattr(prescreen, "_process", None)
    return process is not None and process.is_alive()
