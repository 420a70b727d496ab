"""Red team: what happens during a run and at Excel's limits. A file deleted or saved while
the folder is read; a register longer than an Excel sheet; projects built under other
standards versions."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import python_calamine
from consolidate_inputs import make_project, write_portfolio

from addin.consolidate import consolidate_folder
from addin.rollup import spill
from addin.standards import default_standards
from addin.templates import build_project_workbook

AS_OF = date(2026, 11, 30)


@pytest.fixture(autouse=True)
def _state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PMO_STATE_DIR", str(tmp_path / "state"))


def _report(out: Path) -> dict[str, dict[str, object]]:
    rows = python_calamine.CalamineWorkbook.from_path(str(out))
    values = rows.get_sheet_by_name("Load Report").to_python()
    return {row[0]: dict(zip(values[0], row, strict=False)) for row in values[1:]}


def test_a_file_deleted_during_the_run_is_reported_not_fatal(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    paths = write_portfolio(folder, 3, default_standards(), raid=6, months=3)
    gone = paths[-1]

    def progress(done: int, total: int, name: str) -> None:
        if done == 0:
            gone.unlink()  # listed, then deleted before it is screened

    out = tmp_path / "r.xlsx"
    result = consolidate_folder(folder, out, default_standards(), AS_OF, jobs=1, progress=progress)
    assert result.projects == 2
    entry = _report(out)[gone.name]
    assert entry["Status"] == "rejected"
    assert "moved or deleted while the folder was being read" in str(entry["Reason"])


def test_a_file_saved_during_the_run_is_flagged_and_not_cached(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    paths = write_portfolio(folder, 3, default_standards(), raid=6, months=3)
    saved = paths[1]

    def progress(done: int, total: int, name: str) -> None:
        if name == saved.name:  # its parse has finished: someone saves it now
            os.utime(saved, (1_000_000_000, 1_000_000_000))

    out = tmp_path / "r.xlsx"
    first = consolidate_folder(folder, out, default_standards(), AS_OF, jobs=1, progress=progress)
    entry = _report(out)[saved.name]
    assert str(entry["Reason"]).startswith("the file changed while it was being read")
    assert entry["Used In Roll-up"] == "Y"
    assert first.projects == 3
    again = consolidate_folder(folder, out, default_standards(), AS_OF, jobs=1)
    assert (again.parsed, again.from_cache) == (1, 2)  # only the changed file is read again


def test_a_register_longer_than_a_sheet_continues_on_another_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spill, "MAX_TABLE_ROWS", 10)  # as if 10 rows were Excel's limit
    folder = tmp_path / "p"
    write_portfolio(folder, 3, default_standards(), raid=15, months=2)  # 6 risks each
    out = tmp_path / "r.xlsx"
    result = consolidate_folder(folder, out, default_standards(), AS_OF, jobs=1)
    assert result.projects == 3
    wb = openpyxl.load_workbook(out)
    assert "Risks (2)" in wb.sheetnames
    assert wb.sheetnames.index("Risks (2)") == wb.sheetnames.index("Risks") + 1
    assert list(wb["Risks"].tables) == ["tblRisks"]
    assert list(wb["Risks (2)"].tables) == ["tblRisks2"]
    assert wb["Risks"].tables["tblRisks"].ref.endswith("11")  # header + 10 rows
    ids = [
        (r[0].value, r[1].value)
        for ws in (wb["Risks"], wb["Risks (2)"])
        for r in ws.iter_rows(min_row=2)
    ]
    assert len(ids) == 18 and len(set(ids)) == 18  # every risk once, none lost
    note = wb["Summary"]["A2"].value
    assert "Risks has 18 rows, more than one Excel sheet holds (10): continued on Risks (2)" in note
    from addin.libreoffice import check_opens, soffice_available

    if soffice_available():
        assert check_opens([out], tmp_path / "lo")[out].problems == []
    else:
        print("LibreOffice not installed: open check skipped")


def test_projects_built_under_other_standards_versions_are_read_and_flagged(
    tmp_path: Path,
) -> None:
    st = default_standards()
    folder = tmp_path / "p"
    folder.mkdir()
    for i, version in enumerate(["2019.1", "custom-A"], start=1):
        other = st.model_copy(
            update={
                "meta": st.meta.model_copy(update={"version": version}),
                "staleness": st.staleness.model_copy(update={"item_days": 5}),
            }
        )
        build_project_workbook(folder / f"P{i}.xlsx", other, make_project(i, 2, raid=6, months=3))
    out = tmp_path / "r.xlsx"
    result = consolidate_folder(folder, out, st, AS_OF, jobs=1)
    assert result.projects == 2 and result.rejected == 0
    rows = python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Findings")
    values = rows.to_python()
    code, message, file = (values[0].index(h) for h in ("Code", "Message", "File"))
    wb008 = {r[file]: r[message] for r in values[1:] if r[code] == "WB-008"}
    assert "standards version 2019.1" in wb008["P1.xlsx"]
    assert "standards version custom-A" in wb008["P2.xlsx"]


def test_links_to_themselves_nowhere_or_up_and_unreadable_folders_are_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from addin.consolidate import discovery

    folder = tmp_path / "p"
    write_portfolio(folder, 1, default_standards(), raid=6, months=2)
    os.symlink("self.xlsx", folder / "self.xlsx")  # a link to itself (crashed the run)
    os.symlink("nowhere.xlsx", folder / "dangling.xlsx")
    os.symlink(folder, folder / "up")  # a folder link leading back up: a loop
    (folder / "locked").mkdir()
    real_walk = os.walk

    def walk(top: Path, **kwargs: object) -> object:
        # As if "locked" could not be listed (chmod 000 does not stop root, who runs CI).
        on_error = kwargs["onerror"]
        assert callable(on_error)
        on_error(PermissionError(13, "Permission denied", str(folder / "locked")))
        return real_walk(top, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(discovery.os, "walk", walk)
    out = tmp_path / "r.xlsx"
    result = consolidate_folder(folder, out, default_standards(), AS_OF, jobs=1)
    assert result.projects == 1
    report = _report(out)
    assert report["self.xlsx"]["Reason"] == "a symbolic link (not followed)"
    assert report["dangling.xlsx"]["Status"] == "skipped"
    assert report["up/"]["Reason"] == "a symbolic link to a folder (not followed)"
    assert report["locked/"]["Status"] == "skipped"
    assert "cannot be read (Permission denied)" in str(report["locked/"]["Reason"])


def test_an_unwritable_out_is_bad_usage_with_the_fix_not_a_traceback(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = tmp_path / "p"
    write_portfolio(folder, 1, default_standards(), raid=6, months=2)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")  # the roll-up's folder would have to be a file
    env = {**os.environ, "PMO_STATE_DIR": str(tmp_path / "state")}
    done = subprocess.run(
        [sys.executable, "-m", "addin.cli", "consolidate", str(folder),
         "--out", str(blocker / "r.xlsx"), "--json"],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "the roll-up cannot be written there" in done.stderr
    assert "choose another --out" in done.stderr


def test_a_file_name_that_is_not_text_is_rejected_and_the_json_stays_valid(
    tmp_path: Path,
) -> None:
    import json
    import shutil
    import subprocess
    import sys

    folder = tmp_path / "p"
    paths = write_portfolio(folder, 1, default_standards(), raid=6, months=2)
    try:
        shutil.copy(paths[0], os.fsencode(folder) + b"/bad\xffname.xlsx")
    except OSError as exc:  # e.g. macOS refuses names that are not UTF-8
        pytest.skip(f"this file system refuses a non-UTF-8 name: {exc}")
    env = {**os.environ, "PMO_STATE_DIR": str(tmp_path / "state")}
    done = subprocess.run(
        [sys.executable, "-m", "addin.cli", "consolidate", str(folder),
         "--out", str(tmp_path / "r.xlsx"), "--json"],
        capture_output=True, env=env, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    data = json.loads(done.stdout.decode("utf-8"))  # valid UTF-8, valid JSON
    files = {f["file"]: f for f in data["files"]}
    bad = files["bad\ufffdname.xlsx"]
    assert bad["status"] == "rejected"
    assert "cannot decode" in bad["reason"] and "rename the file" in bad["reason"]
    assert data["projects"] == 1
    assert _report(tmp_path / "r.xlsx")["bad\ufffdname.xlsx"]["Status"] == "rejected"


def test_a_link_planted_at_the_old_temp_name_is_not_written_through(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    write_portfolio(folder, 1, default_standards(), raid=6, months=2)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    out = tmp_path / "r.xlsx"
    os.symlink(victim, tmp_path / f".r.xlsx.tmp-{os.getpid()}")  # the old, predictable name
    consolidate_folder(folder, out, default_standards(), AS_OF, jobs=1)
    assert victim.read_text() == "precious"
    mask = os.umask(0)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask  # colleagues can open it as before
