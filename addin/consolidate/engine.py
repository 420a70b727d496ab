"""`consolidate_folder`: every project workbook under a folder into one roll-up workbook.

Order of work: find every file (discovery), screen each in this process without a
parser (hash, sniff, roll-up marker), take unchanged files from the cache, read and
check the rest in crash-isolated worker processes, settle duplicate Project IDs, match
dependencies across projects, then build and write the roll-up under a lock, atomically.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import gc
import hashlib
import importlib
import json
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from addin.capacity.compute import CapacityView
from addin.capacity.consolidate import FoundCapacity, choose_capacity, compute_view
from addin.catalogue import RuleInfo, make_finding
from addin.consolidate import codes
from addin.consolidate.cache import CACHE_DIR_NAME, ParseCache
from addin.consolidate.discovery import FoundFile, default_output, discover
from addin.consolidate.duplicates import settle_duplicates
from addin.consolidate.history_step import StoreRequest, record_history, store_files
from addin.consolidate.isolation import TaskOutcome, default_jobs, run_isolated
from addin.consolidate.parse import (
    ParseOutcome,
    ParseTask,
    parse_workbook_packed,
    unpack_outcome,
)
from addin.consolidate.prescreen import Look, Prescreen, signature
from addin.consolidate.result import ConsolidationResult, count_noun
from addin.consolidate.state import remember_rollup
from addin.errors import UsageError
from addin.files.sniff import MAX_FILE_BYTES, FileKind
from addin.files.xml_parts import custom_properties_xml
from addin.findings import Finding, count_by_severity
from addin.report.marker import report_kind_in
from addin.rollup import (
    ROLLUP_MARKER,
    LoadEntry,
    ProjectInput,
    RollupInputs,
    RunInfo,
    atomic_output,
    build_rollup,
    data_quality_score,
    output_lock,
    portfolio_totals,
    write_rollup,
)
from addin.rollup.agile_sheet import agile_json
from addin.rollup.atomic import lock_path
from addin.rollup.build import Rollup, with_history
from addin.rollup.dependency_map import (
    COMMITTED_LATE,
    DATE_MISMATCH,
    GOOD_MATCHES,
    MapRow,
    match_dependencies,
)
from addin.rollup.payload import ProjectPayload
from addin.rollup.prioritisation_rollup import RollupPrioritisation, prioritise_for_rollup
from addin.rollup.side_task import SideTask
from addin.rollup.writer import write_rollup_later
from addin.standards import Standards
from addin.version import __version__

Progress = Callable[[int, int, str], None]

#: Seconds one file may take to read and check before its worker is stopped.
DEFAULT_TIMEOUT = 120.0

_CRASH_FIX = "open it in Excel, check it and save it again; if it still fails, send it to the EPMO"


def _shown(rel: str) -> str:
    """``rel`` as text: bytes of a file name that are not UTF-8 (kept by the OS as lone
    surrogates) become U+FFFD, so the JSON and the workbook stay valid."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def cannot_write(out: Path, exc: OSError) -> str:
    """What to tell the user when the roll-up cannot be written where they asked."""
    why = exc.strerror or str(exc)
    return (
        f"{out}: the roll-up cannot be written there ({why}); choose another --out "
        "location you can write to (any previous roll-up there is unchanged)"
    )


def standards_fingerprint(standards: Standards) -> str:
    text = json.dumps(standards.model_dump(mode="json"), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()


def is_rollup_file(path: Path) -> bool:
    """True for a workbook this tool wrote as a roll-up (its custom property says so)."""
    return ROLLUP_MARKER in custom_properties_xml(path)


def _old_xls_reason(file: str) -> tuple[str, str]:
    """Reason and fix for an old Excel 97-2003 workbook the reader could not open (e.g. one
    renamed ``.xlsx``: the parser then reports a zip error that says nothing useful)."""
    suffix = Path(file).suffix
    named = f" named {suffix}" if suffix.lower() != ".xls" else ""
    return (
        f"an old Excel 97-2003 workbook (.xls){named}, not an .xlsx workbook",
        "open it in Excel and save it as Excel Workbook (.xlsx); if it is a legacy register "
        f'rather than the standard template, convert it with `pmo adopt "{file}"`',
    )


@dataclasses.dataclass
class _Candidate:
    found: FoundFile
    entry: LoadEntry
    outcome: ParseOutcome | None = None
    signature: tuple[int, int] | None = None  # (size, mtime) when it was hashed
    kind: FileKind | None = None  # what sniffing found (the worker does not sniff again)


@dataclasses.dataclass
class _Progress:
    """Files done out of those screened, told to the caller's progress callback."""

    report: Progress
    total: int = 0
    done: int = 0

    def start(self, total: int) -> None:
        self.total, self.done = total, 0
        self.report(0, total, "")

    def one_done(self, name: str) -> None:
        self.done += 1
        self.report(self.done, self.total, name)

    def writing(self) -> None:
        self.report(self.total, self.total, "writing the roll-up")


VANISHED = "the file was moved or deleted while the folder was being read"
CHANGED_WHILE_READ = (
    "the file changed while it was being read (was someone saving it?): its figures may "
    "mix two versions - run the consolidation again"
)


def consolidate_folder(
    folder: Path,
    out: Path,
    standards: Standards,
    as_of: date,
    *,
    jobs: int | None = None,
    use_cache: bool = True,
    progress: Progress | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    lock_timeout: float = 600.0,
    capacity: Path | None = None,
    store: StoreRequest | None = None,
    prescreen: Prescreen | None = None,
) -> ConsolidationResult:
    """Read and check every workbook under ``folder``; write the roll-up to ``out``.

    Never stops on a bad file: each is listed in the Load Report with its reason.
    ``prescreen``: the child that looked at the folder's files ahead (the command forks
    it before its imports); the caller closes it.
    Raises :class:`UsageError` when ``folder`` is not a folder, and
    :class:`~addin.rollup.RollupLockedError` when another run holds ``out`` too long.
    """
    started = time.perf_counter()
    folder = Path(folder)
    if not folder.is_dir():
        raise UsageError(f"{folder}: no such folder; give the folder that holds the workbooks")
    folder = folder.resolve()
    out = Path(out).resolve()
    if out.suffix.lower() != ".xlsx":
        raise UsageError(f"{out}: the roll-up must be an .xlsx file")
    with contextlib.ExitStack() as stack:
        try:  # taken first, so an unwritable --out fails before any file is read
            stack.enter_context(output_lock(out, timeout=lock_timeout))
        except OSError as exc:
            raise UsageError(cannot_write(out, exc)) from exc
        result = _consolidate(
            folder,
            out,
            standards,
            as_of,
            jobs,
            use_cache,
            progress,
            timeout,
            capacity,
            store,
            prescreen,
        )
    result.seconds = time.perf_counter() - started
    return result


def _consolidate(
    folder: Path,
    out: Path,
    standards: Standards,
    as_of: date,
    jobs: int | None,
    use_cache: bool,
    progress: Progress | None,
    timeout: float,
    capacity: Path | None = None,
    store: StoreRequest | None = None,
    prescreen: Prescreen | None = None,
) -> ConsolidationResult:
    run = _Run.start(folder, out, standards, as_of, use_cache)
    run.store_request = store
    run.prescreen = prescreen
    tell = _Progress(progress or (lambda done, total, name: None))
    # The store child starts now, while this process is small and a core idles: it reads
    # what the store holds while the workers read the projects (store_child.py).
    run.store_early = _fork_store_early(store, out, as_of, standards)
    try:
        # What the workers gave lives to the end: it stays out of the cyclic GC's reach
        # until the roll-up is written (a full pass over it would walk every project's).
        with _kept_frozen():
            parsed = run.screen_and_parse(jobs or default_jobs(), timeout, tell, keep_frozen=True)
            return _finish(run, parsed, standards, capacity, tell)
    finally:
        if run.store_early is not None:  # never handed the inputs: the run failed first
            run.store_early.close()


def _fork_store_early(
    store: StoreRequest | None, out: Path, as_of: date, standards: Standards
) -> Any:
    """The store child forked before the workers (a StoreBeside), or None."""
    if store is None:
        return None
    from addin.consolidate.store_child import StoreBeside

    return StoreBeside.fork_early(store, out, as_of, standards)


def _finish(
    run: _Run, parsed: int, standards: Standards, capacity: Path | None, tell: _Progress
) -> ConsolidationResult:
    """Steps 3 to 6 and the result, once every file is read."""
    folder, out, as_of = run.folder, run.out, run.as_of
    projects = run.projects()
    # The Prioritisation sheet needs only the projects: computed on the second core while
    # this process records the snapshot and builds the roll-up (benchmarks/README.md).
    with SideTask(partial(prioritise_for_rollup, projects, standards), "prioritisation") as side:
        run.prioritisation = side.result
        run.flag_dependencies(projects)
        capacity_step = choose_capacity(run.capacity_found, capacity, standards)
        run.findings.extend(capacity_step.findings)
        run.settle_statuses(projects)
        run.findings.extend(compute_view(capacity_step, projects, standards))  # CAP-001..003
        run.capacity_view = capacity_step.view
        tell.writing()
        run.write(projects)
    statuses = [e.status for e in run.entries]
    return ConsolidationResult(
        out=out,
        folder=folder,
        as_of=as_of,
        files=run.entries,
        projects=len(projects),
        rejected=statuses.count("rejected"),
        skipped=statuses.count("skipped"),
        loaded_with_findings=statuses.count("loaded with findings"),
        findings_by_severity=count_by_severity(run.findings),
        totals=portfolio_totals(projects, standards).to_json(),
        parsed=parsed,
        from_cache=sum(1 for c in run.candidates if c.entry.from_cache),
        findings=run.findings,
        agile=agile_json(projects),
        agile_late_days=standards.agile.late_threshold_days,
        capacity=run.capacity_view.to_json() if run.capacity_view else None,
        history=run.history,
        store_error=run.store_error,
    )


@dataclasses.dataclass
class _Run:
    """One consolidation, step by step; every file's fate is recorded in ``entries``."""

    folder: Path
    out: Path
    standards: Standards
    as_of: date
    fingerprint: str  # of the standards' whole content (the cache key and the Manifest)
    cache: ParseCache | None
    findings: list[Finding] = dataclasses.field(default_factory=list)
    entries: list[LoadEntry] = dataclasses.field(default_factory=list)  # every file found
    candidates: list[_Candidate] = dataclasses.field(default_factory=list)  # cached or parsed
    capacity_found: list[FoundCapacity] = dataclasses.field(default_factory=list)  # the EPMO's
    capacity_view: CapacityView | None = None
    store_request: StoreRequest | None = None
    #: The child that looked at the files ahead (screening asks it first), or None
    prescreen: Prescreen | None = None
    #: The store child forked when the run started (a StoreBeside), until it is handed
    #: the inputs; None: none was forked (or it was handed them)
    store_early: Any = None
    history: Any = None  # addin.store.History once recorded
    store_error: str | None = None  # why the snapshot was not recorded
    #: The Prioritisation sheet's content when asked (computed beside the other steps)
    prioritisation: Callable[[], RollupPrioritisation] | None = None
    #: The Dependencies Map's rows, made once (step 4) for its findings and the roll-up
    dependency_rows: list[MapRow] | None = None

    @classmethod
    def start(
        cls, folder: Path, out: Path, standards: Standards, as_of: date, use_cache: bool
    ) -> _Run:
        fingerprint = standards_fingerprint(standards)
        key = f"{__version__}|{fingerprint}|{as_of.isoformat()}"
        cache = ParseCache.open(out.parent / CACHE_DIR_NAME, key) if use_cache else None
        return cls(folder, out, standards, as_of, fingerprint, cache)

    def add_finding(self, info: RuleInfo, file: str, message: str, **where: object) -> None:
        finding = make_finding(info, self.standards, message, file=file, **where)  # type: ignore[arg-type]
        if finding is not None:
            self.findings.append(finding)

    def reject(
        self, entry: LoadEntry, reason: str, fix: str, info: RuleInfo = codes.REJECTED
    ) -> None:
        entry.status = "rejected"
        entry.reason = f"{reason} - {fix}" if fix else reason
        self.add_finding(info, entry.file, f"{entry.file}: {entry.reason}", register="workbook")

    # 1. Find every file, and screen each in this process (no parser touches it here): a
    #    file whose bytes are in the cache passed sniffing when it was cached, so it is not
    #    sniffed again. 2. Read and check the others in worker processes that a crash
    #    cannot take down; screening goes on while the workers parse.
    def screen_and_parse(
        self, jobs: int, timeout: float, progress: _Progress, keep_frozen: bool = False
    ) -> int:
        """Returns how many files were parsed (the others came from the cache). The
        outcomes are frozen out of the cyclic GC as they arrive; ``keep_frozen``: left
        so (the caller unfreezes), else unfrozen when the workers are done."""
        to_screen = self.list_files()
        progress.start(len(to_screen))
        queue: list[_Candidate] = []  # the files handed to the workers, in task order

        def arrived(outcome: TaskOutcome[bytes]) -> None:
            candidate = queue[outcome.index]
            progress.one_done(candidate.found.rel)
            if outcome.ok and outcome.value is not None:
                # Unpacked while the workers read the next files, not after the last one.
                # (Cached only after the last: a later copy of the same bytes is then read
                # like the first, as before, whatever the order the workers finish in.)
                candidate.outcome = unpack_outcome(outcome.value)
                # Kept to the end: the cyclic GC's later passes need not walk it again
                # (each outcome's objects would otherwise be traversed by every full pass).
                gc.freeze()

        try:
            outcomes = run_isolated(
                # The standards and the as-of date go with the function, once per worker
                # (inherited by a forked one), not pickled into each of the 300 tasks.
                partial(_parse_file, self.standards, self.as_of),
                self.parse_tasks(to_screen, queue, progress),
                jobs=jobs,
                timeout=timeout,
                on_outcome=arrived,
                prepare=_import_worker_modules,  # (none when every file came from the cache)
            )
        except BaseException:
            gc.unfreeze()
            raise
        if not keep_frozen:
            gc.unfreeze()  # as before from here on
        for candidate, task_outcome in zip(queue, outcomes, strict=True):
            self.take_outcome(candidate, task_outcome)
        return len(queue)

    def list_files(self) -> list[_Candidate]:
        """Every file under the folder gets a Load Report entry (skipped ones with their
        reason); returns the files to screen."""
        own_lock = lock_path(self.out)
        to_screen: list[_Candidate] = []
        exclude = frozenset({self.out}) | store_files(self.store_request, self.out)
        # (only a file under the folder can be the lock: no link is followed there)
        lock_inside = own_lock.is_relative_to(self.folder)
        for found in discover(self.folder, exclude=exclude):
            if lock_inside and found.kind != "symlink" and found.path.resolve() == own_lock:
                continue  # this run's own lock file (the roll-up was asked for inside FOLDER)
            entry = LoadEntry(_shown(found.rel), "skipped", found.skip_reason or "", found.kind)
            self.entries.append(entry)
            try:
                entry.size = found.path.stat().st_size
            except OSError:
                entry.size = None
            if not found.skip_reason:
                to_screen.append(_Candidate(found, entry))
        return to_screen

    def parse_tasks(
        self, to_screen: list[_Candidate], queue: list[_Candidate], progress: _Progress
    ) -> Iterator[tuple[str, FileKind | None]]:
        """Screen each file as the workers ask for work; yield a task (the path and what
        sniffing found) for each file that must be parsed (queued in ``queue``, in task
        order). A file settled here (from the cache, rejected, a roll-up) counts as done
        at once."""
        for candidate in to_screen:
            if self.screen(candidate) and candidate.outcome is None:
                queue.append(candidate)
                yield str(candidate.found.path), candidate.kind
            else:
                progress.one_done(candidate.found.rel)

    def take_outcome(self, candidate: _Candidate, task_outcome: TaskOutcome[bytes]) -> None:
        """Record a worker's result (cached unless the file changed while it was read),
        or reject the file with why its worker failed."""
        if not task_outcome.ok or task_outcome.value is None:
            failure = task_outcome.failure or "could not be read"
            self.reject(candidate.entry, failure, _CRASH_FIX)
            return
        if candidate.outcome is None:  # (unpacked when it arrived, as a rule)
            candidate.outcome = unpack_outcome(task_outcome.value)
        candidate.outcome.kind = candidate.entry.kind
        if signature(candidate.found.path) != candidate.signature:
            # What was parsed may not be the bytes hashed: never cache it.
            candidate.entry.reason = CHANGED_WHILE_READ
        elif self.cache is not None and candidate.entry.sha256:
            self.cache.put_packed(candidate.entry.sha256, task_outcome.value)

    def screen(self, candidate: _Candidate) -> bool:
        """True when the file goes on (from the cache, or to be parsed). A file of up to
        16 MB is read once: its hash, its sniffing and its markers come from the same
        bytes (:class:`~addin.consolidate.prescreen.Look`; looked at ahead by the
        command's child when there is one)."""
        entry = candidate.entry
        if not self._name_is_text(candidate):
            return False
        path = candidate.found.path
        look = self.prescreen.look(path) if self.prescreen is not None else Look(path)
        candidate.signature = look.signature
        if self._from_cache(candidate, look):
            self.candidates.append(candidate)
            return True
        custom_xml = self._sniffed_readable(candidate, look)
        if custom_xml is None or not self._hashed(candidate, look):
            return False
        if ROLLUP_MARKER in custom_xml:  # read once, both markers
            entry.reason = "a roll-up written by pmo consolidate, not a project workbook"
            entry.kind = "rollup"
            return False
        if (made := report_kind_in(custom_xml)) is not None:  # a PM saved it here
            entry.reason = f"a {made} written by pmo report, not a project workbook"
            entry.kind = "report"
            return False
        self.candidates.append(candidate)
        return True

    def _name_is_text(self, candidate: _Candidate) -> bool:
        """False (rejected) when the name holds bytes that are not text."""
        if candidate.entry.file == candidate.found.rel:
            return True
        self.reject(
            candidate.entry,
            "its name holds characters this system cannot decode (shown as \ufffd), "
            "so the reader cannot open it",
            "rename the file (or the folder) with plain characters",
        )
        return False

    def _from_cache(self, candidate: _Candidate, look: Look) -> bool:
        """Hash the file and take its result from the cache; True when it was there."""
        entry = candidate.entry
        if self.cache is None or entry.size is None or entry.size > MAX_FILE_BYTES:
            return False
        if not look.hashable():
            return False  # a FIFO or a device: reading it could block; sniffing rejects it
        try:
            entry.sha256 = look.sha256()
        except OSError:
            entry.sha256 = None
        candidate.outcome = self.cache.get(entry.sha256) if entry.sha256 else None
        if candidate.outcome is None:
            return False
        entry.from_cache = True
        entry.kind = candidate.outcome.kind
        return True

    def _sniffed_readable(self, candidate: _Candidate, look: Look) -> str | None:
        """Sniff what the file really is; its docProps/custom.xml text (the output
        markers), or None (rejected) when it cannot be read."""
        entry = candidate.entry
        kind = look.kind()
        candidate.kind = kind
        entry.kind = kind.kind
        if kind.kind == "missing":  # listed a moment ago
            self.reject(entry, VANISHED, "check where it went and run the consolidation again")
            return None
        if not kind.readable:
            self.reject(entry, kind.reason, kind.fix)
            return None
        return look.custom_xml()

    def _hashed(self, candidate: _Candidate, look: Look) -> bool:
        """The file's SHA-256 (unless the cache look-up took it); False (rejected) when
        its bytes cannot be read."""
        entry = candidate.entry
        try:
            entry.sha256 = entry.sha256 or look.sha256()
        except OSError as exc:
            self.reject(entry, f"cannot be read ({exc.strerror or exc})", "check its permissions")
            return False
        return True

    # 3. Turn outcomes into projects; settle duplicate Project IDs.
    def projects(self) -> list[ProjectInput]:
        readable: list[tuple[_Candidate, ProjectPayload]] = []
        for candidate in self.candidates:
            outcome, entry = candidate.outcome, candidate.entry
            if outcome is None:
                continue
            if outcome.rejected is not None:
                if entry.kind == "xls":  # the sniffer knows better than the parser's error
                    self.reject(entry, *_old_xls_reason(entry.file))
                else:
                    self.reject(entry, outcome.rejected, outcome.fix)
                continue
            if outcome.capacity is not None:  # the EPMO's capacity workbook, not a project
                self.capacity_found.append(
                    FoundCapacity(entry, outcome.capacity, candidate.found.path)
                )
                continue
            self.findings.extend(_refile(outcome.findings, entry.file))
            if not outcome.is_standard or outcome.payload is None:
                self.reject(
                    entry,
                    "not a standard project workbook (no _pmo sheet and none of the "
                    "template's tables)",
                    f'convert it with `pmo adopt "{entry.file}"` (in the consolidated folder) and '
                    "consolidate the result",
                    codes.NOT_STANDARD,
                )
                continue
            entry.project_id = outcome.payload.project_id or None
            readable.append((candidate, outcome.payload))
        projects = []
        for candidate, payload in settle_duplicates(readable, self.add_finding):
            candidate.entry.used = True
            projects.append(ProjectInput(candidate.entry.file, payload))
        projects.sort(key=lambda p: (p.project_id.strip().casefold(), p.source))
        return projects

    # 4. Dependencies across projects.
    def flag_dependencies(self, projects: list[ProjectInput]) -> None:
        self.dependency_rows = match_dependencies(projects)  # (the roll-up's map shows them)
        for row in self.dependency_rows:
            if row.match in GOOD_MATCHES:
                continue
            info = (
                codes.DEPENDENCY_DATES
                if row.match in (DATE_MISMATCH, COMMITTED_LATE)
                else codes.DEPENDENCY_UNMATCHED
            )
            sheet, _, cell = (row.source_cell or "").rpartition("!")
            self.add_finding(
                info,
                row.source,
                f"dependency {row.dep.id or ''} ({row.dep.direction or 'no direction'}, "
                f"counterparty {row.dep.counterparty_project_id or 'none'}): "
                f"{row.match}; {row.note}",
                sheet=sheet.strip("'").replace("''", "'") or None,
                cell=cell or None,
                register="dependencies",
                item_id=row.dep.id,
            )

    # 5. Counts per file, statuses, data-quality scores.
    def settle_statuses(self, projects: list[ProjectInput]) -> None:
        per_file: dict[str, list[Finding]] = {}
        for finding in self.findings:
            per_file.setdefault(finding.file, []).append(finding)
        for entry in self.entries:
            counts = count_by_severity(per_file.get(entry.file, []))
            entry.errors, entry.warnings = counts["error"], counts["warning"]
            entry.infos = counts["info"]
            if not entry.used:
                continue
            if entry.errors or entry.warnings:
                entry.status = "loaded with findings"
                detail = (
                    f"{count_noun(entry.errors, 'error')}, "
                    f"{count_noun(entry.warnings, 'warning')} (see Findings)"
                )
                entry.reason = f"{entry.reason}; {detail}" if entry.reason else detail
            else:
                entry.status = "loaded"
        for project in projects:
            counts = count_by_severity(per_file.get(project.source, []))
            project.errors, project.warnings = counts["error"], counts["warning"]
            project.quality = data_quality_score(project.errors, project.warnings)

    # 6. Record the snapshot (Changes and Trends need it), then build and write the roll-up.
    def write(self, projects: list[ProjectInput]) -> None:
        info = RunInfo(
            tool_version=__version__,
            standards_name=self.standards.meta.name,
            standards_version=self.standards.version,
            standards_fingerprint=self.fingerprint,
            as_of=self.as_of,
            folder=self.folder.name,
            run_time=datetime.now(UTC).replace(microsecond=0),
        )
        # Everything read so far lives until the end: keep the cyclic GC from re-scanning
        # it while the roll-up's millions of short-lived cells are made.
        gc.freeze()
        try:
            inputs = RollupInputs(projects, self.findings, self.entries, info)
            inputs.capacity = self.capacity_view
            # (asked once: the roll-up's structure may be written twice)
            inputs.prioritisation = self.prioritisation and functools.cache(self.prioritisation)
            inputs.dependency_rows = self.dependency_rows
            beside, later = self.start_store(inputs)  # (a StoreBeside, or None)
            rollup = build_rollup(inputs, self.standards)  # (without Changes/Trends: later)
            try:
                with atomic_output(self.out) as tmp:
                    if later:  # the other sheets' rows are rendered while the store records
                        write_rollup_later(
                            rollup, tmp, self.standards, partial(self.answered, beside, rollup)
                        )
                    else:
                        write_rollup(rollup, tmp, self.standards)
                    if beside is not None and not later:  # the rename waits for the store
                        self.history, self.store_error = beside.final()
                        from addin.store.expected import same_history

                        if not same_history(inputs.history, self.history):
                            inputs.history = self.history  # as the store gave it
                            write_rollup(build_rollup(inputs, self.standards), tmp, self.standards)
            except OSError as exc:  # disk full, permissions, the folder gone
                if beside is not None:  # the snapshot is recorded all the same, as before
                    beside.abandon(wait=True)
                raise UsageError(cannot_write(self.out, exc)) from exc
            except BaseException as exc:
                if beside is not None:  # as above; Ctrl+C stops it (nothing written)
                    beside.abandon(wait=isinstance(exc, Exception))
                raise
        finally:
            gc.unfreeze()
        remember_rollup(self.out)
        if self.cache is not None:
            self.cache.prune()

    def start_store(self, inputs: RollupInputs) -> tuple[Any, bool]:
        """Start the store step: (a StoreBeside or None, later). A forked child records
        the snapshot while the roll-up is written; ``later``: Changes and Trends are
        written last, from its answer (the child forked when the run started, into a store
        that holds snapshots: the other sheets' rows are rendered meanwhile, round 10a of
        benchmarks/README.md); else ``inputs.history`` is set now: the History expected
        (the roll-up's rename waits for the child's answer), or, where no child may be
        forked, the snapshot's, recorded here first, as before (None)."""
        from addin.consolidate.store_child import StoreBeside

        if self.store_request is None:
            return None, False
        if self.store_early is not None:  # forked when the run started: given the inputs
            early, self.store_early = self.store_early, None
            later = not early.tells_at_once
            beside = early.hand(inputs, expect=not later)
            if later:
                return beside, True
        else:
            beside = StoreBeside.start(self.store_request, self.out, inputs, self.standards)
        if beside is not None:
            inputs.history = beside.expected()
            return beside, False
        self.history, self.store_error = record_history(
            self.store_request, self.out, inputs, self.standards
        )
        inputs.history = self.history
        return None, False

    def answered(self, beside: Any, rollup: Rollup) -> Rollup:
        """The store child's answer (waited for) taken, the roll-up with its Changes and
        Trends (:func:`~addin.rollup.build.with_history`)."""
        self.history, self.store_error = beside.final()
        rollup.inputs.history = self.history
        return with_history(rollup, self.standards)


#: What every worker imports for its first file (:func:`parse_workbook`): imported here,
#: once, before the first worker is forked (they inherit it), instead of once in each.
#: The rules' own modules too (:func:`~addin.rules.engine.load_rules`, about 15 ms a
#: worker when their bytecode is not cached): each worker's first result came that much
#: later (benchmarks/README.md, round 13b).
WORKER_MODULES = ("addin.reading.project_reader", "addin.rules.engine")


@contextlib.contextmanager
def _kept_frozen() -> Iterator[None]:
    """Whatever is frozen out of the cyclic GC inside is unfrozen on the way out."""
    try:
        yield
    finally:
        gc.unfreeze()


def _parse_file(standards: Standards, as_of: date, file: tuple[str, FileKind | None]) -> bytes:
    """A worker's task: one file (its path and sniffed kind), read, checked and packed."""
    path, kind = file
    return parse_workbook_packed(ParseTask(path, standards, as_of, kind))


def _import_worker_modules() -> None:
    for name in WORKER_MODULES:
        importlib.import_module(name)
    from addin.rules.engine import load_rules

    load_rules()


def _refile(findings: list[Finding], rel: str) -> list[Finding]:
    """The findings with their file set to ``rel`` (the path inside the folder)."""
    return [f if f.file == rel else dataclasses.replace(f, file=rel) for f in findings]


__all__ = ["DEFAULT_TIMEOUT", "consolidate_folder", "default_output"]


def read_folder(
    folder: Path,
    standards: Standards,
    as_of: date,
    *,
    jobs: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> tuple[list[ProjectInput], list[LoadEntry], list[Finding]]:
    """Read and check every workbook under ``folder`` exactly as consolidation does
    (same discovery, screening, isolation, duplicate handling and dependency matching),
    without writing a roll-up: the projects used, every file's fate, every finding."""
    folder = Path(folder)
    if not folder.is_dir():
        raise UsageError(f"{folder}: no such folder; give the folder that holds the workbooks")
    folder = folder.resolve()
    run = _Run.start(folder, default_output(folder), standards, as_of, use_cache=False)
    run.screen_and_parse(jobs or default_jobs(), timeout, _Progress(lambda done, total, name: None))
    projects = run.projects()
    run.flag_dependencies(projects)
    run.settle_statuses(projects)
    return projects, run.entries, run.findings
