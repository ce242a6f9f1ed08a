"""Bad input: a clear Vietnamese message, no crash, nothing written. And the transaction: a dry
run, a failure half-way or a cancel leave the database exactly as it was."""

from __future__ import annotations

import time
import zipfile

import import_sheets as S
import openpyxl
import pytest

from dvdesk.domain.errors import DvdeskError
from dvdesk.services.importers import (
    ImportCancelled,
    ImportFileError,
    ImportLayoutError,
    ImportOptions,
    commit,
    import_file,
    read_sheet,
)
from dvdesk.store.backup import content_checksum


@pytest.fixture
def office(store):
    S.seed_units(store)
    return store


def _same(store, before: str) -> bool:
    return content_checksum(store.conn) == before


@pytest.mark.parametrize("maker, words", [
    (lambda p, good: S.xls_file(p.with_suffix(".xls")), ["Excel cũ", ".xls", ".xlsx"]),
    (lambda p, good: S.encrypted_file(p), ["mật khẩu"]),
    (lambda p, good: S.corrupt_zip(p, good), ["bị hỏng"]),
    (lambda p, good: S.broken_sheet_xml(p, good), ["bị hỏng"]),
    (lambda p, good: (p.write_bytes(b"\x00garbage" * 300), p)[1], ["không phải là tệp Excel"]),
    (lambda p, good: (p.with_suffix(".csv").write_text("TT;Tên\n1;A\n", encoding="utf-8"), p.with_suffix(".csv"))[1],
     ["CSV"]),
    (lambda p, good: (p.write_text("<html><table><tr><td>1</td></tr></table></html>"), p)[1], ["HTML"]),
    (lambda p, good: (p.write_bytes(b""), p)[1], ["rỗng"]),
    (lambda p, good: p.with_name("khong-co.xlsx"), ["Không tìm thấy"]),
])
def test_bad_files_are_refused_with_a_clear_message(office, tmp_path, maker, words):
    good = S.layout_a(tmp_path / "good.xlsx")
    path = maker(tmp_path / "bad.xlsx", good)
    before = content_checksum(office.conn)
    with pytest.raises(ImportFileError) as err:
        import_file(office, path, "initiatives")
    for w in words:
        assert w in str(err.value), str(err.value)
    assert _same(office, before)


def test_other_zip_files(office, tmp_path):
    docx = tmp_path / "van-ban.xlsx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    ods = tmp_path / "bang.ods"
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(ImportFileError, match="Word"):
        import_file(office, docx, "initiatives")
    with pytest.raises(ImportFileError, match="LibreOffice"):
        import_file(office, ods, "initiatives")


def test_empty_sheet_and_sheet_without_header(office, tmp_path):
    empty = tmp_path / "trong.xlsx"
    openpyxl.Workbook().save(empty)
    with pytest.raises(ImportLayoutError, match="trống"):
        import_file(office, empty, "initiatives")
    wb = openpyxl.Workbook()
    wb.active.append(["Báo cáo tình hình"])
    wb.active.append(["Không có bảng nào ở đây", 1, 2])
    no_header = tmp_path / "khong-tieu-de.xlsx"
    wb.save(no_header)
    with pytest.raises(ImportLayoutError, match="dòng tiêu đề cột"):
        import_file(office, no_header, "initiatives")
    assert isinstance(ImportLayoutError("x"), DvdeskError)


def test_hidden_sheet_is_found_and_reported(office, tmp_path):
    path = S.layout_a(tmp_path / "a.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.create_sheet("Trống")
    wb.active.sheet_state = "hidden"
    wb.active = 1
    wb.save(path)
    rep = import_file(office, path, "initiatives")
    assert rep.added == 6 and any("bị ẩn" in w for w in rep.warnings)


def test_a_sheet_formatted_down_to_row_1048576_is_read_in_seconds(office, tmp_path):
    path = S.huge_blank_sheet(tmp_path / "dai.xlsx")
    t0 = time.perf_counter()
    rep = import_file(office, path, "initiatives")
    assert time.perf_counter() - t0 < 15
    assert rep.added == 3
    assert any("1.000 dòng trống liên tiếp" in w for w in rep.warnings)


def test_dry_run_writes_nothing(office, tmp_path):
    before = content_checksum(office.conn)
    rep = import_file(office, S.layout_a(tmp_path / "a.xlsx"), "initiatives", dry_run=True)
    assert rep.added == 6 and rep.new_units == ["Xã Phú Lợi"] and not rep.committed
    assert _same(office, before)
    assert not list((tmp_path / "test-backups").glob("*")) if (tmp_path / "test-backups").exists() else True


def test_real_import_backs_up_first(office, tmp_path):
    rep = import_file(office, S.layout_a(tmp_path / "a.xlsx"), "initiatives")
    assert rep.backup_path is not None and rep.backup_path.exists()
    assert "truoc-nhap" in rep.backup_path.name


def test_a_failure_half_way_through_the_writes_leaves_the_database_as_before(office, tmp_path, monkeypatch):
    from dvdesk.store.repositories import AuditRepo

    raw = read_sheet(S.layout_a(tmp_path / "a.xlsx"))
    before = content_checksum(office.conn)
    record_many = AuditRepo.record_many
    tables = []

    def boom(self, entries):
        tables.extend(e[1] for e in entries)
        if entries and entries[0][1] == "initiatives":  # after the new units and the rows were inserted
            raise RuntimeError("mất điện giữa chừng")
        record_many(self, entries)

    monkeypatch.setattr(AuditRepo, "record_many", boom)
    with pytest.raises(RuntimeError):
        commit(office, raw, ImportOptions("initiatives", backup=False))
    assert "units" in tables and "initiatives" in tables
    assert _same(office, before)
    assert not office.in_transaction
    monkeypatch.undo()
    rep = commit(office, raw, ImportOptions("initiatives", backup=False))  # and the store still works
    assert rep.added == 6


def test_cancel_rolls_back(office, tmp_path):
    raw = read_sheet(S.layout_a(tmp_path / "a.xlsx"))
    before = content_checksum(office.conn)
    state = {"writing": False}

    def progress(done, total, text):
        state["writing"] = state["writing"] or text.startswith("Đang ghi")

    def cancelled():
        return state["writing"]  # the user presses "Hủy" once rows are being written

    with pytest.raises(ImportCancelled):
        commit(office, raw, ImportOptions("initiatives", backup=False), progress=progress, cancelled=cancelled)
    assert state["writing"]
    assert _same(office, before)


def test_a_cell_longer_than_excel_allows_rejects_its_row_only(office, tmp_path):
    path = tmp_path / "o-qua-dai.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["TT", "Tên mô hình", "Đơn vị", "Năm", "Ghi chú"])
    ws.append([1, "Mô hình bình thường", "Tỉnh ủy An Giang", 2024, "ngắn"])
    ws.append([2, "Mô hình có ghi chú khổng lồ", "Tỉnh ủy An Giang", 2024, "CHO-DE-THAY"])
    wb.save(path)
    # a generator other than Excel wrote 100,000 characters into one cell (Excel stops at 32,767)
    with zipfile.ZipFile(path) as src:
        items = {i.filename: src.read(i.filename) for i in src.infolist()}
    # an ASCII marker: openpyxl's writer with lxml escapes other characters (&#7894;), in the sheet or
    # in the shared strings
    marker = b"CHO-DE-THAY"
    hit = [n for n in items if n.endswith(".xml") and marker in items[n]]
    assert hit
    for name in hit:
        items[name] = items[name].replace(marker, ("Đ" * 100_000).encode())
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in items.items():
            dst.writestr(name, data)
    rep = import_file(office, path, "initiatives")
    assert rep.added == 1
    (bad,) = rep.rejected
    assert bad.row == 3 and "quá dài" in bad.reason and "100.000" in bad.reason


def test_dates_with_a_time_part(office, tmp_path):
    from dvdesk.services.importers.values import parse_date_ex

    assert parse_date_ex("15/10/2025 08:30")[0].isoformat() == "2025-10-15"
