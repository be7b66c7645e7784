"""What every importer shares: the result, the refusal of a source, safe XML, numbers."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from lp_lint.importers.writer import Bloc, render

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element


MAX_ELEMENTS = 2000
"""UEs and ECs (ScoDoc modules, CDM-fr courses) one source may give, as many as a spreadsheet's
rows: a few dozen make a licence, and every one costs memory and output."""


class SourceError(Exception):
    """A source that cannot be imported; `where` is a position such as `ligne 3` or `Maquette!B2`."""

    def __init__(self, key: str, where: str = "", **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.where = where
        self.values = values


@dataclass
class Imported:
    """A maquette built from a source, and the notes to show the user beside it."""

    header: list[str]
    root: Bloc
    notes: list[str] = field(default_factory=list)

    def text(self) -> str:
        return render(self.header, self.root)


class ElementBudget:
    """Counts the UEs and ECs read from one source and refuses the one past `MAX_ELEMENTS`."""

    def __init__(self) -> None:
        self.count = 0

    def take(self) -> None:
        self.count += 1
        if self.count > MAX_ELEMENTS:
            raise SourceError("too_many_elements", max=MAX_ELEMENTS)


def parse_xml(data: bytes) -> Element:
    """Parse without any document type: no entity expansion, no external reference, no network."""
    import defusedxml
    import defusedxml.ElementTree as safe_tree

    try:
        return safe_tree.fromstring(data, forbid_dtd=True)
    except (defusedxml.DTDForbidden, defusedxml.EntitiesForbidden) as error:
        raise SourceError("xml_dtd") from error
    except defusedxml.ExternalReferenceForbidden as error:
        raise SourceError("xml_dtd") from error
    except safe_tree.ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise SourceError("xml_syntax", f"{line}:{column + 1}", reason=str(error)) from error


def local_name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def number(text: str | None) -> float | None:
    """A number as sources write it (`6,5` or `6.5`); anything else, or nothing, is unknown."""
    if text is None:
        return None
    cleaned = text.strip().replace("\u202f", "").replace("\xa0", "").replace(",", ".")
    if not re.fullmatch(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)", cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def text_or_none(text: str | None) -> str | None:
    cleaned = " ".join((text or "").split())
    return cleaned[:2000] or None


_LP_PREFIX = re.compile(r"^\s*licence\s+pro(fessionnelle)?\.?\s*(mention\s*)?[:\-–]?\s*", re.I)


def without_lp_prefix(title: str) -> str:
    """`Licence professionnelle Logistique` → `Logistique`: a mention is named without its diploma."""
    return _LP_PREFIX.sub("", title)


NATURE_WORDS = (
    (re.compile(r"\bprojets?\s+tu(teu|to)r", re.IGNORECASE), "projet_tuteure"),
    (re.compile(r"\bstages?\b", re.IGNORECASE), "stage"),
    (re.compile(r"\bm[ée]moire\b", re.IGNORECASE), "memoire"),
)


def nature_from_title(title: str) -> str | None:
    """Projet tuteuré, stage or mémoire when the title says so; the first word found wins."""
    for pattern, nature in NATURE_WORDS:
        if pattern.search(title):
            return nature
    return None
