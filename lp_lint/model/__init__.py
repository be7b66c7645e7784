"""The maquette format: pydantic models whose attribute names are the YAML keys.

`Maquette` is imported on first use: building the models costs more than a whole one-file run
can afford, and a valid file never needs them (see `records`, generated from them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lp_lint.model.maquette import Maquette

__all__ = ["Maquette"]


def __getattr__(name: str) -> object:
    if name == "Maquette":
        from lp_lint.model.maquette import Maquette

        return Maquette
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
