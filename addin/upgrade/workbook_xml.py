"""The workbook part: its sheets (name -> part path), defined names, and adding names."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from addin.upgrade.package import Package
from addin.upgrade.sheet_xml import attrs

SHEET_RE = re.compile(r"<sheet\b[^>]*>")
NAME_RE = re.compile(r"<definedName\b[^>]*>(.*?)</definedName>", re.S)


def sheet_parts(package: Package) -> dict[str, str]:
    """Worksheet name -> its part path (sheets whose relationship is missing are left out)."""
    part = package.workbook_part()
    rels = package.rels(part)
    out: dict[str, str] = {}
    for tag in SHEET_RE.findall(package.text(part)):
        a = attrs(tag)
        rid = next((v for k, v in a.items() if k.endswith(":id")), None)
        kind, target = rels.get(rid or "", ("", ""))
        if kind == "worksheet" and target in package.data:
            out[a.get("name", "")] = target
    return out


def defined_names(package: Package) -> dict[str, str]:
    """Workbook-level defined names (lower-cased name -> reference); sheet-scoped ones are
    left out."""
    out: dict[str, str] = {}
    for match in NAME_RE.finditer(package.text(package.workbook_part())):
        a = attrs(match.group(0))
        if "localSheetId" not in a:
            out[a.get("name", "").lower()] = match.group(1)
    return out


def quoted_sheet(name: str) -> str:
    """A sheet name as a formula reference writes it (quoted when it needs to be)."""
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]*", name) and not re.fullmatch(
        r"[A-Za-z]{1,3}[0-9]+", name
    ):
        return name
    return "'" + name.replace("'", "''") + "'"


def add_defined_names(package: Package, names: dict[str, str]) -> None:
    """Add workbook-level names (name -> reference such as ``Project!$B$26``)."""
    if not names:
        return
    part = package.workbook_part()
    text = package.text(part)
    elements = "".join(
        f"<definedName name={quoteattr(name)}>{escape(ref)}</definedName>"
        for name, ref in names.items()
    )
    if "</definedNames>" in text:
        text = text.replace("</definedNames>", elements + "</definedNames>", 1)
    elif re.search(r"<definedNames\s*/>", text):
        text = re.sub(
            r"<definedNames\s*/>", f"<definedNames>{elements}</definedNames>", text, count=1
        )
    else:  # CT_Workbook: definedNames comes after sheets (and externalReferences)
        match = re.search(r"</externalReferences>|</sheets>", text)
        if match is None:
            raise ValueError("the workbook part has no <sheets> element")
        at = match.end()
        if match.group(0) == "</sheets>":
            ext = re.search(r"</externalReferences>", text[at:])
            if ext is not None:
                at += ext.end()
        text = text[:at] + f"<definedNames>{elements}</definedNames>" + text[at:]
    package.replace(part, text)
