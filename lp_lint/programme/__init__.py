"""Normalisation: the programme the rules judge, whatever the layout of the maquette.

Between validation (the pydantic model) and the rules: where each hour, ECTS and nature really
sits, the places in the file that state each fact, and the conflicts of a file that contradicts
itself or states the impossible. Quantities read the programme (`programme_of`), never a layout.
"""

from lp_lint.programme.build import Programme, normalise, programme_of
from lp_lint.programme.coherence import Conflict
from lp_lint.programme.structure import Element, Unit

__all__ = ["Conflict", "Element", "Programme", "Unit", "normalise", "programme_of"]
