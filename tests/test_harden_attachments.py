"""Attachment file names and hashes read from a (possibly crafted) database never become paths:
files are found by a validated SHA-256 only, opened as a copy under a sanitised name in a fresh
temporary folder, and programs or scripts are never launched."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dvdesk.domain.errors import DvdeskError
from dvdesk.store import attachment_files as af

SHA = "ab" + "0" * 62


# -- pure logic -----------------------------------------------------------------------------------
@pytest.mark.parametrize("name, expected", [
    ("Biên bản nghiệm thu.pdf", "Biên bản nghiệm thu.pdf"),
    ("../../../../etc/passwd", "passwd"),
    ("..\\..\\Windows\\System32\\evil.dll", "evil.dll"),
    ("C:\\Users\\x\\Desktop\\ảnh.jpg", "ảnh.jpg"),
    ("/abs/path/x.txt", "x.txt"),
    ("a<b>c:d\"e|f?g*h.txt", "a_b_c_d_e_f_g_h.txt"),
    ("tab\there\nnew\x00line\x1f.txt", "tab here newline.txt"),
    ("ảnh\u202egpj.exe", "ảnhgpj.exe"),          # right-to-left override that hides ".exe"
    ("zero\u200bwidth.pdf", "zerowidth.pdf"),
    ("report.pdf. . .", "report.pdf"),
    ("  spaced.doc  ", "spaced.doc"),
    ("CON", "_CON"), ("con.txt", "_con.txt"), ("Nul.tar.gz", "_Nul.tar.gz"), ("COM1.jpg", "_COM1.jpg"),
    ("lpt9", "_lpt9"), ("AUX .txt", "_AUX .txt"), ("COM¹.txt", "_COM¹.txt"), ("CONSOLE.txt", "CONSOLE.txt"),
    ("", af.DEFAULT_NAME), ("..", af.DEFAULT_NAME), ("...", af.DEFAULT_NAME), ("///", af.DEFAULT_NAME),
    ("x:stream", "x_stream"),
])
def test_safe_file_name(name, expected):
    assert af.safe_file_name(name) == expected


def test_safe_file_name_length_keeps_the_extension():
    long = "Mô hình dân vận khéo " * 20 + ".docx"
    out = af.safe_file_name(long)
    assert out.endswith(".docx") and len(out) <= 120 and len(out.encode()) <= 240
    assert af.safe_file_name("ệ" * 200).startswith("ệ") and len(af.safe_file_name("ệ" * 200).encode()) <= 240
    assert af.safe_file_name(None) == af.DEFAULT_NAME and af.safe_file_name(12) == af.DEFAULT_NAME


FORBIDDEN = set('<>:"/\\|?*')


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.text(max_size=300))
def test_safe_file_name_property(name):
    out = af.safe_file_name(name)
    assert 0 < len(out) <= 120 and len(out.encode("utf-8")) <= 240
    assert not (set(out) & FORBIDDEN)
    assert all(ord(ch) >= 32 and ch not in "\x7f\u202e\u200b" for ch in out)
    assert not out.endswith((".", " "))
    assert out.split(".", 1)[0].rstrip(" ").upper() not in af.WINDOWS_RESERVED
    assert out not in (".", "..")
    assert af.safe_file_name(out) == out  # stable


@pytest.mark.parametrize("name", [
    "setup.exe", "SETUP.EXE", "run.bat", "x.cmd", "x.com", "x.js", "x.jse", "x.vbs", "x.vbe", "x.wsf", "x.ps1",
    "Tài liệu.lnk", "x.scr", "x.msi", "x.msp", "x.hta", "x.cpl", "x.jar", "x.reg", "x.pif", "x.exe.",
    "x.exe  ", "ảnh.jpg.exe", "x.txt:evil.exe", "x.iso", "x.appref-ms", "x.url",
])
def test_executable_types(name):
    assert af.is_executable(name)


@pytest.mark.parametrize("name", ["ảnh.jpg", "Biên bản.pdf", "x.docx", "x.xlsx", "x.png", "README", "x.exe.pdf",
                                  ".exe.txt", "x.zip"])
def test_documents_are_not_executable(name):
    assert not af.is_executable(name)


@pytest.mark.parametrize("bad", ["", "../../etc/passwd", "/etc/passwd", "ab", "AB" + "0" * 62, "g" * 64,
                                 "a" * 65, "a" * 63, None, 12, "ab/../../" + "0" * 55, "a" * 64 + "\n"])
def test_only_a_valid_hash_is_a_path(tmp_path, bad):
    with pytest.raises(DvdeskError, match="không hợp lệ"):
        af.stored_path(tmp_path, bad)
    with pytest.raises(DvdeskError):
        af.member_name(bad)


def test_stored_path_and_member_names(tmp_path):
    assert af.stored_path(tmp_path, SHA) == tmp_path / "ab" / SHA
    assert af.member_name(SHA) == f"files/ab/{SHA}"
    assert af.sha_of_member(f"files/ab/{SHA}") == SHA
    for bad in (f"files/cd/{SHA}", f"files/ab/{SHA}/", f"files/ab/../{SHA}", f"/files/ab/{SHA}",
                f"files/ab/{SHA.upper()}", f"files\\ab\\{SHA}", "files/../../x"):
        assert af.sha_of_member(bad) is None


def test_copy_for_opening(tmp_path):
    data = b"%PDF-1.4 bien ban"
    digest = hashlib.sha256(data).hexdigest()
    stored = af.stored_path(tmp_path / "files", digest)
    stored.parent.mkdir(parents=True)
    stored.write_bytes(data)
    temp = tmp_path / "temp"
    temp.mkdir()
    first = af.copy_for_opening(stored, "../../Biên bản.pdf", digest, temp_root=temp)
    second = af.copy_for_opening(stored, "../../Biên bản.pdf", digest, temp_root=temp)
    assert first.path.name == "Biên bản.pdf" and first.path.read_bytes() == data and not first.executable
    assert first.folder != second.folder and first.folder.parent == temp  # a fresh folder each time
    run = af.copy_for_opening(stored, "hoa-don.pdf.exe", digest, temp_root=temp)
    assert run.executable and run.path.name == "hoa-don.pdf.exe"
    if os.name == "posix":
        assert not os.access(run.path, os.X_OK)
    stored.write_bytes(b"changed")
    with pytest.raises(DvdeskError, match="bị thay đổi"):
        af.copy_for_opening(stored, "x.pdf", digest, temp_root=temp)
    with pytest.raises(DvdeskError, match="Không tìm thấy"):
        af.copy_for_opening(tmp_path / "missing", "x.pdf", digest, temp_root=temp)
    link = tmp_path / "link"
    link.symlink_to(stored)
    with pytest.raises(DvdeskError):
        af.copy_for_opening(link, "x.pdf", digest, temp_root=temp)
    assert sorted(p.name for p in temp.iterdir()) == sorted({first.folder.name, second.folder.name,
                                                              run.folder.name})


# -- the repository and the dialog ----------------------------------------------------------------
def _crafted(store, tmp_path, file_name: str, sha: str | None = None) -> int:
    """An attachment row as a crafted database would have it (through the raw connection)."""
    iid = store.scalar("SELECT min(id) FROM initiatives")
    data = b"@echo off\r\nformat c:\r\n"
    digest = hashlib.sha256(data).hexdigest()
    stored = af.stored_path(Path(str(store.path)).with_name(store.path.stem + "-files"), digest)
    stored.parent.mkdir(parents=True, exist_ok=True)
    stored.write_bytes(data)
    store.conn.execute("INSERT INTO attachments(sha256, file_name, size, owner_table, owner_id) "
                       "VALUES (?, ?, ?, 'initiatives', ?)", (sha or digest, file_name, len(data), iid))
    return store.scalar("SELECT max(id) FROM attachments")


@pytest.fixture
def demo_like(tmp_path):
    import shutil

    from dvdesk.store.db import open_store

    path = tmp_path / "dv.sqlite3"
    shutil.copyfile(Path(__file__).parent / "data" / "schema_v1.sqlite3", path)
    s = open_store(path)
    yield s
    s.close()


def test_path_of_refuses_a_crafted_hash(demo_like, tmp_path):
    aid = _crafted(demo_like, tmp_path, "x.txt", sha=str(tmp_path / "secret"))
    with pytest.raises(DvdeskError, match="không hợp lệ"):
        demo_like.attachments.path_of(demo_like.attachments.get(aid))


@pytest.fixture
def dialog(qtbot, demo_like):
    from dvdesk.ui.dialogs import Asker
    from dvdesk.ui.views.initiative_dialog import InitiativeDialog

    asked, opened = [], []

    def answer(kind, title, text):
        asked.append((kind, title, text))
        return True

    Asker.answer = answer
    iid = demo_like.scalar("SELECT min(id) FROM initiatives")
    dlg = InitiativeDialog(demo_like, iid, open_file=lambda p: opened.append(p) or True)
    qtbot.addWidget(dlg)
    yield dlg, asked, opened
    Asker.answer = None


def test_opening_a_crafted_name_never_writes_outside_nor_launches(dialog, tmp_path):
    dlg, asked, opened = dialog
    outside = tmp_path / "outside" / "run.bat"
    _crafted(dlg.store, tmp_path, str(outside))
    dlg.refresh_attachments()
    dlg.ui.attachmentsTable.selectRow(0)
    copy = dlg.open_attachment()
    assert not outside.exists()
    assert copy.name == "run.bat" and copy.parent.name.startswith(af.OPEN_PREFIX)
    assert opened == [copy.parent]  # only the containing folder, after asking
    assert asked[-1][:2] == ("confirm", "Mở thư mục chứa") and "chạy được" in asked[-1][2]


def test_opening_a_crafted_hash_is_refused(dialog, tmp_path):
    dlg, asked, opened = dialog
    secret = tmp_path / "secret.txt"
    secret.write_text("bí mật")
    _crafted(dlg.store, tmp_path, "x.txt", sha=str(secret))
    dlg.refresh_attachments()
    dlg.ui.attachmentsTable.selectRow(0)
    assert dlg.open_attachment() is None
    assert opened == [] and asked[-1][0] == "error" and "không hợp lệ" in asked[-1][2]
