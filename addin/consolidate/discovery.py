"""Finding the files under a folder and deciding which are worth opening.

Every file found is reported: candidates go on to sniffing and reading; the rest are
listed as skipped with a reason (Excel lock files ``~$...``, documents that are not
workbooks, hidden files, the roll-up this run writes). Folders whose name starts with a
dot (``.pmo-cache``, ``.git``) are tool folders and are not searched.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_OUTPUT_NAME = "portfolio-rollup.xlsx"

#: File name endings that may hold a workbook (what they really are is sniffed).
WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm", ".xls", ".xlsb", ".ods"})


def default_output(folder: Path) -> Path:
    """``FOLDER/../portfolio-rollup.xlsx``: beside the folder, never inside it."""
    return Path(folder).resolve().parent / DEFAULT_OUTPUT_NAME


@dataclass(frozen=True)
class FoundFile:
    path: Path
    rel: str  # relative to the folder, "/" separated
    skip_reason: str | None = None
    kind: str = ""


def discover(folder: Path, exclude: frozenset[Path] = frozenset()) -> list[FoundFile]:
    """Every file under ``folder`` (recursively, sorted), with a skip reason where it has one."""
    found: list[FoundFile] = []

    def unreadable(error: OSError) -> None:  # a sub-folder os.walk cannot list
        where = Path(error.filename or folder)
        rel = where.relative_to(folder).as_posix() if where != folder else "."
        reason = f"a folder that cannot be read ({error.strerror or error}): its files are not in the roll-up - check its permissions"
        found.append(FoundFile(where, rel + "/", reason, "folder"))

    for root, dirs, files in os.walk(folder, followlinks=False, onerror=unreadable):
        linked = [d for d in dirs if not d.startswith(".") and Path(root, d).is_symlink()]
        for name in linked:  # listed, never followed (it may lead back up: a loop)
            rel = Path(root, name).relative_to(folder).as_posix()
            found.append(
                FoundFile(
                    Path(root, name),
                    rel + "/",
                    "a symbolic link to a folder (not followed)",
                    "symlink",
                )
            )
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in linked)
        # A file that is no link resolves to its folder's real path and its name: the
        # folder is resolved once, not each file (one lstat per part of the path).
        real_root = _real_path(root) if exclude else None
        for name in sorted(files):
            path = Path(root, name)
            rel = path.relative_to(folder).as_posix()
            found.append(_classify(path, rel, exclude, real_root))
    found.sort(key=lambda f: f.rel)
    return found


def _real_path(folder: str) -> Path | None:
    try:
        return Path(folder).resolve()
    except (OSError, RuntimeError):
        return None


def _classify(
    path: Path, rel: str, exclude: frozenset[Path], real_root: Path | None = None
) -> FoundFile:
    name = path.name
    suffix = path.suffix.lower()
    if path.is_symlink():  # before resolve(): a link to itself would raise
        return FoundFile(path, rel, "a symbolic link (not followed)", "symlink")
    if not exclude:
        resolved = path
    elif real_root is not None:
        resolved = real_root / name
    else:
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError):
            resolved = path
    if resolved in exclude:
        return FoundFile(path, rel, "the roll-up this run writes", "rollup")
    if name.startswith("~$"):
        return FoundFile(
            path,
            rel,
            "an Excel lock file (Excel keeps it while the workbook is open), not a workbook",
            "lockfile",
        )
    if name.startswith("."):
        return FoundFile(path, rel, "a hidden file", "hidden")
    if suffix not in WORKBOOK_SUFFIXES:
        what = f"a {suffix} file" if suffix else "a file without an extension"
        return FoundFile(path, rel, f"not a workbook ({what})", suffix.lstrip(".") or "unknown")
    return FoundFile(path, rel)
