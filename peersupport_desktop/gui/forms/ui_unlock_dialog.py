# Generated from ui/unlock_dialog.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_UnlockDialog(object):
    def setupUi(self, UnlockDialog: Any) -> None:
        if not UnlockDialog.objectName():
            UnlockDialog.setObjectName(u"UnlockDialog")
        UnlockDialog.setMinimumSize(QSize(440, 0))
        self.layout = QVBoxLayout(UnlockDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(UnlockDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.layout.addWidget(self.titleLabel)

        self.vaultLabel = QLabel(UnlockDialog)
        self.vaultLabel.setObjectName(u"vaultLabel")
        self.vaultLabel.setWordWrap(True)
        self.vaultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.vaultLabel)

        self.hintLabel = QLabel(UnlockDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.hintLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passphraseLabel = QLabel(UnlockDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(UnlockDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.capsLockLabel = QLabel(UnlockDialog)
        self.capsLockLabel.setObjectName(u"capsLockLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.capsLockLabel)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(UnlockDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.restoreButton = QPushButton(UnlockDialog)
        self.restoreButton.setObjectName(u"restoreButton")

        self.buttonRow.addWidget(self.restoreButton)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.spacer)

        self.buttons = QDialogButtonBox(UnlockDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.buttonRow.addWidget(self.buttons)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.buttons)
        QWidget.setTabOrder(self.buttons, self.restoreButton)

        self.retranslateUi(UnlockDialog)
    # setupUi

    def retranslateUi(self, UnlockDialog: Any) -> None:
        UnlockDialog.setWindowTitle(QCoreApplication.translate("UnlockDialog", u"Unlock the vault", None))
        self.titleLabel.setText(QCoreApplication.translate("UnlockDialog", u"Enter the passphrase to open the program's vault.", None))
#if QT_CONFIG(accessibility)
        self.vaultLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Vault file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.hintLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Note", None))
#endif // QT_CONFIG(accessibility)
        self.passphraseLabel.setText(QCoreApplication.translate("UnlockDialog", u"&Passphrase:", None))
#if QT_CONFIG(tooltip)
        self.passphraseEdit.setToolTip(QCoreApplication.translate("UnlockDialog", u"The passphrase of this vault.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.passphraseEdit.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Passphrase", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("UnlockDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.restoreButton.setText(QCoreApplication.translate("UnlockDialog", u"&Restore a backup\u2026", None))
#if QT_CONFIG(tooltip)
        self.restoreButton.setToolTip(QCoreApplication.translate("UnlockDialog", u"Put a verified backup in place of the damaged vault, which is kept aside", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

