"""lp-lint: compliance linter for licence professionnelle maquettes."""

import os

__version__ = "0.1.0"

# lp-lint uses no pydantic plugin; looking for them scans the entry points of every installed
# package, a cost each pre-commit run would pay. A value set by the user is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
