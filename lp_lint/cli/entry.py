"""The `lp-lint` executable: honours `--lang` for the help texts too, then runs the command.

Help texts are built when the command line module is imported, so the language asked for on
the command line must be known before that import.
"""

from __future__ import annotations

import os
import sys


def run() -> None:
    arguments = sys.argv[1:]
    for index, argument in enumerate(arguments):
        if argument == "--lang" and index + 1 < len(arguments):
            os.environ["LP_LINT_LANG"] = arguments[index + 1]
        elif argument.startswith("--lang="):
            os.environ["LP_LINT_LANG"] = argument.partition("=")[2]
    try:
        from lp_lint.cli.main import run as run_command
    except KeyboardInterrupt:  # Ctrl-C while starting: nothing written yet, no traceback
        sys.stderr.write("lp-lint: interrompu / interrupted\n")
        sys.exit(130)
    run_command()
