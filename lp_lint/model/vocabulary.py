"""The closed lists of words of the teaching structure, without pydantic (the rules name them)."""

from __future__ import annotations

from typing import Literal

Nature = Literal[
    "enseignement",
    "projet_tuteure",
    "stage",
    "memoire",
    "periode_entreprise",
    "mise_en_situation",
    "autre",
]
"""What an EC (or a UE without ECs) is: taught course, projet tuteuré, stage, mémoire, the
company periods of an alternance (under contract: not a stage), or another mise en situation
professionnelle (a SAÉ, a simulated firm)."""

Theme = Literal[
    "langue_etrangere", "expression_communication", "informatique", "connaissance_entreprise"
]
Caractere = Literal["obligatoire", "optionnelle", "libre"]
