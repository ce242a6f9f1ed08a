"""Writing export files so that they never end up half-written.

Everything goes to a temporary file in the target's folder, is flushed to disk, and then replaces
the target in one step (``os.replace``). When that fails the old file is untouched and the error
says why, in Vietnamese:

* the target is open in Excel or a PDF viewer (Windows refuses to replace it: PermissionError) —
  :class:`TargetLockedError`, with ``suggestion`` = a free name beside it ("bao-cao (2).xlsx");
* the disk is full — :class:`DiskFullError`;
* the folder is read-only or not ours — :class:`FolderNotWritableError`;
* anything else — :class:`ExportWriteError`.

Use::

    with atomic_output(target) as tmp:      # tmp: a Path in the same folder
        workbook.save(tmp)                  # or canvas = Canvas(str(tmp)) ...
    write_bytes_atomic(target, data)
    check_target(target)                    # before a long render: fail early, same messages
"""

from __future__ import annotations

import contextlib
import csv
import errno
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.oserrors import describe_os_error, is_disk_full, is_locked_file


class ExportWriteError(DvdeskError):
    """The export could not be written; the previous file (if any) is unchanged."""

    def __init__(self, message: str, target: Path, suggestion: Path | None = None):
        self.target = Path(target)
        self.suggestion = suggestion
        super().__init__(message)


class TargetLockedError(ExportWriteError):
    pass


class DiskFullError(ExportWriteError):
    pass


class FolderNotWritableError(ExportWriteError):
    pass


def free_name(target: Path | str) -> Path:
    """``name (2).ext``, ``name (3).ext``… the first that does not exist beside ``target``."""
    target = Path(target)
    for n in range(2, 10_000):
        cand = target.with_name(f"{target.stem} ({n}){target.suffix}")
        if not cand.exists():
            return cand
    raise ExportWriteError(f"Không tìm được tên tệp trống cho {target.name}.", target)


def _translate(exc: OSError, target: Path, stage: str) -> ExportWriteError:
    """``stage``: "folder" (creating the temporary file), "write" (filling it) or "replace"."""
    if is_disk_full(exc):
        return DiskFullError(describe_os_error(exc, target.parent, folder=True)
                             + f" Tệp \"{target.name}\" chưa được ghi.", target)
    if stage == "replace" and (isinstance(exc, PermissionError) or is_locked_file(exc)):
        suggestion = free_name(target)
        return TargetLockedError(
            f"Không ghi đè được tệp \"{target.name}\": tệp đang được mở trong chương trình khác (Excel, trình "
            f"xem PDF…) hoặc chỉ cho phép đọc. Hãy đóng tệp đó rồi thử lại, hoặc lưu với tên khác: "
            f"\"{suggestion.name}\". Tệp cũ không bị thay đổi.", target, suggestion)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return FolderNotWritableError(describe_os_error(exc, target.parent, folder=True), target)
    return ExportWriteError(describe_os_error(exc, target) + " Tệp cũ (nếu có) không bị thay đổi.", target)


def check_target(target: Path | str) -> None:
    """Fail early (before a long render) when ``target`` cannot be written: folder missing or
    read-only, or (Windows) the file open in another program. Nothing is changed."""
    target = Path(target)
    if not target.parent.is_dir():
        raise FolderNotWritableError(f"Thư mục \"{target.parent}\" không tồn tại.", target)
    try:
        fd, probe = tempfile.mkstemp(prefix=".~dvdesk-", suffix=".tmp", dir=target.parent)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise _translate(exc, target, "folder") from exc
    if target.exists():
        try:
            with open(target, "r+b"):  # Windows: fails while Excel holds the file
                pass
        except OSError as exc:
            raise _translate(exc, target, "replace") from exc


def _process_umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux: /proc);
    elsewhere set and restored at once (os.umask has no read-only form)."""
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/self/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def normal_file_mode(target: Path) -> int:
    """The permissions a file saved at ``target`` should get: those of the file it replaces, else
    what any program of the user creates (0666 less the umask: 0644 usually). A temporary file is
    private (0600) while it is written; a finished export must not stay so."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_process_umask()


@contextlib.contextmanager
def atomic_output(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on normal exit it replaces ``target``.

    On any error the temporary file is removed and ``target`` keeps its old content; OS errors
    come out as :class:`ExportWriteError` subclasses with a Vietnamese message.
    """
    target = Path(target)
    if target.is_dir():
        raise ExportWriteError(f"\"{target}\" là một thư mục, không phải tên tệp.", target)
    if not target.parent.is_dir():
        raise FolderNotWritableError(f"Thư mục \"{target.parent}\" không tồn tại.", target)
    try:
        fd, name = tempfile.mkstemp(prefix=f".~{target.stem[:40]}-", suffix=target.suffix + ".tmp",
                                    dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise _translate(exc, target, "folder") from exc
    tmp = Path(name)
    stage = "write"
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        stage = "replace"
        with contextlib.suppress(OSError):  # mkstemp made it 0600: give it the user's normal permissions
            os.chmod(tmp, normal_file_mode(target))
        if os.name == "nt" and target.exists():
            # Windows: keep the old file's read-only flag meaningful and detect a lock early
            with open(target, "r+b"):
                pass
        os.replace(tmp, target)
    except OSError as exc:
        raise _translate(exc, target, stage) from exc
    finally:
        with contextlib.suppress(OSError):
            if tmp.exists():
                tmp.unlink()


def write_atomic(target: Path | str, writer: Callable[[Path], object]) -> Path:
    """``writer(tmp_path)`` fills the file; then it replaces ``target``. Returns ``target``."""
    with atomic_output(target) as tmp:
        writer(tmp)
    return Path(target)


def write_bytes_atomic(target: Path | str, data: bytes) -> Path:
    def writer(tmp: Path) -> None:
        with open(tmp, "wb") as fh:
            fh.write(data)

    return write_atomic(target, writer)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> object:
    """A text cell a spreadsheet could run as a formula ("=cmd|' /C calc'!A0") gets a leading
    apostrophe, as spreadsheet-injection guidance says; other values pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv_atomic(target: Path | str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    """CSV in UTF-8 with a BOM (Excel on Windows then reads Vietnamese correctly); text that
    starts like a formula is neutralised (:func:`csv_safe`)."""
    def writer(tmp: Path) -> None:
        with open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            w = csv.writer(fh)
            w.writerow([csv_safe(v) for v in header])
            w.writerows([csv_safe(v) for v in row] for row in rows)

    return write_atomic(target, writer)


def write_table_xlsx(target: Path | str, title: str, header: Sequence[str], rows: Iterable[Sequence[object]],
                     widths: Sequence[int] | None = None) -> Path:
    """A plain one-sheet workbook (bold header, frozen first row, auto filter), written atomically."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = title[:31] or "Sheet1"
    ws.append(list(header))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    n = 1
    for row in rows:
        ws.append(["" if v is None else v for v in row])
        n += 1
        for cell in ws[n]:  # text from the data stays text: never a live formula
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.data_type = "s"
    ws.freeze_panes = "A2"
    if header:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{n}"
    for i, w in enumerate(widths or (), 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    return write_atomic(target, lambda tmp: wb.save(tmp))
