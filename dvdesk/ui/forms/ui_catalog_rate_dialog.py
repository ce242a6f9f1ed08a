# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_rate_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

from dvdesk.ui.widgets.date_edit import DateEdit
from dvdesk.ui.widgets.money_edit import MoneyEdit

class Ui_CatalogRateDialog(object):
    def setupUi(self, CatalogRateDialog):
        if not CatalogRateDialog.objectName():
            CatalogRateDialog.setObjectName(u"CatalogRateDialog")
        CatalogRateDialog.resize(480, 200)
        CatalogRateDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CatalogRateDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CatalogRateDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dateLabel = QLabel(CatalogRateDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateRow = QHBoxLayout()
        self.dateRow.setObjectName(u"dateRow")
        self.dateEdit = DateEdit(CatalogRateDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.dateRow.addWidget(self.dateEdit)

        self.dateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateRow.addItem(self.dateSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dateRow)

        self.dateError = QLabel(CatalogRateDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setWordWrap(True)
        self.dateError.setStyleSheet(u"color: #c00000;")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.kindLabel = QLabel(CatalogRateDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(CatalogRateDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(CatalogRateDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setWordWrap(True)
        self.kindError.setStyleSheet(u"color: #c00000;")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.valueLabel = QLabel(CatalogRateDialog)
        self.valueLabel.setObjectName(u"valueLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.valueLabel)

        self.valueRow = QHBoxLayout()
        self.valueRow.setObjectName(u"valueRow")
        self.valueEdit = QLineEdit(CatalogRateDialog)
        self.valueEdit.setObjectName(u"valueEdit")

        self.valueRow.addWidget(self.valueEdit)

        self.amountEdit = MoneyEdit(CatalogRateDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.valueRow.addWidget(self.amountEdit)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.valueRow)

        self.valueError = QLabel(CatalogRateDialog)
        self.valueError.setObjectName(u"valueError")
        self.valueError.setWordWrap(True)
        self.valueError.setStyleSheet(u"color: #c00000;")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.valueError)

        self.basisLabel = QLabel(CatalogRateDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisEdit = QLineEdit(CatalogRateDialog)
        self.basisEdit.setObjectName(u"basisEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.basisEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.previewLabel = QLabel(CatalogRateDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.previewLabel)

        self.generalError = QLabel(CatalogRateDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setStyleSheet(u"color: #c00000;")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(CatalogRateDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(CatalogRateDialog)
    # setupUi

    def retranslateUi(self, CatalogRateDialog):
        CatalogRateDialog.setWindowTitle(QCoreApplication.translate("CatalogRateDialog", u"H\u1ec7 s\u1ed1, m\u1ee9c l\u01b0\u01a1ng", None))
        self.introLabel.setText("")
        self.dateLabel.setText(QCoreApplication.translate("CatalogRateDialog", u"\u00c1p d\u1ee5ng t\u1eeb ng\u00e0y:", None))
        self.dateError.setText("")
        self.kindLabel.setText(QCoreApplication.translate("CatalogRateDialog", u"\u0110\u1ed1i t\u01b0\u1ee3ng:", None))
        self.kindError.setText("")
        self.valueLabel.setText(QCoreApplication.translate("CatalogRateDialog", u"H\u1ec7 s\u1ed1:", None))
        self.valueError.setText("")
        self.basisLabel.setText(QCoreApplication.translate("CatalogRateDialog", u"C\u0103n c\u1ee9:", None))
        self.basisEdit.setPlaceholderText(QCoreApplication.translate("CatalogRateDialog", u"V\u00ed d\u1ee5: Ngh\u1ecb \u0111\u1ecbnh 152/2025/N\u0110-CP", None))
        self.previewLabel.setText("")
        self.generalError.setText("")
    # retranslateUi
