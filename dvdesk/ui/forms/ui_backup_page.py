# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'backup_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_BackupPage(object):
    def setupUi(self, BackupPage):
        if not BackupPage.objectName():
            BackupPage.setObjectName(u"BackupPage")
        BackupPage.resize(1000, 640)
        self.pageLayout = QVBoxLayout(BackupPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.titleLabel = QLabel(BackupPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setStyleSheet(u"font-size: 13pt; font-weight: bold;")

        self.pageLayout.addWidget(self.titleLabel)

        self.folderBox = QGroupBox(BackupPage)
        self.folderBox.setObjectName(u"folderBox")
        self.folderLayout = QVBoxLayout(self.folderBox)
        self.folderLayout.setObjectName(u"folderLayout")
        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderLabel = QLabel(self.folderBox)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.folderLabel.sizePolicy().hasHeightForWidth())
        self.folderLabel.setSizePolicy(sizePolicy)

        self.folderRow.addWidget(self.folderLabel)

        self.chooseFolderButton = QPushButton(self.folderBox)
        self.chooseFolderButton.setObjectName(u"chooseFolderButton")

        self.folderRow.addWidget(self.chooseFolderButton)

        self.defaultFolderButton = QPushButton(self.folderBox)
        self.defaultFolderButton.setObjectName(u"defaultFolderButton")

        self.folderRow.addWidget(self.defaultFolderButton)


        self.folderLayout.addLayout(self.folderRow)

        self.warningLabel = QLabel(self.folderBox)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setVisible(False)
        self.warningLabel.setStyleSheet(u"background: #fff3cd; color: #7a4b00; border: 1px solid #e0b252; padding: 6px;")

        self.folderLayout.addWidget(self.warningLabel)

        self.policyLabel = QLabel(self.folderBox)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setWordWrap(True)

        self.folderLayout.addWidget(self.policyLabel)


        self.pageLayout.addWidget(self.folderBox)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backupNowButton = QPushButton(BackupPage)
        self.backupNowButton.setObjectName(u"backupNowButton")

        self.buttonRow.addWidget(self.backupNowButton)

        self.restoreButton = QPushButton(BackupPage)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.restoreFileButton = QPushButton(BackupPage)
        self.restoreFileButton.setObjectName(u"restoreFileButton")

        self.buttonRow.addWidget(self.restoreFileButton)

        self.refreshButton = QPushButton(BackupPage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonRow.addWidget(self.refreshButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.countLabel = QLabel(BackupPage)
        self.countLabel.setObjectName(u"countLabel")

        self.buttonRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.buttonRow)

        self.table = QTableWidget(BackupPage)
        self.table.setObjectName(u"table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.table)

        self.statusRow = QHBoxLayout()
        self.statusRow.setObjectName(u"statusRow")
        self.progressBar = QProgressBar(BackupPage)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setVisible(False)
        self.progressBar.setValue(0)

        self.statusRow.addWidget(self.progressBar)

        self.statusLabel = QLabel(BackupPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)

        self.statusRow.addWidget(self.statusLabel)


        self.pageLayout.addLayout(self.statusRow)


        self.retranslateUi(BackupPage)
    # setupUi

    def retranslateUi(self, BackupPage):
        self.titleLabel.setText(QCoreApplication.translate("BackupPage", u"Sao l\u01b0u v\u00e0 kh\u00f4i ph\u1ee5c d\u1eef li\u1ec7u", None))
        self.folderBox.setTitle(QCoreApplication.translate("BackupPage", u"Th\u01b0 m\u1ee5c sao l\u01b0u", None))
        self.folderLabel.setText("")
        self.chooseFolderButton.setText(QCoreApplication.translate("BackupPage", u"Ch\u1ecdn th\u01b0 m\u1ee5c sao l\u01b0u\u2026", None))
#if QT_CONFIG(tooltip)
        self.chooseFolderButton.setToolTip(QCoreApplication.translate("BackupPage", u"Ch\u1ecdn n\u01a1i l\u01b0u c\u00e1c b\u1ea3n sao l\u01b0u, v\u00ed d\u1ee5 \u1ed5 USB ho\u1eb7c \u1ed5 m\u1ea1ng", None))
#endif // QT_CONFIG(tooltip)
        self.defaultFolderButton.setText(QCoreApplication.translate("BackupPage", u"D\u00f9ng th\u01b0 m\u1ee5c m\u1eb7c \u0111\u1ecbnh", None))
#if QT_CONFIG(tooltip)
        self.defaultFolderButton.setToolTip(QCoreApplication.translate("BackupPage", u"L\u01b0u c\u00e1c b\u1ea3n sao l\u01b0u v\u00e0o th\u01b0 m\u1ee5c b\u00ean c\u1ea1nh t\u1ec7p c\u01a1 s\u1edf d\u1eef li\u1ec7u", None))
#endif // QT_CONFIG(tooltip)
        self.warningLabel.setText("")
#if QT_CONFIG(accessibility)
        self.warningLabel.setAccessibleName(QCoreApplication.translate("BackupPage", u"C\u1ea3nh b\u00e1o th\u01b0 m\u1ee5c sao l\u01b0u", None))
#endif // QT_CONFIG(accessibility)
        self.policyLabel.setText(QCoreApplication.translate("BackupPage", u"Ch\u01b0\u01a1ng tr\u00ecnh t\u1ef1 \u0111\u1ed9ng sao l\u01b0u khi \u0111\u00f3ng v\u00e0 m\u1ed7i ng\u00e0y m\u1ed9t l\u1ea7n khi \u0111ang m\u1edf, tr\u01b0\u1edbc m\u1ed7i l\u1ea7n nh\u1eadp d\u1eef li\u1ec7u, n\u00e2ng c\u1ea5p v\u00e0 kh\u00f4i ph\u1ee5c. M\u1ed7i b\u1ea3n sao l\u01b0u \u0111\u01b0\u1ee3c ki\u1ec3m tra ngay sau khi ghi. Gi\u1eef l\u1ea1i: m\u1ecdi b\u1ea3n trong 7 ng\u00e0y g\u1ea7n nh\u1ea5t, m\u1ed7i tu\u1ea7n m\u1ed9t b\u1ea3n trong 2 th\u00e1ng, sau \u0111\u00f3 m\u1ed7i th\u00e1ng m\u1ed9t b\u1ea3n. N\u00ean ch\u1ecdn th\u01b0 m\u1ee5c tr\u00ean \u1ed5 USB ho\u1eb7c \u1ed5 m\u1ea1ng \u0111\u1ec3 d\u1eef li\u1ec7u an to\u00e0n c\u1ea3 khi m\u00e1y h\u1ecfng.", None))
        self.backupNowButton.setText(QCoreApplication.translate("BackupPage", u"Sao l\u01b0u ngay", None))
        self.restoreButton.setText(QCoreApplication.translate("BackupPage", u"Kh\u00f4i ph\u1ee5c\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("BackupPage", u"Kh\u00f4i ph\u1ee5c d\u1eef li\u1ec7u t\u1eeb b\u1ea3n sao l\u01b0u \u0111ang ch\u1ecdn (d\u1eef li\u1ec7u hi\u1ec7n t\u1ea1i \u0111\u01b0\u1ee3c sao l\u01b0u tr\u01b0\u1edbc)", None))
#endif // QT_CONFIG(tooltip)
        self.restoreFileButton.setText(QCoreApplication.translate("BackupPage", u"Kh\u00f4i ph\u1ee5c t\u1eeb t\u1ec7p kh\u00e1c\u2026", None))
        self.refreshButton.setText(QCoreApplication.translate("BackupPage", u"L\u00e0m m\u1edbi", None))
        self.countLabel.setText("")
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("BackupPage", u"Danh s\u00e1ch b\u1ea3n sao l\u01b0u", None))
#endif // QT_CONFIG(accessibility)
        self.statusLabel.setText("")
        pass
    # retranslateUi
