"""Fuzz the sniffer and the reader with damaged copies of real workbooks.

Each damaged file is read in a child process (calamine can abort a process), and the
outcome is classed: "read" (a ReadResult), "unreadable" (UnreadableWorkbookError, the
one clear line), "exception" (anything else: a bug) or "crash" (the child died: a bug).

    .venv/bin/python benchmarks/fuzz_reader.py [--cases 300] [--seed 1] SOURCE.xlsx...
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

CHILD = """
import sys
from pathlib import Path
from addin.errors import UnreadableWorkbookError
from addin.reading.project_reader import read_project_file
from addin.standards import default_standards
try:
    read_project_file(Path(sys.argv[1]), default_standards())
    print("read")
except UnreadableWorkbookError as exc:
    print("unreadable")
except Exception as exc:
    import traceback
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    where = f"{Path(frame.filename).name}:{frame.lineno}"
    print(f"exception {type(exc).__name__}: {exc} at {where}"[:300])
"""


def damage(data: bytes, rng: random.Random, folder: Path, n: int) -> Path:
    """One damaged copy: truncated, bytes flipped, or an inner XML part mangled."""
    path = folder / f"case{n}.xlsx"
    ways = ["truncate", "flip", "xml"] if data.startswith(b"PK") else ["truncate", "flip"]
    how = rng.choice(ways)
    if how == "truncate":
        path.write_bytes(data[: rng.randrange(1, len(data))])
    elif how == "flip":
        buf = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            buf[rng.randrange(len(buf))] = rng.randrange(256)
        path.write_bytes(bytes(buf))
    else:
        src = folder / "src.xlsx"
        src.write_bytes(data)
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            victims = [i.filename for i in zin.infolist() if i.filename.endswith(".xml")]
            victim = rng.choice(victims)
            for item in zin.infolist():
                body = zin.read(item.filename)
                if item.filename == victim and body:
                    cut = rng.randrange(len(body))
                    body = (
                        body[:cut]
                        + rng.choice([b"", b"<", b"&bad;", b"\xff\xfe", b"</x>"])
                        + body[cut + 1 :]
                    )
                zout.writestr(item.filename, body)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sources", nargs="+", type=Path)
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    bugs: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n in range(args.cases):
            source = rng.choice(args.sources)
            path = damage(source.read_bytes(), rng, folder, n)
            run = subprocess.run(
                [sys.executable, "-c", CHILD, str(path)],
                capture_output=True,
                text=True,
                timeout=120,
            )
            if run.returncode != 0:
                outcome = f"crash rc={run.returncode}"
            else:
                outcome = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else "no output"
            kind = outcome.split(" ")[0]
            outcomes[kind] += 1
            if kind in ("crash", "exception", "no"):
                keep = Path(tmp).parent / f"fuzz-bug-{n}.xlsx"
                keep.write_bytes(path.read_bytes())
                bugs.append(f"{source.name} case {n}: {outcome} (kept as {keep})")
            path.unlink()
    print(dict(outcomes))
    for bug in bugs:
        print(bug)


if __name__ == "__main__":
    main()
