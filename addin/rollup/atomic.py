"""Writing the roll-up safely: under a lock, to a temp file, then one atomic rename.

A crash or kill while writing leaves the previous roll-up intact (the temp file is the
only casualty); two runs at once do not interleave (the second waits for the lock, and
takes over a lock whose owner has died).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from addin.errors import PmoError


class RollupLockedError(PmoError, TimeoutError):
    """Another run is writing the same roll-up and did not finish in time."""


def lock_path(out: Path) -> Path:
    """The lock file guarding ``out``: ``.NAME.lock`` beside it."""
    return out.with_name(f".{out.name}.lock")


def _pid_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return True  # os.kill(pid, 0) would terminate it there; rely on the lock's age
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _is_stale(path: Path, stale_after: float) -> bool:
    """True when the lock's owner is gone (same host, dead pid) or the lock is too old."""
    try:
        text = path.read_text(encoding="utf-8")
        age = time.time() - path.stat().st_mtime
    except OSError:
        return False
    try:
        info = json.loads(text)
        pid = int(info["pid"])
        host = str(info.get("host", ""))
    except (ValueError, KeyError, TypeError):
        return age > 5  # a half-written lock file older than a few seconds
    if host == socket.gethostname() and not _pid_alive(pid):
        return True
    return age > stale_after


@contextlib.contextmanager
def output_lock(
    out: Path, *, timeout: float = 600.0, poll: float = 0.2, stale_after: float = 6 * 3600
) -> Iterator[Path]:
    """Hold the lock for ``out`` (O_CREAT|O_EXCL file with pid and host) for the block.

    Waits up to ``timeout`` seconds for another run; a lock left by a dead process (or
    older than ``stale_after`` seconds) is taken over. Raises :class:`RollupLockedError`.
    """
    path = lock_path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout
    payload = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "time": time.time()})
    while True:
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            if _is_stale(path, stale_after):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                continue
            if time.monotonic() >= deadline:
                owner = ""
                with contextlib.suppress(OSError):
                    owner = f" (held by {path.read_text(encoding='utf-8')})"
                raise RollupLockedError(
                    f"{out}: another run is writing this roll-up{owner}; wait for it to "
                    f"finish, or delete {path} if no run is active"
                ) from None
            time.sleep(poll)
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload)
        break
    try:
        yield path
    finally:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def temp_path_for(out: Path) -> Path:
    """A new, empty temp file in ``out``'s folder (same file system, so the rename is
    atomic). Its name is random and it is created exclusively: in a shared folder, a
    symbolic link planted at a predictable name would have the roll-up written through it
    into another file. It gets the permissions a new file of this user gets (mkstemp's
    0600 would leave colleagues unable to open the roll-up)."""
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.tmp-", dir=out.parent)
    os.close(fd)
    mask = os.umask(0)
    os.umask(mask)
    with contextlib.suppress(OSError):
        os.chmod(name, 0o666 & ~mask)
    return Path(name)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # not supported (Windows)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Yield a temp path to write; on success it replaces ``out`` in one rename.

    On any exception the temp file is removed and ``out`` is left as it was.
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = temp_path_for(out)
    try:
        yield tmp
        _fsync_file(tmp)
        _test_hook_before_replace()
        os.replace(tmp, out)
        _fsync_dir(out.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _test_hook_before_replace() -> None:
    """Tests set PMO_TEST_ABORT_BEFORE_REPLACE=1 to kill the process mid-write."""
    if os.environ.get("PMO_TEST_ABORT_BEFORE_REPLACE") == "1":
        os.abort()
