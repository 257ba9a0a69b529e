"""A progress bar for long runs: tqdm on a terminal, silent otherwise."""
from __future__ import annotations

import sys
from contextlib import contextmanager


@contextmanager
def progress_bar(total: int, label: str):
    from workbook_tools.app.runlog import is_quiet

    if is_quiet() or not sys.stderr.isatty() or total < 2:
        yield lambda n=1: None
        return
    from tqdm import tqdm

    with tqdm(total=total, desc=label, unit="件", leave=False, file=sys.stderr) as bar:
        yield bar.update
