"""What a rule's case file says it proves, read from its comments (as semgrep's rule tests do).

- `# expect: <rule> <line>:<column> [<name>=<number> ...]`: the rule reports a finding that
  starts there, and one of its hits shows those values (the advice: `manque=40`, `exces=2`);
- `# ok: <rule>`: the rule reports nothing on the next line (a value at its limit, say);
- `# reading: <rule>=<reading>` and `# regime: <regime>`, anywhere: how the case is judged.

`ko-*` files must trigger their rule, `ok-*` files must not, `ok-inconnu-*` files lack the data
it needs (D001 says so), unless the rule says `inconnu: jamais`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from lp_lint.programme.paths import student_paths
from lp_lint.reading.loader import load_yaml
from lp_lint.reading.validation import shape
from lp_lint.rules.checks import Hit
from lp_lint.rules.entities import entities
from lp_lint.rules.packs import Rule
from lp_lint.run.options import Options

EXPECT = re.compile(
    r"#\s*expect:\s*(?P<rule>[A-Za-z0-9-]+)(?:\s+(?P<line>\d+):(?P<column>\d+))?"
    r"(?P<values>(?:\s+[a-z_]+=-?[0-9.]+)*)\s*$"
)
OK = re.compile(r"#\s*ok:\s*(?P<rule>[A-Za-z0-9-]+)\s*$")
READING = re.compile(r"^#\s*reading:\s*([a-z0-9-]+)=([a-z0-9-]+)\s*$", re.MULTILINE)
REGIME = re.compile(r"^#\s*regime:\s*([a-z0-9-]+)\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Expected:
    rule: str
    line: int
    column: int | None
    values: dict[str, float]


@dataclass(frozen=True)
class Case:
    path: Path
    expected: tuple[Expected, ...]
    ok_lines: tuple[tuple[str, int], ...]
    options: Options

    @property
    def rule_id(self) -> str:
        return self.path.parent.name

    def expected_for(self, rule: Rule) -> list[Expected]:
        return [e for e in self.expected if e.rule in (rule.id, rule.code)]


def read_case(path: Path) -> Case:
    text = path.read_text(encoding="utf-8")
    expected, ok_lines = [], []
    for number, line in enumerate(text.splitlines(), 1):
        if found := EXPECT.search(line):
            values = dict(item.split("=") for item in found.group("values").split())
            expected.append(
                Expected(
                    found.group("rule"),
                    int(found.group("line") or number + 1),
                    int(found.group("column")) if found.group("column") else None,
                    {name: float(value) for name, value in values.items()},
                )
            )
        elif found := OK.search(line):
            ok_lines.append((found.group("rule"), number + 1))
    regime = REGIME.search(text)
    options = Options(
        readings=tuple((m.group(1), m.group(2)) for m in READING.finditer(text)),
        regime=regime.group(1) if regime else None,
    )
    return Case(path, tuple(expected), tuple(ok_lines), options)


def hits(case: Case, rule: Rule) -> list[Hit]:
    """What the rule's check says of the case, with the values its messages show."""
    return text_hits(case.path.read_text(encoding="utf-8"), rule, case.options)


def text_hits(text: str, rule: Rule, options: Options) -> list[Hit]:
    """The rule's check run over every student path of `text`, as the engine runs it."""
    loaded = load_yaml(text)
    maquette, _ = shape(loaded.data, loaded.source_map)
    assert maquette is not None, text
    params = rule.params[rule.reading(dict(options.readings)) or ""]
    return [
        hit
        for path in student_paths(maquette)
        for entity in entities(path.maquette, rule.source.scope)
        for hit in rule.check.run(path.maquette, entity, params).hits
    ]


def shows(hit: Hit, values: dict[str, float]) -> bool:
    return all(
        isinstance(hit.values.get(name), int | float)
        and math.isclose(float(hit.values[name]), value, abs_tol=1e-6)  # type: ignore[arg-type]
        for name, value in values.items()
    )
