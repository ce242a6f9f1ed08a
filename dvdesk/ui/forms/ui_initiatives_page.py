# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'initiatives_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QTableView, QVBoxLayout, QWidget)

class Ui_InitiativesPage(object):
    def setupUi(self, InitiativesPage):
        if not InitiativesPage.objectName():
            InitiativesPage.setObjectName(u"InitiativesPage")
        InitiativesPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(InitiativesPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(InitiativesPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.searchRow = QHBoxLayout()
        self.searchRow.setObjectName(u"searchRow")
        self.searchEdit = QLineEdit(InitiativesPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchRow.addWidget(self.searchEdit)

        self.countLabel = QLabel(InitiativesPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setMinimumSize(QSize(160, 0))

        self.searchRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.searchRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.phaseCombo = QComboBox(InitiativesPage)
        self.phaseCombo.setObjectName(u"phaseCombo")

        self.filterRow.addWidget(self.phaseCombo)

        self.yearCombo = QComboBox(InitiativesPage)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterRow.addWidget(self.yearCombo)

        self.fieldCombo = QComboBox(InitiativesPage)
        self.fieldCombo.setObjectName(u"fieldCombo")

        self.filterRow.addWidget(self.fieldCombo)

        self.blockCombo = QComboBox(InitiativesPage)
        self.blockCombo.setObjectName(u"blockCombo")

        self.filterRow.addWidget(self.blockCombo)

        self.statusCombo = QComboBox(InitiativesPage)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterRow.addWidget(self.statusCombo)

        self.kindCombo = QComboBox(InitiativesPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterRow.addWidget(self.kindCombo)

        self.levelCombo = QComboBox(InitiativesPage)
        self.levelCombo.setObjectName(u"levelCombo")

        self.filterRow.addWidget(self.levelCombo)

        self.clearFiltersButton = QPushButton(InitiativesPage)
        self.clearFiltersButton.setObjectName(u"clearFiltersButton")

        self.filterRow.addWidget(self.clearFiltersButton)


        self.pageLayout.addLayout(self.filterRow)

        self.unitRow = QHBoxLayout()
        self.unitRow.setObjectName(u"unitRow")
        self.unitLabel = QLabel(InitiativesPage)
        self.unitLabel.setObjectName(u"unitLabel")

        self.unitRow.addWidget(self.unitLabel)

        self.unitHolder = QWidget(InitiativesPage)
        self.unitHolder.setObjectName(u"unitHolder")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.unitHolder.sizePolicy().hasHeightForWidth())
        self.unitHolder.setSizePolicy(sizePolicy)

        self.unitRow.addWidget(self.unitHolder)

        self.allUnitsButton = QPushButton(InitiativesPage)
        self.allUnitsButton.setObjectName(u"allUnitsButton")

        self.unitRow.addWidget(self.allUnitsButton)


        self.pageLayout.addLayout(self.unitRow)

        self.table = QTableView(InitiativesPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)

        self.pageLayout.addWidget(self.table)


        self.retranslateUi(InitiativesPage)
    # setupUi

    def retranslateUi(self, InitiativesPage):
        self.titleLabel.setText(QCoreApplication.translate("InitiativesPage", u"M\u00f4 h\u00ecnh, \u0111i\u1ec3n h\u00ecnh", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("InitiativesPage", u"T\u00ecm theo t\u00ean, m\u00e3, \u0111\u01a1n v\u1ecb, ng\u01b0\u1eddi th\u1ef1c hi\u1ec7n\u2026 (t\u1eeb 2 ch\u1eef c\u00e1i, g\u00f5 kh\u00f4ng d\u1ea5u c\u0169ng \u0111\u01b0\u1ee3c)", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.phaseCombo.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"Giai \u0111o\u1ea1n", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.yearCombo.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"N\u0103m", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.fieldCombo.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"L\u0129nh v\u1ef1c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.blockCombo.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"Kh\u1ed1i", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusCombo.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"Tr\u1ea1ng th\u00e1i", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"Lo\u1ea1i", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.levelCombo.setAccessibleName(QCoreApplication.translate("InitiativesPage", u"C\u1ea5p c\u00f4ng nh\u1eadn", None))
#endif // QT_CONFIG(accessibility)
        self.clearFiltersButton.setText(QCoreApplication.translate("InitiativesPage", u"B\u1ecf l\u1ecdc", None))
        self.unitLabel.setText(QCoreApplication.translate("InitiativesPage", u"\u0110\u01a1n v\u1ecb:", None))
#if QT_CONFIG(tooltip)
        self.unitLabel.setToolTip(QCoreApplication.translate("InitiativesPage", u"G\u1ed3m c\u1ea3 \u0111\u01a1n v\u1ecb tr\u1ef1c thu\u1ed9c v\u00e0 c\u00e1c \u0111\u01a1n v\u1ecb c\u0169 tr\u01b0\u1edbc khi s\u00e1p nh\u1eadp, \u0111\u1ed5i t\u00ean", None))
#endif // QT_CONFIG(tooltip)
        self.allUnitsButton.setText(QCoreApplication.translate("InitiativesPage", u"M\u1ecdi \u0111\u01a1n v\u1ecb", None))
        pass
    # retranslateUi
