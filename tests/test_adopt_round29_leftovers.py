"""Round 29 of issue 15: structural and language leftovers of rounds 27-28. Each rule is
tried on workbooks written for these tests (no benchmark layout), each with a near-miss
that must not be taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, field, finance_by_line, only

from addin.adopt.print_furniture import page_line

# ---------------------------------------------------------------------------------------
# a units row under the month headers that says a multiple scales the months' amounts
# ---------------------------------------------------------------------------------------

_MONTHS = ["Apr-26", "May-26", "Jun-26"]


def _capital_plan(tmp_path: Path, units: list[object]) -> Path:
    rows: list[list[object]] = [
        ["Riverside Homes - Capital Programme"],
        [],
        ["Programme line", "Measure", *_MONTHS],
        [None, None, *units],
        ["Boiler upgrades", "Budget", 12.5, 40.0, 7.2],
        ["Boiler upgrades", "Actual", 11.9, 42.3, 6.8],
        ["Window replacement", "Budget", 30.0, 30.0, 15.5],
        ["Window replacement", "Actual", 28.4, 33.1, 14.0],
    ]
    return book(tmp_path / "capital.xlsx", "Capital", rows)


def test_a_units_row_of_pounds_thousands_scales_every_month(tmp_path: Path) -> None:
    adoption = adopt(_capital_plan(tmp_path, ["£000"] * 3))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 4, 1), "Boiler upgrades")].budget == 12500
    assert lines[(date(2026, 5, 1), "Boiler upgrades")].actual == 42300
    assert lines[(date(2026, 6, 1), "Window replacement")].budget == 15500
    assert any("thousand" in n for t in adoption.report.tables for n in t.notes) or any(
        "thousand" in n for n in adoption.report.notes
    )


def test_a_units_row_of_dollars_k_scales_every_month(tmp_path: Path) -> None:
    lines = finance_by_line(adopt(_capital_plan(tmp_path, ["$k"] * 3)))
    assert lines[(date(2026, 4, 1), "Window replacement")].actual == 28400
    assert lines[(date(2026, 6, 1), "Boiler upgrades")].budget == 7200


def test_a_units_row_in_millions_scales_every_month(tmp_path: Path) -> None:
    lines = finance_by_line(adopt(_capital_plan(tmp_path, ["in millions"] * 3)))
    assert lines[(date(2026, 5, 1), "Window replacement")].budget == 30_000_000


def test_near_miss_a_units_row_of_plain_pounds_keeps_the_amounts(tmp_path: Path) -> None:
    # `£` says the currency, no multiple: 12.5 is twelve pounds fifty
    lines = finance_by_line(adopt(_capital_plan(tmp_path, ["£"] * 3)))
    assert lines[(date(2026, 4, 1), "Boiler upgrades")].budget == 12.5


def test_near_miss_a_first_line_of_amounts_is_no_units_row(tmp_path: Path) -> None:
    # the row under the header holds amounts: it is the first line, nothing is scaled
    rows: list[list[object]] = [
        ["Programme line", "Measure", *_MONTHS],
        ["Boiler upgrades", "Budget", 12.5, 40.0, 7.2],
        ["Boiler upgrades", "Actual", 11.9, 42.3, 6.8],
        ["Lifts (£000 framework)", "Budget", 3.0, 3.0, 3.0],
        ["Lifts (£000 framework)", "Actual", 2.5, 3.5, 3.0],
    ]
    lines = finance_by_line(adopt(book(tmp_path / "plain.xlsx", "Capital", rows)))
    assert lines[(date(2026, 4, 1), "Boiler upgrades")].budget == 12.5


# ---------------------------------------------------------------------------------------
# a Korean page line writes the number before 페이지
# ---------------------------------------------------------------------------------------


def test_korean_page_lines_with_the_number_first_are_page_lines() -> None:
    assert page_line(["2 페이지"]) is not None
    assert page_line(["3/5 페이지"]) is not None
    assert page_line(["페이지 2"]) is not None


def test_near_miss_a_korean_title_starting_with_page_is_no_page_line() -> None:
    assert page_line(["페이지 로딩 지연"]) is None  # "page loading delay": an issue
    assert page_line(["2 페이지 분량 보고서 누락"]) is None


def test_a_korean_register_printed_with_page_lines_reads_each_risk(tmp_path: Path) -> None:
    header = ["번호", "위험", "담당자", "영향도", "상태"]
    rows: list[list[object]] = [["조선소 위험 관리대장"], [], header]
    titles = ["블록 탑재 지연", "용접 인력 부족", "강재 가격 상승", "크레인 고장"]
    for i, title in enumerate(titles[:2]):
        rows.append([f"R-{i + 1:02d}", title, "김민준", "높음", "열림"])
    rows += [["1 페이지"], header]
    for i, title in enumerate(titles[2:], start=2):
        rows.append([f"R-{i + 1:02d}", title, "이서연", "보통", "종료"])
    rows.append(["2 페이지"])
    adoption = adopt(book(tmp_path / "ko.xlsx", "위험", rows))
    assert only(adoption).register == "risks"
    assert field(adoption, "risks", "title") == titles
    assert field(adoption, "risks", "status") == ["Open", "Open", "Closed", "Closed"]


# ---------------------------------------------------------------------------------------
# a section band with a remark beside it in the notes column is still a band
# ---------------------------------------------------------------------------------------

_BANDED_HEADER = ["Ref", "Risk", "Owner", "Likelihood", "Impact", "Notes"]


def _banded(tmp_path: Path, band_cells: list[object]) -> Path:
    rows: list[list[object]] = [["Ferry Terminal Upgrade - Risk Register"], [], _BANDED_HEADER]
    rows.append(["TECHNICAL"])
    rows.append(["T-01", "Linkspan hydraulics beyond design life", "Ewan Fraser", 3, 4, "Watch"])
    rows.append(["T-02", "Bow thruster spares on long lead", "Isla Murray", 2, 3, "Costed"])
    rows.append(band_cells)
    rows.append(["C-01", "Fuel price rise above the index", "Morag Campbell", 4, 3, "Board"])
    rows.append(["C-02", "Relief charter vessel unavailable", "Callum Stewart", 2, 5, "Watch"])
    return book(tmp_path / "banded.xlsx", "Risks", rows)


def test_a_band_with_a_remark_in_the_notes_column_names_the_category(tmp_path: Path) -> None:
    band: list[object] = ["COMMERCIAL", None, None, None, None, "agreed with sponsor"]
    adoption = adopt(_banded(tmp_path, band))
    assert field(adoption, "risks", "title") == [
        "Linkspan hydraulics beyond design life",
        "Bow thruster spares on long lead",
        "Fuel price rise above the index",
        "Relief charter vessel unavailable",
    ]
    assert field(adoption, "risks", "category") == [
        "Technical",
        "Technical",
        "Commercial",
        "Commercial",
    ]
    skipped = [r for r in only(adoption).skipped_rows if r.value == "COMMERCIAL"]
    assert skipped and "agreed with sponsor" in skipped[0].reason


def test_near_miss_a_band_with_an_owner_beside_it_is_no_band(tmp_path: Path) -> None:
    # the second cell is in the Owner column, a field of the register: the row is no
    # band of one label, and the items above keep the first band's category only
    band: list[object] = ["COMMERCIAL", None, "Morag Campbell"]
    adoption = adopt(_banded(tmp_path, band))
    categories = field(adoption, "risks", "category")
    assert "Commercial" not in categories


# ---------------------------------------------------------------------------------------
# a blank column inside a register whose closed items sit under a heading row
# ---------------------------------------------------------------------------------------


def _spaced(tmp_path: Path, heading: str | None) -> Path:
    header = ["Risk ID", "Risk", "Owner", "Status", None, "Update 12/03", "Status @ 19 Mar"]
    header += ["Wk 14 update", "Comments"]
    rows: list[list[object]] = [["Programme Risk Register"], [], header]
    items = [
        ["R-001", "Union consultation delays the rota", "Sara Lund", "Open"],
        ["R-002", "Key architect leaves", "Aisha Khan", "Open"],
        ["R-003", "Site access restricted in August", "Dan Wu", "Open"],
        ["R-004", "Supplier insolvency", "Tom Reilly", "Open"],
        ["R-005", "Ground survey late", "Sara Lund", "Closed"],
        ["R-006", "Licence fee rises", "Dan Wu", "Closed"],
    ]
    for i, cells in enumerate(items):
        if i == 4 and heading:
            rows.append([heading])
        rows.append(
            [*cells, None, "No change", "As before", "Awaiting quote", f"chased {i + 1} March"]
        )
    return book(tmp_path / "spaced.xlsx", "Risks", rows)


def test_a_spacer_inside_a_register_with_a_closed_items_heading_is_one_table(
    tmp_path: Path,
) -> None:
    adoption = adopt(_spaced(tmp_path, "CLOSED ITEMS"))
    table = only(adoption)
    assert table.ref == "A3:I10"
    assert {c.column for c in table.columns} >= {"A", "B", "C", "D", "F", "G", "H", "I"}
    assert field(adoption, "risks", "status") == ["Open"] * 4 + ["Closed"] * 2


def test_near_miss_without_the_heading_the_spacer_join_is_as_before(tmp_path: Path) -> None:
    table = only(adopt(_spaced(tmp_path, None)))
    assert table.ref == "A3:I9"
