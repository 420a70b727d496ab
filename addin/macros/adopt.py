"""Ribbon "Adopt existing register": turn the open legacy workbook into a standard one.

Reads the open workbook (``ctx.book``) through the host interface, never changing it;
asks where to save the standard workbook (unless ``ctx.options["out"]`` says); writes it
with its ``Adoption Report`` sheet and the re-usable mapping beside it; opens it.
``ctx.options`` may carry ``mapping`` (a mapping file to apply) and ProjectHeader keys
such as ``project_id``.
"""

from __future__ import annotations

from pathlib import Path

from addin.errors import PmoError
from addin.macros.context import MacroContext, MacroResult
from addin.models import ProjectHeader

PROMPT = "Save the adopted (standard) project workbook as"


def run(ctx: MacroContext) -> MacroResult:
    """Adopt the open workbook into a new standard project workbook and open it."""
    from addin.adopt import adopt_host, load_mapping, save_mapping, write_adoption
    from addin.adopt.writer import default_mapping_path, default_output

    book = ctx.book
    if book is None:
        return MacroResult("Nothing adopted: open the legacy workbook first.", ok=False)
    given = ctx.options.get("out")
    suggested = default_output(book.path) if book.path else None
    out = (
        Path(given)
        if given
        else ctx.ask_path(
            "save_workbook", PROMPT + (f" (e.g. {suggested.name})" if suggested else "")
        )
    )
    if out is None:
        return MacroResult("Nothing adopted: no file was chosen.", ok=False)
    if out.suffix.lower() != ".xlsx":
        out = out.with_name(out.name + ".xlsx")
    if book.path is not None and out.resolve() == Path(book.path).resolve():
        return MacroResult("Nothing adopted: choose a new file, not the open workbook.", ok=False)
    if out.exists() and not ctx.options.get("overwrite"):
        return MacroResult(
            f"Nothing adopted: {out.name} already exists; choose another name.", ok=False
        )
    overrides = {k: v for k, v in ctx.options.items() if k in ProjectHeader.model_fields and v}
    try:
        mapping = load_mapping(Path(ctx.options["mapping"])) if ctx.options.get("mapping") else None
        adoption = adopt_host(book, ctx.standards, mapping=mapping, project_overrides=overrides)
        report = adoption.report
        if not report.adopted_tables:
            ctx.message("\n".join(report.lines()))
            return MacroResult(
                "Nothing adopted: no register table was found.", ok=False, data=report.to_dict()
            )
        report.output = str(out)
        mapping_path = default_mapping_path(out)
        report.mapping_file = str(mapping_path)
        write_adoption(adoption, out, ctx.standards)
        save_mapping(adoption.mapping, mapping_path)
    except PmoError as exc:
        return MacroResult(f"Nothing adopted: {exc}", ok=False)
    except OSError as exc:
        return MacroResult(
            f"Nothing adopted: cannot write {out.name} ({exc.strerror or exc})", ok=False
        )
    ctx.open_workbook(out)
    counts = ", ".join(f"{n} {k}" for k, n in report.item_counts.items()) or "no items"
    review = (
        " Check the Adoption Report sheet: some mappings or values need review."
        if report.needs_review
        else ""
    )
    ctx.message("\n".join(report.lines()))
    return MacroResult(
        f"Adopted {counts} into {out.name}.{review}",
        ok=not report.needs_review,
        output=out,
        data=report.to_dict(),
    )
