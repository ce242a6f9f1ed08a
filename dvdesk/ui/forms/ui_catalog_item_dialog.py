# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_item_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_CatalogItemDialog(object):
    def setupUi(self, CatalogItemDialog):
        if not CatalogItemDialog.objectName():
            CatalogItemDialog.setObjectName(u"CatalogItemDialog")
        CatalogItemDialog.resize(440, 200)
        CatalogItemDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CatalogItemDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CatalogItemDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.codeLabel = QLabel(CatalogItemDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(CatalogItemDialog)
        self.codeEdit.setObjectName(u"codeEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.codeError = QLabel(CatalogItemDialog)
        self.codeError.setObjectName(u"codeError")
        self.codeError.setWordWrap(True)
        self.codeError.setStyleSheet(u"color: #c00000;")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.codeError)

        self.nameLabel = QLabel(CatalogItemDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CatalogItemDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(CatalogItemDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setStyleSheet(u"color: #c00000;")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.moneyCheck = QCheckBox(CatalogItemDialog)
        self.moneyCheck.setObjectName(u"moneyCheck")
        self.moneyCheck.setChecked(True)
        self.moneyCheck.setVisible(False)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.moneyCheck)


        self.dialogLayout.addLayout(self.formLayout)

        self.generalError = QLabel(CatalogItemDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setStyleSheet(u"color: #c00000;")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(CatalogItemDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(CatalogItemDialog)
    # setupUi

    def retranslateUi(self, CatalogItemDialog):
        CatalogItemDialog.setWindowTitle(QCoreApplication.translate("CatalogItemDialog", u"Danh m\u1ee5c", None))
        self.introLabel.setText("")
        self.codeLabel.setText(QCoreApplication.translate("CatalogItemDialog", u"M\u00e3:", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("CatalogItemDialog", u"Vi\u1ebft li\u1ec1n, kh\u00f4ng d\u1ea5u, v\u00ed d\u1ee5: NTM", None))
        self.codeError.setText("")
        self.nameLabel.setText(QCoreApplication.translate("CatalogItemDialog", u"T\u00ean:", None))
        self.nameError.setText("")
        self.moneyCheck.setText(QCoreApplication.translate("CatalogItemDialog", u"C\u00f3 k\u00e8m ti\u1ec1n th\u01b0\u1edfng (t\u00ednh theo h\u1ec7 s\u1ed1 \u00d7 l\u01b0\u01a1ng c\u01a1 s\u1edf)", None))
        self.generalError.setText("")
    # retranslateUi
