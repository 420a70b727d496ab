"""The parse cache: a file whose content did not change is not parsed again.

An entry is keyed by the SHA-256 of the file's bytes, the tool version, the standards
fingerprint (a hash of the standards' whole content, not only ``meta.version``) and the
as-of date (the rules judge dates against it), so any of those changing means a fresh
parse. Entries live in ``.pmo-cache/`` beside the roll-up; deleting that folder is always
safe. Entries unused for 7 days are pruned.

**Trust.** An entry is a compressed pickle, and unpickling runs code, while the cache
folder sits beside the roll-up, often on a shared drive. So every entry is signed with
HMAC-SHA256 under a per-user secret key kept OUTSIDE the shared folder
(``$PMO_CACHE_KEY_FILE``, else ``cache.key`` in the state folder: ``$PMO_STATE_DIR`` or
``~/.pmo``), created on first use with mode 0600; on POSIX a key that another user owns
or others can write is not used. The signature covers the entry's cache
key and its bytes, and is checked with a constant-time compare *before* anything is
unpickled: an entry written or edited by anyone without the key (or moved to another
key's slot) is deleted and the file parsed again. Without a usable key the cache is off.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import secrets
import time
from pathlib import Path

from addin.consolidate.parse import ParseOutcome, pack_outcome, unpack_outcome
from addin.consolidate.prescreen import file_sha256 as file_sha256
from addin.consolidate.state import state_file

CACHE_DIR_NAME = ".pmo-cache"
#: Bump when ParseOutcome / ReadResult change shape, so old entries are ignored.
CACHE_FORMAT = "10"  # 6: ProjectPayload.agile (SPEC 16); 7: packed register rows; 8: unreadable;
# 9: resource_columns (capacity findings at the Person cell); 10: register rows compressed
# once (parse.pack_outcome's format 2)
PRUNE_AFTER_DAYS = 7
KEY_ENV = "PMO_CACHE_KEY_FILE"
KEY_BYTES = 32
_MAGIC = b"PMOC1"
#: Only files named like the cache's own entries are ever deleted.
_ENTRY_NAME = re.compile(r"[0-9a-f]{64}\.(entry|pickle)")
_MAC_BYTES = 32


def key_file() -> Path:
    """Where this user's cache-signing key lives (never in the shared cache folder)."""
    configured = os.environ.get(KEY_ENV)
    return Path(configured) if configured else state_file().parent / "cache.key"


def load_or_create_key(path: Path | None = None) -> bytes | None:
    """This user's secret signing key, created (mode 0600) on first use; None when it
    cannot be read or created (the cache is then not used)."""
    path = key_file() if path is None else path
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        data = b""
    except OSError:
        return None
    if len(data) >= KEY_BYTES:
        return data if _private(path) else None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = secrets.token_bytes(KEY_BYTES)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(key)
        return key
    except FileExistsError:  # another run created it first (or it is a short, bad file)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        return data if len(data) >= KEY_BYTES else None
    except OSError:
        return None


def _private(path: Path) -> bool:
    """On POSIX: the key is this user's and nobody else can write it (else anyone who
    could would sign entries)."""
    if os.name != "posix":
        return True
    try:
        st = path.stat()
    except OSError:
        return False
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


class ParseCache:
    """Signed, compressed pickled :class:`ParseOutcome` per (content hash, salt)."""

    def __init__(self, folder: Path, salt: str, key: bytes) -> None:
        self.folder = folder
        self.salt = f"{CACHE_FORMAT}|{salt}"
        self._key = key
        self.hits = 0
        self.misses = 0
        self.rejected = 0  # entries whose signature did not match (tampered or foreign)

    @classmethod
    def open(cls, folder: Path, salt: str) -> ParseCache | None:
        """The cache in ``folder``, or None when this user has no usable signing key or
        ``folder`` is a symbolic link (planted in a shared folder, it could point pruning
        at the user's own files)."""
        if folder.is_symlink():
            return None
        key = load_or_create_key()
        return None if key is None else cls(folder, salt, key)

    def _name(self, sha256: str) -> str:
        return hashlib.sha256(f"{self.salt}|{sha256}".encode()).hexdigest()

    def _path(self, name: str) -> Path:
        return self.folder / name[:2] / f"{name}.entry"

    def _mac(self, name: str, body: bytes) -> bytes:
        return hmac.new(self._key, name.encode() + b"|" + body, hashlib.sha256).digest()

    def get(self, sha256: str) -> ParseOutcome | None:
        name = self._name(sha256)
        path = self._path(name)
        try:
            blob = path.read_bytes()
        except OSError:
            self.misses += 1
            return None
        head = len(_MAGIC) + _MAC_BYTES
        body = blob[head:]
        if (
            len(blob) < head
            or not blob.startswith(_MAGIC)
            or not hmac.compare_digest(blob[len(_MAGIC) : head], self._mac(name, body))
        ):
            # Not signed with this user's key: never unpickled, removed, parsed afresh.
            self.misses += 1
            self.rejected += 1
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        try:
            outcome = unpack_outcome(body)
        except Exception:  # signed by us but unreadable (an older format or class shape)
            self.misses += 1
            with contextlib.suppress(OSError):
                path.unlink()
            return None
        with contextlib.suppress(OSError):
            os.utime(path)
        self.hits += 1
        return outcome

    def put(self, sha256: str, outcome: ParseOutcome) -> None:
        self.put_packed(sha256, pack_outcome(outcome))

    def put_packed(self, sha256: str, body: bytes) -> None:
        """Store an outcome already packed (:func:`~addin.consolidate.parse.pack_outcome`)."""
        name = self._name(sha256)
        path = self._path(name)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_bytes(_MAGIC + self._mac(name, body) + body)
            os.replace(tmp, path)
        except OSError:
            return  # a cache that cannot be written only costs speed

    def prune(self, older_than_days: float = PRUNE_AFTER_DAYS) -> int:
        """Remove entries not used for ``older_than_days`` (and any old unsigned
        ``.pickle`` entry, whatever its age); returns how many."""
        cutoff = time.time() - older_than_days * 86400
        removed = 0
        if not self.folder.is_dir():
            return 0
        for entry in self.folder.glob("*/*.pickle"):
            if _ENTRY_NAME.fullmatch(entry.name) and not entry.parent.is_symlink():
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed += 1
        for entry in self.folder.glob("*/*.entry"):
            if _ENTRY_NAME.fullmatch(entry.name) and not entry.parent.is_symlink():
                with contextlib.suppress(OSError):
                    if entry.stat().st_mtime < cutoff:
                        entry.unlink()
                        removed += 1
        return removed
