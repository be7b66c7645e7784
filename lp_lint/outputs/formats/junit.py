"""`--format junit`: JUnit XML as GitLab and Jenkins read it.

One suite per maquette; one failing test case per error or warning (its name carries the rule,
the entity and the position, so names stay unique), one passing case per information and per
rule that applied without a finding. The path stays in `classname`: the lenient Jenkins schema
has no `file` attribute.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO
from xml.etree import ElementTree as ET

from lp_lint.findings import Finding, Severity, dotted
from lp_lint.i18n import Lang
from lp_lint.outputs.formats import Settings
from lp_lint.reports import FileReport, Report, relative_uri
from lp_lint.text_safety import clean_file, xml_text


def write(report: Report, stream: TextIO, settings: Settings) -> None:
    """The suites are built one at a time (twice: the totals come first), never all together."""
    tests = failures = 0
    for file in report.files:
        suite = _suite(
            clean_file(file, xml_text), report, settings.lang
        )  # well-formed whatever a value holds
        tests += int(suite.get("tests", "0"))
        failures += int(suite.get("failures", "0"))
    root = ET.Element("testsuites", name="lp-lint", tests=str(tests), failures=str(failures))
    root.set("errors", "0")
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    if not len(report.files):
        stream.write(ET.tostring(root, encoding="unicode") + "\n")
        return
    opening = ET.tostring(root, encoding="unicode").removesuffix(" />")
    stream.write(opening + ">")
    for file in report.files:
        suite = _suite(clean_file(file, xml_text), report, settings.lang)
        ET.indent(suite, level=1)
        stream.write("\n  " + ET.tostring(suite, encoding="unicode"))
    stream.write("\n</testsuites>\n")


def _suite(file: FileReport, report: Report, lang: Lang) -> ET.Element:
    path = relative_uri(file.path, report.root)
    suite = ET.Element("testsuite", name=path)
    names: set[str] = set()
    failures = 0
    fired = set()
    for finding in file.findings:
        if finding.waived_by:
            continue
        fired.add(finding.code)
        case = ET.SubElement(
            suite, "testcase", classname=path, name=_unique(_name(finding), names), time="0"
        )
        if finding.severity >= Severity.WARNING:
            failures += 1
            failure = ET.SubElement(case, "failure", type=finding.code, message=finding.text(lang))
            failure.text = _detail(path, finding, report.root, lang)
        else:
            ET.SubElement(case, "system-out").text = _detail(path, finding, report.root, lang)
    for code, rule in sorted(report.rules.items()):
        if rule.pack in file.packs and code not in fired:
            ET.SubElement(
                suite,
                "testcase",
                classname=path,
                name=_unique(f"{code} {rule.id}", names),
                time="0",
            )
    suite.set("tests", str(len(suite)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", "0")
    suite.set("time", "0")
    return suite


def _name(finding: Finding) -> str:
    where = finding.key or dotted(finding.path) or "fichier"
    return f"{finding.code} {finding.rule_id} @ {where} ({finding.span.start.line}:{finding.span.start.column})"


def _unique(name: str, names: set[str]) -> str:
    candidate, n = name, 2
    while candidate in names:
        candidate, n = f"{name} #{n}", n + 1
    names.add(candidate)
    return candidate


def _detail(path: str, finding: Finding, root: Path | None, lang: Lang) -> str:
    ref = (
        f"\n{finding.reference.texte}, {finding.reference.article} — {finding.reference.url}"
        if finding.reference
        else ""
    )
    path = relative_uri(finding.span.file, root) if finding.span.file else path
    return f"{path}:{finding.span.start.line}:{finding.span.start.column} {finding.severity.label} {finding.code} {finding.text(lang)}{ref}"
