"""``pmo addin install``: put xlwings' add-in and ours where Excel loads them at start-up,
and write the xlwings settings, the way ``xlwings addin install`` does.

What ``xlwings addin install`` (xlwings 0.37) does, mirrored here without asking a running
Excel (it asks Excel for ``Application.StartupPath``; we use that path's default):

- copy ``xlwings.xlam`` into the user's XLSTART folder
  (Windows ``%APPDATA%\\Microsoft\\Excel\\XLSTART``; macOS
  ``~/Library/Group Containers/UBF8T346G9.Office/User Content.localized/Startup.localized/Excel``);
- on macOS copy ``xlwings-<version>.applescript`` to
  ``~/Library/Application Scripts/com.microsoft.Excel`` (what ``RunPython`` needs there);
- write the user config file (Windows ``~/.xlwings/xlwings.conf``; macOS
  ``~/Library/Containers/com.microsoft.Excel/Data/xlwings.conf``), lines ``"KEY","VALUE"``,
  with ``INTERPRETER_WIN`` or ``INTERPRETER_MAC`` = this Python.

Beyond that we copy ``PMO.xlam`` next to ``xlwings.xlam`` and set ``UDF MODULES`` = ``udfs``
(keeping every other setting already in the file). Nothing here imports xlwings.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import shutil
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from addin.errors import PmoError

#: The Python module(s) whose @xw.func functions Excel imports (xlwings "UDF MODULES").
UDF_MODULES = "udfs"


class ExcelUnavailableError(PmoError, RuntimeError):
    """Excel (and so the add-in) cannot be installed on this operating system."""


@dataclass
class InstallPlan:
    """What an install copies and which settings it writes."""

    platform: str  # "windows" or "macos"
    startup_dir: Path
    copies: list[tuple[Path, Path]] = field(default_factory=list)  # (source, target)
    config_file: Path = Path()
    settings: dict[str, str] = field(default_factory=dict)
    build_addin_to: Path | None = None  # PMO.xlam is built straight into place

    def describe(self) -> list[str]:
        """One line per action, for --dry-run and for the report after installing."""
        lines = []
        if self.build_addin_to is not None:
            lines.append(f"build PMO.xlam into {self.build_addin_to}")
        lines += [f"copy {source} -> {target}" for source, target in self.copies]
        lines += [f'set "{k}","{v}" in {self.config_file}' for k, v in self.settings.items()]
        return lines


def current_platform() -> str:
    """``windows``, ``macos`` or ``linux`` (anything else counts as linux: no Excel)."""
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    return "linux"


def xlwings_package_dir() -> Path:
    """Where the xlwings package lives (found without importing it)."""
    spec = importlib.util.find_spec("xlwings")
    if spec is None or not spec.submodule_search_locations:
        raise PmoError("xlwings is not installed in this Python; run: pip install xlwings")
    return Path(next(iter(spec.submodule_search_locations)))


def default_startup_dir(platform: str, home: Path, env: Mapping[str, str]) -> Path:
    """The user's Excel start-up folder (what Excel reports as ``Application.StartupPath``)."""
    if platform == "windows":
        appdata = env.get("APPDATA") or str(home / "AppData" / "Roaming")
        return Path(appdata) / "Microsoft" / "Excel" / "XLSTART"
    return (
        home
        / "Library"
        / "Group Containers"
        / "UBF8T346G9.Office"
        / "User Content.localized"
        / "Startup.localized"
        / "Excel"
    )


def user_config_file(platform: str, home: Path) -> Path:
    """xlwings' user config file (``xlwings.USER_CONFIG_FILE``)."""
    if platform == "macos":
        return home / "Library" / "Containers" / "com.microsoft.Excel" / "Data" / "xlwings.conf"
    return home / ".xlwings" / "xlwings.conf"


def plan_install(
    *,
    platform: str | None = None,
    home: Path | None = None,
    env: Mapping[str, str] | None = None,
    python: str | None = None,
    startup_dir: Path | None = None,
    addin: Path | None = None,
) -> InstallPlan:
    """What installing would do here; raises :class:`ExcelUnavailableError` on Linux."""
    platform = platform or current_platform()
    if platform not in ("windows", "macos"):
        raise ExcelUnavailableError(
            "Excel is not available on Linux, so the add-in cannot be installed here. "
            "Build it with `pmo addin build`, then run `pmo addin install` on the Windows "
            "or macOS machine where Excel runs (or copy dist/PMO.xlam there)."
        )
    home = home or Path.home()
    env = os.environ if env is None else env
    python = python or sys.executable
    startup = startup_dir or default_startup_dir(platform, home, env)
    package = xlwings_package_dir()
    plan = InstallPlan(platform, startup)
    plan.copies.append((package / "addin" / "xlwings.xlam", startup / "xlwings.xlam"))
    if platform == "macos":
        version = importlib.metadata.version("xlwings")
        script = f"xlwings-{version}.applescript"
        scripts = home / "Library" / "Application Scripts" / "com.microsoft.Excel"
        plan.copies.append((package / script, scripts / script))
    if addin is not None:
        plan.copies.append((addin, startup / addin.name))
    else:
        plan.build_addin_to = startup / "PMO.xlam"
    plan.config_file = user_config_file(platform, home)
    interpreter_key = "INTERPRETER_WIN" if platform == "windows" else "INTERPRETER_MAC"
    plan.settings = {interpreter_key: python, "UDF MODULES": UDF_MODULES}
    return plan


def read_config(path: Path) -> dict[str, str]:
    """An xlwings.conf file's settings (``"KEY","VALUE"`` lines); {} when absent."""
    settings: dict[str, str] = {}
    if not path.is_file():
        return settings
    for line in path.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition(",")
        if sep:
            settings[key.strip().strip('"')] = value.strip().strip('"')
    return settings


def write_config(path: Path, updates: Mapping[str, str]) -> None:
    """Merge ``updates`` into the config file, keeping every other setting."""
    settings = read_config(path)
    settings.update(updates)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(f'"{key}","{value}"\n' for key, value in settings.items())
    path.write_text(text, encoding="utf-8")


def apply_install(plan: InstallPlan) -> list[str]:
    """Carry out the plan; returns what was done. Fails with a message naming the file."""
    done: list[str] = []
    if plan.build_addin_to is not None:
        from macros_bridge.xlam import build_xlam

        build_xlam(plan.build_addin_to)
        done.append(f"built {plan.build_addin_to}")
    for source, target in plan.copies:
        if not source.is_file():
            raise PmoError(f"{source}: not found; reinstall xlwings (pip install xlwings)")
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copyfile(source, target)
        except PermissionError:
            raise PmoError(
                f"{target}: cannot write it; if Excel is running, quit Excel and try again"
            ) from None
        done.append(f"copied {source.name} -> {target}")
    write_config(plan.config_file, plan.settings)
    done.append(f"wrote {', '.join(plan.settings)} to {plan.config_file}")
    return done
