"""The public entry points for programs that lint maquettes without the command line.

Nothing inside lp-lint imports this module: each name lives in its layer (see README, "Modules").
"""

from __future__ import annotations

from lp_lint.reading.detect import MAQUETTE_SUFFIXES
from lp_lint.reports import ExitCode, FileReport, Report, UsageError, exit_code
from lp_lint.run.batch import lint_paths, worker_count
from lp_lint.run.discovery import discover, options_for
from lp_lint.run.options import Options
from lp_lint.run.pipeline import judged_rules, lint_file, lint_text
from lp_lint.run.rule_sets import packs_for, unknown_rules

__all__ = [
    "MAQUETTE_SUFFIXES",
    "ExitCode",
    "FileReport",
    "Options",
    "Report",
    "UsageError",
    "discover",
    "exit_code",
    "judged_rules",
    "lint_file",
    "lint_paths",
    "lint_text",
    "options_for",
    "packs_for",
    "unknown_rules",
    "worker_count",
]
