"""How a check marks cells, shared by both hosts: the fill per severity, the author of the
notes, and the hidden sheet that remembers what was marked so a later check can undo it."""

from __future__ import annotations

#: Hidden sheet holding one row per marked cell: sheet, cell, original fill, original note.
MARKS_SHEET = "_pmo_marks"
MARKS_HEADER = ("Sheet", "Cell", "Original Fill", "Original Note")

#: Fill colour (RGB hex) of a marked cell, by finding severity.
SEVERITY_FILLS: dict[str, str] = {
    "error": "FFC7CE",  # light red
    "warning": "FFEB9C",  # light amber
    "info": "DDEBF7",  # light blue
}

#: Author of the notes a check adds.
NOTE_AUTHOR = "PMO check"
