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


def hog(megabytes):
    """Hold `megabytes` of touched memory for a few seconds, then answer its size."""
    block = bytearray(megabytes * 1024 * 1024)
    for i in range(0, len(block), 4096):
        block[i] = 1
    time.sleep(3)
    return len(block)


def whoami(_arg):
    """The worker's process id (which worker answered)."""
    return os.getpid()


def loaded(prefixes):
    """Which modules starting with one of `prefixes` the worker has loaded."""
    import sys

    return sorted(m for m in sys.modules if m.split(".")[0] in prefixes or m in prefixes)


def shout(arg):
    """Write to the process's standard error at the file-descriptor level (as a native library's panic message
    does), then fail."""
    os.write(2, f"thread '<unnamed>' panicked at {arg}\n".encode())
    raise RuntimeError(f"panicked: {arg}")


def logged(arg):
    """Note the call in a log file (one line per call: how often an input was worked on), take ``seconds``, then
    answer the name; "crash" ends the process instead."""
    log, name, seconds = arg
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(name + "\n")
    time.sleep(seconds)
    if name == "crash":
        os._exit(3)
    return name


def unpicklable(arg):
    """An answer that cannot cross to the parent for "lambda" (a local function does not pickle), else the name."""
    if arg == "lambda":
        return lambda: arg
    return arg.upper()
