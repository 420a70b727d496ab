"""Round 33: the logs a project method keeps that the standard workbook holds no register
for (PRINCE2's quality register, lessons log, daily log and product status account; MSP's
and APM's benefits register; PMI's stakeholder register).

A method-template workbook keeps these beside its risk and issue registers, in the same
shape: an ID, a text, an owner, dates, a status. By its columns alone a quality register's
planned, forecast and actual review dates read as a milestone plan, a lessons log's owner,
date and status as an issue log. When the sheet or the title names such a log, and no word
names a register the standard holds, the table is listed (with the log's name and why), never
adopted as another register. A sheet naming a register too (``Quality Risks``, ``Lessons
and Issues``) is that register's: the caller asks only when no register is named.
"""

from __future__ import annotations

import re

from addin.adopt.languages import translate

#: (phrases naming the log, what the report calls it and where its content belongs).
METHOD_LOGS: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("quality register", "quality log", "quality review", "quality reviews"),
        "a quality register (each product's quality checks): the standard workbook has no "
        "quality register",
    ),
    (
        ("lessons log", "lesson log", "lessons learned", "lessons learnt", "lessons register"),
        "a lessons log: the standard workbook has no lessons register",
    ),
    (
        ("daily log", "project diary", "pm diary"),
        "a daily log (the project manager's diary): the standard workbook has no diary; "
        "a problem in it that needs managing belongs in the issue register",
    ),
    (
        (
            "benefits register",
            "benefit register",
            "benefits log",
            "benefit profile",
            "benefits profile",
            "benefits realisation",
            "benefits realization",
            "benefit log",
        ),
        "a benefits register: the standard workbook has no benefits register",
    ),
    (
        (
            "product status account",
            "configuration item record",
            "configuration item records",
            "product register",
            "product log",
        ),
        "a product status account (each product's version and state): the standard workbook "
        "has no product register",
    ),
    (
        ("stakeholder register", "stakeholder log", "stakeholder analysis", "stakeholder map"),
        "a stakeholder register: the standard workbook has no stakeholder register",
    ),
    (
        # round 40 (t51a): PMI's assumption and constraint log keeps its constraints in a
        # table of their own (Italian ``VINCOLI`` under the assumptions)
        ("constraints", "constraint log", "constraints log", "constraint register"),
        "a constraints log (the limits the project works within): the standard workbook has "
        "no constraints register; a constraint that may not hold can be entered as an "
        "assumption",
    ),
)


def method_log(text: str) -> str | None:
    """Why a table named ``text`` (its sheet and title) is a method's log the standard
    holds no register for, or None. Round 40 (t51a): the text read in English too (an
    Italian ``VINCOLI``)."""
    english = translate(text) or ""
    joined = f" {' '.join(re.findall(r'[a-z]+', f'{text} | {english}'.lower()))} "
    return next(
        (why for phrases, why in METHOD_LOGS if any(f" {p} " in joined for p in phrases)), None
    )
