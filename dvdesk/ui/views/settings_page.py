"""Cài đặt: the agency profile printed on documents (with a live preview of the header), name and
tone order, award list order, the data folder and the backup folder.

"Lưu" (Ctrl+S) writes each changed key with one repository call. A change of tone order also
rebuilds every stored collation key: that runs in a background job with its own connection,
setting and keys in one transaction, so the stored order never disagrees with the setting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QWidget

from dvdesk.domain.errors import DvdeskError
from dvdesk.domain.vntext import long_date_vn, money_vn, nfc
from dvdesk.domain.vocab import AwardOrder, DocumentStyle, NameOrder, ToneOrder
from dvdesk.paths import backups_dir
from dvdesk.store import backup_policy
from dvdesk.ui import workers
from dvdesk.ui.dialogs import Asker
from dvdesk.ui.forms.ui_settings_page import Ui_SettingsPage

TONE_EXAMPLES = {
    ToneOrder.CLDR: "ba, bà, bả, bã, bá, bạ",
    ToneOrder.ALT: "ba, bà, bá, bả, bã, bạ",
}
AGENCY_KEYS = ("parent_body", "issuing_body", "symbol", "place", "signer_authority", "signer_title",
               "signer_name", "style")

FolderChooser = Callable[[QWidget, str, str], str]
UrlOpener = Callable[[QUrl], object]


def _default_chooser(parent: QWidget, title: str, start: str) -> str:
    return QFileDialog.getExistingDirectory(parent, title, start)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SettingsPage(QWidget):
    """The "Cài đặt" screen.

    ``folder_chooser(parent, title, start_dir) -> path`` ("" = cancelled) and ``url_opener(QUrl)``
    are injectable for tests; they default to QFileDialog and QDesktopServices.
    """

    changed = Signal()
    dirtyChanged = Signal(bool)
    resortFinished = Signal(bool)  # True when the sort keys were rebuilt, False when it failed
    changesMade = Signal(object)  # Changes written by the page's own worker (the re-sort), for the window

    def __init__(self, store, parent=None, folder_chooser: FolderChooser | None = None,
                 url_opener: UrlOpener | None = None):
        super().__init__(parent)
        self.store = store
        self.folder_chooser = folder_chooser or _default_chooser
        self.url_opener = url_opener or QDesktopServices.openUrl
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        ui = self.ui
        self._job: workers.Job | None = None
        self._done_job: workers.Job | None = None
        self._saved: dict = {}
        self._dirty = False
        self._backup_dir = ""
        self.agency_edits: dict[str, QLineEdit] = {
            "parent_body": ui.parentBodyEdit, "issuing_body": ui.issuingBodyEdit, "symbol": ui.symbolEdit,
            "place": ui.placeEdit, "signer_authority": ui.signerAuthorityEdit, "signer_title": ui.signerTitleEdit,
            "signer_name": ui.signerNameEdit,
        }
        self.error_labels: dict[str, QLabel] = {"issuing_body": ui.issuingBodyError, "place": ui.placeError}
        for combo, vocab in ((ui.styleCombo, DocumentStyle), (ui.nameOrderCombo, NameOrder),
                             (ui.awardOrderCombo, AwardOrder), (ui.toneOrderCombo, ToneOrder)):
            for code, label in vocab.choices():
                combo.addItem(label, code)
        ui.toneOrderCombo.setToolTip("Thứ tự các dấu thanh khi xếp tên theo A–Z. Chuẩn Unicode và từ điển tiếng "
                                     "Việt: không dấu, huyền, hỏi, ngã, sắc, nặng.")
        for edit in self.agency_edits.values():
            edit.textChanged.connect(self._edited)
        for combo in (ui.styleCombo, ui.nameOrderCombo, ui.toneOrderCombo, ui.awardOrderCombo):
            combo.currentIndexChanged.connect(self._edited)
        ui.dataPathEdit.setText(str(Path(store.path).resolve()))
        ui.dataPathEdit.setCursorPosition(0)
        ui.openDataButton.clicked.connect(self.open_data_folder)
        ui.chooseBackupButton.clicked.connect(self.choose_backup_dir)
        ui.defaultBackupButton.clicked.connect(self.use_default_backup_dir)
        ui.saveButton.clicked.connect(self.save)
        ui.revertButton.clicked.connect(self.load)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save)
        for row in (ui.previewHeaderRow, ui.previewSignRow):  # the official 45 % | 55 % columns
            row.setStretch(0, 45)
            row.setStretch(1, 55)
        ui.resortProgress.setVisible(False)
        ui.resortLabel.setVisible(False)
        self.load()

    # -- reading and writing ---------------------------------------------------------------------
    def stored_values(self) -> dict:
        s = self.store.settings
        agency = s.agency()
        return {
            "agency": {k: str(agency.get(k) or "") for k in AGENCY_KEYS},
            "name_order": s.get("name_order", NameOrder.VI),
            "tone_order": s.tone_order(),
            "award_order": s.get("award_order", AwardOrder.PRECEDENCE),
            "backup_dir": s.get("backup_dir", "") or "",
        }

    def load(self) -> None:
        """Fill the form from the database (also "Hoàn tác": drop unsaved changes)."""
        v = self.stored_values()
        ui = self.ui
        widgets = [*self.agency_edits.values(), ui.styleCombo, ui.nameOrderCombo, ui.toneOrderCombo,
                   ui.awardOrderCombo]
        for w in widgets:
            w.blockSignals(True)
        for key, edit in self.agency_edits.items():
            edit.setText(v["agency"][key])
            edit.setCursorPosition(0)
        _select(ui.styleCombo, v["agency"]["style"])
        _select(ui.nameOrderCombo, v["name_order"])
        _select(ui.toneOrderCombo, v["tone_order"])
        _select(ui.awardOrderCombo, v["award_order"])
        for w in widgets:
            w.blockSignals(False)
        self._set_backup_dir(v["backup_dir"])
        self._saved = self.values()
        self._edited()

    def refresh(self) -> None:
        """Reload from the database unless the clerk has unsaved edits (F5, or after another screen
        changed a setting such as the backup folder)."""
        if not self.is_dirty() and not self.resort_running():
            self.load()

    def values(self) -> dict:
        ui = self.ui
        agency = {k: nfc(e.text()).strip() for k, e in self.agency_edits.items()}
        agency["style"] = ui.styleCombo.currentData()
        return {
            "agency": agency,
            "name_order": ui.nameOrderCombo.currentData(),
            "tone_order": ui.toneOrderCombo.currentData(),
            "award_order": ui.awardOrderCombo.currentData(),
            "backup_dir": self._backup_dir,
        }

    def is_dirty(self) -> bool:
        return self.values() != self._saved

    def agency_confirmed(self) -> bool:
        return bool((self.store.settings.get("agency") or {}).get("confirmed"))

    def validate(self) -> dict[str, str]:
        agency = self.values()["agency"]
        errors = {}
        if not agency["issuing_body"]:
            errors["issuing_body"] = "Chưa nhập tên cơ quan ban hành."
        if not agency["place"]:
            errors["place"] = "Chưa nhập địa danh (in ở dòng \"…, ngày … tháng … năm …\")."
        return errors

    def save(self) -> bool:
        """Write every changed key (one call each); False when the form has errors."""
        if self.resort_running():
            return False
        errors = self.validate()
        self._show_errors(errors)
        if errors:
            first = next(iter(errors))
            self.agency_edits[first].setFocus()
            return False
        if not self.is_dirty() and self.agency_confirmed():
            return True
        values = self.values()
        s = self.store.settings
        try:
            if values["agency"] != self._saved["agency"] or not self.agency_confirmed():
                stored = s.get("agency") or {}
                s.set("agency", {**stored, **values["agency"], "confirmed": True})
            for key in ("name_order", "award_order", "backup_dir"):
                if values[key] != self._saved[key]:
                    s.set(key, values[key])
        except DvdeskError as exc:
            Asker.error(self, "Không lưu được cài đặt", str(exc))
            return False
        tone_changed = values["tone_order"] != self._saved["tone_order"]
        self._saved = {**values, "tone_order": self._saved["tone_order"]}
        if tone_changed:
            self._start_resort(values["tone_order"])
        self._edited()
        self.changed.emit()
        return True

    # -- tone order: rebuild the stored sort keys ------------------------------------------------
    def resort_running(self) -> bool:
        return self._job is not None

    def _start_resort(self, tone: str) -> None:
        from dvdesk.store.db import open_store

        path = Path(self.store.path)

        def job(ctx: workers.JobContext) -> tuple[int, object]:
            ctx.progress(0, 0, "Đang sắp xếp lại các tên đã lưu theo thứ tự dấu mới…")
            s = open_store(path)  # a worker owns its connection
            try:
                n = s.scalar("SELECT count(*) FROM initiatives") + s.scalar("SELECT count(*) FROM awards")
                with s.tx():  # the setting and the keys change together
                    s.settings.set("tone_order", tone)
                    s.initiatives.recompute_sort_keys()
                return n, s.last_changes
            finally:
                s.close()

        ui = self.ui
        ui.resortProgress.setRange(0, 0)
        ui.resortProgress.setVisible(True)
        ui.resortLabel.setVisible(True)
        ui.resortLabel.setText("Đang sắp xếp lại các tên đã lưu theo thứ tự dấu mới…")
        ui.toneOrderCombo.setEnabled(False)
        # the callbacks are connected before the job starts: a fast re-sort's result is never lost
        self._job = workers.start(job, on_finished=lambda result: self._resort_done(tone, *result),
                                  on_failed=self._resort_failed, on_progress=self._resort_progress)
        self._edited()

    def _resort_progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.ui.resortProgress.setRange(0, total)
            self.ui.resortProgress.setValue(done)
        if text:
            self.ui.resortLabel.setText(text)

    def _resort_finish(self) -> None:
        # keep the finished job alive a while: its pool thread may still be leaving run()
        self._done_job, self._job = self._job, None
        self.ui.resortProgress.setVisible(False)
        self.ui.toneOrderCombo.setEnabled(True)

    def _resort_done(self, tone: str, n: int, changes: object = None) -> None:
        self._resort_finish()
        self._saved["tone_order"] = tone
        self.ui.resortLabel.setText(f"Đã sắp xếp lại {money_vn(n)} tên theo thứ tự dấu: {ToneOrder.label_of(tone)}.")
        self._edited()
        self.changed.emit()
        self.changesMade.emit(changes)
        self.resortFinished.emit(True)

    def _resort_failed(self, message: str, _details: str) -> None:
        self._resort_finish()
        self.ui.resortLabel.setText("Chưa đổi được thứ tự dấu thanh.")
        Asker.error(self, "Không sắp xếp lại được", f"Chưa đổi được thứ tự dấu thanh: {message}\n"
                    "Thứ tự cũ vẫn được giữ nguyên.")
        self._edited()
        self.resortFinished.emit(False)

    # -- folders ---------------------------------------------------------------------------------
    def open_data_folder(self) -> None:
        folder = Path(self.store.path).resolve().parent
        if not self.url_opener(QUrl.fromLocalFile(str(folder))):
            Asker.error(self, "Không mở được thư mục", f"Không mở được thư mục {folder}.")

    def choose_backup_dir(self) -> None:
        start = self._backup_dir or str(backups_dir(Path(self.store.path)).parent)
        chosen = self.folder_chooser(self, "Chọn thư mục sao lưu", start)
        if not chosen:
            return
        folder = Path(chosen)
        problem = backup_policy.folder_problem(folder)  # a real write probe, in plain Vietnamese
        if problem:
            Asker.error(self, "Không dùng được thư mục", problem)
            return
        self._set_backup_dir(nfc(str(folder)))
        self._edited()

    def use_default_backup_dir(self) -> None:
        self._set_backup_dir("")
        self._edited()

    def _set_backup_dir(self, path: str) -> None:
        self._backup_dir = path
        ui = self.ui
        ui.backupDirEdit.setText(path)
        ui.backupDirEdit.setCursorPosition(0)
        default = backups_dir(Path(self.store.path).resolve())
        ui.backupDirEdit.setPlaceholderText(f"Mặc định: {default}")
        ui.backupDirEdit.setToolTip(path or f"Mặc định: {default}")
        ui.defaultBackupButton.setEnabled(bool(path))

    # -- preview, errors, dirty state ------------------------------------------------------------
    def preview_text(self, on: date | None = None) -> str:
        """The document header in one line: "TỈNH ỦY AN GIANG / BAN … / Số …-QĐ/BTGDVTU / An Giang, ngày …"."""
        a = self.values()["agency"]
        parts = [p.upper() for p in (a["parent_body"], a["issuing_body"]) if p]
        parts.append(_number(a))
        parts.append(long_date_vn(a["place"], on or date.today()))
        return " / ".join(parts)

    def _update_preview(self) -> None:
        a = self.values()["agency"]
        ui = self.ui
        today = date.today()
        party = a["style"] != DocumentStyle.STATE
        left = []
        if a["parent_body"]:
            left.append(_html(a["parent_body"].upper()))
        issuing = _html(a["issuing_body"].upper()) or "<i>(chưa có cơ quan ban hành)</i>"
        left.append(f"<b>{issuing}</b>" if party else f"<b><u>{issuing}</u></b>")
        if party:
            left.append("*")
        left.append(_html(_number(a)))
        if party:
            right = ["<b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b>"]
        else:
            right = ["<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", "<b><u>Độc lập - Tự do - Hạnh phúc</u></b>"]
        right.append(f"<i>{_html(long_date_vn(a['place'], today))}</i>")
        ui.previewLeftLabel.setText("<br>".join(left))
        ui.previewRightLabel.setText("<br>".join(right))
        sign = [f"<b>{_html(x)}</b>" for x in (a["signer_authority"], a["signer_title"]) if x]
        sign.append("<br><i>(ký tên, đóng dấu)</i><br>")
        sign.append(f"<b>{_html(a['signer_name'])}</b>" if a["signer_name"] else "<i>(chưa có họ tên người ký)</i>")
        ui.previewSignLabel.setText("<br>".join(sign))
        if party:
            ui.previewRecipientsLabel.setText("<u>Nơi nhận:</u><br>- …<br>- Lưu …")
        else:
            ui.previewRecipientsLabel.setText("<b><i>Nơi nhận:</i></b><br>- …;<br>- Lưu: VT, ….")
        tone = ui.toneOrderCombo.currentData() or ToneOrder.CLDR
        ui.toneHintLabel.setText(f"Ví dụ: {TONE_EXAMPLES[tone]}. Đổi thứ tự dấu thanh sẽ tính lại thứ tự sắp xếp "
                                 "của mọi tên đã lưu (có thể mất vài giây).")
        ui.previewLineLabel.setText(self.preview_text(today))

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, lbl in self.error_labels.items():
            lbl.setText(errors.get(key, ""))
            lbl.setVisible(key in errors)
            self.agency_edits[key].setStyleSheet("border: 1px solid #c00000;" if key in errors else "")

    def _edited(self, *_args) -> None:
        self._update_preview()
        self._show_errors(self.validate())
        dirty = self.is_dirty()
        unconfirmed = not self.agency_confirmed()
        ui = self.ui
        running = self.resort_running()
        ui.saveButton.setEnabled((dirty or unconfirmed) and not running)
        ui.revertButton.setEnabled(dirty and not running)
        if running:
            ui.dirtyLabel.setText("Đang sắp xếp lại tên…")
        elif dirty:
            ui.dirtyLabel.setText("● Có thay đổi chưa lưu")
        elif unconfirmed:
            ui.dirtyLabel.setText("Thông tin cơ quan chưa được xác nhận: hãy kiểm tra rồi bấm \"Lưu\".")
        else:
            ui.dirtyLabel.setText("Đã lưu")
        ui.dirtyLabel.setStyleSheet("color: #b06000; font-weight: bold;" if dirty or unconfirmed else "color: #555555;")
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)


def _number(agency: dict) -> str:
    """The number line with a placeholder: party "Số …-QĐ/BTGDVTU", state "Số: …/QĐ-BTGDVTU"."""
    sym = agency["symbol"]
    if agency["style"] == DocumentStyle.STATE:
        return f"Số: …/QĐ-{sym}" if sym else "Số: …/QĐ"
    return f"Số …-QĐ/{sym}" if sym else "Số …-QĐ"


def _select(combo: QComboBox, code: str) -> None:
    i = combo.findData(code)
    combo.setCurrentIndex(i if i >= 0 else 0)
