"""Single writer: a second opener is told who has the database open (host, user); a killed
holder never leaves the database locked."""

from __future__ import annotations

import getpass
import os
import signal
import socket
import subprocess
import sys
import textwrap

import pytest

from dvdesk.store.lock import DatabaseLocked, DbLock, lock_path, read_lock_info


def test_second_lock_refused_with_host_and_user(tmp_path):
    db = tmp_path / "dv.sqlite3"
    with DbLock(db) as first:
        assert first.held and lock_path(db).exists()
        info = read_lock_info(db)
        assert info.host == socket.gethostname() and info.user == getpass.getuser() and info.pid == os.getpid()
        with pytest.raises(DatabaseLocked) as e:
            DbLock(db).acquire()
        msg = str(e.value)
        assert "đang được mở ở một cửa sổ dvdesk khác" in msg
        assert socket.gethostname() in msg and getpass.getuser() in msg
        assert e.value.info.pid == os.getpid()
    assert not lock_path(db).exists()  # released and removed
    with DbLock(db):  # free again
        pass


def test_release_is_idempotent_and_reacquire(tmp_path):
    lock = DbLock(tmp_path / "a.sqlite3")
    lock.acquire()
    lock.acquire()  # no-op when held
    lock.release()
    lock.release()
    lock.acquire()
    assert lock.held
    lock.release()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_holder_does_not_leave_a_lock(tmp_path):
    db = tmp_path / "dv.sqlite3"
    code = textwrap.dedent(f"""
        import sys, time
        from dvdesk.store.lock import DbLock
        lock = DbLock({str(db)!r}).acquire()
        print("LOCKED", flush=True)
        time.sleep(60)
    """)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "LOCKED"
        with pytest.raises(DatabaseLocked) as e:
            DbLock(db).acquire()
        assert e.value.info.pid == child.pid
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    # the lock file is still there, describing the dead holder, but the OS lock is gone
    assert read_lock_info(db).pid == child.pid
    with DbLock(db):
        assert read_lock_info(db).pid == os.getpid()
