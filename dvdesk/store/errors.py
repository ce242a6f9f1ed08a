"""SQLite's errors in the words a clerk understands, at the store's boundary.

Every transaction (:meth:`dvdesk.store.db.Store.tx`) and every open turns a ``sqlite3`` error into
a :class:`StorageError` (a :class:`~dvdesk.domain.errors.DvdeskError`) with a Vietnamese message:
no English text from SQLite or the operating system reaches a dialog or the command line. The
original error stays attached as ``__cause__`` for the log.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from dvdesk.domain.errors import DvdeskError


class StorageError(DvdeskError):
    """The database could not be read or written (``kind`` says why)."""

    def __init__(self, message: str, kind: str):
        self.kind = kind
        super().__init__(message)


class DatabaseBusy(StorageError):
    """Another program holds the database: not damage — retry, never restore over it."""


# (words SQLite uses in its message, kind) — most specific first
_KINDS = (
    (("database is locked", "database table is locked", "database is busy", "sqlite_busy"), "busy"),
    (("database or disk is full", "disk is full", "sqlite_full"), "full"),
    (("attempt to write a readonly database", "readonly database", "read-only"), "readonly"),
    (("database disk image is malformed", "file is not a database", "malformed", "sqlite_corrupt",
      "file is encrypted"), "corrupt"),
    (("disk i/o error", "i/o error", "sqlite_ioerr"), "io"),
    (("unable to open database file", "cannot open"), "open"),
    (("constraint failed", "foreign key"), "constraint"),
)


def error_kind(exc: BaseException) -> str:
    text = str(exc).lower()
    for words, kind in _KINDS:
        if any(w in text for w in words):
            return kind
    return "other"


def describe(exc: BaseException, path: Path | str | None = None) -> str:
    """A Vietnamese sentence for a ``sqlite3`` error on the database at ``path``."""
    name = f"\"{Path(path).name}\"" if path else "cơ sở dữ liệu"
    kind = error_kind(exc)
    return {
        "busy": f"Cơ sở dữ liệu {name} đang được một chương trình khác sử dụng (đang ghi dở). Dữ liệu không bị "
                "hỏng: hãy đợi một lát hoặc đóng chương trình đó rồi thử lại.",
        "full": f"Ổ đĩa chứa cơ sở dữ liệu {name} đã đầy: thao tác chưa được lưu, dữ liệu cũ vẫn nguyên vẹn. Hãy "
                "giải phóng dung lượng (xóa tệp tạm, dọn thùng rác của Windows) rồi thử lại.",
        "readonly": f"Cơ sở dữ liệu {name} chỉ cho phép đọc (tệp hoặc thư mục không có quyền ghi, hoặc nằm trên "
                    "đĩa chỉ đọc): không ghi được thay đổi.",
        "corrupt": f"Cơ sở dữ liệu {name} bị hỏng ở một phần: thao tác chưa được thực hiện. Hãy chạy \"Kiểm tra "
                   "cơ sở dữ liệu\" và khôi phục từ bản sao lưu gần nhất nếu cần.",
        "io": f"Lỗi đọc/ghi ổ đĩa khi dùng cơ sở dữ liệu {name} (ổ USB bị rút, ổ mạng mất kết nối hoặc đĩa lỗi): "
              "thao tác chưa được lưu.",
        "open": f"Không mở được cơ sở dữ liệu {name}: kiểm tra tệp còn đó và thư mục có quyền truy cập.",
        "constraint": "Dữ liệu không hợp lệ: thao tác vi phạm ràng buộc của cơ sở dữ liệu (một bản ghi liên quan "
                      "không tồn tại hoặc bị trùng). Không có gì được lưu.",
    }.get(kind, f"Không thực hiện được thao tác trên cơ sở dữ liệu {name}. Không có gì được lưu.")


def storage_error(exc: sqlite3.Error, path: Path | str | None = None) -> StorageError:
    kind = error_kind(exc)
    cls = DatabaseBusy if kind == "busy" else StorageError
    return cls(describe(exc, path), kind)
