"""The roll-up's data sheets rendered ahead, in a forked child, while this process records
the snapshot in the store: the register, finance and report sheets do not depend on the
history, only Changes and Trends do (benchmarks/README.md, round 5b).

The child writes the structure of the roll-up without its history sheets (XlsxWriter, as
:func:`~addin.rollup.writer.write_structure` always does), then renders and deflates its
data sheets, the last first, into a file beside the roll-up, telling this process by pipe
which sheet it starts and which it has finished. Once the store step is done, this process
writes the real structure and streams the data sheets in package order
(:func:`~addin.rollup.stream_cells.inject_cells`): a sheet the child finished is copied in
as it is, when it was rendered from the same sheet XML, styles and rows (else it is
rendered again here); a sheet the child is rendering is waited for; a sheet the child has
not begun is taken by this process (it says so, and the child stops there, since from then
on this process renders every sheet before it). So the roll-up is the same, part by part,
as one written in one process.

A child that fails in any way (an exception, a crash, killed) leaves its sheets to this
process. Where fork is not available, or this process holds over
:data:`MAX_AHEAD_RESIDENT`, nothing is rendered ahead.
"""

from __future__ import annotations

import contextlib
import faulthandler
import gc
import hashlib
import os
import signal
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from addin.rollup.prioritisation_rollup import SHEET as PRIORITISATION_SHEET
from addin.rollup.side_task import fork_context, resident_bytes, stop_child
from addin.rollup.stream_cells import (
    Deflated,
    Rendered,
    StreamedSheet,
    deflate_sheet,
    render_sheet,
)

if TYPE_CHECKING:
    from addin.rollup.build import Rollup
    from addin.standards import Standards


#: The child is forked only while this process holds under this (bytes). It lives while the
#: snapshot's rows are made and reads every page of the rows it renders, so the process
#: tree's peak grows by about this process's size (495 to 740 MB at 1,000 projects, whose
#: main process held 220 MB here; 105 MB at 300): above it the sheets are written after the
#: store step, as without the store (issue 16 bounds the tree at 1.5 GB).
MAX_AHEAD_RESIDENT = 256 * 1024**2


def fingerprint(sheet: StreamedSheet, xml: bytes | None, date_style: int) -> str:
    """What a sheet's XML depends on besides its rows' values: XlsxWriter's sheet XML
    (None: for the streamed rows alone), each table's place, size and styles, the date
    style."""
    digest = hashlib.sha256(xml or b"")
    for t in sheet.tables:
        digest.update(repr((t.row0, t.col0, len(t.table.rows), t.styles)).encode())
    digest.update(repr(date_style).encode())
    return digest.hexdigest()


def _child_main(
    conn: Connection, rollup: Rollup, standards: Standards, structure: Path, aside: Path
) -> None:
    with contextlib.suppress(ValueError, OSError):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl+C
    faulthandler.disable()  # a crash here costs time, not the sheets: no dump on stderr
    gc.freeze()  # no collection walks (and so copies) the parent's pages
    try:
        _render_ahead(conn, rollup, standards, structure, aside)
        conn.send(("end",))
    except BaseException as exc:  # the parent renders what is left, as without a child
        with contextlib.suppress(Exception):
            conn.send(("failed", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def _render_ahead(
    conn: Connection, rollup: Rollup, standards: Standards, structure: Path, aside: Path
) -> None:
    from addin.rollup.writer import write_structure

    streamed, date_style = write_structure(rollup, structure, standards, prioritisation=False)
    # The sheets after the place of Changes and Trends: their header cells' shared strings
    # come after the history's, so only their rows are rendered here, not deflated.
    names = [sheet.name for sheet in rollup.sheets]
    after = set(names[names.index(PRIORITISATION_SHEET) :] if PRIORITISATION_SHEET in names else ())
    taken: set[str] = set()
    with zipfile.ZipFile(structure) as zin, aside.open("wb") as out:
        for sheet in reversed(streamed):
            while conn.poll():
                taken.add(conn.recv())
            if sheet.name in taken:  # the parent got here: it renders every sheet before
                return
            conn.send(("start", sheet.name))
            done: Deflated | Rendered
            if sheet.name in after:
                done, xml = render_sheet(out, zin, sheet, date_style), None
            else:
                done, xml = deflate_sheet(out, zin, sheet, date_style), zin.read(sheet.member)
            out.flush()
            conn.send(("done", sheet.name, done, fingerprint(sheet, xml, date_style)))


@dataclass
class SheetsAhead:
    """The child rendering the data sheets ahead; :meth:`claim` hands each one over.

    Use it as a context manager: the child is stopped and its files removed on the way out.
    """

    aside: Path
    structure: Path
    _conn: Connection | None = None
    _process: BaseProcess | None = None
    started: set[str] = field(default_factory=set)
    done: dict[str, tuple[Deflated | Rendered, str]] = field(default_factory=dict)
    #: Sheets copied from the child, and those it rendered that could not be used.
    used: list[str] = field(default_factory=list)
    unusable: list[str] = field(default_factory=list)
    #: Why the child stopped before its end (None: it did not, or there was none).
    failure: str | None = None

    @classmethod
    def start(cls, rollup: Rollup, standards: Standards, beside: Path) -> SheetsAhead:
        """Fork the child for ``rollup`` (built without its history sheets); its files go
        beside ``beside`` (the roll-up). Without fork, a child that cannot start, or a big
        process, an inert one: every sheet is then rendered by this process."""
        handle, name = tempfile.mkstemp(
            prefix=f".{beside.name}.", suffix=".ahead", dir=beside.parent
        )
        os.close(handle)
        aside = Path(name)
        self = cls(aside, aside.with_name(aside.name + "-structure"))
        ctx = fork_context()
        if ctx is None:
            return self
        if (resident := resident_bytes()) > MAX_AHEAD_RESIDENT:
            self.failure = f"not forked: this process holds {resident / 1024**2:,.0f} MB"
            return self
        for stream in (sys.stdout, sys.stderr):  # else written a second time by the child
            with contextlib.suppress(Exception):
                stream.flush()
        here, there = ctx.Pipe(duplex=True)
        process = ctx.Process(
            target=_child_main,
            args=(there, rollup, standards, self.structure, aside),
            name="roll-up sheets ahead",
            daemon=True,
        )
        try:
            process.start()
        except OSError as exc:  # no memory or processes left to fork
            self.failure = f"could not start ({exc})"
            here.close()
            there.close()
            return self
        there.close()
        self._conn, self._process = here, process
        return self

    @property
    def forked(self) -> bool:
        """True when a child was started (else the roll-up is written as without one)."""
        return self._process is not None

    def claim(
        self, sheet: StreamedSheet, xml: bytes, date_style: int
    ) -> Deflated | Rendered | None:
        """``sheet`` deflated by the child in :attr:`aside`, or None: this process renders it."""
        self._receive(block=False)
        if sheet.name not in self.done:
            if self._conn is None:
                return None  # no child, or it stopped before this sheet
            if sheet.name not in self.started:
                # Not begun: this process takes it (a child that begins it meanwhile has
                # rendered it in vain), and the child stops before its next sheet.
                with contextlib.suppress(OSError, ValueError):
                    self._conn.send(sheet.name)
                return None
            while sheet.name not in self.done:
                if not self._receive(block=True) and sheet.name not in self.done:
                    return None  # the child stopped before it: this process renders it
        done, printed = self.done[sheet.name]
        if printed != fingerprint(sheet, xml if isinstance(done, Deflated) else None, date_style):
            self.unusable.append(sheet.name)
            return None
        self.used.append(sheet.name)
        return done

    def _receive(self, *, block: bool) -> bool:
        """Take the child's messages (at least one when ``block``); False when it is gone."""
        conn = self._conn
        if conn is None:
            return False
        try:
            while block or conn.poll():
                message: tuple[Any, ...] = conn.recv()
                block = False
                if message[0] == "start":
                    self.started.add(message[1])
                elif message[0] == "done":
                    self.done[message[1]] = (message[2], message[3])
                else:  # "end", or "failed" with why
                    self.failure = message[1] if message[0] == "failed" else None
                    self._conn = None
                    with contextlib.suppress(Exception):
                        conn.close()
                    return False
        except (EOFError, OSError) as exc:  # the child died
            self.failure = f"no more sheets ({type(exc).__name__}: {exc})"
            self._conn = None
            with contextlib.suppress(Exception):
                conn.close()
            return False
        return True

    def close(self) -> None:
        """Stop the child (if it still runs) and remove its files."""
        stop_child(self._conn, self._process, 0.1)
        self._conn = self._process = None
        self.aside.unlink(missing_ok=True)
        self.structure.unlink(missing_ok=True)

    def __enter__(self) -> SheetsAhead:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
