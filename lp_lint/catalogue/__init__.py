"""The catalogue of lp-lint's own messages, in French and English, by area.

Keys are `area.name`; templates use `{name}` placeholders filled by `i18n.render`. Rule files
carry their own messages; everything else that lp-lint says is here, so that `--lang en` is
English throughout and a translator finds every text in one folder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lp_lint.catalogue import cli, judging, outputs, reading, run

if TYPE_CHECKING:
    from lp_lint.i18n import Lang

CATALOGUE: dict[str, dict[Lang, str]] = {
    **reading.TEXTS,
    **judging.TEXTS,
    **run.TEXTS,
    **cli.TEXTS,
    **outputs.TEXTS,
}
