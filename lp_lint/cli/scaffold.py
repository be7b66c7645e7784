"""`lp-lint init`: a new maquette to fill in, which lints clean but for the data still missing.

Every number the author must decide is left absent (absent is unknown, not zero): lp-lint's
completeness information (D001) and the recommendations then list what is left to write.
"""

from __future__ import annotations

import json
import re
import shlex

from lp_lint.text_safety import json_text, terminal_text

TEMPLATE = """\
# yaml-language-server: $schema={schema}
#
# Maquette créée par lp-lint init. Complétez les valeurs absentes : `lp-lint {name}` dit
# lesquelles manquent encore (informations D001) et ce que les textes exigent.
version: 1
formation:
  mention: {mention}
  parcours: {parcours}
  etablissement: {etablissement}
  annee_universitaire: {annee}
  ects: 60
  duree_annees: 1
  publics: [formation_initiale, formation_continue]

semestres:
  - numero: 5
    ues:
      - code: "UE1"
        intitule: Enseignements fondamentaux
        ects: 15
        coefficient: 2
        ecs:
          - code: "EC11"
            intitule: À nommer
            # heures: {{cm: 0, td: 0, tp: 0}}
            # heures_professionnels: 0
      - code: "UE2"
        intitule: Enseignements professionnels
        ects: 15
        coefficient: 2
        ecs:
          - code: "EC21"
            intitule: Langue vivante étrangère
            themes: [langue_etrangere]
          - code: "EC22"
            intitule: Communication et outils numériques
            themes: [expression_communication, informatique, connaissance_entreprise]
  - numero: 6
    ues:
      - code: "UE3"
        intitule: Projet tuteuré
        ects: 12
        coefficient: 2
        nature: projet_tuteure
      - code: "UE4"
        intitule: Stage et mémoire
        ects: 18
        coefficient: 3
        ecs:
          - {{code: "EC41", intitule: Stage, nature: stage}}
          - {{code: "EC42", intitule: Mémoire et soutenance, nature: memoire, memoire: true, soutenance: true}}

stage:
  # semaines: 12
  memoire: true
  soutenance: true
  evaluation: [rapport, soutenance, appreciation_tuteur]
  tuteur_academique: true

projet_tuteure:
  # heures: 0
  memoire: false
  soutenance: true

modalites_controle:
  compensation: {{entre_ec: true, entre_ue: true}}
  notes_eliminatoires: false
  seconde_session: true
  conditions_delivrance: {{moyenne_generale_min: 10, moyenne_projet_stage_min: 10}}

pilotage:
  conseil_perfectionnement:
    membres: {{enseignants_chercheurs: 1, enseignants: 1, biatss: 1, etudiants: 2, professionnels: 2}}
    reunions_par_an: 1
  evaluation_enseignements: true
"""

SCHEMA_FILE = "maquette.schema.json"


_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]")
"""Characters a JSON string may hold raw but YAML reads as a line break or refuses."""


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML): safe whatever the author typed."""
    quoted = json.dumps(json_text(text), ensure_ascii=False)
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _command_argument(name: str) -> str:
    """The file name as a shell argument on one comment line."""
    return shlex.quote(terminal_text(name))


def scaffold(mention: str, annee: str, parcours: str, etablissement: str, name: str) -> str:
    return TEMPLATE.format(
        schema=SCHEMA_FILE,
        name=_command_argument(name),
        mention=_quoted(mention),
        parcours=_quoted(parcours),
        etablissement=_quoted(etablissement),
        annee=_quoted(annee),
    )
