"""Click in the reader's language: help texts put into words when they are shown, and click's own
words (usage lines, headings, its errors) said from the catalogue.

Commands declare their help by key (`HELP["format"]` is the key `format`). The language of a
command line is read by click's own parser, with the command's own options, when the command
parses its arguments: `--lang` wherever it is written, before or after `--help` or a mistake;
else `LP_LINT_LANG` (or the locale), French by default.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

import click

from lp_lint.cli.help import say, says
from lp_lint.i18n import LANGS, Lang, default_lang, tr

LANG_KEY = "lp_lint.lang"
_ASKED: dict[str, Lang] = {}
"""The language the command line being run asked for, for what is said after its context is gone
(an error that reaches the entry point)."""


def given_lang(command: click.Command, ctx: click.Context, args: list[str]) -> Lang | None:
    """The `--lang` of this command line, read by click's parser with the command's options;
    None when none is given (or the command has no such option)."""
    parser = command.make_parser(ctx)
    parser.ignore_unknown_options = True  # a mistake elsewhere must not hide the language
    try:
        opts, _, _ = parser.parse_args(list(args))
    except click.UsageError:
        return None
    value = opts.get("lang")
    return cast(Lang, value) if value in LANGS else None


def lang_of(ctx: click.Context | None) -> Lang:
    """The language a command line asked for (the one being run, without `ctx`), else the
    environment's."""
    found = ctx.meta.get(LANG_KEY) if ctx is not None else _ASKED.get("lang")
    return cast(Lang, found) if found in LANGS else default_lang()


@contextmanager
def _words(params: list[click.Parameter], lang: Lang) -> Iterator[None]:
    """Each parameter's help in `lang` while help is written (click reads `param.help`)."""
    keys = [getattr(p, "help", None) for p in params]
    try:
        for param, key in zip(params, keys, strict=True):
            if isinstance(key, str) and says(key):
                param.help = say(key, lang)
        yield
    finally:
        for param, key in zip(params, keys, strict=True):
            if hasattr(param, "help"):
                param.help = key


class Localized(click.Command):
    """A command whose help and usage are written in the language of its command line."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if ctx.parent is None:  # a new command line (tests run several in one process)
            _ASKED.clear()
        lang = given_lang(self, ctx, args)
        if lang is not None:
            ctx.meta[LANG_KEY] = _ASKED["lang"] = lang
        return super().parse_args(ctx, args)

    def _help_text(self, ctx: click.Context | None) -> str | None:
        key = self.help
        return say(key, lang_of(ctx)) if key and says(key) else key

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        key, self.help = self.help, self._help_text(ctx)
        try:
            super().format_help_text(ctx, formatter)
        finally:
            self.help = key

    def get_short_help_str(self, limit: int = 45) -> str:
        key, self.help = self.help, self._help_text(click.get_current_context(silent=True))
        try:
            return super().get_short_help_str(limit)
        finally:
            self.help = key

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.collect_usage_pieces(ctx)
        prefix = tr("click.usage", lang_of(ctx)) + " "
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        lang = lang_of(ctx)
        params = self.get_params(ctx)
        with _words(params, lang):
            rows = [
                record
                for param in params
                if not isinstance(param, click.Argument)
                and (record := param.get_help_record(ctx)) is not None
            ]
        if rows:
            with formatter.section(tr("click.options", lang)):
                formatter.write_dl(rows)


class LocalizedGroup(Localized, click.Group):
    """A group as `Localized`, its list of commands under a heading in the same language."""

    command_class = Localized

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        Localized.format_options(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        listing = click.HelpFormatter(width=formatter.width, max_width=formatter.width)
        super().format_commands(ctx, listing)
        text = listing.getvalue()
        heading = "Commands:\n"
        if text.startswith(heading):
            formatter.write(tr("click.commands", lang_of(ctx)) + ":\n" + text[len(heading) :])


def error_text(error: click.ClickException, lang: Lang) -> str:
    """Click's error in `lp-lint: …` form, in the catalogue's words where click's are known."""
    ctx = getattr(error, "ctx", None)
    message = _said(error, lang)
    if ctx is None:
        return message
    usage = ctx.get_usage() if isinstance(ctx.command, Localized) else ""
    hint = tr("click.try", lang, command=f"{ctx.command_path} -h")
    return f"{usage}\n{hint}\n\n{message}" if usage else message


def _said(error: click.ClickException, lang: Lang) -> str:
    label = tr("click.error", lang)
    if isinstance(error, click.NoSuchOption):
        text = tr("click.no_such_option", lang, option=error.option_name)
        if error.possibilities:
            text += tr("usage.did_you_mean", lang, suggestion=sorted(error.possibilities)[0])
        return f"{label} {text}"
    if isinstance(error, click.MissingParameter) and error.param is not None:
        hint = error.param.get_error_hint(error.ctx) if error.ctx else error.param.name
        kind = "argument" if isinstance(error.param, click.Argument) else "option"
        return f"{label} {tr('click.missing_' + kind, lang, name=hint)}"
    if isinstance(error, click.BadOptionUsage) and "requires an argument" in error.message:
        return f"{label} {tr('click.needs_value', lang, option=error.option_name)}"
    if isinstance(error, click.BadParameter) and error.param is not None:
        hint = error.param.get_error_hint(error.ctx) if error.ctx else error.param.name
        return f"{label} {tr('click.bad_value', lang, name=hint, problem=_choice(error, lang))}"
    return f"{label} {error.format_message()}"


def _choice(error: click.BadParameter, lang: Lang) -> str:
    """A refused choice said with its possible values; another problem in click's words."""
    param: Any = error.param
    if isinstance(param.type, click.Choice) and "is not one of" in error.message:
        value = error.message.split("'")[1] if "'" in error.message else ""
        choices = ", ".join(str(c) for c in param.type.choices)
        return tr("click.not_a_choice", lang, value=value, choices=choices)
    return error.message
