"""Round 19 of issue 15: years written in a national calendar era (addin/adopt/eras.py), tried
on trackers and registers written for these tests (no benchmark layout), negatives included:
Taiwan's Republic of China years (民國115年 = 2026), Japan's eras (令和8年, R8.1.15), Thailand's
Buddhist Era (พ.ศ. 2569, ม.ค. 69)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from adopt_sheets import adopt, book, field, only, targets

from addin.adopt.convert import cjk_month, month_number, parse_date
from addin.adopt.eras import eras_where, said_of, to_common, written_eras
from addin.adopt.finance import year_in


@pytest.mark.parametrize(
    ("text", "common", "said"),
    [
        ("民國115年1月", "2026年1月", "'民國115年' read as the ROC year 2026"),
        ("中華民國115年12月", "2026年12月", "'中華民國115年' read as the ROC year 2026"),
        ("115年1月", "2026年1月", "'115年' read as the ROC year 2026"),
        ("令和8年1月15日", "2026年1月15日", "'令和8年' read as the Reiwa year 2026"),
        ("令和元年5月", "2019年5月", "'令和元年' read as the Reiwa year 2019"),
        ("平成30年4月", "2018年4月", "'平成30年' read as the Heisei year 2018"),
        ("พ.ศ. 2569", "2026", "'พ.ศ. 2569' read as the Buddhist Era year 2026"),
        ("ม.ค. 69", "Jan 2026", "'ม.ค. 69' read as the Buddhist Era year 2026"),
        ("15 มีนาคม 2569", "15 Mar 2026", "'มีนาคม 2569' read as the Buddhist Era year 2026"),
    ],
)
def test_an_era_year_is_read_and_the_reading_said(text: str, common: str, said: str) -> None:
    assert to_common(text) == (common, said)


@pytest.mark.parametrize(
    "text",
    [
        "2026年1月",  # Gregorian, as a Chinese sheet writes it
        "115/01",  # no era mark on the cell, none on the sheet
        "115.1.15",
        "R8.3.12",  # a release number as much as an era date, without 令和 on the sheet
        "民國15年",  # 1926: no year a plan is in
        "令和99年",  # 2117
        "第115号",
    ],
)
def test_text_without_a_certain_era_is_left_as_it_is(text: str) -> None:
    assert to_common(text) == (text, None)


def test_bare_forms_are_read_where_the_sheet_writes_the_era() -> None:
    assert written_eras(["民國115年度 預算", 115, "Risk"]) == {"ROC"}
    assert written_eras(["令和8年1月15日"]) == {"Reiwa"}
    assert written_eras(["2026年1月", "115", 115]) == frozenset()
    with eras_where({"ROC"}):
        assert parse_date("115/03/31") == date(2026, 3, 31)
        assert parse_date("115.4.30") == date(2026, 4, 30)
        assert parse_date("R8.3.12") is None  # a Japanese era is not written
    with eras_where({"Reiwa"}):
        assert parse_date("R8.3.12") == date(2026, 3, 12)
        assert parse_date("H30.4.1") == date(2018, 4, 1)
    assert parse_date("115/03/31") is None


def test_era_month_labels_and_titles() -> None:
    assert cjk_month("民國115年4月") == date(2026, 4, 1)
    assert cjk_month("115年4月") == date(2026, 4, 1)
    assert cjk_month("2026年4月") == date(2026, 4, 1)  # Gregorian stays Gregorian
    assert month_number("ม.ค. 69") == 1
    assert month_number("ธ.ค. 69") == 12
    assert year_in(["民國115年度 專案預算"]) == 2026
    assert year_in(["令和8年度 予算管理表"]) == 2026
    assert year_in(["2026年度 予算管理表"]) == 2026


def test_said_of_names_one_label_per_year_and_counts_the_others() -> None:
    assert said_of(["ม.ค. 69", "ก.พ. 69", "มี.ค. 69", 115, None]) == (
        "'ม.ค. 69' read as the Buddhist Era year 2026 (and 2 more)"
    )
    assert said_of(["2026年1月", "Jan-26"]) == ""


def _finance(adoption: object) -> dict[tuple[date, str], float | None]:
    return {(f.month, f.cost_line): f.budget for f in adoption.project.finance}  # type: ignore[attr-defined]


def test_a_taiwan_tracker_with_roc_months_across(tmp_path: Path) -> None:
    path = book(
        tmp_path / "tw.xlsx",
        "預算",
        [
            ["115年度 專案預算 （單位：新臺幣千元）"],
            ["費用項目", *[f"115年{m}月" for m in range(1, 13)]],
            ["外包開發費", *range(100, 112)],
            ["雲端服務", *([40] * 12)],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert table.register == "finance"
    amounts = _finance(adoption)
    assert amounts[(date(2026, 1, 1), "外包開發費")] == 100_000
    assert amounts[(date(2026, 12, 1), "外包開發費")] == 111_000
    assert amounts[(date(2026, 12, 1), "雲端服務")] == 40_000
    assert "years in a national era: '115年' read as the ROC year 2026" in table.notes


def test_a_roc_title_gives_the_year_of_bare_month_labels(tmp_path: Path) -> None:
    path = book(
        tmp_path / "tw2.xlsx",
        "預算",
        [
            ["民國115年度 專案預算"],
            ["費用項目", "1月", "2月", "3月"],
            ["外包開發費", 100, 115, 120],
            ["雲端服務", 40, 41, 40],
        ],
    )
    adoption = adopt(path)
    amounts = _finance(adoption)
    # 115 is an amount: it stays 115, and no month is the year 115
    assert amounts[(date(2026, 2, 1), "外包開發費")] == 115
    assert {month for month, _ in amounts} == {date(2026, m, 1) for m in (1, 2, 3)}
    assert any("'民國115年' read as the ROC year 2026" in n for n in only(adoption).notes)


def test_a_chinese_tracker_in_gregorian_years_reads_2026(tmp_path: Path) -> None:
    path = book(
        tmp_path / "cn.xlsx",
        "项目预算",
        [
            ["项目预算"],
            ["费用", "2026年1月", "2026年2月", "2026年3月"],
            ["外包", 100, 115, 120],
            ["云服务", 40, 41, 40],
        ],
    )
    adoption = adopt(path)
    amounts = _finance(adoption)
    assert amounts[(date(2026, 2, 1), "外包")] == 115
    assert not any("national era" in n for n in only(adoption).notes)


def test_a_thai_budget_with_buddhist_era_months(tmp_path: Path) -> None:
    path = book(
        tmp_path / "th.xlsx",
        "งบประมาณ",
        [
            ["งบประมาณโครงการ ปีงบประมาณ 2569"],
            ["รายการ", "ม.ค. 69", "ก.พ. 69", "มี.ค. 69"],
            ["ค่าจ้างที่ปรึกษา", 100, 115, 120],
            ["ค่าเช่าเซิร์ฟเวอร์", 40, 41, 40],
        ],
    )
    adoption = adopt(path)
    amounts = _finance(adoption)
    assert amounts[(date(2026, 1, 1), "ค่าจ้างที่ปรึกษา")] == 100
    assert amounts[(date(2026, 3, 1), "ค่าเช่าเซิร์ฟเวอร์")] == 40
    assert (
        "years in a national era: 'ม.ค. 69' read as the Buddhist Era year 2026 (and 2 more)"
        in only(adoption).notes
    )


def test_a_japanese_risk_register_with_reiwa_dates(tmp_path: Path) -> None:
    path = book(
        tmp_path / "jp.xlsx",
        "リスク",
        [
            ["リスク管理表"],
            ["番号", "リスク内容", "担当者", "発生日", "対応期限"],
            ["R-001", "ベンダーの納期遅延", "山田 太郎", "令和8年1月15日", "R8.3.31"],
            ["R-002", "要員不足", "佐藤 花子", "令和元年5月1日", "R8.4.30"],
        ],
    )
    adoption = adopt(path)
    table = only(adoption)
    assert targets(table)["対応期限"] == "due_date"
    assert field(adoption, "risks", "raised_date") == [date(2026, 1, 15), date(2019, 5, 1)]
    assert field(adoption, "risks", "due_date") == [date(2026, 3, 31), date(2026, 4, 30)]
    assert (
        "dates in a national era in '対応期限': 'R8.3.31' read as the Reiwa year 2026 "
        "(and 1 more)" in table.notes
    )


def test_a_taiwan_register_reads_bare_roc_dates_beside_marked_ones(tmp_path: Path) -> None:
    path = book(
        tmp_path / "tw3.xlsx",
        "風險",
        [
            ["風險登錄表"],
            ["編號", "風險描述", "負責人", "提出日期", "截止日期"],
            ["R-001", "供應商交期延誤", "王小明", "民國115年1月15日", "115/03/31"],
            ["R-002", "人力不足", "林美華", "民國115年2月1日", "115.4.30"],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "risks", "raised_date") == [date(2026, 1, 15), date(2026, 2, 1)]
    assert field(adoption, "risks", "due_date") == [date(2026, 3, 31), date(2026, 4, 30)]


def test_bare_roc_dates_on_a_sheet_with_no_era_mark_are_not_guessed(tmp_path: Path) -> None:
    path = book(
        tmp_path / "tw4.xlsx",
        "風險",
        [
            ["風險登錄表"],
            ["編號", "風險描述", "負責人", "截止日期"],
            ["R-001", "供應商交期延誤", "王小明", "115/03/31"],
            ["R-002", "人力不足", "林美華", "115.4.30"],
        ],
    )
    adoption = adopt(path)
    assert field(adoption, "risks", "title") == ["供應商交期延誤", "人力不足"]
    assert targets(only(adoption))["截止日期"] is None  # listed unmapped, never a guessed year


@pytest.mark.parametrize(("title", "read"), [("民國115年度 專案預算", True), ("專案預算", False)])
def test_bare_roc_month_labels_need_the_era_on_the_sheet(
    tmp_path: Path, title: str, read: bool
) -> None:
    path = book(
        tmp_path / "tw5.xlsx",
        "預算",
        [
            [title],
            ["費用項目", "115/01", "115/02", "115/03"],
            ["外包開發費", 100, 115, 120],
            ["雲端服務", 40, 41, 40],
        ],
    )
    adoption = adopt(path)
    months = {f.month for f in adoption.project.finance}
    # with 民國 in the title the months are 2026's; without, nothing is guessed (no table)
    assert months == ({date(2026, m, 1) for m in (1, 2, 3)} if read else set())
