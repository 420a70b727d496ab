"""`pmo consolidate --pack FILE --feedback DIR`: the pack and the feedback made from the
roll-up the consolidation just wrote (one code path with `pmo report ROLLUP --pack`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from addin.errors import PmoError
from addin.report.run import Format, make_feedback, make_pack
from addin.standards import Standards


@dataclass
class Extras:
    """What the consolidation's extra outputs were: lines to print, JSON keys, failure."""

    lines: list[str] = field(default_factory=list)
    json: dict[str, Any] = field(default_factory=dict)
    failed: bool = False


def inside_folder_error(folder: Path, outputs: Sequence[Path | None]) -> str | None:
    """Why an output may not go where asked (inside the consolidated folder), or None."""
    root = Path(folder).resolve()
    for output in outputs:
        if output is None:
            continue
        resolved = Path(output).resolve()
        if resolved == root or root in resolved.parents:
            return (
                f"{output} is inside the consolidated folder {folder}, where the next "
                "consolidation would read it; write it beside the roll-up instead"
            )
    return None


def pack_and_feedback(
    rollup: Path,
    standards: Standards,
    as_of: date,
    pack: Path | None,
    feedback_dir: Path | None,
) -> Extras:
    """Write the pack (``.pdf`` asks for the PDF too) and the feedback folder."""
    extras = Extras()
    if pack is None and feedback_dir is None:
        return extras
    try:
        if pack is not None:
            fmt: Format = "pdf" if pack.suffix.lower() == ".pdf" else "xlsx"
            run = make_pack(
                rollup,
                pack.with_suffix(".xlsx"),
                standards,
                as_of,
                fmt=fmt,
                feedback_dir=feedback_dir,
            )
        else:
            assert feedback_dir is not None
            run = make_feedback(rollup, feedback_dir, standards, as_of)
    except (PmoError, OSError) as exc:
        extras.lines.append(f"error: the pack / feedback could not be written: {exc}")
        extras.json["report_error"] = str(exc)
        extras.failed = True
        return extras
    if run.pack is not None:
        made = f" and {run.pack.pdf_shown()}" if run.pack.pdf else ""
        extras.lines.append(f"Portfolio pack: {run.pack.xlsx}{made}")
        extras.json["pack"] = run.pack.to_json()
    if run.pdf_note:
        extras.lines.append(f"note: {run.pdf_note}")
        extras.json["pdf_note"] = run.pdf_note
    if feedback_dir is not None:
        extras.lines.append(f"Feedback: {len(run.feedback)} workbooks in {feedback_dir}")
        extras.json["feedback"] = [f.to_json() for f in run.feedback]
    return extras
