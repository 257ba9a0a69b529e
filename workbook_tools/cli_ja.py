"""Japanese for the words typer/click print themselves ("Usage", "Options",
"Missing option", …).

Recent typer vendors its own click without gettext, so a gettext catalogue
cannot reach those strings.  Instead the finished texts are translated: every
command's context renders help through `JaContext.get_help` / `get_usage`, and
`run` prints usage errors itself (click's own `show()` is bypassed).  The table
matches whole English phrases, so a click/typer upgrade that changes wording
only leaves that phrase in English; nothing breaks.
"""
from __future__ import annotations

import re
import sys
from typing import Any, Callable, Sequence

_PHRASES: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (re.compile(r"^Usage: ", re.M), "使い方: "),
    (re.compile(r"^(\s*)Options:$", re.M), r"\1オプション:"),
    (re.compile(r"^(\s*)Arguments:$", re.M), r"\1引数:"),
    (re.compile(r"^(\s*)Commands:$", re.M), r"\1コマンド:"),
    (re.compile(r"\[OPTIONS\]"), "[オプション]"),
    (re.compile(r"COMMAND \[ARGS\]\.\.\."), "コマンド [引数]..."),
    (re.compile(r"Show this message and exit\."), "このヘルプを表示して終了します。"),
    (re.compile(r"Show the version and exit\."), "バージョンを表示して終了します。"),
    (re.compile(r"\[required\]"), "[必須]"),
    (re.compile(r"\[default: ([^\]]*)\]"), r"[既定: \1]"),
    (re.compile(r"Missing (?:option|parameter) (.+?)\.$", re.M), r"オプション \1 を指定してください。"),
    (re.compile(r"Missing argument (.+?)\.$", re.M), r"引数 \1 を指定してください。"),
    (re.compile(r"Missing command\."), "コマンドを指定してください。"),
    (re.compile(r"No such option: (\S+)"), r"\1 というオプションはありません"),
    (re.compile(r"No such command '?([^'.]+)'?\."), r"\1 というコマンドはありません。"),
    (re.compile(r"Did you mean (.+)\?"), r"もしかして \1 ですか？"),
    (re.compile(r"\(Possible options: (.+)\)"), r"（候補: \1）"),
    (re.compile(r"Option '([^']+)' requires an argument\."), r"オプション '\1' には値が必要です。"),
    (re.compile(r"Got unexpected extra arguments? \((.+)\)"), r"余分な引数があります（\1）"),
    (re.compile(r"Invalid value for (.+?): "), r"\1 の値が正しくありません: "),
    (re.compile(r"'([^']*)' is not a valid integer(?: range)?\."), r"「\1」は整数ではありません。"),
    (re.compile(r"'([^']*)' is not a valid float(?: range)?\."), r"「\1」は数値ではありません。"),
    (re.compile(r"'([^']*)' is not one of (.+)\."), r"「\1」は \2 のどれでもありません。"),
    (re.compile(r"(\S+) is not in the range (.+)\."), r"\1 は範囲（\2）の外です。"),
    (re.compile(r"(\S+) is not a valid boolean\."), r"\1 は真偽値ではありません。"),
    (re.compile(r"Input should be a valid integer.*$", re.M), "整数を指定してください"),
    (re.compile(r"Input should be a valid number.*$", re.M), "数値を指定してください"),
    (re.compile(r"Error: "), "エラー: "),
    (re.compile(r"Try '(.+?)' for help\."), r"'\1' で使い方を表示します。"),
    (re.compile(r"^Aborted!?$", re.M), "中断しました"),
]


def translate(text: str) -> str:
    for pattern, repl in _PHRASES:
        text = pattern.sub(repl, text)
    return text


def _context_class(base: type) -> type:
    class JaContext(base):  # type: ignore[misc, valid-type]
        def get_help(self) -> str:
            return translate(super().get_help())

        def get_usage(self) -> str:
            return translate(super().get_usage())

    return JaContext


def japanese(command: Any) -> Any:
    """Give `command` and every subcommand a context that renders Japanese help."""
    cls = _context_class(command.context_class)
    stack = [command]
    while stack:
        cmd = stack.pop()
        cmd.context_class = cls
        stack.extend(getattr(cmd, "commands", {}).values())
    return command


def _click_exceptions() -> Any:
    try:
        from typer._click import exceptions  # typer >= 0.20 vendors click
    except ImportError:  # pragma: no cover - older typer with the click package
        from click import exceptions  # type: ignore[no-redef]
    return exceptions


def run(command: Any, args: Sequence[str] | None = None, prog_name: str = "workbook-tools") -> int:
    """Run a click command; usage errors are printed in Japanese on stderr (exit 2)."""
    cx = _click_exceptions()
    try:
        rv = command.main(args=list(sys.argv[1:] if args is None else args), prog_name=prog_name,
                          standalone_mode=False)
    except cx.NoArgsIsHelpError as exc:
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
