# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiative_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QButtonGroup, QComboBox,
    QDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QRadioButton, QSizePolicy, QSpacerItem,
    QSpinBox, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

from dvdesk.ui.widgets.date_edit import DateEdit
from dvdesk.ui.widgets.money_edit import MoneyEdit
from dvdesk.ui.widgets.unit_picker import UnitPicker

class Ui_InitiativeDialog(object):
    def setupUi(self, InitiativeDialog):
        if not InitiativeDialog.objectName():
            InitiativeDialog.setObjectName(u"InitiativeDialog")
        InitiativeDialog.resize(940, 660)
        InitiativeDialog.setSizeGripEnabled(True)
        self.dialogLayout = QVBoxLayout(InitiativeDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.headerLabel = QLabel(InitiativeDialog)
        self.headerLabel.setObjectName(u"headerLabel")
        self.headerLabel.setStyleSheet(u"font-size: 12pt; font-weight: bold;")
        self.headerLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.headerLabel)

        self.tabs = QTabWidget(InitiativeDialog)
        self.tabs.setObjectName(u"tabs")
        self.tabGeneral = QWidget()
        self.tabGeneral.setObjectName(u"tabGeneral")
        self.generalForm = QFormLayout(self.tabGeneral)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.generalForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.kindLabel = QLabel(self.tabGeneral)
        self.kindLabel.setObjectName(u"kindLabel")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindModelRadio = QRadioButton(self.tabGeneral)
        self.kindGroup = QButtonGroup(InitiativeDialog)
        self.kindGroup.setObjectName(u"kindGroup")
        self.kindGroup.addButton(self.kindModelRadio)
        self.kindModelRadio.setObjectName(u"kindModelRadio")
        self.kindModelRadio.setChecked(True)

        self.kindRow.addWidget(self.kindModelRadio)

        self.kindExemplarRadio = QRadioButton(self.tabGeneral)
        self.kindGroup.addButton(self.kindExemplarRadio)
        self.kindExemplarRadio.setObjectName(u"kindExemplarRadio")

        self.kindRow.addWidget(self.kindExemplarRadio)

        self.kindRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindRowStretch)


        self.generalForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindRow)

        self.subjectLabel = QLabel(self.tabGeneral)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectRow = QHBoxLayout()
        self.subjectRow.setObjectName(u"subjectRow")
        self.subjectCollectiveRadio = QRadioButton(self.tabGeneral)
        self.subjectGroup = QButtonGroup(InitiativeDialog)
        self.subjectGroup.setObjectName(u"subjectGroup")
        self.subjectGroup.addButton(self.subjectCollectiveRadio)
        self.subjectCollectiveRadio.setObjectName(u"subjectCollectiveRadio")
        self.subjectCollectiveRadio.setChecked(True)

        self.subjectRow.addWidget(self.subjectCollectiveRadio)

        self.subjectPersonRadio = QRadioButton(self.tabGeneral)
        self.subjectGroup.addButton(self.subjectPersonRadio)
        self.subjectPersonRadio.setObjectName(u"subjectPersonRadio")

        self.subjectRow.addWidget(self.subjectPersonRadio)

        self.subjectRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.subjectRow.addItem(self.subjectRowStretch)


        self.generalForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.subjectRow)

        self.nameLabel = QLabel(self.tabGeneral)
        self.nameLabel.setObjectName(u"nameLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.tabGeneral)
        self.nameEdit.setObjectName(u"nameEdit")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.unitLabel = QLabel(self.tabGeneral)
        self.unitLabel.setObjectName(u"unitLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitPicker = UnitPicker(self.tabGeneral)
        self.unitPicker.setObjectName(u"unitPicker")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unitPicker)

        self.phaseLabel = QLabel(self.tabGeneral)
        self.phaseLabel.setObjectName(u"phaseLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phaseLabel)

        self.phaseRow = QHBoxLayout()
        self.phaseRow.setObjectName(u"phaseRow")
        self.phaseCombo = QComboBox(self.tabGeneral)
        self.phaseCombo.setObjectName(u"phaseCombo")
        self.phaseCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.phaseRow.addWidget(self.phaseCombo)

        self.yearLabel = QLabel(self.tabGeneral)
        self.yearLabel.setObjectName(u"yearLabel")

        self.phaseRow.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(self.tabGeneral)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)
        self.yearSpin.setValue(2026)
        self.yearSpin.setMinimumSize(QSize(80, 0))

        self.phaseRow.addWidget(self.yearSpin)

        self.phaseRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.phaseRow.addItem(self.phaseRowStretch)


        self.generalForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.phaseRow)

        self.fieldLabel = QLabel(self.tabGeneral)
        self.fieldLabel.setObjectName(u"fieldLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.fieldLabel)

        self.fieldCombo = QComboBox(self.tabGeneral)
        self.fieldCombo.setObjectName(u"fieldCombo")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.fieldCombo)

        self.blockLabel = QLabel(self.tabGeneral)
        self.blockLabel.setObjectName(u"blockLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.blockLabel)

        self.blockCombo = QComboBox(self.tabGeneral)
        self.blockCombo.setObjectName(u"blockCombo")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.blockCombo)

        self.personNameLabel = QLabel(self.tabGeneral)
        self.personNameLabel.setObjectName(u"personNameLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.personNameLabel)

        self.personNameEdit = QLineEdit(self.tabGeneral)
        self.personNameEdit.setObjectName(u"personNameEdit")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.personNameEdit)

        self.personPositionLabel = QLabel(self.tabGeneral)
        self.personPositionLabel.setObjectName(u"personPositionLabel")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.personPositionLabel)

        self.personPositionEdit = QLineEdit(self.tabGeneral)
        self.personPositionEdit.setObjectName(u"personPositionEdit")

        self.generalForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.personPositionEdit)

        self.registeredOnLabel = QLabel(self.tabGeneral)
        self.registeredOnLabel.setObjectName(u"registeredOnLabel")

        self.generalForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.registeredOnLabel)

        self.registeredRow = QHBoxLayout()
        self.registeredRow.setObjectName(u"registeredRow")
        self.registeredOnEdit = DateEdit(self.tabGeneral)
        self.registeredOnEdit.setObjectName(u"registeredOnEdit")

        self.registeredRow.addWidget(self.registeredOnEdit)

        self.registeredRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.registeredRow.addItem(self.registeredRowStretch)


        self.generalForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.registeredRow)

        self.tagsLabel = QLabel(self.tabGeneral)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(self.tabGeneral)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.generalForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.noteLabel = QLabel(self.tabGeneral)
        self.noteLabel.setObjectName(u"noteLabel")

        self.generalForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(self.tabGeneral)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMinimumSize(QSize(0, 40))

        self.generalForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.tabs.addTab(self.tabGeneral, "")
        self.tabContent = QWidget()
        self.tabContent.setObjectName(u"tabContent")
        self.contentForm = QFormLayout(self.tabContent)
        self.contentForm.setObjectName(u"contentForm")
        self.contentForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contentForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.situationLabel = QLabel(self.tabContent)
        self.situationLabel.setObjectName(u"situationLabel")

        self.contentForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.situationLabel)

        self.situationEdit = QPlainTextEdit(self.tabContent)
        self.situationEdit.setObjectName(u"situationEdit")
        self.situationEdit.setTabChangesFocus(True)
        self.situationEdit.setMinimumSize(QSize(0, 60))

        self.contentForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.situationEdit)

        self.goalsLabel = QLabel(self.tabContent)
        self.goalsLabel.setObjectName(u"goalsLabel")

        self.contentForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.goalsLabel)

        self.goalsEdit = QPlainTextEdit(self.tabContent)
        self.goalsEdit.setObjectName(u"goalsEdit")
        self.goalsEdit.setTabChangesFocus(True)
        self.goalsEdit.setMinimumSize(QSize(0, 60))

        self.contentForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.goalsEdit)

        self.methodsLabel = QLabel(self.tabContent)
        self.methodsLabel.setObjectName(u"methodsLabel")

        self.contentForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodsLabel)

        self.methodsEdit = QPlainTextEdit(self.tabContent)
        self.methodsEdit.setObjectName(u"methodsEdit")
        self.methodsEdit.setTabChangesFocus(True)
        self.methodsEdit.setMinimumSize(QSize(0, 60))

        self.contentForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodsEdit)

        self.areaLabel = QLabel(self.tabContent)
        self.areaLabel.setObjectName(u"areaLabel")

        self.contentForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.areaLabel)

        self.areaEdit = QLineEdit(self.tabContent)
        self.areaEdit.setObjectName(u"areaEdit")

        self.contentForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.areaEdit)

        self.targetGroupLabel = QLabel(self.tabContent)
        self.targetGroupLabel.setObjectName(u"targetGroupLabel")

        self.contentForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.targetGroupLabel)

        self.targetGroupEdit = QLineEdit(self.tabContent)
        self.targetGroupEdit.setObjectName(u"targetGroupEdit")

        self.contentForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.targetGroupEdit)

        self.leadForceLabel = QLabel(self.tabContent)
        self.leadForceLabel.setObjectName(u"leadForceLabel")

        self.contentForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.leadForceLabel)

        self.leadForceEdit = QLineEdit(self.tabContent)
        self.leadForceEdit.setObjectName(u"leadForceEdit")

        self.contentForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.leadForceEdit)

        self.partnersLabel = QLabel(self.tabContent)
        self.partnersLabel.setObjectName(u"partnersLabel")

        self.contentForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.partnersLabel)

        self.partnersEdit = QLineEdit(self.tabContent)
        self.partnersEdit.setObjectName(u"partnersEdit")

        self.contentForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.partnersEdit)

        self.participantsLabel = QLabel(self.tabContent)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.contentForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsEdit = QLineEdit(self.tabContent)
        self.participantsEdit.setObjectName(u"participantsEdit")

        self.contentForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.participantsEdit)

        self.tabs.addTab(self.tabContent, "")
        self.tabResources = QWidget()
        self.tabResources.setObjectName(u"tabResources")
        self.resourcesLayout = QVBoxLayout(self.tabResources)
        self.resourcesLayout.setObjectName(u"resourcesLayout")
        self.resourcesGroup = QGroupBox(self.tabResources)
        self.resourcesGroup.setObjectName(u"resourcesGroup")
        self.resourcesForm = QFormLayout(self.resourcesGroup)
        self.resourcesForm.setObjectName(u"resourcesForm")
        self.resourcesForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.resourcesForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.budgetLabel = QLabel(self.resourcesGroup)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.resourcesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.budgetLabel)

        self.budgetEditRow = QHBoxLayout()
        self.budgetEditRow.setObjectName(u"budgetEditRow")
        self.budgetEdit = MoneyEdit(self.resourcesGroup)
        self.budgetEdit.setObjectName(u"budgetEdit")

        self.budgetEditRow.addWidget(self.budgetEdit)

        self.budgetEditUnit = QLabel(self.resourcesGroup)
        self.budgetEditUnit.setObjectName(u"budgetEditUnit")

        self.budgetEditRow.addWidget(self.budgetEditUnit)

        self.budgetEditRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.budgetEditRow.addItem(self.budgetEditRowStretch)


        self.resourcesForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.budgetEditRow)

        self.workdaysLabel = QLabel(self.resourcesGroup)
        self.workdaysLabel.setObjectName(u"workdaysLabel")

        self.resourcesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.workdaysLabel)

        self.workdaysEditRow = QHBoxLayout()
        self.workdaysEditRow.setObjectName(u"workdaysEditRow")
        self.workdaysEdit = MoneyEdit(self.resourcesGroup)
        self.workdaysEdit.setObjectName(u"workdaysEdit")

        self.workdaysEditRow.addWidget(self.workdaysEdit)

        self.workdaysEditUnit = QLabel(self.resourcesGroup)
        self.workdaysEditUnit.setObjectName(u"workdaysEditUnit")

        self.workdaysEditRow.addWidget(self.workdaysEditUnit)

        self.workdaysEditRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.workdaysEditRow.addItem(self.workdaysEditRowStretch)


        self.resourcesForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.workdaysEditRow)

        self.socializedLabel = QLabel(self.resourcesGroup)
        self.socializedLabel.setObjectName(u"socializedLabel")

        self.resourcesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.socializedLabel)

        self.socializedEditRow = QHBoxLayout()
        self.socializedEditRow.setObjectName(u"socializedEditRow")
        self.socializedEdit = MoneyEdit(self.resourcesGroup)
        self.socializedEdit.setObjectName(u"socializedEdit")

        self.socializedEditRow.addWidget(self.socializedEdit)

        self.socializedEditUnit = QLabel(self.resourcesGroup)
        self.socializedEditUnit.setObjectName(u"socializedEditUnit")

        self.socializedEditRow.addWidget(self.socializedEditUnit)

        self.socializedEditRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.socializedEditRow.addItem(self.socializedEditRowStretch)


        self.resourcesForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.socializedEditRow)


        self.resourcesLayout.addWidget(self.resourcesGroup)

        self.timeGroup = QGroupBox(self.tabResources)
        self.timeGroup.setObjectName(u"timeGroup")
        self.timeForm = QFormLayout(self.timeGroup)
        self.timeForm.setObjectName(u"timeForm")
        self.timeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.timeForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.startDateLabel = QLabel(self.timeGroup)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.timeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startDateRow = QHBoxLayout()
        self.startDateRow.setObjectName(u"startDateRow")
        self.startDateEdit = DateEdit(self.timeGroup)
        self.startDateEdit.setObjectName(u"startDateEdit")

        self.startDateRow.addWidget(self.startDateEdit)

        self.startDateRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startDateRow.addItem(self.startDateRowStretch)


        self.timeForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.startDateRow)

        self.progressLabel = QLabel(self.timeGroup)
        self.progressLabel.setObjectName(u"progressLabel")

        self.timeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.progressLabel)

        self.progressEdit = QPlainTextEdit(self.timeGroup)
        self.progressEdit.setObjectName(u"progressEdit")
        self.progressEdit.setTabChangesFocus(True)
        self.progressEdit.setMinimumSize(QSize(0, 60))

        self.timeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.progressEdit)

        self.evaluationDateLabel = QLabel(self.timeGroup)
        self.evaluationDateLabel.setObjectName(u"evaluationDateLabel")

        self.timeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.evaluationDateLabel)

        self.evaluationDateRow = QHBoxLayout()
        self.evaluationDateRow.setObjectName(u"evaluationDateRow")
        self.evaluationDateEdit = DateEdit(self.timeGroup)
        self.evaluationDateEdit.setObjectName(u"evaluationDateEdit")

        self.evaluationDateRow.addWidget(self.evaluationDateEdit)

        self.evaluationDateRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.evaluationDateRow.addItem(self.evaluationDateRowStretch)


        self.timeForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.evaluationDateRow)


        self.resourcesLayout.addWidget(self.timeGroup)

        self.tabs.addTab(self.tabResources, "")
        self.tabResults = QWidget()
        self.tabResults.setObjectName(u"tabResults")
        self.resultsForm = QFormLayout(self.tabResults)
        self.resultsForm.setObjectName(u"resultsForm")
        self.resultsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.resultsForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.outputsLabel = QLabel(self.tabResults)
        self.outputsLabel.setObjectName(u"outputsLabel")

        self.resultsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outputsLabel)

        self.outputsEdit = QPlainTextEdit(self.tabResults)
        self.outputsEdit.setObjectName(u"outputsEdit")
        self.outputsEdit.setTabChangesFocus(True)
        self.outputsEdit.setMinimumSize(QSize(0, 60))

        self.resultsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outputsEdit)

        self.sustainabilityLabel = QLabel(self.tabResults)
        self.sustainabilityLabel.setObjectName(u"sustainabilityLabel")

        self.resultsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sustainabilityLabel)

        self.sustainabilityEdit = QPlainTextEdit(self.tabResults)
        self.sustainabilityEdit.setObjectName(u"sustainabilityEdit")
        self.sustainabilityEdit.setTabChangesFocus(True)
        self.sustainabilityEdit.setMinimumSize(QSize(0, 60))

        self.resultsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sustainabilityEdit)

        self.replicationLabel = QLabel(self.tabResults)
        self.replicationLabel.setObjectName(u"replicationLabel")

        self.resultsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.replicationLabel)

        self.replicationRow = QHBoxLayout()
        self.replicationRow.setObjectName(u"replicationRow")
        self.replicationSpin = QSpinBox(self.tabResults)
        self.replicationSpin.setObjectName(u"replicationSpin")
        self.replicationSpin.setMaximum(100000)
        self.replicationSpin.setMinimumSize(QSize(80, 0))

        self.replicationRow.addWidget(self.replicationSpin)

        self.replicationRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.replicationRow.addItem(self.replicationRowStretch)


        self.resultsForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.replicationRow)

        self.tabs.addTab(self.tabResults, "")
        self.tabStatus = QWidget()
        self.tabStatus.setObjectName(u"tabStatus")
        self.statusLayout = QVBoxLayout(self.tabStatus)
        self.statusLayout.setObjectName(u"statusLayout")
        self.statusHeadRow = QHBoxLayout()
        self.statusHeadRow.setObjectName(u"statusHeadRow")
        self.statusCaption = QLabel(self.tabStatus)
        self.statusCaption.setObjectName(u"statusCaption")

        self.statusHeadRow.addWidget(self.statusCaption)

        self.statusValueLabel = QLabel(self.tabStatus)
        self.statusValueLabel.setObjectName(u"statusValueLabel")
        self.statusValueLabel.setStyleSheet(u"font-weight: bold;")

        self.statusHeadRow.addWidget(self.statusValueLabel)

        self.statusHeadSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusHeadRow.addItem(self.statusHeadSpacer)

        self.changeStatusButton = QPushButton(self.tabStatus)
        self.changeStatusButton.setObjectName(u"changeStatusButton")

        self.statusHeadRow.addWidget(self.changeStatusButton)


        self.statusLayout.addLayout(self.statusHeadRow)

        self.recognitionGroup = QGroupBox(self.tabStatus)
        self.recognitionGroup.setObjectName(u"recognitionGroup")
        self.recognitionForm = QFormLayout(self.recognitionGroup)
        self.recognitionForm.setObjectName(u"recognitionForm")
        self.recognitionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.recognitionForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)
        self.ratingLabel = QLabel(self.recognitionGroup)
        self.ratingLabel.setObjectName(u"ratingLabel")

        self.recognitionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ratingLabel)

        self.ratingCombo = QComboBox(self.recognitionGroup)
        self.ratingCombo.setObjectName(u"ratingCombo")

        self.recognitionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ratingCombo)

        self.recognitionLevelLabel = QLabel(self.recognitionGroup)
        self.recognitionLevelLabel.setObjectName(u"recognitionLevelLabel")

        self.recognitionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recognitionLevelLabel)

        self.recognitionLevelCombo = QComboBox(self.recognitionGroup)
        self.recognitionLevelCombo.setObjectName(u"recognitionLevelCombo")

        self.recognitionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recognitionLevelCombo)

        self.recognitionDecisionLabel = QLabel(self.recognitionGroup)
        self.recognitionDecisionLabel.setObjectName(u"recognitionDecisionLabel")

        self.recognitionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recognitionDecisionLabel)

        self.recognitionDecisionEdit = QLineEdit(self.recognitionGroup)
        self.recognitionDecisionEdit.setObjectName(u"recognitionDecisionEdit")

        self.recognitionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recognitionDecisionEdit)

        self.recognitionDateLabel = QLabel(self.recognitionGroup)
        self.recognitionDateLabel.setObjectName(u"recognitionDateLabel")

        self.recognitionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recognitionDateLabel)

        self.recognitionDateRow = QHBoxLayout()
        self.recognitionDateRow.setObjectName(u"recognitionDateRow")
        self.recognitionDateEdit = DateEdit(self.recognitionGroup)
        self.recognitionDateEdit.setObjectName(u"recognitionDateEdit")

        self.recognitionDateRow.addWidget(self.recognitionDateEdit)

        self.recognitionDateRowStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recognitionDateRow.addItem(self.recognitionDateRowStretch)


        self.recognitionForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.recognitionDateRow)

        self.exemplaryLabel = QLabel(self.recognitionGroup)
        self.exemplaryLabel.setObjectName(u"exemplaryLabel")

        self.recognitionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.exemplaryLabel)

        self.exemplaryValueLabel = QLabel(self.recognitionGroup)
        self.exemplaryValueLabel.setObjectName(u"exemplaryValueLabel")

        self.recognitionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.exemplaryValueLabel)


        self.statusLayout.addWidget(self.recognitionGroup)

        self.statusLogCaption = QLabel(self.tabStatus)
        self.statusLogCaption.setObjectName(u"statusLogCaption")

        self.statusLayout.addWidget(self.statusLogCaption)

        self.statusLogTable = QTableWidget(self.tabStatus)
        self.statusLogTable.setObjectName(u"statusLogTable")
        self.statusLogTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.statusLogTable.setAlternatingRowColors(True)
        self.statusLogTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statusLogTable.setWordWrap(True)

        self.statusLayout.addWidget(self.statusLogTable)

        self.tabs.addTab(self.tabStatus, "")
        self.tabAttachments = QWidget()
        self.tabAttachments.setObjectName(u"tabAttachments")
        self.attachmentsLayout = QVBoxLayout(self.tabAttachments)
        self.attachmentsLayout.setObjectName(u"attachmentsLayout")
        self.attachmentsTable = QTableWidget(self.tabAttachments)
        self.attachmentsTable.setObjectName(u"attachmentsTable")
        self.attachmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachmentsTable.setAlternatingRowColors(True)
        self.attachmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachmentsTable.setWordWrap(True)

        self.attachmentsLayout.addWidget(self.attachmentsTable)

        self.attachmentButtons = QHBoxLayout()
        self.attachmentButtons.setObjectName(u"attachmentButtons")
        self.addFileButton = QPushButton(self.tabAttachments)
        self.addFileButton.setObjectName(u"addFileButton")

        self.attachmentButtons.addWidget(self.addFileButton)

        self.openFileButton = QPushButton(self.tabAttachments)
        self.openFileButton.setObjectName(u"openFileButton")

        self.attachmentButtons.addWidget(self.openFileButton)

        self.removeFileButton = QPushButton(self.tabAttachments)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.attachmentButtons.addWidget(self.removeFileButton)

        self.attachmentButtonsStretch = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachmentButtons.addItem(self.attachmentButtonsStretch)


        self.attachmentsLayout.addLayout(self.attachmentButtons)

        self.attachmentsHint = QLabel(self.tabAttachments)
        self.attachmentsHint.setObjectName(u"attachmentsHint")
        self.attachmentsHint.setWordWrap(True)
        self.attachmentsHint.setStyleSheet(u"color: #555;")

        self.attachmentsLayout.addWidget(self.attachmentsHint)

        self.tabs.addTab(self.tabAttachments, "")
        self.tabHistory = QWidget()
        self.tabHistory.setObjectName(u"tabHistory")
        self.historyLayout = QVBoxLayout(self.tabHistory)
        self.historyLayout.setObjectName(u"historyLayout")
        self.historyTable = QTableWidget(self.tabHistory)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setWordWrap(True)

        self.historyLayout.addWidget(self.historyTable)

        self.tabs.addTab(self.tabHistory, "")

        self.dialogLayout.addWidget(self.tabs)

        self.errorSummaryLabel = QLabel(InitiativeDialog)
        self.errorSummaryLabel.setObjectName(u"errorSummaryLabel")
        self.errorSummaryLabel.setWordWrap(True)
        self.errorSummaryLabel.setStyleSheet(u"color: #c62828;")

        self.dialogLayout.addWidget(self.errorSummaryLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.shortcutHint = QLabel(InitiativeDialog)
        self.shortcutHint.setObjectName(u"shortcutHint")
        self.shortcutHint.setStyleSheet(u"color: #666;")

        self.buttonRow.addWidget(self.shortcutHint)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.saveButton = QPushButton(InitiativeDialog)
        self.saveButton.setObjectName(u"saveButton")
        self.saveButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveButton)

        self.saveCloseButton = QPushButton(InitiativeDialog)
        self.saveCloseButton.setObjectName(u"saveCloseButton")
        self.saveCloseButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.saveCloseButton)

        self.closeButton = QPushButton(InitiativeDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.closeButton)


        self.dialogLayout.addLayout(self.buttonRow)


        self.retranslateUi(InitiativeDialog)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, InitiativeDialog):
        InitiativeDialog.setWindowTitle(QCoreApplication.translate("InitiativeDialog", u"M\u00f4 h\u00ecnh, \u0111i\u1ec3n h\u00ecnh", None))
        self.headerLabel.setText(QCoreApplication.translate("InitiativeDialog", u"\u0110\u0103ng k\u00fd m\u00f4 h\u00ecnh, \u0111i\u1ec3n h\u00ecnh m\u1edbi", None))
        self.kindLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Lo\u1ea1i:", None))
        self.kindModelRadio.setText(QCoreApplication.translate("InitiativeDialog", u"M\u00f4 h\u00ecnh", None))
        self.kindExemplarRadio.setText(QCoreApplication.translate("InitiativeDialog", u"\u0110i\u1ec3n h\u00ecnh", None))
        self.subjectLabel.setText(QCoreApplication.translate("InitiativeDialog", u"\u0110\u1ed1i t\u01b0\u1ee3ng:", None))
        self.subjectCollectiveRadio.setText(QCoreApplication.translate("InitiativeDialog", u"T\u1eadp th\u1ec3", None))
        self.subjectPersonRadio.setText(QCoreApplication.translate("InitiativeDialog", u"C\u00e1 nh\u00e2n", None))
        self.nameLabel.setText(QCoreApplication.translate("InitiativeDialog", u"T\u00ean m\u00f4 h\u00ecnh, \u0111i\u1ec3n h\u00ecnh:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("InitiativeDialog", u"V\u00ed d\u1ee5: M\u00f4 h\u00ecnh \u201cD\u00e2n v\u1eadn kh\u00e9o\u201d trong x\u00e2y d\u1ef1ng n\u00f4ng th\u00f4n m\u1edbi", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"T\u00ean m\u00f4 h\u00ecnh, \u0111i\u1ec3n h\u00ecnh", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("InitiativeDialog", u"\u0110\u01a1n v\u1ecb \u0111\u0103ng k\u00fd:", None))
        self.phaseLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Giai \u0111o\u1ea1n:", None))
#if QT_CONFIG(accessibility)
        self.phaseCombo.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Giai \u0111o\u1ea1n", None))
#endif // QT_CONFIG(accessibility)
        self.yearLabel.setText(QCoreApplication.translate("InitiativeDialog", u"N\u0103m:", None))
#if QT_CONFIG(accessibility)
        self.yearSpin.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"N\u0103m", None))
#endif // QT_CONFIG(accessibility)
        self.fieldLabel.setText(QCoreApplication.translate("InitiativeDialog", u"L\u0129nh v\u1ef1c:", None))
#if QT_CONFIG(accessibility)
        self.fieldCombo.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"L\u0129nh v\u1ef1c", None))
#endif // QT_CONFIG(accessibility)
        self.blockLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Kh\u1ed1i:", None))
#if QT_CONFIG(accessibility)
        self.blockCombo.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Kh\u1ed1i", None))
#endif // QT_CONFIG(accessibility)
        self.personNameLabel.setText(QCoreApplication.translate("InitiativeDialog", u"H\u1ecd v\u00e0 t\u00ean:", None))
        self.personNameEdit.setPlaceholderText(QCoreApplication.translate("InitiativeDialog", u"Ch\u1ec9 nh\u1eadp v\u1edbi \u0111i\u1ec3n h\u00ecnh c\u00e1 nh\u00e2n", None))
#if QT_CONFIG(accessibility)
        self.personNameEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"H\u1ecd v\u00e0 t\u00ean", None))
#endif // QT_CONFIG(accessibility)
        self.personPositionLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Ch\u1ee9c v\u1ee5:", None))
        self.personPositionEdit.setPlaceholderText(QCoreApplication.translate("InitiativeDialog", u"Ch\u1ee9c v\u1ee5, n\u01a1i c\u00f4ng t\u00e1c", None))
#if QT_CONFIG(accessibility)
        self.personPositionEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Ch\u1ee9c v\u1ee5", None))
#endif // QT_CONFIG(accessibility)
        self.registeredOnLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Ng\u00e0y \u0111\u0103ng k\u00fd:", None))
#if QT_CONFIG(accessibility)
        self.registeredOnEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Ng\u00e0y \u0111\u0103ng k\u00fd", None))
#endif // QT_CONFIG(accessibility)
        self.tagsLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Th\u1ebb, t\u1eeb kh\u00f3a:", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("InitiativeDialog", u"Ng\u0103n c\u00e1ch b\u1eb1ng d\u1ea5u ch\u1ea5m ph\u1ea9y, v\u00ed d\u1ee5: n\u00f4ng th\u00f4n m\u1edbi; chuy\u1ec3n \u0111\u1ed5i s\u1ed1", None))
#if QT_CONFIG(accessibility)
        self.tagsEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Th\u1ebb, t\u1eeb kh\u00f3a", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Ghi ch\u00fa:", None))
#if QT_CONFIG(accessibility)
        self.noteEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Ghi ch\u00fa", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.tabGeneral), QCoreApplication.translate("InitiativeDialog", u"Th\u00f4ng tin chung", None))
        self.situationLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Th\u1ef1c tr\u1ea1ng, l\u00fd do\n"
"x\u00e2y d\u1ef1ng:", None))
#if QT_CONFIG(accessibility)
        self.situationEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Th\u1ef1c tr\u1ea1ng, l\u00fd do x\u00e2y d\u1ef1ng", None))
#endif // QT_CONFIG(accessibility)
        self.goalsLabel.setText(QCoreApplication.translate("InitiativeDialog", u"M\u1ee5c ti\u00eau, ti\u00eau ch\u00ed:", None))
#if QT_CONFIG(accessibility)
        self.goalsEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"M\u1ee5c ti\u00eau, ti\u00eau ch\u00ed", None))
#endif // QT_CONFIG(accessibility)
        self.methodsLabel.setText(QCoreApplication.translate("InitiativeDialog", u"N\u1ed9i dung, c\u00e1ch th\u1ee9c\n"
"th\u1ef1c hi\u1ec7n:", None))
#if QT_CONFIG(accessibility)
        self.methodsEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"N\u1ed9i dung, c\u00e1ch th\u1ee9c th\u1ef1c hi\u1ec7n", None))
#endif // QT_CONFIG(accessibility)
        self.areaLabel.setText(QCoreApplication.translate("InitiativeDialog", u"\u0110\u1ecba b\u00e0n th\u1ef1c hi\u1ec7n:", None))
        self.areaEdit.setPlaceholderText(QCoreApplication.translate("InitiativeDialog", u"V\u00ed d\u1ee5: \u1ea5p Ph\u00fa H\u00f2a, x\u00e3 V\u0129nh H\u00f2a", None))
#if QT_CONFIG(accessibility)
        self.areaEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"\u0110\u1ecba b\u00e0n th\u1ef1c hi\u1ec7n", None))
#endif // QT_CONFIG(accessibility)
        self.targetGroupLabel.setText(QCoreApplication.translate("InitiativeDialog", u"\u0110\u1ed1i t\u01b0\u1ee3ng \u00e1p d\u1ee5ng:", None))
        self.targetGroupEdit.setPlaceholderText(QCoreApplication.translate("InitiativeDialog", u"V\u00ed d\u1ee5: h\u1ed9 ngh\u00e8o, \u0111\u1ed3ng b\u00e0o d\u00e2n t\u1ed9c thi\u1ec3u s\u1ed1", None))
#if QT_CONFIG(accessibility)
        self.targetGroupEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"\u0110\u1ed1i t\u01b0\u1ee3ng \u00e1p d\u1ee5ng", None))
#endif // QT_CONFIG(accessibility)
        self.leadForceLabel.setText(QCoreApplication.translate("InitiativeDialog", u"L\u1ef1c l\u01b0\u1ee3ng ch\u1ee7 tr\u00ec:", None))
#if QT_CONFIG(accessibility)
        self.leadForceEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"L\u1ef1c l\u01b0\u1ee3ng ch\u1ee7 tr\u00ec", None))
#endif // QT_CONFIG(accessibility)
        self.partnersLabel.setText(QCoreApplication.translate("InitiativeDialog", u"L\u1ef1c l\u01b0\u1ee3ng ph\u1ed1i h\u1ee3p:", None))
#if QT_CONFIG(accessibility)
        self.partnersEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"L\u1ef1c l\u01b0\u1ee3ng ph\u1ed1i h\u1ee3p", None))
#endif // QT_CONFIG(accessibility)
        self.participantsLabel.setText(QCoreApplication.translate("InitiativeDialog", u"L\u1ef1c l\u01b0\u1ee3ng tham gia:", None))
#if QT_CONFIG(accessibility)
        self.participantsEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"L\u1ef1c l\u01b0\u1ee3ng tham gia", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.tabContent), QCoreApplication.translate("InitiativeDialog", u"N\u1ed9i dung", None))
        self.resourcesGroup.setTitle(QCoreApplication.translate("InitiativeDialog", u"Ngu\u1ed3n l\u1ef1c", None))
        self.budgetLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Kinh ph\u00ed:", None))
#if QT_CONFIG(accessibility)
        self.budgetEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Kinh ph\u00ed", None))
#endif // QT_CONFIG(accessibility)
        self.budgetEditUnit.setText(QCoreApplication.translate("InitiativeDialog", u"\u0111\u1ed3ng", None))
        self.workdaysLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Ng\u00e0y c\u00f4ng:", None))
#if QT_CONFIG(accessibility)
        self.workdaysEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Ng\u00e0y c\u00f4ng", None))
#endif // QT_CONFIG(accessibility)
        self.workdaysEditUnit.setText(QCoreApplication.translate("InitiativeDialog", u"ng\u00e0y c\u00f4ng", None))
        self.socializedLabel.setText(QCoreApplication.translate("InitiativeDialog", u"X\u00e3 h\u1ed9i h\u00f3a:", None))
#if QT_CONFIG(accessibility)
        self.socializedEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Kinh ph\u00ed x\u00e3 h\u1ed9i h\u00f3a", None))
#endif // QT_CONFIG(accessibility)
        self.socializedEditUnit.setText(QCoreApplication.translate("InitiativeDialog", u"\u0111\u1ed3ng", None))
        self.timeGroup.setTitle(QCoreApplication.translate("InitiativeDialog", u"Th\u1eddi gian th\u1ef1c hi\u1ec7n", None))
        self.startDateLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Ng\u00e0y b\u1eaft \u0111\u1ea7u:", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Ng\u00e0y b\u1eaft \u0111\u1ea7u", None))
#endif // QT_CONFIG(accessibility)
        self.progressLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Ti\u1ebfn \u0111\u1ed9 th\u1ef1c hi\u1ec7n:", None))
#if QT_CONFIG(accessibility)
        self.progressEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Ti\u1ebfn \u0111\u1ed9 th\u1ef1c hi\u1ec7n", None))
#endif // QT_CONFIG(accessibility)
        self.evaluationDateLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Th\u1eddi \u0111i\u1ec3m \u0111\u00e1nh gi\u00e1:", None))
#if QT_CONFIG(accessibility)
        self.evaluationDateEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Th\u1eddi \u0111i\u1ec3m \u0111\u00e1nh gi\u00e1", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.tabResources), QCoreApplication.translate("InitiativeDialog", u"Ngu\u1ed3n l\u1ef1c, ti\u1ebfn \u0111\u1ed9", None))
        self.outputsLabel.setText(QCoreApplication.translate("InitiativeDialog", u"S\u1ea3n ph\u1ea9m, k\u1ebft qu\u1ea3\n"
"\u0111\u1ea7u ra:", None))
#if QT_CONFIG(accessibility)
        self.outputsEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"S\u1ea3n ph\u1ea9m, k\u1ebft qu\u1ea3 \u0111\u1ea7u ra", None))
#endif // QT_CONFIG(accessibility)
        self.sustainabilityLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Kh\u1ea3 n\u0103ng duy tr\u00ec,\n"
"nh\u00e2n r\u1ed9ng:", None))
#if QT_CONFIG(accessibility)
        self.sustainabilityEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Kh\u1ea3 n\u0103ng duy tr\u00ec, nh\u00e2n r\u1ed9ng", None))
#endif // QT_CONFIG(accessibility)
        self.replicationLabel.setText(QCoreApplication.translate("InitiativeDialog", u"S\u1ed1 n\u01a1i nh\u00e2n r\u1ed9ng:", None))
#if QT_CONFIG(accessibility)
        self.replicationSpin.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"S\u1ed1 n\u01a1i nh\u00e2n r\u1ed9ng", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.tabResults), QCoreApplication.translate("InitiativeDialog", u"K\u1ebft qu\u1ea3", None))
        self.statusCaption.setText(QCoreApplication.translate("InitiativeDialog", u"Tr\u1ea1ng th\u00e1i hi\u1ec7n t\u1ea1i:", None))
        self.statusValueLabel.setText(QCoreApplication.translate("InitiativeDialog", u"\u0110\u0103ng k\u00fd", None))
        self.changeStatusButton.setText(QCoreApplication.translate("InitiativeDialog", u"Chuy\u1ec3n tr\u1ea1ng th\u00e1i\u2026", None))
        self.recognitionGroup.setTitle(QCoreApplication.translate("InitiativeDialog", u"X\u1ebfp lo\u1ea1i, c\u00f4ng nh\u1eadn", None))
        self.ratingLabel.setText(QCoreApplication.translate("InitiativeDialog", u"X\u1ebfp lo\u1ea1i:", None))
#if QT_CONFIG(accessibility)
        self.ratingCombo.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"X\u1ebfp lo\u1ea1i", None))
#endif // QT_CONFIG(accessibility)
        self.recognitionLevelLabel.setText(QCoreApplication.translate("InitiativeDialog", u"C\u1ea5p c\u00f4ng nh\u1eadn:", None))
#if QT_CONFIG(accessibility)
        self.recognitionLevelCombo.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"C\u1ea5p c\u00f4ng nh\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        self.recognitionDecisionLabel.setText(QCoreApplication.translate("InitiativeDialog", u"S\u1ed1 quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn:", None))
        self.recognitionDecisionEdit.setPlaceholderText(QCoreApplication.translate("InitiativeDialog", u"V\u00ed d\u1ee5: 12-Q\u0110/BDVTU", None))
#if QT_CONFIG(accessibility)
        self.recognitionDecisionEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"S\u1ed1 quy\u1ebft \u0111\u1ecbnh c\u00f4ng nh\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        self.recognitionDateLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Ng\u00e0y c\u00f4ng nh\u1eadn:", None))
#if QT_CONFIG(accessibility)
        self.recognitionDateEdit.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Ng\u00e0y c\u00f4ng nh\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        self.exemplaryLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Ti\u00eau bi\u1ec3u:", None))
        self.exemplaryValueLabel.setText(QCoreApplication.translate("InitiativeDialog", u"Kh\u00f4ng", None))
        self.statusLogCaption.setText(QCoreApplication.translate("InitiativeDialog", u"Qu\u00e1 tr\u00ecnh chuy\u1ec3n tr\u1ea1ng th\u00e1i:", None))
#if QT_CONFIG(accessibility)
        self.statusLogTable.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"Qu\u00e1 tr\u00ecnh chuy\u1ec3n tr\u1ea1ng th\u00e1i", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.tabStatus), QCoreApplication.translate("InitiativeDialog", u"Tr\u1ea1ng th\u00e1i", None))
#if QT_CONFIG(accessibility)
        self.attachmentsTable.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"T\u1ec7p \u0111\u00ednh k\u00e8m", None))
#endif // QT_CONFIG(accessibility)
        self.addFileButton.setText(QCoreApplication.translate("InitiativeDialog", u"Th\u00eam t\u1ec7p, \u1ea3nh\u2026", None))
        self.openFileButton.setText(QCoreApplication.translate("InitiativeDialog", u"M\u1edf", None))
        self.removeFileButton.setText(QCoreApplication.translate("InitiativeDialog", u"X\u00f3a\u2026", None))
        self.attachmentsHint.setText(QCoreApplication.translate("InitiativeDialog", u"T\u1ec7p \u0111\u01b0\u1ee3c sao ch\u00e9p v\u00e0o kho d\u1eef li\u1ec7u c\u1ee7a ch\u01b0\u01a1ng tr\u00ecnh (\u0111\u01b0\u1ee3c sao l\u01b0u c\u00f9ng c\u01a1 s\u1edf d\u1eef li\u1ec7u). T\u1ec7p x\u00f3a \u0111i n\u1eb1m trong th\u00f9ng r\u00e1c v\u00e0 c\u00f3 th\u1ec3 kh\u00f4i ph\u1ee5c.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.tabAttachments), QCoreApplication.translate("InitiativeDialog", u"T\u1ec7p \u0111\u00ednh k\u00e8m", None))
#if QT_CONFIG(accessibility)
        self.historyTable.setAccessibleName(QCoreApplication.translate("InitiativeDialog", u"L\u1ecbch s\u1eed thay \u0111\u1ed5i", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.tabHistory), QCoreApplication.translate("InitiativeDialog", u"L\u1ecbch s\u1eed", None))
        self.errorSummaryLabel.setText("")
        self.shortcutHint.setText(QCoreApplication.translate("InitiativeDialog", u"Ctrl+S: l\u01b0u \u00b7 Ctrl+Enter: l\u01b0u v\u00e0 \u0111\u00f3ng \u00b7 Esc: \u0111\u00f3ng", None))
        self.saveButton.setText(QCoreApplication.translate("InitiativeDialog", u"L\u01b0u", None))
        self.saveCloseButton.setText(QCoreApplication.translate("InitiativeDialog", u"L\u01b0u v\u00e0 \u0111\u00f3ng", None))
        self.closeButton.setText(QCoreApplication.translate("InitiativeDialog", u"\u0110\u00f3ng", None))
    # retranslateUi
