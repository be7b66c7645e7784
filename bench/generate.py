"""A deterministic generator of realistic maquettes, for the benchmark.

Sizes: S, M and L have about 6, 12 and 30 UEs of 3 to 6 ECs each (a number gives that many UEs
of 1 or 2 ECs, for the cost of a very large maquette), every optional block filled,
and a few findings each (a short stage, a thin projet, a coefficient out of ratio, now and then).
The same seed always gives the same files.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path
from typing import Any

import yaml

SIZES = {"S": 6, "M": 12, "L": 30}
ESTABLISHMENTS = 150
"""A national offer: some 2,000 parcours in about 150 establishments, each parcours with UE
and EC codes of its own (two parcours share a UE only by writing its code on purpose)."""
MENTIONS = [
    "Commercialisation de produits et services",
    "Métiers du numérique : conception, rédaction et réalisation web",
    "Métiers de l'industrie : gestion de la production industrielle",
    "Gestion des ressources humaines",
]


def maquette(rng: random.Random, size: str, index: int) -> dict[str, Any]:
    ue_count = SIZES[size] if size in SIZES else int(size)
    ec_counts = (3, 6) if size in SIZES else (1, 2)  # a very large one stays under --max-nodes
    year = rng.choice([2016, 2018, 2022, 2023])
    semesters: list[dict[str, Any]] = []
    per_semester = max(1, ue_count // 2)
    code = 0
    for number in (5, 6):
        ues = []
        for _ in range(per_semester):
            code += 1
            ecs = [
                {
                    "code": f"P{index}-EC{code}{k}",
                    "intitule": f"Enseignement {code}.{k}",
                    "coefficient": rng.choice([1, 1, 2]),
                    "heures": {
                        "cm": rng.choice([0, 2, 4]),
                        "td": rng.choice([4, 6, 8]),
                        "tp": rng.choice([0, 2]),
                    },
                    "heures_professionnels": rng.choice([0, 2, 4, 6]),
                    "themes": rng.sample(
                        [
                            "langue_etrangere",
                            "informatique",
                            "expression_communication",
                            "connaissance_entreprise",
                        ],
                        k=1,
                    ),
                }
                for k in range(1, rng.randint(*ec_counts) + 1)
            ]
            ues.append(
                {
                    "code": f"P{index}-UE{code}",
                    "intitule": f"Unité {code}",
                    "ects": 0,
                    "coefficient": rng.choice([1, 2, 3]),
                    "ecs": ecs,
                }
            )
        semesters.append({"numero": number, "ues": ues})
    semesters[1]["ues"].append(
        {
            "code": f"P{index}-UEP",
            "intitule": "Projet tuteuré",
            "nature": "projet_tuteure",
            "ects": 0,
            "coefficient": 2,
            "heures": {"projet": rng.choice([120, 150, 180])},
        }
    )
    semesters[1]["ues"].append(
        {
            "code": f"P{index}-UES",
            "intitule": "Stage",
            "nature": "stage",
            "ects": 0,
            "coefficient": 3,
            "memoire": True,
            "soutenance": True,
        }
    )
    for semester in semesters:
        share = 30 // len(semester["ues"])
        for ue in semester["ues"]:
            ue["ects"] = share
        semester["ues"][-1]["ects"] += 30 - share * len(semester["ues"])
    return {
        "version": 1,
        "formation": {
            "domaine": "Droit, économie, gestion",
            "mention": rng.choice(MENTIONS),
            "parcours": f"Parcours {index}",
            "etablissement": f"Université {index % ESTABLISHMENTS}",
            "annee_universitaire": f"{year}-{year + 1}",
            "ects": 60,
            "ects_acquis_entree": 120,
            "duree_annees": 1,
            "publics": ["formation_initiale", "alternance"],
            "rncp": {"fiche": f"RNCP{30000 + index}", "niveau": 6},
        },
        "semestres": semesters,
        "stage": {
            "semaines": rng.choice([10, 12, 14, 16]),
            "memoire": True,
            "soutenance": True,
            "evaluation": ["rapport", "soutenance"],
            "tuteur_academique": True,
        },
        "projet_tuteure": {
            "heures": semesters[1]["ues"][-2]["heures"]["projet"],
            "modalites_suivi": "tuteur",
            "modalites_evaluation": "soutenance",
        },
        "alternance": {
            "rythme": "2 jours / 3 jours",
            "contrats": [
                {
                    "type": "professionnalisation",
                    "duree_mois": 12,
                    "heures_travail_hebdo": 35,
                    "heures_formation": rng.choice([400, 450, 550]),
                }
            ],
        },
        "modalites_controle": {
            "compensation": {"entre_ec": True, "entre_ue": True},
            "notes_eliminatoires": False,
            "seconde_session": True,
            "conditions_delivrance": {"moyenne_generale_min": 10, "moyenne_projet_stage_min": 10},
        },
        "jury": {"membres": 8, "professionnels": rng.choice([1, 2, 3])},
        "pilotage": {
            "conseil_perfectionnement": {
                "membres": {"enseignants": 2, "biatss": 1, "etudiants": 2, "professionnels": 2},
                "reunions_par_an": 1,
            },
            "evaluation_enseignements": True,
            "suivi_diplomes": {"enquetes_mois": [6, 30]},
            "insertion": {"objectif": 0.6, "mesure": "annuelle"},
        },
        "competences": {
            "blocs": [
                {
                    "code": "BC1",
                    "intitule": "Bloc",
                    "competences": ["a", "b"],
                    "ues": [ue["code"] for s in semesters for ue in s["ues"]],
                }
            ]
        },
    }


def write(folder: Path, count: int, size: str, seed: int = 2026) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"maquette-{size}-{index:04d}.yaml"
        text = yaml.safe_dump(maquette(rng, size, index), allow_unicode=True, sort_keys=False)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--size", default="M", help="S, M, L or a number of UEs")
    arguments = parser.parse_args()
    write(arguments.folder, arguments.count, arguments.size)
