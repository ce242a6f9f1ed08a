"""The one place the program asks the user something (tests replace ``Asker.answer``)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


class Asker:
    """``answer`` is None in normal use; a test sets it to a callable (kind, title, text) -> bool."""

    answer = None

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str) -> bool:
        if cls.answer is not None:
            return bool(cls.answer("confirm", title, text))
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        yes = box.addButton("Đồng ý", QMessageBox.ButtonRole.YesRole)
        box.addButton("Hủy", QMessageBox.ButtonRole.NoRole)
        box.exec()
        return box.clickedButton() is yes

    @classmethod
    def inform(cls, parent: QWidget | None, title: str, text: str) -> None:
        if cls.answer is not None:
            cls.answer("inform", title, text)
            return
        QMessageBox.information(parent, title, text)

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        if cls.answer is not None:
            cls.answer("error", title, text)
            return
        QMessageBox.critical(parent, title, text)
