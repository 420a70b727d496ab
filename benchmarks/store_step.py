"""The store step alone: CPU and wall seconds of recording one snapshot (and building
Changes/Trends from it) into a new store, as a cold consolidation does.

One real consolidation of FOLDER (workers, no cache) captures the roll-up's inputs, then
``record_history`` runs REPEAT times, each into a new SQLite store (or, with ``--url``,
into the given store, the same as-of date replaced each time). Run it from an export of
another commit (``PYTHONPATH=THAT_EXPORT``) to compare in the same session.

    .venv/bin/python benchmarks/store_step.py [FOLDER] [--repeat 5] [--url URL]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))


def main() -> None:
    import addin.consolidate.engine as engine
    from addin.consolidate import history_step
    from addin.consolidate.history_step import StoreRequest
    from addin.standards import default_standards
    from addin.store import fast

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--url", help="a store URL to write into instead of new SQLite files")
    args = parser.parse_args()
    folder = args.folder
    if folder is None:
        import bench_consolidate

        bench_consolidate.ensure_pool(300)
        folder = bench_consolidate.folder_of(300)

    captured: dict[str, Any] = {}
    real = engine.record_history

    def capture(request: Any, out: Path, inputs: Any, standards: Any) -> Any:
        captured["args"] = (out, inputs, standards)
        return real(request, out, inputs, standards)

    engine.record_history = capture  # type: ignore[assignment]
    try:  # the store step in this process, where it is captured (round 7a forks a child)
        from addin.consolidate import store_child

        store_child.fork_context = lambda: None  # type: ignore[assignment]
    except ImportError:  # (an older commit, to compare with, has none)
        pass
    with tempfile.TemporaryDirectory() as tmp:
        engine.consolidate_folder(
            folder,
            Path(tmp) / "portfolio-rollup.xlsx",
            default_standards(),
            date(2026, 11, 30),
            use_cache=False,
            store=StoreRequest(str(Path(tmp) / "first.sqlite")),
        )
        out, inputs, standards = captured["args"]
        cpu, wall = [], []
        for n in range(args.repeat):
            store = args.url or str(Path(tmp) / f"store{n}.sqlite")
            # One store step per run: nothing compiled by the previous one is kept.
            getattr(fast, "_PREPARED", {}).clear()
            started, used = time.perf_counter(), time.process_time()
            _history, error = history_step.record_history(
                StoreRequest(store), out, inputs, standards
            )
            wall.append(time.perf_counter() - started)
            cpu.append(time.process_time() - used)
            assert error is None, error
    print(
        f"{folder}: store step, {args.repeat} runs: CPU s median {statistics.median(cpu):.3f} "
        f"(min {min(cpu):.3f}), wall s median {statistics.median(wall):.3f} (min {min(wall):.3f})"
    )


if __name__ == "__main__":
    main()
