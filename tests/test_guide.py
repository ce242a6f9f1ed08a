"""The user guide: shipped in dvdesk.resources (HTML, its screenshots, a PDF), every picture it shows
exists, and Trợ giúp › Hướng dẫn sử dụng (F1) opens it offline."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence

from dvdesk.paths import resource
from dvdesk.ui.views.guide_dialog import GUIDE_HTML, GUIDE_PDF, GuideDialog


def test_guide_pictures_and_pdf_are_shipped():
    html = resource("guide", GUIDE_HTML).read_text(encoding="utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert len(pictures) >= 8
    missing = [p for p in pictures if not resource("guide", *p.split("/")).is_file()]
    assert not missing, f"make guide: screenshots missing {missing}"
    for section in ("Cài đặt chương trình", "Lần đầu sử dụng", "Đăng ký mô hình", "sơ kết, tổng kết",
                    "Quyết định khen thưởng", "Nhập dữ liệu từ Excel", "Sao lưu và khôi phục"):
        assert section in html
    pdf = resource("guide", GUIDE_PDF)
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_help_menu_opens_the_guide(qtbot, store, tmp_path):
    from dvdesk.ui.views.main_window import MainWindow

    window = MainWindow(store, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    action = window.guide_action
    assert window.ui.menuHelp.actions()[0] is action
    assert action.text().replace("&", "") == "Hướng dẫn sử dụng"
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    action.trigger()
    dialog = window.guide_dialog
    qtbot.addWidget(dialog)
    assert "HƯỚNG DẪN SỬ DỤNG DVDESK" in dialog.browser.toPlainText()
    window.close()


def test_guide_opens_its_pdf(qtbot):
    opened = []
    dialog = GuideDialog(url_opener=opened.append)
    qtbot.addWidget(dialog)
    dialog.pdf_button.click()
    assert opened and opened[0].toLocalFile().endswith(GUIDE_PDF)


@pytest.mark.parametrize("name", ["lan-dau.png", "mo-hinh.png", "sao-luu.png"])
def test_screenshots_are_full_size(name):
    from PySide6.QtGui import QImage

    image = QImage(str(resource("guide", "img", name)))
    assert not image.isNull() and image.width() >= 800
