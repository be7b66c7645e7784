"""Shared pieces of the maquette model: strictness, and the constrained number types."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from lp_lint.model.invariants import date_from_text


class Strict(BaseModel):
    """Every block of a maquette: strict types, unknown keys refused, no NaN or infinity.

    Shape only: a regulatory threshold never goes in a validator here (see the rules).
    """

    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        allow_inf_nan=False,
        frozen=True,
        use_attribute_docstrings=False,
    )


# Plausibility bounds, far above any real maquette and far from any regulatory threshold: an
# absurd value (1e308, a number of a thousand digits) is a positioned format error, and no sum
# of a file's values can overflow to infinity in the rules, the comparison or the report.
MAX_HEURES = 10_000
"""More hours than a year holds (8 760): no element of a maquette comes close."""
MAX_ECTS = 300
MAX_COEFFICIENT = 100
MAX_EFFECTIF = 10_000
MAX_SEMAINES = 160
"""Three years of weeks: the longest licence professionnelle lasts three years."""

Heures = Annotated[
    float,
    Field(ge=0, le=MAX_HEURES, description="heures (étudiant), nombre positif ou nul"),
]
Ects = Annotated[float, Field(ge=0, le=MAX_ECTS, description="crédits européens (ECTS)")]
Coefficient = Annotated[
    float, Field(gt=0, le=MAX_COEFFICIENT, description="coefficient strictement positif")
]
Part = Annotated[float, Field(ge=0, le=1, description="part entre 0 et 1 (0.46 pour 46 %)")]
Effectif = Annotated[int, Field(ge=0, le=MAX_EFFECTIF, description="nombre de personnes")]
Semaines = Annotated[float, Field(ge=0, le=MAX_SEMAINES, description="nombre de semaines")]
AnneeUniversitaire = Annotated[
    str,
    Field(
        pattern=r"^(19|20)[0-9]{2}-(19|20)[0-9]{2}$",
        description="année universitaire, « 2016-2017 »",
        examples=["2016-2017"],
    ),
]
Code = Annotated[
    str,
    Field(
        min_length=1,
        max_length=40,
        description="code, toujours entre guillemets s'il ressemble à un nombre",
    ),
]
Texte = Annotated[str, Field(min_length=1, max_length=2000)]


Date = Annotated[dt.date, BeforeValidator(date_from_text)]
