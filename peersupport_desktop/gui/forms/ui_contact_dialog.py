# Generated from ui/contact_dialog.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_ContactDialog(object):
    def setupUi(self, ContactDialog: Any) -> None:
        if not ContactDialog.objectName():
            ContactDialog.setObjectName(u"ContactDialog")
        ContactDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(ContactDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(ContactDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ContactDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.modeLabel = QLabel(ContactDialog)
        self.modeLabel.setObjectName(u"modeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.modeLabel)

        self.modeCombo = QComboBox(ContactDialog)
        self.modeCombo.setObjectName(u"modeCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.modeCombo)

        self.whenLabel = QLabel(ContactDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenEdit = QDateTimeEdit(ContactDialog)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.whenEdit)

        self.durationLabel = QLabel(ContactDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(ContactDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(1440)
        self.durationSpin.setSingleStep(5)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.supporterLabel = QLabel(ContactDialog)
        self.supporterLabel.setObjectName(u"supporterLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.supporterLabel)

        self.supporterCombo = QComboBox(ContactDialog)
        self.supporterCombo.setObjectName(u"supporterCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.supporterCombo)

        self.partsLabel = QLabel(ContactDialog)
        self.partsLabel.setObjectName(u"partsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.partsLabel)

        self.partsList = QListWidget(ContactDialog)
        self.partsList.setObjectName(u"partsList")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partsList)

        self.checkInLabel = QLabel(ContactDialog)
        self.checkInLabel.setObjectName(u"checkInLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.checkInLabel)

        self.checkInCombo = QComboBox(ContactDialog)
        self.checkInCombo.setObjectName(u"checkInCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.checkInCombo)

        self.noteLabel = QLabel(ContactDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(ContactDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(500)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.layout.addLayout(self.form)

        self.reminderLabel = QLabel(ContactDialog)
        self.reminderLabel.setObjectName(u"reminderLabel")
        self.reminderLabel.setWordWrap(True)

        self.layout.addWidget(self.reminderLabel)

        self.messageLabel = QLabel(ContactDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(ContactDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.modeLabel.setBuddy(self.modeCombo)
        self.whenLabel.setBuddy(self.whenEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.supporterLabel.setBuddy(self.supporterCombo)
        self.partsLabel.setBuddy(self.partsList)
        self.checkInLabel.setBuddy(self.checkInCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.modeCombo)
        QWidget.setTabOrder(self.modeCombo, self.whenEdit)
        QWidget.setTabOrder(self.whenEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.supporterCombo)
        QWidget.setTabOrder(self.supporterCombo, self.partsList)
        QWidget.setTabOrder(self.partsList, self.checkInCombo)
        QWidget.setTabOrder(self.checkInCombo, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.buttons)

        self.retranslateUi(ContactDialog)
    # setupUi

    def retranslateUi(self, ContactDialog: Any) -> None:
        ContactDialog.setWindowTitle(QCoreApplication.translate("ContactDialog", u"Contact", None))
        self.kindLabel.setText(QCoreApplication.translate("ContactDialog", u"&Kind:", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("ContactDialog", u"What sort of contact it was: an attempt to reach the person, a conversation or a follow-up.", None))
#endif // QT_CONFIG(tooltip)
        self.modeLabel.setText(QCoreApplication.translate("ContactDialog", u"&Mode:", None))
#if QT_CONFIG(tooltip)
        self.modeCombo.setToolTip(QCoreApplication.translate("ContactDialog", u"How the contact was made: by phone, in person, by video or by message.", None))
#endif // QT_CONFIG(tooltip)
        self.whenLabel.setText(QCoreApplication.translate("ContactDialog", u"&When:", None))
#if QT_CONFIG(tooltip)
        self.whenEdit.setToolTip(QCoreApplication.translate("ContactDialog", u"When the contact happened.", None))
#endif // QT_CONFIG(tooltip)
        self.whenEdit.setDisplayFormat(QCoreApplication.translate("ContactDialog", u"yyyy-MM-dd HH:mm", None))
        self.durationLabel.setText(QCoreApplication.translate("ContactDialog", u"&Duration:", None))
#if QT_CONFIG(tooltip)
        self.durationSpin.setToolTip(QCoreApplication.translate("ContactDialog", u"How many minutes the contact lasted.", None))
#endif // QT_CONFIG(tooltip)
        self.durationSpin.setSuffix(QCoreApplication.translate("ContactDialog", u" min", None))
        self.supporterLabel.setText(QCoreApplication.translate("ContactDialog", u"&Supporter:", None))
#if QT_CONFIG(tooltip)
        self.supporterCombo.setToolTip(QCoreApplication.translate("ContactDialog", u"The peer supporter who made the contact.", None))
#endif // QT_CONFIG(tooltip)
        self.partsLabel.setText(QCoreApplication.translate("ContactDialog", u"&Parts covered:", None))
#if QT_CONFIG(tooltip)
        self.partsList.setToolTip(QCoreApplication.translate("ContactDialog", u"Tick each part of the conversation that was covered; Space ticks the current one.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.partsList.setAccessibleName(QCoreApplication.translate("ContactDialog", u"Parts of the conversation covered", None))
#endif // QT_CONFIG(accessibility)
        self.checkInLabel.setText(QCoreApplication.translate("ContactDialog", u"Check &in again:", None))
#if QT_CONFIG(tooltip)
        self.checkInCombo.setToolTip(QCoreApplication.translate("ContactDialog", u"Sets the case's next follow-up, counted from when this contact happened", None))
#endif // QT_CONFIG(tooltip)
        self.noteLabel.setText(QCoreApplication.translate("ContactDialog", u"&Note:", None))
#if QT_CONFIG(tooltip)
        self.noteEdit.setToolTip(QCoreApplication.translate("ContactDialog", u"A short note on logistics only: no clinical detail and nothing of what was said.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

