"""``dvdesk self-test`` (what the bundle and the installer run): it passes on a sound install and fails,
naming the check, when something it needs is missing — here the shipped fonts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dvdesk.ui import selftest


def _run(tmp_path: Path, **env) -> subprocess.CompletedProcess:
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DVDESK_DATA_DIR": str(tmp_path / "data"), **env}
    full.pop("DVDESK_PDF_FONT", None)
    return subprocess.run([sys.executable, "-m", "dvdesk", "self-test", "--keep", str(tmp_path / "keep")],
                          capture_output=True, text=True, encoding="utf-8", env=full, cwd=tmp_path, timeout=240)


@pytest.mark.timeout(300)
def test_self_test_passes_and_leaves_what_it_checked(tmp_path):
    r = _run(tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    lines = r.stdout.splitlines()
    checks = [ln for ln in lines if ln.startswith("[")]
    assert len(checks) == 14 and all(ln.startswith("[ĐẠT]") for ln in checks), r.stdout
    assert lines[-1].startswith("KẾT QUẢ: cả 14 mục đều đạt")
    assert any(ln.startswith("[ĐẠT] Xem trước và in") for ln in checks)
    keep = tmp_path / "keep"
    # every report, in both formats, was written and is there to read back
    # (the lists and tables to PDF and Excel; the Quyết định and the báo cáo to PDF and Word; a printout)
    assert sorted(p.name for p in (keep / "xuat").iterdir()) == sorted(
        [f"bao-cao-{i}{ext}" for i in range(1, 5) for ext in (".pdf", ".xlsx")]
        + [f"bao-cao-{i}{ext}" for i in (5, 6) for ext in (".pdf", ".docx")] + ["in-thu.pdf"])
    for pdf in (keep / "xuat").glob("bao-cao-*.pdf"):
        assert selftest.read_back_pdf(pdf) >= 1
    assert selftest.read_back_docx(keep / "xuat" / "bao-cao-5.docx", "Điều 1.") > 10
    # the main window and each page, rendered
    assert len(list((keep / "man-hinh").glob("trang-*.png"))) >= 8
    assert len(list((keep / "man-hinh").glob("hop-thoai-*.png"))) == 2  # first-run dialog, guide
    assert list((keep / "sao-luu").glob("*.dvbak"))
    assert not (tmp_path / "data" / "dvdesk.sqlite3").exists()  # the user's database is never touched


@pytest.mark.timeout(300)
def test_self_test_fails_when_the_fonts_are_missing(tmp_path):
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    r = _run(tmp_path, DVDESK_FONT_DIR=str(empty))
    assert r.returncode == 1, r.stdout + r.stderr
    font_line = next(ln for ln in r.stdout.splitlines() if "Phông chữ" in ln)
    assert font_line.startswith("[LỖI]") and "LiberationSerif-Regular.ttf" in font_line
    assert "KHÔNG ĐẠT" in r.stdout.splitlines()[-1]


def test_read_back_refuses_a_truncated_pdf(tmp_path):
    bad = tmp_path / "cut.pdf"
    bad.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n")
    with pytest.raises(selftest.CheckFailed, match="cắt cụt"):
        selftest.read_back_pdf(bad)


def test_backup_rows_compare_every_table(tmp_path, store):
    rows = selftest.table_rows(Path(store.path))
    assert "initiatives" in rows and "settings" in rows
    assert not any(name.startswith("sqlite_") for name in rows)
