"""Adopting the registers and trackers PMOs already have (SPEC section 6).

``adopt_host`` finds every register-like table of a workbook, decides what each is, maps
its headers to the canonical columns with a confidence, converts the values and returns
the standard project data with a mapping report; ``adopt_file`` does the same for a file
and writes the standard workbook (plus an ``Adoption Report`` sheet and a re-usable
mapping file). See docs/adopt.md.
"""

from addin.adopt.api import Adoption, adopt_host
from addin.adopt.mapping_file import AdoptionMapping, TableMapping, load_mapping, save_mapping
from addin.adopt.report import AdoptionReport, ColumnReport, RowIssue, TableReport
from addin.adopt.writer import adopt_file, default_output, open_source, write_adoption

__all__ = [
    "Adoption",
    "AdoptionMapping",
    "AdoptionReport",
    "ColumnReport",
    "RowIssue",
    "TableMapping",
    "TableReport",
    "adopt_file",
    "adopt_host",
    "default_output",
    "load_mapping",
    "open_source",
    "save_mapping",
    "write_adoption",
]
