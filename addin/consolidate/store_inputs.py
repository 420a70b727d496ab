"""The roll-up's inputs as the store child needs them, packed to cross a pipe: the store
child forked when the run starts (:mod:`addin.consolidate.store_child`) cannot inherit
them, so this process hands them over once they are final.

Cheap on this side: each project's register rows go as the packed bytes they already are
(:class:`~addin.rollup.packed_rows.PackedRows`), its header and figures as they are, and
the findings as plain tuples of their fields (about 100 a project: no object pickled one
by one). Only what the snapshot and its Changes and Trends read is sent (not the months,
dependencies or risks the roll-up's other sheets read).
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from multiprocessing.connection import Connection
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

from addin.findings import cell_address
from addin.rollup.inputs import ProjectInput, RollupInputs
from addin.rollup.packed_rows import compress, decompress
from addin.rollup.payload import ProjectPayload


class FindingRow(NamedTuple):
    """A finding as the store reads it (the fields of :class:`addin.findings.Finding`, and
    its address), held as a tuple: a third of the object's memory at 500,000 findings."""

    code: str
    severity: str
    message: str
    file: str
    sheet: str | None
    cell: str | None
    register: str | None
    item_id: str | None
    value: Any

    @property
    def address(self) -> str:
        """As :attr:`addin.findings.Finding.address`."""
        return cell_address(self.sheet, self.cell)


_finding_fields = attrgetter(*FindingRow._fields)

#: Findings per message, and per packed chunk the child keeps (about 3 MB of pickle).
CHUNK = 20_000


class PackedFindings:
    """The findings as the child holds them: compressed chunks of tuples, each unpacked
    only while it is read (500,000 findings at 5,000 projects: about 25 MB packed, some
    200 MB as tuples). Read in order, as often as wanted."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []
        self._count = 0
        #: Each finding's severity, kept by the first pass that reads them all (a list of
        #: references to a few strings): counting them (the expectation, the snapshots
        #: row) then unpacks nothing again (benchmarks/README.md round 12a).
        self._severities: list[str] | None = None

    def add(self, pickled: bytes, count: int) -> None:
        self._chunks.append(compress(pickled))
        self._count += count
        self._severities = None

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[FindingRow]:
        yield from map(FindingRow._make, self.fields())

    def fields(self) -> Iterator[tuple[Any, ...]]:
        """Each finding as the plain tuple of its fields (:class:`FindingRow`'s order),
        with no object made for it (the snapshot's rows are made from these)."""
        keep = self._severities is None
        seen: list[str] = []
        severity = itemgetter(FindingRow._fields.index("severity"))
        for chunk in self._chunks:
            rows = pickle.loads(decompress(chunk))
            if keep:
                seen.extend(map(severity, rows))
            yield from rows
        if keep and len(seen) == self._count:  # (read to the end)
            self._severities = seen

    def keep_severities(self, severities: list[str]) -> None:
        """Each finding's severity, in order, as the sender counted them: kept when there
        is one for every finding (then :meth:`severities` unpacks nothing for them)."""
        if len(severities) == self._count:
            self._severities = severities

    def severities(self) -> list[str]:
        """Each finding's severity, in order (the same as ``[f.severity for f in self]``)."""
        if self._severities is None:
            at = itemgetter(FindingRow._fields.index("severity"))
            self._severities = [
                at(row) for chunk in self._chunks for row in pickle.loads(decompress(chunk))
            ]
        return self._severities


def send_inputs(conn: Connection, inputs: RollupInputs, expect: bool = True) -> None:
    """Send ``inputs`` for :func:`receive_inputs`: the projects, files and run first, then
    the findings, :data:`CHUNK` at a time (never all pickled at once on this side).
    ``expect``: whether this process wants the Changes and Trends expected (False: it
    writes them last, from the store's answer)."""
    projects = [
        (
            p.source,
            p.payload.header,
            p.payload.meta,
            p.payload.figures,
            p.payload.rows,
            p.errors,
            p.warnings,
            p.quality,
        )
        for p in inputs.projects
    ]
    findings = inputs.findings
    chunks = range(0, len(findings), CHUNK)
    # Each finding's severity (references to a few strings, pickled once each): the child
    # counts them for the snapshots row before its findings' rows are made, and would
    # otherwise unpack every chunk once more for it (benchmarks/README.md round 13a).
    severities = [f.severity for f in findings]
    head = (projects, inputs.files, inputs.run, len(findings), expect, severities)
    conn.send_bytes(pickle.dumps(head, pickle.HIGHEST_PROTOCOL))
    for at in chunks:
        rows = list(map(_finding_fields, findings[at : at + CHUNK]))
        conn.send_bytes(pickle.dumps(rows, pickle.HIGHEST_PROTOCOL))


def receive_inputs(conn: Connection) -> RollupInputs:
    """The inputs :func:`send_inputs` sent, as far as the store reads them (the findings
    packed: :class:`PackedFindings`). Only from this tool's own process (unpickling runs
    code). Raises EOFError when the pipe closes first."""
    return receive_asked(conn)[0]


def receive_asked(conn: Connection) -> tuple[RollupInputs, bool]:
    """:func:`receive_inputs`, and whether the sender wants the Changes and Trends
    expected (``send_inputs``'s ``expect``)."""
    projects, files, run, count, expect, severities = pickle.loads(conn.recv_bytes())
    findings = PackedFindings()
    for at in range(0, count, CHUNK):
        findings.add(conn.recv_bytes(), min(CHUNK, count - at))
    findings.keep_severities(severities)
    inputs = RollupInputs(
        [
            ProjectInput(source, ProjectPayload(header, meta, figures, rows), errors, warnings, q)
            for source, header, meta, figures, rows, errors, warnings, q in projects
        ],
        findings,  # type: ignore[arg-type]
        files,
        run,
    )
    return inputs, expect
