"""Round 27 (its last hour, t29c): rows and words of bilingual and well-worn registers, read
as a PMO analyst reads them (docs/adopt.md, "Round 27 (its last hour): the thirty-ninth
batch's registers and the fortieth's leftovers"). Each rule on a small workbook of its own
(no copy of a batch layout) and a near-miss where it must not fire."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles import Font

from addin.adopt.languages import translate
from tests.adopt_sheets import adopt, book, field, finance_by_line, only, targets

# -- a column written in two halves throughout is no choices hint -------------------------


def _two_language_plan(tmp_path: Path) -> Path:
    """A Norwegian / English milestone plan: names and statuses in both languages."""
    rows: list[list[object]] = [["No", "Milestone", "Owner", "Due", "Status"]]
    rows += [
        [1, "Anbud / Tender", "Kari Nordmann", date(2026, 2, 2), "Ferdig / Done"],
        [2, "Kontrakt / Contract", "Ola Hansen", date(2026, 3, 2), "Ferdig / Done"],
        [
            3,
            "Bygging av bru / Bridge construction",
            "Kari Nordmann",
            date(2026, 6, 1),
            "Pågår / Ongoing",
        ],
        [4, "Åpning / Opening", "Ola Hansen", date(2026, 9, 1), "Ikke startet / Not started"],
    ]
    return book(tmp_path / "plan.xlsx", "Plan", rows)


def test_a_first_row_written_in_two_languages_like_the_rows_under_it_is_an_item(
    tmp_path: Path,
) -> None:
    adoption = adopt(_two_language_plan(tmp_path))
    # `Anbud / Tender` and `Ferdig / Done` look like a choices hint (`Open / Closed`), but
    # every row under them is written in two halves too: the first row is the first item
    assert field(adoption, "milestones", "milestone") == [
        "Anbud / Tender",
        "Kontrakt / Contract",
        "Bygging av bru / Bridge construction",
        "Åpning / Opening",
    ]
    assert not only(adoption).skipped_rows


def test_near_miss_a_choices_hint_over_single_values_stays_guidance(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Ref", "Risk", "Owner", "Impact", "Status"]]
    rows += [
        ["", "Describe the risk", "Name", "H / M / L", "Open / Closed"],
        ["R1", "Supplier insolvency", "Ana Silva", "High", "Open"],
        ["R2", "Permit refused", "Ben Ode", "Low", "Closed"],
        ["R3", "Key engineer leaves", "Ana Silva", "Medium", "Open"],
    ]
    adoption = adopt(book(tmp_path / "risks.xlsx", "Risks", rows))
    assert field(adoption, "risks", "title") == [
        "Supplier insolvency",
        "Permit refused",
        "Key engineer leaves",
    ]
    assert any("guidance" in r.reason and r.row == 2 for r in only(adoption).skipped_rows)


# -- a duplicate logged again, a row nobody used, a finance line withdrawn -------------------


def _issue_log(tmp_path: Path) -> Path:
    rows: list[list[object]] = [["No.", "Issue", "Owner", "Status", "Notes"]]
    rows += [
        [1, "Boiler pressure drops overnight", "Tom Reid", "Open", ""],
        [2, "Gym floor lifting by the door", "Sara Lund", "In Progress", ""],
        [3, "Boiler pressure drops overnight", "Tom Reid", "Dup", "raised again"],
        [4, "N/A", "N/A", "N/A", "N/A"],
        [5, "Old badge system still live", "Sara Lund", "duplicate", "of a closed ticket"],
    ]
    return book(tmp_path / "issues.xlsx", "Issues", rows)


def test_a_duplicate_repeating_an_item_above_and_a_row_of_n_a_are_no_items(
    tmp_path: Path,
) -> None:
    adoption = adopt(_issue_log(tmp_path))
    assert field(adoption, "issues", "title") == [
        "Boiler pressure drops overnight",
        "Gym floor lifting by the door",
        "Old badge system still live",
    ]
    reasons = {r.row: r.reason for r in only(adoption).skipped_rows}
    assert "logged again" in reasons[4] and "row 2" in reasons[4]
    assert "nobody used" in reasons[5]


def test_near_miss_a_duplicate_of_its_own_title_and_an_n_a_status_stay_items(
    tmp_path: Path,
) -> None:
    adoption = adopt(_issue_log(tmp_path))
    statuses = dict(
        zip(field(adoption, "issues", "title"), field(adoption, "issues", "status"), strict=True)
    )
    # a duplicate mark on a title of its own: an item that ended (Closed), as before
    assert statuses["Old badge system still live"] == "Closed"
    rows: list[list[object]] = [["Dep ID", "Dependency", "Owner", "Status"]]
    rows += [
        ["D1", "Grid connection by the utility", "Ana Silva", "On Track"],
        ["D2", "Road closure permit", "Ben Ode", "n/a"],
        ["D3", "Vendor API release", "Ana Silva", "At Risk"],
    ]
    deps = adopt(book(tmp_path / "deps.xlsx", "Deps", rows))
    # `n/a` in the status alone: the item is one, its status does not apply
    assert field(deps, "dependencies", "title") == [
        "Grid connection by the utility",
        "Road closure permit",
        "Vendor API release",
    ]


def _costs(tmp_path: Path, withdrawn: list[object]) -> Path:
    rows: list[list[object]] = [["Month", "Cost Line", "Budget", "Actual", "Notes"]]
    rows += [
        ["Jan-26", "Fencing", 4000, 3900, None],
        ["Jan-26", "Drainage", 6000, 6100, None],
        withdrawn,
        ["Feb-26", "Fencing", 4000, 4200, None],
        ["Feb-26", "Drainage", 6000, 5800, None],
    ]
    return book(tmp_path / "costs.xlsx", "Costs", rows)


def test_a_cost_line_of_n_a_with_no_amount_is_no_line(tmp_path: Path) -> None:
    adoption = adopt(_costs(tmp_path, ["Jan-26", "n/a", "n/a", None, "line dropped"]))
    lines = finance_by_line(adoption)
    assert sorted({line for _, line in lines}) == ["Drainage", "Fencing"]
    assert len(lines) == 4
    assert any("no line of the tracker" in r.reason for r in only(adoption).skipped_rows)


def test_near_miss_a_cost_line_of_n_a_with_an_amount_is_not_dropped_by_this_rule(
    tmp_path: Path,
) -> None:
    adoption = adopt(_costs(tmp_path, ["Jan-26", "n/a", 500, 450, None]))
    assert not any("no line of the tracker" in r.reason for r in only(adoption).skipped_rows)


# -- a struck-through milestone is done, a struck-through issue withdrawn --------------------


def _struck(
    tmp_path: Path, sheet: str, header: list[str], rows: list[list[object]], strike: int
) -> Path:
    path = book(tmp_path / "struck.xlsx", sheet, [header, *rows])
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    for c in range(1, len(header) + 1):
        ws.cell(strike, c).font = Font(strike=True)
    wb.save(path)
    return path


def test_a_struck_milestone_stays_a_milestone(tmp_path: Path) -> None:
    header = ["ID", "Milestone", "Baseline Date", "Status"]
    rows: list[list[object]] = [
        ["M1", "Design frozen", date(2026, 1, 12), "Complete"],
        ["M2", "Factory acceptance", date(2026, 3, 9), "On Track"],
        ["M3", "Go live", date(2026, 6, 1), "Not Started"],
    ]
    adoption = adopt(_struck(tmp_path, "Milestones", header, rows, strike=2))
    assert field(adoption, "milestones", "milestone") == [
        "Design frozen",
        "Factory acceptance",
        "Go live",
    ]
    assert field(adoption, "milestones", "status")[0] == "Complete"


def test_near_miss_a_struck_issue_is_still_withdrawn(tmp_path: Path) -> None:
    header = ["ID", "Issue", "Owner", "Status"]
    rows: list[list[object]] = [
        ["I1", "Scaffold permit lapsed", "Ana Silva", "Open"],
        ["I2", "Crane booked twice", "Ben Ode", "Open"],
        ["I3", "Site office flooded", "Ana Silva", "Closed"],
        ["I4", "Hoarding damaged by wind", "Ben Ode", "In Progress"],
        ["I5", "Noise complaint from neighbours", "Ana Silva", "Open"],
    ]
    adoption = adopt(_struck(tmp_path, "Issues", header, rows, strike=3))
    assert field(adoption, "issues", "title") == [
        "Scaffold permit lapsed",
        "Site office flooded",
        "Hoarding damaged by wind",
        "Noise complaint from neighbours",
    ]


# -- words ----------------------------------------------------------------------------------


def test_swahili_directions_and_statuses_and_welsh_monitoring() -> None:
    assert translate("Inaingia", "values") == "inbound"
    assert translate("Inatoka", "values") == "outbound"
    assert translate("Iko sawa", "values") == "on track"
    assert translate("Imekamilika", "values") == "complete"
    assert translate("Monitro", "values") == "monitoring"
    assert translate("hinfällig", "values") == "invalid"
    assert translate("caduque", "values") == "invalid"
    assert translate("未處理", "values") == "open"
    # near-miss: the Swahili open and late words keep their readings
    assert translate("Wazi", "values") == "open"
    assert translate("Imechelewa", "values") == "late"


def test_a_swahili_dependency_log_maps_direction_and_status(tmp_path: Path) -> None:
    rows: list[list[object]] = [["Dep ID", "Dependency", "Direction", "Owner", "Status"]]
    rows += [
        ["D1", "Mobile money API", "Inaingia", "Amina Njeri", "Iko sawa"],
        ["D2", "Sales report to the board", "Inatoka", "Juma Otieno", "Imekamilika"],
        ["D3", "Registry extract", "Inaingia", "Amina Njeri", "Imechelewa"],
    ]
    adoption = adopt(book(tmp_path / "deps.xlsx", "Deps", rows))
    got = targets(only(adoption))
    assert got["Direction"] == "direction" and got["Status"] == "status"
    assert field(adoption, "dependencies", "direction") == ["Inbound", "Outbound", "Inbound"]
    assert field(adoption, "dependencies", "status") == ["On Track", "Delivered", "Late"]


# -- a party named in two languages under a header in two languages -------------------------


def _decisions(tmp_path: Path, header: str) -> Path:
    rows: list[list[object]] = [["Nr", "Datum / Date", "Besluit / Décision", header]]
    rows += [
        [
            "DC-1",
            date(2026, 1, 12),
            "Het depot komt in Haren",
            "Raad van Bestuur / Conseil d'Administration",
        ],
        ["DC-2", date(2026, 2, 9), "Le budget passe à 250 k€", "Stuurgroep / Comité de pilotage"],
        ["DC-3", date(2026, 3, 2), "Testfase verlengd", "Lotte Peeters / Marc Dubois"],
    ]
    return book(tmp_path / "decisions.xlsx", "Besluiten - Décisions", rows)


def test_a_party_in_two_languages_under_a_header_in_two_languages_is_kept_whole(
    tmp_path: Path,
) -> None:
    adoption = adopt(_decisions(tmp_path, "Beslist door / Décidé par"))
    assert field(adoption, "decisions", "made_by") == [
        "Raad van Bestuur / Conseil d'Administration",
        "Stuurgroep / Comité de pilotage",
        "Lotte Peeters / Marc Dubois",
    ]


def test_near_miss_two_people_under_a_header_of_one_language_are_the_first_person(
    tmp_path: Path,
) -> None:
    adoption = adopt(_decisions(tmp_path, "Decided by"))
    assert field(adoption, "decisions", "made_by")[2] == "Lotte Peeters"
