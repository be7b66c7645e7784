""" "Did you mean": the nearest of the known words to one that is not known.

Slips people make, in order: the case (`ECTS` for `ects`), the separator (`fail_on` for
`fail-on`), a word cut short (`heures_pro` for `heures_professionnels`, `coeff` for
`coefficient`), then a typing slip (`chek` for `check`), judged by difflib's ratio.
"""

from __future__ import annotations

from collections.abc import Iterable


def _plain(word: str) -> str:
    return word.casefold().replace("-", "_")


def suggest(word: str, known: Iterable[str]) -> str | None:
    """The known word `word` most likely stands for, or None when none is close."""
    choices = [k for k in dict.fromkeys(known) if k != word]
    plain = _plain(word)
    by_plain = {_plain(k): k for k in choices}
    if plain in by_plain:
        return by_plain[plain]
    if len(plain) >= 3:
        longer = [k for k in choices if _plain(k).startswith(plain)]
        if longer:
            return min(longer, key=len)
    import difflib  # only for a slip: a run that makes none does not pay its import

    close = difflib.get_close_matches(plain, list(by_plain), n=1, cutoff=0.6)
    return by_plain[close[0]] if close else None
