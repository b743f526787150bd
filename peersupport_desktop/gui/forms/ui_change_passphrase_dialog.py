# Generated from ui/change_passphrase_dialog.ui by ui/compile_forms.py (pyside6-uic): do not edit.
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

class Ui_ChangePassphraseDialog(object):
    def setupUi(self, ChangePassphraseDialog: Any) -> None:
        if not ChangePassphraseDialog.objectName():
            ChangePassphraseDialog.setObjectName(u"ChangePassphraseDialog")
        ChangePassphraseDialog.setMinimumSize(QSize(520, 0))
        self.layout = QVBoxLayout(ChangePassphraseDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.currentLabel = QLabel(ChangePassphraseDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentEdit = QLineEdit(ChangePassphraseDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.passphraseLabel = QLabel(ChangePassphraseDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(ChangePassphraseDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.repeatLabel = QLabel(ChangePassphraseDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(ChangePassphraseDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.strengthTitle = QLabel(ChangePassphraseDialog)
        self.strengthTitle.setObjectName(u"strengthTitle")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.strengthTitle)

        self.strengthRow = QHBoxLayout()
        self.strengthRow.setObjectName(u"strengthRow")
        self.strengthBar = QProgressBar(ChangePassphraseDialog)
        self.strengthBar.setObjectName(u"strengthBar")
        self.strengthBar.setMaximum(4)
        self.strengthBar.setValue(0)
        self.strengthBar.setTextVisible(False)

        self.strengthRow.addWidget(self.strengthBar)

        self.strengthLabel = QLabel(ChangePassphraseDialog)
        self.strengthLabel.setObjectName(u"strengthLabel")

        self.strengthRow.addWidget(self.strengthLabel)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.strengthRow)


        self.layout.addLayout(self.form)

        self.rulesLabel = QLabel(ChangePassphraseDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setWordWrap(True)

        self.layout.addWidget(self.rulesLabel)

        self.warningLabel = QLabel(ChangePassphraseDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.layout.addWidget(self.warningLabel)

        self.messageLabel = QLabel(ChangePassphraseDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(ChangePassphraseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentEdit, self.passphraseEdit)
        QWidget.setTabOrder(self.passphraseEdit, self.repeatEdit)
        QWidget.setTabOrder(self.repeatEdit, self.buttons)

        self.retranslateUi(ChangePassphraseDialog)
    # setupUi

    def retranslateUi(self, ChangePassphraseDialog: Any) -> None:
        ChangePassphraseDialog.setWindowTitle(QCoreApplication.translate("ChangePassphraseDialog", u"Change the passphrase", None))
        self.currentLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&Current passphrase:", None))
#if QT_CONFIG(tooltip)
        self.currentEdit.setToolTip(QCoreApplication.translate("ChangePassphraseDialog", u"The passphrase that opens the vault now.", None))
#endif // QT_CONFIG(tooltip)
        self.passphraseLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&New passphrase:", None))
#if QT_CONFIG(tooltip)
        self.passphraseEdit.setToolTip(QCoreApplication.translate("ChangePassphraseDialog", u"The passphrase that will open the vault from now on.", None))
#endif // QT_CONFIG(tooltip)
        self.repeatLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"&Repeat it:", None))
#if QT_CONFIG(tooltip)
        self.repeatEdit.setToolTip(QCoreApplication.translate("ChangePassphraseDialog", u"The new passphrase again, to be sure it was typed right.", None))
#endif // QT_CONFIG(tooltip)
        self.strengthTitle.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Strength:", None))
#if QT_CONFIG(accessibility)
        self.strengthBar.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Passphrase strength", None))
#endif // QT_CONFIG(accessibility)
        self.warningLabel.setText(QCoreApplication.translate("ChangePassphraseDialog", u"Backups made before keep the old passphrase: keep it as long as you keep them. The vault is re-encrypted, which takes a moment for a large one.", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ChangePassphraseDialog", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

