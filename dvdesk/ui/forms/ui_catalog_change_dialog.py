# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_change_dialog.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from dvdesk.ui.widgets.date_edit import DateEdit

class Ui_CatalogChangeDialog(object):
    def setupUi(self, CatalogChangeDialog):
        if not CatalogChangeDialog.objectName():
            CatalogChangeDialog.setObjectName(u"CatalogChangeDialog")
        CatalogChangeDialog.resize(600, 200)
        CatalogChangeDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CatalogChangeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CatalogChangeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.filterEdit = QLineEdit(CatalogChangeDialog)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.dialogLayout.addWidget(self.filterEdit)

        self.unitList = QListWidget(CatalogChangeDialog)
        self.unitList.setObjectName(u"unitList")
        self.unitList.setMinimumSize(QSize(0, 220))
        self.unitList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.unitList)

        self.unitsError = QLabel(CatalogChangeDialog)
        self.unitsError.setObjectName(u"unitsError")
        self.unitsError.setWordWrap(True)
        self.unitsError.setStyleSheet(u"color: #c00000;")

        self.dialogLayout.addWidget(self.unitsError)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(CatalogChangeDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CatalogChangeDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(CatalogChangeDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setStyleSheet(u"color: #c00000;")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.namesLabel = QLabel(CatalogChangeDialog)
        self.namesLabel.setObjectName(u"namesLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.namesLabel)

        self.namesEdit = QPlainTextEdit(CatalogChangeDialog)
        self.namesEdit.setObjectName(u"namesEdit")
        self.namesEdit.setMinimumSize(QSize(0, 110))
        self.namesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.namesEdit)

        self.dateLabel = QLabel(CatalogChangeDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.dateEdit = DateEdit(CatalogChangeDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.dateRow.addWidget(self.dateEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dateRow)

        self.dateError = QLabel(CatalogChangeDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)
        self.dateError.setStyleSheet(u"color: #c00000;")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dateError)


        self.dialogLayout.addLayout(self.formLayout)

        self.generalError = QLabel(CatalogChangeDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setStyleSheet(u"color: #c00000;")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(CatalogChangeDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(CatalogChangeDialog)
    # setupUi

    def retranslateUi(self, CatalogChangeDialog):
        CatalogChangeDialog.setWindowTitle(QCoreApplication.translate("CatalogChangeDialog", u"Thay \u0111\u1ed5i \u0111\u01a1n v\u1ecb", None))
        self.introLabel.setText("")
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("CatalogChangeDialog", u"L\u1ecdc danh s\u00e1ch \u0111\u01a1n v\u1ecb (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)", None))
        self.unitsError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("CatalogChangeDialog", u"T\u00ean m\u1edbi:", None))
        self.nameError.setText("")
        self.namesLabel.setText(QCoreApplication.translate("CatalogChangeDialog", u"C\u00e1c \u0111\u01a1n v\u1ecb m\u1edbi\n"
"(m\u1ed7i d\u00f2ng m\u1ed9t t\u00ean):", None))
        self.dateLabel.setText(QCoreApplication.translate("CatalogChangeDialog", u"T\u1eeb ng\u00e0y:", None))
        self.dateError.setText("")
        self.generalError.setText("")
    # retranslateUi
