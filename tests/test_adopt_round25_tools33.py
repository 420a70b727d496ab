"""Round 25's last hour (issue 15): the thirty-third batch's English tool exports' misses,
mended by general rules. Each rule is tried on workbooks written for these tests (no
benchmark layout), with a near-miss that must not be taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from adopt_sheets import adopt, book, only, targets

# ---------------------------------------------------------------------------------------
# A bare "Pre" / "Post" before a risk scale says before / after the response
# ---------------------------------------------------------------------------------------


def _pre_post(path: Path, last: str) -> Path:
    """A risk log scored before and after the response, its last column ``last``."""
    rows: list[list[object]] = [["Ref", "Risk", "Owner", "Pre Probability", "Pre Severity"]]
    rows[0] += ["Response", "Post Probability", "Post Severity", last]
    rows.append(["K1", "Lift shaft steel late", "Noor Malik", 4, 5, "Second mill", 2, 4, None])
    rows.append(["K2", "Roof membrane fails test", "Tom Price", 3, 3, "Retest", 1, 3, None])
    rows.append(["K3", "Night works permit refused", "Noor Malik", 5, 2, "Appeal", 3, 2, None])
    return book(path, "Risks", rows)


def test_post_before_a_scale_is_the_residual_scale(tmp_path: Path) -> None:
    adoption = adopt(_pre_post(tmp_path / "p.xlsx", "Notes"))
    got = targets(only(adoption))
    assert got["Pre Probability"] == "probability"
    assert got["Post Probability"] == "residual_probability"
    assert got["Post Severity"] == "residual_impact"
    risk = adoption.project.items("risks")[2]
    assert (risk.probability, risk.residual_probability, risk.residual_impact) == (5, 3, 2)


def test_post_before_any_other_word_is_no_residual(tmp_path: Path) -> None:
    # near-miss: "Post Code" and "Post Review Date" say nothing of the response
    got = targets(only(adopt(_pre_post(tmp_path / "c.xlsx", "Post Code"))))
    assert not str(got.get("Post Code")).startswith("residual")
    got = targets(only(adopt(_pre_post(tmp_path / "r.xlsx", "Post Review Date"))))
    assert not str(got.get("Post Review Date")).startswith("residual")


# ---------------------------------------------------------------------------------------
# A long finance table (one row per line and month) takes its kind from a capital title,
# and a unit line naming the sign last ("All figures £") names the currency
# ---------------------------------------------------------------------------------------


def _long_finance(path: Path, title: str, unit: str) -> Path:
    """A spend log one row per cost line and month under ``title`` and a ``unit`` line."""
    rows: list[list[object]] = [[title], [unit], []]
    rows.append(["Budget line", "Period", "Budget", "Spent", "Remarks"])
    for line, base in (("Groundworks", 40000.0), ("Cladding", 25000.0)):
        for m, month in enumerate((date(2026, 4, 1), date(2026, 5, 1))):
            rows.append([line, month, base + 1000 * m, base * 0.9 + 500 * m, None])
    return book(path, "Spend", rows)


def test_a_capital_title_gives_a_long_tables_lines_their_kind(tmp_path: Path) -> None:
    adoption = adopt(_long_finance(tmp_path / "c.xlsx", "Depot Capital Scheme", "All figures £"))
    lines = adoption.project.items("finance")
    assert len(lines) == 4
    assert {line.capex_opex for line in lines} == {"CapEx"}
    assert lines[3].budget == 26000.0
    assert adoption.project.header.currency == "GBP"


def test_human_capital_and_a_bare_dollar_name_nothing(tmp_path: Path) -> None:
    # near-miss: a human capital plan is no capital spend, and `$` alone names no currency
    adoption = adopt(_long_finance(tmp_path / "h.xlsx", "Human capital plan", "All figures $"))
    lines = adoption.project.items("finance")
    assert len(lines) == 4
    assert {line.capex_opex for line in lines} == {None}
    assert adoption.project.header.currency is None


# ---------------------------------------------------------------------------------------
# A long finance table's row naming no cost line, the sum of the lines above, is a subtotal
# ---------------------------------------------------------------------------------------


def _monthly_with_sums(path: Path, off_by: float) -> Path:
    """A spend log one row per line and month, each month closed by a lineless row whose
    budget is the month's sum plus ``off_by``, labelled in the month column."""
    rows: list[list[object]] = [["Library refit - spend by month"]]
    rows.append(["Month", "Cost line", "Budget", "Note"])
    for month, label in ((date(2026, 6, 1), "June, all lines"), (date(2026, 7, 1), "July")):
        rows.append([month, "Shelving", 12000.0, None])
        rows.append([month, "Lighting", 8000.0, None])
        rows.append([label, None, 20000.0 + off_by, "checked by finance"])
    return book(path, "Spend", rows)


def test_a_lineless_row_equal_to_the_lines_above_is_a_subtotal(tmp_path: Path) -> None:
    adoption = adopt(_monthly_with_sums(tmp_path / "s.xlsx", 0.0))
    lines = adoption.project.items("finance")
    assert [(line.month, line.cost_line) for line in lines] == [
        (date(2026, 6, 1), "Shelving"),
        (date(2026, 6, 1), "Lighting"),
        (date(2026, 7, 1), "Shelving"),
        (date(2026, 7, 1), "Lighting"),
    ]
    reasons = [r.reason for r in only(adoption).skipped_rows]
    assert sum("equals the sum of the rows above" in r for r in reasons) == 2


def test_a_lineless_row_that_is_no_sum_stays_an_item(tmp_path: Path) -> None:
    # near-miss: a lineless row whose budget is not the lines' sum is not taken as a total
    lines = adopt(_monthly_with_sums(tmp_path / "n.xlsx", 500.0)).project.items("finance")
    assert len(lines) == 6
    assert [line.budget for line in lines if line.cost_line is None] == [20500.0, 20500.0]


# ---------------------------------------------------------------------------------------
# Chinese (traditional and simplified) "following up" is Open, "under observation" Monitoring
# ---------------------------------------------------------------------------------------


def _zh_risks(path: Path, third: str) -> Path:
    rows: list[list[object]] = [["編號", "風險", "負責人", "狀態"]]
    rows.append(["K-1", "鋼材到貨延誤", "周嘉欣", "跟進中"])
    rows.append(["K-2", "天台防水測試唔合格", "吳子健", "觀察中"])
    rows.append(["K-3", "电梯供应商破产", "周嘉欣", third])
    return book(path, "風險", rows)


def test_following_up_is_open_and_under_observation_is_monitoring(tmp_path: Path) -> None:
    adoption = adopt(_zh_risks(tmp_path / "z.xlsx", "跟进中"))
    assert targets(only(adoption))["狀態"] == "status"
    assert [r.status for r in adoption.project.items("risks")] == ["Open", "Monitoring", "Open"]


def test_followed_up_already_is_not_open(tmp_path: Path) -> None:
    # near-miss: 已跟進 (followed up, done) shares two characters with 跟進中 but is no
    # open item: it is kept as written and reported, never read as Open
    risks = adopt(_zh_risks(tmp_path / "d.xlsx", "已跟進")).project.items("risks")
    assert risks[2].status != "Open"


# ---------------------------------------------------------------------------------------
# A labelled field's length is its own, an export's line after a bar aside
# ---------------------------------------------------------------------------------------


def _run_line(path: Path, line: str) -> Path:
    rows: list[list[object]] = [["Risk report"], [line], []]
    rows.append(["Ref", "Risk", "Owner", "Status"])
    rows.append(["Q1", "Sea wall piling refused by the regulator", "Ivy Chen", "Open"])
    rows.append(["Q2", "Tide windows shorter than planned", "Raj Patel", "Closed"])
    return book(path, "Risks", rows)


def test_a_field_before_a_long_export_line_is_read(tmp_path: Path) -> None:
    line = "Programme: Harbour Wall Renewal | Generated 14/05/2026 08:12 by the PMO reporting desk"
    assert len(line) > 60
    assert adopt(_run_line(tmp_path / "g.xlsx", line)).project.header.programme == (
        "Harbour Wall Renewal"
    )


def test_a_long_labelled_sentence_is_no_field(tmp_path: Path) -> None:
    # near-miss: guidance written after a label, with no bar setting a value apart
    line = "Programme: enter the name of the programme this register belongs to before issue"
    assert adopt(_run_line(tmp_path / "s.xlsx", line)).project.header.programme is None
