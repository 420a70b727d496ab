"""Month columns (Finance, Resources) typed inline when the cell holds a date (round 7b of
issue 16): the item is the one validation gives, and text or a date-time in a month cell
still goes through the general converter."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
from consolidate_inputs import make_project

from addin.models import FinanceLine
from addin.reading.project_reader import read_project_file
from addin.standards import default_standards
from addin.templates import build_project_workbook


def _validated(item: FinanceLine) -> FinanceLine:
    return FinanceLine(**{k: getattr(item, k) for k in item.model_fields_set})


def test_finance_months_read_as_dates_and_items_as_validated(tmp_path: Path) -> None:
    standards = default_standards()
    project = make_project(1, 2, raid=15, months=3)
    path = tmp_path / "p.xlsx"
    build_project_workbook(path, standards, project)
    read = read_project_file(path, standards).project
    assert [line.month for line in read.finance] == [line.month for line in project.finance]
    assert all(type(line.month) is date for line in read.finance)
    for line in read.finance:
        validated = _validated(line)
        assert list(line.__dict__.items()) == list(validated.__dict__.items())
        assert line.model_fields_set == validated.model_fields_set


def test_a_month_typed_as_text_or_a_date_time_is_still_converted(tmp_path: Path) -> None:
    standards = default_standards()
    project = make_project(1, 2, raid=15, months=3)
    path = tmp_path / "p.xlsx"
    build_project_workbook(path, standards, project)
    book = openpyxl.load_workbook(path)
    sheet = book["Finance"]
    sheet["A2"] = "01/07/2025"  # text, day first
    sheet["A3"] = datetime(2025, 8, 1, 12, 0)  # read as a datetime: its date is the month
    book.save(path)
    read = read_project_file(path, standards)
    first, second = read.project.finance[:2]
    assert first.month == date(2025, 7, 1) and type(first.month) is date
    assert second.month == date(2025, 8, 1) and type(second.month) is date
    assert _validated(first) == first and _validated(second) == second
