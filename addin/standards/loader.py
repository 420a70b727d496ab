"""Reading and writing the standards file (TOML), with built-in defaults."""

from __future__ import annotations

import os
import tomllib
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from addin.catalogue import all_rules, known_codes
from addin.errors import StandardsError
from addin.standards.model import Standards

DEFAULTS_PATH = Path(__file__).with_name("defaults.toml")

#: Environment variable naming a standards file to use when none is passed.
ENV_VAR = "PMO_STANDARDS"


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge ``override`` onto ``base``: tables merge, everything else replaces."""
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _describe(error: ValidationError, source: str) -> str:
    lines = []
    for item in error.errors():
        key = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "is not a standards key (check the spelling; see `pmo standards init`)"
        elif item["type"] == "literal_error":
            message = f"{message}; got {item.get('input')!r}"
        lines.append(f"{source}: key '{key}' {message}")
    return "\n".join(lines)


@lru_cache(maxsize=1)
def _default_data() -> dict[str, Any]:
    with DEFAULTS_PATH.open("rb") as handle:
        return tomllib.load(handle)


def standards_from_text(text: str, source: str = "<standards>") -> Standards:
    """Parse standards TOML text, filling every missing key from the defaults."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise StandardsError(f"{source}: not valid TOML ({exc}); fix the syntax") from exc
    return _from_data(_merge(_default_data(), data), source)


def _from_data(data: dict[str, Any], source: str) -> Standards:
    try:
        standards = Standards.model_validate(data)
    except ValidationError as exc:
        raise StandardsError(_describe(exc, source)) from None
    _check_rule_codes(standards, source)
    return standards


def _check_rule_codes(standards: Standards, source: str) -> None:
    """Unknown rule codes in [rules] are a typo the EPMO must hear about."""
    if not standards.rules:
        return
    known = known_codes()
    unknown = sorted(code for code in standards.rules if code not in known)
    if unknown:
        raise StandardsError(
            f"{source}: key 'rules.{unknown[0]}' is not a rule code; "
            f"see docs/rules.md for the codes ({len(unknown)} unknown: {', '.join(unknown)})"
        )


@lru_cache(maxsize=1)
def default_standards() -> Standards:
    """The built-in standards."""
    return _from_data(_default_data(), str(DEFAULTS_PATH))


def load_standards(path: str | os.PathLike[str] | None = None) -> Standards:
    """Load a standards file, or the defaults when ``path`` is None and PMO_STANDARDS is unset."""
    if path is None:
        env = os.environ.get(ENV_VAR)
        if not env:
            return default_standards()
        path = env
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StandardsError(
            f"{file}: standards file not found; create one with `pmo standards init {file}`"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise StandardsError(f"{file}: cannot read the standards file ({exc})") from None
    return standards_from_text(text, str(file))


def write_default_standards(path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write the built-in standards, with their comments, for the EPMO to edit."""
    target = Path(path)
    if target.exists() and not overwrite:
        raise StandardsError(f"{target}: already exists; pass --force to overwrite it")
    target.parent.mkdir(parents=True, exist_ok=True)
    text = DEFAULTS_PATH.read_text(encoding="utf-8")
    text += _rule_severity_lines(text)
    target.write_text(text, encoding="utf-8")
    return target


def _rule_severity_lines(text: str) -> str:
    """Every rule code with its shipped severity, so the EPMO sees what can be tuned."""
    lines = []
    for rule in all_rules():
        lines.append(f'# {rule.title}\n"{rule.code}" = "{rule.default_severity}"\n')
    return "".join(lines)
