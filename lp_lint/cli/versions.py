"""Reading the two versions `lp-lint diff` compares: files, or `REF:FILE` at a git ref."""

from __future__ import annotations

from pathlib import Path

from lp_lint.i18n import msg, plain
from lp_lint.model.records import Maquette
from lp_lint.outputs.diff_view import render
from lp_lint.outputs.report.facts import Judged
from lp_lint.reading.source import SourceText, read_source
from lp_lint.reports import FileReport, UsageError
from lp_lint.run.baseline import old_version, renamed_version
from lp_lint.run.comparison import compare
from lp_lint.run.discovery import options_for
from lp_lint.run.options import Options
from lp_lint.run.pipeline import judged_rules, lint_judged
from lp_lint.run.rule_sets import packs_for


class UnreadableVersion(UsageError):
    """A file that is not a readable maquette (a usage error for `diff` and `report FILE`)."""


def read_version(spec: str) -> tuple[str, str]:
    """(label, text) of `FILE` or `REF:FILE` (the file named as in the working tree), read as
    `check` reads files; one that cannot be read is a usage error."""
    path = Path(spec)
    on_disk = path.exists() and not path.is_dir()  # a regular file, a device or a pipe
    source = read_source(path) if on_disk else _at_ref(spec)
    if source.text is None:
        raise UsageError(source.problem(spec))
    return spec, source.text


def _at_ref(spec: str) -> SourceText:
    ref, sep, name = spec.partition(":")
    if not (sep and name and Path(name).exists()):
        raise UsageError(msg("usage.missing_path", path=spec))
    source = old_version(name, ref)
    if source is None:
        source = renamed_version(name, ref)
    if source is None:
        raise UsageError(msg("version.not_at_ref", name=name, ref=ref))
    return source


def working_path(spec: str) -> Path:
    """The file in the working tree that `FILE` or `REF:FILE` names (its configuration applies)."""
    if Path(spec).is_file():
        return Path(spec)
    _, sep, name = spec.partition(":")
    return Path(name) if sep and name else Path(spec)


def maquette_and_report(
    label: str, text: str, options: Options, shown: str | None = None
) -> tuple[Maquette, FileReport]:
    """The maquette read from `text` and its lint report; an unreadable one is a usage error.

    `shown` is the path per-file ignores match (the working-tree file of `REF:FILE`)."""
    report, maquette, _ = lint_judged(text, shown or label, options, packs_for(options))
    if maquette is None:
        first = report.findings[0].message if report.findings else plain("")
        raise UnreadableVersion(msg("version.unreadable", label=label) + first)
    return maquette, report


def judged_version(spec: str, options: Options, given: frozenset[str], isolated: bool) -> Judged:
    """A version read and linted with the configuration `check` would find for its file, with
    what it was judged by: the rules kept, the readings, the texts applied, the language."""
    label, text = read_version(spec)
    path = working_path(spec)
    file_options = options_for(path, options, given, isolated)
    maquette, report = maquette_and_report(label, text, file_options, str(path))
    pack_set = packs_for(file_options)
    texts = tuple((p.id, p.source.text.titre) for p in pack_set.packs)
    return Judged(
        maquette,
        report,
        tuple(judged_rules(pack_set, report.packs, str(path), file_options)),
        file_options.readings,
        tuple(text for text in texts if text[0] in report.packs),
        file_options.lang,
    )


def compare_versions(
    old: str, new: str, options: Options, given: frozenset[str], isolated: bool, markdown: bool
) -> str:
    before = judged_version(old, options, given, isolated)
    after = judged_version(new, options, given, isolated)
    comparison = compare(before.maquette, after.maquette, before.report, after.report)
    return render(comparison, old, new, after.lang, markdown)
