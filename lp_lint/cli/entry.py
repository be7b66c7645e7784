"""The `lp-lint` executable: imports the command line, then runs it.

Help texts are written in the language of the command line when they are shown (see
`cli.localized`): nothing needs to be known before the import.
"""

from __future__ import annotations

import sys


def run() -> None:
    try:
        from lp_lint.cli.main import run as run_command
    except KeyboardInterrupt:  # Ctrl-C while starting: nothing written yet, no traceback
        sys.stderr.write("lp-lint: interrompu / interrupted\n")
        sys.exit(130)
    run_command()
