"""What a worker process does with one file: read it, check it, hand back the result."""

from __future__ import annotations

import os
import pickle
import struct
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from addin.errors import UnreadableWorkbookError
from addin.files.sniff import FileKind
from addin.findings import Finding
from addin.rollup.packed_rows import compress, decompress
from addin.rollup.payload import ProjectPayload, make_payload
from addin.standards import Standards

#: Test hooks: a worker given a file with this name aborts (a hard crash) or hangs.
ABORT_HOOK = "PMO_TEST_WORKER_ABORT"
HANG_HOOK = "PMO_TEST_WORKER_HANG"


@dataclass
class ParseTask:
    path: str
    standards: Standards
    as_of: date
    kind: FileKind | None = None  # what the main process's sniffing found (not redone)


@dataclass
class ParseOutcome:
    """What the roll-up needs from a file (and every finding: reader and rules), or the
    reader's reason for rejecting it."""

    payload: ProjectPayload | None = None
    findings: list[Finding] = field(default_factory=list)
    is_standard: bool = True
    rejected: str | None = None
    fix: str = ""
    seconds: float = 0.0
    kind: str = ""  # what sniffing said the file is (set by the main process)
    capacity: Any = None  # a capacity workbook's CapacityRead (SPEC 14), checked


def _test_hooks(path: str) -> None:
    name = os.path.basename(path)
    if os.environ.get(ABORT_HOOK) == name:
        os.abort()
    if os.environ.get(HANG_HOOK) == name:
        time.sleep(3600)


def parse_workbook(task: ParseTask) -> ParseOutcome:
    """Read one workbook and run the rules on it (runs in a worker process)."""
    from addin.reading.project_reader import read_project_file
    from addin.rules.base import RuleContext
    from addin.rules.engine import run_rules

    _test_hooks(task.path)
    started = time.perf_counter()
    try:
        result = read_project_file(Path(task.path), task.standards, task.kind)
    except UnreadableWorkbookError as exc:
        return ParseOutcome(rejected=exc.what, fix=exc.fix)
    if not result.is_standard and result.project.meta.template_id == "capacity":
        from addin.capacity.consolidate import checked_read

        capacity = checked_read(Path(task.path), task.standards)
        return ParseOutcome(is_standard=False, capacity=capacity)
    findings = list(result.findings)
    payload = None
    if result.is_standard:
        # one context for both: the payload takes the finance figures and months the rules
        # worked out instead of working them out again
        context = RuleContext(result, task.standards, task.as_of)
        findings.extend(run_rules(result, task.standards, task.as_of, context=context))
        payload = make_payload(result, task.standards, task.as_of, context=context)
    return ParseOutcome(
        payload=payload,
        findings=findings,
        is_standard=result.is_standard,
        seconds=time.perf_counter() - started,
    )


def parse_workbook_packed(task: ParseTask) -> bytes:
    """:func:`parse_workbook`, handed back as a compressed pickle (what the cache stores):
    the worker pickles and compresses in parallel with the others, the pipe carries a
    quarter of the bytes, and the main process caches the bytes as they came."""
    outcome = parse_workbook(task)
    if task.kind is not None:
        outcome.kind = task.kind.kind
    return pack_outcome(outcome)


#: The first bytes of a packed outcome (format 2: register rows kept apart, compressed once).
PACKED_MAGIC = b"PMO2"
_LENGTH = struct.Struct("<I")


def pack_outcome(outcome: ParseOutcome) -> bytes:
    """The outcome as bytes: the pickle compressed, except each register's rows, which are
    compressed already (:class:`~addin.rollup.packed_rows.PackedRows`) and go after it as
    they are, out of band. Compressing them again saved nothing and cost both sides."""
    buffers: list[pickle.PickleBuffer] = []
    head = compress(pickle.dumps(outcome, protocol=5, buffer_callback=buffers.append))
    raws = [buffer.raw() for buffer in buffers]
    parts = [PACKED_MAGIC, _LENGTH.pack(len(raws)), _LENGTH.pack(len(head))]
    parts += [_LENGTH.pack(len(raw)) for raw in raws]
    return b"".join([*parts, head, *raws])


def unpack_outcome(body: bytes) -> ParseOutcome:
    """A packed outcome from a worker or a signed cache entry (never from anyone else:
    unpickling runs code). Raises ValueError for bytes of another format (an older cache
    entry) and TypeError when they hold something else than an outcome."""
    view = memoryview(body)
    if view[: len(PACKED_MAGIC)] != PACKED_MAGIC or len(view) < 12:
        raise ValueError("not a packed parse outcome of this format")
    count = _LENGTH.unpack_from(view, 4)[0]
    lengths_end = 12 + 4 * count
    if len(view) < lengths_end:
        raise ValueError("a packed parse outcome cut short")
    head_length = _LENGTH.unpack_from(view, 8)[0]
    lengths = [_LENGTH.unpack_from(view, 12 + 4 * i)[0] for i in range(count)]
    start = lengths_end + head_length
    if start + sum(lengths) != len(view):
        raise ValueError("a packed parse outcome of the wrong length")
    buffers = []
    for length in lengths:
        buffers.append(view[start : start + length])
        start += length
    head = decompress(view[lengths_end : lengths_end + head_length])
    outcome = pickle.loads(head, buffers=buffers)
    if not isinstance(outcome, ParseOutcome):
        raise TypeError(f"not a parse outcome: {type(outcome).__name__}")
    return outcome
