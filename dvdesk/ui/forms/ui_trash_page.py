# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trash_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_TrashPage(object):
    def setupUi(self, TrashPage):
        if not TrashPage.objectName():
            TrashPage.setObjectName(u"TrashPage")
        TrashPage.resize(1100, 680)
        self.pageLayout = QVBoxLayout(TrashPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(TrashPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.infoLabel = QLabel(TrashPage)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.infoLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.restoreButton = QPushButton(TrashPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.purgeButton = QPushButton(TrashPage)
        self.purgeButton.setObjectName(u"purgeButton")

        self.buttonRow.addWidget(self.purgeButton)

        self.refreshButton = QPushButton(TrashPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonRow.addWidget(self.refreshButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.countLabel = QLabel(TrashPage)
        self.countLabel.setObjectName(u"countLabel")

        self.buttonRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.buttonRow)

        self.table = QTableView(TrashPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.pageLayout.addWidget(self.table)


        self.retranslateUi(TrashPage)
    # setupUi

    def retranslateUi(self, TrashPage):
        self.titleLabel.setText(QCoreApplication.translate("TrashPage", u"Th\u00f9ng r\u00e1c", None))
        self.infoLabel.setText(QCoreApplication.translate("TrashPage", u"B\u1ea3n ghi \u0111\u00e3 x\u00f3a n\u1eb1m \u1edf \u0111\u00e2y cho \u0111\u1ebfn khi \u0111\u01b0\u1ee3c kh\u00f4i ph\u1ee5c ho\u1eb7c x\u00f3a v\u0129nh vi\u1ec5n. X\u00f3a v\u0129nh vi\u1ec5n th\u00ec kh\u00f4ng l\u1ea5y l\u1ea1i \u0111\u01b0\u1ee3c (tr\u1eeb t\u1eeb b\u1ea3n sao l\u01b0u).", None))
        self.restoreButton.setText(QCoreApplication.translate("TrashPage", u"Kh\u00f4i ph\u1ee5c", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("TrashPage", u"\u0110\u01b0a c\u00e1c b\u1ea3n ghi \u0111\u00e3 ch\u1ecdn tr\u1edf l\u1ea1i", None))
#endif // QT_CONFIG(tooltip)
        self.purgeButton.setText(QCoreApplication.translate("TrashPage", u"X\u00f3a v\u0129nh vi\u1ec5n", None))
#if QT_CONFIG(tooltip)
        self.purgeButton.setToolTip(QCoreApplication.translate("TrashPage", u"X\u00f3a h\u1eb3n c\u00e1c b\u1ea3n ghi \u0111\u00e3 ch\u1ecdn kh\u1ecfi c\u01a1 s\u1edf d\u1eef li\u1ec7u", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("TrashPage", u"L\u00e0m m\u1edbi", None))
        self.countLabel.setText("")
        pass
    # retranslateUi
