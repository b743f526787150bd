# Generated from ui/backups_dialog.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_BackupsDialog(object):
    def setupUi(self, BackupsDialog: Any) -> None:
        if not BackupsDialog.objectName():
            BackupsDialog.setObjectName(u"BackupsDialog")
        BackupsDialog.setMinimumSize(QSize(640, 420))
        self.layout = QVBoxLayout(BackupsDialog)
        self.layout.setObjectName(u"layout")
        self.folderLabel = QLabel(BackupsDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.folderLabel)

        self.backupsView = QTableView(BackupsDialog)
        self.backupsView.setObjectName(u"backupsView")
        self.backupsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backupsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backupsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.backupsView)

        self.noteLabel = QLabel(BackupsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.layout.addWidget(self.noteLabel)

        self.messageLabel = QLabel(BackupsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.backUpButton = QPushButton(BackupsDialog)
        self.backUpButton.setObjectName(u"backUpButton")

        self.buttonRow.addWidget(self.backUpButton)

        self.otherButton = QPushButton(BackupsDialog)
        self.otherButton.setObjectName(u"otherButton")

        self.buttonRow.addWidget(self.otherButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.restoreButton = QPushButton(BackupsDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.closeButton = QPushButton(BackupsDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonRow.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonRow)

        QWidget.setTabOrder(self.backupsView, self.backUpButton)
        QWidget.setTabOrder(self.backUpButton, self.restoreButton)
        QWidget.setTabOrder(self.restoreButton, self.closeButton)

        self.retranslateUi(BackupsDialog)
    # setupUi

    def retranslateUi(self, BackupsDialog: Any) -> None:
        BackupsDialog.setWindowTitle(QCoreApplication.translate("BackupsDialog", u"Backups", None))
#if QT_CONFIG(tooltip)
        self.backupsView.setToolTip(QCoreApplication.translate("BackupsDialog", u"The backups of this vault, newest first.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.backupsView.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Backups, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("BackupsDialog", u"Each backup is a vault of its own, encrypted under the passphrase the vault had when it was made. Restoring verifies the backup first; the vault it replaces is kept beside it.", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("BackupsDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.backUpButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"Make a backup of the vault now.", None))
#endif // QT_CONFIG(tooltip)
        self.backUpButton.setText(QCoreApplication.translate("BackupsDialog", u"&Back up now", None))
        self.otherButton.setText(QCoreApplication.translate("BackupsDialog", u"&Other file\u2026", None))
#if QT_CONFIG(tooltip)
        self.otherButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"Restore a backup kept somewhere else", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"Put the chosen backup in place of the vault in use.", None))
#endif // QT_CONFIG(tooltip)
        self.restoreButton.setText(QCoreApplication.translate("BackupsDialog", u"&Restore\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("BackupsDialog", u"Close the list of backups.", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("BackupsDialog", u"Close", None))
    # retranslateUi

