"""The `lp-lint` executable: imports the command line, then runs it.

Help texts are written in the language of the command line when they are shown (see
`cli.localized`): nothing needs to be known before the import.
"""

from __future__ import annotations

import gc
import sys


def run() -> None:
    # Importing builds tens of thousands of objects, none of them garbage: the cycle collector
    # would walk them some fifty times while they load, and again at each full collection of
    # the run (together some 15 % of a one-file run). It resumes once they are loaded, and they
    # are set aside from its later walks (`gc.freeze`).
    gc.disable()
    try:
        from lp_lint.cli.main import run as run_command
    except KeyboardInterrupt:  # Ctrl-C while starting: nothing written yet, no traceback
        sys.stderr.write("lp-lint: interrompu / interrupted\n")
        sys.exit(130)
    finally:
        gc.enable()
    gc.freeze()
    run_command()
