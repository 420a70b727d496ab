"""The ribbon's way into Python: THE one place that calls ``xw.Book.caller()``.

The VBA callback runs ``import macros_bridge.entry as e; e.run_button('<tag>')`` through
xlwings' ``RunPython``. :func:`run_button` finds the calling workbook, and
:func:`run_in_book` runs the macro named by the tag (:data:`addin.macros.MACROS`) on it
through :class:`~macros_bridge.xlwings_host.XlwingsHost`, with the same standards and
as-of rules as the command line. Whatever happens ends as ONE readable Excel message:
what the macro said and its result, a known error with its fix, or an unexpected error
with the path of a log file holding the traceback.
"""

from __future__ import annotations

import logging
import os
import tempfile
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from addin.errors import PmoError, UsageError
from addin.macros import MacroContext, MacroResult, run_macro
from addin.macros.context import PathKind
from addin.standards import load_standards
from macros_bridge.ribbon import button_for_tag
from macros_bridge.xlwings_host import XlwingsHost

TITLE = "PMO"
LOG_FILE = Path(tempfile.gettempdir()) / "pmo-addin.log"

log = logging.getLogger(__name__)


class ExcelUi(Protocol):
    """What a macro may ask of the person at the keyboard."""

    def message(self, text: str) -> None: ...

    def error(self, text: str) -> None: ...

    def ask_path(self, kind: PathKind, prompt: str) -> Path | None: ...

    def open_workbook(self, path: Path) -> None: ...


class XlwingsUi:
    """Message boxes and file dialogs of the running Excel."""

    def __init__(self, book: Any) -> None:
        self.app = book.app

    def message(self, text: str) -> None:
        self.app.alert(text, title=TITLE)

    def error(self, text: str) -> None:
        self.app.alert(text, title=TITLE, mode="critical")

    def ask_path(self, kind: PathKind, prompt: str) -> Path | None:
        return _ask_path(self.app, kind, prompt)

    def open_workbook(self, path: Path) -> None:
        self.app.books.open(str(path))

    def show_sheet(self, path: Path, sheet: str) -> None:
        """Activate ``sheet`` of the (open) workbook at ``path``."""
        self.app.books.open(str(path)).sheets[sheet].activate()

    def ask_text(self, prompt: str, default: str) -> str | None:
        return _ask_text(self.app, prompt, default)


def _ask_text(app: Any, prompt: str, default: str) -> str | None:
    """Excel's input box on Windows (``Application.InputBox``), Tk's elsewhere; None if
    cancelled."""
    if os.name == "nt":
        answer = app.api.InputBox(prompt, TITLE, default)
        return None if answer is False else str(answer)
    from tkinter import Tk, simpledialog

    root = Tk()
    root.withdraw()
    try:
        return simpledialog.askstring(TITLE, prompt, initialvalue=default)
    finally:
        root.destroy()


#: File filters of Excel's dialogs, by what is asked for.
_FILTERS: dict[str, str] = {
    "open_workbook": "Excel workbooks (*.xlsx;*.xlsm;*.xls),*.xlsx;*.xlsm;*.xls",
    "save_workbook": "Excel workbook (*.xlsx),*.xlsx",
}


def _ask_path(app: Any, kind: PathKind, prompt: str) -> Path | None:
    """A file or folder dialog: Excel's own on Windows, Tk's elsewhere."""
    if os.name == "nt":
        return excel_dialog(app.api, kind, prompt)
    return _tk_dialog(kind, prompt)


def excel_dialog(api: Any, kind: PathKind, prompt: str) -> Path | None:
    """Excel's folder picker, Save As or Open dialog (COM ``Application``); None if cancelled."""
    if kind == "folder":
        dialog = api.FileDialog(4)  # msoFileDialogFolderPicker
        dialog.Title = prompt
        return Path(dialog.SelectedItems(1)) if dialog.Show() == -1 else None
    if kind == "save_workbook":
        chosen = api.GetSaveAsFilename(FileFilter=_FILTERS[kind], Title=prompt)
    else:
        chosen = api.GetOpenFilename(FileFilter=_FILTERS["open_workbook"], Title=prompt)
    return Path(chosen) if isinstance(chosen, str) and chosen else None  # False: cancelled


def _tk_dialog(kind: PathKind, prompt: str) -> Path | None:
    from tkinter import Tk, filedialog

    root = Tk()
    root.withdraw()
    try:
        if kind == "folder":
            chosen = filedialog.askdirectory(title=prompt)
        elif kind == "save_workbook":
            chosen = filedialog.asksaveasfilename(title=prompt, defaultextension=".xlsx")
        else:
            chosen = filedialog.askopenfilename(title=prompt)
    finally:
        root.destroy()
    return Path(chosen) if chosen else None


def run_button(tag: str) -> None:
    """Called by the VBA callback with the button's tag."""
    import xlwings as xw

    book = xw.Book.caller()
    run_in_book(tag, book, XlwingsUi(book))


def run_in_book(
    tag: str,
    book: Any,
    ui: ExcelUi,
    *,
    today: Callable[[], date] = date.today,
) -> MacroResult | None:
    """Run the macro ``tag`` on ``book``; every outcome becomes one message in ``ui``."""
    button = button_for_tag(tag)
    label = button.label if button else tag
    try:
        if button is None:
            raise UsageError(f"no ribbon button runs a macro named {tag!r}")
        standards_path = os.environ.get("PMO_STANDARDS") or None
        said: list[str] = []  # what the macro says on the way, shown with its result
        ctx = MacroContext(
            standards=load_standards(standards_path),
            as_of=today(),
            book=XlwingsHost(book) if book is not None else None,
            ask_path=ui.ask_path,
            open_workbook=ui.open_workbook,
            message=said.append,
            options={"standards_path": standards_path} if standards_path else {},
        )
        if hasattr(ui, "ask_text"):  # an input box for the macros that ask for a value
            ctx.ask_text = ui.ask_text
        result = run_macro(tag, ctx)
    except PmoError as exc:
        ui.error(f"{label}: {exc}")
        return None
    except Exception as exc:
        detail = "".join(traceback.format_exception(exc))
        where = _log(detail)
        ui.error(
            f"{label} stopped on an unexpected error: {type(exc).__name__}: {exc}\n\n"
            f"The details are in {where}; please send that file to the PMO tools team."
        )
        return None
    sheet = result.data.get("sheet")
    if sheet and result.output is not None and hasattr(ui, "show_sheet"):
        ui.show_sheet(result.output, sheet)  # "What changed": the roll-up at Changes
    lines = [*said, result.message] if result.message not in said else said
    text = "\n\n".join(line for line in lines if line)
    if text:
        ui.message(_fit(text))
    return result


#: Excel's message box shows about 1,024 characters.
MESSAGE_LIMIT = 1000


def _fit(text: str) -> str:
    if len(text) <= MESSAGE_LIMIT:
        return text
    return text[: MESSAGE_LIMIT - 40].rstrip() + "\n... (the rest is in the workbook)"


def _log(detail: str) -> Path:
    """Append a traceback to the log file; returns its path (best effort)."""
    try:
        with LOG_FILE.open("a", encoding="utf-8") as handle:
            handle.write(detail + "\n")
    except OSError:
        log.error(detail)
    return LOG_FILE
