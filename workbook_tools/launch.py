"""The console script's entry point (``workbook-tools``), free of imports at module level.

Worker processes are started with "spawn" (Windows and Linux alike), and spawn runs the parent's main
script again in every worker, as ``__mp_main__``.  For the console script that meant importing the
whole CLI (typer, every form) in each worker before it could read a file; through this module a worker
imports only the package root.
"""
from __future__ import annotations


def main():
    from workbook_tools.cli import main as run

    return run()
