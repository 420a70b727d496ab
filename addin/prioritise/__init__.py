"""Prioritisation and portfolio build (SPEC section 13): scoring, the exact best selection
within a budget, the greedy selection beside it, the efficient frontier."""

from addin.prioritise.candidates import Candidate
from addin.prioritise.command import PrioritiseRequest, run_request
from addin.prioritise.report import format_text, to_json
from addin.prioritise.run import Prioritisation, prioritise
from addin.prioritise.scoring import Method

__all__ = [
    "Candidate",
    "Method",
    "Prioritisation",
    "PrioritiseRequest",
    "format_text",
    "prioritise",
    "run_request",
    "to_json",
]
