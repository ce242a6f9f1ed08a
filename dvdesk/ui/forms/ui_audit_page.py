# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(AuditPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(AuditPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.tableCombo = QComboBox(AuditPage)
        self.tableCombo.setObjectName(u"tableCombo")

        self.filterRow.addWidget(self.tableCombo)

        self.actionCombo = QComboBox(AuditPage)
        self.actionCombo.setObjectName(u"actionCombo")

        self.filterRow.addWidget(self.actionCombo)

        self.userCombo = QComboBox(AuditPage)
        self.userCombo.setObjectName(u"userCombo")

        self.filterRow.addWidget(self.userCombo)

        self.searchEdit = QLineEdit(AuditPage)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.searchEdit)

        self.clearButton = QPushButton(AuditPage)
        self.clearButton.setObjectName(u"clearButton")

        self.filterRow.addWidget(self.clearButton)

        self.exportButton = QPushButton(AuditPage)
        self.exportButton.setObjectName(u"exportButton")

        self.filterRow.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.filterRow)

        self.countLabel = QLabel(AuditPage)
        self.countLabel.setObjectName(u"countLabel")

        self.pageLayout.addWidget(self.countLabel)

        self.splitter = QSplitter(AuditPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.table = QTableView(self.splitter)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.splitter.addWidget(self.table)
        self.detailText = QPlainTextEdit(self.splitter)
        self.detailText.setObjectName(u"detailText")
        self.detailText.setReadOnly(True)
        self.splitter.addWidget(self.detailText)

        self.pageLayout.addWidget(self.splitter)


        self.retranslateUi(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.titleLabel.setText(QCoreApplication.translate("AuditPage", u"Nh\u1eadt k\u00fd thay \u0111\u1ed5i", None))
#if QT_CONFIG(accessibility)
        self.tableCombo.setAccessibleName(QCoreApplication.translate("AuditPage", u"Lo\u1ea1i b\u1ea3n ghi", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.actionCombo.setAccessibleName(QCoreApplication.translate("AuditPage", u"Thao t\u00e1c", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.userCombo.setAccessibleName(QCoreApplication.translate("AuditPage", u"Ng\u01b0\u1eddi d\u00f9ng", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"T\u00ecm trong n\u1ed9i dung thay \u0111\u1ed5i\u2026", None))
        self.clearButton.setText(QCoreApplication.translate("AuditPage", u"B\u1ecf l\u1ecdc", None))
        self.exportButton.setText(QCoreApplication.translate("AuditPage", u"Xu\u1ea5t Excel\u2026", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AuditPage", u"Nh\u1eadt k\u00fd thay \u0111\u1ed5i", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailText.setAccessibleName(QCoreApplication.translate("AuditPage", u"Chi ti\u1ebft thay \u0111\u1ed5i", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi
