# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalog_phase_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_CatalogPhaseDialog(object):
    def setupUi(self, CatalogPhaseDialog):
        if not CatalogPhaseDialog.objectName():
            CatalogPhaseDialog.setObjectName(u"CatalogPhaseDialog")
        CatalogPhaseDialog.resize(480, 200)
        CatalogPhaseDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(CatalogPhaseDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(CatalogPhaseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.startLabel = QLabel(CatalogPhaseDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startSpin = QSpinBox(CatalogPhaseDialog)
        self.startSpin.setObjectName(u"startSpin")
        self.startSpin.setMinimum(2000)
        self.startSpin.setMaximum(2100)
        self.startSpin.setValue(2031)
        self.startSpin.setMinimumSize(QSize(100, 0))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.startSpin)

        self.endLabel = QLabel(CatalogPhaseDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endSpin = QSpinBox(CatalogPhaseDialog)
        self.endSpin.setObjectName(u"endSpin")
        self.endSpin.setMinimum(2000)
        self.endSpin.setMaximum(2100)
        self.endSpin.setValue(2035)
        self.endSpin.setMinimumSize(QSize(100, 0))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.endSpin)

        self.soKetLabel = QLabel(CatalogPhaseDialog)
        self.soKetLabel.setObjectName(u"soKetLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.soKetLabel)

        self.soKetSpin = QSpinBox(CatalogPhaseDialog)
        self.soKetSpin.setObjectName(u"soKetSpin")
        self.soKetSpin.setMinimum(2000)
        self.soKetSpin.setMaximum(2100)
        self.soKetSpin.setValue(2033)
        self.soKetSpin.setMinimumSize(QSize(100, 0))

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.soKetSpin)

        self.yearsError = QLabel(CatalogPhaseDialog)
        self.yearsError.setObjectName(u"yearsError")
        self.yearsError.setWordWrap(True)
        self.yearsError.setStyleSheet(u"color: #c00000;")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.yearsError)


        self.dialogLayout.addLayout(self.formLayout)

        self.previewLabel = QLabel(CatalogPhaseDialog)
        self.previewLabel.setObjectName(u"previewLabel")
        self.previewLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.previewLabel)

        self.generalError = QLabel(CatalogPhaseDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setWordWrap(True)
        self.generalError.setStyleSheet(u"color: #c00000;")

        self.dialogLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(CatalogPhaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)


        self.retranslateUi(CatalogPhaseDialog)
    # setupUi

    def retranslateUi(self, CatalogPhaseDialog):
        CatalogPhaseDialog.setWindowTitle(QCoreApplication.translate("CatalogPhaseDialog", u"Th\u00eam giai \u0111o\u1ea1n", None))
        self.introLabel.setText("")
        self.startLabel.setText(QCoreApplication.translate("CatalogPhaseDialog", u"N\u0103m b\u1eaft \u0111\u1ea7u:", None))
        self.endLabel.setText(QCoreApplication.translate("CatalogPhaseDialog", u"N\u0103m k\u1ebft th\u00fac:", None))
        self.soKetLabel.setText(QCoreApplication.translate("CatalogPhaseDialog", u"N\u0103m s\u01a1 k\u1ebft gi\u1eefa giai \u0111o\u1ea1n:", None))
        self.yearsError.setText("")
        self.previewLabel.setText("")
        self.generalError.setText("")
    # retranslateUi
