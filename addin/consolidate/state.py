"""Remembering the last roll-up written, and looking a project field up in it (PMO.ROLLUP).

The state file is ``~/.pmo/state.json`` (or ``$PMO_STATE_DIR/state.json``).
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

from addin.errors import UsageError
from addin.layout import field_key

STATE_ENV = "PMO_STATE_DIR"
PROJECTS_SHEET = "Projects"


def state_file() -> Path:
    folder = os.environ.get(STATE_ENV)
    base = Path(folder) if folder else Path.home() / ".pmo"
    return base / "state.json"


def _read_state() -> dict[str, Any]:
    try:
        data = json.loads(state_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def remember_rollup(path: Path) -> None:
    """Record ``path`` as the latest roll-up (best effort: a read-only home is no error)."""
    target = state_file()
    data = _read_state()
    data["last_rollup"] = str(Path(path).resolve())
    with contextlib.suppress(OSError):
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".state.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        os.replace(tmp, target)


def last_rollup_path() -> Path | None:
    """The roll-up the last run wrote, if it still exists."""
    value = _read_state().get("last_rollup")
    if not isinstance(value, str):
        return None
    path = Path(value)
    return path if path.is_file() else None


_TABLE_CACHE: dict[tuple[str, int, int], tuple[list[str], dict[str, list[Any]]]] = {}


def _projects_table(path: Path) -> tuple[list[str], dict[str, list[Any]]]:
    stat = path.stat()
    key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    cached = _TABLE_CACHE.get(key)
    if cached is not None:
        return cached
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    if PROJECTS_SHEET not in workbook.sheet_names:
        raise UsageError(
            f"{path}: no {PROJECTS_SHEET} sheet; is it a roll-up from pmo consolidate?"
        )
    rows = workbook.get_sheet_by_name(PROJECTS_SHEET).to_python()
    if not rows:
        raise UsageError(f"{path}: the {PROJECTS_SHEET} sheet is empty")
    headers = [str(h) for h in rows[0]]
    by_id: dict[str, list[Any]] = {}
    for row in rows[1:]:
        if row and row[0] not in (None, ""):
            by_id.setdefault(str(row[0]).strip().casefold(), list(row))
    _TABLE_CACHE.clear()
    _TABLE_CACHE[key] = (headers, by_id)
    return headers, by_id


def rollup_lookup(project_id: str, field: str, rollup: Path | None = None) -> object:
    """A project's value in the Projects sheet of a roll-up (the latest one by default).

    ``field`` is a column header ("EAC", "Overall RAG") or its key ("eac", "overall_rag").
    Raises :class:`UsageError` naming what is missing (no roll-up, no such project or field).
    """
    path = rollup if rollup is not None else last_rollup_path()
    if path is None:
        raise UsageError("no roll-up yet: run `pmo consolidate FOLDER` (or the ribbon button)")
    if not Path(path).is_file():
        raise UsageError(f"{path}: no such roll-up file")
    headers, by_id = _projects_table(Path(path))
    wanted = field_key(field)
    columns = [i for i, h in enumerate(headers) if field_key(h) == wanted]
    if not columns:
        raise UsageError(
            f"{field!r} is not a column of the roll-up's Projects sheet; use one of: "
            + ", ".join(headers)
        )
    row = by_id.get(project_id.strip().casefold())
    if row is None:
        raise UsageError(f"project {project_id!r} is not in the roll-up {path}")
    value = row[columns[0]] if columns[0] < len(row) else None
    if value == "":
        return None
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        return value.date()
    return value
