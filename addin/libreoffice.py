"""LibreOffice headless: recalculate workbooks and prove that they open.

``soffice --headless --convert-to xlsx`` loads a workbook and saves a copy. Each call
gets its own user profile (so parallel runs do not clash) in which formula
recalculation on load is forced to "always": without it LibreOffice keeps the cached
values of a file that says it was written by Excel, and nothing would be recalculated.
Files go in chunks and every output is checked, because one call with hundreds of files
has been seen to skip some and still exit 0 (FACTS.md).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from addin.errors import PmoError

#: Files per soffice call: big enough to amortise its start-up, small enough to be reliable.
CHUNK_SIZE = 20

_RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


class LibreOfficeError(PmoError, RuntimeError):
    """LibreOffice is missing, failed, timed out or did not write an expected file."""


def soffice_path() -> str | None:
    """The LibreOffice executable on PATH (``soffice`` or ``libreoffice``), if any."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def soffice_available() -> bool:
    """True when LibreOffice headless can be run here."""
    return soffice_path() is not None


def _profile(root: Path) -> str:
    user = root / "user"
    user.mkdir(parents=True, exist_ok=True)
    (user / "registrymodifications.xcu").write_text(_RECALC_ALWAYS, encoding="utf-8")
    return root.resolve().as_uri()


def _chunks(files: Sequence[Path], size: int) -> list[list[Path]]:
    """Chunks of at most ``size`` files, never two with the same output name in one chunk."""
    chunks: list[list[Path]] = []
    for path in files:
        name = path.stem.casefold()
        for chunk in chunks:
            if len(chunk) < size and all(p.stem.casefold() != name for p in chunk):
                chunk.append(path)
                break
        else:
            chunks.append([path])
    return chunks


def _run(
    soffice: str,
    profile: str,
    files: list[Path],
    outdir: Path,
    timeout: float,
    target: str = "xlsx",
) -> str:
    command = [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        str(outdir),
        *[str(f) for f in files],
    ]
    # Its own process group: on a timeout the launcher and the soffice.bin it started are
    # ended together, so no orphan keeps the profile locked.
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise LibreOfficeError(
            f"LibreOffice did not finish converting {len(files)} file(s) within {timeout:g} s "
            f"({', '.join(f.name for f in files[:3])}...); raise the timeout or convert fewer"
        ) from None
    return output or ""


def recalculate(
    files: Sequence[Path],
    outdir: Path,
    *,
    timeout: float = 120,
    chunk_size: int = CHUNK_SIZE,
    workers: int = 1,
) -> dict[Path, Path]:
    """Have LibreOffice open, recalculate and save each workbook as ``.xlsx`` in ``outdir``.

    Returns source path -> converted path. Sources are never modified: ``outdir`` must not
    be a source's folder. Files sharing a name go to numbered sub-folders of ``outdir``.
    Raises :class:`LibreOfficeError` naming every file LibreOffice did not convert.
    ``timeout`` applies to each soffice call; ``workers`` soffice processes run at once
    (each with its own profile), which pays off for many files on several cores.
    """
    converted, missing = convert_each(
        files, outdir, timeout=timeout, chunk_size=chunk_size, workers=workers
    )
    if missing:
        detail = "; ".join(f"{s} ({why})" for s, why in missing.items())
        raise LibreOfficeError(
            f"LibreOffice did not convert {len(missing)} file(s): {detail}. Open them in "
            "LibreOffice or Excel to see why (corrupt, encrypted or not a workbook?)"
        )
    return converted


def convert_each(
    files: Sequence[Path],
    outdir: Path,
    *,
    timeout: float = 120,
    chunk_size: int = CHUNK_SIZE,
    workers: int = 1,
) -> tuple[dict[Path, Path], dict[Path, str]]:
    """Like :func:`recalculate`, but returns (converted, not converted -> LibreOffice's
    last words) instead of raising for files it could not convert."""
    soffice = soffice_path()
    if soffice is None:
        raise LibreOfficeError(
            "LibreOffice (soffice) is not installed or not on PATH; install it, e.g. "
            "apt-get install -y libreoffice-calc --no-install-recommends"
        )
    sources = {Path(f): Path(f).resolve() for f in files}
    out = Path(outdir).resolve()
    for given, source in sources.items():
        if not source.is_file():
            raise LibreOfficeError(f"{given}: no such file to recalculate")
        if source.parent == out:
            raise LibreOfficeError(
                f"{given}: the output folder is the file's own folder, so LibreOffice would "
                "overwrite it; pass another outdir"
            )
    out.mkdir(parents=True, exist_ok=True)
    resolved = list(dict.fromkeys(sources.values()))
    jobs = []
    for index, chunk in enumerate(_chunks(resolved, max(1, chunk_size))):
        target_dir = out if index == 0 or _unique_in(resolved, chunk) else out / str(index)
        jobs.append((chunk, target_dir))
    done: dict[Path, Path] = {}
    missing: dict[Path, str] = {}
    lanes = max(1, min(workers, len(jobs)))
    with tempfile.TemporaryDirectory(prefix="pmo-soffice-") as temp:
        profiles = [_profile(Path(temp) / f"profile{n}") for n in range(lanes)]

        def lane(n: int) -> None:
            for chunk, target_dir in jobs[n::lanes]:
                ok, failed = _convert_chunk(soffice, profiles[n], chunk, target_dir, timeout)
                done.update(ok)
                missing.update(failed)

        if lanes == 1:
            lane(0)
        else:
            with ThreadPoolExecutor(max_workers=lanes) as pool:
                for future in [pool.submit(lane, n) for n in range(lanes)]:
                    future.result()
    converted_map = {given: done[src] for given, src in sources.items() if src in done}
    missing_map = {given: missing[src] for given, src in sources.items() if src in missing}
    return converted_map, missing_map


def _convert_chunk(
    soffice: str, profile: str, chunk: list[Path], target_dir: Path, timeout: float
) -> tuple[dict[Path, Path], dict[Path, str]]:
    """Convert one chunk; files the batch skipped are retried one at a time."""
    target_dir.mkdir(parents=True, exist_ok=True)
    done: dict[Path, Path] = {}
    missing: dict[Path, str] = {}
    for source in chunk:  # an old copy must not pass for a new one
        (target_dir / f"{source.stem}.xlsx").unlink(missing_ok=True)
    log = _run(soffice, profile, chunk, target_dir, timeout)
    retry = []
    for source in chunk:
        converted = target_dir / f"{source.stem}.xlsx"
        if _written(converted):
            done[source] = converted
        elif len(chunk) > 1:
            retry.append(source)
        else:
            missing[source] = _last_line(log)
    for source in retry:  # one at a time: a batch sometimes skips files
        log = _run(soffice, profile, [source], target_dir, timeout)
        converted = target_dir / f"{source.stem}.xlsx"
        if _written(converted):
            done[source] = converted
        else:
            missing[source] = _last_line(log)
    return done, missing


def _last_line(log: str) -> str:
    lines = [line for line in log.strip().splitlines() if "javaldx" not in line]
    return lines[-1] if lines else "no output"


def _unique_in(sources: list[Path], chunk: list[Path]) -> bool:
    """True when no file of ``chunk`` shares its name with a file of another chunk."""
    names = [p.stem.casefold() for p in sources]
    return all(names.count(p.stem.casefold()) == 1 for p in chunk)


def _written(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except FileNotFoundError:
        return False


@dataclass
class OpenCheck:
    """Whether a workbook opened cleanly: LibreOffice converted it and both independent
    readers read the result back with the same sheets (and tables) as the original."""

    source: Path
    converted: Path | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_opens(
    files: Sequence[Path], outdir: Path, *, timeout: float = 120
) -> dict[Path, OpenCheck]:
    """As close to "opens without repair" as can be told without Excel.

    Each file is converted by LibreOffice (:func:`recalculate`); the converted copy is
    read with openpyxl and with python-calamine, and its sheet names (and table names,
    per openpyxl) are compared with the original's. Problems are collected, never raised
    one by one: a file LibreOffice could not convert gets a problem naming it.
    """
    checks = {Path(f): OpenCheck(Path(f)) for f in files}
    converted, missing = convert_each(list(checks), outdir, timeout=timeout)
    for source, why in missing.items():
        checks[source].problems.append(f"{source}: LibreOffice could not open it ({why})")
    for source, copy in converted.items():
        check = checks[source]
        check.converted = copy
        check.problems.extend(compare_roundtrip(source, copy))
    return checks


@dataclass(frozen=True)
class _Shape:
    """What must survive a round trip: sheet names in order, table and defined names."""

    sheets: list[str]
    tables: set[str]
    names: set[str]


def _shape(path: Path) -> _Shape:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=False, data_only=True)
    try:
        tables = {name for ws in workbook.worksheets for name in ws.tables}
        names = {name for name in workbook.defined_names if not name.startswith("_xlnm")}
        return _Shape(list(workbook.sheetnames), tables, names)
    finally:
        workbook.close()


def compare_roundtrip(source: Path, copy: Path) -> list[str]:
    """Problems seen reading LibreOffice's ``copy`` of ``source`` back (empty: none):
    either reader failing, sheets renamed/reordered/lost, tables or defined names lost."""
    problems: list[str] = []
    try:
        original = _shape(source)
    except Exception as exc:  # the original may be unreadable by openpyxl: say so
        return [f"{source}: openpyxl cannot read the original ({type(exc).__name__}: {exc})"]
    try:
        after = _shape(copy)
    except Exception as exc:
        return [f"{copy}: openpyxl cannot read LibreOffice's copy ({type(exc).__name__}: {exc})"]
    original_sheets = original.sheets
    if after.sheets != original.sheets:
        problems.append(
            f"{source}: sheets changed when LibreOffice opened it: "
            f"{original.sheets} -> {after.sheets}"
        )
    lost = sorted(original.tables - after.tables)
    if lost:
        problems.append(f"{source}: LibreOffice lost table(s) {', '.join(lost)}")
    lost = sorted(original.names - after.names)
    if lost:
        problems.append(f"{source}: LibreOffice lost defined name(s) {', '.join(lost)}")
    try:
        from python_calamine import CalamineWorkbook

        with contextlib.closing(CalamineWorkbook.from_path(str(copy))) as book:
            calamine_sheets = list(book.sheet_names)
            for name in calamine_sheets:
                book.get_sheet_by_name(name).to_python()
    except Exception as exc:
        problems.append(f"{copy}: python-calamine cannot read it ({type(exc).__name__}: {exc})")
    else:
        if calamine_sheets != original_sheets:
            problems.append(
                f"{source}: python-calamine sees sheets {calamine_sheets}, "
                f"the original has {original_sheets}"
            )
    return problems


def export_pdf(files: Sequence[Path], outdir: Path, *, timeout: float = 180) -> dict[Path, Path]:
    """Have LibreOffice print each workbook to ``outdir/NAME.pdf`` (every sheet, each with
    its own page setup). Returns source -> PDF; raises :class:`LibreOfficeError` naming
    every file it did not convert. Sources are only read."""
    soffice = soffice_path()
    if soffice is None:
        raise LibreOfficeError(
            "LibreOffice (soffice) is not installed or not on PATH, so no PDF was made; "
            "install it (e.g. apt-get install -y libreoffice-calc --no-install-recommends, "
            "or from libreoffice.org) and run again"
        )
    out = Path(outdir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    done: dict[Path, Path] = {}
    missing: dict[Path, str] = {}
    with tempfile.TemporaryDirectory(prefix="pmo-soffice-") as temp:
        profile = _profile(Path(temp) / "profile")
        for chunk in _chunks([Path(f).resolve() for f in files], CHUNK_SIZE):
            for source in chunk:
                (out / f"{source.stem}.pdf").unlink(missing_ok=True)
            log = _run(soffice, profile, chunk, out, timeout, target="pdf")
            for source in chunk:
                pdf = out / f"{source.stem}.pdf"
                if not _written(pdf):  # one at a time: a batch sometimes skips files
                    log = _run(soffice, profile, [source], out, timeout, target="pdf")
                if _written(pdf):
                    done[source] = pdf
                else:
                    missing[source] = _last_line(log)
    if missing:
        detail = "; ".join(f"{s} ({why})" for s, why in missing.items())
        raise LibreOfficeError(f"LibreOffice did not print {len(missing)} file(s) to PDF: {detail}")
    return {Path(f): done[Path(f).resolve()] for f in files}
