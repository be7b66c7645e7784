"""Plain twins of the pack-file and params models: GENERATED.

Written by `python -m lp_lint.docgen` from `rules/pack_files.py` and `rules/checks/params.py`
(`rules/codegen.py` says how); do not edit.
"""

# ruff: noqa: E501
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from lp_lint.model.record_base import Record

if TYPE_CHECKING:
    from collections.abc import Callable

    from lp_lint.i18n import Lang

R = TypeVar("R", bound=Record)
_new = object.__new__


def _date(value: Any) -> dt.date:
    """A date as `model_dump` gives it (a date) or as JSON keeps it (its ISO text)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)


class Texts(Record):
    _fields: ClassVar[tuple[str, ...]] = ('fr', 'en')
    fr: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.fr if lang == "fr" else self.en


class Reading(Record):
    _fields: ClassVar[tuple[str, ...]] = ('description', 'params')
    description: Texts
    params: dict[str, Any]


class RuleReference(Record):
    _fields: ClassVar[tuple[str, ...]] = ('texte', 'article', 'url', 'statut', 'catalogue')
    texte: str
    article: str
    url: str
    statut: Literal['VERIFIED-T', 'VERIFIED-S', 'RECALLED', 'NOT-FOUND']
    catalogue: str


class InForce(Record):
    _fields: ClassVar[tuple[str, ...]] = ('since', 'until', 'verified', 'from_renewal')
    since: dt.date
    until: dt.date | None
    verified: bool
    from_renewal: bool

    def covers(self, day: dt.date) -> bool:
        return self.since <= day and (self.until is None or day <= self.until)


class RuleVersion(Record):
    "One wording of the rule's text, for the years it was in force: a text rewritten later"

    _fields: ClassVar[tuple[str, ...]] = ('in_force', 'severity', 'reference', 'note')
    in_force: InForce
    severity: Literal['error', 'warning', 'info'] | None
    reference: RuleReference | None
    note: Texts | None


class Pouvoir(Record):
    'An authority that may waive a rule, from a date when the power is recent.'

    _fields: ClassVar[tuple[str, ...]] = ('autorite', 'depuis')
    autorite: Literal['etablissement', 'recteur', 'ministre']
    depuis: dt.date | None


class RuleFile(Record):
    _fields: ClassVar[tuple[str, ...]] = ('id', 'code', 'title', 'severity', 'scope', 'check', 'params', 'readings', 'default_reading', 'message', 'rationale', 'reference', 'in_force', 'versions', 'derogeable_par', 'inconnu', 'etendue_par')
    id: str
    code: str
    title: Texts
    severity: Literal['error', 'warning', 'info']
    scope: Literal['maquette', 'semestre', 'ue', 'contrat', 'bloc']
    check: str
    params: dict[str, Any]
    readings: dict[str, Reading]
    default_reading: str | None
    message: dict[str, Texts]
    rationale: Texts
    reference: RuleReference
    in_force: InForce | None
    versions: list[RuleVersion]
    derogeable_par: list[Pouvoir] | None
    inconnu: Literal['jamais'] | None
    etendue_par: Literal['mentions'] | None


class PackText(Record):
    _fields: ClassVar[tuple[str, ...]] = ('titre', 'url')
    titre: str
    url: str


class PackFile(Record):
    _fields: ClassVar[tuple[str, ...]] = ('id', 'title', 'text', 'regime', 'in_force', 'extends', 'unread', 'derogeable_par')
    id: str
    title: Texts
    text: PackText
    regime: Literal['lp-1999', 'lp-2019'] | None
    in_force: InForce
    extends: str | None
    unread: Texts | None
    derogeable_par: list[Pouvoir]


class Params(Record):
    _fields: ClassVar[tuple[str, ...]] = ()

    def produces(self, cases: frozenset[str]) -> frozenset[str]:
        """The cases of its check these params can produce: all of them, unless a model knows
        better (a range without a minimum is never below it)."""
        return cases


class Bounds(Params):
    'Params with an optional minimum and maximum: only a bound that is set can be crossed.'

    _fields: ClassVar[tuple[str, ...]] = ('min', 'max')
    min: float | None
    max: float | None

    def produces(self, cases: frozenset[str]) -> frozenset[str]:
        crossed = {"below": self.min, "above": self.max}
        return frozenset(c for c in cases if crossed.get(c, 0) is not None)


class RangeParams(Bounds):
    _fields: ClassVar[tuple[str, ...]] = ('min', 'max', 'quantity')
    quantity: str


class EqualsParams(Params):
    _fields: ClassVar[tuple[str, ...]] = ('quantity', 'value', 'tolerance')
    quantity: str
    value: float
    tolerance: float


class SameParams(Params):
    _fields: ClassVar[tuple[str, ...]] = ('left', 'right', 'tolerance')
    left: str
    right: str
    tolerance: float


class ShareParams(Params):
    _fields: ClassVar[tuple[str, ...]] = ('numerator', 'denominator', 'min', 'numerator_in_denominator')
    numerator: str
    denominator: str
    min: float
    numerator_in_denominator: bool


class CountShareParams(Bounds):
    _fields: ClassVar[tuple[str, ...]] = ('min', 'max', 'numerator', 'denominator')
    numerator: str
    denominator: str


class FlagParams(Params):
    _fields: ClassVar[tuple[str, ...]] = ('quantity', 'expected')
    quantity: str
    expected: bool


class OneOfParams(Params):
    _fields: ClassVar[tuple[str, ...]] = ('quantity', 'values', 'normalize')
    quantity: str
    values: list[str | float]
    normalize: bool


class AllPositiveParams(Params):
    _fields: ClassVar[tuple[str, ...]] = ('quantities',)
    quantities: list[str]


class ThemesParams(Params):
    _fields: ClassVar[tuple[str, ...]] = ('themes',)
    themes: list[Literal['langue_etrangere', 'expression_communication', 'informatique', 'connaissance_entreprise']]


class OwnUeParams(Params):
    _fields: ClassVar[tuple[str, ...]] = ('nature', 'companions', 'block_only')
    nature: str
    companions: list[str]
    block_only: bool

    def produces(self, cases: frozenset[str]) -> frozenset[str]:
        return cases if self.block_only else cases - {"sans-ue"}


class DeclaredEqualsParams(EqualsParams):
    'As `equals`; the quantity reads a block that enumerates (see `quantities.core.listed`).'

    _fields: ClassVar[tuple[str, ...]] = ('quantity', 'value', 'tolerance')


def _thaw_Texts(data: dict[str, Any]) -> Texts:
    record = _new(Texts)
    values = record.__dict__
    values['fr'] = data['fr']
    values['en'] = data['en']
    values['model_fields_set'] = set(values)
    return record


def _thaw_Reading(data: dict[str, Any]) -> Reading:
    record = _new(Reading)
    values = record.__dict__
    values['description'] = _thaw_Texts(data['description'])
    values['params'] = data['params']
    values['model_fields_set'] = set(values)
    return record


def _thaw_RuleReference(data: dict[str, Any]) -> RuleReference:
    record = _new(RuleReference)
    values = record.__dict__
    values['texte'] = data['texte']
    values['article'] = data['article']
    values['url'] = data['url']
    values['statut'] = data['statut']
    values['catalogue'] = data['catalogue']
    values['model_fields_set'] = set(values)
    return record


def _thaw_InForce(data: dict[str, Any]) -> InForce:
    record = _new(InForce)
    values = record.__dict__
    values['since'] = _date(data['since'])
    values['until'] = None if data['until'] is None else _date(data['until'])
    values['verified'] = data['verified']
    values['from_renewal'] = data['from_renewal']
    values['model_fields_set'] = set(values)
    return record


def _thaw_RuleVersion(data: dict[str, Any]) -> RuleVersion:
    record = _new(RuleVersion)
    values = record.__dict__
    values['in_force'] = _thaw_InForce(data['in_force'])
    values['severity'] = data['severity']
    values['reference'] = None if data['reference'] is None else _thaw_RuleReference(data['reference'])
    values['note'] = None if data['note'] is None else _thaw_Texts(data['note'])
    values['model_fields_set'] = set(values)
    return record


def _thaw_Pouvoir(data: dict[str, Any]) -> Pouvoir:
    record = _new(Pouvoir)
    values = record.__dict__
    values['autorite'] = data['autorite']
    values['depuis'] = None if data['depuis'] is None else _date(data['depuis'])
    values['model_fields_set'] = set(values)
    return record


def _thaw_RuleFile(data: dict[str, Any]) -> RuleFile:
    record = _new(RuleFile)
    values = record.__dict__
    values['id'] = data['id']
    values['code'] = data['code']
    values['title'] = _thaw_Texts(data['title'])
    values['severity'] = data['severity']
    values['scope'] = data['scope']
    values['check'] = data['check']
    values['params'] = data['params']
    values['readings'] = {k: _thaw_Reading(v) for k, v in data['readings'].items()}
    values['default_reading'] = data['default_reading']
    values['message'] = {k: _thaw_Texts(v) for k, v in data['message'].items()}
    values['rationale'] = _thaw_Texts(data['rationale'])
    values['reference'] = _thaw_RuleReference(data['reference'])
    values['in_force'] = None if data['in_force'] is None else _thaw_InForce(data['in_force'])
    values['versions'] = [_thaw_RuleVersion(v) for v in data['versions']]
    values['derogeable_par'] = None if data['derogeable_par'] is None else [_thaw_Pouvoir(v) for v in data['derogeable_par']]
    values['inconnu'] = data['inconnu']
    values['etendue_par'] = data['etendue_par']
    values['model_fields_set'] = set(values)
    return record


def _thaw_PackText(data: dict[str, Any]) -> PackText:
    record = _new(PackText)
    values = record.__dict__
    values['titre'] = data['titre']
    values['url'] = data['url']
    values['model_fields_set'] = set(values)
    return record


def _thaw_PackFile(data: dict[str, Any]) -> PackFile:
    record = _new(PackFile)
    values = record.__dict__
    values['id'] = data['id']
    values['title'] = _thaw_Texts(data['title'])
    values['text'] = _thaw_PackText(data['text'])
    values['regime'] = data['regime']
    values['in_force'] = _thaw_InForce(data['in_force'])
    values['extends'] = data['extends']
    values['unread'] = None if data['unread'] is None else _thaw_Texts(data['unread'])
    values['derogeable_par'] = [_thaw_Pouvoir(v) for v in data['derogeable_par']]
    values['model_fields_set'] = set(values)
    return record


def _thaw_Params(data: dict[str, Any]) -> Params:
    record = _new(Params)
    values = record.__dict__
    values['model_fields_set'] = set(values)
    return record


def _thaw_Bounds(data: dict[str, Any]) -> Bounds:
    record = _new(Bounds)
    values = record.__dict__
    values['min'] = data['min']
    values['max'] = data['max']
    values['model_fields_set'] = set(values)
    return record


def _thaw_RangeParams(data: dict[str, Any]) -> RangeParams:
    record = _new(RangeParams)
    values = record.__dict__
    values['min'] = data['min']
    values['max'] = data['max']
    values['quantity'] = data['quantity']
    values['model_fields_set'] = set(values)
    return record


def _thaw_EqualsParams(data: dict[str, Any]) -> EqualsParams:
    record = _new(EqualsParams)
    values = record.__dict__
    values['quantity'] = data['quantity']
    values['value'] = data['value']
    values['tolerance'] = data['tolerance']
    values['model_fields_set'] = set(values)
    return record


def _thaw_SameParams(data: dict[str, Any]) -> SameParams:
    record = _new(SameParams)
    values = record.__dict__
    values['left'] = data['left']
    values['right'] = data['right']
    values['tolerance'] = data['tolerance']
    values['model_fields_set'] = set(values)
    return record


def _thaw_ShareParams(data: dict[str, Any]) -> ShareParams:
    record = _new(ShareParams)
    values = record.__dict__
    values['numerator'] = data['numerator']
    values['denominator'] = data['denominator']
    values['min'] = data['min']
    values['numerator_in_denominator'] = data['numerator_in_denominator']
    values['model_fields_set'] = set(values)
    return record


def _thaw_CountShareParams(data: dict[str, Any]) -> CountShareParams:
    record = _new(CountShareParams)
    values = record.__dict__
    values['min'] = data['min']
    values['max'] = data['max']
    values['numerator'] = data['numerator']
    values['denominator'] = data['denominator']
    values['model_fields_set'] = set(values)
    return record


def _thaw_FlagParams(data: dict[str, Any]) -> FlagParams:
    record = _new(FlagParams)
    values = record.__dict__
    values['quantity'] = data['quantity']
    values['expected'] = data['expected']
    values['model_fields_set'] = set(values)
    return record


def _thaw_OneOfParams(data: dict[str, Any]) -> OneOfParams:
    record = _new(OneOfParams)
    values = record.__dict__
    values['quantity'] = data['quantity']
    values['values'] = data['values']
    values['normalize'] = data['normalize']
    values['model_fields_set'] = set(values)
    return record


def _thaw_AllPositiveParams(data: dict[str, Any]) -> AllPositiveParams:
    record = _new(AllPositiveParams)
    values = record.__dict__
    values['quantities'] = data['quantities']
    values['model_fields_set'] = set(values)
    return record


def _thaw_ThemesParams(data: dict[str, Any]) -> ThemesParams:
    record = _new(ThemesParams)
    values = record.__dict__
    values['themes'] = data['themes']
    values['model_fields_set'] = set(values)
    return record


def _thaw_OwnUeParams(data: dict[str, Any]) -> OwnUeParams:
    record = _new(OwnUeParams)
    values = record.__dict__
    values['nature'] = data['nature']
    values['companions'] = data['companions']
    values['block_only'] = data['block_only']
    values['model_fields_set'] = set(values)
    return record


def _thaw_DeclaredEqualsParams(data: dict[str, Any]) -> DeclaredEqualsParams:
    record = _new(DeclaredEqualsParams)
    values = record.__dict__
    values['quantity'] = data['quantity']
    values['value'] = data['value']
    values['tolerance'] = data['tolerance']
    values['model_fields_set'] = set(values)
    return record


_THAW: dict[type[Record], Callable[[dict[str, Any]], Any]] = {Texts: _thaw_Texts, Reading: _thaw_Reading, RuleReference: _thaw_RuleReference, InForce: _thaw_InForce, RuleVersion: _thaw_RuleVersion, Pouvoir: _thaw_Pouvoir, RuleFile: _thaw_RuleFile, PackText: _thaw_PackText, PackFile: _thaw_PackFile, Params: _thaw_Params, Bounds: _thaw_Bounds, RangeParams: _thaw_RangeParams, EqualsParams: _thaw_EqualsParams, SameParams: _thaw_SameParams, ShareParams: _thaw_ShareParams, CountShareParams: _thaw_CountShareParams, FlagParams: _thaw_FlagParams, OneOfParams: _thaw_OneOfParams, AllPositiveParams: _thaw_AllPositiveParams, ThemesParams: _thaw_ThemesParams, OwnUeParams: _thaw_OwnUeParams, DeclaredEqualsParams: _thaw_DeclaredEqualsParams}


def thaw(kind: type[R], data: dict[str, Any]) -> R:
    """The twin of kind `kind` from the `model_dump` (python or JSON mode) of its model.

    Raises KeyError, TypeError, AttributeError or ValueError on a dump of another shape.
    """
    record: R = _THAW[kind](data)
    return record
