"""Backups screen: the backup folder (USB stick, network drive) with a warning when unreachable,
the list of backups (date, kind, size, record counts), "Sao lưu ngay" and "Khôi phục…".

Self-contained: ``BackupPage(store, parent)``. Long work runs in :mod:`dvdesk.ui.workers` jobs
with their own SQLite connections. After a restore the page emits ``restored``: the database
content changed under every open view, so the owner must reload them (the Store's connection
stays valid: the restore is written with the SQLite backup API, which other connections see as
an ordinary commit). ``busyChanged(True)`` is emitted while a backup or restore runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vntext import money_vn
from dvdesk.paths import backups_dir
from dvdesk.store import backup_policy
from dvdesk.store.backup import BackupInfo, auto_backup, list_backups, read_backup_info, restore_backup
from dvdesk.ui import workers
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.forms.ui_backup_page import Ui_BackupPage

COLUMNS = ["Ngày giờ", "Loại", "Kích thước", "Mô hình, điển hình", "Khen thưởng", "Quyết định", "Đơn vị", "Tệp"]
INFO_ROLE = Qt.ItemDataRole.UserRole + 1


def format_size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{max(1, round(n / 1024))} KB"
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")


def format_when(info: BackupInfo) -> str:
    c = info.created
    return c.strftime("%d/%m/%Y %H:%M") if c else info.created_at


def describe_backup(info: BackupInfo) -> str:
    """"lập lúc 10:15 ngày 03/11/2025 (1.500 mô hình, điển hình, 500 khen thưởng)"."""
    c = info.created
    when = c.strftime("%H:%M ngày %d/%m/%Y") if c else info.created_at
    counts = info.counts or {}
    parts = [f"{money_vn(counts.get('initiatives', 0))} mô hình, điển hình",
             f"{money_vn(counts.get('awards', 0))} khen thưởng",
             f"{money_vn(counts.get('decisions', 0))} quyết định"]
    return f"lập lúc {when} ({'; '.join(parts)})"


class BackupPage(QWidget):
    restored = Signal(object)        # BackupInfo of the state saved just before the restore (or None)
    backupFinished = Signal(object)  # BackupInfo of a backup made from this page
    busyChanged = Signal(bool)

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.ui = Ui_BackupPage()
        self.ui.setupUi(self)
        # the line about the newest backup wraps instead of widening the window past 1366 px
        self.ui.countLabel.setWordWrap(True)
        self.ui.countLabel.setMinimumWidth(240)
        self.ui.buttonRow.setStretchFactor(self.ui.countLabel, 1)
        self.ui.countLabel.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.backups: list[BackupInfo] = []
        self.folder_problem: str | None = None
        self._job: workers.Job | None = None
        self._list_job: workers.Job | None = None
        self._list_gen = 0
        self._running: set[workers.Job] = set()  # keeps every started job alive until it reports
        t = self.ui.table
        t.setColumnCount(len(COLUMNS))
        t.setHorizontalHeaderLabels(COLUMNS)
        t.verticalHeader().setVisible(False)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.backupNowButton.clicked.connect(self.backup_now)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.restoreFileButton.clicked.connect(self.restore_from_file)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.chooseFolderButton.clicked.connect(self.choose_folder)
        self.ui.defaultFolderButton.clicked.connect(self.use_default_folder)
        t.itemSelectionChanged.connect(self._update_buttons)
        t.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.refresh()

    # -- state --------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._job is not None

    @property
    def listing(self) -> bool:
        return self._list_job is not None

    def setting(self) -> str:
        return self.store.settings.get(backup_policy.SETTING_BACKUP_DIR, "") or ""

    def folder(self) -> Path:
        return backup_policy.resolve_backup_dir(self.store.path, self.setting())

    def selected(self) -> BackupInfo | None:
        rows = self.ui.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.ui.table.item(rows[0].row(), 0).data(INFO_ROLE)

    # -- listing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the folder setting and list the backups (in a worker: a network folder may be slow)."""
        folder = self.folder()
        default = backups_dir(Path(self.store.path))
        is_default = folder == default
        self.ui.folderLabel.setText(f"{folder}" + ("  (mặc định, bên cạnh tệp cơ sở dữ liệu)" if is_default else ""))
        self.ui.defaultFolderButton.setEnabled(not is_default)
        db_path = Path(self.store.path)

        def job(_ctx):
            problem = backup_policy.folder_problem(folder, create=is_default)
            found = list_backups(folder, None) if problem is None else []
            if folder != default:  # also show what was written to the default folder as a fallback
                found += [b for b in list_backups(default, db_path) if b.path not in {f.path for f in found}]
            found.sort(key=lambda b: (b.created_at, b.path.name), reverse=True)
            return problem, found

        self._list_gen += 1
        gen = self._list_gen
        self._list_job = self._start(job, lambda result: self._on_listed(gen, result),
                                     lambda message, _d: self._on_list_failed(gen, message))

    def _start(self, fn, finished, failed, progress=None) -> workers.Job:
        """Connect first, then start: a quick job could otherwise report before anyone listens."""
        job = workers.Job(fn)
        self._running.add(job)
        job.signals.finished.connect(lambda _r: self._running.discard(job))
        job.signals.failed.connect(lambda _m, _d: self._running.discard(job))
        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        if progress is not None:
            job.signals.progress.connect(progress)
        QThreadPool.globalInstance().start(job)
        return job

    def _on_listed(self, gen: int, result) -> None:
        if gen != self._list_gen:
            return  # an older listing finished after a newer one was started
        self._list_job = None
        problem, found = result
        self.folder_problem = problem
        self._show_warning(problem)
        self.backups = found
        t = self.ui.table
        t.setRowCount(len(found))
        for r, info in enumerate(found):
            counts = info.counts or {}
            values = [format_when(info), info.reason_label, format_size(info.size),
                      money_vn(counts.get("initiatives", 0)), money_vn(counts.get("awards", 0)),
                      money_vn(counts.get("decisions", 0)), money_vn(counts.get("units", 0)), info.path.name]
            if not info.readable:  # hardening: a file that is not a readable backup is listed as such
                values = ["—", info.reason_label, format_size(info.size), "", "", "", "", info.path.name]
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if 2 <= c <= 6:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(info.path) + (f"\n{info.problem}" if info.problem else ""))
                if c == 0:
                    item.setData(INFO_ROLE, info)
                t.setItem(r, c, item)
        if found:
            t.selectRow(0)
        good = [b for b in found if b.readable]  # hardening: the newest readable one
        newest = f"; bản mới nhất {describe_backup(good[0])}" if good else ""
        if len(good) < len(found):
            newest += f"; {len(found) - len(good)} tệp không đọc được"
        self.ui.countLabel.setText(f"{len(found)} bản sao lưu{newest}" if found else "Chưa có bản sao lưu nào.")
        self._update_buttons()

    def _on_list_failed(self, gen: int, message: str) -> None:
        if gen != self._list_gen:
            return
        self._list_job = None
        self._show_warning(message)

    def _show_warning(self, text: str | None) -> None:
        self.ui.warningLabel.setText(text or "")
        self.ui.warningLabel.setVisible(bool(text))

    def _update_buttons(self) -> None:
        busy = self.busy
        for b in (self.ui.backupNowButton, self.ui.restoreFileButton, self.ui.chooseFolderButton,
                  self.ui.refreshButton):
            b.setEnabled(not busy)
        self.ui.defaultFolderButton.setEnabled(not busy and self.folder() != backups_dir(Path(self.store.path)))
        self.ui.restoreButton.setEnabled(not busy and self.selected() is not None)

    # -- jobs ---------------------------------------------------------------------------------
    def _run(self, fn, on_done, start_text: str) -> None:
        self.ui.progressBar.setRange(0, 100)
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setVisible(True)
        self.ui.statusLabel.setText(start_text)
        self._job = self._start(fn, lambda result: self._finish(on_done, result), self._failed, self._on_progress)
        self._update_buttons()
        self.busyChanged.emit(True)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(done)
        if text:
            self.ui.statusLabel.setText(text)

    def _end(self) -> None:
        self._job = None
        self.ui.progressBar.setVisible(False)
        self._update_buttons()
        self.busyChanged.emit(False)

    def _finish(self, on_done, result) -> None:
        self._end()
        on_done(result)

    def _failed(self, message: str, _details: str) -> None:
        self._end()
        self.ui.statusLabel.setText(message)
        Asker.error(self, "Không thành công", message)
        self.refresh()

    # -- backup -------------------------------------------------------------------------------
    def backup_now(self) -> None:
        if self.busy:
            return
        db_path, setting = Path(self.store.path), self.setting()

        def job(ctx):
            return auto_backup(db_path, setting, reason="thu-cong", force=True, only_if_changed=False,
                               progress=ctx.progress)

        self._run(job, self._backup_done, "Đang sao lưu…")

    def _backup_done(self, result) -> None:
        info = result.info
        text = f"Đã sao lưu vào {info.path} ({format_size(info.size)}; đã kiểm tra toàn vẹn)."
        if result.warning:
            text += "\n\n" + result.warning
        self.ui.statusLabel.setText(text.replace("\n\n", " "))
        self.backupFinished.emit(info)
        Asker.inform(self, "Sao lưu", text)
        self.refresh()

    # -- restore ------------------------------------------------------------------------------
    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.restore_from(info.path)

    def restore_from_file(self) -> None:
        path = self.ask_backup_file()
        if path:
            self.restore_from(Path(path))

    def restore_from(self, path: Path) -> None:
        """Ask for confirmation (date and counts of the backup), then restore in a worker."""
        if self.busy:
            return
        path = Path(path)
        try:
            what = f"bản sao lưu {describe_backup(read_backup_info(path))}"
        except DvdeskError:
            what = f"tệp \"{path.name}\""
        if not Asker.confirm(self, "Khôi phục dữ liệu",
                             f"Thay toàn bộ dữ liệu hiện tại bằng {what}?\n\n"
                             "Dữ liệu hiện tại sẽ được sao lưu trước, nên vẫn lấy lại được nếu cần.\n"
                             f"Tệp: {path}"):
            return
        db_path, folder = Path(self.store.path), self.folder()

        def job(ctx):
            default = backups_dir(db_path)
            before_dir = folder if backup_policy.folder_problem(folder, create=folder == default) is None else default
            return restore_backup(path, db_path, backup_dir=before_dir, progress=ctx.progress)

        self._run(job, self._restore_done, "Đang khôi phục…")

    def _restore_done(self, previous) -> None:
        self.restored.emit(previous)
        kept = f"\nDữ liệu trước khi khôi phục đã được sao lưu vào:\n{previous.path}" if previous else ""
        self.ui.statusLabel.setText("Đã khôi phục dữ liệu.")
        Asker.inform(self, "Khôi phục", "Đã khôi phục dữ liệu." + kept)
        self.refresh()

    # -- folder -------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        chosen = self.ask_folder()
        if not chosen:
            return
        folder = Path(chosen)
        problem = backup_policy.folder_problem(folder)
        if problem:
            Asker.error(self, "Không dùng được thư mục này", problem)
            return
        self.store.settings.set(backup_policy.SETTING_BACKUP_DIR, str(folder))
        self.refresh()

    def use_default_folder(self) -> None:
        self.store.settings.set(backup_policy.SETTING_BACKUP_DIR, "")
        self.refresh()

    # -- questions (tests replace these two, like Asker.answer) -------------------------------
    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, "Chọn thư mục sao lưu", str(self.folder()))

    def ask_backup_file(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self, "Chọn bản sao lưu để khôi phục", str(self.folder()),
            "Bản sao lưu dvdesk (*.dvbak);;Cơ sở dữ liệu SQLite (*.sqlite3 *.db);;Mọi tệp (*)")
        return path
