# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'catalogs_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QTableView, QTreeView, QVBoxLayout,
    QWidget)

class Ui_CatalogsPage(object):
    def setupUi(self, CatalogsPage):
        if not CatalogsPage.objectName():
            CatalogsPage.setObjectName(u"CatalogsPage")
        CatalogsPage.resize(1100, 680)
        self.pageLayout = QVBoxLayout(CatalogsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(CatalogsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.tabs = QTabWidget(CatalogsPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.unitsTab = QWidget()
        self.unitsTab.setObjectName(u"unitsTab")
        self.unitsLayout = QVBoxLayout(self.unitsTab)
        self.unitsLayout.setObjectName(u"unitsLayout")
        self.unitFilterRow = QHBoxLayout()
        self.unitFilterRow.setObjectName(u"unitFilterRow")
        self.unitSearchEdit = QLineEdit(self.unitsTab)
        self.unitSearchEdit.setObjectName(u"unitSearchEdit")
        self.unitSearchEdit.setClearButtonEnabled(True)
        self.unitSearchEdit.setMinimumSize(QSize(320, 0))

        self.unitFilterRow.addWidget(self.unitSearchEdit)

        self.showClosedCheck = QCheckBox(self.unitsTab)
        self.showClosedCheck.setObjectName(u"showClosedCheck")

        self.unitFilterRow.addWidget(self.showClosedCheck)

        self.unitFilterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitFilterRow.addItem(self.unitFilterSpacer)

        self.unitCountLabel = QLabel(self.unitsTab)
        self.unitCountLabel.setObjectName(u"unitCountLabel")

        self.unitFilterRow.addWidget(self.unitCountLabel)


        self.unitsLayout.addLayout(self.unitFilterRow)

        self.unitButtonRow = QHBoxLayout()
        self.unitButtonRow.setObjectName(u"unitButtonRow")
        self.addUnitButton = QPushButton(self.unitsTab)
        self.addUnitButton.setObjectName(u"addUnitButton")

        self.unitButtonRow.addWidget(self.addUnitButton)

        self.editUnitButton = QPushButton(self.unitsTab)
        self.editUnitButton.setObjectName(u"editUnitButton")

        self.unitButtonRow.addWidget(self.editUnitButton)

        self.renameUnitButton = QPushButton(self.unitsTab)
        self.renameUnitButton.setObjectName(u"renameUnitButton")

        self.unitButtonRow.addWidget(self.renameUnitButton)

        self.mergeUnitsButton = QPushButton(self.unitsTab)
        self.mergeUnitsButton.setObjectName(u"mergeUnitsButton")

        self.unitButtonRow.addWidget(self.mergeUnitsButton)

        self.splitUnitButton = QPushButton(self.unitsTab)
        self.splitUnitButton.setObjectName(u"splitUnitButton")

        self.unitButtonRow.addWidget(self.splitUnitButton)

        self.closeUnitButton = QPushButton(self.unitsTab)
        self.closeUnitButton.setObjectName(u"closeUnitButton")

        self.unitButtonRow.addWidget(self.closeUnitButton)

        self.deleteUnitButton = QPushButton(self.unitsTab)
        self.deleteUnitButton.setObjectName(u"deleteUnitButton")

        self.unitButtonRow.addWidget(self.deleteUnitButton)

        self.unitButtonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unitButtonRow.addItem(self.unitButtonSpacer)


        self.unitsLayout.addLayout(self.unitButtonRow)

        self.unitTree = QTreeView(self.unitsTab)
        self.unitTree.setObjectName(u"unitTree")
        self.unitTree.setAlternatingRowColors(True)
        self.unitTree.setUniformRowHeights(True)
        self.unitTree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.unitTree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.unitTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.unitsLayout.addWidget(self.unitTree)

        self.unitDetailsBox = QGroupBox(self.unitsTab)
        self.unitDetailsBox.setObjectName(u"unitDetailsBox")
        self.unitDetailsLayout = QVBoxLayout(self.unitDetailsBox)
        self.unitDetailsLayout.setObjectName(u"unitDetailsLayout")
        self.unitInfoLabel = QLabel(self.unitDetailsBox)
        self.unitInfoLabel.setObjectName(u"unitInfoLabel")
        self.unitInfoLabel.setWordWrap(True)
        self.unitInfoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitDetailsLayout.addWidget(self.unitInfoLabel)

        self.predecessorsLabel = QLabel(self.unitDetailsBox)
        self.predecessorsLabel.setObjectName(u"predecessorsLabel")
        self.predecessorsLabel.setWordWrap(True)
        self.predecessorsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitDetailsLayout.addWidget(self.predecessorsLabel)

        self.successorsLabel = QLabel(self.unitDetailsBox)
        self.successorsLabel.setObjectName(u"successorsLabel")
        self.successorsLabel.setWordWrap(True)
        self.successorsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.unitDetailsLayout.addWidget(self.successorsLabel)

        self.unverifiedLabel = QLabel(self.unitDetailsBox)
        self.unverifiedLabel.setObjectName(u"unverifiedLabel")
        self.unverifiedLabel.setWordWrap(True)
        self.unverifiedLabel.setStyleSheet(u"color: #b06000; font-weight: bold;")

        self.unitDetailsLayout.addWidget(self.unverifiedLabel)


        self.unitsLayout.addWidget(self.unitDetailsBox)

        self.tabs.addTab(self.unitsTab, "")
        self.fieldsTab = QWidget()
        self.fieldsTab.setObjectName(u"fieldsTab")
        self.fieldsLayout = QHBoxLayout(self.fieldsTab)
        self.fieldsLayout.setObjectName(u"fieldsLayout")
        self.fieldsTable = QTableView(self.fieldsTab)
        self.fieldsTable.setObjectName(u"fieldsTable")
        self.fieldsTable.setAlternatingRowColors(True)
        self.fieldsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fieldsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fieldsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.fieldsLayout.addWidget(self.fieldsTable)

        self.fieldsButtons = QVBoxLayout()
        self.fieldsButtons.setObjectName(u"fieldsButtons")
        self.addFieldButton = QPushButton(self.fieldsTab)
        self.addFieldButton.setObjectName(u"addFieldButton")

        self.fieldsButtons.addWidget(self.addFieldButton)

        self.renameFieldButton = QPushButton(self.fieldsTab)
        self.renameFieldButton.setObjectName(u"renameFieldButton")

        self.fieldsButtons.addWidget(self.renameFieldButton)

        self.deleteFieldButton = QPushButton(self.fieldsTab)
        self.deleteFieldButton.setObjectName(u"deleteFieldButton")

        self.fieldsButtons.addWidget(self.deleteFieldButton)

        self.fieldsHintLabel = QLabel(self.fieldsTab)
        self.fieldsHintLabel.setObjectName(u"fieldsHintLabel")
        self.fieldsHintLabel.setWordWrap(True)
        self.fieldsHintLabel.setMaximumSize(QSize(240, 16777215))

        self.fieldsButtons.addWidget(self.fieldsHintLabel)

        self.fieldsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fieldsButtons.addItem(self.fieldsSpacer)


        self.fieldsLayout.addLayout(self.fieldsButtons)

        self.tabs.addTab(self.fieldsTab, "")
        self.blocksTab = QWidget()
        self.blocksTab.setObjectName(u"blocksTab")
        self.blocksLayout = QHBoxLayout(self.blocksTab)
        self.blocksLayout.setObjectName(u"blocksLayout")
        self.blocksTable = QTableView(self.blocksTab)
        self.blocksTable.setObjectName(u"blocksTable")
        self.blocksTable.setAlternatingRowColors(True)
        self.blocksTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.blocksTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.blocksTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.blocksLayout.addWidget(self.blocksTable)

        self.blocksButtons = QVBoxLayout()
        self.blocksButtons.setObjectName(u"blocksButtons")
        self.addBlockButton = QPushButton(self.blocksTab)
        self.addBlockButton.setObjectName(u"addBlockButton")

        self.blocksButtons.addWidget(self.addBlockButton)

        self.renameBlockButton = QPushButton(self.blocksTab)
        self.renameBlockButton.setObjectName(u"renameBlockButton")

        self.blocksButtons.addWidget(self.renameBlockButton)

        self.deleteBlockButton = QPushButton(self.blocksTab)
        self.deleteBlockButton.setObjectName(u"deleteBlockButton")

        self.blocksButtons.addWidget(self.deleteBlockButton)

        self.blocksHintLabel = QLabel(self.blocksTab)
        self.blocksHintLabel.setObjectName(u"blocksHintLabel")
        self.blocksHintLabel.setWordWrap(True)
        self.blocksHintLabel.setMaximumSize(QSize(240, 16777215))

        self.blocksButtons.addWidget(self.blocksHintLabel)

        self.blocksSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.blocksButtons.addItem(self.blocksSpacer)


        self.blocksLayout.addLayout(self.blocksButtons)

        self.tabs.addTab(self.blocksTab, "")
        self.formsTab = QWidget()
        self.formsTab.setObjectName(u"formsTab")
        self.formsLayout = QHBoxLayout(self.formsTab)
        self.formsLayout.setObjectName(u"formsLayout")
        self.formsSplitter = QSplitter(self.formsTab)
        self.formsSplitter.setObjectName(u"formsSplitter")
        self.formsSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.formsSplitter.setChildrenCollapsible(False)
        self.formsTable = QTableView(self.formsSplitter)
        self.formsTable.setObjectName(u"formsTable")
        self.formsTable.setAlternatingRowColors(True)
        self.formsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.formsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.formsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.formsSplitter.addWidget(self.formsTable)
        self.coefPanel = QWidget(self.formsSplitter)
        self.coefPanel.setObjectName(u"coefPanel")
        self.coefLayout = QVBoxLayout(self.coefPanel)
        self.coefLayout.setObjectName(u"coefLayout")
        self.coefLayout.setContentsMargins(0, 0, 0, 0)
        self.coefTitleLabel = QLabel(self.coefPanel)
        self.coefTitleLabel.setObjectName(u"coefTitleLabel")
        self.coefTitleLabel.setWordWrap(True)
        self.coefTitleLabel.setStyleSheet(u"font-weight: bold;")

        self.coefLayout.addWidget(self.coefTitleLabel)

        self.coefTable = QTableView(self.coefPanel)
        self.coefTable.setObjectName(u"coefTable")
        self.coefTable.setAlternatingRowColors(True)
        self.coefTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.coefTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.coefTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.coefLayout.addWidget(self.coefTable)

        self.coefButtons = QHBoxLayout()
        self.coefButtons.setObjectName(u"coefButtons")
        self.addCoefButton = QPushButton(self.coefPanel)
        self.addCoefButton.setObjectName(u"addCoefButton")

        self.coefButtons.addWidget(self.addCoefButton)

        self.coefSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.coefButtons.addItem(self.coefSpacer)


        self.coefLayout.addLayout(self.coefButtons)

        self.currentAmountLabel = QLabel(self.coefPanel)
        self.currentAmountLabel.setObjectName(u"currentAmountLabel")
        self.currentAmountLabel.setWordWrap(True)

        self.coefLayout.addWidget(self.currentAmountLabel)

        self.formsSplitter.addWidget(self.coefPanel)

        self.formsLayout.addWidget(self.formsSplitter)

        self.tabs.addTab(self.formsTab, "")
        self.salaryTab = QWidget()
        self.salaryTab.setObjectName(u"salaryTab")
        self.salaryLayout = QHBoxLayout(self.salaryTab)
        self.salaryLayout.setObjectName(u"salaryLayout")
        self.salaryTable = QTableView(self.salaryTab)
        self.salaryTable.setObjectName(u"salaryTable")
        self.salaryTable.setAlternatingRowColors(True)
        self.salaryTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.salaryTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.salaryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.salaryLayout.addWidget(self.salaryTable)

        self.salaryButtons = QVBoxLayout()
        self.salaryButtons.setObjectName(u"salaryButtons")
        self.addSalaryButton = QPushButton(self.salaryTab)
        self.addSalaryButton.setObjectName(u"addSalaryButton")

        self.salaryButtons.addWidget(self.addSalaryButton)

        self.editSalaryButton = QPushButton(self.salaryTab)
        self.editSalaryButton.setObjectName(u"editSalaryButton")

        self.salaryButtons.addWidget(self.editSalaryButton)

        self.salaryHintLabel = QLabel(self.salaryTab)
        self.salaryHintLabel.setObjectName(u"salaryHintLabel")
        self.salaryHintLabel.setWordWrap(True)
        self.salaryHintLabel.setMaximumSize(QSize(240, 16777215))

        self.salaryButtons.addWidget(self.salaryHintLabel)

        self.salarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.salaryButtons.addItem(self.salarySpacer)


        self.salaryLayout.addLayout(self.salaryButtons)

        self.tabs.addTab(self.salaryTab, "")
        self.phasesTab = QWidget()
        self.phasesTab.setObjectName(u"phasesTab")
        self.phasesLayout = QHBoxLayout(self.phasesTab)
        self.phasesLayout.setObjectName(u"phasesLayout")
        self.phaseTree = QTreeView(self.phasesTab)
        self.phaseTree.setObjectName(u"phaseTree")
        self.phaseTree.setAlternatingRowColors(True)
        self.phaseTree.setUniformRowHeights(True)
        self.phaseTree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.phaseTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.phasesLayout.addWidget(self.phaseTree)

        self.phasesButtons = QVBoxLayout()
        self.phasesButtons.setObjectName(u"phasesButtons")
        self.addPhaseButton = QPushButton(self.phasesTab)
        self.addPhaseButton.setObjectName(u"addPhaseButton")

        self.phasesButtons.addWidget(self.addPhaseButton)

        self.phasesHintLabel = QLabel(self.phasesTab)
        self.phasesHintLabel.setObjectName(u"phasesHintLabel")
        self.phasesHintLabel.setWordWrap(True)
        self.phasesHintLabel.setMaximumSize(QSize(240, 16777215))

        self.phasesButtons.addWidget(self.phasesHintLabel)

        self.phasesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.phasesButtons.addItem(self.phasesSpacer)


        self.phasesLayout.addLayout(self.phasesButtons)

        self.tabs.addTab(self.phasesTab, "")

        self.pageLayout.addWidget(self.tabs)


        self.retranslateUi(CatalogsPage)

        self.tabs.setCurrentIndex(0)

    # setupUi

    def retranslateUi(self, CatalogsPage):
        self.titleLabel.setText(QCoreApplication.translate("CatalogsPage", u"Danh m\u1ee5c", None))
        self.unitSearchEdit.setPlaceholderText(QCoreApplication.translate("CatalogsPage", u"T\u00ecm \u0111\u01a1n v\u1ecb theo t\u00ean (g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)", None))
        self.showClosedCheck.setText(QCoreApplication.translate("CatalogsPage", u"Hi\u1ec7n \u0111\u01a1n v\u1ecb \u0111\u00e3 gi\u1ea3i th\u1ec3/h\u1ee3p nh\u1ea5t", None))
        self.unitCountLabel.setText("")
        self.addUnitButton.setText(QCoreApplication.translate("CatalogsPage", u"Th\u00eam\u2026", None))
#if QT_CONFIG(tooltip)
        self.addUnitButton.setToolTip(QCoreApplication.translate("CatalogsPage", u"Th\u00eam m\u1ed9t \u0111\u01a1n v\u1ecb m\u1edbi", None))
#endif // QT_CONFIG(tooltip)
        self.editUnitButton.setText(QCoreApplication.translate("CatalogsPage", u"S\u1eeda\u2026", None))
#if QT_CONFIG(tooltip)
        self.editUnitButton.setToolTip(QCoreApplication.translate("CatalogsPage", u"S\u1eeda th\u00f4ng tin \u0111\u01a1n v\u1ecb (s\u1eeda l\u1ed7i nh\u1eadp li\u1ec7u; \u0111\u1ed5i t\u00ean th\u1eadt s\u1ef1 h\u00e3y d\u00f9ng \"\u0110\u1ed5i t\u00ean t\u1eeb ng\u00e0y\u2026\")", None))
#endif // QT_CONFIG(tooltip)
        self.renameUnitButton.setText(QCoreApplication.translate("CatalogsPage", u"\u0110\u1ed5i t\u00ean t\u1eeb ng\u00e0y\u2026", None))
#if QT_CONFIG(tooltip)
        self.renameUnitButton.setToolTip(QCoreApplication.translate("CatalogsPage", u"\u0110\u01a1n v\u1ecb mang t\u00ean m\u1edbi t\u1eeb m\u1ed9t ng\u00e0y; h\u1ed3 s\u01a1 tr\u01b0\u1edbc ng\u00e0y \u0111\u00f3 gi\u1eef t\u00ean c\u0169", None))
#endif // QT_CONFIG(tooltip)
        self.mergeUnitsButton.setText(QCoreApplication.translate("CatalogsPage", u"H\u1ee3p nh\u1ea5t\u2026", None))
#if QT_CONFIG(tooltip)
        self.mergeUnitsButton.setToolTip(QCoreApplication.translate("CatalogsPage", u"H\u1ee3p nh\u1ea5t hai hay nhi\u1ec1u \u0111\u01a1n v\u1ecb th\u00e0nh m\u1ed9t \u0111\u01a1n v\u1ecb m\u1edbi t\u1eeb m\u1ed9t ng\u00e0y", None))
#endif // QT_CONFIG(tooltip)
        self.splitUnitButton.setText(QCoreApplication.translate("CatalogsPage", u"Chia t\u00e1ch\u2026", None))
#if QT_CONFIG(tooltip)
        self.splitUnitButton.setToolTip(QCoreApplication.translate("CatalogsPage", u"Chia \u0111\u01a1n v\u1ecb \u0111ang ch\u1ecdn th\u00e0nh c\u00e1c \u0111\u01a1n v\u1ecb m\u1edbi t\u1eeb m\u1ed9t ng\u00e0y", None))
#endif // QT_CONFIG(tooltip)
        self.closeUnitButton.setText(QCoreApplication.translate("CatalogsPage", u"Gi\u1ea3i th\u1ec3 t\u1eeb ng\u00e0y\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeUnitButton.setToolTip(QCoreApplication.translate("CatalogsPage", u"\u0110\u01a1n v\u1ecb th\u00f4i ho\u1ea1t \u0111\u1ed9ng t\u1eeb m\u1ed9t ng\u00e0y (kh\u00f4ng c\u00f3 \u0111\u01a1n v\u1ecb k\u1ebf th\u1eeba)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteUnitButton.setText(QCoreApplication.translate("CatalogsPage", u"X\u00f3a", None))
#if QT_CONFIG(tooltip)
        self.deleteUnitButton.setToolTip(QCoreApplication.translate("CatalogsPage", u"\u0110\u01b0a \u0111\u01a1n v\u1ecb nh\u1eadp nh\u1ea7m v\u00e0o Th\u00f9ng r\u00e1c (ch\u1ec9 khi ch\u01b0a c\u00f3 h\u1ed3 s\u01a1 n\u00e0o d\u00f9ng)", None))
#endif // QT_CONFIG(tooltip)
        self.unitDetailsBox.setTitle(QCoreApplication.translate("CatalogsPage", u"\u0110\u01a1n v\u1ecb \u0111ang ch\u1ecdn", None))
        self.unitInfoLabel.setText(QCoreApplication.translate("CatalogsPage", u"Ch\u1ecdn m\u1ed9t \u0111\u01a1n v\u1ecb trong danh s\u00e1ch.", None))
        self.predecessorsLabel.setText("")
        self.successorsLabel.setText("")
        self.unverifiedLabel.setText(QCoreApplication.translate("CatalogsPage", u"\u0110\u01a1n v\u1ecb ch\u01b0a x\u00e1c minh: \u0111\u01b0\u1ee3c t\u1ea1o t\u1ef1 \u0111\u1ed9ng khi nh\u1eadp d\u1eef li\u1ec7u. H\u00e3y ki\u1ec3m tra t\u00ean, c\u1ea5p, \u0111\u01a1n v\u1ecb c\u1ea5p tr\u00ean r\u1ed3i b\u1ea5m \"S\u1eeda\u2026\" v\u00e0 \u0111\u00e1nh d\u1ea5u \"\u0110\u00e3 x\u00e1c minh\".", None))
        self.tabs.setTabText(self.tabs.indexOf(self.unitsTab), QCoreApplication.translate("CatalogsPage", u"\u0110\u01a1n v\u1ecb", None))
        self.addFieldButton.setText(QCoreApplication.translate("CatalogsPage", u"Th\u00eam\u2026", None))
        self.renameFieldButton.setText(QCoreApplication.translate("CatalogsPage", u"\u0110\u1ed5i t\u00ean\u2026", None))
        self.deleteFieldButton.setText(QCoreApplication.translate("CatalogsPage", u"X\u00f3a", None))
        self.fieldsHintLabel.setText(QCoreApplication.translate("CatalogsPage", u"L\u0129nh v\u1ef1c b\u1ecb x\u00f3a \u0111\u01b0\u1ee3c \u0111\u01b0a v\u00e0o Th\u00f9ng r\u00e1c. Kh\u00f4ng x\u00f3a \u0111\u01b0\u1ee3c l\u0129nh v\u1ef1c \u0111ang c\u00f3 h\u1ed3 s\u01a1 s\u1eed d\u1ee5ng.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.fieldsTab), QCoreApplication.translate("CatalogsPage", u"L\u0129nh v\u1ef1c", None))
        self.addBlockButton.setText(QCoreApplication.translate("CatalogsPage", u"Th\u00eam\u2026", None))
        self.renameBlockButton.setText(QCoreApplication.translate("CatalogsPage", u"\u0110\u1ed5i t\u00ean\u2026", None))
        self.deleteBlockButton.setText(QCoreApplication.translate("CatalogsPage", u"X\u00f3a", None))
        self.blocksHintLabel.setText(QCoreApplication.translate("CatalogsPage", u"Kh\u1ed1i b\u1ecb x\u00f3a \u0111\u01b0\u1ee3c \u0111\u01b0a v\u00e0o Th\u00f9ng r\u00e1c. Kh\u00f4ng x\u00f3a \u0111\u01b0\u1ee3c kh\u1ed1i \u0111ang c\u00f3 h\u1ed3 s\u01a1 ho\u1eb7c \u0111\u01a1n v\u1ecb s\u1eed d\u1ee5ng.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.blocksTab), QCoreApplication.translate("CatalogsPage", u"Kh\u1ed1i", None))
        self.coefTitleLabel.setText(QCoreApplication.translate("CatalogsPage", u"H\u1ec7 s\u1ed1 khen th\u01b0\u1edfng", None))
        self.addCoefButton.setText(QCoreApplication.translate("CatalogsPage", u"Th\u00eam h\u1ec7 s\u1ed1 t\u1eeb ng\u00e0y\u2026", None))
        self.currentAmountLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.formsTab), QCoreApplication.translate("CatalogsPage", u"H\u00ecnh th\u1ee9c khen th\u01b0\u1edfng", None))
        self.addSalaryButton.setText(QCoreApplication.translate("CatalogsPage", u"Th\u00eam m\u1ee9c m\u1edbi\u2026", None))
        self.editSalaryButton.setText(QCoreApplication.translate("CatalogsPage", u"S\u1eeda\u2026", None))
        self.salaryHintLabel.setText(QCoreApplication.translate("CatalogsPage", u"Ti\u1ec1n th\u01b0\u1edfng = h\u1ec7 s\u1ed1 \u00d7 m\u1ee9c l\u01b0\u01a1ng c\u01a1 s\u1edf \u0111ang \u00e1p d\u1ee5ng v\u00e0o ng\u00e0y k\u00fd quy\u1ebft \u0111\u1ecbnh, l\u00e0m tr\u00f2n l\u00ean \u0111\u1ebfn 10.000 \u0111\u1ed3ng. Khen th\u01b0\u1edfng \u0111\u00e3 l\u01b0u gi\u1eef nguy\u00ean s\u1ed1 ti\u1ec1n c\u0169.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.salaryTab), QCoreApplication.translate("CatalogsPage", u"L\u01b0\u01a1ng c\u01a1 s\u1edf", None))
        self.addPhaseButton.setText(QCoreApplication.translate("CatalogsPage", u"Th\u00eam giai \u0111o\u1ea1n\u2026", None))
        self.phasesHintLabel.setText(QCoreApplication.translate("CatalogsPage", u"M\u1ed7i giai \u0111o\u1ea1n c\u00f3 s\u01a1 k\u1ebft h\u1eb1ng n\u0103m, m\u1ed9t k\u1ef3 s\u01a1 k\u1ebft gi\u1eefa giai \u0111o\u1ea1n v\u00e0 t\u1ed5ng k\u1ebft v\u00e0o n\u0103m cu\u1ed1i.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.phasesTab), QCoreApplication.translate("CatalogsPage", u"Giai \u0111o\u1ea1n, k\u1ef3 s\u01a1 k\u1ebft", None))
        pass
    # retranslateUi
