# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        SettingsPage.resize(1100, 680)
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(SettingsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.scrollArea = QScrollArea(SettingsPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.scrollContents = QWidget()
        self.scrollContents.setObjectName(u"scrollContents")
        self.columnsLayout = QHBoxLayout(self.scrollContents)
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setObjectName(u"leftColumn")
        self.agencyBox = QGroupBox(self.scrollContents)
        self.agencyBox.setObjectName(u"agencyBox")
        self.agencyForm = QFormLayout(self.agencyBox)
        self.agencyForm.setObjectName(u"agencyForm")
        self.agencyForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.parentBodyLabel = QLabel(self.agencyBox)
        self.parentBodyLabel.setObjectName(u"parentBodyLabel")

        self.agencyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parentBodyLabel)

        self.parentBodyEdit = QLineEdit(self.agencyBox)
        self.parentBodyEdit.setObjectName(u"parentBodyEdit")

        self.agencyForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parentBodyEdit)

        self.issuingBodyLabel = QLabel(self.agencyBox)
        self.issuingBodyLabel.setObjectName(u"issuingBodyLabel")

        self.agencyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.issuingBodyLabel)

        self.issuingBodyEdit = QLineEdit(self.agencyBox)
        self.issuingBodyEdit.setObjectName(u"issuingBodyEdit")

        self.agencyForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.issuingBodyEdit)

        self.issuingBodyError = QLabel(self.agencyBox)
        self.issuingBodyError.setObjectName(u"issuingBodyError")
        self.issuingBodyError.setWordWrap(True)
        self.issuingBodyError.setStyleSheet(u"color: #c00000;")

        self.agencyForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.issuingBodyError)

        self.symbolLabel = QLabel(self.agencyBox)
        self.symbolLabel.setObjectName(u"symbolLabel")

        self.agencyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.symbolLabel)

        self.symbolEdit = QLineEdit(self.agencyBox)
        self.symbolEdit.setObjectName(u"symbolEdit")

        self.agencyForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.symbolEdit)

        self.placeLabel = QLabel(self.agencyBox)
        self.placeLabel.setObjectName(u"placeLabel")

        self.agencyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.agencyBox)
        self.placeEdit.setObjectName(u"placeEdit")

        self.agencyForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.placeError = QLabel(self.agencyBox)
        self.placeError.setObjectName(u"placeError")
        self.placeError.setWordWrap(True)
        self.placeError.setStyleSheet(u"color: #c00000;")

        self.agencyForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.placeError)

        self.styleLabel = QLabel(self.agencyBox)
        self.styleLabel.setObjectName(u"styleLabel")

        self.agencyForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.styleLabel)

        self.styleCombo = QComboBox(self.agencyBox)
        self.styleCombo.setObjectName(u"styleCombo")

        self.agencyForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.styleCombo)

        self.signerAuthorityLabel = QLabel(self.agencyBox)
        self.signerAuthorityLabel.setObjectName(u"signerAuthorityLabel")

        self.agencyForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.signerAuthorityLabel)

        self.signerAuthorityEdit = QLineEdit(self.agencyBox)
        self.signerAuthorityEdit.setObjectName(u"signerAuthorityEdit")

        self.agencyForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.signerAuthorityEdit)

        self.signerTitleLabel = QLabel(self.agencyBox)
        self.signerTitleLabel.setObjectName(u"signerTitleLabel")

        self.agencyForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.signerTitleLabel)

        self.signerTitleEdit = QLineEdit(self.agencyBox)
        self.signerTitleEdit.setObjectName(u"signerTitleEdit")

        self.agencyForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.signerTitleEdit)

        self.signerNameLabel = QLabel(self.agencyBox)
        self.signerNameLabel.setObjectName(u"signerNameLabel")

        self.agencyForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.signerNameLabel)

        self.signerNameEdit = QLineEdit(self.agencyBox)
        self.signerNameEdit.setObjectName(u"signerNameEdit")

        self.agencyForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.signerNameEdit)


        self.leftColumn.addWidget(self.agencyBox)

        self.previewBox = QGroupBox(self.scrollContents)
        self.previewBox.setObjectName(u"previewBox")
        self.previewLayout = QVBoxLayout(self.previewBox)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewHeaderRow = QHBoxLayout()
        self.previewHeaderRow.setObjectName(u"previewHeaderRow")
        self.previewLeftLabel = QLabel(self.previewBox)
        self.previewLeftLabel.setObjectName(u"previewLeftLabel")
        self.previewLeftLabel.setWordWrap(True)
        self.previewLeftLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.previewHeaderRow.addWidget(self.previewLeftLabel)

        self.previewRightLabel = QLabel(self.previewBox)
        self.previewRightLabel.setObjectName(u"previewRightLabel")
        self.previewRightLabel.setWordWrap(True)
        self.previewRightLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.previewHeaderRow.addWidget(self.previewRightLabel)


        self.previewLayout.addLayout(self.previewHeaderRow)

        self.previewSignRow = QHBoxLayout()
        self.previewSignRow.setObjectName(u"previewSignRow")
        self.previewRecipientsLabel = QLabel(self.previewBox)
        self.previewRecipientsLabel.setObjectName(u"previewRecipientsLabel")
        self.previewRecipientsLabel.setWordWrap(True)
        self.previewRecipientsLabel.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.previewSignRow.addWidget(self.previewRecipientsLabel)

        self.previewSignLabel = QLabel(self.previewBox)
        self.previewSignLabel.setObjectName(u"previewSignLabel")
        self.previewSignLabel.setWordWrap(True)
        self.previewSignLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)

        self.previewSignRow.addWidget(self.previewSignLabel)


        self.previewLayout.addLayout(self.previewSignRow)

        self.previewLineLabel = QLabel(self.previewBox)
        self.previewLineLabel.setObjectName(u"previewLineLabel")
        self.previewLineLabel.setWordWrap(True)
        self.previewLineLabel.setStyleSheet(u"color: #555555;")
        self.previewLineLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.previewLineLabel)


        self.leftColumn.addWidget(self.previewBox)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftSpacer)


        self.columnsLayout.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setObjectName(u"rightColumn")
        self.orderBox = QGroupBox(self.scrollContents)
        self.orderBox.setObjectName(u"orderBox")
        self.orderLayout = QVBoxLayout(self.orderBox)
        self.orderLayout.setObjectName(u"orderLayout")
        self.orderForm = QFormLayout()
        self.orderForm.setObjectName(u"orderForm")
        self.orderForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameOrderLabel = QLabel(self.orderBox)
        self.nameOrderLabel.setObjectName(u"nameOrderLabel")

        self.orderForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameOrderLabel)

        self.nameOrderCombo = QComboBox(self.orderBox)
        self.nameOrderCombo.setObjectName(u"nameOrderCombo")

        self.orderForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameOrderCombo)

        self.toneOrderLabel = QLabel(self.orderBox)
        self.toneOrderLabel.setObjectName(u"toneOrderLabel")

        self.orderForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.toneOrderLabel)

        self.toneOrderCombo = QComboBox(self.orderBox)
        self.toneOrderCombo.setObjectName(u"toneOrderCombo")

        self.orderForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.toneOrderCombo)

        self.awardOrderLabel = QLabel(self.orderBox)
        self.awardOrderLabel.setObjectName(u"awardOrderLabel")

        self.orderForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.awardOrderLabel)

        self.awardOrderCombo = QComboBox(self.orderBox)
        self.awardOrderCombo.setObjectName(u"awardOrderCombo")

        self.orderForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.awardOrderCombo)


        self.orderLayout.addLayout(self.orderForm)

        self.toneHintLabel = QLabel(self.orderBox)
        self.toneHintLabel.setObjectName(u"toneHintLabel")
        self.toneHintLabel.setWordWrap(True)
        self.toneHintLabel.setStyleSheet(u"color: #555555;")

        self.orderLayout.addWidget(self.toneHintLabel)

        self.resortProgress = QProgressBar(self.orderBox)
        self.resortProgress.setObjectName(u"resortProgress")
        self.resortProgress.setTextVisible(False)
        self.resortProgress.setMaximum(0)

        self.orderLayout.addWidget(self.resortProgress)

        self.resortLabel = QLabel(self.orderBox)
        self.resortLabel.setObjectName(u"resortLabel")
        self.resortLabel.setWordWrap(True)

        self.orderLayout.addWidget(self.resortLabel)


        self.rightColumn.addWidget(self.orderBox)

        self.foldersBox = QGroupBox(self.scrollContents)
        self.foldersBox.setObjectName(u"foldersBox")
        self.foldersLayout = QVBoxLayout(self.foldersBox)
        self.foldersLayout.setObjectName(u"foldersLayout")
        self.foldersForm = QFormLayout()
        self.foldersForm.setObjectName(u"foldersForm")
        self.foldersForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dataPathLabel = QLabel(self.foldersBox)
        self.dataPathLabel.setObjectName(u"dataPathLabel")

        self.foldersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dataPathLabel)

        self.dataPathRow = QHBoxLayout()
        self.dataPathRow.setObjectName(u"dataPathRow")
        self.dataPathEdit = QLineEdit(self.foldersBox)
        self.dataPathEdit.setObjectName(u"dataPathEdit")
        self.dataPathEdit.setReadOnly(True)

        self.dataPathRow.addWidget(self.dataPathEdit)

        self.openDataButton = QPushButton(self.foldersBox)
        self.openDataButton.setObjectName(u"openDataButton")

        self.dataPathRow.addWidget(self.openDataButton)


        self.foldersForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dataPathRow)

        self.backupDirLabel = QLabel(self.foldersBox)
        self.backupDirLabel.setObjectName(u"backupDirLabel")

        self.foldersForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupDirLabel)

        self.backupDirRow = QHBoxLayout()
        self.backupDirRow.setObjectName(u"backupDirRow")
        self.backupDirEdit = QLineEdit(self.foldersBox)
        self.backupDirEdit.setObjectName(u"backupDirEdit")
        self.backupDirEdit.setReadOnly(True)

        self.backupDirRow.addWidget(self.backupDirEdit)

        self.chooseBackupButton = QPushButton(self.foldersBox)
        self.chooseBackupButton.setObjectName(u"chooseBackupButton")

        self.backupDirRow.addWidget(self.chooseBackupButton)

        self.defaultBackupButton = QPushButton(self.foldersBox)
        self.defaultBackupButton.setObjectName(u"defaultBackupButton")

        self.backupDirRow.addWidget(self.defaultBackupButton)


        self.foldersForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.backupDirRow)


        self.foldersLayout.addLayout(self.foldersForm)

        self.backupHintLabel = QLabel(self.foldersBox)
        self.backupHintLabel.setObjectName(u"backupHintLabel")
        self.backupHintLabel.setWordWrap(True)
        self.backupHintLabel.setStyleSheet(u"color: #555555;")

        self.foldersLayout.addWidget(self.backupHintLabel)


        self.rightColumn.addWidget(self.foldersBox)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightSpacer)


        self.columnsLayout.addLayout(self.rightColumn)

        self.scrollArea.setWidget(self.scrollContents)

        self.pageLayout.addWidget(self.scrollArea)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.dirtyLabel = QLabel(SettingsPage)
        self.dirtyLabel.setObjectName(u"dirtyLabel")

        self.bottomRow.addWidget(self.dirtyLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.revertButton = QPushButton(SettingsPage)
        self.revertButton.setObjectName(u"revertButton")

        self.bottomRow.addWidget(self.revertButton)

        self.saveButton = QPushButton(SettingsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.bottomRow.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.bottomRow)


        self.retranslateUi(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
        self.titleLabel.setText(QCoreApplication.translate("SettingsPage", u"C\u00e0i \u0111\u1eb7t", None))
        self.agencyBox.setTitle(QCoreApplication.translate("SettingsPage", u"Th\u00f4ng tin c\u01a1 quan (in tr\u00ean v\u0103n b\u1ea3n)", None))
        self.parentBodyLabel.setText(QCoreApplication.translate("SettingsPage", u"C\u01a1 quan c\u1ea5p tr\u00ean:", None))
        self.parentBodyEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"V\u00ed d\u1ee5: T\u1ec8NH \u1ee6Y AN GIANG", None))
        self.issuingBodyLabel.setText(QCoreApplication.translate("SettingsPage", u"C\u01a1 quan ban h\u00e0nh:", None))
        self.issuingBodyEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"V\u00ed d\u1ee5: BAN TUY\u00caN GI\u00c1O V\u00c0 D\u00c2N V\u1eacN", None))
        self.issuingBodyError.setText("")
        self.symbolLabel.setText(QCoreApplication.translate("SettingsPage", u"K\u00fd hi\u1ec7u c\u01a1 quan:", None))
        self.symbolEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"V\u00ed d\u1ee5: BTGDVTU", None))
        self.placeLabel.setText(QCoreApplication.translate("SettingsPage", u"\u0110\u1ecba danh:", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"V\u00ed d\u1ee5: An Giang", None))
        self.placeError.setText("")
        self.styleLabel.setText(QCoreApplication.translate("SettingsPage", u"Th\u1ec3 th\u1ee9c v\u0103n b\u1ea3n:", None))
        self.signerAuthorityLabel.setText(QCoreApplication.translate("SettingsPage", u"Quy\u1ec1n k\u00fd:", None))
        self.signerAuthorityEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"V\u00ed d\u1ee5: K/T TR\u01af\u1edeNG BAN", None))
        self.signerTitleLabel.setText(QCoreApplication.translate("SettingsPage", u"Ch\u1ee9c v\u1ee5 ng\u01b0\u1eddi k\u00fd:", None))
        self.signerTitleEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"V\u00ed d\u1ee5: PH\u00d3 TR\u01af\u1edeNG BAN", None))
        self.signerNameLabel.setText(QCoreApplication.translate("SettingsPage", u"H\u1ecd t\u00ean ng\u01b0\u1eddi k\u00fd:", None))
        self.signerNameEdit.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"Ng\u01b0\u1eddi k\u00fd m\u1eb7c \u0111\u1ecbnh", None))
        self.previewBox.setTitle(QCoreApplication.translate("SettingsPage", u"Xem tr\u01b0\u1edbc ph\u1ea7n \u0111\u1ea7u v\u0103n b\u1ea3n", None))
        self.previewLeftLabel.setText("")
        self.previewRightLabel.setText("")
        self.previewRecipientsLabel.setText("")
        self.previewSignLabel.setText("")
        self.previewLineLabel.setText("")
        self.orderBox.setTitle(QCoreApplication.translate("SettingsPage", u"S\u1eafp x\u1ebfp t\u00ean v\u00e0 danh s\u00e1ch", None))
        self.nameOrderLabel.setText(QCoreApplication.translate("SettingsPage", u"Th\u1ee9 t\u1ef1 h\u1ecd t\u00ean:", None))
        self.toneOrderLabel.setText(QCoreApplication.translate("SettingsPage", u"Th\u1ee9 t\u1ef1 d\u1ea5u thanh:", None))
        self.awardOrderLabel.setText(QCoreApplication.translate("SettingsPage", u"Danh s\u00e1ch khen th\u01b0\u1edfng:", None))
        self.toneHintLabel.setText("")
        self.resortLabel.setText("")
        self.foldersBox.setTitle(QCoreApplication.translate("SettingsPage", u"Th\u01b0 m\u1ee5c", None))
        self.dataPathLabel.setText(QCoreApplication.translate("SettingsPage", u"C\u01a1 s\u1edf d\u1eef li\u1ec7u:", None))
        self.openDataButton.setText(QCoreApplication.translate("SettingsPage", u"M\u1edf th\u01b0 m\u1ee5c", None))
        self.backupDirLabel.setText(QCoreApplication.translate("SettingsPage", u"Th\u01b0 m\u1ee5c sao l\u01b0u:", None))
        self.chooseBackupButton.setText(QCoreApplication.translate("SettingsPage", u"Ch\u1ecdn th\u01b0 m\u1ee5c\u2026", None))
        self.defaultBackupButton.setText(QCoreApplication.translate("SettingsPage", u"M\u1eb7c \u0111\u1ecbnh", None))
#if QT_CONFIG(tooltip)
        self.defaultBackupButton.setToolTip(QCoreApplication.translate("SettingsPage", u"D\u00f9ng th\u01b0 m\u1ee5c sao l\u01b0u m\u1eb7c \u0111\u1ecbnh, b\u00ean c\u1ea1nh c\u01a1 s\u1edf d\u1eef li\u1ec7u", None))
#endif // QT_CONFIG(tooltip)
        self.backupHintLabel.setText(QCoreApplication.translate("SettingsPage", u"N\u00ean ch\u1ecdn th\u01b0 m\u1ee5c tr\u00ean \u1ed5 \u0111\u0129a kh\u00e1c ho\u1eb7c USB \u0111\u1ec3 b\u1ea3n sao l\u01b0u c\u00f2n khi m\u00e1y h\u1ecfng.", None))
        self.dirtyLabel.setText("")
        self.revertButton.setText(QCoreApplication.translate("SettingsPage", u"Ho\u00e0n t\u00e1c", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("SettingsPage", u"B\u1ecf c\u00e1c thay \u0111\u1ed5i ch\u01b0a l\u01b0u", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"L\u01b0u", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("SettingsPage", u"L\u01b0u c\u00e0i \u0111\u1eb7t (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi
