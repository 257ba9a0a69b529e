"""Module-level functions for the isolation tests (spawned workers import them)."""
import os
import time


def misbehave(arg):
    if arg == "crash":
        os._exit(3)  # like a native reader aborting the process
    if arg == "hang":
        time.sleep(60)
    if arg == "raise":
        raise ValueError("bad input")
    return arg.upper()
