"""Deciding what register a detected table is, and mapping its columns for that register.

Each register is scored on the table: the confidences of the columns its headers map to,
plus the register's own words in the sheet name, the title block above the table and the
headers ("Issue Register", "Risk ID"). A register is chosen only when the table has its
main text column (a title or description; for finance, amounts and months) and either the
register's words around it or at least two columns only that register has. A table with a
type column holding R/A/I/D (or the words), or section rows naming two registers or more
(``Risks``, ``Issues`` headings over their items, round 5), is a mixed RAID table; a
tool's type column naming one register on every row (Jira's ``Issue Type`` = ``Risk``,
round 6) names that register. Anything else is left out and the report says why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache, partial

from addin import layout
from addin.adopt import cldr
from addin.adopt.account_codes import account_numbers_as_line
from addin.adopt.amount_columns import amount_unit_for_column, decimal_mark_for_column
from addin.adopt.bilingual import (
    bilingual_row,
    either_half,
    half_candidates,
    halves,
    one_field_in_two_languages,
    party_in_two_languages,
)
from addin.adopt.by_values import list_by_values
from addin.adopt.category_words import category_reader, line_beside_categories
from addin.adopt.client_people import empty_client_person
from addin.adopt.closed_dates import closed_by_values
from addin.adopt.codes import name_beside_code, words_over_codes
from addin.adopt.containers import container_name
from addin.adopt.content_fields import id_down_the_left, one_date_field
from addin.adopt.convert import (
    UNREAD_SCALE,
    Converter,
    date_for_column,
    gate_for_column,
    is_dropdown_placeholder,
    level_word,
    list_converter_for_column,
    list_for_column,
    month_for_column,
    no_value_yet,
    number_converter,
    numbered_option,
    parse_date,
    parse_number,
    period_without_year,
    scale_for_column,
    to_text,
)
from addin.adopt.currency import states_currency
from addin.adopt.date_order import dates_by_order
from addin.adopt.detect import HeaderCell, TableBlock, header_texts, hint_cell, is_axis
from addin.adopt.evidence import (
    CONTENT,
    codes_not_makers,
    content_candidates,
    current_beside_original,
    description_as_title,
    form_respondent,
    grade_beside_person,
    id_prefix,
    line_over_description,
    list_candidates,
    names_not_dates,
    noun_as_title,
    original_beside_revised,
    other_tools_ids,
    party_by_values,
    person_share,
    row_number_beside_id,
    row_numbers_not_ids,
    score_pair,
    sparse_notes,
)
from addin.adopt.exports import export_of, task_tool_of
from addin.adopt.grid import Grid, cell_text, is_blank
from addin.adopt.heads import person_heads
from addin.adopt.invoice_lines import (
    amount_of_invoice_register,
    bare_line_of_invoice_register,
    description_lines_of_invoice_register,
)
from addin.adopt.item_words import (
    register_of_item_words,
    register_of_short_codes,
    register_of_status_words,
)
from addin.adopt.key_lines import key_lines_in, table_lines
from addin.adopt.kinds import describe_columns
from addin.adopt.languages import translate, with_translation
from addin.adopt.ledger_entries import ledger_cost
from addin.adopt.legend_letters import (
    block_lines,
    legend_in_values,
    legend_of,
    product_of_scales,
    spelt_header,
)
from addin.adopt.levels import join_levels, level_sets
from addin.adopt.lines import (
    account_header,
    expenditure_type_line,
    finest_line,
    job_task_header,
    rates_by_currency,
)
from addin.adopt.match import (
    AMOUNT_KEYS,
    CERTAIN,
    OF_THE_PERIOD,
    Candidate,
    assign,
    candidates,
    keep_candidates,
    lone_false_friend,
    month_short_id,
    normalise_header,
    order_value,
    phrase_words,
    table_language_candidates,
)
from addin.adopt.measure_headers import measure_by_vocabulary
from addin.adopt.method_logs import method_log
from addin.adopt.middle_level import MIDDLE, with_middle
from addin.adopt.month_cells import month_by_cells
from addin.adopt.month_invoiced import month_named_over_date
from addin.adopt.net_amounts import net_beside_tax
from addin.adopt.one_period import claimed_work, ledger_debit, particulars_lines
from addin.adopt.paired_fields import spaced_pair_candidate
from addin.adopt.people import (
    ORGANISATION_WORDS,
    PERSON_COLUMNS,
    email_note,
    person_converter,
    staff_member,
)
from addin.adopt.people_lists import people_list_reason
from addin.adopt.periods import month_label, period_and_year_columns, title_year_period_column
from addin.adopt.print_furniture import version_header, version_history_reason
from addin.adopt.quantities import money_impact
from addin.adopt.questions import LAST_BRACKET
from addin.adopt.raid_ratings import issue_rows_rating
from addin.adopt.readings import record_list_word
from addin.adopt.record_numbers import (
    constant_not_id,
    noun_over_numbers,
    record_noun_over_numbers,
    release_grouping,
)
from addin.adopt.register_names import (
    PAID_LINES,
    code_is_initials_of,
    codes_of_header_noun,
    confirming_columns,
    file_words,
    fits_named,
    invoice_register,
    items_with_amounts,
    names_register,
    register_named_by_ids,
    revision_history,
    source_words,
    words_and_fields,
)
from addin.adopt.responsibility_people import people_under_duty
from addin.adopt.revisions import (
    numbered_revisions,
    revised_deadlines,
    superseded_fields,
    with_lines,
)
from addin.adopt.short_measures import short_measures
from addin.adopt.sides import (
    direction_pair,
    drop_side_categories,
    drop_sides,
    own_project_as_party,
    own_side_named,
)
from addin.adopt.signatures import (
    OTHER_ITEMS,
    TOLD_CONFIDENCE,
    FieldFit,
    another_kind,
    closest_register,
    closest_registers,
    read_fields,
    register_by_fields,
    schedule_field,
    task_export,
)
from addin.adopt.status_flags import is_status_flag, ticks_only
from addin.adopt.synonyms import KNOWN_UNMAPPED, MEASURES, REGISTER_WORDS, synonyms_for
from addin.adopt.table_language import language_sample, languages_of
from addin.adopt.task_exports import assignee_as_person, register_in_lists, task_shape
from addin.adopt.text_field_words import PREFIX as TEXT_WORDS_PREFIX
from addin.adopt.text_field_words import list_words_not_texts
from addin.adopt.tool_workflow import workflow_over_done_flag
from addin.adopt.total_of_parts import total_over_parts
from addin.adopt.total_rows import item_rows
from addin.adopt.unread_columns import people_by_values, texts_by_values
from addin.adopt.unread_headers import minutes_reason, register_by_values
from addin.host import CellValue
from addin.standards import Standards

#: Registers adoption fills by their words (resources by a plan's shape, ``resources.py``;
#: iterations by a sprint report's, ``sprints.py``).
ADOPTED_REGISTERS = (
    "risks",
    "issues",
    "assumptions",
    "dependencies",
    "decisions",
    "milestones",
    "finance",
)

#: The register's main text column(s): one must be mapped.
MAIN_COLUMNS: dict[str, tuple[str, ...]] = {
    "risks": ("title", "description"),
    "issues": ("title", "description"),
    "assumptions": ("assumption",),
    "dependencies": ("title", "deliverable"),
    "decisions": ("decision",),
    "milestones": ("milestone",),
    "finance": ("cost_line", "month"),
}

#: Columns that only that register has: evidence of what the table is.
DISTINCTIVE: dict[str, tuple[str, ...]] = {
    "risks": (
        "probability",
        "impact",
        "response",
        "response_type",
        "proximity",
        "residual_probability",
        "residual_impact",
        "score",
        "rating",
    ),
    "issues": ("severity", "priority", "resolution", "type", "source_risk_id"),
    "assumptions": ("validate_by", "confidence", "impact_if_false", "outcome", "assumption"),
    "dependencies": (
        "need_by",
        "committed_date",
        "counterparty_project_id",
        "counterparty_owner",
        "direction",
        "deliverable",
    ),
    "decisions": ("decision", "made_by", "rationale"),
    "milestones": ("milestone", "baseline_date", "forecast_date", "actual_date", "gate"),
    "finance": (*MEASURES, "capex_opex"),
}

#: Headers every register of a portfolio workbook may have, naming the item's project or
#: programme: a bare ``Project`` is a dependency's counterparty only in a dependency log, so
#: it is no evidence that a table is one (round 14: a ServiceNow issue export's ``Project``
#: made it a dependency log).
PORTFOLIO_HEADERS = frozenset({"project", "programme", "program"})

#: Below this confidence the register chosen for a table is reported as unsure.
UNSURE = 0.7

#: The evidence a register needs before a table is adopted as it (see ``register_evidence``):
#: the register's word in a title (2.0) or the sheet name (3.0) is enough alone; in a header
#: (1.0) it needs a column only the register has; without words, such columns must add up
#: (Probability 1.0 + an Impact another register shares 0.5).
EVIDENCE_NEEDED = 1.5
#: A column counts as evidence of its register from this confidence (a similar spelling,
#: ``% Complete`` ~ "completed", does not).
EVIDENT = 0.9
#: The evidence needed when the register's text column is found only by its values.
EVIDENCE_BY_CONTENT = 2.0
#: Weights of the register's own words: in the sheet name, in the title above, in headers.
WORD_WEIGHTS = (3.0, 2.0, 1.0)

#: Words saying a table by period counts effort or people, not money.
NOT_MONEY = (
    "resourcing",
    "resource",
    "resources",
    "headcount",
    "fte",
    "capacity",
    "hours",
    "days",
    "effort",
    "people",
    "staff",
    "burndown",
    "points",
    # round 36 (t42a): a contractor's manpower histogram counts its people on site by
    # month (``Planned manpower histogram (heads on site)``), as a headcount plan does
    *("manpower", "man power", "workforce", "heads on site"),
)


def priced_effort(block: TableBlock, chosen: dict[int, Candidate], context: str) -> bool:
    """Round 33: whether an effort word stands only in the headers of a table that prices
    the effort (a consultancy's T&M backup to an invoice: ``Consultant | Grade | Days |
    Day rate (USD) | Amount (USD)``; a contractor's labour sheet ``Hours | Rate | Cost
    (£)``): an amount column read for certain (the actual, budget or forecast) whose header
    states its currency (:func:`addin.adopt.currency.states_currency`, round 34: the one
    reader of a header's currency). The days or hours are what the amount is for, not what the table
    counts, so the table is money. Not when the sheet or title names the effort (``Resource
    plan``, ``Days by month``), nor when the amount's header states no currency (a plan of
    ``Days | Amount`` may count days in its amount column)."""
    if _has_word(context, NOT_MONEY):
        return False
    for col, cand in chosen.items():
        if cand.column_key not in MEASURES or cand.confidence < CERTAIN:
            continue
        head = block.header_at(col)
        text = (head.full or head.text or "") if head is not None else ""
        if states_currency(text):
            return True
    return False


#: Red team of round 21: words saying measure groups over columns (``Planned`` / ``Actual``
#: over a team's people or work packages) count effort or progress, not money. Only units
#: of effort and progress: a people word (``staff``, ``people``) is also a cost line's or a
#: title's (``Staff costs``, ``People's Republic of Bangladesh``).
NOT_MONEY_GROUPS = (
    "hours",
    "days",
    "fte",
    "effort",
    "headcount",
    "capacity",
    "resourcing",
    "points",
    "progress",
    "percent",
    "percentage",
)


def _group_labels(block: TableBlock) -> list[str]:
    """The labels of the block's column groups (``Monthly Expenditure`` over the months)."""
    return sorted({h.group for h in block.headers if h.group})


def groups_count_no_money(said: str) -> bool:
    """Red team of round 21: whether ``Planned`` / ``Actual`` groups over columns (round
    21's measure groups) count effort or progress, not money: the sheet, the title, the
    headers or the groups say hours, days, FTE, effort or progress (``%``), and nothing
    says money (a cost, a budget, spend, expenditure, a currency sign). A team's ``Planned hours`` / ``Actual hours`` over
    its people, months down, is no finance tracker: its hours are not amounts."""
    from addin.adopt.resources import says_money

    if says_money(said):
        return False
    return "%" in said or _has_word(said, NOT_MONEY_GROUPS)


#: Values of a RAID type column -> register.
RAID_TYPES: dict[str, str] = {
    "r": "risks",
    "risk": "risks",
    "risks": "risks",
    "threat": "risks",
    "a": "assumptions",
    "assumption": "assumptions",
    "assumptions": "assumptions",
    "i": "issues",
    "issue": "issues",
    "issues": "issues",
    "problem": "issues",
    "d": "dependencies",
    "dependency": "dependencies",
    "dependencies": "dependencies",
    "dep": "dependencies",
    "dc": "decisions",
    "decision": "decisions",
    "decisions": "decisions",
}
_TYPE_HEADER = re.compile(
    r"^(type|r ?/ ?a ?/ ?i ?/ ?d|raid|raid type|item type|log type|entry type|category|kind"
    # round 31: the registers a one-table log holds, named by their letters or words in the
    # header (``R/I``, ``I/R``, ``Type (R/A/I/D)``, ``Risk / Issue``, ``Risk or Issue``), as
    # suppliers' and contractors' combined risk and issue logs head the column
    r"|(?:type\s*)?\(?\s*[raid](?:\s*[/,]\s*[raid]){1,3}\s*\)?"
    r"|(?:risk|issue|assumption|dependency)(?:\s*(?:/|or)\s*"
    r"(?:risk|issue|assumption|dependency)){1,3})$",
    re.I,
)


@dataclass
class Classification:
    """What a table is and how its columns map."""

    register: str | None  # register key, "raid" for a mixed table, None: left out
    confidence: float
    reason: str
    mappings: dict[str, dict[int, Candidate]] = field(
        default_factory=dict
    )  # register -> col -> cand
    type_col: int | None = None
    month_cols: list[int] = field(default_factory=list)
    #: a table whose registers are given by section rows (round 5): heading row -> register
    sections: dict[int, str] = field(default_factory=dict)


#: Round 31: how sure an impact read from money through the standards' bands is, against
#: its header's own reading (still certain; an impact given as a level beside it wins).
MONEY_IMPACT = 0.9


def converter_for(
    column: layout.Column, values: list[CellValue], header: str, standards: Standards
) -> tuple[Converter, str | None]:
    """The value converter for a canonical column, set up from the source column's values."""
    if column.key == "gate" and column.list_name == "yes_no":
        return gate_for_column(standards), None
    if column.kind == "list" and column.list_name:
        conv, note = list_converter_for_column(column.list_name, standards, values, header)
        name = column.list_name
        if {"High", MIDDLE, "Low"} <= set(standards.lists[name]):  # priority, confidence
            conv = with_middle(
                conv, values, level_word, lambda word: record_list_word(name, word, MIDDLE)
            )
        # round 17: a value in two languages (`Agored / Open`) read by its half
        return (either_half(conv), note) if any(map(halves, values)) else (conv, note)
    if column.kind == "scale" and column.scale == "impact":
        from addin.adopt.money_impacts import money_impact_converter  # round 31

        banded = money_impact_converter(header, values, standards.scales.impact.max)
        if banded is not None:
            return banded
    if column.kind == "scale" and column.scale:
        conv, note = scale_for_column(values, header, getattr(standards.scales, column.scale))
        conv = with_middle(conv, values, level_word)  # round 20: a three-word scale's middle
        return conv, note or None
    if column.kind == "month":  # round 26 (t28a): also 2026年1月
        return month_for_column(values, header)
    if column.kind == "date":
        return date_for_column(values, header)
    if column.kind in ("money", "number", "int"):
        factor, unit_note = amount_unit_for_column(header)
        comma, comma_note = decimal_mark_for_column(values, header)
        notes = [n for n in (unit_note, comma_note) if n]
        conv = number_converter(factor, dot_thousands=comma, annotated=column.kind == "money")
        return conv, "; ".join(notes) or None
    if column.key in PERSON_COLUMNS:
        if one_field_in_two_languages(header):
            return party_in_two_languages(person_converter), email_note(values)
        return person_converter, email_note(values)
    if column.key == "person":  # round 42 (ox42): a resource plan's `Ana Ruiz (PMO)`
        return staff_member, email_note(values)
    return to_text, None


#: Text with a space and a lower-case word of three letters or more: prose, not a code.
_PROSE = re.compile(r"\s.*\b[a-z]{3,}\b|\b[a-z]{3,}\b.*\s")


#: A telephone number ("0113 496 0000", "+44 20 7946 0958"): nine digits or more, grouped by
#: spaces or led by "+"; no identifier (a dependency's `Contact Number`, red team r2).
_PHONE = re.compile(r"^(?=(?:\D*\d){9})(?:\+[\d ()-]+|\(?\d+\)?(?:[ -]\d+)+ \d+)$")


def _is_date_text(text: str) -> bool:
    return parse_date(text.strip()) is not None


#: A text of digits and separators only (``000000004711``, ``4711-02``): no item's text.
_DIGITS_ONLY = re.compile(r"^(?=.*\d)[\d\s.\-/]+$")


def list_readings(
    register_key: str, field: str, values: list[CellValue], standards: Standards
) -> list[str | None]:
    """Each filled value of a column as the field's standard list reads it (None where it
    does not): how the word-free path asks which field a vocabulary is (round 20)."""
    column = layout.REGISTERS_BY_KEY[register_key].column(field)
    if not column.list_name:
        return []
    conv = list_for_column(column.list_name, standards)
    out: list[str | None] = []
    for value in values:
        if is_blank(value):
            continue
        read = conv(value)
        out.append(str(read.value) if read.problem is None and read.value is not None else None)
    return out


#: A web address alone in a cell (``https://..``, ``www...``).
_WEB_ADDRESS = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.IGNORECASE)


def value_fit(
    column: layout.Column, values: list[CellValue], header: str, standards: Standards
) -> float | None:
    """Share of a source column's values that convert cleanly to ``column`` (None: too few)."""
    # round 28: a drop-down's placeholder (``Select...``) is a cell nobody filled
    present = [v for v in values if not is_blank(v) and not is_dropdown_placeholder(v)][:60]
    if column.kind == "list":
        # round 31: nor is a list cell nobody has chosen yet (``TBC``, ``-``, ``?``)
        present = [v for v in present if not (isinstance(v, str) and no_value_yet(v))]
    if column.key in PERSON_COLUMNS:
        # round 32 (red team): nor a person not yet named (``TBC``, ``TBA``, ``-``): an
        # early register's one named owner among them was lost with the column
        present = [v for v in present if not (isinstance(v, str) and no_value_yet(v))]
    if column.kind == "date":
        # round 31: nor a date not yet known to the day (``Q3``, ``Sept``) or its format
        # left by the template (``dd/mm/yy``): neither for nor against a date column
        present = [
            v
            for v in present
            if not (isinstance(v, str) and (period_without_year(v) or hint_cell(v)))
        ]
    if column.kind == "id" and len(present) >= 2:
        # words are no identifiers ("Item" over "Vendor may miss the window", "Key
        # Deliverable" over "UAT exit"); "R1", "RSK-107", "Risk 1" are
        texts = sum(
            1
            for v in present
            if isinstance(v, str) and (_PROSE.search(v.strip()) or _PHONE.match(v.strip()))
        )
        if len(present) >= 3 and len({cell_text(v).strip().casefold() for v in present}) == 1:
            return 0.0  # one value on every row (a study's or project's number) is no item's
        return 1.0 - texts / len(present)
    if (
        column.key == "linked_ids"
        and len(present) >= 2
        and all(_WEB_ADDRESS.match(cell_text(v)) for v in present)
    ):
        # round 40 (t51a): a tool's ``Link`` to each item's own page (Wrike's
        # ``https://www.wrike.com/open.htm?id=..``) names no other item
        return 0.0
    if len(present) < 2 or column.kind in ("text", "longtext", "id"):
        if column.kind in ("text", "longtext") and len(present) >= 2:
            # numbers, dates and bare outcome words ("Approved", "Pending") are no text item
            odd = sum(
                1
                for v in present
                if isinstance(v, int | float | date)
                or (isinstance(v, str) and bare_outcome(v))
                # a number written as text (SAP's "000000004711") is a key, no item text;
                # round 40 (ox40): but a job ledger's job task is its line by its number
                or (
                    isinstance(v, str)
                    and _DIGITS_ONLY.match(v.strip()) is not None
                    and not job_task_header(header)
                )
                # date text is no item text either (Asana's "Created At", round 6)
                or (isinstance(v, str) and any(ch.isdigit() for ch in v) and _is_date_text(v))
            )
            return 1.0 - odd / len(present)
        return None
    conv, _ = converter_for(column, present, header, standards)
    good = 0
    # round 40 (t51a): a tool's numbered choice list (ServiceNow's ``1 - Critical`` ..
    # ``5 - Planning``) whose numbered options read as the standard's list in two or more
    # places is the column's list; its options beyond the standard's (``5 - Planning``) are
    # its own choices, no evidence against the column (they stay unread)
    numbered = column.kind == "list" and all(numbered_option(v) for v in present)
    if numbered:
        read_numbered = {
            cell_text(v).strip().casefold()
            for v in present
            if (r := conv(v)).problem is None and r.value is not None
        }
        numbered = len(read_numbered) >= 2
    for value in present:
        result = conv(value)
        if numbered or (
            result.problem is None
            and (column.kind != "list" or result.note is None or "read as" in result.note)
        ):
            good += 1  # (a numbered list's own options count: see above)
        elif result.problem is not None and UNREAD_SCALE in result.problem:
            good += 1  # the column's own value, on a scale with no reading yet (1-4)
    return good / len(present)


#: The least share of a status column's values that must read as the standard's statuses
#: for the column to stay the status under its own header (round 23).
_OWN_WORKFLOW_FIT = 0.25
#: How sure such a column is: below certain, so it is flagged for review and a header row
#: is not read as known by it (a task list whose states decide nothing is still read by its
#: values, ``unread_headers.register_by_values``).
_OWN_WORKFLOW_CONFIDENCE = 0.75


def _reads_as(column: layout.Column, header: str, standards: Standards, value: CellValue) -> bool:
    """Whether ``value`` converts cleanly to ``column`` (``_own_workflow``'s reader)."""
    return value_fit(column, [value, value], header, standards) == 1.0


def _own_workflow(
    cand: Candidate, fit: float, values: list[CellValue], reads: Callable[[CellValue], bool]
) -> bool:
    """Round 23: whether a column under the register's own status header (``Status``,
    certain) is the status even though fewer than half its values are the standard's
    statuses: a tool or a team adds states of its own (``With client``, ``Risk Accepted``,
    ``Committed``) beside ``Open`` and ``Closed``, and which states a seed happens to draw
    must not decide what the column is. At least one value in four reads as a status, two
    different standard states at least are among them (the register's own life, opened
    and closed: one ``Closed`` among a requirements tool's ``Baselined`` and ``Approved`` is
    no status column, round 20's lead decision), and every value is a word (no date, no
    number: a column of dates under ``Status`` is no status). The states it cannot read are
    listed as values not converted, as before."""
    if cand.column_key != "status" or cand.confidence < CERTAIN or fit < _OWN_WORKFLOW_FIT:
        return False
    present = [v for v in values if not is_blank(v)]
    if not present or not all(
        isinstance(v, str) and any(ch.isalpha() for ch in v) and not _is_date_text(v)
        for v in present
    ):
        return False
    distinct = {cell_text(v).strip().casefold(): v for v in present}
    return sum(1 for v in distinct.values() if reads(v)) >= 2


#: Round 39 (ox39): the most words and characters of a class's own label (``Aikataulu``,
#: ``Site access``, ``Health and safety``): a longer value is a sentence, no class.
_OWN_CLASS_WORDS = 3
_OWN_CLASS_CHARS = 30


def _own_categories(
    cand: Candidate,
    fit: float,
    values: list[CellValue],
    reads: Callable[[CellValue], bool],
    register_key: str,
) -> bool:
    """Round 39 (ox39): whether a column under the register's own category header
    (``Category``, ``Luokka``, certain) is the category even though fewer than half its
    values are the standard's categories, as round 23 keeps a status of a team's own states
    (:func:`_own_workflow`): a team classes its risks in its own words (Finnish
    ``Aikataulu`` Schedule beside ``Laatu`` quality, ``Turvallisuus`` safety), and which
    classes a seed happens to draw must not decide what the column is. At least one value
    in four reads as a standard category, and every value is a short label (three words
    and thirty characters at most, letters, no digit: a column of sentences or codes under
    ``Category`` is none). The classes it cannot read are listed as values not converted.
    A risk's class only: a finance table's ``Category`` of words off the cost categories
    is often its cost line (``Design``, ``Fees``), read by the finance rules."""
    if cand.column_key != "category" or cand.confidence < CERTAIN or fit < _OWN_WORKFLOW_FIT:
        return False
    if register_key != "risks":
        return False
    present = [v for v in values if not is_blank(v)]
    if len(present) < 2 or not all(
        isinstance(v, str)
        and any(ch.isalpha() for ch in v)
        and not any(ch.isdigit() for ch in v)
        and len(v.split()) <= _OWN_CLASS_WORDS
        and len(v.strip()) <= _OWN_CLASS_CHARS
        for v in present
    ):
        return False
    return any(reads(v) for v in present)


def _status_flag(
    block: TableBlock, grid: Grid, col: int, header: str, register_key: str, standards: Standards
) -> Candidate | None:
    """The status candidate of a yes / no flag column under a status word (``Riješeno`` Da /
    Ne, ``Closed?`` Y / N; :mod:`addin.adopt.status_flags`, round 20), or None."""
    register = layout.REGISTERS_BY_KEY[register_key]
    if "status" not in {c.key for c in register.columns}:
        return None
    list_name = register.column("status").list_name
    values = [grid.value(r, col) for r in range(block.first_data_row, block.last_data_row + 1)]
    if not list_name or not is_status_flag(header, values, list_name, standards):
        return None
    return Candidate("status", CERTAIN, f"{header.strip()} (a yes / no flag)")


#: How sure the lower half of a header written over two rows without a merge is, read
#: alone: below :data:`addin.adopt.match.CERTAIN` (so no other register's field is taken as
#: sure from half a phrase) and above its ``MINIMUM`` (so it still maps when the whole
#: phrase says nothing).
HALF_PHRASE = 0.75


#: Round 39 (t48b): the follow-up text a bare ``By`` beside it dates, per register.
_ACTION_FIELDS = {"risks": "response", "issues": "resolution"}
#: How sure a bare ``By`` after an item's action is its due date: as a reading by sense.
ACTION_BY = 0.85


def action_date_by(block: TableBlock, col: int, register_key: str) -> list[Candidate]:
    """Round 39 (t48b): a bare ``By`` right after a risk's or an issue's action column
    (``Next action | By``, ``Action | By``, ``Mitigation | By``) is the date the action is
    due: the item's due date. A bare ``By`` elsewhere may be who raised or did it (round
    37 reads it as a deadline only in a dependency log) and stays unread; the date's values
    are checked as any reading's are."""
    field = _ACTION_FIELDS.get(register_key)
    cell = block.header_at(col)
    before = block.header_at(col - 1)
    if field is None or cell is None or before is None or not before.text:
        return []
    if normalise_header(cell.text)[:1] != ("by",):
        return []
    found = candidates(before.text, register_key)
    if not found or found[0].column_key != field:
        return []
    return [Candidate("due_date", ACTION_BY, f"(the date of {before.text.strip()})")]


def _flagged_finish(found: list[Candidate], values: list[CellValue]) -> list[Candidate]:
    """Round 41 (t52d): a planning tool's finish column reads as the forecast date, not
    surely by its header (German P6's ``Ende``: "end"), but its dates carry the tool's
    actual flag on some rows (``11.02.26 A``: done on that day) and not on others: a
    schedule's finish, so the reading is evident (the flagged rows are actual dates)."""
    if not found or found[0].column_key != "forecast_date" or found[0].confidence >= EVIDENT:
        return found
    from addin.adopt.dates import schedule_flag

    texts = [v.strip() for v in values if isinstance(v, str) and v.strip()]
    flags = [schedule_flag(t) for t in texts]
    actual = sum(1 for f in flags if f is not None and f[1])
    if len(texts) < 2 or not 0 < actual < len(texts):
        return found
    if any(
        parse_date(f[0] if f is not None else t) is None for f, t in zip(flags, texts, strict=True)
    ):
        return found
    top = Candidate("forecast_date", EVIDENT, f"{found[0].synonym} (dates flagged A: a finish)")
    return [top, *found[1:]]


def header_candidates(
    block: TableBlock,
    register_key: str,
    grid: Grid | None = None,
    standards: Standards | None = None,
) -> dict[int, list[Candidate]]:
    """For each column of the table, what it could mean in ``register_key``; with the grid
    and standards, a candidate whose values do not fit (text in a date column...) loses
    confidence."""
    scored: dict[int, list[Candidate]] = {}
    seen: dict[str, int] = {}
    months_across = register_key == "finance" and any(month_label(c) for c in block.headers)
    foreign = language_sample(c.text for c in block.headers) is not None  # round 13
    bilingual = bilingual_row([c.value for c in block.headers])  # round 17
    # the item rows, read once: a subtotal's sums decide no column (round 24's last hour)
    rows = item_rows(block, grid) if grid is not None else []
    # round 39 (t48c): letters a legend above or under the table spells out (``K = ..``)
    legend = legend_of(block_lines(block, grid))
    for cell in block.headers:
        if not cell.text or (
            is_axis(cell.value)
            and not cell.text.strip().isalpha()
            and month_short_id(cell.text, register_key) is None  # round 32's last hour
        ):
            continue
        found = candidates(cell.text, register_key)
        spelt = None if found else spelt_header(cell.text, legend)
        if (
            spelt is not None
            and grid is not None
            and legend_in_values(legend, grid, rows, cell.col, cell.text)
        ):
            spelt = None  # ``R = Risk, I = Issue`` over an ``R/I`` column keys its values
        if spelt is not None:
            found = candidates(spelt, register_key)
            if product_of_scales(cell.text, legend, {c.column_key for c in found}):
                # ``K x D``: the two scales' product, the typed score (recomputed)
                found = [Candidate("score", CERTAIN, f"{spelt} (the scales' product)")]
        if not found and foreign:
            found = table_language_candidates(cell.text, register_key)
        if not found:
            found = action_date_by(block, cell.col, register_key)
        if register_key == "milestones" and grid is not None:
            found = _flagged_finish(found, [grid.value(r, cell.col) for r in rows])
        # round 17: a header in two languages (`Statws` over `Status`) read by its half, in
        # a header row written so (not `Risk` over `Trigger`, one phrase on two lines)
        if bilingual:
            found = half_candidates(cell.value, found, lambda t: candidates(t, register_key))
        if cell.full != cell.text:
            extra = candidates(cell.full, register_key)
            if cell.split:
                # round 24's last hour: a header written over two rows without a merge is
                # one phrase (``Block`` over ``Reason``); its lower half alone is no sure
                # reading (``Reason`` is a decision's rationale, ``Block Reason`` is not)
                found = [
                    Candidate(c.column_key, round(c.confidence * HALF_PHRASE, 3), c.synonym)
                    for c in found
                ]
            own_top = found[0] if found else None
            merged: dict[str, Candidate] = {c.column_key: c for c in found}
            for cand in extra:
                # read through the group label only: a little less sure than the field
                # itself, unless the two rows are one phrase
                scale = 1.0 if cell.split else 0.9
                cand = Candidate(cand.column_key, round(cand.confidence * scale, 3), cand.synonym)
                if cand.confidence > merged.get(cand.column_key, Candidate("", 0, "")).confidence:
                    merged[cand.column_key] = cand
            found = sorted(merged.values(), key=lambda c: -c.confidence)
            found = kind_of_date_over(cell, own_top, extra, found)
        if register_key == "risks" and money_impact(cell.text):
            # round 31: an impact in money is read through bands (money_impacts.py): a
            # weaker reading than an impact given as a level, which wins beside it
            found = [
                Candidate(c.column_key, round(c.confidence * MONEY_IMPACT, 3), c.synonym)
                if c.column_key in ("impact", "residual_impact")
                else c
                for c in found
            ]
        # a header repeated across a merged block counts once (its first column)
        key = cell.full.casefold()
        origin = seen.setdefault(key, cell.col)
        if origin != cell.col and _same_block(block, origin, cell.col):
            continue
        if found and grid is not None and standards is not None:
            register = layout.REGISTERS_BY_KEY[register_key]
            values = [grid.value(r, cell.col) for r in rows]
            adjusted = []
            two_column_month = register_key == "finance" and _period_column(block, grid) == cell.col
            for cand in found:
                if two_column_month and cand.column_key == "month":
                    adjusted.append(cand)  # its year is in another column (see rows.py)
                    continue
                fit = value_fit(register.column(cand.column_key), values, cell.text, standards)
                reads = partial(_reads_as, register.column(cand.column_key), cell.text, standards)
                if (
                    fit is not None
                    and fit < 0.5
                    and (
                        _own_workflow(cand, fit, values, reads)
                        # round 39 (ox39): a category in the team's own classes, likewise
                        or _own_categories(cand, fit, values, reads, register_key)
                    )
                ):
                    # round 23: the status still, flagged for review (most states are the
                    # team's own), and not so sure that the header row reads as known
                    cand = Candidate(cand.column_key, _OWN_WORKFLOW_CONFIDENCE, cand.synonym)
                elif fit is not None and fit < 0.5:
                    cand = Candidate(
                        cand.column_key, round(cand.confidence * (0.4 + 0.4 * fit), 3), cand.synonym
                    )
                adjusted.append(cand)
            found = sorted(adjusted, key=lambda c: -c.confidence)
        ticked = grid is not None and ticks_only(grid.value(r, cell.col) for r in rows)
        if (
            grid is not None
            and standards is not None
            and (not found or found[0].confidence < CERTAIN or ticked)
        ):
            flag = _status_flag(block, grid, cell.col, cell.text, register_key, standards)
            # round 28's last hour: a column of tick marks is a done flag, no date, whatever
            # date its header names (`Done` over one ✓ so far): the flag alone is read
            found = [flag] if flag and ticked else [flag, *found] if flag else found
            # round 28's last hour: `Likelihood Impact` over `4 3`, two columns joined
            pair = spaced_pair_candidate(
                cell.full, [grid.value(r, cell.col) for r in rows], register_key
            )
            found = [pair, *found] if pair else found
        if grid is not None and standards is not None:
            # the column's values, and those its dropdown allows (round 11)
            values = [grid.value(r, cell.col) for r in rows] + list(block.allowed.get(cell.col, ()))
            status_fit = None
            if not found or found[0].confidence < CERTAIN:
                register = layout.REGISTERS_BY_KEY[register_key]
                if "status" in {c.key for c in register.columns}:
                    status_fit = value_fit(register.column("status"), values, "", standards)
            # round 36 (t42b): a false friend alone in a table whose other headers are in
            # its language is read in that language by its values too (a Brazilian risk
            # log's ``Data`` over dates is a bare date, which its place then decides); in an
            # English table ``Data`` stays data (round 13)
            friend = lone_false_friend(cell.text) if foreign else None
            by_content = content_candidates(
                friend or cell.text, values, register_key, found, status_fit
            )
            if cell.full != cell.text and _says_who_did_it(cell.full):
                # red team of round 32's first wave: ``Raised`` typed once over ``By |
                # Date`` (round 32 reads a group so): ``By`` alone said too little and its
                # names were read as the owner; ``Raised By`` is who raised it, no owner
                by_content = [c for c in by_content if c.synonym != "(values are person names)"]
            if months_across:
                # months across: each row is a line already; a repeating column (a staff
                # level, a category) is no cost line of its own (round 6)
                by_content = [c for c in by_content if c.column_key != "cost_line"]
            found = by_content + found
            found = list_candidates(cell.text, values, register_key, found, standards.lists) + found
        if found:
            scored[cell.col] = found
    if grid is not None and standards is not None:
        # every header column's values and the header texts, read once for the checks below
        columns = {c.col: [grid.value(r, c.col) for r in rows] for c in block.headers}
        # round 37 (px42): a header wrapped over two rows without a merge is one phrase
        # (``Net`` over ``(NZD)``): the checks below read it whole, as a person does
        heads = {c.col: _phrase(c) for c in block.headers if c.text}
        values_of = {
            col: columns[col] if col in columns else [grid.value(r, col) for r in rows]
            for col in scored
        }
        form_respondent(scored, columns)  # who filled a form in is no item's text (round 13)
        row_number_beside_id(scored, values_of)
        row_numbers_not_ids(scored, heads, columns)  # round 17: a row's number or a GUID
        codes_not_makers(scored, values_of)  # round 41 (ox41b): a server is no maker
        names_not_dates(scored, heads, values_of, register_key)  # ox41b: `Closed by` C. Brown
        other_tools_ids(scored, values_of, register_key)  # ox41b: `CHG0012345`, a ticket
        # round 27: a header written in two languages keeps its two lines, either of which
        # may say the revision (``Owner (new)`` over ``Responsable (nouveau)``)
        lined = {c.col: with_lines(c.value, c.text) for c in block.headers if c.text}
        revised_deadlines(scored, lined, register_key)
        superseded_fields(scored, heads)  # round 23's last hour: `Owner (old)`
        numbered_revisions(scored, heads)  # round 27: `Baseline 1` | `Baseline 2`
        person_heads(scored, heads)
        empty_client_person(scored, heads, values_of)  # round 32: the client's owner unnamed
        name_beside_code(scored, heads, values_of, register_key)
        words_over_codes(scored, heads, values_of, register_key)  # round 28: `cost_code`
        # round 14; round 27's last hour: a tool's own notes field is its description
        task_tool = task_tool_of(block)
        sparse_notes(scored, values_of, export_of(block) is not None or task_tool is not None)
        if register_key == "finance":  # round 27's last hour: a budget line over a description
            line_over_description(scored, heads)
            # round 34: an ERP's activity beside its cost element of Labour / Software
            line_beside_categories(
                scored, values_of, category_reader(standards.lists["cost_category"])
            )
            grade_beside_person(scored)  # round 34: `Grade | Consultant`, the person's line
            # round 38 (t46b): an ERP's ``Expenditure Type`` of no CapEx / OpEx words
            expenditure_type_line(scored, heads, values_of)
            # round 38 (t46b): a contractor's claim's ``Work this period``, its actual
            claimed_work(block, scored, heads)
            # round 40 (ox40): a ledger entry's ``Total Cost (LCY)``, money posted
            ledger_cost(scored, heads)
            # round 35: an invoice's bare `Net` beside its `GST` / `Gross`: the amount
            net_beside_tax(
                scored, heads, columns, f"{block.sheet.replace('_', ' ')} {context_words(block)}"
            )
            # round 34: a project's own invoice register is its spend by the firm paid
            # (the sheet name and each title line apart: round 36 reads one naming the
            # invoices alone, ``Invoices``)
            # round 37 (t45b): the sheet name and each title line apart for the two rules
            # after it too (``Faturas`` over ``Termas ... - Registo de faturas``: joined
            # into one text, no language's reading named the invoices)
            invoice_names = sheet_and_titles(block)
            firm_line_of_invoice_register(scored, heads, invoice_names)
            # round 36: its description naming the few lines it bills month after month
            description_lines_of_invoice_register(scored, values_of, invoice_names, heads)
            # round 37 (t43a): or its bare ``Line`` column naming them
            bare_line_of_invoice_register(scored, heads, columns, invoice_names)
            # round 40 (ox40): and its bare ``Valor`` / ``Value``, each invoice's amount;
            # round 41 (t52b): or its bare ``Netto €`` with no tax beside it
            amount_of_invoice_register(scored, heads, columns, invoice_names)
            # round 31: a tracker's only label column; round 32's last hour: an expense
            # report of one period (FreshBooks' `Expense Report`, its period line above)
            category_as_line(scored, heads, _of_one_period(block))
        register = layout.REGISTERS_BY_KEY[register_key]
        if task_tool is not None and "status" in {c.key for c in register.columns}:
            # round 27's last hour: the board's sections over the tool's done flag
            workflow_over_done_flag(
                scored,
                heads,
                columns,
                lambda values: value_fit(register.column("status"), values, "", standards),
            )
        original_beside_revised(scored)
        current_beside_original(scored, heads, register_key)  # ox41b: `Original target date`
        noun_as_title(scored, columns, heads, register_key)  # round 29: Teamwork's `Task`
        assignee_as_person(scored, heads, columns, register_key)  # round 30: Paymo's `Users`
        description_as_title(scored, values_of, register_key)
        # round 14: record numbers under the register's noun (SAP), one value on every row
        noun_over_numbers(
            scored,
            values_of,
            MAIN_COLUMNS.get(register_key, ()),
            "id" in {c.key for c in register.columns},
        )
        constant_not_id(scored, values_of)
        # round 36: a tracker's ``Ticket`` over its numbers: the items' ID
        record_noun_over_numbers(scored, heads, columns, "id" in {c.key for c in register.columns})
        if register_key == "risks":  # round 34: `L` | `S`, `P` | `C`
            impact_letter_beside_likelihood(scored, heads, register_key, columns)
        release_grouping(scored, values_of, register_key)  # red team of round 15
        party_by_values(scored, values_of, register_key)
        if register_key == "dependencies":  # round 17: both sides named, no counterparty
            # round 38 (t46a): ``Client Responsibility`` over people beside the inputs
            people_under_duty(scored, heads, values_of)
            drop_sides(scored, {col: columns[col] for col in heads})
            own_side_named(scored, {col: columns[col] for col in heads})  # round 36
            # round 40 (t51a): the project itself on every row (Asana's ``Projects``)
            own_project_as_party(
                scored,
                {col: columns[col] for col in heads},
                f"{block.sheet.replace('_', ' ')} {source_words()}",
            )
            _sides_as_direction(scored, heads, columns, block.titles)  # round 30: `From` / `To`
        texts = {c.col: c.full for c in block.headers if c.text}
        all_values = {
            col: [grid.value(r, col) for r in range(block.first_data_row, block.last_data_row + 1)]
            + list(block.allowed.get(col, ()))
            for col in texts
        }
        score_pair(scored, all_values, texts, register_key)
        # round 26's last hour: a `Response` of Accept / Mitigate is the response type
        list_words_not_texts(
            scored,
            all_values,
            register_key,
            standards.lists,
            lambda column, values: value_fit(column, values, "", standards),
        )
        # a column known by its values: words of one free field's list (round 10)
        list_by_values(
            scored,
            all_values,
            texts,
            register_key,
            standards.lists,
            lambda column, values: value_fit(column, values, "", standards),
        )
        own = {col: [grid.value(r, col) for r in rows] for col in texts}
        dates_by_order(scored, own, texts, register_key)  # round 15 (date_order.py)
        if register_key == "finance":
            # round 38 (mx38): the month an invoice is for (``Mês ref.``) over the day it
            # is dated (``Data``), whatever the readings above scored each
            month_named_over_date(scored, heads, own)  # rt38: a column of counts names none
            # round 42 (ox42): a ledger's ``Account`` of numbers alone, no line named beside
            account_numbers_as_line(scored, heads, values_of)
            # round 42 (ox42): ``Budget | Prév.``, ``Budget | Prev. | Cons.``
            short_measures(scored, heads, own)
    return scored


def _period_column(block: TableBlock, grid: Grid) -> int | None:
    """The period column of a table whose month is written as a period and a year column."""
    values = {
        c.col: [grid.value(r, c.col) for r in range(block.first_data_row, block.last_data_row + 1)]
        for c in block.headers
    }
    pair = period_and_year_columns(block.headers, values)
    if pair is not None:
        return pair[0]
    # round 24: the period's year written once, in the title (``P01`` under ``FY2026/27``)
    titles = block.titles
    alone = title_year_period_column(block.headers, values, titles)
    return alone[0] if alone else None


def _same_block(block: TableBlock, first: int, col: int) -> bool:
    return all(
        (block.header_at(c) or block.headers[0]).full
        == (block.header_at(first) or block.headers[0]).full
        for c in range(first, col + 1)
    )


#: Bare outcome or status words: a column holding only these is no title or decision text.
OUTCOME_WORDS = frozenset(
    {
        "approved",
        # round 38 (ox38): a verdict read from another language (Turkish ``Onaylandı``)
        "confirmed",
        "pending",
        "rejected",
        "declined",
        "deferred",
        "agreed",
        "accepted",
        "open",
        "closed",
        "on hold",
        "yes",
        "no",
        "y",
        "n",
        "tbc",
        "tbd",
        "n/a",
    }
)
#: Round 38 (ox38): the most words a bare outcome is written in (``Not approved``,
#: Turkish ``Onaylanmadı``, Spanish ``No aprobado``).
_OUTCOME_MAX_WORDS = 3


@lru_cache(maxsize=4096)
def bare_outcome(value: str) -> bool:
    """Whether a cell holds only an outcome or status word (:data:`OUTCOME_WORDS`:
    ``Approved``, ``Rejected``), in English or, round 38 (ox38), in a language the
    vocabularies hold, read through their values (a Turkish change log's ``Karar`` over
    ``Onaylandı`` / ``Reddedildi``: approved, rejected): no decision's or item's text."""
    text = value.strip().lower()
    if text in OUTCOME_WORDS:
        return True
    if not text or len(text.split()) > _OUTCOME_MAX_WORDS:
        return False
    english = translate(text, "values")
    return english is not None and english.strip().lower() in OUTCOME_WORDS


#: Words of an action log, reported as such when a table is not a register.
ACTION_WORDS = ("action", "actions")
#: Words of a change request log, reported as such when a table is not a register.
#: Round 36 (vx36): and a contract's words for its changes: NEC's compensation events and
#: the instructions that start them (a project manager's, an engineer's, an architect's or
#: a site instruction: ``PMI``, ``AI``, ``SI``), FIDIC's and JCT's variations and variation
#: orders, AIA's change orders. Never a bare ``instruction(s)`` (a workbook's read-me tab).
CHANGE_WORDS = (
    *("change", "changes", "cr", "crs", "rfc"),
    *("compensation event", "compensation events", "variation", "variations"),
    *("variation order", "variation orders", "change order", "change orders"),
    *("site instruction", "site instructions", "engineer s instruction"),
    *("engineer s instructions", "architect s instruction", "architect s instructions"),
    *("project manager s instruction", "project manager s instructions"),
)


#: Round 29: the codes change requests and actions are numbered by (``CR-014``, ``ACT-3``).
#: Round 36 (vx36): and a contract's compensation events, variation orders and project
#: manager's instructions (``CE-012``, ``VO-3``, ``PMI-021``).
#: Round 39 (t48a): and Italian ``RdM`` (richiesta di modifica, ``RdM-01``).
_CHANGE_CODES = frozenset(
    {"CR", "CRQ", "RFC", "CHG", "DCN", "DCR", "ECN", "ECR", "CE", "VO", "PMI", "RDM"}
)
#: Round 39 (t48a): the board that rules on change requests (a change control board, an
#: Italian ``Esito CCB``, a French ``Décision du CCB``): a column of its outcome is a change
#: request log's, whatever the log's other columns
CHANGE_BOARD_WORDS = ("ccb", "change control board", "change advisory board", "change board")


def names_change_board(block: TableBlock) -> bool:
    """Round 39 (t48a): True when a header of ``block`` names the change board (``Esito
    CCB``, ``CCB decision``): its rows are change requests the board rules on."""
    return any(_has_word(c.text or "", CHANGE_BOARD_WORDS) for c in block.headers)


_ACTION_CODES = frozenset({"ACT", "AP", "AI"})


def keyed_as_other_log(block: TableBlock, grid: Grid) -> str | None:
    """Round 29: why a table whose key column numbers change requests or actions is no
    register, when nothing names it one (no sheet, title, header or file word, no tool, no
    register's codes; the caller asks).

    A PM's workbook keeps a change request log and an action log beside the registers, on a
    sheet named by number or letter (``Tab 4``, ``A``); their columns (a priority, an
    impact, an owner, a due date) are an issue log's, so by its columns alone the table
    reads as issues. Its first column says what it numbers: a header naming a change or an
    action (``Change ID``, ``CR No.``, ``Action ref``) or codes all of one change or action
    prefix (``CR-014``, ``RFC7``, ``ACT-3``): such a table is listed, not adopted."""
    if not block.headers:
        return None
    first = block.headers[0]
    values = [
        grid.value(r, first.col) for r in range(block.first_data_row, block.last_data_row + 1)
    ]
    prefix = id_prefix(values)
    text = first.text or ""
    change = _has_word(text, CHANGE_WORDS) or prefix in _CHANGE_CODES or names_change_board(block)
    action = _has_word(text, ACTION_WORDS) or prefix in _ACTION_CODES
    if change and not action:
        return (
            "a change request log (its first column numbers changes): the standard workbook "
            "has no change register (an agreed change can be entered as an issue of type "
            "Request for Change)"
        )
    if action and not change:
        return (
            "an action log (its first column numbers actions): the standard workbook has no "
            "actions register (an action belongs in a risk's Response or an issue's Resolution)"
        )
    return None


def typed_as_change_requests(
    block: TableBlock,
    grid: Grid,
    mappings: dict[str, dict[int, Candidate]],
    standards: Standards,
) -> str | None:
    """Round 41 (rt41b): why a list whose type column says every entry is a change request
    is no register, when nothing names it one (the caller asks).

    A list typing its entries as problems and change requests (V-Modell's
    ``Problemmeldung`` / ``Änderungsantrag``, ``Problem`` / ``Change Request``) holds issues
    of the standard's own types and is the issue register (round 41, t52d); but where every
    entry is a change request (``Change Request``, ``RFC``, ``Änderungsantrag``, ``Solicitud
    de cambio``: each read as the issue type ``Request for Change``) the list is a change
    request log, which the standard holds no register of (the lead's standing ruling): listed,
    not adopted."""
    typed = [c for c, cand in mappings.get("issues", {}).items() if cand.column_key == "type"]
    if len(typed) != 1:
        return None
    read = list_for_column("issue_type", standards)
    kinds: set[object] = set()
    filled = 0
    for r in range(block.first_data_row, block.last_data_row + 1):
        value = grid.value(r, typed[0])
        if is_blank(value):
            continue
        filled += 1
        kinds.add(read(value).value)
    if filled < 2 or kinds != {"Request for Change"}:
        return None
    return (
        "a change request log (its type column says every entry is a change request): the "
        "standard workbook has no change register (an agreed change can be entered as an "
        "issue of type Request for Change)"
    )


def context_lines(block: TableBlock) -> list[str]:
    """The title lines just above the table, each apart (round 27: a line naming two
    measures, ``Budget vs Actual``, is read apart from a block's own heading under it)."""
    return [
        line
        for row, col, text in block.preamble
        if block.header_row - row <= 10
        and block.first_col - 1 <= col <= block.last_col
        and (line := _title_part(text))
    ]


def sheet_and_titles(block: TableBlock) -> str:
    """The sheet's name and the title lines above the table, one text (``Invoices |
    Contractor invoice register``): where a table names what register it is."""
    return " | ".join([block.sheet.replace("_", " "), *context_lines(block)])


#: the longest title line read whole, and the longest a line of short parts may be
TITLE_LENGTH = 60
PARTED_TITLE_LENGTH = 120
#: where a title line parts a project's name from what the sheet is (``Dhaka Water Supply
#: Sector Development Program - Procurement Plan``, ``... : Risk Register``, ``... | RAID``,
#: a supplier's ``Project - Supplier - Document``)
_TITLE_PARTS = re.compile(r"\s+[-\u2013\u2014|]\s+|:\s+")
#: a sentence ending inside a part: a note, not a title (``Note - risks are reviewed weekly. ...``)
#: Round 34: not after a short form's dot (``excl. VAT``, ``incl. GST``, ``approx.``,
#: ``No. 4``, ``Co. Ltd.``, ``vs.``): a supplier's ``Actual cost by month (JPY, excl.
#: consumption tax)`` is a title's part, no sentence. Round 37 (rx38): nor after a
#: firm's legal form (``Pvt. Ltd.``, ``Pty. Ltd.``, ``Corp.``): ``Time & materials tracker -
#: Kaveri Digital Consulting Pvt. Ltd.`` names the tracker and its supplier
_SENTENCE_END = re.compile(
    r"(?<!\bexcl)(?<!\bincl)(?<!\bapprox)(?<!\bno)(?<!\bnr)(?<!\bref)(?<!\brev)"
    r"(?<!\bco)(?<!\bltd)(?<!\binc)(?<!\bvs)(?<!\bex)(?<!\bpvt)(?<!\bpty)(?<!\bcorp)"
    r"[.;!?]\s",
    re.IGNORECASE,
)


#: Round 37 (t44a): a title line ending in one bracketed aside (``... (amounts in EUR)``).
_ASIDE = re.compile(r"^\s*(?P<title>[^()]+?)\s*\([^()]*\)\s*$")


def _title_part(text: str) -> str:
    """A title line as it names the table: whole when short; round 31: a longer line
    written in parts between dashes, bars or a colon (a long programme's name before
    ``- Procurement Plan``; a supplier's pack titled ``Baa Atoll Water Villas (42 No.) -
    Interim Payment Applications (USD)``) is read as those of its parts that are short; a
    sentence (no such parts, a part ending a sentence inside it, or longer) names nothing."""
    if len(text) <= TITLE_LENGTH:
        return text
    aside = _ASIDE.match(text)
    if (
        aside is not None
        and len(aside.group("title")) <= TITLE_LENGTH
        and len(text) <= PARTED_TITLE_LENGTH
        and not _SENTENCE_END.search(text)
    ):
        # round 37 (t44a): a short title with its bracketed aside after it (a supplier's
        # ``Liquiditeitsprognose leverancier (bedragen in EUR, excl. btw)``): the aside
        # states the unit, no sentence, and the title is read whole with it
        return text
    parts = [p.strip() for p in _TITLE_PARTS.split(text.strip()) if p.strip()]
    if len(text) > PARTED_TITLE_LENGTH or not 2 <= len(parts) <= 4:
        return ""
    if any(_ends_sentence(p) for p in parts):
        return ""
    return " - ".join(p for p in parts if len(p) <= TITLE_LENGTH)


def _ends_sentence(part: str) -> bool:
    """Whether a title's part ends a sentence inside it (:data:`_SENTENCE_END`). Round 37
    (px42): not after a company's legal form (``Kaveri Digital Consulting Pvt. Ltd.``, ``Maju
    Sdn. Bhd.``, ``Harbour Pty. Ltd.``; :data:`people.ORGANISATION_WORDS`): a supplier's
    name on its report's title line, no sentence."""
    for match in _SENTENCE_END.finditer(part):
        before = re.findall(r"[^\W\d_]+$", part[: match.start()])
        if not before or before[0].casefold() not in ORGANISATION_WORDS:
            return True
    return False


def titled_in_parts(text: str) -> bool:
    """Round 31: a line longer than a short title that is a title written in parts
    (``_title_part`` reads it), not a sentence."""
    return len(text) > TITLE_LENGTH and bool(_title_part(text))


def context_words(block: TableBlock) -> str:
    """The title lines just above the table, lower case."""
    return " ".join(context_lines(block)).lower()


def _registers_named(text: str) -> set[str]:
    """The registers ``text`` (a task list's name, a tag) names by their plain words."""
    return {key for key in ADOPTED_REGISTERS if names_register(key, text, set(), _has_word)}


def _has_word(text: str, words: tuple[str, ...]) -> bool:
    """True when ``text`` holds one of ``words``, also read in another language (a sheet
    ``Risques``, a title ``Offene Punkte``: round 8)."""
    found = re.findall(r"[a-z]+", with_translation(text).lower())
    tokens = set(found)
    joined = f" {' '.join(found)} "
    # a register named in two words (NEC4's "early warning", round 13) is found as a phrase
    return any(w in tokens if " " not in w else f" {w} " in joined for w in words)


def mixed_text_by_content(
    block: TableBlock, grid: Grid, mapped: dict[str, dict[int, Candidate]]
) -> None:
    """In a mixed table whose text column no header names certainly for any register (an
    ``Item`` header, read as the ID, over sentences), the column whose values read as item
    texts (:func:`main_column_by_content`) is every register's text column, for review
    (round 25): one column holds every row's text whatever its register, as
    :func:`shared_main_column` reads a named one. Nothing is taken when one register's
    text column is named, or when no column's values read as item texts."""
    if not mapped or any(
        cand.column_key in MAIN_COLUMNS[key] and cand.confidence >= CERTAIN
        for key, chosen in mapped.items()
        for cand in chosen.values()
    ):
        return
    first = next(iter(mapped))
    col = main_column_by_content(block, grid, dict(mapped[first]), first)
    if col is None:
        return
    for key, chosen in mapped.items():
        chosen[col] = Candidate(MAIN_COLUMNS[key][0], CONTENT, "(values are item texts)")


def _issue_rows_rating(
    block: TableBlock,
    grid: Grid,
    mapped: dict[str, dict[int, Candidate]],
    type_col: int,
    standards: Standards,
) -> None:
    """Round 42 (ox42): a mixed log's ``Rating`` on its issue rows is their severity
    (:func:`addin.adopt.raid_ratings.issue_rows_rating`)."""
    rows = [
        r
        for r in range(block.first_data_row, block.last_data_row + 1)
        if type_register(cell_text(grid.value(r, type_col))) == "issues"
    ]
    if not rows:
        return
    heads = {c.col: c.text for c in block.headers if c.text and c.col != type_col}
    severity = layout.REGISTERS_BY_KEY["issues"].column("severity")
    issue_rows_rating(
        mapped,
        heads,
        {col: [grid.value(r, col) for r in rows] for col in heads},
        lambda values: value_fit(severity, values, "", standards),
    )


def shared_main_column(mapped: dict[str, dict[int, Candidate]]) -> None:
    """In a mixed table, a register without its own text column takes the one the others
    share (round 6): an Asana ``Name`` is a risk's and an issue's Title and a decision's
    Decision alike; one column holds every row's text whatever its register."""
    texts = {
        col
        for key, chosen in mapped.items()
        for col, cand in chosen.items()
        if cand.column_key == MAIN_COLUMNS[key][0] and cand.confidence >= CERTAIN
    }
    if len(texts) != 1:
        return
    (col,) = texts
    for key, chosen in mapped.items():
        main = MAIN_COLUMNS[key][0]
        if col in chosen or any(c.column_key in MAIN_COLUMNS[key] for c in chosen.values()):
            continue
        source = next(m[col] for m in mapped.values() if col in m and m[col].confidence >= CERTAIN)
        chosen[col] = Candidate(main, source.confidence, source.synonym)


def find_type_column(block: TableBlock, grid: Grid) -> int | None:
    """A column saying which RAID register each row belongs to."""
    best: int | None = None
    for cell in block.headers:
        values = [
            cell_text(grid.value(r, cell.col))
            for r in range(block.first_data_row, block.last_data_row + 1)
        ]
        written = [v for v in values if v]
        values = [
            v.strip().lower().rstrip("s") if len(v) > 2 else v.strip().lower() for v in values if v
        ]
        header_ok = bool(_TYPE_HEADER.match(cell.text.strip().lower()))
        if not values:
            if "/" in cell.text and re.fullmatch(
                r"\s*r\s*/\s*a\s*/\s*i\s*/\s*d\s*", cell.text.lower()
            ):
                return cell.col
            continue
        known = [
            RAID_TYPES.get(v) or RAID_TYPES.get(v + "s") or raid_type_word(w) or shortened_type(w)
            for v, w in zip(values, written, strict=True)
        ]
        share = sum(1 for k in known if k) / len(values)
        kinds = {k for k in known if k}
        if share >= 0.8 and (len(kinds) >= 2 or (header_ok and len(values) >= 1)) and header_ok:
            return cell.col
        words = all(len(v) > 1 for v in values)
        many = len(kinds) >= 3 or (len(kinds) >= 2 and words and len(values) >= 3)
        if (share >= 0.9 and many) or (
            best is None
            and len(kinds) >= 2
            and _tool_type_with_others(cell.text, known, share)
            and not any(_headed_by_other_register(block, cell.col, k) for k in kinds)
            and not _money_measures(block)
        ):
            best = cell.col
    return best


#: Headers of a finance table's money measures (red team of round 13).
_MONEY_MEASURE = re.compile(
    r"(?:total |planned |approved |original |revised )?"
    r"(?:budget|budgets|actual|actuals|forecast|spend|cost|costs|variance)"
    r"(?:\s*\([^)]*\))?"
)


def _money_measures(block: TableBlock) -> bool:
    """Whether two of the table's headers or more are money measures alone (``Budget``,
    ``Actual``, ``Forecast``): a cost plan whose ``Type`` says ``Capex``, ``Risk``
    (contingency), ``Issue`` (rework) is no tool's work items with risks among them
    (red team of round 13: its budget lines were adopted as risks and issues, their money
    dropped)."""
    # the measure alone (``Budget``, ``Actual (£k)``); a RAID log's ``Cost Impact`` or
    # ``Budget Impact`` is a risk's or an issue's field, not a money measure
    return sum(1 for h in block.headers if _MONEY_MEASURE.fullmatch(h.text.strip().lower())) >= 2


#: The share of a tool's type column's rows that must be a register's items when the
#: others are the tool's other work items (round 13).
TOOL_TYPE_SHARE = 0.5


def _tool_type_with_others(header: str, known: list[str | None], share: float) -> bool:
    """True for a tool's type column (``Work Item Type``, ``Issue Type``: round 6's
    :data:`TOOL_TYPE_HEADER`) whose rows are a register's items, two or more and at least
    half of them, among the tool's other work items (an Azure Boards tree query's
    ``Feature`` parents over their ``Risk`` and ``Issue`` children, round 13): the register
    rows are adopted and the others listed. The caller asks for two registers among them:
    an issue log's ``Issue Type`` of ``Problem`` / ``Concern`` / ``Request for Change`` is
    the issues' own type list, not problems among other work items. A Jira export of
    stories and tasks with one ``Risk`` row stays out."""
    registered = sum(1 for k in known if k)
    # every row a register's: round 6's rules decide (an issue log's `Issue Type` of `Risk`
    # on every row stays an issue log, red team of rounds 5-7)
    return (
        bool(TOOL_TYPE_HEADER.match(header.strip()))
        and registered >= 2
        and TOOL_TYPE_SHARE <= share < 1.0
    )


#: Headers of a tool's type column: Jira's ``Issue Type``, Azure DevOps' ``Work Item Type``.
TOOL_TYPE_HEADER = re.compile(
    r"^(?:(?:issue|work[ _]?item|item|ticket|record|task|entry|raid|log|card|activity)[ _]?)?type$",
    re.I,
)


def single_type_column(block: TableBlock, grid: Grid) -> tuple[int, str] | None:
    """A type column naming one register on every row (round 6): ``(column, register)``.

    A tool exports one issue type as a table of its own: Jira's ``Issue Type`` column says
    ``Risk`` on every row of a risk export, whatever the word ``Issue`` in its header.
    The column must be headed as a type and every value (two rows at least) a register's
    word, not a letter.
    """
    for cell in block.headers:
        if not TOOL_TYPE_HEADER.match(cell.text.strip()):
            continue
        values = [
            cell_text(grid.value(r, cell.col)).strip().lower()
            for r in range(block.first_data_row, block.last_data_row + 1)
        ]
        values = [v for v in values if v]
        if len(values) < 2 or any(len(v) < 3 for v in values):
            continue
        kinds = {type_register(v) for v in values}
        if len(kinds) == 1 and None not in kinds:
            (key,) = kinds
            if key is not None and not _headed_by_other_register(block, cell.col, key):
                return cell.col, key
    return None


#: The registers a tool's record type names when it names one register on every row: the
#: RAID words, and a planning tool's milestones (round 13: P6's ``Finish Milestone``).
_RECORD_TYPES = {**RAID_TYPES, "milestone": "milestones", "milestones": "milestones"}
#: Words a tool's record type puts before the register's word (P6's ``Start Milestone`` and
#: ``Finish Milestone``, ``Key Milestone``, ``Project Risk``): the record is still one.
_TYPE_QUALIFIERS = frozenset({"start", "finish", "key", "project", "programme", "program"})


def raid_type_word(value: str) -> str | None:
    """The register a record type names in a language of ``languages.toml`` (Estonian
    ``Probleem``, ``Eeldus``; round 16), or None."""
    english = translate(value, "words")
    return RAID_TYPES.get(english) if english else None


#: The fewest letters of a record type cut short with a dot (``Dep.``, ``Assump.``).
_SHORT_TYPE_LETTERS = 3


def shortened_type(value: str) -> str | None:
    """The register a record type cut short with its dot names (``Assump.``, ``Dep.``,
    ``Iss.``; round 25): the start, three letters or more, of one register's word and of no
    other's, as a PMO writes ``Assump.`` for an assumption. None without the dot (``Dept``
    is no dependency) or when the start fits two registers' words or none (``Dec.`` is
    the decisions' alone; ``D.`` is too short to say)."""
    text = value.strip().lower()
    if not text.endswith(".") or text.count(".") != 1:
        return None
    return _register_word_start(text[:-1].strip())


def _register_word_start(start: str) -> str | None:
    """The register whose word ``start`` begins (three letters or more), when it begins one
    register's word and no other's; None otherwise."""
    if len(start) < _SHORT_TYPE_LETTERS or not start.isalpha():
        return None
    found = {key for word, key in RAID_TYPES.items() if len(word) > 2 and word.startswith(start)}
    return found.pop() if len(found) == 1 else None


def type_cut_short(value: str) -> str | None:
    """The register a cell of a column ALREADY read as the RAID type column names when it is
    cut short without a dot (round 26): a RAIDD log types its rows ``R`` / ``A`` / ``I`` /
    ``Dep`` / ``Dec``, and in a column whose other rows name registers ``Dec`` is the
    decision, not December. The start, three letters or more, of one register's word and
    of no other's (:func:`shortened_type`'s rule without its dot); only the per-row reading
    of a found type column asks, never the finder of the column (a month column of ``Dec``
    is no type column)."""
    return _register_word_start(value.strip().lower())


def type_value_register(value: str) -> str | None:
    """The register one cell of a RAID type column names: the register's word or letter,
    its plural, the word in another language (:func:`raid_type_word`) or cut short with a
    dot (:func:`shortened_type`); None for anything else."""
    text = value.strip().lower()
    if not text:
        return None
    return (
        RAID_TYPES.get(text)
        or RAID_TYPES.get(text.rstrip("s"))
        or raid_type_word(text)
        or shortened_type(text)
    )


def type_register(value: str) -> str | None:
    """The register a record type names (``Risk``, ``Issues``, ``Finish Milestone``), or
    None: the register's word alone, or after qualifiers only (:data:`_TYPE_QUALIFIERS`)."""
    words = value.strip().lower().split()
    if not words or len(words) > 3:
        return None
    head = words[-1]
    key = _RECORD_TYPES.get(head) or _RECORD_TYPES.get(head.rstrip("s"))
    if key is None or len(head) < 3:
        return None
    return key if all(w in _TYPE_QUALIFIERS for w in words[:-1]) else None


def _headed_by_other_register(block: TableBlock, type_col: int, key: str) -> bool:
    """True when another column is headed by another register's own word alone (an
    ``Issue`` column in an issue log whose ``Issue Type`` says ``Risk``): that column is the
    item text of the register the table is, and the type column only classifies its items.
    A tool's export heads its text ``Summary`` or ``Title``, never a register's word."""
    for cell in block.headers:
        if cell.col == type_col:
            continue
        text = cell.text.strip().lower()
        other = RAID_TYPES.get(text) or RAID_TYPES.get(text.rstrip("s"))
        if other is not None and other != key:
            return True
    return False


#: Words that may stand beside a register's word in a section heading ("RAID - Assumptions",
#: "Key Risks", "Open Issues (3)", "Dependencies log"): they do not change which register.
_SECTION_FILLER = frozenset(
    {
        "raid",
        "log",
        "logs",
        "register",
        "registers",
        "list",
        "key",
        "top",
        "open",
        "closed",
        "active",
        "current",
        "new",
        "live",
        "all",
        "project",
        "programme",
        "program",
        "section",
        "items",
        "the",
        "of",
        "and",
    }
)


def section_register(text: str) -> str | None:
    """The register a section heading names (``Risks``, ``RAID - Assumptions``,
    ``Dependencies (3)``, ``KEY ISSUES``, ``Risks - Technical``), or None: one part of it
    (parts split at a dash, colon or bar) is one register's word beside nothing but counts
    and :data:`_SECTION_FILLER` words, and no other part names another register. Round 20:
    a heading in a language of ``languages.toml`` (``RIESGOS``, ``SUPUESTOS``, ``Ризици``) is
    read by its English words, as a record type is (:func:`raid_type_word`)."""
    found = _section_register(text)
    if found is None:
        english = translate(text, "words")
        if english and english != " ".join(text.lower().split()):
            found = _section_register(english)
    return found


def _section_register(text: str) -> str | None:
    """:func:`section_register` on a heading in English words."""
    if len(re.findall(r"[a-z]+", text.lower())) > 7:
        return None
    # "Risks - Technical", "RAID: Issues": one part of the heading names the register
    found: set[str] = set()
    for part in re.split(r"\s[-\u2013\u2014:|/]\s|:\s*|\s*[-\u2013\u2014|]\s*(?=[A-Z])", text):
        key = _section_part(part)
        if key is not None:
            found.add(key)
    return found.pop() if len(found) == 1 else None


def _section_part(text: str) -> str | None:
    """The register one part of a heading names: its only register word, beside nothing
    but counts and :data:`_SECTION_FILLER` words."""
    words = re.findall(r"[a-z]+", text.lower())
    if not words or len(words) > 5:
        return None
    named: set[str] = set()
    for word in words:
        key = RAID_TYPES.get(word) or RAID_TYPES.get(word.rstrip("s"))
        if key is not None and len(word) > 2:
            named.add(key)
        elif word not in _SECTION_FILLER:
            return None
    return named.pop() if len(named) == 1 else None


def find_section_rows(block: TableBlock, grid: Grid) -> dict[int, str]:
    """Section rows splitting one table into registers (round 5): a row inside the table
    whose only text is a heading naming one register (a Smartsheet parent row ``Risks``
    over its indented children, a band ``RAID - Assumptions``, ``Dependencies (3)``),
    perhaps with a row number, a count or a short code beside it. Returns heading row ->
    register when headings name two registers or more (one register named is a group
    heading of that register's own table), else {}."""
    found: dict[int, str] = {}
    for row in range(block.first_data_row, block.last_data_row + 1):
        cols = grid.nonblank_cols(row, block.first_col, block.last_col)
        # beside the heading: at most one row number, count or short code ("3", "R", "1.0")
        texts = [c for c in cols if not _code_like(grid.value(row, c))]
        if len(texts) != 1 or len(cols) - len(texts) > 1:
            continue
        key = section_register(cell_text(grid.value(row, texts[0])))
        if key is not None:
            found[row] = key
    return found if len(set(found.values())) >= 2 else {}


def _code_like(value: CellValue) -> bool:
    """A row number, a count or a short code (``3``, ``1.0``, ``R``, ``(4)``)."""
    if parse_number(value) is not None:
        return True
    text = cell_text(value)
    return 0 < len(text) <= 3 and " " not in text


def section_rows_by_register(
    block: TableBlock, grid: Grid, sections: dict[int, str]
) -> dict[str, list[int]]:
    """The rows under each section heading, by register (blank rows dropped; the rows
    above the first heading belong to none)."""
    out: dict[str, list[int]] = {}
    current: str | None = None
    for row in range(block.first_data_row, block.last_data_row + 1):
        if row in sections:
            current = sections[row]
            continue
        if current is None or grid.row_is_blank(row, block.first_col, block.last_col):
            continue
        out.setdefault(current, []).append(row)
    return out


def _register_columns(mappings: dict[str, dict[int, Candidate]], keys: set[str]) -> int:
    """How many columns read certainly as a column of one of ``keys`` other than its text
    column (Owner, Probability, Due Date...): a table of texts under section headings (a
    lessons log grouped by Risks / Issues) has too few to be registers."""
    cols = {
        col
        for key in keys
        for col, cand in mappings.get(key, {}).items()
        if cand.confidence >= CERTAIN and cand.column_key not in MAIN_COLUMNS[key]
    }
    return len(cols)


def _sectioned(
    block: TableBlock,
    grid: Grid,
    sections: dict[int, str],
    mappings: dict[str, dict[int, Candidate]],
) -> Classification:
    """A table split into registers by its section rows: each register maps the columns
    in its own sense; a register whose text column no header names takes the column whose
    values read as item texts (for review)."""
    mapped = {k: dict(v) for k, v in mappings.items() if k in RAID_TYPES.values()}
    for key in dict.fromkeys(sections.values()):
        chosen = mapped.setdefault(key, {})
        has_main = any(
            c.column_key in MAIN_COLUMNS[key] and c.confidence >= CERTAIN for c in chosen.values()
        )
        if not has_main:
            main = main_column_by_content(block, grid, chosen, key)
            if main is not None:
                chosen[main] = Candidate(MAIN_COLUMNS[key][0], CONTENT, "(values are item texts)")
    headings = ", ".join(
        f"{cell_text(grid.value(r, c))!r} (row {r})"
        for r in sections
        for c in [
            c
            for c in grid.nonblank_cols(r, block.first_col, block.last_col)
            if not _code_like(grid.value(r, c))
        ][:1]
    )
    return Classification(
        "raid",
        0.9,
        f"mixed RAID table: section rows {headings} say which register the rows under them belong to",
        mapped,
        sections=sections,
    )


def classify(block: TableBlock, grid: Grid, standards: Standards) -> Classification:
    """Decide what the table is (see the module docstring for the rule). Month words its
    values write are read in the languages of its headers (round 17)."""
    history = _version_history(block, grid)
    if history is not None:  # round 28: a controlled document's change log, no register
        return Classification(None, 0.0, history, {})
    with (
        cldr.languages_in(languages_of(c.full for c in block.headers)),
        key_lines_in(table_lines(block, grid)),  # round 35's second wave; round 39's legend
    ):
        found = _classify(block, grid, standards)
    if found.register in MAIN_COLUMNS and found.register != "finance" and found.sections == {}:
        chosen = {c: m.column_key for c, m in found.mappings.get(found.register, {}).items()}
        people = people_list_reason(block, grid, chosen, MAIN_COLUMNS[found.register])
        if people is not None:  # round 24: contacts beside a register are no items
            return Classification(None, 0.0, f"not a register table ({people})", found.mappings)
    if found.register in found.mappings:  # round 18: a free text under an unknown header
        texts_by_values(block, grid, found.mappings[found.register], found.register)
        # round 20: people's names under an unknown header, the other person field
        people_by_values(block, grid, found.mappings[found.register], found.register)
        # round 23: the ID down the left and a one-date register's date, under headers
        # that say nothing (content_fields.py)
        id_down_the_left(block, grid, found.mappings[found.register], found.register)
        one_date_field(block, grid, found.mappings[found.register], found.register)
        # round 42 (ce42): the closed date written on the closed items only (closed_dates.py)
        closed_by_values(block, grid, found.mappings[found.register], found.register, standards)
    if found.register == "dependencies":
        deliverable_as_title(found.mappings[found.register])
    if found.register == "milestones":
        from addin.adopt.stage_dates import last_stage_dates

        # round 30: a procurement plan's stages, planned and actual: the last one is the
        # item's milestone (stage_dates.py)
        last_stage_dates(block, found.mappings[found.register])
    return found


def _measures_down(
    block: TableBlock, grid: Grid, chosen: dict[int, Candidate], mapped_keys: set[str]
) -> bool:
    """Round 32's last hour: a long export's column of measures (``Budget`` / ``Actual``
    down a ``Version`` or ``Ledger`` column, or the letters its title block's legend gives,
    ``Ledger A = actual, B = budget``) beside its month and one amount column says finance
    as a header naming the measure does: a ledger extract's ``Period | Ledger | Account |
    Description | Amount`` names no register in its words."""
    if "month" not in mapped_keys:
        return False
    from addin.adopt.finance import tidy_measures

    return tidy_measures(block, grid, chosen) is not None


def deliverable_as_title(chosen: dict[int, Candidate]) -> None:
    """A dependency log with no title column but one deliverable column (``What``,
    ``Deliverable``): that column is what the item is, its title (round 29's last hour).
    The title is the dependency's one required text; a log that names each item only by
    the thing handed over keeps that thing as the title, as a person reads the row. With
    a title column beside it, the deliverable stays the deliverable."""
    keys = [c.column_key for c in chosen.values()]
    if "title" in keys or keys.count("deliverable") != 1:
        return
    col = next(c for c, m in chosen.items() if m.column_key == "deliverable")
    found = chosen[col]
    chosen[col] = Candidate("title", found.confidence, found.synonym)


def _quarter_columns(block: TableBlock, grid: Grid, named: str) -> list[int]:
    """The quarter columns of a table with no month columns, read as its periods when
    they hold amounts, two or more, and the table names money (``Budget 2026 (£)``: a
    ``Q1`` column of a questionnaire is no quarter); under the ``quarter_amounts`` reading
    ``"none"`` the table is found and its quarters are listed, not read (round 22,
    :mod:`addin.adopt.quarters`)."""
    from addin.adopt.quarters import names_money, period_head

    cols = [
        c.col
        for c in block.headers
        if c.text and period_head(c.text, c.group) and _holds_amounts(block, grid, c.col)
    ]
    if len(cols) < 2 or not names_money([named, *(t for _, _, t in block.preamble)]):
        return []
    from addin.adopt.resources import stated_effort_unit

    if stated_effort_unit(block) is not None:
        # red team of round 22: ``Headcount budget 2026 (FTE)`` over quarters counts people,
        # not money: a unit of effort the table states keeps it out of finance (listed)
        return []
    return cols


def _quarters_after(block: TableBlock, grid: Grid, month_cols: list[int]) -> list[int]:
    """The quarter columns holding amounts to the right of every month column: a tracker's
    next year planned by quarter (``Mar-26 | FY27 Q1``), read as forward quarters when
    none of their months is a month column's (``quarters.forward_quarters``, round 27)."""
    from addin.adopt.quarters import period_label

    last = max(month_cols)
    return [
        c.col
        for c in block.headers
        if c.col > last and c.text and period_label(c.text) and _holds_amounts(block, grid, c.col)
    ]


def _version_history(block: TableBlock, grid: Grid) -> str | None:
    """Why the table is a document's version history (``print_furniture``), or None."""
    heads = [c for c in block.headers if c.text]
    if not heads:
        return None
    if not version_header(heads[0].text):
        return None
    values = [grid.value(r, heads[0].col) for r in _rows(block)]
    return version_history_reason([c.text for c in heads], values)


#: Round 30's weak milestone texts: a donor's activity tracker names each step an activity.
_ACTIVITY_TEXTS = frozenset({"activity", "activity description"})


def _activity_beside_another_register(block: TableBlock, chosen: dict[int, Candidate]) -> None:
    """Red team of round 30: an ``Activity`` column is no milestone's text where another
    column is headed by another register's own word (``Risk | Likelihood | Impact | Owner |
    Activity``: the work activity each risk belongs to). Read as the milestone, it gave the
    milestone register a text column, and a risk register on a sheet named ``Activity
    plan`` or ``Milestones`` was adopted as milestones, its risks, likelihoods and impacts
    left out (in place)."""
    others = {
        w
        for key, words in REGISTER_WORDS.items()
        if key not in ("milestones", "finance")
        for w in words
    }
    if not any(" ".join(c.text.casefold().split()) in others for c in block.headers if c.text):
        return
    for col, cand in list(chosen.items()):
        if cand.column_key == "milestone" and cand.synonym in _ACTIVITY_TEXTS:
            del chosen[col]


def _phrase(cell: HeaderCell) -> str:
    """A header cell's label as a phrase: group and field for a header written over two
    rows without a merge (``Actual`` over ``Amount``), the field alone otherwise."""
    return cell.full if cell.split else cell.text


def _classify(block: TableBlock, grid: Grid, standards: Standards) -> Classification:
    context = context_words(block)
    # a tool's list, bucket or group named on every row names the register as a title does
    context = f"{context} {container_name(block, grid).lower()}".strip()
    # headers as words: "IssueStatus" and "issue_status" name the register like "Issue Status"
    # round 36 (px40): a header written over two rows without a merge is one phrase
    # (``Actual`` over ``Amount``): its words name the register as the phrase on one row does
    header_text = " ".join(
        (normalise_header(_phrase(c)) or (_phrase(c).lower(),))[0] for c in block.headers if c.text
    )
    heads = header_texts(block)
    mappings = {
        key: assign(header_candidates(block, key, grid, standards), heads, key)
        for key in ADOPTED_REGISTERS
    }
    _activity_beside_another_register(block, mappings["milestones"])
    # round 35's third wave: a supplier's ``Side`` (Client / Supplier) is no category
    drop_side_categories(
        {
            c.col: [
                grid.value(r, c.col) for r in range(block.first_data_row, block.last_data_row + 1)
            ]
            for c in block.headers
        },
        mappings,
    )
    levels = level_sets(block, grid)
    if levels:  # a tree query's Title 1 | Title 2: one field in level columns (round 13)
        for key, chosen in mappings.items():
            join_levels(levels, chosen, key)
    month_cols = [
        c.col for c in block.headers if month_label(c) and _holds_amounts(block, grid, c.col)
    ]
    if not month_cols:
        finest_line(
            block,
            grid,
            mappings["finance"],
            invoice_log=invoice_register(sheet_and_titles(block)),
        )
        # round 35's third wave: a long report's period headed by its document
        # (``Valuation``, ``Claim``), known by its cells (month starts, repeated)
        month_by_cells(block, grid, mappings["finance"])
        # round 29's last hour: a one-month ledger report's Debit is its actual
        ledger_debit(block, grid, mappings["finance"])
        # round 33's last hour: `Particulars` over lines whose measures are columns
        particulars_lines(block, grid, mappings["finance"])
        # round 32: an accruals tracker's `Total actual` beside `Invoiced | Accrued`
        total_over_parts(block, grid, mappings["finance"])
        # rt33: `This period` in a budget's or a forecast's report is that measure's
        period_amount_by_title(block, mappings["finance"])
        # round 41 (t52c): `Approved Allocation` beside `Spend This Month` is the budget
        measure_by_vocabulary(block, grid, mappings["finance"])
    # round 41 (t52d): a sprint report (one row per sprint, its dates and points) is the
    # Iterations register's own shape
    from addin.adopt.sprints import sprint_report

    sprints = sprint_report(block, grid)
    if sprints is not None:
        return Classification("iterations", 0.9, sprints.reason, {"iterations": sprints.columns})
    # round 13: resource plans; round 37 (rt37): people by month in days
    from addin.adopt.resources import effort_months, people_by_month, resource_plan

    # round 17: months of effort written with its unit (``40h``) hold no amounts
    plan = resource_plan(block, grid, month_cols or effort_months(block, grid))
    if plan is not None:
        return Classification(
            None if plan.refused else "resources",
            0.0 if plan.refused else 0.9,
            f"{plan.reason}: not adopted - {plan.refused}" if plan.refused else plan.reason,
            {"resources": plan.columns},
            month_cols=month_cols or effort_months(block, grid),
        )
    if len(month_cols) < 3:  # round 23 (its last hour): a long export of days planned
        from addin.adopt.resources import long_resource_plan

        long_plan = long_resource_plan(block, grid)
        if long_plan is not None:
            return Classification(
                "resources", 0.9, long_plan.reason, {"resources": long_plan.columns}
            )
    if not month_cols:  # round 22: a finance tracker by quarter only
        month_cols = _quarter_columns(block, grid, f"{block.sheet} {context} {header_text}")
    else:  # round 27: quarters after the months (`FY27 Q1`), read if forward (finance.py)
        month_cols += _quarters_after(block, grid, month_cols)
    one_kind = single_type_column(block, grid)
    if one_kind is not None:
        col, key = one_kind
        item = layout.REGISTERS_BY_KEY[key].item
        return Classification(
            key,
            0.9,
            f"column {_letter(col)} says every row is {'an' if item[0] in 'aeiou' else 'a'} "
            f"{item} (a tool's type column)",
            {key: {c: m for c, m in mappings[key].items() if c != col}},
            type_col=None,
        )

    type_col = find_type_column(block, grid)
    if type_col is not None:
        mapped = {k: v for k, v in mappings.items() if k in RAID_TYPES.values()}
        for key in mapped:
            mapped[key] = {c: m for c, m in mapped[key].items() if c != type_col}
        shared_main_column(mapped)
        mixed_text_by_content(block, grid, mapped)
        _issue_rows_rating(block, grid, mapped, type_col, standards)
    if type_col is not None and any(
        cand.column_key in MAIN_COLUMNS[key]
        for key, chosen in mapped.items()
        for cand in chosen.values()
    ):
        # round 31's last hour: a template's lists sheet (``Type | Status`` over ``Risk |
        # Open``, ``Assumption | Closed``) has the type words but no item's text: no log
        return Classification(
            "raid",
            0.9,
            f"mixed RAID table: column {_letter(type_col)} says which register each row belongs to",
            mapped,
            type_col=type_col,
        )

    sections = find_section_rows(block, grid)
    if sections and _register_columns(mappings, set(sections.values())) >= 2:
        return _sectioned(block, grid, sections, mappings)

    scores: dict[str, float] = {}
    reasons: dict[str, str] = {}
    named_where: dict[str, str] = {}  # round 18: where the register's own words name it
    # a tool whose every record is one register names it like a title (round 13)
    export = export_of(block)
    # IDs led by a register's word (ServiceNow's ISSUE0010234, CAPA-26-014) too (round 14)
    id_cols = sorted(
        {c for m in mappings.values() for c, cand in m.items() if cand.column_key == "id"}
    )
    headers_by_col = {c.col: c.text for c in block.headers if c.text}
    by_ids = register_named_by_ids(
        (
            [grid.value(r, c) for r in range(block.first_data_row, block.last_data_row + 1)]
            for c in id_cols
        ),
        [headers_by_col.get(c, "") for c in id_cols],
    )
    # round 27's last hour: a task tool's export (MeisterTask) names no register; the
    # file's name the team saved it under is its only title, weighed as one
    task_tool = task_tool_of(block) if export is None else None
    # round 28: a tool nobody listed, known by a task export's shape alone (a title, an
    # assignee, its lists, tags or stamps), and no schedule
    shaped = (
        export is None
        and task_tool is None
        and task_shape(headers_by_col)
        and schedule_field(headers_by_col) is None
    )
    named_file = file_words(
        block.sheet,
        task_export=task_tool is not None or shaped or task_export(headers_by_col),
        records_sheet=shaped,
    )
    in_lists = register_in_lists(block, grid, headers_by_col, _registers_named) if shaped else None
    if named_file and revision_history(
        {c.col: c.text for c in block.headers if c.text},
        lambda col: [
            grid.value(r, col) for r in range(block.first_data_row, block.last_data_row + 1)
        ],
    ):
        named_file = ""  # red team of round 15: the document's history, not its register
    named_anywhere = False  # round 29: a word, a tool, a code or the file names a register
    # round 33: a method's log the standard holds no register for (a quality register, a
    # lessons log), named by the sheet or the title: no register is told by its columns
    method = method_log(f"{block.sheet.replace('_', ' ')} {context}")
    # round 40 (t51a): a table under its own title naming such a log and no register (a
    # ``VINCOLI`` table under the assumptions of a sheet ``Assunzioni e vincoli``) is that
    # log, whatever register the sheet's name names beside it
    titled_log = (
        method_log(context)
        if 0 < len(context.split()) <= 3  # the log's name alone, no heading of a plan
        and not any(names_register(k, context, set(), _has_word) for k in ADOPTED_REGISTERS)
        else None
    )
    method = titled_log or method
    for key in ADOPTED_REGISTERS:
        chosen = mappings[key]
        certain = {c.column_key for c in chosen.values() if c.confidence >= CERTAIN}
        mapped_keys = {c.column_key for c in chosen.values()}
        # round 14: some words name the register only with a column tracking it so
        # (an interface register's need-by date, an approval's approver; round 32: an
        # invoice log's line of the work)
        confirming = confirming_columns(key, chosen)
        sheet = block.sheet.replace("_", " ")
        in_sheet = names_register(
            key, sheet, confirming, _has_word, header_text=header_text, beside=context
        )
        by_words = in_sheet or names_register(
            key, context, confirming, _has_word, header_text=header_text, beside=sheet
        )
        by_tool = export is not None and export.register == key and not by_words
        by_id = by_ids is not None and by_ids[0] == key and not (by_words or by_tool)
        by_tool_file = (
            (task_tool is not None or shaped)
            and not (by_words or by_id)
            and names_register(key, named_file, set(), _has_word, plans=False)
        )
        by_lists = (
            in_lists is not None and in_lists[0] == key and not (by_words or by_id or by_tool_file)
        )
        in_context = by_words or by_tool or by_id or by_tool_file or by_lists
        in_headers = names_register(key, header_text, certain, _has_word, headers=True)
        if key == "finance" and not in_headers:  # round 18: `Actual | Jan-26 | Feb-26`
            from addin.adopt.finance import measure_mark, measure_word
            from addin.adopt.finance_blocks import block_named_over_lines, measure_groups

            # (a group label stands over columns: a planning tool's ``ACT`` marker there is
            # its measure, as over a month; red team of round 21)
            in_headers = block_named_over_lines(block, grid, measure_word) or (
                measure_groups(block, lambda g: measure_word(g) or measure_mark(g))
                and not groups_count_no_money(
                    " ".join([block.sheet, context, header_text, *_group_labels(block)])
                )
            )
        if key == "finance" and not in_headers and "actual" in certain:
            # round 33: a purchase-order log's ``PO value`` beside what was invoiced on
            # each order (``Invoiced``) names a finance register as a ``Budget`` would;
            # the order's value itself is a commitment, left out (``match.order_value``)
            from addin.adopt.finance import (  # finance reads this module
                contract_dated,
                order_log_date,
            )

            # (rt33b: only when the table's month is the order's, an invoice's or a bare
            # date: a contract's ``Period to`` or an order's ``Delivery date`` is no month
            # of spending, and each order's invoices were booked in it)
            values = [c.text for c in block.headers if c.text and order_value(c.text)]
            dates = [
                c.text
                for c in block.headers
                if c.text and c.col in chosen and chosen[c.col].column_key == "month"
            ]
            in_headers = bool(values) and all(order_log_date(d) for d in dates)
            if in_headers and any(contract_dated(values, d) for d in dates):
                # round 34: a contracts register dated by its contracts: each contract's
                # invoices span its term, no one month's spend
                in_headers = False
        if key == "finance" and not in_headers and month_cols:
            from addin.adopt.finance import measure_word
            from addin.adopt.finance_blocks import heading_over_block

            # round 37 (t43b): a block stacked under another, headed by its measure alone
            # (``PREVISTO`` over one block, ``REALIZADO`` over the next, each with its own
            # ``Item | jan/26 | fev/26`` header row) is named a finance tracker by that
            # heading, as by a measure word in its headers: its actuals one month in are
            # then read across the months still empty, as its budget's twelve are
            # (not where the sheet, title or headers say effort or people: a resource
            # plan's ``Plan`` block of days)
            # red team of round 37 (rt37): nor a block of people by month whose figures can
            # only be days (``Name | Jan-26 | Feb-26`` holding 10, 12, 8 under ``PLAN``)
            in_headers = (
                heading_over_block(block, measure_word) is not None
                and not _has_word(f"{block.sheet} {context} {header_text}", NOT_MONEY)
                and not people_by_month(block, grid, month_cols)
            )
        if key == "finance" and not in_headers and _account_over_months(block, month_cols):
            in_headers = True  # round 34: ``Account | Jan-26 | Feb-26`` (a GL's lines)
        if key == "finance" and not in_headers and _ledger_postings(block, chosen):
            in_headers = True  # round 36 (t42c): ``Account | Posting Date | Amount``
        if key == "finance" and not in_headers and _lines_priced_by_month(block, grid, chosen):
            in_headers = True  # round 37 (t44a): ``Month | Task | Hours | Fee (€)``
        if in_sheet or by_words or in_headers:
            named_where[key] = (
                "the sheet name" if in_sheet else "the title" if by_words else "the headers"
            )
        # round 15: on a sheet nobody named, the file's name, weighed like a header's word
        in_file = not in_context and names_register(key, named_file, set(), _has_word, plans=False)
        named_anywhere = named_anywhere or bool(in_context or in_headers or in_file)
        if method is not None and (not in_context or titled_log is not None):
            reasons[key] = method
            continue
        distinctive = certain & set(DISTINCTIVE[key])
        evidence = register_evidence(key, chosen, in_sheet, in_context, in_headers, in_file)
        has_main = bool(certain & set(MAIN_COLUMNS[key]))
        if key == "finance":
            # round 33: a supplier's document of one period (a valuation, a pay application,
            # an invoice: its title says so) whose amounts are of the month its period line
            # names is a finance document by what it is, without a finance word
            billed = False
            amounts = bool(mapped_keys & AMOUNT_KEYS)
            if not amounts and "month" in mapped_keys:  # round 14: a long export's measures
                from addin.adopt.finance import tidy_measures

                amounts = tidy_measures(block, grid, chosen) is not None
            from addin.adopt.pivots import measure_captions  # red team of round 18

            if (
                not (in_context or in_headers)
                and _has_word(
                    f"{block.sheet} {context} {header_text} {measure_captions(block)}", NOT_MONEY
                )
                and not priced_effort(block, chosen, f"{block.sheet} {context}")
            ):
                reasons[key] = "effort or people by period, not money"
                continue
            if month_cols and not (in_context or in_headers or amounts):
                from addin.adopt.finance import unnamed_month_grid  # round 17

                # exchange rates by month say so first (the red team's reason is the finer)
                not_money = rates_by_currency(block, grid, month_cols) or unnamed_month_grid(
                    block, grid, month_cols, f"{block.sheet} {context} {header_text}"
                )
                if not_money:
                    reasons[key] = not_money
                    continue
            # round 36 (t42c): a sheet named by a measure alone (``Actual``, ``Forecast``);
            # round 37 (rx38): or a title part; never a block of people by month whose
            # figures can only be days (rt37's ``Name | Jan-26`` holding 10, 12, 8 under an
            # ``ACTUAL`` heading: a resource plan's)
            named_by_measure = (
                _sheet_named_by_measure(block.sheet) or _title_named_by_measure(block, grid)
            ) and not people_by_month(block, grid, month_cols)
            enough_months = len(month_cols) >= 3 or (
                len(month_cols) >= 2 and (in_context or in_headers or named_by_measure)
            )
            if not enough_months and month_cols and (in_context or in_headers or named_by_measure):
                # round 31: a budget barely started (twelve months across, the first filled)
                axis = axis_not_started(block, grid, month_cols)
                enough_months = len(axis) >= 3
                if enough_months:
                    month_cols = axis  # read across: its empty months hold no amount yet
            has_main = (amounts and "month" in mapped_keys) or enough_months
            if amounts and not has_main:  # round 17: a pivot's row labels, lines and months
                from addin.adopt.pivots import pivot_rows

                has_main = pivot_rows(block, grid) is not None
            if not has_main and (in_context or in_headers or named_by_measure):
                # round 13: lines across (round 37, t43b: on a sheet named by its measure)
                from addin.adopt.finance import lines_across  # finance reads this module

                has_main = bool(lines_across(block, grid, chosen))
            if not has_main and amounts and "cost_line" in mapped_keys:
                from addin.adopt.one_period import block_month  # round 29

                # an accounting package's report of one month's accounts (its period line)
                has_main = block_month(block) is not None
                if has_main:  # red team of round 31's last hour: ``Spend to date`` there
                    has_main = _no_running_total_as_the_month(block, chosen)
                if has_main:  # round 33: a pay application's period names it money
                    from addin.adopt.one_period import billing_document

                    billed = billing_document(block)
            if not has_main:
                reasons[key] = (
                    "amounts without months: the Finance register needs one row per month"
                    if amounts
                    else _ORDERS_ONLY
                    if any(order_value(c.text) for c in block.headers if c.text)
                    else "no amounts by month"
                )
                continue
            rates = rates_by_currency(block, grid, month_cols)
            if rates is not None:  # red team of round 17: exchange rates by month
                reasons[key] = rates
                continue
            if not (
                evidence >= EVIDENCE_NEEDED
                or len(month_cols) >= 3
                or (has_main and (in_headers or named_by_measure))
                or billed
                or _measures_down(block, grid, chosen, mapped_keys)
            ):
                reasons[key] = (
                    _ORDERS_ONLY
                    if any(order_value(c.text) for c in block.headers if c.text)
                    else "nothing says it is a finance register"
                )
                continue
        elif evidence < EVIDENCE_NEEDED:
            # the register's words and the columns only it has, weighed together: one
            # column shared with another register counts half, a low-confidence one less
            item = layout.REGISTERS_BY_KEY[key].item
            reasons[key] = (
                f"no {' or '.join(MAIN_COLUMNS[key])} column"
                if not has_main
                else f"nothing says it is {'an' if item[0] in 'aeiou' else 'a'} {item} register"
            )
            continue
        elif not has_main:
            # a text column found by its values needs more: a lookup or definitions sheet
            # (levels with their descriptions) has a column of texts too
            main = (
                main_column_by_content(block, grid, chosen, key)
                if evidence >= EVIDENCE_BY_CONTENT
                else None
            )
            if main is None:
                reasons[key] = f"no {' or '.join(MAIN_COLUMNS[key])} column"
                continue
            # the register's evidence is there without its text column: the column whose
            # values read as item texts ("Topic", "Event", no header at all), for review
            chosen[main] = Candidate(MAIN_COLUMNS[key][0], CONTENT, "(values are item texts)")
        # a column whose words another register uses too (``Likelihood``, ``Impact``,
        # ``Due``) tells less about which register this is: it counts half (round 5)
        # round 39 (t48b): a column whose header names one field and whose values were
        # read as another list field (``Afectación`` / ``Impact`` of Alta / Media / Baja
        # read as an assumption's confidence) tells nothing of its own: the header's word is
        # another register's too and the words are every register's levels
        telling = sum(
            0.5 if _shared_phrase(c.synonym, key) else 1.0
            for c in chosen.values()
            if c.column_key in distinctive
            and c.confidence >= CERTAIN
            and not c.synonym.startswith(TEXT_WORDS_PREFIX)
        )
        score = sum(c.confidence for c in chosen.values()) + 1.5 * telling
        score += 3.0 if in_sheet else 0.0
        score += 2.0 if in_context else 0.0
        score += 1.5 if in_headers else 0.0
        score += 1.0 if in_file else 0.0
        if key == "finance":
            score += 0.3 * len(month_cols)
        scores[key] = score
        reasons[key] = ", ".join(
            part
            for part in (
                "named so" if by_words else "",
                f"its columns are {export.tool}'s export, whose records are {key}"
                if by_tool and export is not None
                else "",
                f"its IDs are numbered '{by_ids[1].upper()}'" if by_id and by_ids else "",
                f"its columns are {task_tool.tool}'s export (tasks of no register) and its "
                "file's name says so"
                if by_tool_file and task_tool is not None
                else "",
                "its columns are a task tool's export (tasks of no register) and its file's "
                "name says so"
                if by_tool_file and task_tool is None
                else "",
                f"its columns are a task tool's export (tasks of no register) and its "
                f"'{in_lists[1]}' says so on every row"
                if by_lists and in_lists is not None
                else "",
                "its headers say so" if in_headers else "",
                "its file's name says so" if in_file else "",
                f"columns {', '.join(sorted(distinctive))}" if distinctive else "",
            )
            if part
        )
    if not scores:
        # round 17: a scheduling tool's plan whose type column, milestone flag or zero
        # durations tell its milestone rows from its tasks and summaries
        from addin.adopt.row_kinds import plan_of_milestones

        planned = plan_of_milestones(block, grid, mappings["milestones"])
        if planned is not None:
            columns, reason = planned
            return Classification(
                "milestones", 0.8, reason, {**mappings, "milestones": columns}, month_cols=[]
            )
        why = "; ".join(sorted({r for r in reasons.values()}))
        first_headers = " ".join(c.text for c in block.headers[:3])
        named = f"{block.sheet} {context}"
        board = names_change_board(block)  # round 39 (t48a): a change board's outcome
        # round 16: no word names a register, but its values may (an issue log in a language
        # the vocabularies do not hold); never an action or change log, listed below
        values_not_asked = (
            method is not None
            or board
            or _has_word(named, (*CHANGE_WORDS, *ACTION_WORDS))
            or _has_word(first_headers, ("cr", *ACTION_WORDS))
            # round 17: a task plan's fields or items of another kind (a training log's
            # `Course Title`) are no issue log, whatever their dates and people say
            or another_kind({c.col: c.text for c in block.headers if c.text}) is not None
        )
        by_values = (
            None
            if values_not_asked
            else register_by_values(
                block,
                grid,
                mappings,
                lambda key, values: value_fit(
                    layout.REGISTERS_BY_KEY[key].column("status"), values, "", standards
                ),
                lambda key, field, values: list_readings(key, field, values, standards),
            )
        )
        if by_values is not None:
            key, columns, reason = by_values
            return Classification(
                key, 0.6, reason, {**mappings, key: columns}, month_cols=month_cols
            )
        # round 17: no word names it, but its fields may say what list it is (a board's
        # cards: an issue log; a plan of planned and actual dates: milestones)
        told_off = method is not None or board or _has_word(first_headers, ("cr", *ACTION_WORDS))
        told = (
            None
            if _has_word(named, (*CHANGE_WORDS, *ACTION_WORDS))
            or told_off
            # a sheet or title naming its rows as other items (`Tasks`, `Stories`)
            or _has_word(named, tuple(OTHER_ITEMS))
            else _told_by_fields(block, grid, mappings)
        )
        if told is not None:
            # round 18: a register's word named it, but its own columns were not there
            word = next((k for k in named_where if k != told.register), None)
            return Classification(
                told.register,
                TOLD_CONFIDENCE,
                told.reason
                if word is None
                else words_and_fields(word, named_where[word], told.register, told.reason),
                {**mappings, told.register: told.columns},
                month_cols=month_cols,
            )
        coded = (
            None
            if values_not_asked or told_off or _has_word(named, tuple(OTHER_ITEMS))
            else _told_by_codes_or_words(block, grid, mappings, standards)
        )
        if coded is not None:  # round 30: its short codes or its items' words say which
            key, reason = coded
            return Classification(key, TOLD_CONFIDENCE, reason, mappings, month_cols=month_cols)
        texts = {c.col: c.text for c in block.headers if c.text}
        other = another_kind(texts)
        closest = closest_register(texts, mappings)
        if closest and other is not None:  # a list like a register's, of tasks or the like
            closest = (
                f"{other!r} says its rows are tasks or items of another kind, not a register's"
            )
        if method is not None:
            pass  # round 33: the method's log says what it is (every reason is its words)
        elif _has_word(named, CHANGE_WORDS) or _has_word(first_headers, ("cr",)) or board:
            why = (
                "a change request log: the standard workbook has no change register (an "
                f"agreed change can be entered as an issue of type Request for Change); {why}"
            )
        elif _has_word(named, ACTION_WORDS) or _has_word(first_headers, ACTION_WORDS):
            why = (
                "an action log: the standard workbook has no actions register (an action "
                f"belongs in a risk's Response or an issue's Resolution); {why}"
            )
        elif not any(chosen for chosen in mappings.values()):
            # found by its shape alone (round 8): listed, never adopted by a guess
            kinds = describe_columns(
                grid,
                block.first_data_row,
                block.last_data_row,
                [c.col for c in block.headers],
            )
            why = (
                f"a table by its shape (columns: {kinds}), but no column of it maps to any "
                "register, by header or by content: not adopted; if it is a register, name its "
                f"register and columns in the mapping file; {why}"
            )
        if closest and not (_has_word(named, (*CHANGE_WORDS, *ACTION_WORDS)) or told_off):
            why = f"{why}; {closest}"
        minutes = None if values_not_asked else minutes_reason(block, grid)
        if minutes is not None:  # round 20: said, not only "not a register table"
            why = f"{minutes}; {why}"
        return Classification(
            None, 0.0, f"not a register table ({why})", mappings, month_cols=month_cols
        )
    # (a Hive export's `Action ID` on an `Actions` sheet is its every record's number: the
    # file's name, `... issue log`, says what the team kept it as)
    other_log = None if named_anywhere else keyed_as_other_log(block, grid)
    if other_log is None and not named_anywhere:
        other_log = typed_as_change_requests(block, grid, mappings, standards)
    if other_log is not None:  # round 29: a change or action log shaped as an issue log
        return Classification(
            None, 0.0, f"not a register table ({other_log})", mappings, month_cols=month_cols
        )
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, best_score = ranked[0]
    if best == "finance":  # round 18: a priced list of items is no finance tracker
        priced = items_with_amounts(
            mappings["finance"],
            bool(month_cols),
            another_kind({c.col: c.text for c in block.headers if c.text}),
        )
        if priced is not None and len(ranked) == 1:
            return Classification(
                None, 0.0, f"not a register table ({priced})", mappings, month_cols=month_cols
            )
        if priced is not None:  # the next register, if the table is one
            ranked = ranked[1:]
            best, best_score = ranked[0]
    if best == "finance" and "milestones" in scores:
        from addin.adopt.dated_stages import STAGES_DATED_TWICE, stages_dated_twice

        if stages_dated_twice(mappings["finance"], mappings["milestones"]):
            # round 38 (t46a): a fee schedule's stages, dated planned and reached
            ranked = [kv for kv in ranked if kv[0] != "finance"]
            best, best_score = ranked[0]
            reasons[best] = f"{reasons[best]}; {STAGES_DATED_TWICE}"
    told = _fields_over_words(block, grid, mappings, best, named_where, context)
    if told is not None:  # round 18: the fields fit another register clearly better
        return Classification(
            told.register,
            TOLD_CONFIDENCE,
            words_and_fields(best, named_where[best], told.register, told.reason),
            {**mappings, told.register: told.columns},
            month_cols=month_cols,
        )
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    confidence = round(min(1.0, 0.5 + (best_score - runner) / max(best_score, 1.0)), 2)
    reason = reasons[best]
    if confidence < UNSURE and len(ranked) > 1:
        reason += f"; UNSURE - could also be {ranked[1][0]} (check, or fix it in the mapping file)"
    return Classification(best, confidence, reason, mappings, month_cols=month_cols)


#: A register's figures worked out from its other columns, and those columns: a score with
#: none of them beside it is some other thing's score (an options appraisal's ``Risk
#: score``), no evidence of the register (red team of round 17).
_WORKED_OUT = {
    "score": frozenset({"probability", "impact"}),
    "rating": frozenset({"probability", "impact"}),
}


def _fields_over_words(
    block: TableBlock,
    grid: Grid,
    mappings: dict[str, dict[int, Candidate]],
    best: str,
    named_where: dict[str, str],
    context: str,
) -> FieldFit | None:
    """Round 18 (``register_names.fits_named``): the register the table's fields tell when
    the one its words name (``best``) has none of its own fields read for certain, nor its
    text column with its items' texts under it (a ``Decision Gate Plan`` of gates with
    baseline, forecast and actual dates and no decision text); None when the words are
    kept. Never for finance (its fields are amounts by month), nor an action or change log,
    nor items of another kind (the same bars as the fields' path where no word names a
    register)."""
    if best not in named_where or best == "finance":
        return None
    rows = range(block.first_data_row, block.last_data_row + 1)
    if fits_named(
        best,
        mappings[best],
        lambda col: [grid.value(r, col) for r in rows],
        MAIN_COLUMNS[best],
        DISTINCTIVE[best],
    ):
        return None
    named = f"{block.sheet} {context}"
    first_headers = " ".join(c.text for c in block.headers[:3])
    if _has_word(named, (*CHANGE_WORDS, *ACTION_WORDS, *OTHER_ITEMS)) or _has_word(
        first_headers, ("cr", *ACTION_WORDS)
    ):
        return None
    told = _told_by_fields(block, grid, mappings)
    return told if told is not None and told.register != best else None


def _sides_as_direction(
    scored: dict[int, list[Candidate]],
    heads: dict[int, str],
    columns: dict[int, list[CellValue]],
    titles: list[str],
) -> None:
    """Round 30 (``sides.direction_pair``): a dependency log's ``From`` / ``To`` columns
    naming this project on one side of every row give each dependency's direction (this
    project takes: Inbound; gives: Outbound), read from both, and the other side is the
    counterparty; never where a column is read for certain as the direction already (in
    place)."""
    if any(
        c and c[0].column_key == "direction" and c[0].confidence >= CERTAIN for c in scored.values()
    ):
        return
    # (the headers name the sides, so a column of names that read as people's - `KPLC
    # Distribution`, `County Roads` - is still a side)
    pair = direction_pair(heads, columns, titles)
    if pair is None:
        return
    give, take, _own = pair
    scored[give] = [Candidate("direction", CONTENT, "(with the other side: this project's side)")]
    scored[take] = [Candidate("counterparty_project_id", CONTENT, "(the side not this project)")]


#: Red team of round 30: words a title or sheet name uses for a list that is no register
#: (lessons learned, an action or task list, requirements).
OTHER_LIST_WORDS = frozenset(
    {"lesson", "lessons", "action", "actions", "task", "tasks", "todo", "requirements"}
)


def _told_by_codes_or_words(
    block: TableBlock,
    grid: Grid,
    mappings: dict[str, dict[int, Candidate]],
    standards: Standards | None = None,
) -> tuple[str, str] | None:
    """Round 30 (``item_words.py``): the register, and why, that a list's one- or
    two-letter item codes or its items' own words name among the registers its fields
    come closest to; None when neither names exactly one.

    Round 36 (rx36): a list whose fields come closest to ONE register, but not clearly
    enough for :func:`_told_by_fields` (``ID | Title | Priority | Owner | Status`` on a sheet
    named ``Export``), is that register when its item codes name it too (``I-001``): two
    independent signs agreeing. Its items' words are asked only to break a tie."""
    candidates = closest_registers(mappings)
    if not candidates:
        return None
    if any(
        w in OTHER_LIST_WORDS for t in block.titles for w in re.findall(r"[^\W\d_]+", t.casefold())
    ):
        # red team of round 30: a `Lessons` sheet of `If the survey is late, order the
        # steel early`: the title names what the list is, and it is no register; its
        # items' way of writing or their codes say less than that
        return None
    rows = range(block.first_data_row, block.last_data_row + 1)
    id_cols = sorted(
        {c for k in candidates for c, cand in mappings[k].items() if cand.column_key == "id"}
    )
    heads = {c.col: c.text for c in block.headers if c.text}
    for col in id_cols:
        values = [grid.value(r, col) for r in rows]
        prefix = id_prefix(values)
        if prefix is not None and (
            codes_of_header_noun(prefix, heads.get(col, ""))
            or any(code_is_initials_of(prefix, t) for t in block.titles)
        ):
            continue  # red team of round 30: `R1` under `Room`, `DP1` of `Design packages`
        key = register_of_short_codes(values, candidates)
        if key is not None:
            item = layout.REGISTERS_BY_KEY[key].item
            return key, (
                f"its items are numbered '{id_prefix(values)}' in column {_letter(col)}, the "
                f"short code of {'an' if item[0] in 'aeiou' else 'a'} {item} register, and "
                "its fields fit one"
            )
    text_cols = sorted(
        {
            c
            for k in candidates
            for c, cand in mappings[k].items()
            if cand.column_key in MAIN_COLUMNS[k]
        }
    )
    if len(candidates) < 2:
        return None  # one closest register: only its codes confirm it (round 36)
    for col in text_cols:
        values = [grid.value(r, col) for r in rows]
        key = register_of_item_words(values, candidates)
        if key is not None:
            item = layout.REGISTERS_BY_KEY[key].item
            return key, (
                f"most of its items in column {_letter(col)} are written as "
                f"{'an' if item[0] in 'aeiou' else 'a'} {item} is, and its fields fit one"
            )
        outside = _items_words_beside_tie(col, values, candidates, mappings)
        if outside is not None:
            key, columns = outside
            item = layout.REGISTERS_BY_KEY[key].item
            mappings[key] = columns
            return key, (
                f"most of its items in column {_letter(col)} are written as "
                f"{'an' if item[0] in 'aeiou' else 'a'} {item} is, and its other fields "
                f"fit one (column {_letter(col)} read as the {item}s)"
            )
    return None if standards is None else _told_by_status_words(block, grid, mappings, standards)


def _told_by_status_words(
    block: TableBlock,
    grid: Grid,
    mappings: dict[str, dict[int, Candidate]],
    standards: Standards,
) -> tuple[str, str] | None:
    """Round 36 (rx37, ``item_words.register_of_status_words``): the register, and why,
    that a tied list's status column names by a word only one of the tied registers closes
    its items with (``Risolto``, Resolved: an issue's); None when none does."""
    candidates = closest_registers(mappings)
    statuses: dict[str, list[str]] = {}
    endings: dict[str, list[str]] = {}
    for key in candidates:
        register = layout.REGISTERS_BY_KEY[key]
        if "status" not in {c.key for c in register.columns}:
            return None
        name = register.column("status").list_name
        if not name or name not in standards.lists:
            return None
        statuses[key] = list(standards.lists[name])
        endings[key] = list(getattr(standards.closed_statuses, register.item, ()))
    rows = range(block.first_data_row, block.last_data_row + 1)
    cols = sorted(
        {c for k in candidates for c, cand in mappings[k].items() if cand.column_key == "status"}
    )
    for col in cols:
        found = register_of_status_words(
            [grid.value(r, col) for r in rows], candidates, statuses, endings
        )
        if found is not None:
            item = layout.REGISTERS_BY_KEY[found].item
            article = "an" if item[0] in "aeiou" else "a"
            return found, (
                f"its statuses in column {_letter(col)} include one only {article} {item} "
                "register closes its items with, and its fields fit one"
            )
    return None


def _items_words_beside_tie(
    col: int,
    values: list[CellValue],
    candidates: list[str],
    mappings: dict[str, dict[int, Candidate]],
) -> tuple[str, dict[int, Candidate]] | None:
    """Round 31: the register a list's items' words name (``We assume ...``, ``It is
    assumed ...``: an assumption's way) when its fields tie between OTHER registers only
    because no header names the items' column as that register's main text (``Item``:
    risks, issues and dependencies read it as a title by its content, an assumption log
    has no such reading). The register is taken, with ``col`` as its main text, when every
    other field the tied registers read for certain (an owner, a status) it reads for
    certain too and it reads nothing in ``col`` already. Near-misses: a field only the tied
    registers have (``Probability``: no assumption's), or items written in no one
    register's way, keep the refusal."""
    key = register_of_item_words(values, [*candidates, *mappings])
    if key is None or key in candidates or key not in mappings or key not in MAIN_COLUMNS:
        return None
    mine = read_fields(mappings[key])
    if col in mappings[key] or any(c.column_key in MAIN_COLUMNS[key] for c in mine.values()):
        return None
    for other in candidates:
        theirs = read_fields(mappings[other])
        if any(c != col and c not in mine for c in theirs):
            return None
    text = mappings[candidates[0]].get(col)
    confidence = text.confidence if text is not None else TOLD_CONFIDENCE
    main = Candidate(MAIN_COLUMNS[key][0], confidence, "(items' words)")
    return key, {**mappings[key], col: main}


def _told_by_fields(
    block: TableBlock, grid: Grid, mappings: dict[str, dict[int, Candidate]]
) -> FieldFit | None:
    """The register a table's fields tell when no word names it (round 17,
    ``signatures.py``), with a tool's type column naming other work items as a bar."""
    rows = item_rows(block, grid)
    headers = {c.col: c.text for c in block.headers if c.text}
    values_of = {col: [grid.value(r, col) for r in rows] for col in headers}
    type_words: list[str] = []
    for col, text in headers.items():
        if TOOL_TYPE_HEADER.match(text.strip()):
            words = [cell_text(v).strip() for v in values_of[col] if not is_blank(v)]
            type_words += [w for w in dict.fromkeys(words) if type_register(w) is None]
    return register_by_fields(headers, values_of, mappings, type_words)


def register_evidence(
    key: str,
    chosen: dict[int, Candidate],
    in_sheet: bool,
    in_context: bool,
    in_headers: bool,
    in_file: bool = False,
) -> float:
    """How strongly a table says it is register ``key``, from all of it at once: the
    register's words (sheet name, title, headers: :data:`WORD_WEIGHTS`) plus, per column
    only that register has (``DISTINCTIVE``) mapped by its words (at :data:`EVIDENT` or more:
    a spelling likeness is no evidence), its confidence - halved for the main text column
    every table of the register has, and halved when the
    words that matched it are another register's too (``Impact`` is a risk's Impact and an
    issue's Severity). No single column decides."""
    sheet_w, context_w, header_w = WORD_WEIGHTS
    total = sheet_w if in_sheet else (context_w if in_context else 0.0)
    total += header_w if in_headers else 0.0
    total += header_w if in_file else 0.0  # round 15: the file's name, on a sheet nobody named
    mapped = {c.column_key for c in chosen.values()}
    for cand in chosen.values():
        if cand.column_key not in DISTINCTIVE[key] or cand.confidence < EVIDENT:
            continue
        if cand.column_key in _WORKED_OUT and not mapped & _WORKED_OUT[cand.column_key]:
            continue  # red team of round 17: an option's "Risk score", with no likelihood
        weight = 0.5 if _shared_phrase(cand.synonym, key) else 1.0
        if cand.synonym in PORTFOLIO_HEADERS:
            continue  # every register of a portfolio has one: no evidence (round 14)
        if cand.column_key in MAIN_COLUMNS[key]:
            weight *= 0.5  # every table of the register has it: less telling
        total += cand.confidence * weight
    return round(total, 3)


#: The headers of a glossary, a legend or a data dictionary (``Term | Definition | Example``,
#: ``Field | Description | Format``): its first column holds a register's field names, and
#: the columns beside them explain each one; they are no items written across.
GLOSSARY_HEADERS = frozenset(
    {
        *("term", "terms", "definition", "definitions", "meaning", "explanation"),
        *("example", "examples", "glossary", "field", "fields", "guidance", "format"),
    }
)


def explains_terms(labels: list[str]) -> bool:
    """Whether the first row of a region written across is a glossary's header: its
    corner (``Term``, ``Field``) and one item name or more (``Definition``, ``Example``) are
    glossary headers (red team of round 18: a risk glossary turned into two risks, or its definitions read
    as risks on a sheet named ``Risks``)."""
    heads = [label.strip().casefold().rstrip(":s") for label in labels]
    known = {h.rstrip("s") for h in GLOSSARY_HEADERS}
    return len(heads) >= 2 and heads[0] in known and any(h in known for h in heads[1:])


def main_column_by_content(
    block: TableBlock, grid: Grid, chosen: dict[int, Candidate], register_key: str = ""
) -> int | None:
    """The leftmost column whose values read as item texts: text in every filled cell,
    different in most rows, mostly longer than a word or two, no person names, under a
    header that maps to nothing certain and is no known non-column (``Cause``, ``Raised
    By``, ``Comments``). None when no column reads so.

    A column whose header already reads as the register's text column, only not
    certainly (``Key Deliverable`` ~ deliverable in a milestone log), is taken first when
    its values agree: text, different in most rows, no person names - short names
    (``Go-live``) included (round 5)."""
    if explains_terms([c.text for c in block.headers]):
        return None  # a glossary's definitions are no item texts (red team of round 18)
    mains = {k for keys in MAIN_COLUMNS.values() for k in keys}
    rows = item_rows(block, grid)  # a totals row's count in the title column is no item's
    for cell in block.headers:
        taken = chosen.get(cell.col)
        if taken is None or taken.column_key not in mains or taken.confidence >= CERTAIN:
            continue
        values = [grid.value(r, cell.col) for r in rows]
        present = [v for v in values if not is_blank(v)]
        if len(present) < 2 or not all(isinstance(v, str) for v in present):
            continue
        texts = [str(v).strip() for v in present]
        if len(set(texts)) >= 0.8 * len(texts) and person_share(list(present)) < 0.5:
            del chosen[cell.col]
            return cell.col
    for cell in block.headers:
        taken = chosen.get(cell.col)
        if taken is not None and taken.confidence >= CERTAIN:
            continue
        readings = normalise_header(cell.text) if cell.text else ()
        if any(r in KNOWN_UNMAPPED or r.endswith(" by") for r in readings):
            continue
        if register_key and cell.text and _names_a_scale(cell.text, register_key):
            continue  # "Impact" over "Delay < 1 week": a scale's legend, not item texts
        values = [grid.value(r, cell.col) for r in rows]
        present = [v for v in values if not is_blank(v)]
        if len(present) < 2 or not all(isinstance(v, str) for v in present):
            continue
        texts = [str(v).strip() for v in present]
        if len(set(texts)) < 0.8 * len(texts) or person_share(list(present)) >= 0.5:
            continue
        if sorted(len(t.split()) for t in texts)[len(texts) // 2] < 3:
            continue  # codes, names and single words are no item texts
        if all(level_word(t) is not None for t in texts):
            continue  # "5 - Almost certain", "1 - Rare": a matrix's scale labels (red team r17)
        if taken is not None:
            del chosen[cell.col]  # a low-confidence guess gives way to the item text
        return cell.col
    return None


def _names_a_scale(header: str, register_key: str) -> bool:
    """True when ``header`` certainly names one of the register's scale or list columns
    (``Impact``, ``Probabilité``, ``Severity``): texts under it describe the scale's
    levels, as a legend does, and are no item texts (red team of round 8). An ``Item`` or
    ``Ref`` over texts may still be the item text (a Smartsheet's primary column)."""
    kinds = {c.key: c.kind for c in layout.REGISTERS_BY_KEY[register_key].columns}
    return any(
        c.confidence >= CERTAIN and kinds.get(c.column_key) in ("scale", "list")
        for c in candidates(header, register_key)
    )


@lru_cache(maxsize=4096)
def _shared_phrase(synonym: str, register_key: str) -> bool:
    """True when another adopted register lists ``synonym`` for one of its columns."""
    words = phrase_words(synonym)
    for other in ADOPTED_REGISTERS:
        if other == register_key:
            continue
        for column in layout.REGISTERS_BY_KEY[other].columns:
            if any(phrase_words(p.lstrip("~")) == words for p in synonyms_for(other, column.key)):
                return True
    return False


#: How sure a category column read as the cost line is (round 31): below certain, listed.
CATEGORY_AS_LINE = 0.75


def _of_one_period(block: TableBlock) -> bool:
    """Whether a line above the table gives its period as one month (round 29's
    :func:`addin.adopt.one_period.block_month`), and no header is a month."""
    from addin.adopt.one_period import block_month
    from addin.adopt.periods import month_label

    if any(month_label(head) for head in block.headers):
        return False
    return block_month(block) is not None


def category_as_line(
    scored: dict[int, list[Candidate]], heads: dict[int, str], one_period: bool = False
) -> None:
    """In place, round 31: in a finance table down the months (a month column) with no cost
    line, the one column headed as the category (``Cost category``) whose values are no
    standard categories (its reading made unsure by its values: ``Drilling rig``, ``Camp``)
    is the cost line: it is what each row was spent on, and a tracker of a few rows, one
    line so far, has no other column to name it (``lines.finest_line`` needs four rows).
    A column whose values are categories stays the category; a table with a cost line, or
    with months across, is left as it is.

    Round 32's last hour: an expense report of ONE period (``one_period``: FreshBooks',
    QuickBooks' or Xero's expenses by category, ``February 1, 2026 - February 28, 2026``
    above ``Category | Amount | Tax | Total``) has no month column: its rows are the
    period's spend by category, one row each, and the one category column is what each
    amount was spent on, its cost line, whatever its values (a report of expense
    categories has no finer line)."""
    firms = [col for col in scored if firm_as_line(heads.get(col, ""))]
    monthly = any(
        c.column_key == "month" and c.confidence >= (CONTENT if firms else CERTAIN)
        for cs in scored.values()
        for c in cs[:1]
    )  # round 32's last hour: a dated expense or PO list (``PO date``) beside its supplier
    if not monthly and not one_period:
        return
    if not monthly and any(c.column_key == "month" for cs in scored.values() for c in cs):
        return  # a month column read unsure: not a report of one period's lines
    if any(
        c.column_key == "cost_line" and c.confidence >= 0.5
        for col, cs in scored.items()
        if col not in firms
        for c in cs
    ):
        return
    doubted = [
        col
        for col, cands in scored.items()
        if cands
        and cands[0].column_key == "category"
        and (cands[0].confidence < CERTAIN or not monthly or bool(firms))
        and any(
            c.column_key == "category" and c.confidence >= CERTAIN
            for c in candidates(heads.get(col, ""), "finance")[:1]
        )
    ]
    if len(doubted) == 1:
        col = doubted[0]
        line = Candidate("cost_line", CATEGORY_AS_LINE, "(the category's values are the lines)")
        rest = scored[col]
        if not monthly or firms:  # a report by category: the categories are its lines
            rest = [Candidate(c.column_key, min(c.confidence, CONTENT), c.synonym) for c in rest]
        scored[col] = [line, *rest]
        for firm in firms:  # round 32's last hour: the supplier is a detail of the line
            scored[firm] = [c for c in scored[firm] if c.column_key != "cost_line"]


#: Round 34: the one-letter headers of a rating's second half, beside its likelihood's
#: letter: ``S`` (severity), ``C`` (consequence); ``I`` (impact) is a synonym already.
_IMPACT_LETTERS = frozenset({"s", "c"})
_LIKELIHOOD_LETTERS = frozenset({"l", "p"})
IMPACT_LETTER = "(the letter beside the likelihood's: severity or consequence)"


#: Red team of round 34: the words a rating's letter column holds (beside numbers).
_RATING_WORDS = frozenset(
    {
        *("very low", "low", "medium", "med", "moderate", "high", "very high", "critical"),
        *("minor", "major", "severe", "significant", "negligible", "insignificant"),
        *("catastrophic", "extreme", "rare", "unlikely", "possible", "likely"),
        *("almost certain", "vl", "l", "m", "h", "vh"),
    }
)


def _rated(values: Sequence[object]) -> bool:
    """Whether every value given is a rating: a number or a rating word (red team of round
    34: a compact register's ``S`` of ``Open`` / ``Closed`` is its status, no severity)."""
    given = [v for v in values if v is not None and str(v).strip()]
    return bool(given) and all(
        isinstance(v, (int, float))
        or str(v).strip().replace(".", "", 1).isdigit()
        or " ".join(str(v).casefold().split()) in _RATING_WORDS
        for v in given
    )


#: Round 40 (t50b): two letters multiplied in a score's header (``P×W``, ``P x W``, ``L*I``).
_PRODUCT_OF_LETTERS = re.compile(r"^\s*([^\W\d_]{1,2})\s*[x×*]\s*([^\W\d_]{1,2})\s*$")


def _multiplied_with(likelihood: str, headers: Iterable[str]) -> set[str]:
    """Round 40 (t50b): the letters a score's header multiplies with the likelihood's
    (``P×W`` beside ``P (1-5)``: ``w``): the score is the likelihood times the impact, so
    the other letter is the impact's, in whatever language it is the initial of (Polish
    ``W``, wpływ; Spanish ``I``, impacto; German ``A``, Auswirkung)."""
    out: set[str] = set()
    for text in headers:
        found = _PRODUCT_OF_LETTERS.match(text)
        if found is None:
            continue
        first, second = found.group(1), found.group(2)
        if first == likelihood and second != likelihood:
            out.add(second)
        elif second == likelihood and first != likelihood:
            out.add(first)
    return out


def impact_letter_beside_likelihood(
    scored: dict[int, list[Candidate]],
    heads: dict[int, str],
    register_key: str,
    values_of: Mapping[int, Sequence[object]] | None = None,
) -> None:
    """In place, round 34: a risk register rated in two one-letter columns writes the
    likelihood's letter (``L``, ``P``: probability synonyms) beside the impact's, which
    methods name by severity or consequence (``L`` | ``S``, ``P`` | ``C``, ``L`` | ``C``;
    ``I`` is read already). A lone ``S`` or ``C`` reads as nothing (a status, a cost?);
    beside the likelihood's letter, with no other column read as the impact for certain (a
    ``Consequence`` of texts, its values no impact, does not count: round 35), it is the
    impact. Two such letters (``C`` and ``S``) are left unread."""
    if register_key != "risks":
        return
    letters = {
        col: " ".join(LAST_BRACKET.sub("", text).casefold().split()).rstrip(".")
        for col, text in heads.items()
    }
    likelihood = [
        col
        for col, letter in letters.items()
        if letter in _LIKELIHOOD_LETTERS
        and any(c.column_key == "probability" for c in scored.get(col, [])[:1])
    ]
    if len(likelihood) != 1:
        return
    if any(
        # round 35: a text column headed as the impact whose values do not fit it (a
        # ``Consequence`` written out, NS 8405's and AS/NZS's registers beside ``P`` | ``C``)
        # is no impact read already: the letter beside the likelihood still is
        c.column_key == "impact" and c.confidence >= CERTAIN
        for cands in scored.values()
        for c in cands[:1]
    ):
        return
    impact_letters = _IMPACT_LETTERS | _multiplied_with(letters[likelihood[0]], letters.values())
    near = [
        col
        for col, letter in letters.items()
        if letter in impact_letters and abs(col - likelihood[0]) <= 2
    ]
    if len(near) != 1:
        return
    col = near[0]
    if values_of is not None and not _rated(values_of.get(col, [])):
        return  # red team of round 34: a status letter (`S` of Open / Closed)
    scored[col] = [Candidate("impact", 1.0, IMPACT_LETTER), *scored.get(col, [])]


#: Round 34: the firm paid read as the line of a project's own invoice register.
FIRM_OF_INVOICES = "(an invoice register's firm paid: its line)"


def firm_line_of_invoice_register(
    scored: dict[int, list[Candidate]], heads: dict[int, str], names: str
) -> None:
    """In place, round 34: in a table whose sheet name or title names a project's own
    register of its suppliers' invoices (``Supplier invoice register``, ``Contractor
    invoice log``, ``Vendor invoice tracker``: ``register_names.invoice_register``, no
    accounts ledger), the one column naming the firm paid (``Supplier``, ``Vendor``:
    :func:`firm_as_line`) is the cost line for certain: the project tracks its spend by
    the firm it pays (each supplier holds its own order), and each invoice's
    ``Description`` says what was bought, no line (round 27's last hour). A named line
    beside it (``Work package``, ``PO line``, ``Cost centre``) stays the line, the firm a
    detail, as round 32's last hour ruled; a purchase ledger is left as it was."""
    if not invoice_register(names):
        return
    firms = [col for col in scored if firm_as_line(heads.get(col, ""))]
    if len(firms) != 1:
        return
    named = any(
        c.column_key == "cost_line" and c.confidence >= CERTAIN and c.synonym != "description"
        for col, cands in scored.items()
        if col not in firms
        for c in cands[:1]
    )
    if named:
        return
    firm = firms[0]
    rest = [c for c in scored[firm] if c.column_key != "cost_line"]
    scored[firm] = [Candidate("cost_line", 1.0, FIRM_OF_INVOICES), *rest]
    for col, cands in list(scored.items()):
        if col != firm and cands and cands[0].column_key == "cost_line":
            keep_candidates(scored, col, [c for c in cands if c.column_key != "cost_line"])


#: Round 32's last hour: the weak cost-line words naming the firm a project pays (the
#: ``~supplier`` synonyms of :mod:`addin.adopt.synonyms`, in any of their languages).
#: Round 34: and the person whose time or expenses it pays (``~staff member``,
#: ``~employee``): a T&M backup's line, but a detail beside a named category.
_FIRM_LINES = PAID_LINES


def firm_as_line(header: str) -> bool:
    """Round 32's last hour (task le32): whether a finance header reads as the cost line
    only by naming the firm paid (``Supplier``, ``Vendor``, ``Lieferant``): a weak line,
    which a named line beside it outranks. An expense list with both a ``Cost category``
    and a ``Supplier`` is reported by category, the supplier a detail."""
    found = candidates(header, "finance")[:1]
    return bool(found) and found[0].column_key == "cost_line" and found[0].synonym in _FIRM_LINES


def axis_not_started(block: TableBlock, grid: Grid, month_cols: list[int]) -> list[int]:
    """Round 31: the month axis a budget barely started is laid out on: the run of month
    headers side by side (no other column between them) around the months holding amounts,
    the others wholly empty (months nobody has filled yet: a new year's budget with January
    only). A month column holding anything but amounts (a Gantt's ``X``) breaks it: empty
    is the only sign a month is still to come. Returns [] when ``month_cols`` are no run."""
    heads = sorted(block.headers, key=lambda h: h.col)
    held = set(month_cols)
    run: list[int] = []
    for head in heads:
        empty = all(is_blank(grid.value(r, head.col)) for r in _rows(block))
        if month_label(head) and (head.col in held or empty):
            if run and head.col != run[-1] + 1:
                if held <= set(run):
                    break
                run = []
            run.append(head.col)
        elif held <= set(run):
            break
        else:
            run = []
    return run if held <= set(run) else []


def _holds_amounts(block: TableBlock, grid: Grid, col: int) -> bool:
    """True when most filled cells of the column are numbers (amounts, not Gantt marks)."""
    values = [grid.value(r, col) for r in range(block.first_data_row, block.last_data_row + 1)]
    present = [v for v in values if not is_blank(v)]
    if not present:
        return False
    numbers = sum(1 for v in present if parse_number(v) is not None)
    return numbers * 2 >= len(present)


def _rows(block: TableBlock) -> range:
    return range(block.first_data_row, block.last_data_row + 1)


def _letter(col: int) -> str:
    from addin.cells import column_letter

    return column_letter(col)


def _says_who_did_it(header: str) -> bool:
    """True when a header, its group included, names who did something (``Raised By``,
    ``Resolved By``, ``Reported by``) or a known non-column: a person, but not the owner."""
    return any(r.endswith(" by") or r in KNOWN_UNMAPPED for r in normalise_header(header))


#: Round 33: why a purchase-order log with no month's spend beside its orders' values is
#: no finance table (``PO value`` alone, or beside an ``Invoiced to date`` running total).
def _account_over_months(block: TableBlock, month_cols: list[int]) -> bool:
    """Round 34 (round 33's left line): a sheet of a ledger's accounts over two months of
    amounts or more (``Account | Jan-26 | Feb-26``, ``GL account | Jan-26 | Feb-26``, no
    title) names a finance register by its headers as ``Cost line | Jan-26 | Feb-26``
    does (before, two months under a line header the finance words read weakly were
    refused, where a third month adopted it): every header but the months is the one
    account column. ``Name | Jan-26 | Feb-26`` (hours? people?) and a table with other
    columns beside the account are read as before."""
    if len(month_cols) < 2:
        return False
    others = [c for c in block.headers if c.col not in month_cols and (c.text or "").strip()]
    if len(others) != 1:
        return False
    return account_header(others[0].text or "")


def _sheet_named_by_measure(sheet: str) -> bool:
    """Round 36 (t42c): a sheet named by a finance measure alone (``Actual``, ``Actuals``,
    ``Forecast``, ``Ist``), as a tracker kept as a ``Budget`` sheet and an ``Actual`` sheet
    of the same lines names them: its months across holding amounts are that measure's,
    two months booked so far are enough (before, the ``Actual`` sheet of a season two
    months in was refused, "no amounts by month", where its ``Budget`` twin was adopted
    by its name). ``Plan`` (effort? dates?) and a sheet whose name says more
    (``Actual hours``) are read as before; a sheet of effort is still refused by its
    words."""
    from addin.adopt.finance import line_words, measure_word  # finance reads this module

    words = line_words(sheet.replace("_", " ").strip())
    return bool(words) and all(measure_word(w) in ("actual", "forecast") for w in words)


#: Words a title says a measure's period with (``Actual 2026/27 season``, ``Forecast
#: FY26``, ``Actuals - financial year 2026``), set aside with the figures and any note in
#: brackets (a currency: ``(NZ$)``) when asking whether a title names a measure alone.
_TITLE_PERIOD_WORDS = frozenset({"season", "year", "fy", "fiscal", "financial"})


def _title_named_by_measure(block: TableBlock, grid: Grid) -> bool:
    """Round 37 (rx38): a title line one of whose parts names the actuals or the forecast
    alone, less its period and its currency (``Kowhai Downs Conversion - Actual 2026/27
    season (NZ$)``), says what the sheet's name ``Actual`` says (:func:`_sheet_named_by_measure`):
    a tracker kept as a Budget sheet and an Actual sheet, one month booked so far, was
    refused ("no amounts by month") once its sheets were renamed ``Export`` and
    ``Export (2)``. A part saying more (``Actual hours``, ``Budget vs Actual``) is read as
    before."""
    from addin.adopt.finance import TITLE_PARTS, title_lines  # finance reads this module

    for title in title_lines(block, grid):
        for part in TITLE_PARTS.split(title):
            words = [
                w
                for w in part.split()
                if not any(ch.isdigit() for ch in w) and w.casefold() not in _TITLE_PERIOD_WORDS
            ]
            if words and _sheet_named_by_measure(" ".join(words)):
                return True
    return False


def _ledger_postings(block: TableBlock, chosen: dict[int, Candidate]) -> bool:
    """Round 36 (t42c): a general ledger's detail export, one row per posting
    (``Fund | Account | Posting Date | Vendor | Amount``), names a finance register by its
    headers as ``Account | Jan-26 | Feb-26`` does: its line column is a ledger's account
    (the account words above), a column gives each posting's date (its month) and a
    column its amount. ``Name | Date | Amount`` (whose?) is read as before."""
    keys = {cand.column_key for cand in chosen.values()}
    if "month" not in keys or not keys & AMOUNT_KEYS:
        return False
    for head in block.headers:
        cand = chosen.get(head.col)
        if cand is None or cand.column_key != "cost_line":
            continue
        if account_header(head.text or ""):
            return True
    return False


def _lines_priced_by_month(block: TableBlock, grid: Grid, chosen: dict[int, Candidate]) -> bool:
    """Round 37 (t44a): a long table of the money each line cost in each month (a
    consultancy's fee tracker ``Month | Task | Hours | Rate € | Fee € (excl. VAT) | VAT |
    Total €``) names a finance register by its headers: its month column is headed as the
    month (no date: a dated list is a log of purchases or claims), its line column names a
    few lines billed again and again (``invoice_lines.recurring_lines``: one text a row is
    what each row bought), and an amount column read for certain states its currency in
    its header (:func:`priced_effort`'s test): money by line and month, whatever language
    its title is written in. A month and a line beside a bare ``Amount`` (of what? days?)
    read as before."""
    from addin.adopt.invoice_lines import recurring_lines

    months = [
        col
        for col, c in chosen.items()
        if c.column_key == "month" and c.confidence >= CERTAIN and "date" not in c.synonym.lower()
    ]
    lines = [
        col for col, c in chosen.items() if c.column_key == "cost_line" and c.confidence >= CERTAIN
    ]
    if len(months) != 1 or len(lines) != 1:
        return False
    values = [grid.value(r, lines[0]) for r in range(block.first_data_row, block.last_data_row + 1)]
    if not recurring_lines(values):
        return False
    return priced_effort(block, chosen, "")


_ORDERS_ONLY = (
    "orders' or contracts' values are commitments (ordered, not yet spent) and nothing "
    "beside them is a month's actual spend; the Finance register holds budget, actual "
    "and forecast only"
)


def _no_running_total_as_the_month(block: TableBlock, chosen: dict[int, Candidate]) -> bool:
    """Red team of round 31's last hour: a report of one month (its name or period line
    gives the month, no column does) whose amount is a running total (``Spend to date``,
    ``Cost to date``) holds the amount so far, never the month's: the column is taken out
    of ``chosen`` (in place; the report says why, :mod:`addin.adopt.supplier_columns`).
    True when an in-month amount is left (``Budget``, ``Actual this month``), so the table
    is still that month's finance; False when the running total was its only amount."""
    from addin.adopt.finance import cumulative_in  # finance reads this module

    running = False
    for col in [c for c, cand in chosen.items() if cand.column_key in AMOUNT_KEYS]:
        head = block.header_at(col)
        if head is not None and cumulative_in(head.full):
            del chosen[col]
            running = True
    _whole_life_budget_beside_period_actual(block, chosen, running)
    if "actual" not in {cand.column_key for cand in chosen.values()} and any(
        _WHOLE_LIFE.search(head.full) for head in block.headers if head.text
    ):
        # red team of round 32's first wave: a status report's cost summary (``Budget |
        # Actual to date | Forecast at completion``) under its ``Reporting period: Mar
        # 2026`` line holds the project's whole-life figures; with no in-month actual left
        # its budget is the whole budget, not March's (250,000 read as one month's budget)
        for col in [c for c, cand in chosen.items() if cand.column_key in AMOUNT_KEYS]:
            del chosen[col]
        return False
    return any(cand.column_key in AMOUNT_KEYS for cand in chosen.values())


def _whole_life_budget_beside_period_actual(
    block: TableBlock, chosen: dict[int, Candidate], running: bool
) -> None:
    """Round 38 (t46b): in a report of one month whose actual is named by its period
    (``Actual this period``) beside a running total (``Actual to date``: ``running``) or a
    whole-life figure (``EAC``, ``Forecast at completion``), a budget whose header names no
    period (``Current budget``, ``Approved budget``, ``Budget``) is the line's whole budget,
    not the month's: it is taken out of ``chosen`` (in place), as a running total is. An
    Irish cost report's ``Current budget`` of 632,000 beside ``Actual this period`` 6,750 was
    read as July's budget. A budget named by the period (``Budget this period``) stays."""
    heads = {c.col: c.full for c in block.headers if c.text}
    period_actual = any(
        cand.column_key == "actual" and OF_THE_PERIOD.search(heads.get(col, ""))
        for col, cand in chosen.items()
    )
    whole_life = running or any(_WHOLE_LIFE.search(text) for text in heads.values())
    if not (period_actual and whole_life):
        return
    for col in [c for c, cand in chosen.items() if cand.column_key == "budget"]:
        if not OF_THE_PERIOD.search(heads.get(col, "")):
            del chosen[col]


#: A header saying the table's figures are the project's whole life, not a month's.
_WHOLE_LIFE = re.compile(
    r"\bat\s+completion\b|\b(?:eac|bac|etc)\b|\bwhole[\s-]+life\b|\blifetime\b"
    r"|\bout-?turn\b",
    re.IGNORECASE,
)


def period_amount_by_title(block: TableBlock, chosen: dict[int, Candidate]) -> None:
    """Red team of round 32's code (rt33): a column headed by the period alone (``This
    period``, ``Current period``: round 32 reads it as the actual, below certain) in a
    report whose title or sheet name says one measure other than the actual (``Budget
    phasing report``, ``Forecast report``, a sheet named ``Budget``) holds that measure:
    the period's phased budget or its forecast, no money spent. Before, a budget report's
    `This period` was adopted as the month's actual. Changed in place; a title naming two
    measures (``Budget vs actual``) or none leaves the reading as it was."""
    from addin.adopt.finance import measures_named
    from addin.adopt.match import PERIOD_AMOUNT

    named = measures_named(" ".join([*block.titles, block.sheet]))
    if len(named) != 1 or named == {"actual"}:
        return
    (measure,) = named
    if any(c.column_key == measure for c in chosen.values()):
        return
    for col, cand in list(chosen.items()):
        if (
            cand.column_key == "actual"
            and cand.confidence == PERIOD_AMOUNT
            and cand.synonym.startswith("(the period's amount")
        ):
            chosen[col] = Candidate(
                measure, cand.confidence, f"{cand.synonym}; the title says {measure}"
            )


#: Round 34 (v36s): a group label saying which kind of date its columns are (``Planned`` /
#: ``Plan`` / ``Forecast`` / ``Actual`` over ``Start date | Completion date``; Japanese
#: ``予定`` over ``開始日 | 終了日``), in English or in a language the vocabulary reads.
DATE_KIND = re.compile(
    r"^\s*(?:plan|planned|baseline|original|forecast|forecasted|expected|estimated|revised|"
    r"actual|actuals|target|contract|contractual|committed|agreed)\s*$",
    re.IGNORECASE,
)


def kind_of_date_over(
    cell: HeaderCell, own_top: Candidate | None, extra: list[Candidate], found: list[Candidate]
) -> list[Candidate]:
    """Round 34 (v36s): a date field under a group label naming the kind of date reads as
    the group says. ``Completion date`` alone is the day it was done (the actual), but under
    ``Planned`` it is the planned completion (the baseline): the field's own reading, a date
    column, gives way to the folded reading, another date column, when the group label is
    only a kind of date. A group naming no kind (``Dates`` over ``Raised | Due``), a phrase
    split over two rows, or a field reading no date keeps the field's reading."""
    if cell.split or own_top is None or not extra or not own_top.column_key.endswith("_date"):
        return found
    group = translate(cell.group) or cell.group
    if not DATE_KIND.match(group):
        return found
    folded = max(extra, key=lambda c: c.confidence)
    if not folded.column_key.endswith("_date") or folded.column_key == own_top.column_key:
        return found
    first = Candidate(folded.column_key, max(own_top.confidence, folded.confidence), folded.synonym)
    return [first, *(c for c in found if c.column_key != folded.column_key)]
