"""Capacity finding codes (SPEC section 14): CAP-001..003 from consolidation (CAP-004,
demand outside the project's dates, is a project rule in addin/rules/resource_dates.py),
CAP-101..105 from checking the capacity workbook itself."""

from __future__ import annotations

from addin.catalogue import declare

PERSON_OVER = declare(
    "CAP-001",
    "Person over-allocated in a month",
    "warning",
    "capacity",
    "The days the projects ask of a person in a month (tblResources, summed across every "
    "project) exceed their Available Days in the capacity workbook. One finding per person "
    "and month, at the Person cell of the row of the project asking most; the message "
    "lists each project, its days and its Person cells.",
    "Agree with the other projects who gives way: move or reduce days, or name another person.",
)
ROLE_OVER = declare(
    "CAP-002",
    "Role over its capacity in a month",
    "warning",
    "capacity",
    "A role's demand in a month (named people and unnamed demand) exceeds its capacity "
    "(the Available Days of its people and its pooled rows). Points at the Role cell of "
    "the largest project's row and lists the largest projects.",
    "Re-phase work, add capacity for the role, or raise it at the portfolio board.",
)
UNKNOWN_PERSON = declare(
    "CAP-003",
    "Person not in the capacity workbook",
    "warning",
    "capacity",
    "A project asks for a person whose name (ignoring case, spaces and accents) is not in "
    "the capacity workbook; their days count in the role's demand only. One finding per "
    "asking project, at the Person cell of its first row.",
    "Spell the name as the capacity workbook does, or ask the EPMO to add the person.",
)
DUPLICATE_MONTH = declare(
    "CAP-101",
    "Person twice in the same month",
    "error",
    "capacity",
    "The capacity workbook has two rows for the same person (or the same pooled role and "
    "team) in one month; the days are not added up.",
    "Keep one row per person per month with their total available days.",
)
BAD_DAYS = declare(
    "CAP-102",
    "Available days negative or more than the month",
    "error",
    "capacity",
    "Available Days is below zero, or a named person has more days than the month has "
    "calendar days.",
    "Enter the days the person can give that month, from 0 to the month's days.",
)
NOT_FIRST = declare(
    "CAP-103",
    "Month not on the first of the month",
    "warning",
    "capacity",
    "A Month is a date other than the first day of a month; it is read as that month.",
    "Enter the first day of the month, e.g. 01/03/2026.",
)
TWO_ROLES = declare(
    "CAP-104",
    "Person in two roles (ambiguous name)",
    "warning",
    "capacity",
    "Rows whose names are the same ignoring case, spaces and accents have different roles "
    "or teams: they may be one person in two roles or two people. They are not merged: "
    "demand is matched to the one whose role it names, and otherwise reported.",
    "Give each person one role and team; if they are two people, tell them apart in the "
    "name (e.g. a middle initial) in the capacity workbook and in the projects.",
)
REQUIRED = declare(
    "CAP-105",
    "Capacity line without role or month",
    "error",
    "capacity",
    "A capacity row has no Role or no Month, so it cannot be counted.",
    "Enter the role and the first day of the month.",
)
