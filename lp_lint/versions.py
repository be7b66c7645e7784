"""Reading the two versions `lp-lint diff` compares: files, or `REF:FILE` at a git ref."""

from __future__ import annotations

from pathlib import Path

from lp_lint.api import FileReport, UsageError, lint_text, packs_for
from lp_lint.baseline import old_version
from lp_lint.comparison import compare
from lp_lint.comparison_view import render
from lp_lint.i18n import Lang
from lp_lint.loader import load_yaml
from lp_lint.model import Maquette
from lp_lint.options import Options
from lp_lint.shaping import shape
from lp_lint.source import SourceText, read_source


def read_version(spec: str, lang: Lang = "fr") -> tuple[str, str]:
    """(label, text) of `FILE` or `REF:FILE` (the file named as in the working tree), read as
    `check` reads files; one that cannot be read is a usage error."""
    path = Path(spec)
    on_disk = path.exists() and not path.is_dir()  # a regular file, a device or a pipe
    source = read_source(path, lang) if on_disk else _at_ref(spec, lang)
    if source.text is None:
        raise UsageError(source.problem(spec))
    return spec, source.text


def _at_ref(spec: str, lang: Lang) -> SourceText:
    ref, sep, name = spec.partition(":")
    if not (sep and name and Path(name).exists()):
        raise UsageError(f"introuvable : {spec}")
    source = old_version(name, ref, lang)
    if source is None:
        raise UsageError(f"{name} n'existe pas à la référence {ref}")
    return source


def maquette_and_report(label: str, text: str, options: Options) -> tuple[Maquette, FileReport]:
    """The maquette read from `text` and its lint report; an unreadable one is a usage error."""
    loaded = load_yaml(text, options.lang, options.limits)
    maquette = None
    if loaded.data is not None:
        maquette, _ = shape(loaded.data, loaded.source_map, options.lang)
    report = lint_text(text, label, options, packs_for(options))
    if maquette is None:
        first = report.findings[0].message if report.findings else ""
        raise UsageError(f"{label} n'est pas une maquette lisible : {first}")
    return maquette, report


def compare_versions(old: str, new: str, lang: Lang, markdown: bool) -> str:
    options = Options(lang=lang)
    (old_label, old_text), (new_label, new_text) = read_version(old, lang), read_version(new, lang)
    old_maquette, old_report = maquette_and_report(old_label, old_text, options)
    new_maquette, new_report = maquette_and_report(new_label, new_text, options)
    comparison = compare(old_maquette, new_maquette, old_report, new_report)
    return render(comparison, old_label, new_label, lang, markdown)
