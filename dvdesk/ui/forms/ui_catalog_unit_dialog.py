# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_unit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

from dvdesk.ui.widgets.date_edit import DateEdit
from dvdesk.ui.widgets.unit_picker import UnitPicker

class Ui_CatalogUnitDialog(object):
    def setupUi(self, CatalogUnitDialog):
        if not CatalogUnitDialog.objectName():
            CatalogUnitDialog.setObjectName(u"CatalogUnitDialog")
        CatalogUnitDialog.resize(660, 200)
        CatalogUnitDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CatalogUnitDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(CatalogUnitDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CatalogUnitDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.nameError = QLabel(CatalogUnitDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setStyleSheet(u"color: #c00000;")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.shortNameLabel = QLabel(CatalogUnitDialog)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shortNameLabel)

        self.shortNameEdit = QLineEdit(CatalogUnitDialog)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shortNameEdit)

        self.levelLabel = QLabel(CatalogUnitDialog)
        self.levelLabel.setObjectName(u"levelLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(CatalogUnitDialog)
        self.levelCombo.setObjectName(u"levelCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.levelError = QLabel(CatalogUnitDialog)
        self.levelError.setObjectName(u"levelError")
        self.levelError.setWordWrap(True)
        self.levelError.setStyleSheet(u"color: #c00000;")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.levelError)

        self.parentLabel = QLabel(CatalogUnitDialog)
        self.parentLabel.setObjectName(u"parentLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.parentLabel)

        self.parentPicker = UnitPicker(CatalogUnitDialog)
        self.parentPicker.setObjectName(u"parentPicker")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.parentPicker)

        self.parentError = QLabel(CatalogUnitDialog)
        self.parentError.setObjectName(u"parentError")
        self.parentError.setWordWrap(True)
        self.parentError.setStyleSheet(u"color: #c00000;")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.parentError)

        self.blockLabel = QLabel(CatalogUnitDialog)
        self.blockLabel.setObjectName(u"blockLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.blockLabel)

        self.blockCombo = QComboBox(CatalogUnitDialog)
        self.blockCombo.setObjectName(u"blockCombo")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.blockCombo)

        self.validFromLabel = QLabel(CatalogUnitDialog)
        self.validFromLabel.setObjectName(u"validFromLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.validFromLabel)

        self.validFromRow = QHBoxLayout()
        self.validFromRow.setObjectName(u"validFromRow")
        self.validFromEdit = DateEdit(CatalogUnitDialog)
        self.validFromEdit.setObjectName(u"validFromEdit")

        self.validFromRow.addWidget(self.validFromEdit)

        self.validFromHint = QLabel(CatalogUnitDialog)
        self.validFromHint.setObjectName(u"validFromHint")

        self.validFromRow.addWidget(self.validFromHint)

        self.validFromSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.validFromRow.addItem(self.validFromSpacer)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.validFromRow)

        self.validFromError = QLabel(CatalogUnitDialog)
        self.validFromError.setObjectName(u"validFromError")
        self.validFromError.setWordWrap(True)
        self.validFromError.setStyleSheet(u"color: #c00000;")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.validFromError)

        self.validToLabel = QLabel(CatalogUnitDialog)
        self.validToLabel.setObjectName(u"validToLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.validToLabel)

        self.validToRow = QHBoxLayout()
        self.validToRow.setObjectName(u"validToRow")
        self.validToEdit = DateEdit(CatalogUnitDialog)
        self.validToEdit.setObjectName(u"validToEdit")

        self.validToRow.addWidget(self.validToEdit)

        self.validToHint = QLabel(CatalogUnitDialog)
        self.validToHint.setObjectName(u"validToHint")

        self.validToRow.addWidget(self.validToHint)

        self.validToSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.validToRow.addItem(self.validToSpacer)


        self.formLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.validToRow)

        self.validToError = QLabel(CatalogUnitDialog)
        self.validToError.setObjectName(u"validToError")
        self.validToError.setWordWrap(True)
        self.validToError.setStyleSheet(u"color: #c00000;")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.validToError)

        self.symbolLabel = QLabel(CatalogUnitDialog)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = QLineEdit(CatalogUnitDialog)
        self.symbolEdit.setObjectName(u"symbolEdit")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.precedenceLabel = QLabel(CatalogUnitDialog)
        self.precedenceLabel.setObjectName(u"precedenceLabel")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.precedenceLabel)

        self.precedenceSpin = QSpinBox(CatalogUnitDialog)
        self.precedenceSpin.setObjectName(u"precedenceSpin")
        self.precedenceSpin.setMinimum(0)
        self.precedenceSpin.setMaximum(1000000)
        self.precedenceSpin.setValue(1000)
        self.precedenceSpin.setMinimumSize(QSize(100, 0))

        self.formLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.precedenceSpin)

        self.verifiedCheck = QCheckBox(CatalogUnitDialog)
        self.verifiedCheck.setObjectName(u"verifiedCheck")

        self.formLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.verifiedCheck)

        self.noteLabel = QLabel(CatalogUnitDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(15, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(CatalogUnitDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 70))
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(15, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.generalError = QLabel(CatalogUnitDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setStyleSheet(u"color: #c00000;")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(CatalogUnitDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(CatalogUnitDialog)
    # setupUi

    def retranslateUi(self, CatalogUnitDialog):
        CatalogUnitDialog.setWindowTitle(QCoreApplication.translate("CatalogUnitDialog", u"\u0110\u01a1n v\u1ecb", None))
        self.nameLabel.setText(QCoreApplication.translate("CatalogUnitDialog", u"T\u00ean \u0111\u01a1n v\u1ecb:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CatalogUnitDialog", u"T\u00ean \u0111\u1ea7y \u0111\u1ee7, v\u00ed d\u1ee5: \u1ee6y ban nh\u00e2n d\u00e2n x\u00e3 B\u00ecnh An", None))
        self.nameError.setText("")
        self.shortNameLabel.setText(QCoreApplication.translate("CatalogUnitDialog", u"T\u00ean vi\u1ebft t\u1eaft:", None))
        self.shortNameEdit.setPlaceholderText(QCoreApplication.translate("CatalogUnitDialog", u"Kh\u00f4ng b\u1eaft bu\u1ed9c", None))
        self.levelLabel.setText(QCoreApplication.translate("CatalogUnitDialog", u"C\u1ea5p:", None))
        self.levelError.setText("")
        self.parentLabel.setText(QCoreApplication.translate("CatalogUnitDialog", u"\u0110\u01a1n v\u1ecb c\u1ea5p tr\u00ean:", None))
        self.parentError.setText("")
        self.blockLabel.setText(QCoreApplication.translate("CatalogUnitDialog", u"Kh\u1ed1i:", None))
        self.validFromLabel.setText(QCoreApplication.translate("CatalogUnitDialog", u"Hi\u1ec7u l\u1ef1c t\u1eeb ng\u00e0y:", None))
        self.validFromHint.setText(QCoreApplication.translate("CatalogUnitDialog", u"\u0111\u1ec3 tr\u1ed1ng n\u1ebfu c\u00f3 t\u1eeb tr\u01b0\u1edbc, kh\u00f4ng r\u00f5 ng\u00e0y", None))
        self.validFromError.setText("")
        self.validToLabel.setText(QCoreApplication.translate("CatalogUnitDialog", u"Hi\u1ec7u l\u1ef1c \u0111\u1ebfn ng\u00e0y:", None))
        self.validToHint.setText(QCoreApplication.translate("CatalogUnitDialog", u"\u0111\u1ec3 tr\u1ed1ng n\u1ebfu \u0111ang ho\u1ea1t \u0111\u1ed9ng", None))
        self.validToError.setText("")
        self.symbolLabel.setText(QCoreApplication.translate("CatalogUnitDialog", u"K\u00fd hi\u1ec7u:", None))
        self.symbolEdit.setPlaceholderText(QCoreApplication.translate("CatalogUnitDialog", u"V\u00ed d\u1ee5: BDVTU, UBND", None))
        self.precedenceLabel.setText(QCoreApplication.translate("CatalogUnitDialog", u"Th\u1ee9 t\u1ef1 \u01b0u ti\u00ean:", None))
        self.verifiedCheck.setText(QCoreApplication.translate("CatalogUnitDialog", u"\u0110\u00e3 x\u00e1c minh (th\u00f4ng tin \u0111\u01a1n v\u1ecb \u0111\u00e3 \u0111\u01b0\u1ee3c ki\u1ec3m tra)", None))
        self.noteLabel.setText(QCoreApplication.translate("CatalogUnitDialog", u"Ghi ch\u00fa:", None))
        self.generalError.setText("")
    # retranslateUi
