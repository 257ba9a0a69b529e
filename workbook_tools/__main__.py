"""Entry point of the `workbook-tools` console script and of `python -m workbook_tools`.

Kept tiny on purpose: the console script's only import is this module, so a run that only
starts workers loads nothing of the CLI first.  (Workers themselves import no main script:
io/isolation starts them without it.)

For ``consolidate``, ``grid recompute`` and ``contracts recompute`` the first reader workers (two
for a consolidation that will read with two or more) are started here, before the CLI is imported:
their start-up (a fresh interpreter importing the reader) then overlaps the parent's own start-up and
path checks instead of following them.
"""
from __future__ import annotations

import sys

# What a consolidation's workers run (app/consolidate.process_file) and the modules it imports lazily
READER = "workbook_tools.app.consolidate:process_file"
READER_PRELOAD = ("workbook_tools.io.files", "workbook_tools.io.locate", "workbook_tools.io.readers",
                  "workbook_tools.io.controls", "python_calamine", "defusedxml.ElementTree", "encodings.cp437")
_ROOT_FLAGS = {"-v", "--verbose", "-q", "--quiet"}
# What `grid recompute` / `contracts recompute` read their one input with (app/isolated_read.py)
ONE_FILE_READERS = {"grid": "workbook_tools.app.grid:read_in_worker",
                    "contracts": "workbook_tools.app.contracts:read_in_worker"}
ONE_FILE_PRELOAD = ("workbook_tools.io.readers", "workbook_tools.io.controls", "python_calamine",
                    "defusedxml.ElementTree", "encodings.cp437")


def reads_folder(args: list[str]) -> bool:
    """Whether these arguments run a consolidation (not its help, not a bare `consolidate`)."""
    i = 0
    while i < len(args) and args[i] in _ROOT_FLAGS:
        i += 1
    rest = args[i + 1:]
    return (i < len(args) and args[i] == "consolidate" and len([a for a in rest if not a.startswith("-")]) >= 2
            and not {"-h", "--help"} & set(rest))


def reader_for(args: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """The worker function (and its lazy imports) these arguments will read with, or None: a consolidation's,
    or the one-file reader of `grid recompute` / `contracts recompute` given an input (not their help)."""
    if reads_folder(args):
        return READER, READER_PRELOAD
    i = 0
    while i < len(args) and args[i] in _ROOT_FLAGS:
        i += 1
    rest = args[i + 2:]
    if args[i:i + 1] and args[i] in ONE_FILE_READERS and args[i + 1:i + 2] == ["recompute"] \
            and [a for a in rest if not a.startswith("-")] and not {"-h", "--help"} & set(rest):
        return ONE_FILE_READERS[args[i]], ONE_FILE_PRELOAD
    return None


PRESTARTED_AT_MOST = 2  # reader workers started before the CLI (the rest start with the run, as many as it needs)


def prestart_count(args: list[str]) -> int:
    """How many reader workers to start ahead for these arguments: the consolidation's ``--jobs`` (else the
    core count, its default), at most PRESTARTED_AT_MOST; 1 for a one-file reader or a --jobs click will refuse."""
    if not reads_folder(args):
        return 1
    jobs = None
    for i, a in enumerate(args):
        if a == "--jobs" and i + 1 < len(args):
            jobs = args[i + 1]
        elif a.startswith("--jobs="):
            jobs = a.partition("=")[2]
    if jobs is None:
        import os

        return max(1, min(PRESTARTED_AT_MOST, os.cpu_count() or 1))
    return max(1, min(PRESTARTED_AT_MOST, int(jobs))) if jobs.isdigit() else 1


def main() -> None:
    try:
        _main()
    finally:
        from workbook_tools.app.gcpause import spare_the_exit

        spare_the_exit()


def _main() -> None:
    reader = reader_for(sys.argv[1:])
    if reader is None:
        from workbook_tools.cli import main as cli_main

        cli_main()
        return
    from workbook_tools.io.isolation import discard_spares, prestart

    try:
        prestart(reader[0], jobs=prestart_count(sys.argv[1:]), preload=reader[1])
    except Exception:  # noqa: BLE001 - only a head start: the consolidation starts (and reports) its own workers
        pass
    try:
        from workbook_tools.cli import main as cli_main

        cli_main()
    finally:
        discard_spares()  # not taken (the paths were refused, the folder is empty): ended now


if __name__ == "__main__":
    main()
