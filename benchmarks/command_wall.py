"""Where `pmo`'s wall time goes outside `consolidate_folder`: the command's imports, the
consolidation, the exit handlers and the interpreter's exit (round 10c of
benchmarks/README.md).

    s=$(date +%s.%N); .venv/bin/python benchmarks/command_wall.py consolidate FOLDER ...; \\
        e=$(date +%s.%N); echo "$s $e"

Runs `pmo` with the arguments given and prints, on stderr at the very end, the wall-clock
times (seconds since the epoch) of: the interpreter's start (this script's first line),
the imports done, `consolidate_folder` called and returned, `main` returned, and the last
exit handler; the shell's timestamps around the command give the start-up before the
first and the interpreter's exit after the last.
"""

from __future__ import annotations

import atexit
import sys
import time

TIMES = {"py_start": time.time()}


def _last() -> None:  # registered first, so it runs after every other exit handler
    TIMES["atexit"] = time.time()
    sys.stderr.write("TIMES " + " ".join(f"{k}={v:.3f}" for k, v in TIMES.items()) + "\n")


atexit.register(_last)

import addin.commands.consolidate  # noqa: E402,F401  (what `pmo consolidate` imports)
import addin.consolidate as consolidate  # noqa: E402
from addin.cli import main  # noqa: E402

TIMES["imported"] = time.time()
_real = consolidate.consolidate_folder


def _timed(*args: object, **kwargs: object) -> object:
    TIMES["consolidate_start"] = time.time()
    try:
        return _real(*args, **kwargs)  # type: ignore[arg-type]
    finally:
        TIMES["consolidate_end"] = time.time()


consolidate.consolidate_folder = _timed  # type: ignore[assignment]
code = main(sys.argv[1:])
TIMES["main_end"] = time.time()
sys.exit(code)
