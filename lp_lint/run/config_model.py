"""The keys of a configuration file: the model that validates one and words its errors.

A configuration that only holds values of the expected kinds is read without it
(`config_values`); this model judges every other, and gives the documentation its keys.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SeverityName = Literal["error", "warning", "info"]


class ConfigFile(BaseModel):
    """The keys of a configuration file (the same in YAML and in `[tool.lp-lint]`)."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=False)

    extend: str | None = Field(
        None,
        description="a configuration file this one extends, relative to this file: its lists "
        "add up with this file's, its tables merge, and this file wins elsewhere",
    )
    select: list[str] | None = Field(
        None, description="rules to apply (codes, ids, packs or code prefixes); all by default"
    )
    extend_select: list[str] = Field(
        default_factory=list, alias="extend-select", description="rules added to the selection"
    )
    ignore: list[str] = Field(default_factory=list, description="rules never reported")
    severity: dict[str, SeverityName] = Field(default_factory=dict, description="severity by rule")
    per_file_ignores: dict[str, list[str]] = Field(
        default_factory=dict,
        alias="per-file-ignores",
        description="rules ignored in the files a glob matches",
    )
    fail_on: Literal["error", "warning", "info", "never"] | None = Field(
        None, alias="fail-on", description="the least severity that fails the run"
    )
    rules: list[str] = Field(
        default_factory=list, description="extra rule-pack folders, relative to this file"
    )
    readings: dict[str, str] = Field(
        default_factory=dict, description="reading of each ambiguous rule"
    )
    mentions: list[str] = Field(
        default_factory=list, description="mentions accepted besides the national list"
    )
    exclude: list[str] = Field(
        default_factory=list,
        description="files and folders a directory walk leaves out (gitignore globs, relative to this file)",
    )
    respect_gitignore: bool | None = Field(
        None,
        alias="respect-gitignore",
        description="leave out what .gitignore files ignore in a directory walk (true by default)",
    )
    regime: Literal["lp-1999", "lp-2019"] | None = None
    lang: Literal["fr", "en"] | None = None
