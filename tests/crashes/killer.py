"""Run a management command (or a curator's admin edit) and SIGKILL the process at a chosen point.

    python -m tests.crashes.killer [--kill-at POINT]... [--set NAME=VALUE]... manage|curate ARGS...

POINT is ``module:attribute[@N][+]``: the process kills itself with SIGKILL on the Nth call (the
first by default) of that function or method, before it runs, or just after it returns with ``+``.
``--set module.NAME=VALUE`` sets a module constant first (a smaller batch size, say). A real kill -9
at a known point: nothing of the process runs after it, no ``finally``, no ``atexit``.
"""

import argparse
import importlib
import os
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def die():
    sys.stdout.flush()
    sys.stderr.flush()
    os.kill(os.getpid(), signal.SIGKILL)


def resolve(dotted: str):
    """(owner, attribute name) for ``module:attr`` or ``module:Class.attr``."""
    module_name, _, path = dotted.partition(":")
    owner = importlib.import_module(module_name)
    *parents, name = path.split(".")
    for parent in parents:
        owner = getattr(owner, parent)
    return owner, name


def arm(point: str):
    after = point.endswith("+")
    target, _, nth = point.rstrip("+").partition("@")
    owner, name = resolve(target)
    original, calls, wanted = getattr(owner, name), [0], int(nth or 1)

    def killing(*args, **kwargs):
        calls[0] += 1
        if calls[0] == wanted and not after:
            die()
        result = original(*args, **kwargs)
        if calls[0] == wanted:
            die()
        return result

    setattr(owner, name, killing)


def set_constant(assignment: str):
    dotted, _, value = assignment.partition("=")
    module_name, _, name = dotted.rpartition(".")
    setattr(
        importlib.import_module(module_name),
        name,
        type(getattr(importlib.import_module(module_name), name))(value),
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kill-at", action="append", default=[])
    parser.add_argument("--set", action="append", default=[])
    parser.add_argument("command", choices=["manage", "curate"])
    parser.add_argument("args", nargs=argparse.REMAINDER)
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings.dev")
    import django

    django.setup()
    for assignment in options.set:
        set_constant(assignment)
    for point in options.kill_at:
        arm(point)
    if options.command == "manage":
        from django.core.management import execute_from_command_line

        execute_from_command_line(["manage.py", *options.args])
    else:
        from tests.crashes.curate import curate

        curate(options.args)


if __name__ == "__main__":
    main()
