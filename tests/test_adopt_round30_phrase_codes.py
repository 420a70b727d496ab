"""A code's letters against another register's words of several (round 30's merge): the
issues' ``reportable event`` made a Vietnamese risk register's ``RR-01`` codes "another
register's" (``RR`` is two letters of *reportable*), so its ID column was left out (the
round 13 held-out batch's floor holds the whole workbook)."""

from __future__ import annotations

from addin.adopt.evidence import another_registers


def test_a_phrase_is_abbreviated_word_by_word() -> None:
    assert not another_registers("RR", "risks")  # no reportable event
    assert another_registers("RE", "risks")  # a reportable event's own initials
    assert another_registers("NCR", "risks")  # a non-conformance report: the issues'
    assert another_registers("KD", "issues")  # a key date: the milestones'
    assert another_registers("MS", "issues")  # one word, as before: milestone
