"""The bundled rule packs, compiled once into `rules/compiled.json` for a fast start.

Loading 70 rule files means parsing and validating each at every run, which a pre-commit hook
pays on every commit. The compiled file holds the validated packs and the SHA-256 of the files
it was made from; it is used only when that hash matches the files beside it, and any problem
with it (absent, corrupt, foreign, stale) sends lp-lint back to reading the YAML files. It is
JSON, rebuilt by `python -m lp_lint.docgen`, and never executes anything.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import types
from pathlib import Path
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from lp_lint import __version__
from lp_lint.rules.checks import CHECKS
from lp_lint.rules.packs import Pack, PackFile, PackSet, Rule, RuleFile

FILE_NAME = "compiled.json"
FORMAT = "lp-lint-compiled-packs"


def source_hash(folder: Path) -> str:
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(folder.glob("*/*.yaml")):
        digest.update(
            path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0"
        )
    return digest.hexdigest()


def dump(pack_set: PackSet, folder: Path) -> str:
    packs = [
        {
            "source": pack.source.model_dump(mode="json"),
            "folder": pack.folder.name,
            "rules": [
                {
                    "source": rule.source.model_dump(mode="json"),
                    "pack": rule.pack,
                    "file": rule.path.name,
                    "params": {name: p.model_dump(mode="json") for name, p in rule.params.items()},
                }
                for rule in pack.rules
            ],
        }
        for pack in pack_set.packs
    ]
    document = {"format": FORMAT, "hash": source_hash(folder), "packs": packs}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def load(folder: Path) -> PackSet | None:
    """The compiled packs of `folder`, or None when they are missing, broken or out of date."""
    try:
        document = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        if document.get("format") != FORMAT or document.get("hash") != source_hash(folder):
            return None
        return PackSet(tuple(_pack(item, folder) for item in document["packs"]), ())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _pack(item: dict[str, Any], folder: Path) -> Pack:
    pack_folder = folder / item["folder"]
    rules = tuple(
        Rule(
            construct(RuleFile, rule["source"]),
            rule["pack"],
            CHECKS[rule["source"]["check"]],
            {
                name: CHECKS[rule["source"]["check"]].params_model.model_construct(**values)
                for name, values in rule["params"].items()
            },
            pack_folder / rule["file"],
        )
        for rule in item["rules"]
    )
    return Pack(construct(PackFile, item["source"]), rules, pack_folder)


def construct(model: type[BaseModel], data: dict[str, Any]) -> Any:
    """Rebuild a model from its own JSON dump without validating (it was validated when dumped)."""
    values = {
        name: _value(field.annotation, data[name])
        for name, field in model.model_fields.items()
        if name in data
    }
    return model.model_construct(**values)


def _value(annotation: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        return _value(inner[0], value) if len(inner) == 1 else value
    if origin is dict:
        return {k: _value(get_args(annotation)[1], v) for k, v in value.items()}
    if origin is list:
        return [_value(get_args(annotation)[0], v) for v in value]
    if hasattr(annotation, "__metadata__"):
        return _value(get_args(annotation)[0], value)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return construct(annotation, value)
    if annotation is dt.date:
        return dt.date.fromisoformat(value)
    return value
