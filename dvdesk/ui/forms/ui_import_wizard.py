# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QProgressBar, QPushButton, QSizePolicy, QSpacerItem,
    QSpinBox, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(980, 680)
        self.dialogLayout = QVBoxLayout(ImportWizard)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.stepLabel = QLabel(ImportWizard)
        self.stepLabel.setObjectName(u"stepLabel")
        self.stepLabel.setStyleSheet(u"font-size: 12pt; font-weight: bold;")

        self.dialogLayout.addWidget(self.stepLabel)

        self.pages = QStackedWidget(ImportWizard)
        self.pages.setObjectName(u"pages")
        self.pageFile = QWidget()
        self.pageFile.setObjectName(u"pageFile")
        self.fileLayout = QVBoxLayout(self.pageFile)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.kindLabel = QLabel(self.pageFile)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.pageFile)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.fileLabel = QLabel(self.pageFile)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.pageFile)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.pageFile)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.sheetLabel = QLabel(self.pageFile)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sheetLabel)

        self.sheetCombo = QComboBox(self.pageFile)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sheetCombo)


        self.fileLayout.addLayout(self.fileForm)

        self.fileInfoLabel = QLabel(self.pageFile)
        self.fileInfoLabel.setObjectName(u"fileInfoLabel")
        self.fileInfoLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.fileInfoLabel)

        self.templateRow = QHBoxLayout()
        self.templateRow.setObjectName(u"templateRow")
        self.templateButton = QPushButton(self.pageFile)
        self.templateButton.setObjectName(u"templateButton")

        self.templateRow.addWidget(self.templateButton)

        self.templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateRow.addItem(self.templateSpacer)


        self.fileLayout.addLayout(self.templateRow)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileLayout.addItem(self.fileSpacer)

        self.pages.addWidget(self.pageFile)
        self.pageMapping = QWidget()
        self.pageMapping.setObjectName(u"pageMapping")
        self.mappingLayout = QVBoxLayout(self.pageMapping)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.headerInfoLabel = QLabel(self.pageMapping)
        self.headerInfoLabel.setObjectName(u"headerInfoLabel")
        self.headerInfoLabel.setWordWrap(True)

        self.headerRow.addWidget(self.headerInfoLabel)

        self.headerRowLabel = QLabel(self.pageMapping)
        self.headerRowLabel.setObjectName(u"headerRowLabel")

        self.headerRow.addWidget(self.headerRowLabel)

        self.headerRowSpin = QSpinBox(self.pageMapping)
        self.headerRowSpin.setObjectName(u"headerRowSpin")
        self.headerRowSpin.setMinimum(0)
        self.headerRowSpin.setMaximum(1048576)

        self.headerRow.addWidget(self.headerRowSpin)

        self.rereadButton = QPushButton(self.pageMapping)
        self.rereadButton.setObjectName(u"rereadButton")

        self.headerRow.addWidget(self.rereadButton)


        self.mappingLayout.addLayout(self.headerRow)

        self.mappingTable = QTableWidget(self.pageMapping)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setAlternatingRowColors(True)
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mappingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mappingLayout.addWidget(self.mappingTable)

        self.unknownLabel = QLabel(self.pageMapping)
        self.unknownLabel.setObjectName(u"unknownLabel")
        self.unknownLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.unknownLabel)

        self.decisionBox = QGroupBox(self.pageMapping)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionForm = QFormLayout(self.decisionBox)
        self.decisionForm.setObjectName(u"decisionForm")
        self.decisionNumberLabel = QLabel(self.decisionBox)
        self.decisionNumberLabel.setObjectName(u"decisionNumberLabel")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decisionNumberLabel)

        self.decisionNumberEdit = QLineEdit(self.decisionBox)
        self.decisionNumberEdit.setObjectName(u"decisionNumberEdit")

        self.decisionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decisionNumberEdit)

        self.decisionDateLabel = QLabel(self.decisionBox)
        self.decisionDateLabel.setObjectName(u"decisionDateLabel")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.decisionDateLabel)

        self.decisionDateEdit = QLineEdit(self.decisionBox)
        self.decisionDateEdit.setObjectName(u"decisionDateEdit")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.decisionDateEdit)

        self.formLabel = QLabel(self.decisionBox)
        self.formLabel.setObjectName(u"formLabel")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formLabel)

        self.formCombo = QComboBox(self.decisionBox)
        self.formCombo.setObjectName(u"formCombo")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formCombo)

        self.createFormsCheck = QCheckBox(self.decisionBox)
        self.createFormsCheck.setObjectName(u"createFormsCheck")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.createFormsCheck)


        self.mappingLayout.addWidget(self.decisionBox)

        self.optionsRow = QHBoxLayout()
        self.optionsRow.setObjectName(u"optionsRow")
        self.existingLabel = QLabel(self.pageMapping)
        self.existingLabel.setObjectName(u"existingLabel")

        self.optionsRow.addWidget(self.existingLabel)

        self.existingCombo = QComboBox(self.pageMapping)
        self.existingCombo.setObjectName(u"existingCombo")

        self.optionsRow.addWidget(self.existingCombo)

        self.skipHiddenCheck = QCheckBox(self.pageMapping)
        self.skipHiddenCheck.setObjectName(u"skipHiddenCheck")

        self.optionsRow.addWidget(self.skipHiddenCheck)

        self.defaultYearLabel = QLabel(self.pageMapping)
        self.defaultYearLabel.setObjectName(u"defaultYearLabel")

        self.optionsRow.addWidget(self.defaultYearLabel)

        self.defaultYearSpin = QSpinBox(self.pageMapping)
        self.defaultYearSpin.setObjectName(u"defaultYearSpin")
        self.defaultYearSpin.setMinimum(0)
        self.defaultYearSpin.setMaximum(2100)

        self.optionsRow.addWidget(self.defaultYearSpin)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsRow.addItem(self.optionsSpacer)


        self.mappingLayout.addLayout(self.optionsRow)

        self.pages.addWidget(self.pageMapping)
        self.pagePreview = QWidget()
        self.pagePreview.setObjectName(u"pagePreview")
        self.previewLayout = QVBoxLayout(self.pagePreview)
        self.previewLayout.setObjectName(u"previewLayout")
        self.countsLabel = QLabel(self.pagePreview)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.countsLabel)

        self.previewTable = QTableWidget(self.pagePreview)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setWordWrap(False)

        self.previewLayout.addWidget(self.previewTable)

        self.warningsText = QPlainTextEdit(self.pagePreview)
        self.warningsText.setObjectName(u"warningsText")
        self.warningsText.setReadOnly(True)
        self.warningsText.setMaximumSize(QSize(16777215, 110))

        self.previewLayout.addWidget(self.warningsText)

        self.pages.addWidget(self.pagePreview)
        self.pageResult = QWidget()
        self.pageResult.setObjectName(u"pageResult")
        self.resultLayout = QVBoxLayout(self.pageResult)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLabel = QLabel(self.pageResult)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.resultLabel)

        self.resultText = QPlainTextEdit(self.pageResult)
        self.resultText.setObjectName(u"resultText")
        self.resultText.setReadOnly(True)

        self.resultLayout.addWidget(self.resultText)

        self.pages.addWidget(self.pageResult)

        self.dialogLayout.addWidget(self.pages)

        self.progressBar = QProgressBar(ImportWizard)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)
        self.progressBar.setMaximum(1000)

        self.dialogLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ImportWizard)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.statusLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.saveRejectedButton = QPushButton(ImportWizard)
        self.saveRejectedButton.setObjectName(u"saveRejectedButton")
        self.saveRejectedButton.setVisible(False)

        self.buttonRow.addWidget(self.saveRejectedButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.backButton = QPushButton(ImportWizard)
        self.backButton.setObjectName(u"backButton")

        self.buttonRow.addWidget(self.backButton)

        self.nextButton = QPushButton(ImportWizard)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonRow.addWidget(self.nextButton)

        self.importButton = QPushButton(ImportWizard)
        self.importButton.setObjectName(u"importButton")

        self.buttonRow.addWidget(self.importButton)

        self.cancelButton = QPushButton(ImportWizard)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonRow.addWidget(self.cancelButton)

        self.closeButton = QPushButton(ImportWizard)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(ImportWizard)

        self.nextButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Nh\u1eadp d\u1eef li\u1ec7u t\u1eeb Excel", None))
        self.stepLabel.setText(QCoreApplication.translate("ImportWizard", u"B\u01b0\u1edbc 1/4: Ch\u1ecdn t\u1ec7p v\u00e0 trang t\u00ednh", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportWizard", u"D\u1eef li\u1ec7u c\u1ea7n nh\u1eadp:", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWizard", u"T\u1ec7p Excel (.xlsx):", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Ch\u01b0a ch\u1ecdn t\u1ec7p", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"Ch\u1ecdn t\u1ec7p\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"Trang t\u00ednh:", None))
        self.fileInfoLabel.setText(QCoreApplication.translate("ImportWizard", u"Ch\u1ecdn t\u1ec7p Excel c\u00f3 danh s\u00e1ch c\u1ea7n nh\u1eadp. Ch\u01b0\u01a1ng tr\u00ecnh t\u1ef1 t\u00ecm d\u00f2ng ti\u00eau \u0111\u1ec1 c\u1ed9t (b\u1ecf qua c\u00e1c d\u00f2ng ti\u00eau \u0111\u1ec1, t\u00ean c\u01a1 quan \u1edf tr\u00ean), nh\u1eadn ra c\u00e1c c\u1ed9t theo t\u00ean, chuy\u1ec3n ch\u1eef ph\u00f4ng c\u0169 (.VnTime, VNI) sang Unicode. Ch\u01b0a c\u00f3 g\u00ec \u0111\u01b0\u1ee3c ghi v\u00e0o c\u01a1 s\u1edf d\u1eef li\u1ec7u cho \u0111\u1ebfn b\u01b0\u1edbc cu\u1ed1i.", None))
        self.templateButton.setText(QCoreApplication.translate("ImportWizard", u"L\u01b0u t\u1ec7p m\u1eabu \u0111\u1ec3 \u0111i\u1ec1n\u2026", None))
        self.headerInfoLabel.setText("")
        self.headerRowLabel.setText(QCoreApplication.translate("ImportWizard", u"D\u00f2ng ti\u00eau \u0111\u1ec1 c\u1ed9t:", None))
        self.headerRowSpin.setSpecialValueText(QCoreApplication.translate("ImportWizard", u"T\u1ef1 t\u00ecm", None))
#if QT_CONFIG(accessibility)
        self.headerRowSpin.setAccessibleName(QCoreApplication.translate("ImportWizard", u"D\u00f2ng ti\u00eau \u0111\u1ec1 c\u1ed9t", None))
#endif // QT_CONFIG(accessibility)
        self.rereadButton.setText(QCoreApplication.translate("ImportWizard", u"\u0110\u1ecdc l\u1ea1i", None))
        self.unknownLabel.setText("")
        self.decisionBox.setTitle(QCoreApplication.translate("ImportWizard", u"Quy\u1ebft \u0111\u1ecbnh khen th\u01b0\u1edfng (cho c\u00e1c d\u00f2ng kh\u00f4ng ghi s\u1ed1, ng\u00e0y, h\u00ecnh th\u1ee9c)", None))
        self.decisionNumberLabel.setText(QCoreApplication.translate("ImportWizard", u"S\u1ed1 quy\u1ebft \u0111\u1ecbnh:", None))
        self.decisionNumberEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"v\u00ed d\u1ee5 12-Q\u0110/BTGDVTU", None))
        self.decisionDateLabel.setText(QCoreApplication.translate("ImportWizard", u"Ng\u00e0y quy\u1ebft \u0111\u1ecbnh:", None))
        self.decisionDateEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"dd/mm/yyyy", None))
        self.formLabel.setText(QCoreApplication.translate("ImportWizard", u"H\u00ecnh th\u1ee9c khen th\u01b0\u1edfng:", None))
        self.createFormsCheck.setText(QCoreApplication.translate("ImportWizard", u"T\u1ea1o h\u00ecnh th\u1ee9c khen th\u01b0\u1edfng t\u1ec7p ghi m\u00e0 danh m\u1ee5c ch\u01b0a c\u00f3 (\u0111\u00e1nh d\u1ea5u c\u1ea7n ki\u1ec3m tra)", None))
        self.existingLabel.setText(QCoreApplication.translate("ImportWizard", u"D\u00f2ng tr\u00f9ng v\u1edbi b\u1ea3n ghi \u0111\u00e3 c\u00f3:", None))
        self.skipHiddenCheck.setText(QCoreApplication.translate("ImportWizard", u"B\u1ecf qua c\u00e1c d\u00f2ng \u0111ang b\u1ecb \u1ea9n trong b\u1ea3ng t\u00ednh", None))
        self.defaultYearLabel.setText(QCoreApplication.translate("ImportWizard", u"N\u0103m cho d\u00f2ng kh\u00f4ng ghi n\u0103m:", None))
        self.defaultYearSpin.setSpecialValueText(QCoreApplication.translate("ImportWizard", u"Kh\u00f4ng c\u00f3", None))
#if QT_CONFIG(accessibility)
        self.defaultYearSpin.setAccessibleName(QCoreApplication.translate("ImportWizard", u"N\u0103m cho d\u00f2ng kh\u00f4ng ghi n\u0103m", None))
#endif // QT_CONFIG(accessibility)
        self.countsLabel.setText("")
        self.resultLabel.setText("")
        self.statusLabel.setText("")
        self.saveRejectedButton.setText(QCoreApplication.translate("ImportWizard", u"L\u01b0u c\u00e1c d\u00f2ng b\u1ecb t\u1eeb ch\u1ed1i\u2026", None))
        self.backButton.setText(QCoreApplication.translate("ImportWizard", u"< Quay l\u1ea1i", None))
        self.nextButton.setText(QCoreApplication.translate("ImportWizard", u"Ti\u1ebfp t\u1ee5c >", None))
        self.importButton.setText(QCoreApplication.translate("ImportWizard", u"Nh\u1eadp v\u00e0o c\u01a1 s\u1edf d\u1eef li\u1ec7u", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportWizard", u"H\u1ee7y", None))
        self.closeButton.setText(QCoreApplication.translate("ImportWizard", u"\u0110\u00f3ng", None))
    # retranslateUi
