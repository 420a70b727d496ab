"""The parse cache: a file whose content did not change is not parsed again.

An entry is keyed by the SHA-256 of the file's bytes, the tool version, the standards
fingerprint and the as-of date (the rules judge dates against it), so any of those
changing means a fresh parse. Entries live in ``.pmo-cache/`` beside the roll-up;
deleting that folder is always safe. Entries (compressed pickles) unused for 7 days are
pruned, so daily runs with a new as-of date keep about a week of entries.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import time
import zlib
from pathlib import Path

from addin.consolidate.parse import ParseOutcome

CACHE_DIR_NAME = ".pmo-cache"
#: Bump when ParseOutcome / ReadResult change shape, so old entries are ignored.
CACHE_FORMAT = "4"
PRUNE_AFTER_DAYS = 7


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class ParseCache:
    """Compressed pickled :class:`ParseOutcome` per (content hash, salt)."""

    def __init__(self, folder: Path, salt: str) -> None:
        self.folder = folder
        self.salt = f"{CACHE_FORMAT}|{salt}"
        self.hits = 0
        self.misses = 0

    def _path(self, sha256: str) -> Path:
        key = hashlib.sha256(f"{self.salt}|{sha256}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, sha256: str) -> ParseOutcome | None:
        path = self._path(sha256)
        try:
            outcome = pickle.loads(zlib.decompress(path.read_bytes()))
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # a damaged entry is a miss
            self.misses += 1
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        if not isinstance(outcome, ParseOutcome):
            self.misses += 1
            return None
        with contextlib.suppress(OSError):
            os.utime(path)
        self.hits += 1
        return outcome

    def put(self, sha256: str, outcome: ParseOutcome) -> None:
        path = self._path(sha256)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.write_bytes(zlib.compress(data, 1))
            os.replace(tmp, path)
        except OSError:
            return  # a cache that cannot be written only costs speed

    def prune(self, older_than_days: float = PRUNE_AFTER_DAYS) -> int:
        """Remove entries not used for ``older_than_days``; returns how many."""
        cutoff = time.time() - older_than_days * 86400
        removed = 0
        if not self.folder.is_dir():
            return 0
        for entry in self.folder.glob("*/*.pickle"):
            with contextlib.suppress(OSError):
                if entry.stat().st_mtime < cutoff:
                    entry.unlink()
                    removed += 1
        return removed
