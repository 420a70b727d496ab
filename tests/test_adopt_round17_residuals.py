"""Round 17 of issue 15: what older batches still missed, each as a general pattern tried on
shapes written for these tests (none is a benchmark layout), negative cases included:

1. **a bug tracker's severity without its extremes** (``Critical | Major | Minor``: Jira,
   Bugzilla, Zoho, Mantis) is read on the severity word scale (Critical = 4, Major = 3), not
   the five-level words (Critical = Very High = 5); a risk's ``Impact`` of the same words
   keeps the impact reading (Major = 4);
2. **the project's name labelled in more languages** (``Projekta nosaukums:``,
   ``Projecte:``, ``Projekto pavadinimas:``) in a title block.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from adopt_sheets import adopt, book, field

from addin.adopt.convert import severity_scale
from addin.adopt.readings import DEFAULT_WORD_SCALES

# --- 1. severity words ----------------------------------------------------------------------


def _issues(header: str, words: list[str]) -> list[list[object]]:
    return [
        ["ID", "Issue", "Owner", "Status", header],
        *[
            [f"I-{n}", f"Login fails on page {n}", "Ann Lee", "Open", w]
            for n, w in enumerate(words, start=1)
        ],
    ]


@pytest.mark.parametrize("header", ["Severity", "Sev.", "Bug severity"])
def test_critical_major_minor_under_a_severity_header(tmp_path: Path, header: str) -> None:
    rows = _issues(header, ["Critical", "Major", "Minor", "Major"])
    adoption = adopt(book(tmp_path / "bugs.xlsx", "Issues", rows))
    assert field(adoption, "issues", "severity") == [4.0, 3.0, 2.0, 3.0]


def test_the_scale_needs_two_of_its_words() -> None:
    scales = DEFAULT_WORD_SCALES
    assert severity_scale(["Critical", "Critical"], scales) is None  # one word says no scale
    assert severity_scale(["Critical", "High"], scales) is None  # High is not the scale's
    assert severity_scale(["Major", "Minor"], scales) == ("severity", scales["severity"])


def test_a_risks_impact_of_the_same_words_keeps_the_impact_reading(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Risk", "Owner", "Likelihood", "Impact"],
        ["R-1", "Supplier fails", "Ann Lee", "High", "Critical"],
        ["R-2", "Key staff leave", "Bob Kerr", "Low", "Major"],
        ["R-3", "Scope grows", "Cara Diaz", "Medium", "Minor"],
    ]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    assert field(adoption, "risks", "impact") == [5.0, 4.0, 2.0]


# --- 2. the project's name in a title block ---------------------------------------------------


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Projekta nosaukums: ", "E-pakalpojumu attīstība"),
        ("Projecte: ", "Nova plataforma de tràmits"),
        ("Projekto pavadinimas: ", "Registrų modernizavimas"),
    ],
)
def test_a_project_name_label_in_more_languages(tmp_path: Path, label: str, name: str) -> None:
    rows: list[list[object]] = [
        [f"{label}{name}"],
        [],
        ["ID", "Issue", "Owner", "Status"],
        ["I-1", "Login fails", "Ann Lee", "Open"],
        ["I-2", "Slow report", "Bob Kerr", "Open"],
    ]
    adoption = adopt(book(tmp_path / "named.xlsx", "Issues", rows))
    assert adoption.project.header.project_name == name
