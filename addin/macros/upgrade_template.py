"""Ribbon "Upgrade template": bring the open project workbook to the current template version.

Written once against the host interface. A live host (Excel through xlwings) carries out
the steps itself (:mod:`addin.upgrade.host_plan`): Excel adds the new rows, the table
column, the validations, the names and the ``_pmo`` version, and keeps everything else;
the PM then saves as usual. The file host (CLI, tests) upgrades a copy beside the file,
``NAME.upgraded.xlsx``, with the package upgrader (:mod:`addin.upgrade`), never the source.
``ctx.options``: ``force`` (upgrade even when something cannot be carried), ``out``.
"""

from __future__ import annotations

from pathlib import Path

from addin.macros.context import MacroContext, MacroResult


def run(ctx: MacroContext) -> MacroResult:
    """Upgrade ``ctx.book`` (see the module docstring)."""
    from addin.upgrade.host_plan import TemplateUpgradeHost, plan_host_upgrade
    from addin.upgrade.upgrader import Refusal

    host = ctx.book
    if host is None:
        return MacroResult("Open a project workbook first, then press Upgrade template.", ok=False)
    force = bool(ctx.options.get("force"))
    if not isinstance(host, TemplateUpgradeHost):
        return _upgrade_copy(ctx, force)
    try:
        plan = plan_host_upgrade(host, ctx.standards)
    except Refusal as exc:
        return MacroResult(f"{host.name}: not upgraded: {exc}.", ok=False)
    if plan.from_version == plan.to_version:
        return MacroResult(
            f"{host.name} is already on template version {plan.to_version}: nothing to do.",
            data={"status": "current", "from_version": plan.from_version},
        )
    if plan.problems and not force:
        return MacroResult(
            f"{host.name}: not upgraded, because some of it cannot be carried: "
            + "; ".join(plan.problems)
            + ". Nothing was changed.",
            ok=False,
            data={"status": "refused", "problems": plan.problems},
        )
    output = host.apply_template_upgrade(plan)
    return MacroResult(
        f"{host.name}: upgraded from template version {plan.from_version} to "
        f"{plan.to_version} (new Project fields, Remaining Points, 1-5 dropdowns). Save the "
        "workbook to keep it.",
        output=output,
        data={
            "status": "upgraded",
            "from_version": plan.from_version,
            "to_version": plan.to_version,
            "problems": plan.problems,
        },
    )


def _upgrade_copy(ctx: MacroContext, force: bool) -> MacroResult:
    from addin.upgrade import upgrade_file

    host = ctx.book
    assert host is not None
    if host.path is None:
        return MacroResult(f"{host.name}: save the workbook first, then upgrade it.", ok=False)
    source = host.path
    given = ctx.options.get("out")
    out = Path(given) if given else source.with_name(f"{source.stem}.upgraded{source.suffix}")
    planned = upgrade_file(source, ctx.standards, mode="dry_run", force=force)
    data: dict[str, object] = {"status": planned.status, "from_version": planned.from_version}
    if planned.status == "current":
        return MacroResult(
            f"{host.name} is already on template version {planned.from_version}: nothing to do.",
            data=data,
        )
    if planned.status != "upgraded":
        return MacroResult(f"{host.name}: not upgraded: {planned.reason}", ok=False, data=data)
    done = upgrade_file(source, ctx.standards, mode="out", out_path=out, force=force)
    data.update(status=done.status, to_version=done.to_version, notes=done.notes)
    if done.status != "upgraded":
        return MacroResult(f"{host.name}: not upgraded: {done.reason}", ok=False, data=data)
    return MacroResult(
        f"{host.name}: upgraded from template version {done.from_version} to "
        f"{done.to_version}; written to {out.name} (the original is unchanged).",
        output=out,
        data=data,
    )
