"""The store child's work after the hand-over, alone: what ends a run into a store that
holds history (round 13a of benchmarks/README.md).

``--capture FILE`` runs one real cold consolidation of FOLDER (the store step in this
process, into a copy of STORE) and pickles the roll-up's inputs and standards into FILE.
Then each of REPEAT runs forks a process that does what the early store child does: reads
a fresh copy of STORE without its lock (not timed), takes the inputs from the pipe as the
main process hands them over (``send_inputs`` into a buffer, timed apart: the main
process's share), then records them as the child does with the store of the written-last
path (timed: **the child's CPU after the hand-over**, from the inputs received to its
answer sent), and the main process's share of the answer (``StoreBeside.final``).
Run it from an export of another commit (``PYTHONPATH=THAT_EXPORT``) to compare:

    .venv/bin/python benchmarks/store_child_tail.py --capture /tmp/inputs.pickle \\
        --store WEEK_BEFORE.sqlite [FOLDER]
    .venv/bin/python benchmarks/store_child_tail.py --inputs /tmp/inputs.pickle \\
        --store WEEK_BEFORE.sqlite [--repeat 3] [--dump FILE]

``--store ''`` replays a first run instead: a new store, created by the child, nothing
read early. ``--dump FILE`` keeps the last run's store (for ``sqlite3 .dump``) and writes the History
answered to FILE (pickled), to compare two commits' outputs.
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
AS_OF = date(2026, 11, 30)


class _Pipe:
    """A pipe end in memory: what is sent is pickled as ``Connection`` pickles it."""

    def __init__(self, received: list[bytes] | None = None) -> None:
        self.sent: list[bytes] = []
        self._received = list(received or [])

    def send_bytes(self, data: bytes) -> None:
        self.sent.append(bytes(data))

    def send(self, obj: Any) -> None:
        self.sent.append(pickle.dumps(obj, pickle.HIGHEST_PROTOCOL))

    def recv_bytes(self) -> bytes:
        if not self._received:
            raise EOFError
        return self._received.pop(0)

    def recv(self) -> Any:
        return pickle.loads(self.recv_bytes())

    def close(self) -> None:
        pass


def capture(folder: Path, store: Path, out_file: Path) -> None:
    import addin.consolidate.engine as engine
    from addin.consolidate import store_child
    from addin.consolidate.history_step import StoreRequest
    from addin.standards import default_standards

    captured: dict[str, Any] = {}
    real = engine.record_history

    def keep(request: Any, out: Path, inputs: Any, standards: Any) -> Any:
        captured["args"] = (inputs, standards)
        return real(request, out, inputs, standards)

    engine.record_history = keep  # type: ignore[assignment]
    store_child.fork_context = lambda: None  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "history.sqlite"
        shutil.copyfile(store, copy)
        engine.consolidate_folder(
            folder,
            Path(tmp) / "portfolio-rollup.xlsx",
            default_standards(),
            AS_OF,
            use_cache=False,
            store=StoreRequest(str(copy)),
        )
    inputs, standards = captured["args"]
    for name in ("history", "prioritisation", "capacity", "dependency_rows"):
        if hasattr(inputs, name):
            setattr(inputs, name, None)
    out_file.write_bytes(pickle.dumps((inputs, standards), pickle.HIGHEST_PROTOCOL))
    print(f"captured {len(inputs.projects)} projects, {len(inputs.findings)} findings")


def _one(
    inputs: Any, standards: Any, store: Path, keep: Path | None, result: int, stop: str = ""
) -> None:
    """In a forked process: the early child's read, the hand-over, the record, the answer
    (``stop``: "handed" ends once the inputs are handed over, for counting instructions
    as the difference of two runs)."""
    import gc

    from addin.consolidate import store_child
    from addin.consolidate.history_step import StoreRequest
    from addin.consolidate.store_inputs import receive_asked, send_inputs

    with tempfile.TemporaryDirectory() as tmp:
        copy = keep or Path(tmp) / "history.sqlite"
        if store.name:  # (a new store: nothing to read early, the child creates it)
            shutil.copyfile(store, copy)
        out = Path(tmp) / "portfolio-rollup.xlsx"
        request = StoreRequest(str(copy))
        gc.freeze()
        before = store_child._read_early(request, out, AS_OF) if store.name else None
        main_cpu = time.process_time()
        handed = _Pipe()
        send_inputs(handed, inputs, False)  # type: ignore[arg-type]
        main_cpu = time.process_time() - main_cpu
        if stop == "handed":
            return
        child = time.process_time()
        there = _Pipe(handed.sent)
        got, wanted = receive_asked(there)  # type: ignore[arg-type]
        store_child._child_main(there, request, out, got, standards, wanted, before)  # type: ignore[arg-type]
        child = time.process_time() - child
        parent = time.process_time()
        answers: Any = _Pipe(there.sent)
        beside = store_child.StoreBeside(answers, None, (request, out, inputs, standards), None)
        history, error = beside.final()
        parent = time.process_time() - parent
        assert error is None and beside.fallback is None, (error, beside.fallback)
        if not stop:
            os.write(result, pickle.dumps((main_cpu, child, parent, history)))


def replay(inputs_file: Path, store: Path, repeat: int, dump: Path | None, stop: str) -> None:
    inputs, standards = pickle.loads(inputs_file.read_bytes())
    load = os.getloadavg()[0]
    if stop:  # one run, in this process (cachegrind counts it whole)
        read, write = os.pipe()
        _one(inputs, standards, store, None, write, stop)
        print(f"stopped after: {stop}")
        return
    for n in range(repeat):
        keep = dump.with_suffix(".sqlite") if dump is not None and n == repeat - 1 else None
        if keep is not None:
            keep.unlink(missing_ok=True)
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(read)
                _one(inputs, standards, store, keep, write)
            finally:
                os._exit(0)
        os.close(write)
        data = b""
        while chunk := os.read(read, 1 << 20):
            data += chunk
        os.close(read)
        os.waitpid(pid, 0)
        main_cpu, child, parent, history = pickle.loads(data)
        print(
            f"run {n + 1}: hand-over (main) {main_cpu:.3f} CPU s; **the child after the "
            f"hand-over {child:.3f} CPU s**; the answer taken (main) {parent:.3f} CPU s; "
            f"{history.diff.total if history.diff else '-'} changes",
            flush=True,
        )
        if keep is not None and dump is not None:
            dump.write_bytes(pickle.dumps(history))
    print(f"load average at the start {load:.1f}, at the end {os.getloadavg()[0]:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path)
    parser.add_argument(
        "--store",
        type=Path,
        required=True,
        help="a store holding the week before ('' for a new store, created by the child)",
    )
    parser.add_argument("--capture", type=Path, help="run FOLDER and pickle its inputs here")
    parser.add_argument("--inputs", type=Path, help="the inputs --capture pickled")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--dump", type=Path, help="keep the last store and its History here")
    parser.add_argument(
        "--stop-after",
        choices=("handed", "answered"),
        default="",
        help="one run in this process, stopped there (instructions: the difference of two)",
    )
    args = parser.parse_args()
    if args.capture is not None:
        folder = args.folder
        if folder is None:
            import bench_consolidate

            bench_consolidate.ensure_pool(300)
            folder = bench_consolidate.folder_of(300)
        capture(folder, args.store, args.capture)
    if args.inputs is not None:
        replay(args.inputs, args.store, args.repeat, args.dump, args.stop_after)


if __name__ == "__main__":
    main()
