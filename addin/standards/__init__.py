"""The EPMO's standards (SPEC section 4): lists, scales, bands, thresholds, rule severities."""

from addin.standards.loader import (
    DEFAULTS_PATH,
    default_standards,
    load_standards,
    standards_from_text,
    write_default_standards,
)
from addin.standards.model import Scale, ScoreBand, Standards

__all__ = [
    "DEFAULTS_PATH",
    "Scale",
    "ScoreBand",
    "Standards",
    "default_standards",
    "load_standards",
    "standards_from_text",
    "write_default_standards",
]
