"""`pmo consolidate` starts its workers with only what screening and the workers need:
the store (SQLAlchemy), the report package, the demo, the templates, prioritisation
(scipy) and the capacity workbook's builder load later, or never (benchmarks/README.md,
round 5c). Each test runs the real command in a new interpreter and fails when one of
them is imported at the moment the first worker would be forked."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TEMPLATE = REPO / "workbook_templates" / "project.xlsx"

#: Modules `pmo consolidate` must not have imported when its first worker starts.
NOT_BEFORE_THE_WORKERS = (
    "sqlalchemy",
    "addin.store.store",
    "addin.store.url",
    "addin.report.run",
    "addin.report.content",
    "addin.report.from_file",
    "addin.report.from_rollup",
    "addin.report.consolidate_outputs",
    "addin.check",
    "addin.demo",
    "addin.templates",
    "addin.prioritise",
    "addin.capacity.template",
    "scipy",
    "numpy",
    "openpyxl",
    # round 17: CLDR's tables are adoption's; babel only builds them
    "babel",
    "addin.adopt.cldr",
)

#: What the workers need: imported once, before they are forked.
BEFORE_THE_WORKERS = ("addin.reading.project_reader", "addin.rules.engine", "python_calamine")

#: Stops the real command when it would fork its first worker, printing the modules loaded.
_AT_FIRST_WORKER = """
import json, os, sys
import addin.consolidate.isolation as isolation

def stop(self, *args, **kwargs):
    print(json.dumps(sorted(sys.modules)))
    sys.stdout.flush()
    os._exit(0)

isolation._Worker.__init__ = stop
from addin.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _modules_at_first_worker(tmp_path: Path, *args: str) -> set[str]:
    folder = tmp_path / "portfolio"
    folder.mkdir()
    shutil.copy(TEMPLATE, folder / "PRJ-1.xlsx")
    out = subprocess.run(
        [sys.executable, "-c", _AT_FIRST_WORKER, "consolidate", str(folder), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return set(json.loads(out.stdout))


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return [n for n in names if n in modules or any(m.startswith(n + ".") for m in modules)]


def test_consolidate_starts_its_workers_without_the_store_or_the_reports(tmp_path: Path) -> None:
    modules = _modules_at_first_worker(tmp_path, "--as-of", "2026-11-30")  # the store is on
    assert _loaded(modules, NOT_BEFORE_THE_WORKERS) == []
    assert _loaded(modules, BEFORE_THE_WORKERS) == list(BEFORE_THE_WORKERS)


def test_a_store_given_as_a_path_is_placed_without_sqlalchemy(tmp_path: Path) -> None:
    store = tmp_path / "history.sqlite"
    modules = _modules_at_first_worker(tmp_path, "--store", str(store), "--no-cache")
    assert "sqlalchemy" not in modules


def test_a_store_url_is_parsed_with_sqlalchemy(tmp_path: Path) -> None:
    """(The one case that needs it: the URL says where an SQLite store's file is.)"""
    store = f"sqlite:///{tmp_path / 'history.sqlite'}"
    assert "sqlalchemy" in _modules_at_first_worker(tmp_path, "--store", store)


def test_consolidate_help_loads_no_consolidation() -> None:
    code = (
        "import json, sys\nfrom addin.cli import main\n"
        "main(['consolidate', '--help'])\nprint(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = set(json.loads(out.stdout.splitlines()[-1]))
    assert "addin.commands.consolidate" in modules
    assert _loaded(modules, ("addin.consolidate", "addin.rollup", *NOT_BEFORE_THE_WORKERS)) == []
    assert _loaded(modules, ("pydantic", "addin.models", "addin.standards")) == []


def test_pmo_help_loads_no_command_s_library() -> None:
    """`pmo --help` loads every command's module for its one-line help: none of them may
    load what its command runs (the checker, the demo, the templates, the standards)."""
    code = (
        "import json, sys\nfrom addin.cli import main\n"
        "main(['--help'])\nprint(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    modules = set(json.loads(out.stdout.splitlines()[-1]))
    assert "addin.commands.demo" in modules and "addin.commands.check" in modules
    heavy = ("addin.check", "addin.demo", "addin.templates", "addin.consolidate", "pydantic")
    assert _loaded(modules, heavy) == []


def test_pmo_freezes_what_is_alive_once_its_exit_handlers_run() -> None:
    """Round 10c: the interpreter's last cyclic collection is skipped at exit (the
    objects still alive are frozen by an exit handler), registered once however often
    main runs, and the command's output and exit code are those it gave."""
    code = (
        "import atexit, gc\n"
        "from addin.cli import main\n"
        "handlers = atexit._ncallbacks()\n"
        "codes = [main(['--version']), main(['--version'])]\n"
        "added, before = atexit._ncallbacks() - handlers, gc.get_freeze_count()\n"
        "atexit._run_exitfuncs()\n"
        "print(codes, added, before, gc.get_freeze_count() > 0)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO
    )
    lines = done.stdout.splitlines()
    assert lines[0].startswith("pmo, version ")
    assert lines[-1] == "[0, 0] 1 0 True"
