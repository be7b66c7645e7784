"""The typed library of checks that rule files name (see `core`); importing it registers them all."""

from lp_lint.rules.checks import numeric, presence
from lp_lint.rules.checks.core import (
    CHECKS,
    QUANTITY_PARAMS,
    Check,
    CheckResult,
    Hit,
)

__all__ = [
    "CHECKS",
    "QUANTITY_PARAMS",
    "Check",
    "CheckResult",
    "Hit",
    "numeric",
    "presence",
]
