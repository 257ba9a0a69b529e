"""Entry point of the `workbook-tools` console script and of `python -m workbook_tools`.

Kept tiny on purpose.  With the spawn start method (the only one on Windows) every
worker process first re-runs the program's main script as ``__mp_main__``; the console
script's only import is this module, so a worker loads this file and not the CLI (click,
the help texts) before it reads anything.

For ``consolidate`` the first reader worker is started here, before the CLI is imported:
its start-up (a fresh interpreter importing the reader) then overlaps the parent's own
start-up, path checks and hashing instead of following them.
"""
from __future__ import annotations

import sys

# What a consolidation's workers run (app/consolidate.process_file) and the modules it imports lazily
READER = "workbook_tools.app.consolidate:process_file"
READER_PRELOAD = ("workbook_tools.io.files", "workbook_tools.io.locate", "workbook_tools.io.readers",
                  "workbook_tools.io.controls", "python_calamine", "defusedxml.ElementTree", "encodings.cp437")
_ROOT_FLAGS = {"-v", "--verbose", "-q", "--quiet"}


def reads_folder(args: list[str]) -> bool:
    """Whether these arguments run a consolidation (not its help, not a bare `consolidate`)."""
    i = 0
    while i < len(args) and args[i] in _ROOT_FLAGS:
        i += 1
    rest = args[i + 1:]
    return (i < len(args) and args[i] == "consolidate" and len([a for a in rest if not a.startswith("-")]) >= 2
            and not {"-h", "--help"} & set(rest))


def main() -> None:
    if not reads_folder(sys.argv[1:]):
        from workbook_tools.cli import main as cli_main

        cli_main()
        return
    from workbook_tools.io.isolation import discard_spares, prestart

    try:
        prestart(READER, jobs=1, preload=READER_PRELOAD)
    except Exception:  # noqa: BLE001 - only a head start: the consolidation starts (and reports) its own workers
        pass
    try:
        from workbook_tools.cli import main as cli_main

        cli_main()
    finally:
        discard_spares()  # not taken (the paths were refused, the folder is empty): ended now


if __name__ == "__main__":
    main()
