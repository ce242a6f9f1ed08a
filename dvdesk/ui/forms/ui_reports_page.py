# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reports_page.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(900, 600)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.optionsBox = QGroupBox(ReportsPage)
        self.optionsBox.setObjectName(u"optionsBox")
        self.form = QFormLayout(self.optionsBox)
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(self.optionsBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.optionsBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.decisionLabel = QLabel(self.optionsBox)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionCombo = QComboBox(self.optionsBox)
        self.decisionCombo.setObjectName(u"decisionCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.phaseLabel = QLabel(self.optionsBox)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phaseLabel)

        self.phaseCombo = QComboBox(self.optionsBox)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phaseCombo)

        self.yearLabel = QLabel(self.optionsBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(self.optionsBox)
        self.yearCombo.setObjectName(u"yearCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.milestoneLabel = QLabel(self.optionsBox)
        self.milestoneLabel.setObjectName(u"milestoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.milestoneLabel)

        self.milestoneCombo = QComboBox(self.optionsBox)
        self.milestoneCombo.setObjectName(u"milestoneCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.milestoneCombo)

        self.groupLabel = QLabel(self.optionsBox)
        self.groupLabel.setObjectName(u"groupLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(self.optionsBox)
        self.groupCombo.setObjectName(u"groupCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.styleLabel = QLabel(self.optionsBox)
        self.styleLabel.setObjectName(u"styleLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.styleLabel)

        self.styleCombo = QComboBox(self.optionsBox)
        self.styleCombo.setObjectName(u"styleCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.styleCombo)

        self.rollupCheck = QCheckBox(self.optionsBox)
        self.rollupCheck.setObjectName(u"rollupCheck")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.rollupCheck)


        self.pageLayout.addWidget(self.optionsBox)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.pdfButton = QPushButton(ReportsPage)
        self.pdfButton.setObjectName(u"pdfButton")

        self.buttons.addWidget(self.pdfButton)

        self.xlsxButton = QPushButton(ReportsPage)
        self.xlsxButton.setObjectName(u"xlsxButton")

        self.buttons.addWidget(self.xlsxButton)

        self.cancelButton = QPushButton(ReportsPage)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)

        self.buttons.addWidget(self.cancelButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.spacer)


        self.pageLayout.addLayout(self.buttons)

        self.progress = QProgressBar(ReportsPage)
        self.progress.setObjectName(u"progress")
        self.progress.setVisible(False)
        self.progress.setMaximum(0)

        self.pageLayout.addWidget(self.progress)

        self.statusLabel = QLabel(ReportsPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.statusLabel)

        self.vspacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.pageLayout.addItem(self.vspacer)


        self.retranslateUi(ReportsPage)
    # setupUi

    def retranslateUi(self, ReportsPage):
        self.titleLabel.setText(QCoreApplication.translate("ReportsPage", u"B\u00e1o c\u00e1o", None))
        self.optionsBox.setTitle(QCoreApplication.translate("ReportsPage", u"Ch\u1ecdn b\u00e1o c\u00e1o", None))
        self.kindLabel.setText(QCoreApplication.translate("ReportsPage", u"Lo\u1ea1i b\u00e1o c\u00e1o:", None))
        self.decisionLabel.setText(QCoreApplication.translate("ReportsPage", u"Quy\u1ebft \u0111\u1ecbnh:", None))
        self.phaseLabel.setText(QCoreApplication.translate("ReportsPage", u"Giai \u0111o\u1ea1n:", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportsPage", u"N\u0103m:", None))
        self.milestoneLabel.setText(QCoreApplication.translate("ReportsPage", u"K\u1ef3 s\u01a1 k\u1ebft, t\u1ed5ng k\u1ebft:", None))
        self.groupLabel.setText(QCoreApplication.translate("ReportsPage", u"Nh\u00f3m theo:", None))
        self.styleLabel.setText(QCoreApplication.translate("ReportsPage", u"Th\u1ec3 th\u1ee9c v\u0103n b\u1ea3n:", None))
        self.rollupCheck.setText(QCoreApplication.translate("ReportsPage", u"T\u00ednh \u0111\u01a1n v\u1ecb c\u0169 v\u00e0o \u0111\u01a1n v\u1ecb k\u1ebf th\u1eeba (sau s\u1eafp x\u1ebfp, s\u00e1p nh\u1eadp)", None))
        self.pdfButton.setText(QCoreApplication.translate("ReportsPage", u"Xu\u1ea5t PDF \u0111\u1ec3 in, k\u00fd\u2026", None))
        self.xlsxButton.setText(QCoreApplication.translate("ReportsPage", u"Xu\u1ea5t Excel \u0111\u1ec3 ch\u1ec9nh s\u1eeda\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("ReportsPage", u"H\u1ee7y", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
