"""The CLI's click classes, with Japanese for the words click prints itself
("Usage", "Options", "Missing option", …).

click marks those strings for gettext, but installing a catalogue for the
default domain would reach every other library too.  Instead the finished texts
are translated: every command's context renders help through
`JaContext.get_help` / `get_usage`, and `run` prints usage errors itself
(click's own `show()` is bypassed).  The table matches whole English phrases,
so a click upgrade that changes wording only leaves that phrase in English;
nothing breaks.

The classes also keep what users saw before the move from typer: a help
section for the positional arguments, type words such as ``<path>`` after an
option, and subcommands listed in the order they were declared.
"""
from __future__ import annotations

import functools
import re
import sys
from typing import Any, Callable, Sequence

import click
from click import exceptions as cx

# (pattern, flags, replacement), compiled at the first translation: a run that prints no help nor usage error
# pays nothing for them
_PHRASES: list[tuple[str, int, str]] = [
    (r"^Usage: ", re.M, "使い方: "),
    (r"^(\s*)Options:$", re.M, r"\1オプション:"),
    (r"^(\s*)(?:Positional )?Arguments:$", re.M, r"\1引数:"),
    (r"^(\s*)Commands:$", re.M, r"\1コマンド:"),
    (r"\[OPTIONS\]", 0, "[オプション]"),
    (r"COMMAND \[ARGS\]\.\.\.", 0, "コマンド [引数]..."),
    (r"Show this message and exit\.", 0, "このヘルプを表示して終了します。"),
    (r"Show the version and exit\.", 0, "バージョンを表示して終了します。"),
    (r"\[required\]", 0, "[必須]"),
    (r"\[default: ([^\]]*)\]", 0, r"[既定: \1]"),
    (r"Missing (?:option|parameter) (.+?)\.$", re.M, r"オプション \1 を指定してください。"),
    (r"Missing argument (.+?)\.$", re.M, r"引数 \1 を指定してください。"),
    (r"Missing command\.", 0, "コマンドを指定してください。"),
    (r"No such option:? '?([^'\s]+?)'?\.?(?=\s|$)", 0, r"\1 というオプションはありません"),
    (r"No such command '?([^'.]+)'?\.", 0, r"\1 というコマンドはありません。"),
    (r"\(?Did you mean (?:one of: )?(.+?)\?\)?$", re.M, r"もしかして \1 ですか？"),
    (r"\(Possible options: (.+)\)", 0, r"（候補: \1）"),
    (r"Option '([^']+)' requires an argument\.", 0, r"オプション '\1' には値が必要です。"),
    (r"Option '([^']+)' does not take a value\.", 0, r"オプション '\1' には値を付けません。"),
    (r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)", 0, r"余分な引数があります（\1）"),
    (r"Invalid value for (.+?): ", 0, r"\1 の値が正しくありません: "),
    (r"'([^']*)' is not a valid integer(?: range)?\.", 0, r"「\1」は整数ではありません。"),
    (r"'([^']*)' is not a valid float(?: range)?\.", 0, r"「\1」は数値ではありません。"),
    (r"'([^']*)' is not one of (.+)\.", 0, r"「\1」は \2 のどれでもありません。"),
    (r"(\S+) is not in the range (.+)\.", 0, r"\1 は範囲（\2）の外です。"),
    (r"(\S+) is not a valid boolean\.", 0, r"\1 は真偽値ではありません。"),
    (r"Error: ", 0, "エラー: "),
    (r"Try '(.+?)' for help\.", 0, r"'\1' で使い方を表示します。"),
    (r"^Aborted!?$", re.M, "中断しました"),
]

# The words after an option in help (what typer printed; click's own are INTEGER, PATH, TEXT …)
_TYPE_WORDS = {"integer": "<int>", "float": "<float>", "path": "<path>", "text": "<str>",
               "integer range": "<int range>", "float range": "<float range>"}


@functools.lru_cache(maxsize=None)
def _compiled() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(pattern, flags), repl) for pattern, flags, repl in _PHRASES]


def translate(text: str) -> str:
    for pattern, repl in _compiled():
        text = pattern.sub(repl, text)
    return text


class JaContext(click.Context):
    def get_help(self) -> str:
        return translate(super().get_help())

    def get_usage(self) -> str:
        return translate(super().get_usage())


def _help_text(param: click.Parameter) -> None:
    """A help given as a function (its text needs a heavier import, or lists what is registered at run time)
    is called each time the help is shown."""
    text = getattr(param, "help_function", None)
    if text is not None:
        param.help = text()


class Arg(click.Argument):
    """A positional argument with a help text (click < 8.5 has none), shown by its own name
    ('input', 'KIND') in the usage line and in "missing argument" errors."""

    def __init__(self, param_decls: Sequence[str], help: str | Callable[[], str] | None = None,
                 **attrs: Any) -> None:
        super().__init__(param_decls, **attrs)
        self.help_function = help if callable(help) else None
        self.help = None if callable(help) else help

    def make_metavar(self, ctx: click.Context | None = None) -> str:
        return self.metavar or self.name or ""

    def get_error_hint(self, ctx: click.Context | None) -> str:
        return f"'{self.make_metavar(ctx)}'"

    def get_help_record(self, ctx: click.Context) -> tuple[str, str]:
        _help_text(self)
        extra = "  [required]" if self.required else ""
        word = _TYPE_WORDS.get(self.type.name, "<" + self.type.name + ">")
        return f"{self.make_metavar(ctx)} {word}", (self.help or "") + extra


class Opt(click.Option):
    """An option whose value is shown as a type word (<path>, <int>) in help; its help may be a function."""

    def __init__(self, param_decls: Sequence[str], help: str | Callable[[], str] | None = None,
                 **attrs: Any) -> None:
        super().__init__(param_decls, help=None if callable(help) else help, **attrs)
        self.help_function = help if callable(help) else None

    def get_help_record(self, ctx: click.Context) -> tuple[str, str] | None:
        _help_text(self)
        return super().get_help_record(ctx)

    def make_metavar(self, ctx: click.Context | None = None) -> str:
        if self.metavar is not None:
            return self.metavar
        return _TYPE_WORDS.get(self.type.name, "<" + self.type.name + ">")


class JaCommand(click.Command):
    context_class = JaContext

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        self.format_arguments(ctx, formatter)
        self.format_options(ctx, formatter)
        self.format_epilog(ctx, formatter)

    def format_arguments(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [p.get_help_record(ctx) for p in self.get_params(ctx) if isinstance(p, Arg)]
        if rows:
            with formatter.section("Arguments"):
                formatter.write_dl(rows)

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [p.get_help_record(ctx) for p in self.get_params(ctx) if isinstance(p, click.Option)]
        rows = [r for r in rows if r is not None]
        if rows:
            with formatter.section("Options"):
                formatter.write_dl(rows)


class JaGroup(click.Group, JaCommand):
    command_class = JaCommand
    group_class = type  # subgroups are JaGroups too

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)  # in the order they were declared, not sorted

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        JaCommand.format_options(self, ctx, formatter)
        self.format_commands(ctx, formatter)


def run(command: Any, args: Sequence[str] | None = None, prog_name: str = "workbook-tools") -> int:
    """Run a click command; usage errors are printed in Japanese on stderr (exit 2)."""
    no_args_is_help = getattr(cx, "NoArgsIsHelpError", ())  # click >= 8.2
    try:
        rv = command.main(args=list(sys.argv[1:] if args is None else args), prog_name=prog_name,
                          standalone_mode=False)
    except no_args_is_help as exc:
        sys.stdout.write(translate(exc.format_message()) + "\n")
        return 0
    except cx.UsageError as exc:
        lines = []
        if exc.ctx is not None:
            lines.append(exc.ctx.get_usage())
            lines.append(f"'{exc.ctx.command_path} --help' で使い方を表示します。")
            lines.append("")
        lines.append("エラー: " + translate(exc.format_message()))
        sys.stderr.write("\n".join(lines) + "\n")
        return exc.exit_code
    except cx.ClickException as exc:
        sys.stderr.write("エラー: " + translate(exc.format_message()) + "\n")
        return exc.exit_code
    except cx.Abort:
        sys.stderr.write("中断しました\n")
        return 1
    return rv if isinstance(rv, int) else 0
