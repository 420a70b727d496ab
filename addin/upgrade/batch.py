"""`pmo upgrade` over many workbooks: each file on its own, refused with its reason or written.

One bad file never stops the batch: each file's outcome (upgraded, current, refused,
failed) is collected with its reason. A source is never changed except by ``in_place``,
which first copies the original under ``.pmo-backup/`` beside it and then replaces the
file atomically (temporary file in the same folder, fsync, rename), and only when the
file has not changed since it was read.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from addin.files.sniff import sniff
from addin.standards import Standards
from addin.upgrade.package import Package
from addin.upgrade.upgrader import Refusal, Status, upgrade_package

#: The folder, beside each workbook upgraded in place, that keeps its original.
BACKUP_FOLDER = ".pmo-backup"
#: Workbook suffixes a folder argument expands to (recursively).
SUFFIXES = (".xlsx", ".xlsm")

#: What sniffing calls the packages this tool edits (an .xls is read, never upgraded).
PACKAGE_KINDS = ("xlsx", "xlsm", "xltx", "xltm")

Mode = Literal["in_place", "out", "dry_run"]
Progress = Callable[[int, int, str], None]


@dataclass
class FileResult:
    """One workbook's outcome, as ``--json`` reports it under ``files``."""

    path: Path
    status: Status
    reason: str = ""
    from_version: int | None = None
    to_version: int | None = None
    output: Path | None = None
    backup: Path | None = None
    notes: list[str] = field(default_factory=list)
    unreadable: bool = False  # refused because it is not a readable workbook at all

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "from_version": self.from_version,
            "to_version": self.to_version,
            "status": self.status,
            "reason": self.reason,
            "output": str(self.output) if self.output else None,
            "backup": str(self.backup) if self.backup else None,
            "notes": self.notes,
        }


@dataclass
class UpgradeReport:
    files: list[FileResult]
    mode: Mode
    force: bool = False
    seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def exit_code(self) -> int:
        """SPEC 10: 2 when an input was unreadable or failed, 1 when a file was refused, else 0."""
        if any(f.unreadable or f.status == "failed" for f in self.files):
            return 2
        return 1 if self.count("refused") else 0

    def to_json(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "dry_run": self.mode == "dry_run",
            "force": self.force,
            "counts": {s: self.count(s) for s in ("upgraded", "current", "refused", "failed")},
            "seconds": round(self.seconds, 3),
            "files": [f.to_json() for f in self.files],
        }

    def summary(self) -> str:
        done = "would be upgraded" if self.mode == "dry_run" else "upgraded"
        return (
            f"{len(self.files)} workbook{'s' if len(self.files) != 1 else ''}: "
            f"{self.count('upgraded')} {done}, {self.count('current')} already current, "
            f"{self.count('refused')} refused, {self.count('failed')} failed "
            f"({self.seconds:.1f} s)"
        )


def collect(paths: list[Path]) -> list[tuple[Path, Path]]:
    """(file, folder it was found under) for every path: a file as given; a folder's
    workbooks recursively, sorted, without dot-folders (``.pmo-backup``, ``.git``) and
    Excel lock files (``~$...``)."""
    found: list[tuple[Path, Path]] = []
    for path in paths:
        if not path.is_dir():
            found.append((path, path.parent))
            continue
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if name.startswith(("~$", ".")) or not name.lower().endswith(SUFFIXES):
                    continue
                found.append((Path(root, name), path))
    return found


def lock_file(path: Path) -> Path | None:
    """Excel's owner file ``~$name.xlsx`` beside ``path`` (the workbook is open), if any.
    Excel drops the first two characters of long names: ``~$oject.xlsx`` for ``project.xlsx``."""
    for name in (f"~${path.name}", f"~${path.name[2:]}"):
        candidate = path.with_name(name)
        if candidate.exists():
            return candidate
    return None


def _lock_owner(lock: Path) -> str:
    try:
        raw = lock.read_bytes()[:54]
    except OSError:
        return ""
    length = raw[0] if raw else 0
    return raw[1 : 1 + length].decode("latin-1", "replace").strip()


def upgrade_file(
    path: Path,
    standards: Standards,
    *,
    mode: Mode,
    out_path: Path | None = None,
    force: bool = False,
) -> FileResult:
    """Upgrade one workbook (see the module docstring); never raises for a bad file."""
    try:
        return _upgrade_file(path, standards, mode, out_path, force)
    except Exception as exc:  # one file's surprise never stops the batch
        return FileResult(path, "failed", f"{type(exc).__name__}: {exc}")


def _upgrade_file(
    path: Path, standards: Standards, mode: Mode, out_path: Path | None, force: bool
) -> FileResult:
    kind = sniff(path)
    if not kind.readable:
        return FileResult(path, "refused", kind.message(path), unreadable=True)
    if kind.kind not in PACKAGE_KINDS:  # e.g. an old .xls: readable, but not a package
        return FileResult(
            path,
            "refused",
            f"{path.name}: {kind.reason}, which has no template parts to upgrade - open it in "
            "Excel and save it as Excel Workbook (.xlsx) first",
            unreadable=True,
        )
    lock = lock_file(path)
    if lock is not None:
        owner = _lock_owner(lock)
        by = f" by {owner}" if owner else ""
        return FileResult(
            path,
            "refused",
            f"open in Excel{by} (lock file {lock.name} beside it): close it in Excel, "
            "then upgrade again",
        )
    if mode == "in_place" and _read_only(path):
        return FileResult(
            path,
            "refused",
            "read-only (the file or its folder cannot be written): make it writable, or "
            "upgrade a copy with --out DIR",
        )
    before = path.stat()
    original = path.read_bytes()
    package = Package.read(path)
    try:
        outcome = upgrade_package(package, standards)
    except Refusal as exc:
        return FileResult(path, "refused", str(exc))
    result = FileResult(
        path,
        outcome.status,
        from_version=outcome.from_version,
        to_version=outcome.to_version,
        notes=list(outcome.notes),
    )
    if outcome.problems:
        text = "cannot be carried: " + "; ".join(outcome.problems)
        if not force:
            result.status = "refused"
            result.to_version = None
            result.reason = text + " (left untouched; --force upgrades the rest)"
            return result
        result.notes.append("forced; " + text)
    if outcome.status == "current":
        result.reason = "already the current template version: nothing to change"
        if mode == "out" and out_path is not None:
            _write_atomic(out_path, original, before.st_mode)
            result.output = out_path
        return result
    result.reason = "; ".join(result.notes)
    if mode == "dry_run":
        result.reason = "dry run, nothing written" + (f"; {result.reason}" if result.reason else "")
        return result
    data = package.to_bytes()
    if mode == "out":
        assert out_path is not None
        _write_atomic(out_path, data, before.st_mode)
        result.output = out_path
        return result
    now = path.stat()
    if (now.st_mtime_ns, now.st_size) != (before.st_mtime_ns, before.st_size):
        result.status = "refused"
        result.reason = "changed while it was being upgraded (saved from Excel?): run again"
        return result
    result.backup = _backup(path, original, before)
    _write_atomic(path, data, before.st_mode)
    result.output = path
    return result


def _read_only(path: Path) -> bool:
    """The file is marked read-only (no write permission bit: what Windows' read-only
    attribute becomes), or it or its folder cannot be written by this user."""
    no_write_bits = path.stat().st_mode & 0o222 == 0
    return no_write_bits or not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def _backup(path: Path, original: bytes, stat: os.stat_result) -> Path:
    """Keep the original under ``.pmo-backup/`` beside it (never overwriting a backup)."""
    folder = path.parent / BACKUP_FOLDER
    folder.mkdir(exist_ok=True)
    target = folder / path.name
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%dT%H%M%S")
        target = folder / f"{path.stem}.{stamp}{path.suffix}"
        counter = 1
        while target.exists():
            target = folder / f"{path.stem}.{stamp}-{counter}{path.suffix}"
            counter += 1
    _write_atomic(target, original, stat.st_mode)
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    return target


def _write_atomic(target: Path, data: bytes, mode: int) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=".tmp", dir=target.parent
    )
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temp, mode & 0o777)
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def _strictly_inside(folder: Path, parent: Path) -> bool:
    return folder != parent and folder.is_relative_to(parent)


def upgrade_paths(
    paths: list[Path],
    standards: Standards,
    *,
    mode: Mode,
    out_dir: Path | None = None,
    force: bool = False,
    progress: Progress | None = None,
) -> UpgradeReport:
    """Upgrade every workbook of ``paths`` (files and folders) and report each."""
    started = time.perf_counter()
    found = collect(paths)
    if out_dir is not None:
        # An --out folder inside a source folder (an earlier run's output) is not read
        # again. When --out IS the source folder, or a file's own folder, its files stay:
        # each is refused below as "--out would overwrite the source itself".
        target = out_dir.resolve()
        found = [
            (p, root)
            for p, root in found
            if not (_strictly_inside(target, root.resolve()) and p.resolve().is_relative_to(target))
        ]
    seen: set[Path] = set()
    unique = []
    for path, root in found:  # a file named twice (alone and in its folder) is done once
        if path.resolve() not in seen:
            seen.add(path.resolve())
            unique.append((path, root))
    results: list[FileResult] = []
    outputs: dict[Path, Path] = {}
    for done, (path, root) in enumerate(unique, start=1):
        out_path = out_dir / path.relative_to(root) if mode == "out" and out_dir else None
        clash = outputs.get(out_path.resolve()) if out_path is not None else None
        if out_path is not None and out_path.resolve() == path.resolve():
            results.append(
                FileResult(
                    path,
                    "refused",
                    "--out would overwrite the source itself: choose another folder, or use "
                    "--in-place",
                )
            )
        elif out_path is not None and clash is not None:
            results.append(
                FileResult(
                    path,
                    "refused",
                    f"its output {out_path} is already the upgrade of {clash}: give the two "
                    "folders separately with different --out folders",
                )
            )
        else:
            if out_path is not None:
                outputs[out_path.resolve()] = path
            results.append(upgrade_file(path, standards, mode=mode, out_path=out_path, force=force))
        if progress is not None:
            progress(done, len(unique), path.name)
    return UpgradeReport(results, mode, force, time.perf_counter() - started)
