"""One UE code, one UE: across the maquettes of a run (directory mode), a UE code that one
establishment uses in several maquettes of one academic year names one shared UE, so its ECTS,
coefficient and hours must be the same everywhere (N014, on each file, the others related).

Each linted file leaves a small summary (a few numbers per UE, `FileReport.ues`); the check
runs once every file is linted, on the summaries alone, which wait on disk meanwhile
(`UeSummaries`). Two different UEs carry two codes: that is how a university says they are not
the same (Apogée codes are unique per year).
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import groupby
from typing import NamedTuple

from lp_lint.findings import DocPath, Finding, Severity
from lp_lint.i18n import joined, msg, plain
from lp_lint.model.records import UE, Maquette
from lp_lint.pseudo_rules import UE_MUTUALISEE
from lp_lint.reading.sourcemap import SourceMap
from lp_lint.reports import FileReport, Spool, UeSummary

TOLERANCE = 0.5
"""Hours and credits closer than this are one figure written twice (as N001 and N004 read them)."""
MAX_OTHERS = 5
"""Files a finding names: a UE shared by dozens of parcours cites a handful, then a count."""
FIGURES = ("ects", "coefficient", "heures_enseignees", "heures_projet")


def summarise(maquette: Maquette, source_map: SourceMap) -> tuple[UeSummary, ...]:
    """Each UE's code and figures, when the maquette names its establishment and year."""
    formation = maquette.formation
    if not formation.etablissement or not formation.annee_universitaire:
        return ()
    scope = f"{formation.etablissement.strip().casefold()}\x1f{formation.annee_universitaire}"
    found = []
    for s, semestre in enumerate(maquette.semestres):
        for u, ue in enumerate(semestre.ues):
            path: DocPath = ("semestres", s, "ues", u, "code")
            span = source_map.finding_span(path)
            found.append(
                UeSummary(scope, ue.code.strip().casefold(), ue.code, _figures(ue), span, path)
            )
    return tuple(found)


def _figures(ue: UE) -> tuple[float | None, ...]:
    """ECTS, coefficient, taught hours and projet hours (None when unknown)."""
    taught: float | None = 0.0
    projet: float | None = 0.0
    for element in ue.elements():
        heures = element.heures
        if heures is None:
            taught = projet = None
            break
        typed = sum(h or 0.0 for h in (heures.cm, heures.td, heures.tp, heures.ci))
        assert taught is not None and projet is not None
        taught += max(typed, heures.total or 0.0)
        projet += heures.projet or 0.0
    return (ue.ects, ue.coefficient, taught, projet)


_Entry = tuple[int, str, tuple[UeSummary, ...]]
"""A file's index in the run, its path and its UE summary."""


class UeSummaries:
    """The UE summaries of a run's files, written away as they come: memory keeps only a hash
    of each distinct code a file uses (8 bytes), whatever the number of files.

    A UE can disagree only with a UE of the same code in another file: the check reads back
    the UEs whose hash two files share, and compares those alone (two codes that happen to share
    a hash bring one more code back, never a wrong finding: `cross_findings` compares codes)."""

    def __init__(self) -> None:
        self._spool: Spool[_Entry] = Spool()
        self._keys = array("q")
        self._files = 0
        self._first: _Entry | None = None
        """Written away only when a second file comes: a lone file is compared with nothing."""

    def add(self, index: int, report: FileReport) -> None:
        """The summary of the file at `index` of the run."""
        self._keys.extend({_key(ue) for ue in report.ues})
        entry = (index, report.path, report.ues)
        if not self._files:
            self._first = entry
        else:
            if self._first is not None:
                self._spool.write(self._first)
                self._first = None
            self._spool.write(entry)
        self._files += 1

    def cross_findings(self) -> Iterator[tuple[int, list[Finding]]]:
        """The N014 findings of each file that has some, with its index, in the run's order;
        when many codes are shared, in several passes (a file may then come once a pass, each
        time with the findings of other codes)."""
        if self._files < 2:
            return
        for shared in _repeated(self._keys):
            candidates: list[tuple[int, FileReport]] = []
            for index, path, ues in self._spool:
                kept = tuple(ue for ue in ues if _key(ue) in shared)
                if kept:
                    candidates.append((index, FileReport(path, [], ues=kept)))
            found = cross_findings(report for _, report in candidates)
            for index, report in candidates:
                if report.path in found:
                    yield index, found[report.path]


def _key(ue: UeSummary) -> int:
    return hash((ue.scope, ue.code_key))


SORTED_AT_ONCE = 1 << 14
"""Keys sorted together when looking for repeats: a sorted list costs some 40 bytes a key, the
array the keys wait in 8."""
PER_PASS = 1 << 13
"""UEs compared in one pass over the summaries written away: the comparison holds about a
kilobyte for each."""


def _repeated(keys: array[int]) -> Iterator[set[int]]:
    """The keys that occur more than once, in sets of at most about `PER_PASS` occurrences (a
    key that occurs more makes a set alone). They are found a share of the keys at a time (each
    key in the share of its remainder), so that the lists sorted stay small."""
    count = len(keys) // SORTED_AT_ONCE + 1
    shares = [array("q") for _ in range(count)]
    for key in keys:
        shares[key % count].append(key)
    repeated: set[int] = set()
    occurrences = 0
    while shares:
        for key, run in groupby(sorted(shares.pop())):
            times = sum(1 for _ in run)
            if times < 2:
                continue
            if repeated and occurrences + times > PER_PASS:
                yield repeated
                repeated, occurrences = set(), 0
            repeated.add(key)
            occurrences += times
    if repeated:
        yield repeated


class _Seen(NamedTuple):
    file: str
    ue: UeSummary


def cross_findings(reports: Iterable[FileReport]) -> dict[str, list[Finding]]:
    """N014 findings by file path: each UE whose figures differ from those of the same code in
    another maquette of the same establishment and year."""
    by_code: dict[tuple[str, str], list[_Seen]] = defaultdict(list)
    for report in reports:
        for ue in report.ues:
            by_code[(ue.scope, ue.code_key)].append(_Seen(report.path, ue))
    result: dict[str, list[Finding]] = defaultdict(list)
    for seen in by_code.values():
        if len({s.file for s in seen}) < 2:
            continue
        for mine in seen:
            finding = _disagreement(mine, [s for s in seen if s.file != mine.file])
            if finding is not None:
                result[mine.file].append(finding)
    return dict(result)


def _disagreement(mine: _Seen, others: list[_Seen]) -> Finding | None:
    """The first figure on which another file disagrees with this one, as a finding here."""
    for index, name in enumerate(FIGURES):
        value = mine.ue.figures[index]
        differing = [
            o
            for o in others
            if value is not None
            and o.ue.figures[index] is not None
            and abs(value - (o.ue.figures[index] or 0.0)) > (TOLERANCE if index != 1 else 0)
        ]
        if not differing:
            continue
        shown = differing[:MAX_OTHERS]
        places = [
            msg(
                "mutualisation.in",
                figure=msg(f"mutualisation.{name}", v=o.ue.figures[index]),
                file=o.file,
            )
            for o in shown
        ]
        elsewhere = joined(places, plain(", "))
        if len(differing) > len(shown):
            elsewhere += msg("mutualisation.more", n=len(differing) - len(shown))
        message = msg(
            "mutualisation.disagree",
            code=mine.ue.code,
            mine=msg(f"mutualisation.{name}", v=value),
            others=elsewhere,
        )
        related = tuple(
            o.ue.span if o.ue.span.file else o.ue.span._replace(file=o.file) for o in shown
        )
        return Finding(
            UE_MUTUALISEE.id,
            UE_MUTUALISEE.code,
            Severity.ERROR,
            message,
            mine.ue.span,
            mine.ue.path,
            key=f"ues[{mine.ue.code}].{name}",
            related=related,
        )
    return None
