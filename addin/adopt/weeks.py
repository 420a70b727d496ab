"""Calendar week numbers as a tracker's period columns (round 20, issue 15).

Resource plans and weekly cost sheets in much of Europe and in many PMO tools (Resource
Guru, Harvest Forecast, a German ``KW 15``) head their week columns with the week's NUMBER,
not its date: ``Wk 15``, ``W15``, ``KW 15``, ``CW15``, ``2026-W15``, ``W15 2026``. A PMO
analyst reads them as ISO 8601 weeks of the year the title or the label states (week 15 of
2026 is the week of Monday 6 April 2026) and puts each week's figures in the month of its
Monday, as a week-commencing date column is read.

Two guards keep a project's OWN week count out (``Week 1`` .. ``Week 12`` of a plan, which
is no calendar week):

- ``Week 15`` spelt out is read only with the year in the label (``Week 15 2026``): the
  short forms (``Wk``, ``W``, ``KW``, ``CW``) are the calendar's;
- a run of week numbers starting at week 1 (or 0) is read as calendar weeks only when the
  labels carry a calendar mark (``KW``, ``CW``, a year in the label) or the title says
  ``calendar week``, ``week number`` or ``ISO week``: otherwise it is the project's count,
  and its columns are not read as periods (the note says so).

Without a year (none in the label, none in the title) no week is read: the year is never
guessed.

Round 22: how week numbers are read is a value reading the mapping file holds
(``"week_numbers"``), stated in the report, so a PMO changes it with one line:

- ``"auto"`` (the default): the rules above; and a project's own count in the short forms
  (``W1`` .. ``W12``, ``Wk 1``) is read from week 1 when the title states the day it starts
  (``Week 1 commencing 2 March 2026``, ``Project start: 02/03/2026``): week n starts n - 1
  weeks after that day;
- ``"iso"``: every week number (``Week 15`` spelt out, a run from week 1) is an ISO week of
  the year the label or the title states;
- a date (``"2026-03-02"``): every week number is the project's own count, week 1 starting
  that day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from addin.adopt.dates import iso_week
from addin.adopt.readings import current

#: A week number without its year: ``Wk 15``, ``Wk. 15``, ``W15``, ``W 15``, ``KW 15``,
#: ``CW 15`` (not ``Week``: see the module docstring). A label with its year (``2026-W15``,
#: ``W15 2026``, ``KW 15/2026``, ``Week 15, 2026``) is read by :func:`dates.iso_week`,
#: the one reader of a written ISO week.
_SHORT = re.compile(r"^\s*(?P<mark>kw|cw|wk|w)\.?\s*(?P<week>\d{1,2})\s*$", re.IGNORECASE)
#: Words in a title or header saying its weeks are the calendar's.
CALENDAR_WEEK_WORDS = re.compile(
    r"\b(?:calendar\s+weeks?|iso\s+weeks?|week\s+(?:numbers?|no\.?)|kalenderwochen?|kw)\b",
    re.IGNORECASE,
)


#: ``Week 15`` spelt out, read only when the ``week_numbers`` reading is not ``"auto"``.
_SPELT = re.compile(r"^\s*(?P<mark>week)\s*(?P<week>\d{1,2})\s*$", re.IGNORECASE)
#: A title stating the day week 1 (or the project, or the plan) starts: ``Week 1
#: commencing 2 March 2026``, ``Project start: 02/03/2026``, ``Plan starts 2026-03-02``.
_STARTS = re.compile(
    r"\b(?:week\s*1|wk\s*1|w1|project|plan|programme|program)\s*(?:start(?:s|ing)?(?:\s+date)?|"
    r"commencing|beginning|begins)\s*(?:on|:|=|-)?\s*(?P<date>.+)$",
    re.IGNORECASE,
)


def stated_start(titles: list[str]) -> date | None:
    """The day a project's week 1 starts, as a title line states it, else None."""
    from addin.adopt.convert import parse_date

    for title in titles:
        match = _STARTS.search(title or "")
        if match is None:
            continue
        text = match.group("date").strip().rstrip(".)")
        for end in range(len(text), 5, -1):  # the date may be followed by other words
            day = parse_date(text[:end].strip())
            if isinstance(day, date) and names_a_day(text[:end]):
                return day
    return None


def names_a_day(text: str) -> bool:
    """True when a date as written names its day, not only its month (red team of round
    22): ``2 March 2026``, ``02/03/2026``, ``2026-03-02`` do; ``March 2026`` and ``03/2026``
    do not (``Project start: March 2026`` says when, not which day week 1 starts: the week
    count stays unread rather than starting on the 1st)."""
    runs = re.findall(r"\d+", text)
    if len(runs) >= 3:
        return True
    return len(runs) == 2 and re.search(r"[^\W\d_]{3,}", text) is not None


def week_reading() -> str | date:
    """The ``week_numbers`` reading: ``"auto"``, ``"iso"`` or the day the project's week 1
    starts."""
    reading = current().week_numbers
    if reading in ("auto", "iso"):
        return reading
    return date.fromisoformat(reading)


def week_label(text: str) -> tuple[int, int | None, bool] | None:
    """(week number, year in the label or None, whether the label marks the calendar) of a
    week-number header, else None. Week numbers run 1..53; a label with its year names the
    calendar by that year. ``Week 15`` spelt out is a label only when the ``week_numbers``
    reading is not ``"auto"`` (a PMO said how week numbers are read)."""
    bounds = iso_week(text)
    if bounds is not None:
        year, week, _ = bounds[0].isocalendar()
        return week, year, True
    match = _SHORT.match(text)
    if match is None and week_reading() != "auto":
        match = _SPELT.match(text)
    if match is None:
        return None
    week = int(match.group("week"))
    if not 1 <= week <= 53:
        return None
    return week, None, match.group("mark").lower() in ("kw", "cw")


def monday_of(year: int, week: int) -> date | None:
    """The Monday of ISO week ``week`` of ``year``; None for a week 53 the year lacks."""
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


def week_mondays(
    labels: dict[int, str], year: int | None, titles: list[str]
) -> tuple[dict[int, date], str | None]:
    """The Monday of each week-number column (column -> date), and a note for the report.

    ``labels``: column -> header text of the columns that are week-number labels; ``year``:
    the year the title states. Empty (with the reason) when no year is known or when the
    run is a project's own count (the module docstring)."""
    read = {c: w for c, text in labels.items() if (w := week_label(text)) is not None}
    if not read:
        return {}, None
    first = min(w[0] for w in read.values())
    marked = any(w[2] for w in read.values()) or any(CALENDAR_WEEK_WORDS.search(t) for t in titles)
    reading = week_reading()
    start = reading if isinstance(reading, date) else None
    said = "the week_numbers reading of the mapping file"
    if start is None and reading == "auto" and first <= 1 and not marked:
        start, said = stated_start(titles), "the start the title states"
    if start is not None:
        # round 22: a project's own week count from its first day (said, or the PMO's)
        own = {c: start + timedelta(weeks=w[0] - 1) for c, w in read.items() if w[1] is None}
        if own:
            return own, (
                f"week numbers read as the project's own count from {start:%d %b %Y} ({said}: "
                f"week 1 starts that day, week n n - 1 weeks later); each week's figures go to "
                'the month its first day falls in (set "week_numbers" to "iso" for calendar '
                "weeks)"
            )
    if first <= 1 and not marked and reading == "auto":
        return {}, (
            "week columns numbered from week 1 with no year and no calendar-week word: read as "
            "the project's own week count, not calendar weeks, so not read as periods (write "
            "the year in the labels, e.g. 'W1 2026', 'calendar week' or the day week 1 starts "
            'in the title, or set "week_numbers" in the mapping file\'s readings: "iso" or '
            'the day week 1 starts, "2026-03-02")'
        )
    out: dict[int, date] = {}
    for col, (week, own_year, _) in read.items():
        y = own_year or year
        if y is None:
            continue
        monday = monday_of(y, week)
        if monday is not None:
            out[col] = monday
    if not out:
        return {}, (
            "week-number columns without a year (none in the labels, none in the title): not "
            "read as periods, the year is never guessed"
        )
    years = sorted({d.isocalendar()[0] for d in out.values()})
    weeks = sorted(out.items())
    return out, (
        f"week numbers read as ISO weeks of {', '.join(map(str, years))} (week "
        f"{read[weeks[0][0]][0]} starts Monday {weeks[0][1]:%d %b %Y}); each week's figures go "
        "to the month of its Monday"
        + (' (the week_numbers reading "iso")' if reading == "iso" else "")
    )
