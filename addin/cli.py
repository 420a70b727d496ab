"""The `pmo` command line. It parses arguments and calls the library; no logic lives here.

Exit codes (SPEC section 10): 0 done and no errors found, 1 errors found in the data,
2 bad usage or unreadable input.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import sys
from typing import TYPE_CHECKING

import click

from addin.version import __version__

if TYPE_CHECKING:  # importlib.metadata (about 30 ms) loads only when plugins are looked up
    from importlib.metadata import EntryPoint

#: Command name -> module under addin.commands defining ``command``. Listed here so that
#: `pmo --help` is fast (modules load on use) and docs can be tested against it.
COMMANDS: dict[str, str] = {
    "new": "new",
    "check": "check",
    "adopt": "adopt",
    "consolidate": "consolidate",
    "demo": "demo",
    "standards": "standards",
    "templates": "templates",
    "upgrade": "upgrade",
    "prioritise": "prioritise",
    "report": "report",
    "history": "history",
}

#: Entry-point group through which packages beside the core register their own commands
#: (``macros_bridge`` registers `pmo addin` in pyproject.toml), so the core imports none of them.
PLUGIN_GROUP = "pmo.commands"


def plugin_commands() -> dict[str, EntryPoint]:
    """Command name -> entry point of the commands registered outside the core."""
    from importlib.metadata import entry_points

    return {ep.name: ep for ep in entry_points(group=PLUGIN_GROUP) if ep.name not in COMMANDS}


class _LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *plugin_commands()})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = COMMANDS.get(cmd_name)
        if module_name is None:
            plugin = plugin_commands().get(cmd_name)
            loaded = plugin.load() if plugin is not None else None
            return loaded if isinstance(loaded, click.Command) else None
        try:
            module = importlib.import_module(f"addin.commands.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"addin.commands.{module_name}":
                return None
            raise
        command: click.Command = module.command
        return command


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pmo")
def cli() -> None:
    """PMO workbook tools: standard project workbooks, checks, adoption, roll-ups, the
    portfolio's history, prioritisation, capacity, template upgrades and status reports."""


_FREEZE_AT_EXIT: list[bool] = []  # (registered once per process)


def _skip_the_last_collection() -> None:
    """At exit the interpreter's last cyclic collection walks every object still alive
    (after a consolidation, about a million: 0.04-0.05 s) only to free memory the ending
    process gives back anyway: frozen at exit, they are skipped (round 10c of
    benchmarks/README.md). Exit handlers still run; what only that collection would
    have freed (objects in reference cycles) goes with the process."""
    if not _FREEZE_AT_EXIT:
        _FREEZE_AT_EXIT.append(True)
        atexit.register(gc.freeze)


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `pmo` script; returns the exit code."""
    _skip_the_last_collection()
    try:
        cli.main(args=argv, prog_name="pmo", standalone_mode=False)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return 2
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        return 2
    except SystemExit as exc:  # commands exit with their code
        return int(exc.code or 0) if not isinstance(exc.code, str) else 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
