"""Plain Vietnamese messages for the operating-system errors an office PC meets: disk full,
read-only folder, a file open in Excel (a Windows sharing violation), an unplugged USB stick or a
dropped network drive.

Pure functions of the exception (no I/O), used wherever files are written: exports
(:mod:`dvdesk.services.files`), backups and restores (:mod:`dvdesk.store.backup`), the backup
folder check (:mod:`dvdesk.store.backup_policy`).
"""

from __future__ import annotations

import errno
from pathlib import Path

# Windows error codes: sharing/lock violations (a file open in Excel or a PDF viewer), and the
# "network path not found" family.
_WIN_LOCKED = {32, 33}
_WIN_UNREACHABLE = {2, 3, 15, 21, 53, 64, 67, 1231, 1232}
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), getattr(errno, "EFBIG", errno.ENOSPC)}
_UNREACHABLE = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO, getattr(errno, "ENOTCONN", -1),
                getattr(errno, "EHOSTDOWN", -1), getattr(errno, "EHOSTUNREACH", -1),
                getattr(errno, "ESTALE", -1), getattr(errno, "ENETUNREACH", -1), getattr(errno, "ETIMEDOUT", -1)}


def is_disk_full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in _DISK_FULL


def is_locked_file(exc: BaseException) -> bool:
    """A file another program holds open (Windows sharing violation)."""
    return isinstance(exc, OSError) and getattr(exc, "winerror", None) in _WIN_LOCKED


def describe_os_error(exc: OSError, path: Path | str, *, folder: bool = False) -> str:
    """A complete Vietnamese sentence for ``exc`` raised while writing ``path``."""
    path = Path(path)
    where = f"thư mục \"{path}\"" if folder else f"\"{path}\""
    if is_disk_full(exc):
        return (f"Ổ đĩa chứa {where} đã đầy, không đủ chỗ trống để ghi. Hãy xóa bớt tệp không cần thiết "
                "hoặc chọn ổ đĩa khác. Dữ liệu cũ không bị thay đổi.")
    if exc.errno == errno.EROFS:
        return f"Ổ đĩa chứa {where} chỉ cho phép đọc (ổ chống ghi hoặc đĩa CD). Hãy chọn nơi lưu khác."
    if is_locked_file(exc):
        return (f"Tệp {where} đang được mở trong một chương trình khác (Excel, trình xem PDF…). "
                "Hãy đóng tệp đó rồi thử lại, hoặc lưu với tên khác.")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return (f"Không có quyền ghi vào {where} (thư mục chỉ đọc hoặc bị khóa). "
                "Hãy chọn thư mục khác, ví dụ thư mục Tài liệu (Documents).")
    if exc.errno in _UNREACHABLE or getattr(exc, "winerror", None) in _WIN_UNREACHABLE:
        return (f"Không truy cập được {where}: ổ USB chưa cắm, ổ mạng bị ngắt hoặc thư mục không còn. "
                "Hãy kiểm tra lại rồi thử lại.")
    return f"Lỗi đọc/ghi {where}: {exc.strerror or exc}."
