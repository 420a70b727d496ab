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
from operator import attrgetter
from typing import Any, NamedTuple

from addin.findings import sheet_reference
from addin.rollup.inputs import ProjectInput, RollupInputs
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
        if not self.sheet:
            return ""
        sheet = sheet_reference(self.sheet)
        return f"{sheet}!{self.cell}" if self.cell else sheet


_finding_fields = attrgetter(*FindingRow._fields)


def pack_inputs(inputs: RollupInputs) -> bytes:
    """``inputs`` as bytes for :func:`unpack_inputs` (projects, findings, files, run)."""
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
    findings = list(map(_finding_fields, inputs.findings))
    return pickle.dumps((projects, findings, inputs.files, inputs.run), pickle.HIGHEST_PROTOCOL)


def unpack_inputs(data: bytes) -> RollupInputs:
    """The inputs :func:`pack_inputs` packed, as far as the store reads them. Only from
    this tool's own process (unpickling runs code)."""
    projects, findings, files, run = pickle.loads(data)
    return RollupInputs(
        [
            ProjectInput(source, ProjectPayload(header, meta, figures, rows), errors, warnings, q)
            for source, header, meta, figures, rows, errors, warnings, q in projects
        ],
        list(map(FindingRow._make, findings)),  # type: ignore[arg-type]
        files,
        run,
    )
