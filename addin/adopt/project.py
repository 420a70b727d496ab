"""The project header from a legacy workbook's label/value blocks ("Project Name: ...").

Labels are looked for in the top rows of every sheet (title blocks, document-control
strips, cover sheets); the value is the text after a colon in the same cell, or the next
filled cell to the right. Placeholders such as ``<Please complete>`` are not values.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, datetime
from functools import cache
from typing import Any

from addin.adopt import parties
from addin.adopt.bilingual import halves
from addin.adopt.convert import Converter, parse_date
from addin.adopt.dates import period_bounds
from addin.adopt.grid import Grid, cell_text
from addin.adopt.languages import filter_line_words, translate
from addin.adopt.match import ABBREVIATIONS
from addin.adopt.rag_letters import letter_colour
from addin.adopt.table_language import languages_of
from addin.cells import address

#: Project field key -> labels that name it (compared lower case, without punctuation).
#: Round 32: the labels a pack of one RAG names it by alone; read only when the value is a
#: colour (a legend's ``RAG | Meaning`` is none).
RAG_ALONE = ("rag", "rag status", "project rag", "project rag status")

PROJECT_LABELS: dict[str, tuple[str, ...]] = {
    "project_id": (
        "project id",
        "project number",
        "project no",
        "project code",
        "project ref",
        "project reference",
        "project #",
        "project nr",
    ),
    "project_name": ("project name", "project title", "name of project", "project"),
    # round 23 (its last hour): ``Project Leader`` as ``Projektleiter`` / ``projectleider``
    # (the fifteenth batch's) are read already
    "project_manager": (
        *("project manager", "pm", "project lead", "project leader", "manager"),
        # round 31: UK government's digital teams name the one running the project its
        # delivery manager
        "delivery manager",
    ),
    # UK government and PRINCE2 name the sponsor the Senior Responsible Owner (SRO)
    "sponsor": (
        "project sponsor",
        "sponsor",
        "executive sponsor",
        "sro",
        "senior responsible owner",
        "senior responsible officer",
        # round 31: PRINCE2's project board names the sponsor its Executive (``Project
        # Executive: A. Munro`` on a highlight report); a business's own sponsor likewise
        *("project executive", "executive", "business sponsor", "senior sponsor"),
    ),
    "portfolio": ("portfolio",),
    "programme": ("programme", "program"),
    "start_date": ("start date", "project start", "program start", "programme start", "start"),
    "planned_end_date": (
        "end date",
        "planned end date",
        "target delivery",
        "finish date",
        "target end date",
        "planned end",
    ),
    "report_date": (
        "report date",
        "reporting date",
        "as at",
        "as of",
        "status date",
        "reporting period ending",
        "period ending",
        "week ending",
        "month ending",
        "report period end",
        # round 20: a status report's "Reporting period end" / "Period end" date is its as-of
        "reporting period end",
        "period end",
        # round 26's last hour: the period a report covers is as at its last day
        # (``Reporting Period: 1 January - 31 March 2026``, :func:`period_end`)
        "reporting period",
        "report period",
        "period covered",
        "reporting period covered",
        # round 30's last hour: a government data return's date (UK major projects' quarterly
        # return: ``Return date``) is the report's as-at
        *("return date", "date of return", "data return date"),
        # round 31: a monthly report's month (``Report for month: January 2026``,
        # ``Reporting month``) is as at its last day, as a reporting period is
        *("reporting month", "report month", "report for month", "report for the month"),
        *("month of report", "reporting week", "report week"),
        # round 33: a method form's own line for its date (an end stage or exception report:
        # ``Date of report``, ``Date of this report``)
        *("date of report", "date of this report", "report dated"),
        # round 33: a US pay application's (AIA G702 / G703's) ``Period to: 3/31/2026`` is as
        # at the period's last day, as a ``Period ending`` is
        *("period to", "period through", "period thru", "period ended"),
    ),
    "stage": ("stage", "project stage", "current stage", "phase", "current phase"),
    "delivery_method": ("delivery method", "methodology", "delivery approach"),
    "overall_rag": (
        *("overall rag", "overall status", "overall rag status", "overall"),
        # round 32: a supplier's pack of one RAG names it alone (``RAG``, ``RAG status``,
        # ``Project RAG``): the whole project's, as the overall one (a colour, read as such)
        *RAG_ALONE,
        # round 30: UK government's major-project returns rate the whole project by its
        # Delivery Confidence Assessment (DCA), in five colours read onto the RAG
        *("delivery confidence assessment", "delivery confidence", "dca", "dca rating"),
        *("delivery confidence rating", "sro delivery confidence"),
    ),
    # round 20: a RAG panel's dimension alone ("Budget | Amber" under "RAG by dimension",
    # "Time: A" in a highlight report) is that dimension's RAG when its value reads as a
    # colour (:func:`rag_value`); beside anything else ("Timeline: March - June") nothing
    "schedule_rag": (
        *("schedule rag", "schedule status", "time rag", "schedule"),
        *("time", "timeline", "timescale", "timescales", "timing"),
        # round 35's second wave: the deadline word a status panel rates (Portuguese
        # ``Prazo``, Spanish ``Plazo``: read as English ``Due``; ``Deadlines | Amber``), a
        # dimension like ``Time``: its RAG only when its value reads as a colour
        *("due", "deadline", "deadlines"),
    ),
    "cost_rag": (
        *("cost rag", "budget rag", "cost status", "budget status", "financial rag"),
        # round 32: the finance line of a RAG panel (``Financial status | Green``)
        *("financial status", "finance status", "finance rag", "financials rag"),
        *("budget", "cost", "costs", "finance", "financial", "financials"),
    ),
    "scope_rag": ("scope rag", "scope status", "scope"),
    # round 28's last hour: a status report's summary line (the paragraph a PM writes each
    # week) is the project's status summary
    "status_summary": (
        *("status summary", "summary", "executive summary", "progress summary"),
        *("overall summary", "summary of progress", "status commentary"),
        # round 29's last hour: the messages a status report leads with (UK government's
        # and most PMO templates' ``Key messages``), its headline and its update
        *("key messages", "key message", "headline", "headlines", "headline message"),
        *("status update", "progress update", "project update", "overall commentary"),
        # round 30's last hour: a major-project return explains its Delivery Confidence
        # Assessment in a line (``DCA rationale``, ``SRO commentary``): the status summary
        *("dca rationale", "dca commentary", "delivery confidence rationale"),
        *("rationale for dca", "sro commentary"),
        # round 31: the paragraph a highlight report's PM writes under ``Commentary`` (or
        # ``Comments``, ``Narrative``, ``PM commentary``, ``Latest update``): its summary
        *("commentary", "comments", "comment", "general comments", "overall comments"),
        *("pm commentary", "pm comments", "project commentary", "progress commentary"),
        *("project manager commentary", "project manager s commentary", "pm s commentary"),
        *("narrative", "status narrative", "progress narrative", "project narrative"),
        *("latest update", "monthly update", "weekly update", "period update"),
        *("progress this period", "progress this month", "progress this week"),
        *("status this period", "status this month", "status this week"),
    ),
    # round 7: a title block's currency field (before, only a finance table could say it)
    "currency": ("currency", "project currency", "reporting currency"),
}
DATE_FIELDS = {"start_date", "planned_end_date", "report_date"}
#: The project's fields whose value IS prose (round 28's last hour: the week's summary).
PROSE_FIELDS = frozenset({"status_summary"})
#: The project's RAG fields: each value is read as a colour of the standard RAG list.
RAG_FIELDS = frozenset({"overall_rag", "schedule_rag", "cost_rag", "scope_rag"})
#: Words of a label that say it is a RAG (``Overall RAG``, ``Schedule status``): its value
#: is kept as written when it reads as no colour; a bare dimension (``Schedule``,
#: ``Budget``) names its RAG only when its value is a colour.
_RAG_WORDS = frozenset({"rag", "status", "rating"})
TOP_ROWS = 25
#: Round 35 (t38a): ``Programme`` alone in a RAG panel is the schedule's dimension (British
#: English's word for the schedule), read so only when its value is a colour.
_PROGRAMME_DIMENSION = frozenset({"programme"})
_COVER = re.compile(r"project|cover|summary|info|detail|overview|charter|dashboard", re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"^(<.*>|\[.*\]|please complete.*|tbc|tbd|n/?a|-+|\?+|x+)$", re.IGNORECASE
)


#: Round 39 (t48c): a cell holding only the colon (or equals sign) between a label and its
#: value, typed in a column of its own so the colons line up (``Nama Proyek | : | X``, as
#: Indonesian, Malay and South Asian offices lay out a title block): no value, the value is
#: the next filled cell.
_SEPARATOR_CELL = re.compile(r"^\s*[:：=]\s*$")

#: Every word of the listed project labels (``programme``, ``project``, ``senior``...).
_LABEL_WORDS = frozenset(
    w for labels in PROJECT_LABELS.values() for lab in labels for w in lab.split()
)
#: The fewest letters a label word cut short keeps (``Proj.``; ``Pr.`` says too little),
#: as a RAID type cut short (classify's three letters)
_SHORT_LABEL_LETTERS = 3


def _label_key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z#]+", " ", text.lower()).split())


def head_first(key: str) -> str:
    """A two-word English reading of a label in the order of a language that writes its
    noun first (round 42, ph42b: Arabic ``تاريخ التقرير``, Hebrew ``תאריך דוח``, Malay
    ``Tarikh Laporan``, Indonesian ``Sponsor Proyek``, Thai ``สถานะโดยรวม``, Vietnamese
    ``Trạng thái tổng thể`` read word by word as ``date report``, ``sponsor project``,
    ``status overall``) turned into the English order (``report date``): the label names
    its noun's kind after the noun. A reading of one word, or of three or more, is kept."""
    words = key.split()
    return f"{words[1]} {words[0]}" if len(words) == 2 else key


#: A bracket of capitals after a label's words (``Senior Responsible Owner (SRO)``).
_INITIALS_BRACKET = re.compile(r"^(?P<words>.*\S)\s*\((?P<short>[A-Za-z]{2,6})\)\s*:?\s*$")


def without_initials(label: str) -> str:
    """Round 30: a label with its own initials in brackets after it (``Senior Responsible
    Owner (SRO)``, ``Delivery Confidence Assessment (DCA)``) read as its words: the bracket
    only says how the label is shortened. A bracket that is not the words' initials
    (``Budget (USD)``) is kept."""
    match = _INITIALS_BRACKET.match(label)
    if match is None:
        return label
    words = re.findall(r"[A-Za-z]+", match["words"])
    initials = "".join(w[0] for w in words).lower()
    return match["words"] if initials == match["short"].lower() else label


#: Round 31: a supplier's, a contractor's or a consultancy's pack names the party it works
#: for (its ``Client project`` is the project the pack reports on); round 35's third wave:
#: by any word of :data:`addin.adopt.parties.CLIENT_SIDE`.
#: The client's fields such a pack names (the client's project, its manager and sponsor);
#: the supplier's own (``Supplier project manager``, ``Integrator account manager``,
#: ``Engagement code``) are none of the project's.
_CLIENT_FIELDS = frozenset({"project_name", "project_id", "project_manager", "sponsor"})


def client_field(key: str) -> str | None:
    """The project field a label led by the client's word names (``client project``,
    ``customer project manager``, ``client's PM``, ``client project ref``): the field of
    the label after it when that is the project's name, id, manager or sponsor and says the
    project (``client manager`` alone may be the supplier's manager of the client, and
    ``client`` alone is the client's name: neither is read)."""
    words = key.split()
    # round 35's third wave: any word of the buying side (:data:`parties.CLIENT_SIDE`:
    # ``Purchaser PM``, ``Employer's project manager``, ``Sponsor (buyer)``), plural or
    # possessive; the side first, or (round 32) after the field
    if len(words) >= 2 and parties.side_of(words[0]) == "client":
        rest_words = words[2:] if words[1] == "s" else words[1:]
    elif len(words) >= 2 and parties.side_of(words[-1]) == "client":
        rest_words = words[:-1]
    else:
        return None
    rest = " ".join(rest_words)
    if not ({"project", "pm", "sponsor", "sro"} & set(rest_words)):
        return None
    field = next((f for f, labels in PROJECT_LABELS.items() if rest in labels), None)
    return field if field in _CLIENT_FIELDS else None


#: Round 32: the mark a field read from a client-led label carries in ``found`` (its
#: source), so that no other label takes it over: ``(client's)``.
_CLIENT_MARK = " (the client's label)"


def _client_label(label: str) -> bool:
    """Whether a title-block label is led by the client's word and names a project field
    (``Client project manager``, ``Client PM``, ``Customer sponsor``)."""
    return client_field(_label_key(without_initials(label))) is not None


def _client_mark(label: str) -> str:
    return _CLIENT_MARK if _client_label(label) else ""


def _client_over(label: str, taken: tuple[Any, str]) -> bool:
    """Round 32 (red team of round 31): whether a client-led label's value replaces the one
    another label gave the field before. A supplier's pack reports on the client's project:
    its ``Delivery Manager`` or ``Project manager`` (the supplier's person) written above
    ``Client project manager`` made the supplier's person the project's manager (the first
    found won). The client's label wins wherever it stands; of two client labels the first."""
    return _client_label(label) and not taken[1].endswith(_CLIENT_MARK)


#: Round 32: words of a project field's key that name no field alone.
_KEY_FILLERS = frozenset({"project", "date", "planned", "rag", "id", "name", "status"})


def label_names_own_word(label: str, field_key: str) -> bool:
    """Round 32: True when a title block's label names the field by its own word (a word
    of the field's key: ``Sponsor``, ``Project manager``, ``Start``), not only by a
    synonym (``Executive``, ``PM``, ``Delivery lead``); the same rule as a register
    column's (:func:`addin.adopt.match.names_own_word`). A label in another language is
    read as written (no own English word)."""
    own = set(field_key.split("_")) - _KEY_FILLERS
    words = set(re.findall(r"[a-z]+", label.casefold()))
    return bool(own & words)


#: Round 40 (t50d): the period a summary covers, written after its label.
_THIS_PERIOD = re.compile(
    r"\s+(?:(?:for|in|during|over)\s+)?(?:this|the|current|last|reporting)\s+"
    r"(?:reporting\s+)?(?:period|month|week|fortnight|quarter)$"
)


#: Round 40 (rt40): the same period after a summary's label in German, French, Spanish,
#: Italian and Portuguese (``Kernbotschaften des Monats``, ``Résumé de la période``,
#: ``Resumen del periodo``, ``Sintesi del mese``, ``Resumo do mês``): read off the label as
#: written, accents and all, before it is translated.
_PERIOD_AFTER = re.compile(
    r"\s+(?:(?:im|in diesem|in dieser|für den|für die)\s+)?"
    r"(?:des|dieses|diesen|der|dieser|de la|de ce|du|ce|del|de este|este|della|di questo|"
    r"questo|questa|do|da|deste|desta|neste|nesta)\s+"
    r"(?:monats?|berichtszeitraums?|berichtsperiode|zeitraums?|periode|woche|quartals?|"
    r"période|mois|semaine|trimestre|periodo|período|mes|semana|mese|settimana|mês)"
    r"(?:-ci)?\s*:?$",
    re.IGNORECASE,
)


def _summary_over_a_period(label: str) -> bool:
    """Round 40 (rt40): a summary's label in another language with its period after it."""
    stripped = _PERIOD_AFTER.sub("", label.strip())
    if stripped == label.strip() or not stripped:
        return False
    english = translate(stripped)
    return english is not None and _label_key(english) in PROJECT_LABELS["status_summary"]


def _field_for(label: str) -> str | None:
    label = without_initials(label)
    key = _label_key(label)
    for field_key, labels in PROJECT_LABELS.items():
        if key in labels:
            return field_key
    client = client_field(key)
    if client is not None:
        return client
    # round 40 (t50d): a summary's label with the period it covers after it (``Summary of
    # progress this period``, ``Key messages this month``, ``Commentary for the period``)
    # is the summary's label: the period says only when, as the report date does
    within = _THIS_PERIOD.sub("", key).strip()
    if within != key and within in PROJECT_LABELS["status_summary"]:
        return "status_summary"
    first, _, rest = key.partition(" ")
    if first in ("rag", "status") and rest:
        # round 32: a RAG panel that writes its word first (``RAG - Overall``, ``RAG
        # Schedule``, ``Status - Budget``) names the same RAG as ``Overall RAG``
        for field_key in RAG_FIELDS:
            if f"{rest} {first}" in PROJECT_LABELS[field_key]:
                return field_key
    english = translate(label)  # "Chef de projet", "Projektleiter" (round 8)
    if english:
        key = _label_key(english)
        for field_key, labels in PROJECT_LABELS.items():
            if key in labels or head_first(key) in labels:
                return field_key
    if _summary_over_a_period(label):
        return "status_summary"
    return _field_for_short_forms(label) or _field_for_halves(label)


#: Round 37 (t45b): the words of a RAG panel's whole-project line (German ``Gesamt``,
#: English ``Total``), read in English: under a RAG heading alone on its line (``Ampel``,
#: ``RAG status``) beside ``Termine`` / ``Kosten`` / ``Umfang``, the overall RAG.
#: Round 38 (t46a): and ``General`` (Spanish, French, English: the project in general), a
#: Mexican contractor's ``Rubro | Semáforo`` panel's last line under ``Tiempo`` / ``Costo``.
_WHOLE_WORDS = frozenset({"total", "overall total", "whole project", "project total", "general"})
#: How many lines above a panel's whole-project line its RAG heading may stand.
_RAG_HEADING_ROWS = 5


def _total_under_rag_heading(grid: Grid, row: int, col: int, label: str) -> bool:
    """Whether ``label`` (at ``row``, ``col``) is a RAG panel's whole-project line
    (:data:`_WHOLE_WORDS`) under a heading naming the overall RAG with no value beside it,
    a few lines above in the same column, or under a panel's header naming the RAG beside
    it as the panel's last line (round 38). A ``Total`` elsewhere (a budget's total line)
    is no RAG; its value must be a colour still (the caller reads it as one)."""
    text = label.strip().rstrip(":").strip()
    english = translate(text)
    if _label_key(text) not in _WHOLE_WORDS and (
        english is None or _label_key(english) not in _WHOLE_WORDS
    ):
        return False
    for above in range(row - 1, max(0, row - 1 - _RAG_HEADING_ROWS), -1):
        heading = grid.value(above, col)
        if not isinstance(heading, str) or not heading.strip():
            continue
        if _field_for(heading.strip().rstrip(":").strip()) == "overall_rag":
            return not cell_text(grid.value(above, col + 1)).strip()
        # round 38 (t46a): or a panel's header row whose value column names the RAG
        # (``Rubro | Semáforo``, ``Area | RAG``): the line's colour is the whole project's
        # when it closes the panel (red team of round 38, rt38: a ``General`` workstream
        # amid ``Civils`` and ``Marine`` is one workstream's colour)
        beside = grid.value(above, col + 1)
        if isinstance(beside, str) and _field_for(beside.strip().rstrip(":").strip()) == (
            "overall_rag"
        ):
            return row >= grid.n_rows or not cell_text(grid.value(row + 1, col)).strip()
    return False


#: Round 37 (t45b): the report-date labels that name the period a report covers, read as
#: at its last day (``Reporting period: March 2026``, German ``Berichtszeitraum``); the
#: report's own date (``Report date``, ``Berichtsdatum: 03.04.2026``) on another line of
#: the same block is its date, whichever line stands first.
_PERIOD_LABELS = frozenset(
    {
        *("reporting period", "report period", "period covered", "reporting period covered"),
        *("reporting month", "report month", "report for month", "report for the month"),
        *("month of report", "reporting week", "report week"),
    }
)


def _period_label(label: str) -> bool:
    """Whether a title-block label names the period its report covers (:data:`_PERIOD_LABELS`)."""
    label = label.strip().rstrip(":").strip()
    english = translate(label)
    return _label_key(label) in _PERIOD_LABELS or (
        english is not None and _label_key(english) in _PERIOD_LABELS
    )


def _field_for_halves(label: str) -> str | None:
    """The field of a title-block label written in two languages (round 27: ``Chef de
    projet / Project Manager``, ``Projektleiter`` over ``Chef de projet`` on two lines):
    the field its halves agree on, or the one field a half names when the other names
    none. Two halves naming two fields (``Sponsor / Project Manager``: two people, one
    cell) name none, as ``bilingual.halves`` reads a header."""
    parts = halves(label.strip().rstrip(":").strip())
    if parts is None:
        return None
    if any(_label_key(p) in OTHER_LABELS for p in parts):
        return None  # ``Project Manager / Date``: a field and a document-control label
    named = {f for f in (_field_for(p) for p in parts) if f is not None}
    return named.pop() if len(named) == 1 else None


#: A bracket of a short form after a label's words (``Sponsor (Exec.)``): a hint, as a
#: header's brackets are (round 26). A bracket without a dot is kept: ``Budget (USD)`` and
#: ``Financials (£k)`` head a table's amounts, and are no title-block labels.
_LABEL_BRACKET = re.compile(r"\s*\([^)]*\.[^)]*\)\s*$")


def _label_word(word: str, cut: bool) -> str:
    """One word of a title-block label read as the headers read a short form (round 26):
    the short forms' list (``mgr`` -> ``manager``), else, when the label shows it is cut
    short (``cut``: the word has its dot, or stands beside other words), the one label word
    it starts (``proj`` -> ``project``: three letters or more, the start of one word of
    the listed labels and of no other), else as written. A label of one word without a
    dot (``Port: Dover``) is a word of its own, not a short form."""
    if word in _LABEL_WORDS:
        return word
    listed = ABBREVIATIONS.get(word)
    if listed:
        return listed
    if not cut or len(word) < _SHORT_LABEL_LETTERS or not word.isalpha():
        return word
    found = {w for w in _LABEL_WORDS if len(w) > len(word) and w.startswith(word)}
    return found.pop() if len(found) == 1 else word


def _field_for_short_forms(label: str) -> str | None:
    """The field of a title-block label written in short forms (``Proj. Mgr:``, ``Sponsor
    (Exec.)``, round 26), read through the same short-form reading the headers use
    (:data:`match.ABBREVIATIONS`) and the starts of the labels' own words; a bracket after
    the words is a hint. None when the words expanded still name no label (``Prog. Dir.``:
    a programme director is no field of the title block)."""
    text = _LABEL_BRACKET.sub("", label) or label
    words = _label_key(text).split()
    if not words:
        return None
    dotted = {w.lower() for w in re.findall(r"([A-Za-z]+)\.", text)}
    if len(words) == 1 and words[0] not in dotted | _LABEL_WORDS:
        return None  # one word without its dot (``Bud``, ``Port``): a word of its own
    key = " ".join(_label_word(w, len(words) > 1 or w in dotted) for w in words)
    for field_key, labels in PROJECT_LABELS.items():
        if key in labels:
            return field_key
    return None


#: Labels of document-control strips that are not project fields (never taken as values).
OTHER_LABELS = (
    "document id",
    "document",
    "version",
    "last updated",
    "date",
    "prepared by",
    "approved by",
    "author",
    "owner",
    "status",
    "page",
    "reviewed by",
    "doc id",
)


#: The full-width colon Chinese and Japanese keyboards type after a label.
_WIDE_COLON = "\uff1a"
#: Every script's own colon after a label, read as ``:``: the full-width colon (CJK), the
#: Khmer colon ``៖`` (``គម្រោង៖ X``, round 26's last hour) and the Ethiopic colon and preface
#: colon (``፥``, ``፦``). A label is read by the one rule whatever colon its script types.
_COLONS = str.maketrans({_WIDE_COLON: ":", "\u17d6": ":", "\u1365": ":", "\u1366": ":"})


def ascii_colons(text: str) -> str:
    """``text`` with each script's label colon (:data:`_COLONS`) as ``:``."""
    return text.translate(_COLONS)


#: A one-word summary's fewest letters (``Mobilising``, ``Delayed``, ``Started``).
_ONE_WORD_SUMMARY = 4
#: One word beside a summary label that says no week of its own: an answer or a total.
_NO_SUMMARY_WORDS = frozenset({"yes", "no", "none", "total", "totals", "nil", "na", "blank"})


def _prose_value(candidate: Any, rag: Converter | None) -> bool:
    """Whether a summary label's value is the week's summary: two words or more (round 28's
    last hour), or, round 32's last hour, the one word a PM filling the template reluctantly
    writes (``Mobilising.``, ``Delayed``, ``Started``): letters, four or more, that are no
    colour (a RAG beside ``Summary`` is a rating, not the week told) and no answer or total.
    A number (``12,400``) or a code is never a summary."""
    if not isinstance(candidate, str):
        return False
    words = re.findall(r"[^\W\d_]+", candidate)
    if len(words) >= 2:
        return True
    text = candidate.strip().rstrip(".!")
    if len(words) != 1 or not re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)?", text):
        return False
    if len(text) < _ONE_WORD_SUMMARY or text.casefold() in _NO_SUMMARY_WORDS:
        return False
    read = rag(text) if rag is not None else None
    return not (read is not None and read.problem is None and read.value is not None)


def _is_label_text(text: str) -> bool:
    text = ascii_colons(text)
    label = text.partition(":")[0]
    return (
        text.strip().endswith(":")
        or _field_for(label) is not None
        or _label_key(label) in OTHER_LABELS
    )


def rag_value(
    field_key: str,
    label: str,
    value: Any,
    rag: Converter | None,
    languages: Callable[[], frozenset[str]],
) -> tuple[Any, str] | None:
    """A RAG field's value read as a colour of the standard list (round 20): ``A`` ->
    Amber, ``Rood`` -> Red, a Dutch sheet's ``O`` -> Amber (the colour's initial in the
    sheet's language, :mod:`~addin.adopt.rag_letters`), with the reading said (``'A' read as
    'Amber'``); a value that reads as no colour is kept as written under a label saying RAG
    or status, and is no value at all under a bare dimension (``Budget: 1.2m``, ``Scope:
    three sites``): None. Other fields: the value, unchanged. ``languages`` gives the
    sheet's languages, asked only for a letter the RAG list does not read."""
    if field_key not in RAG_FIELDS or rag is None:
        return value, ""
    text = cell_text(value).strip()
    read = rag(text)
    colour = str(read.value) if read.problem is None and read.value is not None else None
    if colour is None and len(text) == 1:
        colour = letter_colour(text, languages()) if languages() else None
    if colour is not None:
        return colour, ("" if colour == text else f"; {text!r} read as {colour!r}")
    if _label_key(label) in RAG_ALONE or _label_key(translate(label) or "") in RAG_ALONE:
        # round 32: ``RAG | Meaning`` heads a legend, no project's RAG; round 38 (t47a):
        # in the sheet's language too (Italian ``Semaforo | Stato | Commento`` heads a
        # traffic-light panel whose lines are below)
        return None
    if set(_label_key(translate(label) or label).split()) & _RAG_WORDS:
        return value, ""
    return None


def _sheet_languages(grid: Grid) -> Callable[[], frozenset[str]]:
    """The languages the top rows' texts are written in, read once when first asked."""

    @cache
    def languages() -> frozenset[str]:
        return languages_of(
            cell_text(grid.value(r, c))
            for r in range(1, min(grid.n_rows, TOP_ROWS) + 1)
            for c in range(1, min(grid.n_cols, 40) + 1)
            if isinstance(grid.value(r, c), str)
        )

    return languages


#: The longest a cell holding one labelled field is (label and value); longer is prose
#: when it also has more than :data:`_NAME_WORDS` words (round 26's last hour).
_FIELD_CELL = 60
#: The longest text read as a label of the title block (round 26's last hour: the money labels).
LABEL_LENGTH = _FIELD_CELL

#: The most words a project's name has (round 26's last hour): a name longer than
#: :data:`_FIELD_CELL` characters is still a name when it has at most this many words, as
#: names that carry the client and place do (``Implantación S/4HANA – Azulejos del
#: Mediterráneo (Castellón)``, ``Konwersja ciepłowni miejskiej na biomasę – MPEC Nowy
#: Targ``); guidance written after a label runs longer ("enter the name of the programme
#: this register belongs to before issue").
_NAME_WORDS = 10
#: The longest a labelled value is, however few its words: longer is a paragraph.
_LONGEST_VALUE = 120


def find_project_fields(
    grids: list[Grid],
    exclude: dict[str, list[tuple[int, int, int, int]]] | None = None,
    rag: Converter | None = None,
    registers: dict[str, list[tuple[int, int, int, int]]] | None = None,
) -> dict[str, tuple[Any, str]]:
    """Field key -> (value, "Sheet!B5") for every project field found, first found wins.

    ``exclude`` lists, per sheet, areas (r1, c1, r2, c2) of tables, whose cells are data,
    not project details. ``rag`` (the standard RAG list's converter) reads the RAG fields'
    values as colours (:func:`rag_value`); without it they are kept as written.
    ``registers`` lists the register tables' areas, where no RAG strip is read (round 23:
    a strip inside a block of labels and values is the project's, :func:`_rag_strip`)."""
    found: dict[str, tuple[Any, str]] = {}
    # round 32: fields found by a label reaching them through a synonym (``Executive``,
    # ``PM``): a later label naming the field's own word (``Sponsor``) takes it
    by_synonym: set[str] = set()
    # round 37 (t45b): a report date read from the period a report covers (its last day)
    by_period: set[str] = set()
    dated: list[tuple[Any, str]] = []  # report dates lines give without a label
    # round 35 (t39b): a bare ``Date`` label and its date (``Päivämäärä``, ``Datum``,
    # ``Fecha``): the report's date only in a status report's block (below)
    bare_dates: list[tuple[Any, str]] = []
    first = [g for g in grids if _COVER.search(g.name)]
    for grid in first + [g for g in grids if g not in first]:
        areas = (exclude or {}).get(grid.name, [])
        languages = _sheet_languages(grid)

        def inside(r: int, c: int, areas: list[tuple[int, int, int, int]] = areas) -> bool:
            return any(r1 <= r <= r2 and c1 <= c <= c2 for r1, c1, r2, c2 in areas)

        strips = (registers or {}).get(grid.name, [])
        for rag_key, value_found in _rag_strip(grid, strips, rag, languages).items():
            found.setdefault(rag_key, value_found)
        for row in range(1, min(grid.n_rows, TOP_ROWS) + 1):
            for col in range(1, min(grid.n_cols, 40) + 1):
                if inside(row, col):
                    continue
                value = grid.value(row, col)
                if not isinstance(value, str) or len(value) > 200:
                    continue
                value = ascii_colons(value)  # "项目经理：王伟" (CJK typing), "គម្រោង៖ X" (Khmer)
                day = dated_line(value) if len(grid.nonblank_cols(row)) == 1 else None
                if day is not None:
                    dated.append((day, f"{grid.name}!{address(row, col)}"))
                for part_label, part_value in [*bracketed_fields(value), *filter_fields(value)]:
                    # "Issue Log (Project: Apollo)", "課題管理表（プロジェクト：X）" (round 13);
                    # a report's "Filter: Program = X" (round 26's last hour)
                    key = _field_for(part_label)
                    taken = None if key is None or key in found else _field_value(key, part_value)
                    read = (
                        None
                        if key is None or taken is None
                        else rag_value(key, part_label, taken, rag, languages)
                    )
                    if key is not None and read is not None:
                        found[key] = (read[0], f"{grid.name}!{address(row, col)}{read[1]}")
                parts = split_fields(value)
                if parts:
                    # "Programme: Data & AI    Project Manager: J. Murphy": each its value
                    for part_label, part_value in parts:
                        key = _field_for(part_label)
                        if key is None or key in found or not part_value:
                            continue
                        taken = _field_value(key, part_value)
                        read = (
                            None
                            if taken is None
                            else rag_value(key, part_label, taken, rag, languages)
                        )
                        if read is not None:
                            found[key] = (read[0], f"{grid.name}!{address(row, col)}{read[1]}")
                    continue
                label, _, inline = value.partition(":")
                # round 25: the length of the field itself, an export's line after a bar
                # aside (``Programme: Optimised Retrofit Phase 3 | Exported 02/04/2026 by
                # r.evans``, Acuity's run line): longer is a sentence, not a field
                # round 26's last hour: and more words than a name has (a long name is a
                # name: ``Proyecto: Implantación S/4HANA – Azulejos del Mediterráneo``)
                segment = first_segment(inline)
                if (
                    len(value) > _FIELD_CELL
                    and len(label) + len(segment) > _FIELD_CELL
                    and (len(segment.split()) > _NAME_WORDS or len(segment) > _LONGEST_VALUE)
                ):
                    continue
                field_key = _field_for(label)
                if field_key is None and _total_under_rag_heading(grid, row, col, label):
                    field_key = "overall_rag"  # round 37 (t45b): ``Ampel`` over ``Gesamt``
                if field_key is None and not inline.strip() and _bare_date_label(label):
                    bare = _bare_date(grid, row, col)
                    if bare is not None:
                        bare_dates.append(bare)
                if field_key is None or (
                    field_key in found
                    and not _client_over(label, found[field_key])
                    and not (
                        field_key in by_synonym
                        and label_names_own_word(label, field_key)
                        and not found[field_key][1].endswith(_CLIENT_MARK)
                    )
                    and not (field_key in by_period and not _period_label(label))
                ):
                    continue
                where = f"{grid.name}!{address(row, col)}"
                inline = first_segment(inline)
                if inline.strip():
                    candidate: Any = inline.strip()
                else:
                    candidate = None
                    for nxt in range(col + 1, min(col + 5, grid.n_cols + 1)):
                        nv = grid.value(row, nxt)
                        if isinstance(nv, str) and _SEPARATOR_CELL.match(nv):
                            continue  # round 39 (t48c): `Nama Proyek | : | X`, the colon typed apart
                        if cell_text(nv):
                            if isinstance(nv, str) and _is_label_text(nv):
                                break  # the next cell is another label: no value here
                            candidate, where = nv, f"{grid.name}!{address(row, nxt)}"
                            break
                if (
                    field_key == "programme"
                    and _label_key(label) in _PROGRAMME_DIMENSION
                    and "schedule_rag" not in found
                    and candidate is not None
                    and rag_value("schedule_rag", "", candidate, rag, languages) is not None
                ):
                    # round 35 (t38a): a construction report's RAG panel rates its
                    # ``Programme`` (British English for the schedule) beside ``Cost``: a
                    # colour there is the schedule's RAG, never a programme's name
                    field_key = "schedule_rag"
                if candidate is None and field_key in RAG_FIELDS:
                    continue  # a RAG strip's dimension: read by :func:`_rag_strip`
                if (
                    field_key in RAG_FIELDS
                    and not inline.strip()
                    and rag_value(field_key, "", candidate, rag, languages) is None
                ):
                    # round 33: a tolerance table's row (``Time | +/- 2 weeks | 1 week late
                    # | Green``): the colour under its Status column, not the next cell
                    along = _colour_along(grid, row, col, rag, languages)
                    if along is not None:
                        candidate, where = along
                if candidate is None or _PLACEHOLDER.match(cell_text(candidate)):
                    continue
                if field_key in PROSE_FIELDS and not _prose_value(candidate, rag):
                    continue  # `Summary | 12,400`: a total, no summary of the week
                if (
                    isinstance(candidate, str)
                    and _is_sentence(candidate)
                    and field_key not in PROSE_FIELDS
                ):
                    continue  # guidance prose beside a label, not a value
                if field_key in PERSON_FIELDS and _clause(cell_text(candidate)):
                    continue  # `Executive | Council leader to be briefed on 4 June`
                if field_key in DATE_FIELDS:
                    parsed = _date_of(field_key, candidate)
                    if parsed is None:
                        continue
                    candidate = parsed
                elif isinstance(candidate, date):
                    continue
                else:
                    candidate = cell_text(candidate)
                    if field_key == "project_name":
                        candidate = without_code(candidate)  # "Apollo (P-2291)" (round 13)
                    if field_key == "currency":
                        candidate = currency_code_first(candidate)
                read = rag_value(field_key, label, candidate, rag, languages)
                if read is None:
                    continue  # "Budget: 1.2m": a bare dimension whose value is no colour
                found[field_key] = (read[0], where + read[1] + _client_mark(label))
                if field_key == "report_date" and _period_label(label):
                    by_period.add(field_key)
                else:
                    by_period.discard(field_key)
                if label_names_own_word(label, field_key):
                    by_synonym.discard(field_key)
                else:
                    by_synonym.add(field_key)
    if dated and "report_date" not in found:
        # round 28's last hour: a labelled report date wins; else the first dated line
        found["report_date"] = dated[0]
    # round 35 (t39b): a status report's block (its RAGs or its summary found beside it)
    # says ``Date`` for the date it reports at, as a form's header does; elsewhere a bare
    # ``Date`` is a document-control strip's (OTHER_LABELS) and read as nothing, and two
    # bare dates are two readings: neither is taken
    if (
        "report_date" not in found
        and len({day for day, _ in bare_dates}) == 1
        and any(key in RAG_FIELDS or key in PROSE_FIELDS for key in found)
    ):
        day, where = bare_dates[0]
        found["report_date"] = (day, where + "; a bare 'Date' in a status report's block")
    return {key: (value, where.removesuffix(_CLIENT_MARK)) for key, (value, where) in found.items()}


def _bare_date_label(label: str) -> bool:
    """A label that is the word for a date and nothing else, in English or a language of
    the data file (``Date``, ``Datum``, ``Päivämäärä``, ``Fecha``)."""
    if _label_key(label) == "date":
        return True
    english = translate(label)
    return english is not None and _label_key(english) == "date"


def _bare_date(grid: Grid, row: int, col: int) -> tuple[Any, str] | None:
    """The date in the first filled cell right of a bare ``Date`` label, and where."""
    for nxt in range(col + 1, min(col + 5, grid.n_cols + 1)):
        value = grid.value(row, nxt)
        if cell_text(value):
            day = _date_of("report_date", value)
            return None if day is None else (day, f"{grid.name}!{address(row, nxt)}")
    return None


def _rag_strip(
    grid: Grid,
    registers: list[tuple[int, int, int, int]],
    rag: Converter | None,
    languages: Callable[[], frozenset[str]],
) -> dict[str, tuple[Any, str]]:
    """Round 23 (its last hour): a RAG strip, its dimensions in one row and their colours
    in the one row under them (``Time | Cost | Scope`` over ``AMBER | RED | GREEN``): a
    colour under a dimension is the project's RAG of that dimension. Never inside a register
    table, and never a column of colours (a colour under the colour too: a portfolio's or a
    risk table's rows, each its own); the first strip found wins."""
    found: dict[str, tuple[Any, str]] = {}
    for row in range(1, min(grid.n_rows, TOP_ROWS)):
        for col in range(1, min(grid.n_cols, 40) + 1):
            if any(r1 <= row <= r2 and c1 <= col <= c2 for r1, c1, r2, c2 in registers):
                continue
            value = grid.value(row, col)
            if not isinstance(value, str) or len(value) > 40:
                continue
            key = _field_for(value.strip().rstrip(":"))
            if key not in RAG_FIELDS or key in found:
                continue
            below = _colour_below(grid, row, col, rag, languages)
            if below is None or _colour_below(grid, row + 1, col, rag, languages) is not None:
                continue
            found[key] = below
    return found


#: Round 33: how far right of its dimension a tolerance table's colour may stand.
_ALONG = 6


def _colour_along(
    grid: Grid,
    row: int,
    col: int,
    rag: Converter | None,
    languages: Callable[[], frozenset[str]],
) -> tuple[Any, str] | None:
    """Round 33: a method report's tolerance table (PRINCE2's highlight and checkpoint
    reports: ``Tolerance | Agreed | Forecast | Status`` over ``Time``, ``Cost``, ``Scope``
    rows) gives a dimension's colour at the end of its row, under a column headed by a
    status or RAG word: (colour, "Sheet!D9"). Only for a dimension that starts its row,
    whose row holds one colour, the last of its cells within reach; the header is found up
    its column over the other dimensions' colours. A row with no such header above its
    colour (a list's row that happens to name ``Cost``) reads nothing."""
    if rag is None or grid.nonblank_cols(row)[:1] != [col]:
        return None
    cells = [
        (c, cell_text(grid.value(row, c)).strip())
        for c in range(col + 1, min(col + _ALONG, grid.n_cols) + 1)
        if cell_text(grid.value(row, c)).strip()
    ]
    if not cells:
        return None

    def colour_of(text: str) -> str | None:
        read = rag(text)
        colour = str(read.value) if read.problem is None and read.value is not None else None
        if colour is None and len(text) == 1:
            colour = letter_colour(text, languages()) if languages() else None
        return colour

    colours = [(c, text, colour) for c, text in cells if (colour := colour_of(text))]
    if len(colours) != 1 or colours[0][0] != cells[-1][0]:
        return None
    at, text, colour = colours[0]
    for up in range(row - 1, max(0, row - 8), -1):
        above = cell_text(grid.value(up, at)).strip()
        if not above:
            return None
        if colour_of(above) is not None:
            continue  # another dimension's colour, the header is further up
        if not set(_label_key(above).split()) & _RAG_WORDS:
            return None
        header = " ".join(cell_text(grid.value(up, c)) for c in range(col, at + 1)).lower()
        if set(re.findall(r"[a-z]+", header)) & _IMPACT_WORDS or _one_items_form(grid, up):
            # rt33b: a change request's or a risk's impact on each dimension (``Impact
            # area | Description of impact | Impact rating``) rates one item, not the project
            return None
        said = "" if colour == text else f"; {text!r} read as {colour!r}"
        return colour, f"{grid.name}!{address(row, at)}{said}"
    return None


#: rt33b: words of a table rating one item's impact on time, cost and scope (a change
#: request's or a risk's assessment), whose colours are no project RAG.
_IMPACT_WORDS = frozenset(
    {"impact", "impacts", "impacted", "effect", "effects", "consequence", "consequences"}
)


#: rt33b: a form about one item, named on a line above its table or by its sheet.
_ONE_ITEM_FORM = re.compile(
    r"\b(?:change\s+request|request\s+for\s+change|change\s+order|variation\s+order"
    r"|change\s+control\s+form|impact\s+assessment|risk\s+assessment)\b"
)


def _one_items_form(grid: Grid, header_row: int) -> bool:
    """True when the sheet's title (its first three rows, above the table) or its name names
    a form about one item (``Change Request CR-014``, ``Impact assessment``): its ratings are
    that item's. A report's line lower down (``Change request CR-3 approved``) is not read."""
    texts = [grid.name]
    for row in range(1, min(header_row, 4)):
        texts += [cell_text(grid.value(row, c)) for c in grid.nonblank_cols(row)[:2]]
    return any(_ONE_ITEM_FORM.search(" ".join(t.lower().split())) for t in texts)


def _colour_below(
    grid: Grid,
    row: int,
    col: int,
    rag: Converter | None,
    languages: Callable[[], frozenset[str]],
) -> tuple[Any, str] | None:
    """(colour, "Sheet!B7; 'AMBER' read as 'Amber'") when the cell under a RAG label reads
    as a colour of the standard list (a RAG strip's row of colours), else None: a value
    that is no colour under a dimension (``Cost`` over ``1.2m``) is nothing."""
    if rag is None or row >= grid.n_rows:
        return None
    value = grid.value(row + 1, col)
    text = cell_text(value).strip()
    if not isinstance(value, str) or not text:
        return None
    read = rag(text)
    colour = str(read.value) if read.problem is None and read.value is not None else None
    if colour is None and len(text) == 1:
        colour = letter_colour(text, languages()) if languages() else None
    if colour is None:
        return None
    said = "" if colour == text else f"; {text!r} read as {colour!r}"
    return colour, f"{grid.name}!{address(row + 1, col)}{said}"


_WIDE_GAP = re.compile(r"\s{2,}|\t|\s*[|;]\s*")
_GAPPED_LABEL = re.compile(r"(?:\s{2,}|\t|\s*[|;]\s*)([A-Za-z][A-Za-z.&/' -]{0,30}[A-Za-z.])\s*$")


def split_fields(text: str) -> list[tuple[str, str]]:
    """(label, value) for each field of a cell holding several: ``"Programme: Data & AI
    Project Manager: J. Murphy"``; [] for a cell with fewer than two labelled fields.

    A label is the longest run of up to four words before a colon that names a project
    field or a document-control label; a colon after other words (``10:30``) is text."""
    spans: list[tuple[int, int, str]] = []
    for match in re.finditer(":", text):
        before = text[: match.start()]
        words = before.split()
        for n in range(min(4, len(words)), 0, -1):
            if any(ch.isdigit() for w in words[-n:] for ch in w):
                continue  # "31/03/2026 PM": the date is the previous field's value
            candidate = " ".join(words[-n:])
            if _field_for(candidate) is not None or _label_key(candidate) in OTHER_LABELS:
                at = re.search(r"\s+".join(map(re.escape, words[-n:])) + r"\s*$", before)
                start = at.start() if at else 0
                gaps = list(_WIDE_GAP.finditer(before[:start]))
                between = before[gaps[-1].end() : start].split() if gaps and spans else []
                if (
                    between
                    and len(between) <= 2
                    and all(_label_key(w) in _LABEL_WORDS for w in between)
                ):
                    # the label's own first words after a wide gap: "Programme: IFRS 17
                    # Implementation    Programme Manager: Grace Lee" ends the programme
                    # at the gap, not at "Manager" (round 15); words of no label ("Apollo
                    # Phase Two Project Manager") stay the value's
                    start = gaps[-1].start()
                spans.append((start, match.start(), candidate))
                break
        else:
            # a label nobody listed still ends the field before it when a wide gap (two
            # spaces, a tab, a bar) sets it apart: "Name: X    Board Chair: Y" (round 6)
            gap = _GAPPED_LABEL.search(before)
            if gap is not None and spans:
                spans.append((gap.start(), match.start(), gap.group(1)))
    if len(spans) < 2:
        return []
    fields = []
    for i, (_, colon, label) in enumerate(spans):
        end = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        value = first_segment(text[colon + 1 : end]).strip(" \t|;,")
        fields.append((label.strip(" \t|;,"), value))
    return fields


#: What sets one segment of a title block apart from the next with no label between them:
#: a bullet with spaces around it, a tab, or a bar before the next field (``Label:``) or
#: an export's line (``Portfolio: Digital Workplace | Exported by Grace Lee``; round 13).
#: A bar before anything else is part of the value: ``Project: CRM | ERP Integration``
#: names one project (red team of round 13).
_EXPORT_LINE = (
    r"exported|generated|printed|downloaded|created|prepared|run\b|updated|last updated"
    r"|as of|as at|page\b"
)
_SEGMENT_BREAK = re.compile(
    r"\s+[\u2022\u00b7]\s+|\t|\s*\|\s*(?=[^|:]{1,40}:|(?:" + _EXPORT_LINE + r"))",
    re.IGNORECASE,
)


def first_segment(text: str) -> str:
    """The text of a field up to the next segment of its cell: ``Digital Workplace`` of
    ``Digital Workplace | Exported by Grace Lee``; the whole text when nothing breaks it."""
    stripped = text.strip()
    parts = _SEGMENT_BREAK.split(stripped, maxsplit=1)
    return parts[0].strip() if parts[0].strip() else stripped


#: A field in brackets inside a title (``Issue Log (Project: Apollo)``, full-width brackets
#: of Chinese and Japanese typing too).
_BRACKETED = re.compile(
    r"[(\[\uff08]\s*([^()\[\]\uff08\uff09:]{1,40}?)\s*:"
    r"\s*([^()\[\]\uff08\uff09]{1,80}?)\s*[)\]\uff09]"
)


def bracketed_fields(text: str) -> list[tuple[str, str]]:
    """(label, value) of each ``(Label: value)`` in a title: ``Issue Log (Project: Apollo)``
    -> ``[("Project", "Apollo")]``; a label that names no field is left to the caller."""
    return [(m.group(1), m.group(2)) for m in _BRACKETED.finditer(text)]


#: Round 26's last hour: a report's filter line (``Filter: Program = Epic Go-Live Wave 2``,
#: ``Filtered by: Project equals Apollo AND Status <> Closed``), up to the next segment.
#: Round 27: the filter's word in every language of ``languages.toml``'s ``filter_lines``
#: (Polish ``Filtr``, Russian ``Фильтр``, Turkish ``Filtre``, Japanese ``フィルター`` /
#: ``絞り込み``, Chinese ``筛选`` / ``篩選``, Korean ``필터``, Arabic ``تصفية``), read as the
#: English ones are; a full-width colon (``筛选：``) is a colon.
@cache
def _filter_line() -> re.Pattern[str]:
    words = sorted(filter_line_words(), key=len, reverse=True)
    local = "".join(f"|{re.escape(w)}" for w in words)
    return re.compile(
        r"(?:^|[|;\u2022]\s*|\s{2,})(?:filtered\s+by|filters?|criteria"
        + local
        + r")(?!\w)\s*[:\uff1a\-]?\s*([^|;\u2022]+)",
        re.IGNORECASE,
    )


#: One condition of a filter: a field, ``=`` (or ``equals`` / ``is``), a value; ``!=``,
#: ``<>``, ``is not`` and ``in (...)`` select more than one value and name no project.
_CONDITION = re.compile(
    r"^\s*([^\W\d_][\w .&/'-]{0,30}?)\s*(?:==?|\bequals\b|\bis\b(?!\s+not\b))\s*"
    r"(?![=<>!])[\"']?(.+?)[\"']?\s*$",
    re.IGNORECASE,
)
_AND = re.compile(
    r"\s+(?:and|&&)\s+|\s*,\s*(?=[^\W\d_][\w .&/'-]{0,30}?\s*(?:=|equals\b))"
    # round 27 (s27a): "and" in the six languages (et, und, y, e, en), only before another
    # condition, so that a value "Ponte e Viadotto" stays whole
    r"|\s+(?:et|und|y|e|en)\s+(?=[^\W\d_][\w .&/'-]{0,30}?\s*=)",
    re.I,
)


def filter_fields(text: str) -> list[tuple[str, str]]:
    """(label, value) of each condition of a report's filter line: ``Report run: 04/02/2026 |
    Filter: Program = Epic Go-Live Wave 2`` -> ``[("Program", "Epic Go-Live Wave 2")]``. A
    report drawn for one programme or project names it in its filter as a title block would
    (round 26's last hour); a label that names no field is left to the caller, a condition
    of several values (``<>``, ``in``) is none."""
    out: list[tuple[str, str]] = []
    for match in _filter_line().finditer(text):
        for condition in _AND.split(match.group(1).strip()):
            if re.search(r"<>|!=|\bnot\b|\bin\s*\(", condition, re.IGNORECASE):
                continue
            found = _CONDITION.match(condition)
            if found is not None and found.group(2).strip():
                out.append((found.group(1).strip(), found.group(2).strip()))
    return out


#: A period written as a range of two days: ``1 January - 31 March 2026``, ``01/01/2026 to
#: 31/03/2026``, ``Jan 1 – Mar 31, 2026``.
#: Round 27: Japanese and Chinese write a range with a wave dash or a full-width tilde
#: (``2026/3/1～2026/3/31``, ``2026年3月1日〜3月31日``) or 至 ("to").
_RANGE = re.compile(
    r"^(.+?)\s*(?:\s[-\u2013\u2014]\s|[\u2013\u2014\uff5e\u301c\u81f3]|\bto\b|\buntil\b"
    # round 27 (s27a): "to" in the major business languages (du 1er janvier AU 31 mars,
    # vom 1. Januar BIS 31. März, del 1 AL 31 de marzo, de 1 A 31 de março, dal 1 AL 31
    # marzo, van 1 januari T/M 31 maart): the range's second day is read as a date or not
    r"|\s(?:au|bis|al|hasta|a|até|fino\s+al|tot(?:\s+en\s+met)?|t/m)\s)\s*(.+)$",
    re.I,
)


def period_end(text: str) -> date | None:
    """The last day of a period a report covers (round 26's last hour): the later day of a
    range (``1 January - 31 March 2026`` -> 31 March 2026), or a month, quarter or half's last
    day (``Q1 2026``, ``March 2026``); a single date as written; else None. A report covers
    its period and is as at its end, as the ``Period ending`` label says outright."""
    text = text.strip()
    bounds = period_bounds(text)
    if bounds is not None:
        return bounds[1]
    whole = parse_date(text)
    if isinstance(whole, date):
        return whole
    match = _RANGE.match(text)
    if match is None:
        return None
    end = parse_date(match.group(2).strip())
    if not isinstance(end, date):
        end_bounds = period_bounds(match.group(2).strip())
        end = end_bounds[1] if end_bounds is not None else None
    return end if isinstance(end, date) else None


#: Round 28's last hour: a line that dates itself (``All months are forecast as at 5
#: January 2026``, ``Cost report as of 31/03/2026``) or a report's period line alone
#: (``1/03/2026 To 31/03/2026``, MYOB's and Xero's run line) with no label before it.
_AS_AT_TAIL = re.compile(r"\bas\s+(?:at|of)\s*:?\s+(?P<day>[^:]+?)\s*[.)]?\s*$", re.IGNORECASE)
_FROM_TO = re.compile(
    r"^\s*(?P<start>\S.{3,30}?)\s+(?:to|-|–)\s+(?P<end>\S.{3,30}?)\s*$", re.IGNORECASE
)


#: Round 31: a report's period named by its last day on a line of its own, no colon
#: (``Month ending 31 May 2026``, ``Week ending 06/03/2026``, ``Period ended 30 April
#: 2026``): as at that day, as the label ``Month ending:`` with its value beside it gives.
#: Not a year's or a quarter's end (``Years ending 30 June``: a financial year's start).
_PERIOD_ENDING = re.compile(
    r"^\s*(?:for\s+the\s+)?(?:month|week|(?:reporting\s+)?period)\s+(?:ending|ended)\s*:?\s+"
    r"(?P<day>[^:]+?)\s*[.)]?\s*$",
    re.IGNORECASE,
)


#: Round 30's last hour: ``From`` alone too (Zoho Books' and other packages' run line ``From
#: 01/03/2026 To 31/03/2026``), as :data:`addin.adopt.one_period._PERIOD` reads it.
_PERIOD_LABEL = re.compile(
    r"^\s*(?:(?:for\s+the\s+)?period(?:\s+from)?|from)\s*:?\s+", re.IGNORECASE
)


def dated_line(text: str) -> date | None:
    """The report date a title or run line gives without a label (:data:`_AS_AT_TAIL`: its
    day after ``as at`` / ``as of``; :data:`_FROM_TO`: a period of two days, as at the
    last), or None. Both need whole days: ``as at March`` or ``Q1 to Q2`` give none."""
    tail = _AS_AT_TAIL.search(text) or _PERIOD_ENDING.match(text)
    if tail is not None:
        if period_bounds(tail.group("day")):
            return None  # `as at March 2026`: a month, no day
        day = parse_date(tail.group("day"))
        return day if isinstance(day, date) else None
    # round 29: a package's period line after its label (Sage's ``Period: 01/04/2026 to
    # 30/04/2026``, ``For the period 1 April 2026 to 30 April 2026``)
    span = _FROM_TO.match(_PERIOD_LABEL.sub("", text, count=1))
    if span is None:
        # round 30: a month named in words after its label (``Period: April 2026``): as at
        # its last day, as the same period written in days
        from addin.adopt.one_period import day_range, named_month

        days = day_range(text)  # round 32: ``Reporting period: 1-30 September 2026``
        if days is not None and days[0] and days[1] and days[0] <= days[1]:
            return days[1]

        month = named_month(text)
        if month is None:
            return None
        return month.replace(day=calendar.monthrange(month.year, month.month)[1])
    if period_bounds(span.group("start")) or period_bounds(span.group("end")):
        return None  # `March 2026 to April 2026`: months, no days
    start, end = parse_date(span.group("start")), parse_date(span.group("end"))
    if isinstance(start, date) and isinstance(end, date) and start <= end:
        return end
    return None


def _date_of(field_key: str, text: Any) -> Any:
    """A date field's value: the report date of a period is its last day, any other date
    as written (None when it reads as none)."""
    if field_key == "report_date" and isinstance(text, str):
        return period_end(text) or _month_first(text)
    return parse_date(text) or _month_first(text)


def _month_first(text: Any) -> date | None:
    """Round 33: a title block's date in figures that reads only month first (a US pay
    application's ``Period to: 3/31/2026``): day first is tried first everywhere, so this
    reads only a day over 12 in the second place; ``3/4/2026`` stays 3 April."""
    if not isinstance(text, str) or not _FIGURES_DATE.match(text):
        return None
    found = parse_date(text, "mdy")
    return found if isinstance(found, date) else None


_FIGURES_DATE = re.compile(r"^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*$")


def _field_value(field_key: str, text: str) -> Any:
    """The value of one field read from text, or None for placeholders and non-dates."""
    if _PLACEHOLDER.match(text) or _is_sentence(text):
        return None
    if field_key in DATE_FIELDS:
        return _date_of(field_key, text)
    if field_key == "project_name":
        return without_code(text)
    if field_key == "currency":
        return currency_code_first(text)
    return text


#: A currency code first in a currency field's value, set apart from what follows by a
#: stop, a comma, a semicolon, a dash, a bar or a bracket (``GBP. Period values (not
#: cumulative).``, ``EUR - thousands``, ``USD (all figures)``).
_CODE_FIRST = re.compile(r"^\s*([A-Z]{3})\s*(?:[.,;|(\[\u2013\u2014-]|\s-\s)")


def currency_code_first(text: str) -> str:
    """Round 30 (its last hour): a currency field's value is the code it starts with when a
    note follows it in the same cell (``Currency: GBP. Period values (not cumulative).`` ->
    ``GBP``), a code CLDR knows; anything else is kept as written (``GBP``, ``Pounds
    sterling``, ``SEK thousands``: a unit word after a space is no note). Red team of round
    31: not when the note names another currency (``ALL, figures in £000``: kept as
    written, the word first no code)."""
    from addin.adopt import cldr
    from addin.adopt.currency import unit_line_currencies

    match = _CODE_FIRST.match(text)
    if match is None or match.group(1) not in cldr.currency_codes():
        return text
    code = match.group(1)
    # red team of round 31: a note naming another currency says the word first is none
    # (``ALL, figures in £000``: all figures, in pounds, not the Albanian lek)
    rest = text[match.end() - 1 :]
    named = unit_line_currencies(rest) | {
        c for c in _CODES_IN.findall(rest) if c in cldr.currency_codes() and c not in _WORD_CODES
    }
    if named - {code}:
        return text
    return code


#: Upper-case codes a currency field's note may name (``USD - all costs in EUR``).
_CODES_IN = re.compile(r"\b([A-Z]{3})\b")
#: English words that spell a code, upper-case in a note (``USD (ALL figures)``): no code.
_WORD_CODES = frozenset({"ALL", "TOP", "CUP", "MOP", "PEN", "TRY", "MAD", "GEL", "BOB"})


#: A project's code in brackets after its name, as tools and PMOs write a project:
#: ``Northern Depot Upgrade (P-2291)`` (Unifier, Clarity, P6: ``name (code)``), one token
#: of letters with three digits or more (``PRJ0010042``, ``P-2291``, ``ABC-123``).
_TRAILING_CODE = re.compile(
    r"^(.+?)\s*[(\[]\s*([A-Za-z][A-Za-z._/-]*\d{3,}[A-Za-z0-9._/-]*)\s*[)\]]$"
)


def without_code(name: str) -> str:
    """A project's name without its code in brackets after it (round 13): ``Northern Depot
    Upgrade (P-2291)`` -> ``Northern Depot Upgrade``; ``Data Platform (Phase 2)``,
    ``Apollo (UK)`` and ``Apollo (2026)`` keep their brackets (words, or a year: part of the
    name)."""
    match = _TRAILING_CODE.match(name.strip())
    return match.group(1).strip() if match else name


#: Red team of round 31's first wave: the title block's people (round 31 read ``Executive``
#: as the sponsor, a word a report also heads a line of news with).
PERSON_FIELDS = frozenset({"sponsor", "project_manager"})
#: Words of a clause, written lower-case: a person's name and role hold none of them.
_CLAUSE_WORDS = frozenset(
    {"to", "be", "is", "are", "was", "were", "will", "has", "have", "been", "on", "by", "at"}
)


def _clause(text: str) -> bool:
    """True for a text that says something rather than names someone: more than five
    words, one of them a verb's or a time's small word (``Council leader to be briefed on 4
    June``); ``Dr A. Mensah (Director of Estates)`` is a name."""
    words = text.split()
    return len(words) > 5 and any(w in _CLAUSE_WORDS for w in words)


def _is_sentence(text: str) -> bool:
    """True for prose, not a field's value: a text of more than five words ending as a
    sentence does, or one longer than :data:`_FIELD_CELL` characters with more words than a
    name has (round 26's last hour: before, any text over 60 characters), or a paragraph."""
    words = text.split()
    return (
        (len(text) > _FIELD_CELL and len(words) > _NAME_WORDS)
        or len(text) > _LONGEST_VALUE
        or (len(words) > 5 and text.rstrip().endswith((".", "!", "?")))
    )


def suggest_project_id(file_stem: str) -> str:
    """A project ID suggestion from a file name: ``risk-register_2024`` -> ``RISK-REGISTER-2024``."""
    text = re.sub(r"[^A-Za-z0-9]+", "-", file_stem).strip("-").upper()
    return text[:20] or "PROJECT"


# --- Round 16: the meeting a decision log's decisions were taken at -----------------------

#: A label naming the date of a meeting (``Meeting date:``, ``Date of meeting``, ``Board
#: date``, ``Meeting held on``), compared lower case without punctuation.
_MEETING_DATE = re.compile(
    r"^(?:(?:meeting|board|committee|steering group|steerco|session)\s+(?:date|held on|held)"
    r"|date\s+of\s+(?:the\s+)?(?:meeting|board|committee|session)"
    r"|(?:meeting|board|committee)\s+of|held on)$"
)
#: Words of a minutes sheet's title, under which a bare ``Date:`` is the meeting's.
_MINUTES_WORDS = re.compile(r"\b(?:minutes|meeting|board|committee|steerco|steering)\b")


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        return parse_date(value.strip())
    return None


def meeting_date(
    preamble: list[tuple[int, int, str]], grid: Grid, sheet: str = ""
) -> tuple[date, str] | None:
    """The date of the meeting a table of decisions was taken at (round 16): minutes and
    board papers write it once above the decisions (``Meeting date: 11/03/2026``, a label
    with its date in the next cell), not on every row. A bare ``Date:`` counts only under a
    title or sheet naming minutes, a meeting, board or committee. Returns the date and
    where it was said, or None when there is no such label, its value is no date, or two
    labels give two dates."""
    minutes = any(_MINUTES_WORDS.search(text.casefold()) for _, _, text in preamble) or bool(
        _MINUTES_WORDS.search(sheet.casefold())
    )
    found: dict[date, str] = {}
    for row, col, text in preamble:
        label, _, rest = text.partition(":")
        key = " ".join(re.sub(r"[^\w ]+", " ", label.casefold()).split())
        if not (_MEETING_DATE.match(key) or (key == "date" and minutes)):
            continue
        value: object = rest.strip()
        if not value:
            value = next(
                (
                    grid.value(row, c)
                    for c in range(col + 1, min(col + 4, grid.n_cols + 1))
                    if cell_text(grid.value(row, c))
                ),
                None,
            )
        day = _as_date(value)
        if day is not None:
            found.setdefault(day, f"{label.strip()!r} ({address(row, col)})")
    if len(found) != 1:
        return None
    ((day, said),) = found.items()
    return day, said
