"""The maquette format: pydantic models whose attribute names are the YAML keys."""

from lp_lint.model.maquette import Maquette

__all__ = ["Maquette"]
