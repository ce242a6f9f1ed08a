"""One writer per database: a lock file ``<db>.lock`` beside the database, holding an OS lock
for as long as the database is open, and saying who holds it (host, user, process, since when).

The operating system releases the lock when the holder exits or is killed, so a crash never
leaves the database locked; the file's content then just describes the previous holder. Pure
Python (``fcntl.flock`` / ``msvcrt.locking``), so the app and the CLI use the same lock.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from dvdesk.domain.errors import DvdeskError

_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte past the info, so others can still read who holds it


@dataclass
class LockInfo:
    host: str = ""
    user: str = ""
    pid: int = 0
    app: str = "dvdesk"
    since: str = ""

    def describe(self) -> str:
        parts = []
        if self.user:
            parts.append(f"người dùng {self.user}")
        if self.host:
            parts.append(f"máy {self.host}")
        text = " trên ".join(parts) if parts else "một chương trình khác"
        try:
            when = datetime.fromisoformat(self.since)
            text += f", từ {when:%H:%M ngày %d/%m/%Y}"
        except (TypeError, ValueError):
            pass
        return text


class DatabaseLocked(DvdeskError):
    """The database is open in another dvdesk (``info`` says where)."""

    def __init__(self, db_path: Path, info: LockInfo):
        self.info = info
        self.db_path = db_path
        super().__init__(
            f"Cơ sở dữ liệu {db_path.name} đang được mở ở một cửa sổ dvdesk khác ({info.describe()}). "
            "Hai chương trình cùng ghi vào một cơ sở dữ liệu có thể làm mất dữ liệu: hãy dùng cửa sổ đó, "
            "hoặc đóng nó rồi mở lại.")


def lock_path(db_path: Path | str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def _me() -> LockInfo:
    try:
        user = getpass.getuser()
    except Exception:
        user = ""
    try:
        host = socket.gethostname()
    except OSError:
        host = ""
    return LockInfo(host=host, user=user, pid=os.getpid(), since=datetime.now().isoformat(timespec="seconds"))


MAX_LOCK_BYTES = 4096  # a lock file holds one short JSON object
MAX_FIELD_CHARS = 80


def _clean_field(value: object) -> str:
    """A lock file may be written by anything on a shared folder: only short printable text is shown."""
    if not isinstance(value, str):
        return ""
    text = "".join(ch for ch in value if ch.isprintable())
    return text[:MAX_FIELD_CHARS]


def read_lock_info(db_path: Path | str) -> LockInfo | None:
    """What the lock file says (the holder, or the last holder when nobody holds it now);
    fields of the wrong type are left empty, text is shortened and stripped of control characters."""
    try:
        with open(lock_path(db_path), "rb") as fh:
            raw = fh.read(MAX_LOCK_BYTES + 1)
    except OSError:
        return None
    if len(raw) > MAX_LOCK_BYTES:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    pid = data.get("pid")
    return LockInfo(host=_clean_field(data.get("host")), user=_clean_field(data.get("user")),
                    pid=pid if type(pid) is int else 0, app=_clean_field(data.get("app")) or "dvdesk",
                    since=_clean_field(data.get("since")))


def _try_os_lock(fd: int) -> bool:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # BlockingIOError: held elsewhere
        return False
    return True


def _os_unlock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)


class DbLock:
    """``with DbLock(db):`` — or :meth:`acquire` / :meth:`release`. Raises :class:`DatabaseLocked`."""

    def __init__(self, db_path: Path | str):
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> DbLock:
        if self._fd is not None:
            return self
        for _attempt in range(10):
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_os_lock(fd):
                os.close(fd)
                info = read_lock_info(self.db_path)
                for _ in range(5):  # the holder may be writing its details right now
                    if info is not None:
                        break
                    time.sleep(0.05)
                    info = read_lock_info(self.db_path)
                raise DatabaseLocked(self.db_path, info or LockInfo())
            # A releasing holder unlinks the file: make sure we locked the file that is at the path.
            try:
                same = os.name == "nt" or os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except OSError:
                same = False
            if same:
                self._fd = fd
                self._write_info(_me())
                return self
            _os_unlock(fd)
            os.close(fd)
        raise DvdeskError(f"Không tạo được tệp khóa {self.path}.")

    def _write_info(self, info: LockInfo) -> None:
        assert self._fd is not None
        data = json.dumps(info.__dict__, ensure_ascii=False).encode("utf-8")
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, data)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        if os.name != "nt":
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        _os_unlock(fd)
        os.close(fd)
        if os.name == "nt":
            with contextlib.suppress(OSError):
                os.unlink(self.path)

    def __enter__(self) -> DbLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # a forgotten lock must not outlive the object
        with contextlib.suppress(Exception):
            self.release()
