"""What the editor shows on hover: a finding's explanation, or a key's documentation.

A finding's hover is its message (the numbers) followed by what `lp-lint explain` says of its
rule (text, article, reading in force), without the examples. A key's hover is the description
the format gives it, the same one docs/format.md is generated from.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from lp_lint.findings import DocPath, Finding
from lp_lint.i18n import Lang, tr
from lp_lint.model import Maquette
from lp_lint.outputs.explain import explain, explain_pseudo, find_rule
from lp_lint.reading.fixes import LineIndex
from lp_lint.reading.loader import load_yaml
from lp_lint.reading.sourcemap import to_span
from lp_lint.reading.validation import _model_of
from lp_lint.rules.packs import PackSet
from lp_lint.run.options import Options
from lp_lint.text_safety import markdown_text

_LINK = re.compile(r"\[([^\]]+)\]\(#[^)]*\)")


def finding_hover(finding: Finding, pack_set: PackSet | None, options: Options) -> str:
    """The message (it quotes the maquette: escaped, it renders as text), then the rule's
    explanation, whose images and HTML are neutralised (a local pack is the repository's text)."""
    rule = find_rule(pack_set, finding.code) if pack_set is not None else None
    if rule is not None and pack_set is not None:
        detail = explain(rule, pack_set, options, examples=False)
    else:
        detail = explain_pseudo(finding.code, options.lang) or ""
    detail = detail.replace("<", "&lt;").replace("![", "!\\[")
    message = markdown_text(finding.text(options.lang))
    return f"**{finding.code}** {message}\n\n---\n\n{detail}".rstrip() + "\n"


def key_at(text: str, offset: int, lang: Lang) -> DocPath | None:
    """The path of the key written at `offset` (a character offset in `text`), if one is."""
    loaded = load_yaml(text)
    index = LineIndex(text)
    for path, key, _, _ in loaded.source_map.entries:
        if key is None or not path or isinstance(path[-1], int):
            continue
        span = to_span(key)
        start, end = index.offset(span.start), index.offset(span.end)
        if start is not None and end is not None and start <= offset <= end:
            return path
    return None


def key_hover(path: DocPath, lang: Lang) -> str | None:
    """`**ects** (nombre) — crédits européens…` for the field a key names in the format."""
    model: Any = Maquette
    field = None
    for part in path:
        if isinstance(part, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return None
        field = model.model_fields.get(part)
        if field is None:
            return None
        model = _model_of(field.annotation)
    if field is None:
        return None
    from lp_lint.docgen import type_name

    kind = _LINK.sub(r"\1", type_name(field.annotation))
    required = f", {tr('server.required', lang)}" if field.is_required() else ""
    text = f"**{path[-1]}** ({kind}{required})\n\n{field.description or ''}"
    if isinstance(model, type) and issubclass(model, BaseModel) and model.__doc__:
        text += f"\n\n{model.__doc__.strip().splitlines()[0]}"
    return text.rstrip() + "\n"
