# Generated from ui/create_vault_dialog.ui by ui/compile_forms.py (pyside6-uic): do not edit.
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
    QProgressBar, QSizePolicy, QVBoxLayout, QWidget)

class Ui_CreateVaultDialog(object):
    def setupUi(self, CreateVaultDialog: Any) -> None:
        if not CreateVaultDialog.objectName():
            CreateVaultDialog.setObjectName(u"CreateVaultDialog")
        CreateVaultDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(CreateVaultDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(CreateVaultDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.vaultLabel = QLabel(CreateVaultDialog)
        self.vaultLabel.setObjectName(u"vaultLabel")
        self.vaultLabel.setWordWrap(True)
        self.vaultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.vaultLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passphraseLabel = QLabel(CreateVaultDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(CreateVaultDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(CreateVaultDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(CreateVaultDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthTitle = QLabel(CreateVaultDialog)
        self.strengthTitle.setObjectName(u"strengthTitle")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.strengthTitle)

        self.strengthRow = QHBoxLayout()
        self.strengthRow.setObjectName(u"strengthRow")
        self.strengthBar = QProgressBar(CreateVaultDialog)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.strengthRow.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(CreateVaultDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.strengthRow.addWidget(self.strengthLabel)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.strengthRow)


        self.layout.addLayout(self.form)

        self.rulesLabel = QLabel(CreateVaultDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)

        self.layout.addWidget(self.rulesLabel)

        self.warningLabel = QLabel(CreateVaultDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.layout.addWidget(self.warningLabel)

        self.messageLabel = QLabel(CreateVaultDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(CreateVaultDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.buttons)

        self.retranslateUi(CreateVaultDialog)
    # setupUi

    def retranslateUi(self, CreateVaultDialog: Any) -> None:
        CreateVaultDialog.setWindowTitle(QCoreApplication.translate("CreateVaultDialog", u"Welcome to Peer Support Desktop", None))
        self.introLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"Everything the program records is kept on this computer in one encrypted file, the vault. Choose the passphrase that will open it.", None))
        self.passphraseLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"&Passphrase:", None))
#if QT_CONFIG(tooltip)
        self.passphraseEdit.setToolTip(QCoreApplication.translate("CreateVaultDialog", u"The passphrase that will open the vault; nobody can recover it.", None))
#endif // QT_CONFIG(tooltip)
        self.repeatLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"&Repeat it:", None))
#if QT_CONFIG(tooltip)
        self.repeatEdit.setToolTip(QCoreApplication.translate("CreateVaultDialog", u"The passphrase again, to be sure it was typed right.", None))
#endif // QT_CONFIG(tooltip)
        self.strengthTitle.setText(QCoreApplication.translate("CreateVaultDialog", u"Strength:", None))
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.warningLabel.setText(QCoreApplication.translate("CreateVaultDialog", u"A forgotten passphrase cannot be recovered by anyone, and without it the vault cannot be opened. Keep it somewhere safe, and make backups regularly.", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("CreateVaultDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

