"""Excel user-defined functions (PMO.*): thin xlwings wrappers over the core.

xlwings imports this package (the ``UDF MODULES`` setting is ``udfs``) and registers every
function decorated with ``@xw.func`` that it finds here, so each is re-exported below.
Every function converts Excel's values with :mod:`addin.excel_values` and calls the same
core function the rules use; docs/udfs.md lists them all.
"""

from udfs.agile import PMO_FORECASTFINISH, PMO_SAYDO, PMO_VELOCITY
from udfs.finance import PMO_COSTRAG, PMO_CPI, PMO_EAC, PMO_SPI, PMO_VAC, PMO_VACPCT
from udfs.portfolio import PMO_ROLLUP, PMO_WSJF
from udfs.registers import PMO_CHECKRANGE, PMO_NEXTID
from udfs.registry import UDFS, UdfInfo
from udfs.risk import PMO_RESIDUALSCORE, PMO_RISKRATING, PMO_RISKSCORE
from udfs.schedule import PMO_DAYSOVERDUE, PMO_SLACKDAYS, PMO_SLIPPAGEDAYS

__all__ = [
    "PMO_CHECKRANGE",
    "PMO_COSTRAG",
    "PMO_CPI",
    "PMO_DAYSOVERDUE",
    "PMO_EAC",
    "PMO_FORECASTFINISH",
    "PMO_NEXTID",
    "PMO_RESIDUALSCORE",
    "PMO_RISKRATING",
    "PMO_RISKSCORE",
    "PMO_ROLLUP",
    "PMO_SAYDO",
    "PMO_SLACKDAYS",
    "PMO_SLIPPAGEDAYS",
    "PMO_SPI",
    "PMO_VAC",
    "PMO_VACPCT",
    "PMO_VELOCITY",
    "PMO_WSJF",
    "UDFS",
    "UdfInfo",
]
