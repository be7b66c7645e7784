"""lp-lint: compliance linter for licence professionnelle maquettes."""

__version__ = "0.1.0"
