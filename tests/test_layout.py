"""The layout (SPEC section 3) and the models agree, column for column."""

from __future__ import annotations

from addin import layout, models


def test_models_match_layout():
    for register in layout.REGISTERS:
        model = models.ITEM_MODELS[register.key]
        fields = [k for k in model.model_fields if k != "source_row"]
        assert fields == [c.key for c in register.columns], register.key
    assert list(models.ProjectHeader.model_fields) == [f.key for f in layout.PROJECT_FIELDS]


def test_spec_tables_and_key_columns():
    tables = {r.sheet: r.table for r in layout.REGISTERS}
    assert tables == {
        "Risks": "tblRisks",
        "Assumptions": "tblAssumptions",
        "Issues": "tblIssues",
        "Dependencies": "tblDependencies",
        "Decisions": "tblDecisions",
        "Milestones": "tblMilestones",
        "Finance": "tblFinance",
        "Iterations": "tblIterations",
        "Resources": "tblResources",
    }
    assert [c.name for c in layout.RISKS.columns if c.computed] == [
        "Score",
        "Rating",
        "Residual Score",
    ]
    assert layout.PROJECT_FIELDS[0].range_name == "ProjectID"


def test_due_columns_are_defined_once_and_exist():
    assert layout.DUE_COLUMNS == {
        "risks": "due_date",
        "assumptions": "validate_by",
        "issues": "due_date",
        "dependencies": "need_by",
        "milestones": "forecast_date",
    }
    for key, column in layout.DUE_COLUMNS.items():
        assert layout.REGISTERS_BY_KEY[key].column(column).kind == "date"
