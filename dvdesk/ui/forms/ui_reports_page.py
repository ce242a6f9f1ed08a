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
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

from dvdesk.ui.widgets.date_edit import DateEdit
from dvdesk.ui.widgets.unit_picker import UnitPicker

class Ui_ReportsPage(object):
    def setupUi(self, ReportsPage):
        if not ReportsPage.objectName():
            ReportsPage.setObjectName(u"ReportsPage")
        ReportsPage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(ReportsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(ReportsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindLabel = QLabel(ReportsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.kindRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(ReportsPage)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindCombo.setMinimumContentsLength(16)

        self.kindRow.addWidget(self.kindCombo)

        self.kindSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindSpacer)


        self.pageLayout.addLayout(self.kindRow)

        self.boxes = QHBoxLayout()
        self.boxes.setObjectName(u"boxes")
        self.scopeBox = QGroupBox(ReportsPage)
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeForm = QFormLayout(self.scopeBox)
        self.scopeForm.setObjectName(u"scopeForm")
        self.scopeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.decisionLabel = QLabel(self.scopeBox)
        self.decisionLabel.setObjectName(u"decisionLabel")

        self.scopeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionLabel)

        self.decisionCombo = QComboBox(self.scopeBox)
        self.decisionCombo.setObjectName(u"decisionCombo")
        self.decisionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.decisionCombo.setMinimumContentsLength(16)

        self.scopeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionCombo)

        self.phaseLabel = QLabel(self.scopeBox)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.scopeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.phaseLabel)

        self.phaseCombo = QComboBox(self.scopeBox)
        self.phaseCombo.setObjectName(u"phaseCombo")
        self.phaseCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.phaseCombo.setMinimumContentsLength(16)

        self.scopeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.phaseCombo)

        self.yearLabel = QLabel(self.scopeBox)
        self.yearLabel.setObjectName(u"yearLabel")

        self.scopeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearCombo = QComboBox(self.scopeBox)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.yearCombo.setMinimumContentsLength(16)

        self.scopeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.yearCombo)

        self.milestoneLabel = QLabel(self.scopeBox)
        self.milestoneLabel.setObjectName(u"milestoneLabel")

        self.scopeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.milestoneLabel)

        self.milestoneCombo = QComboBox(self.scopeBox)
        self.milestoneCombo.setObjectName(u"milestoneCombo")
        self.milestoneCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.milestoneCombo.setMinimumContentsLength(16)

        self.scopeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.milestoneCombo)

        self.unitLabel = QLabel(self.scopeBox)
        self.unitLabel.setObjectName(u"unitLabel")

        self.scopeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitPicker = UnitPicker(self.scopeBox)
        self.unitPicker.setObjectName(u"unitPicker")

        self.scopeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unitPicker)

        self.fieldLabel = QLabel(self.scopeBox)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.scopeForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldCombo = QComboBox(self.scopeBox)
        self.fieldCombo.setObjectName(u"fieldCombo")
        self.fieldCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.fieldCombo.setMinimumContentsLength(16)

        self.scopeForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fieldCombo)

        self.blockLabel = QLabel(self.scopeBox)
        self.blockLabel.setObjectName(u"blockLabel")

        self.scopeForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.blockLabel)

        self.blockCombo = QComboBox(self.scopeBox)
        self.blockCombo.setObjectName(u"blockCombo")
        self.blockCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.blockCombo.setMinimumContentsLength(16)

        self.scopeForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.blockCombo)

        self.levelLabel = QLabel(self.scopeBox)
        self.levelLabel.setObjectName(u"levelLabel")

        self.scopeForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.scopeBox)
        self.levelCombo.setObjectName(u"levelCombo")
        self.levelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.levelCombo.setMinimumContentsLength(16)

        self.scopeForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.initStatusLabel = QLabel(self.scopeBox)
        self.initStatusLabel.setObjectName(u"initStatusLabel")

        self.scopeForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.initStatusLabel)

        self.statusCombo = QComboBox(self.scopeBox)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusCombo.setMinimumContentsLength(16)

        self.scopeForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.groupLabel = QLabel(self.scopeBox)
        self.groupLabel.setObjectName(u"groupLabel")

        self.scopeForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupCombo = QComboBox(self.scopeBox)
        self.groupCombo.setObjectName(u"groupCombo")
        self.groupCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.groupCombo.setMinimumContentsLength(16)

        self.scopeForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.groupCombo)

        self.unitLevelLabel = QLabel(self.scopeBox)
        self.unitLevelLabel.setObjectName(u"unitLevelLabel")

        self.scopeForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.unitLevelLabel)

        self.unitLevelCombo = QComboBox(self.scopeBox)
        self.unitLevelCombo.setObjectName(u"unitLevelCombo")
        self.unitLevelCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unitLevelCombo.setMinimumContentsLength(16)

        self.scopeForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.unitLevelCombo)

        self.rollupCheck = QCheckBox(self.scopeBox)
        self.rollupCheck.setObjectName(u"rollupCheck")

        self.scopeForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.rollupCheck)


        self.boxes.addWidget(self.scopeBox)

        self.issueBox = QGroupBox(ReportsPage)
        self.issueBox.setObjectName(u"issueBox")
        self.issueForm = QFormLayout(self.issueBox)
        self.issueForm.setObjectName(u"issueForm")
        self.issueForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.styleLabel = QLabel(self.issueBox)
        self.styleLabel.setObjectName(u"styleLabel")

        self.issueForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.styleLabel)

        self.styleCombo = QComboBox(self.issueBox)
        self.styleCombo.setObjectName(u"styleCombo")
        self.styleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.styleCombo.setMinimumContentsLength(16)

        self.issueForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.styleCombo)

        self.numberLabel = QLabel(self.issueBox)
        self.numberLabel.setObjectName(u"numberLabel")

        self.issueForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.numberLabel)

        self.numberEdit = QLineEdit(self.issueBox)
        self.numberEdit.setObjectName(u"numberEdit")

        self.issueForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberEdit)

        self.dateLabel = QLabel(self.issueBox)
        self.dateLabel.setObjectName(u"dateLabel")

        self.issueForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateEdit(self.issueBox)
        self.dateEdit.setObjectName(u"dateEdit")

        self.issueForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.attachedLabel = QLabel(self.issueBox)
        self.attachedLabel.setObjectName(u"attachedLabel")

        self.issueForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.attachedLabel)

        self.attachedEdit = QLineEdit(self.issueBox)
        self.attachedEdit.setObjectName(u"attachedEdit")

        self.issueForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.attachedEdit)


        self.boxes.addWidget(self.issueBox)


        self.pageLayout.addLayout(self.boxes)

        self.styleHint = QLabel(ReportsPage)
        self.styleHint.setObjectName(u"styleHint")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.styleHint.sizePolicy().hasHeightForWidth())
        self.styleHint.setSizePolicy(sizePolicy)
        self.styleHint.setWordWrap(True)
        self.styleHint.setStyleSheet(u"color: #a61b1b;")

        self.pageLayout.addWidget(self.styleHint)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.previewButton = QPushButton(ReportsPage)
        self.previewButton.setObjectName(u"previewButton")

        self.buttons.addWidget(self.previewButton)

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
        self.kindLabel.setText(QCoreApplication.translate("ReportsPage", u"Lo\u1ea1i b\u00e1o c\u00e1o:", None))
        self.scopeBox.setTitle(QCoreApplication.translate("ReportsPage", u"Ph\u1ea1m vi, \u0111i\u1ec1u ki\u1ec7n l\u1ecdc", None))
        self.decisionLabel.setText(QCoreApplication.translate("ReportsPage", u"Quy\u1ebft \u0111\u1ecbnh:", None))
        self.phaseLabel.setText(QCoreApplication.translate("ReportsPage", u"Giai \u0111o\u1ea1n:", None))
        self.yearLabel.setText(QCoreApplication.translate("ReportsPage", u"N\u0103m:", None))
        self.milestoneLabel.setText(QCoreApplication.translate("ReportsPage", u"K\u1ef3 s\u01a1 k\u1ebft, t\u1ed5ng k\u1ebft:", None))
        self.unitLabel.setText(QCoreApplication.translate("ReportsPage", u"\u0110\u01a1n v\u1ecb:", None))
#if QT_CONFIG(tooltip)
        self.unitPicker.setToolTip(QCoreApplication.translate("ReportsPage", u"\u0110\u1ec3 tr\u1ed1ng: t\u1ea5t c\u1ea3 \u0111\u01a1n v\u1ecb. Ch\u1ecdn m\u1ed9t \u0111\u01a1n v\u1ecb: c\u1ea3 c\u00e1c \u0111\u01a1n v\u1ecb tr\u1ef1c thu\u1ed9c v\u00e0 \u0111\u01a1n v\u1ecb c\u0169 c\u1ee7a n\u00f3", None))
#endif // QT_CONFIG(tooltip)
        self.fieldLabel.setText(QCoreApplication.translate("ReportsPage", u"L\u0129nh v\u1ef1c:", None))
        self.blockLabel.setText(QCoreApplication.translate("ReportsPage", u"Kh\u1ed1i:", None))
        self.levelLabel.setText(QCoreApplication.translate("ReportsPage", u"C\u1ea5p c\u00f4ng nh\u1eadn:", None))
        self.initStatusLabel.setText(QCoreApplication.translate("ReportsPage", u"Tr\u1ea1ng th\u00e1i:", None))
        self.groupLabel.setText(QCoreApplication.translate("ReportsPage", u"Nh\u00f3m theo:", None))
        self.unitLevelLabel.setText(QCoreApplication.translate("ReportsPage", u"Bi\u1ec3u theo \u0111\u01a1n v\u1ecb:", None))
#if QT_CONFIG(tooltip)
        self.unitLevelCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"Bi\u1ec3u 4 (theo \u0111\u01a1n v\u1ecb): \u0111\u01a1n v\u1ecb c\u1ea5p d\u01b0\u1edbi \u0111\u01b0\u1ee3c c\u1ed9ng v\u00e0o \u0111\u01a1n v\u1ecb c\u1ea5p tr\u00ean \u1edf c\u1ea5p \u0111\u00e3 ch\u1ecdn", None))
#endif // QT_CONFIG(tooltip)
        self.rollupCheck.setText(QCoreApplication.translate("ReportsPage", u"T\u00ednh \u0111\u01a1n v\u1ecb c\u0169 v\u00e0o \u0111\u01a1n v\u1ecb k\u1ebf th\u1eeba (sau s\u1eafp x\u1ebfp, s\u00e1p nh\u1eadp)", None))
        self.issueBox.setTitle(QCoreApplication.translate("ReportsPage", u"Ban h\u00e0nh v\u0103n b\u1ea3n", None))
        self.styleLabel.setText(QCoreApplication.translate("ReportsPage", u"Th\u1ec3 th\u1ee9c v\u0103n b\u1ea3n:", None))
#if QT_CONFIG(tooltip)
        self.styleCombo.setToolTip(QCoreApplication.translate("ReportsPage", u"Theo c\u01a1 quan ban h\u00e0nh: v\u0103n b\u1ea3n c\u1ee7a c\u01a1 quan \u0110\u1ea3ng theo H\u01b0\u1edbng d\u1eabn 36-HD/VPTW, c\u1ee7a c\u01a1 quan h\u00e0nh ch\u00ednh theo Ngh\u1ecb \u0111\u1ecbnh 30/2020/N\u0110-CP", None))
#endif // QT_CONFIG(tooltip)
        self.numberLabel.setText(QCoreApplication.translate("ReportsPage", u"S\u1ed1:", None))
        self.numberEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"\u0110\u1ec3 tr\u1ed1ng: ch\u1eeba ch\u1ed7 ghi s\u1ed1 b\u1eb1ng tay", None))
#if QT_CONFIG(tooltip)
        self.numberEdit.setToolTip(QCoreApplication.translate("ReportsPage", u"Ch\u1ec9 ghi s\u1ed1 (v\u00ed d\u1ee5 15) ho\u1eb7c s\u1ed1 v\u00e0 k\u00fd hi\u1ec7u \u0111\u1ea7y \u0111\u1ee7 (v\u00ed d\u1ee5 15-DS/BDVTU)", None))
#endif // QT_CONFIG(tooltip)
        self.dateLabel.setText(QCoreApplication.translate("ReportsPage", u"Ng\u00e0y:", None))
#if QT_CONFIG(tooltip)
        self.dateEdit.setToolTip(QCoreApplication.translate("ReportsPage", u"Ng\u00e0y ghi \u1edf d\u00f2ng \u0111\u1ecba danh, ng\u00e0y th\u00e1ng c\u1ee7a v\u0103n b\u1ea3n", None))
#endif // QT_CONFIG(tooltip)
        self.attachedLabel.setText(QCoreApplication.translate("ReportsPage", u"K\u00e8m theo:", None))
        self.attachedEdit.setPlaceholderText(QCoreApplication.translate("ReportsPage", u"V\u00ed d\u1ee5: B\u00e1o c\u00e1o s\u1ed1 45-BC/BDVTU ng\u00e0y 20/11/2025", None))
#if QT_CONFIG(tooltip)
        self.attachedEdit.setToolTip(QCoreApplication.translate("ReportsPage", u"V\u0103n b\u1ea3n m\u00e0 danh s\u00e1ch, ph\u1ee5 l\u1ee5c n\u00e0y k\u00e8m theo; \u0111\u1ec3 tr\u1ed1ng n\u1ebfu ban h\u00e0nh ri\u00eang", None))
#endif // QT_CONFIG(tooltip)
        self.styleHint.setText("")
        self.previewButton.setText(QCoreApplication.translate("ReportsPage", u"Xem tr\u01b0\u1edbc, in\u2026", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("ReportsPage", u"Xem v\u0103n b\u1ea3n tr\u00ean m\u00e0n h\u00ecnh r\u1ed3i in ho\u1eb7c l\u01b0u (Ctrl+Shift+P)", None))
#endif // QT_CONFIG(tooltip)
        self.pdfButton.setText(QCoreApplication.translate("ReportsPage", u"Xu\u1ea5t PDF \u0111\u1ec3 in, k\u00fd\u2026", None))
        self.xlsxButton.setText(QCoreApplication.translate("ReportsPage", u"Xu\u1ea5t Excel \u0111\u1ec3 ch\u1ec9nh s\u1eeda\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("ReportsPage", u"H\u1ee7y", None))
        self.statusLabel.setText("")
        pass
    # retranslateUi
