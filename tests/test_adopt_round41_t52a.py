"""Round 41 (task t52a): tuning on the hundred-and-fifteenth batch (ordinary registers and
trackers in twelve languages). Each rule on a small workbook of its own: the words of the
batch's languages (an Amharic milestone plan, an Icelandic risk register's consequences, a
Maltese decision log's deciders, a Thai risk register's chance and level, a Georgian
need-by date, a Gujarati report's label block, a Swahili validate-by date, a Greek mixed
log's assumptions), a month word beside a four-digit year read as in a date (Hindi ``मई
2026``), a long resource plan's headers read in English (Hindi ``नियोजित दिवस``), a month
written after its year across (Hungarian ``2026. febr.``) and a month with its year
written on its block's first row only (Estonian ``märts 2026``)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from addin.adopt.convert import month_number
from addin.adopt.dates import month_period
from addin.adopt.languages import translate
from addin.adopt.periods import carried_down_months
from tests.adopt_sheets import adopt, book, column, field, finance_by_line, only


def test_an_amharic_milestone_plan_is_read_as_milestones(tmp_path: Path) -> None:
    """``ዋና ክንውን`` (a main event: the milestone; ``ክንውን`` alone stays the actual), the
    planned, revised and completed dates and ``ተጠናቋል`` (completed). Before, the plan had
    no milestone column and was refused."""
    rows: list[list[object]] = [
        ["የዱቄት ፋብሪካ ፕሮጀክት – ዋና ዋና ክንውኖች"],
        [],
        ["ተ.ቁ", "ዋና ክንውን", "ኃላፊ", "የታቀደበት ቀን", "የተሻሻለ ቀን", "የተጠናቀቀበት ቀን", "ሁኔታ"],
        [1, "የመሬት ርክክብ", "አበበ ከበደ", "04/03/2026", "06/03/2026", "06/03/2026", "ተጠናቋል"],
        [2, "የማሽን ተከላ", "ሰላማዊት ገብሩ", "07/06/2026", "11/06/2026", None, "ዘግይቷል"],
    ]
    adoption = adopt(book(tmp_path / "ms.xlsx", "ክንውኖች", rows))
    table = only(adoption)
    assert table.register == "milestones"
    assert column(table, "ዋና ክንውን").target == "milestone"
    assert column(table, "የታቀደበት ቀን").target == "baseline_date"
    assert column(table, "የተሻሻለ ቀን").target == "forecast_date"
    assert column(table, "የተጠናቀቀበት ቀን").target == "actual_date"
    assert field(adoption, "milestones", "milestone") == ["የመሬት ርክክብ", "የማሽን ተከላ"]
    assert field(adoption, "milestones", "status") == ["Complete", "Late"]
    assert field(adoption, "milestones", "actual_date") == [date(2026, 3, 6), None]
    assert translate("ክንውን") == "actual"  # the word alone keeps its reading


def test_the_words_of_the_batch_languages_read_as_their_fields() -> None:
    """Each header word a PM of these languages writes reads as the field it names."""
    assert translate("Afleiðingar (1-5)") == "impact 1 5"
    assert translate("Min iddeċieda") == "made by"
    assert translate("Kap tal-Proġett:") == "project manager"
    assert translate("โอกาสเกิด") == "probability"
    assert translate("ระดับความเสี่ยง") == "risk level"
    assert translate("საჭიროა თარიღამდე") == "need by"
    assert translate("Tarehe ya kuthibitisha") == "validate by"
    assert translate("પૂર્ણ થવાની આયોજિત તારીખ") == "planned end date"
    assert translate("Ημ/νία καταχώρισης") == "raised date"
    assert translate("Si sahihi", "values") == "invalid"
    assert translate("ติดตาม", "values") == "monitoring"
    assert translate("ปิดแล้ว", "values") == "closed"
    assert translate("გეგმის მიხედვით", "values") == "on track"


def test_a_maltese_decision_log_reads_who_decided(tmp_path: Path) -> None:
    """``Min iddeċieda`` (who decided) is the decision's maker, bodies included."""
    rows: list[list[object]] = [
        ["Reġistru tad-Deċiżjonijiet"],
        [],
        ["Nru.", "Data", "Deċiżjoni", "Raġuni", "Min iddeċieda"],
        [1, datetime(2026, 2, 3), "Jinxtraw siġġijiet ġodda", "Il-qodma mhumiex sikuri", "Kumitat"],
        [2, datetime(2026, 3, 9), "Il-ftuħ jiġi pospost", "Dewmien fil-permess", "Maria Borg"],
    ]
    adoption = adopt(book(tmp_path / "dec.xlsx", "Deċiżjonijiet", rows))
    table = only(adoption)
    assert table.register == "decisions"
    assert column(table, "Min iddeċieda").target == "made_by"
    assert field(adoption, "decisions", "made_by") == ["Kumitat", "Maria Borg"]


def test_a_thai_risk_register_reads_its_chance_and_its_level(tmp_path: Path) -> None:
    """``โอกาสเกิด`` (the chance it happens) is the probability, ``ระดับความเสี่ยง`` (the
    risk level) the rating (recomputed, not imported), ``ติดตาม`` (followed) Monitoring."""
    rows: list[list[object]] = [
        ["ทะเบียนความเสี่ยง"],
        [],
        ["ลำดับ", "ความเสี่ยง", "โอกาสเกิด", "ผลกระทบ", "ระดับความเสี่ยง", "ผู้รับผิดชอบ", "สถานะ"],
        [1, "น้ำท่วมท่าเรือ", 4, 3, "สูง", "สมชาย ใจดี", "ติดตาม"],
        [2, "ผู้รับเหมาล่าช้า", 2, 2, "ต่ำ", "สมหญิง รักดี", "เปิด"],
    ]
    adoption = adopt(book(tmp_path / "risk.xlsx", "ความเสี่ยง", rows))
    table = only(adoption)
    assert table.register == "risks"
    assert column(table, "โอกาสเกิด").target == "probability"
    level = column(table, "ระดับความเสี่ยง")
    assert level.target is None and level.note.startswith("Rating is computed")
    assert field(adoption, "risks", "probability") == [4.0, 2.0]
    assert field(adoption, "risks", "status") == ["Monitoring", "Open"]


def test_a_hindi_month_of_two_letters_beside_its_year_is_that_month() -> None:
    """``मई 2026`` and ``जून 2026`` are May and June 2026: a month word beside a four-digit
    year is read as inside a date, as ``14 मई 2026`` is (alone, two letters may be another
    word). A word of the Latin script, and a genitive no locale writes alone, read as
    before."""
    assert month_period("मई 2026") == (2026, 5)
    assert month_period("जून 2026") == (2026, 6)
    assert month_period("Apr 2026") == (2026, 4)
    assert month_period("Total 2026") is None
    assert month_period("Plan 2026") is None
    assert month_period("marca 2026") is None  # a genitive: a month only in a dated day


def test_a_hindi_long_resource_plan_is_read_in_days(tmp_path: Path) -> None:
    """One row per person and month (``माह`` of ``अप्रैल 2026``, ``मई 2026``), ``नियोजित
    दिवस`` (planned days) the plan's days and ``वास्तविक दिवस`` (actual days) left out:
    the long plan's headers are read through their English words. Before, neither the
    month column nor the days were recognised and the plan was refused."""
    rows: list[list[object]] = [
        ["संसाधन योजना (मानव-दिवस)"],
        [],
        ["माह", "नाम", "भूमिका", "नियोजित दिवस", "वास्तविक दिवस"],
        ["अप्रैल 2026", "सुनीता यादव", "परीक्षक", 8, 7],
        ["अप्रैल 2026", "अमित कुमार", "डेवलपर", 12, 12],
        ["मई 2026", "सुनीता यादव", "परीक्षक", 10, None],
        ["मई 2026", "अमित कुमार", "डेवलपर", 18, None],
    ]
    adoption = adopt(book(tmp_path / "res.xlsx", "संसाधन योजना", rows))
    table = only(adoption)
    assert table.register == "resources"
    assert column(table, "नियोजित दिवस").target == "planned_days"
    assert column(table, "वास्तविक दिवस").target is None
    assert field(adoption, "resources", "month") == [
        date(2026, 4, 1),
        date(2026, 4, 1),
        date(2026, 5, 1),
        date(2026, 5, 1),
    ]
    assert field(adoption, "resources", "planned_days") == [8.0, 12.0, 10.0, 18.0]
    assert field(adoption, "resources", "person")[0] == "सुनीता यादव"


def test_a_month_written_after_its_year_heads_a_month_column() -> None:
    """Hungarian writes a month year first (``2026. febr.``, ``2026. márc.``); before,
    only ``2026. jan.`` (an English abbreviation) was a month. A year before a word that
    is no month stays no month."""
    assert month_number("2026. febr.") == 2
    assert month_number("2026. márc.") == 3
    assert month_number("2026. szept.") == 9
    assert month_number("2026 Total") is None


def test_a_hungarian_tracker_with_months_over_plan_and_actual_pairs(tmp_path: Path) -> None:
    """Months ``2026. jan.`` ``2026. febr.`` merged over ``Terv | Tény`` (plan / actual):
    every month's pair is read, not January's alone."""
    rows: list[list[object]] = [
        ["Költségkövetés"],
        [],
        ["Költségsor", "2026. jan.", None, "2026. febr.", None, "2026. márc.", None],
        [None, "Terv", "Tény", "Terv", "Tény", "Terv", "Tény"],
        ["Tervezés", 100000, 98000, 200000, 210000, 150000, None],
        ["Kivitelezés", 300000, 310000, 400000, 390000, 500000, None],
    ]
    merged = ("A3:A4", "B3:C3", "D3:E3", "F3:G3")
    adoption = adopt(book(tmp_path / "hu.xlsx", "Költségkövetés", rows, merged))
    table = only(adoption)
    assert table.register == "finance"
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 2, 1), "Tervezés")].budget == 200000
    assert lines[(date(2026, 2, 1), "Tervezés")].actual == 210000
    assert lines[(date(2026, 3, 1), "Kivitelezés")].budget == 500000
    assert len(lines) == 6


def test_a_month_with_its_year_on_its_block_first_row_holds_for_the_block(
    tmp_path: Path,
) -> None:
    """An Estonian budget follow-up writes ``märts 2026`` on a month block's first row only,
    a ``Kokku`` (total) row closing each block: each cost line is of the month above it.
    Before, the lines below the first had no month."""
    rows: list[list[object]] = [
        ["Eelarve täitmine"],
        [],
        ["Kuu", "Kuluartikkel", "Eelarve", "Tegelik", "Prognoos"],
        ["märts 2026", "Ehitustööd", 8250, 8400, 8890],
        [None, "Omanikujärelevalve", 38500, 42000, 43510],
        [None, "Kokku", 46750, 50400, 52400],
        [],
        ["aprill 2026", "Ehitustööd", 59000, None, 65690],
        [None, "Omanikujärelevalve", 60500, None, 65720],
        [None, "Kokku", 119500, None, 131410],
    ]
    adoption = adopt(book(tmp_path / "et.xlsx", "Eelarve täitmine", rows))
    lines = finance_by_line(adoption)
    assert lines[(date(2026, 3, 1), "Omanikujärelevalve")].actual == 42000
    assert lines[(date(2026, 4, 1), "Omanikujärelevalve")].forecast == 65720
    assert lines[(date(2026, 4, 1), "Ehitustööd")].budget == 59000
    assert len(lines) == 4


def test_a_month_column_written_on_every_row_is_not_carried() -> None:
    """The carrying rule needs blocks: months on every row, or a month with no row below
    it, are no blocks; a month written twice is none either."""
    assert carried_down_months(["märts 2026", None, "aprill 2026", None])
    assert not carried_down_months(["märts 2026", "märts 2026", "aprill 2026"])
    assert not carried_down_months(["märts 2026", "aprill 2026", "mai 2026"])
    assert not carried_down_months(["märts 2026", None, "märts 2026", None])
    assert not carried_down_months([None, "märts 2026", None, "aprill 2026"])
