"""Round 25's last hour: the thirty-fourth and thirty-second batches' misses, mended by
rules a PMO analyst would state, each on small workbooks of our own with a near-miss that
must not fire (docs/adopt.md, "Round 25 (its last hour)")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from addin.adopt.classify import shortened_type, type_value_register
from addin.adopt.convert import fiscal_period_parts
from addin.adopt.match import normalise_header
from tests.adopt_sheets import adopt, best_candidate, book, field, finance_by_line, only, targets

# -- a RAID type cut short with its dot is the register word it starts ------------------


def test_a_type_cut_short_with_its_dot_names_its_register() -> None:
    assert shortened_type("Assump.") == "assumptions"
    assert shortened_type("Dep.") == "dependencies"
    assert shortened_type("Iss.") == "issues"
    assert shortened_type("Dec.") == "decisions"
    assert type_value_register("Risk") == "risks"


def test_a_short_form_without_its_dot_or_too_short_is_no_type() -> None:
    # "Dept" is a department, "D." could be anything beginning with a d, "Estim." starts
    # no register's word
    assert shortened_type("Dept") is None
    assert shortened_type("As.") is None
    assert shortened_type("Estim.") is None
    assert type_value_register("Dept") is None


def _mixed_log(tmp_path: Path, types: list[str]) -> Path:
    rows: list[list[object]] = [
        ["Kiln relining - RAID"],
        [],
        ["Ref", "Kind", "Summary", "Owner", "Status"],
    ]
    texts = [
        "Refractory bricks arrive late",
        "Burner fails the gas test",
        "Shutdown window stays in August",
        "Crane from the sister plant",
        "Kiln shell ovality out of spec",
    ]
    people = ["Ines Walter", "Tom Becker", "Ada Lin", "Ines Walter", "Ada Lin"]
    for n, (kind, text, who) in enumerate(zip(types, texts, people, strict=True)):
        rows.append([f"K-{n + 1}", kind, text, who, "Open"])
    return book(tmp_path / "kiln.xlsx", "RAID", rows)


def test_a_mixed_log_typed_with_short_forms_is_split_by_register(tmp_path: Path) -> None:
    path = _mixed_log(tmp_path, ["Risk", "Issue", "Assump.", "Dep.", "Risk"])
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "raid"
    assert table.items == {"risks": 2, "issues": 1, "assumptions": 1, "dependencies": 1}
    assert field(adoption, "assumptions", "assumption") == ["Shutdown window stays in August"]
    assert field(adoption, "dependencies", "title") == ["Crane from the sister plant"]


def test_a_kind_column_of_other_short_forms_splits_nothing(tmp_path: Path) -> None:
    # "Mech." / "Elec." / "Civ." are disciplines cut short, not registers: no mixed log
    path = _mixed_log(tmp_path, ["Mech.", "Elec.", "Civ.", "Mech.", "Elec."])
    adoption = adopt(path)
    assert all(t.register != "raid" for t in adoption.report.tables)


# -- a fiscal period label with its year first is a period of that financial year --------


def test_a_period_with_its_financial_year_first_is_read_either_way_round() -> None:
    assert fiscal_period_parts("FY27 P01") == (1, 2027)
    assert fiscal_period_parts("P01 FY27") == (1, 2027)
    assert fiscal_period_parts("FY2026/27 Period 4") == (4, 2027)
    assert fiscal_period_parts("FY27-P12") == (12, 2027)


def test_a_financial_year_alone_or_a_special_period_is_no_month() -> None:
    assert fiscal_period_parts("FY27") is None
    assert fiscal_period_parts("FY27 Total") is None
    assert fiscal_period_parts("FY27 P13") is None  # an adjustment period, no month


def _cost_report(tmp_path: Path, measures: list[str], title: str) -> Path:
    rows: list[list[object]] = [
        [title],
        ["Financial year starts: October"],
        [],
        ["Line", "Kind", "FY2026/27 P01", "FY2026/27 P02", "FY2026/27 P03"],
    ]
    for line in ("Survey crews", "Drone imagery"):
        for n, kind in enumerate(measures):
            rows.append([line, kind, 1000.0 + n, 2000.0 + n, 3000.0 + n])
    return book(tmp_path / "survey.xlsx", "Costs", rows)


def test_fiscal_periods_with_their_year_across_are_the_months_of_that_year(
    tmp_path: Path,
) -> None:
    path = _cost_report(tmp_path, ["Budget", "Actual"], "Coastal survey - costs (NZ$)")
    lines = finance_by_line(adopt(path))
    # FY2026/27 starting in October: P01 is October 2026, P03 December 2026
    assert lines[(date(2026, 10, 1), "Survey crews")].budget == 1000.0
    assert lines[(date(2026, 12, 1), "Drone imagery")].actual == 3001.0


# -- a measure column of the measures' short forms cycling under every line --------------


def test_short_measure_words_cycling_under_each_line_are_the_measures(tmp_path: Path) -> None:
    path = _cost_report(tmp_path, ["Bud", "Act", "Fcst"], "Coastal survey - costs (NZ$)")
    lines = finance_by_line(adopt(path))
    got = lines[(date(2026, 11, 1), "Drone imagery")]
    assert (got.budget, got.actual, got.forecast) == (2000.0, 2001.0, 2002.0)


def test_a_column_of_places_among_short_forms_names_no_measure(tmp_path: Path) -> None:
    # "ACT" beside "NSW" under each line: states, not Actual; nothing says a measure, so
    # the two rows are not read as a budget and an actual of the same line
    path = _cost_report(tmp_path, ["ACT", "NSW"], "Coastal survey - costs (NZ$)")
    table = only(adopt(path))
    assert not any("short forms as the measures" in n for n in table.notes)


# -- a mixed log's text column by its values when no header names it ---------------------


def _typed_log(tmp_path: Path, texts: list[str]) -> Path:
    rows: list[list[object]] = [
        ["Depot electrification - log"],
        [],
        ["Type", "Item", "Owner", "Status"],
    ]
    kinds = ["Risk", "Issue", "Assumption", "Risk", "Dependency"]
    people = ["Rua Parata", "Lena Voss", "Rua Parata", "Omar Haddad", "Lena Voss"]
    for kind, text, who in zip(kinds, texts, people, strict=True):
        rows.append([kind, text, who, "Open"])
    return book(tmp_path / "depot.xlsx", "Log", rows)


def test_a_mixed_log_whose_item_header_is_over_sentences_reads_them_as_texts(
    tmp_path: Path,
) -> None:
    texts = [
        "Grid connection offer expires in June",
        "Charger foundations clash with drainage",
        "Buses arrive with the agreed connectors",
        "Transformer lead time slips past summer",
        "Utility completes the substation upgrade",
    ]
    adoption = adopt(_typed_log(tmp_path, texts))
    table = only(adoption)
    assert targets(table)["Item"] == "title"
    assert field(adoption, "risks", "title") == [texts[0], texts[3]]
    assert field(adoption, "assumptions", "assumption") == [texts[2]]


def test_a_mixed_log_whose_item_column_holds_codes_takes_no_text_from_it(
    tmp_path: Path,
) -> None:
    # one-word codes are no item texts: the column is not read as every row's text
    codes = ["CHG-1", "CHG-2", "TX-1", "TX-2", "SUB-1"]
    adoption = adopt(_typed_log(tmp_path, codes))
    tables = adoption.report.tables
    assert all(targets(t).get("Item") not in ("title", "assumption") for t in tables)


# -- a past participle shortened with an apostrophe is its short form --------------------


def test_a_word_shortened_with_an_apostrophe_reads_as_its_short_form(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Dependency ID", "Dependency", "Other Project", "Req'd By", "Status"],
        ["DP-1", "Signalling design from the rail team", "RAIL-07", "3/2/2026", "Open"],
        ["DP-2", "Road closure permit from the council", "CNCL-1", "17/3/2026", "Open"],
    ]
    adoption = adopt(book(tmp_path / "deps.xlsx", "Dependencies", rows))
    assert targets(only(adoption))["Req'd By"] == "need_by"
    assert field(adoption, "dependencies", "need_by") == [date(2026, 2, 3), date(2026, 3, 17)]


def test_an_apostrophe_s_or_an_unknown_short_form_is_not_joined_into_a_word() -> None:
    # "Owner's" is a possessive, not a short form; "Rev'd" names no vocabulary word
    assert "owner s name" in normalise_header("Owner's Name")
    assert best_candidate("Rev'd By", "dependencies") is None
