"""Trợ giúp › Hướng dẫn sử dụng (F1): the Vietnamese user guide shipped in ``dvdesk.resources/guide``
(HTML with screenshots the app took of itself, ``make guide``), shown offline, and its PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from dvdesk.paths import resource
from dvdesk.ui.dialogs import Asker

GUIDE_HTML = "huong-dan.html"
GUIDE_PDF = "huong-dan.pdf"


def guide_file(name: str = GUIDE_HTML) -> Path:
    return resource("guide", name)


class GuideDialog(QDialog):
    """The guide in a browser pane (links inside it work, external ones open in the system browser);
    "Mở bản PDF" opens the printable copy."""

    def __init__(self, parent=None, url_opener: Callable[[QUrl], object] | None = None):
        super().__init__(parent)
        self.url_opener = url_opener or QDesktopServices.openUrl
        self.setWindowTitle("Hướng dẫn sử dụng dvdesk")
        self.resize(1000, 700)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        html = guide_file()
        self.browser.setSearchPaths([str(html.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(html)))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("Đóng")
        self.pdf_button = buttons.addButton("Mở bản PDF để in", QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(self.open_pdf)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_pdf(self) -> None:
        pdf = guide_file(GUIDE_PDF)
        if not pdf.is_file():
            Asker.error(self, "Không có bản PDF", f"Không tìm thấy tệp {pdf}.")
            return
        self.url_opener(QUrl.fromLocalFile(str(pdf)))


def add_guide_action(window) -> QAction:
    """Trợ giúp › Hướng dẫn sử dụng (F1), first in the Help menu of ``window`` (the main window)."""
    action = QAction("&Hướng dẫn sử dụng", window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    action.setToolTip("Mở hướng dẫn sử dụng (F1)")

    def show() -> GuideDialog:
        dialog = GuideDialog(window)
        dialog.show()
        window.guide_dialog = dialog
        return dialog

    action.triggered.connect(show)
    menu = window.ui.menuHelp
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)
    window.guide_action = action
    return action
