"""`python -m lp_lint` is the `lp-lint` command."""

from lp_lint.cli.entry import run

run()
