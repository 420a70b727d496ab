"""Docs are tested: every `pmo` command and sub-command is documented in docs/ or README."""

from __future__ import annotations

from pathlib import Path

import click

from addin.cli import cli

REPO = Path(__file__).resolve().parent.parent


def _docs_text() -> str:
    parts = [(REPO / "README.md").read_text(encoding="utf-8")]
    parts += [p.read_text(encoding="utf-8") for p in sorted((REPO / "docs").glob("*.md"))]
    return "\n".join(parts)


def _command_paths() -> list[str]:
    ctx = click.Context(cli)
    paths: list[str] = []
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        assert command is not None, f"`pmo {name}` is listed in addin/cli.py but has no module"
        paths.append(f"pmo {name}")
        if isinstance(command, click.Group):
            paths += [f"pmo {name} {sub}" for sub in command.list_commands(ctx)]
    return paths


def test_every_command_is_documented():
    text = _docs_text()
    missing = [path for path in _command_paths() if path not in text]
    assert missing == [], f"document these commands in docs/*.md: {missing}"


def test_every_command_has_help():
    ctx = click.Context(cli)
    for name in cli.list_commands(ctx):
        command = cli.get_command(ctx, name)
        assert command is not None and (command.help or "").strip(), (
            f"`pmo {name}` has no help text"
        )
