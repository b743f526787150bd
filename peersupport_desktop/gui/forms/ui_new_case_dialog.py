# Generated from ui/new_case_dialog.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGroupBox, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_NewCaseDialog(object):
    def setupUi(self, NewCaseDialog: Any) -> None:
        if not NewCaseDialog.objectName():
            NewCaseDialog.setObjectName(u"NewCaseDialog")
        NewCaseDialog.setMinimumSize(QSize(560, 0))
        self.layout = QVBoxLayout(NewCaseDialog)
        self.layout.setObjectName(u"layout")
        self.clinicianBox = QGroupBox(NewCaseDialog)
        self.clinicianBox.setObjectName(u"clinicianBox")
        self.clinicianForm = QFormLayout(self.clinicianBox)
        self.clinicianForm.setObjectName(u"clinicianForm")
        self.nameLabel = QLabel(self.clinicianBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.clinicianForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(self.clinicianBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.clinicianForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(self.clinicianBox)
        self.roleLabel.setObjectName(u"roleLabel")

        self.clinicianForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(self.clinicianBox)
        self.roleCombo.setObjectName(u"roleCombo")

        self.clinicianForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.departmentLabel = QLabel(self.clinicianBox)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.clinicianForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(self.clinicianBox)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setEditable(True)

        self.clinicianForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.emailLabel = QLabel(self.clinicianBox)
        self.emailLabel.setObjectName(u"emailLabel")

        self.clinicianForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(self.clinicianBox)
        self.emailEdit.setObjectName(u"emailEdit")

        self.clinicianForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(self.clinicianBox)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.clinicianForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(self.clinicianBox)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.clinicianForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.languageLabel = QLabel(self.clinicianBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.clinicianForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.clinicianBox)
        self.languageCombo.setObjectName(u"languageCombo")

        self.clinicianForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.layout.addWidget(self.clinicianBox)

        self.eventBox = QGroupBox(NewCaseDialog)
        self.eventBox.setObjectName(u"eventBox")
        self.eventForm = QFormLayout(self.eventBox)
        self.eventForm.setObjectName(u"eventForm")
        self.existingLabel = QLabel(self.eventBox)
        self.existingLabel.setObjectName(u"existingLabel")

        self.eventForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.existingLabel)

        self.existingEventCombo = QComboBox(self.eventBox)
        self.existingEventCombo.setObjectName(u"existingEventCombo")

        self.eventForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.existingEventCombo)

        self.eventTypeLabel = QLabel(self.eventBox)
        self.eventTypeLabel.setObjectName(u"eventTypeLabel")

        self.eventForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.eventTypeLabel)

        self.eventTypeCombo = QComboBox(self.eventBox)
        self.eventTypeCombo.setObjectName(u"eventTypeCombo")

        self.eventForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.eventTypeCombo)

        self.eventDateLabel = QLabel(self.eventBox)
        self.eventDateLabel.setObjectName(u"eventDateLabel")

        self.eventForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.eventDateLabel)

        self.eventDateEdit = QDateEdit(self.eventBox)
        self.eventDateEdit.setObjectName(u"eventDateEdit")
        self.eventDateEdit.setCalendarPopup(True)

        self.eventForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.eventDateEdit)

        self.eventDepartmentLabel = QLabel(self.eventBox)
        self.eventDepartmentLabel.setObjectName(u"eventDepartmentLabel")

        self.eventForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.eventDepartmentLabel)

        self.eventDepartmentCombo = QComboBox(self.eventBox)
        self.eventDepartmentCombo.setObjectName(u"eventDepartmentCombo")
        self.eventDepartmentCombo.setEditable(True)

        self.eventForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.eventDepartmentCombo)

        self.descriptionLabel = QLabel(self.eventBox)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.eventForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(self.eventBox)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaxLength(500)

        self.eventForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.urgentCheck = QCheckBox(self.eventBox)
        self.urgentCheck.setObjectName(u"urgentCheck")

        self.eventForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.urgentCheck)


        self.layout.addWidget(self.eventBox)

        self.referralBox = QGroupBox(NewCaseDialog)
        self.referralBox.setObjectName(u"referralBox")
        self.referralForm = QFormLayout(self.referralBox)
        self.referralForm.setObjectName(u"referralForm")
        self.sourceLabel = QLabel(self.referralBox)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.referralForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceCombo = QComboBox(self.referralBox)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.referralForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sourceCombo)

        self.referrerLabel = QLabel(self.referralBox)
        self.referrerLabel.setObjectName(u"referrerLabel")

        self.referralForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.referrerLabel)

        self.referrerEdit = QLineEdit(self.referralBox)
        self.referrerEdit.setObjectName(u"referrerEdit")

        self.referralForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.referrerEdit)

        self.referredLabel = QLabel(self.referralBox)
        self.referredLabel.setObjectName(u"referredLabel")

        self.referralForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referredLabel)

        self.referredEdit = QDateTimeEdit(self.referralBox)
        self.referredEdit.setObjectName(u"referredEdit")
        self.referredEdit.setCalendarPopup(True)

        self.referralForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referredEdit)


        self.layout.addWidget(self.referralBox)

        self.messageLabel = QLabel(NewCaseDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(NewCaseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.existingLabel.setBuddy(self.existingEventCombo)
        self.eventTypeLabel.setBuddy(self.eventTypeCombo)
        self.eventDateLabel.setBuddy(self.eventDateEdit)
        self.eventDepartmentLabel.setBuddy(self.eventDepartmentCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.referrerLabel.setBuddy(self.referrerEdit)
        self.referredLabel.setBuddy(self.referredEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.existingEventCombo)
        QWidget.setTabOrder(self.existingEventCombo, self.eventTypeCombo)
        QWidget.setTabOrder(self.eventTypeCombo, self.eventDateEdit)
        QWidget.setTabOrder(self.eventDateEdit, self.eventDepartmentCombo)
        QWidget.setTabOrder(self.eventDepartmentCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.sourceCombo)
        QWidget.setTabOrder(self.sourceCombo, self.referrerEdit)
        QWidget.setTabOrder(self.referrerEdit, self.referredEdit)
        QWidget.setTabOrder(self.referredEdit, self.buttons)

        self.retranslateUi(NewCaseDialog)
    # setupUi

    def retranslateUi(self, NewCaseDialog: Any) -> None:
        NewCaseDialog.setWindowTitle(QCoreApplication.translate("NewCaseDialog", u"New case", None))
        self.clinicianBox.setTitle(QCoreApplication.translate("NewCaseDialog", u"Clinician", None))
        self.nameLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Name:", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("NewCaseDialog", u"The clinician's full name; someone already known is offered as you type.", None))
#endif // QT_CONFIG(tooltip)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Type to find someone already known, or enter a new name", None))
        self.roleLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Role:", None))
#if QT_CONFIG(tooltip)
        self.roleCombo.setToolTip(QCoreApplication.translate("NewCaseDialog", u"The clinician's role, such as nurse or physician.", None))
#endif // QT_CONFIG(tooltip)
        self.departmentLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Department:", None))
#if QT_CONFIG(tooltip)
        self.departmentCombo.setToolTip(QCoreApplication.translate("NewCaseDialog", u"The department the clinician works in; choose one or type a new one.", None))
#endif // QT_CONFIG(tooltip)
        self.emailLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Email:", None))
#if QT_CONFIG(tooltip)
        self.emailEdit.setToolTip(QCoreApplication.translate("NewCaseDialog", u"An email address for reaching the clinician, if known.", None))
#endif // QT_CONFIG(tooltip)
        self.phoneLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Phone:", None))
#if QT_CONFIG(tooltip)
        self.phoneEdit.setToolTip(QCoreApplication.translate("NewCaseDialog", u"A phone number for reaching the clinician, if known.", None))
#endif // QT_CONFIG(tooltip)
        self.languageLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Preferred lan&guage:", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Preferred language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("NewCaseDialog", u"A supporter who speaks it is suggested first.", None))
#endif // QT_CONFIG(tooltip)
        self.eventBox.setTitle(QCoreApplication.translate("NewCaseDialog", u"Event", None))
        self.existingLabel.setText(QCoreApplication.translate("NewCaseDialog", u"E&xisting event:", None))
#if QT_CONFIG(tooltip)
        self.existingEventCombo.setToolTip(QCoreApplication.translate("NewCaseDialog", u"An event already recorded, if this clinician was involved in it; otherwise a new event.", None))
#endif // QT_CONFIG(tooltip)
        self.eventTypeLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Event &type:", None))
#if QT_CONFIG(tooltip)
        self.eventTypeCombo.setToolTip(QCoreApplication.translate("NewCaseDialog", u"What kind of event happened.", None))
#endif // QT_CONFIG(tooltip)
        self.eventDateLabel.setText(QCoreApplication.translate("NewCaseDialog", u"E&vent date:", None))
#if QT_CONFIG(tooltip)
        self.eventDateEdit.setToolTip(QCoreApplication.translate("NewCaseDialog", u"The day the event happened.", None))
#endif // QT_CONFIG(tooltip)
        self.eventDateEdit.setDisplayFormat(QCoreApplication.translate("NewCaseDialog", u"yyyy-MM-dd", None))
        self.eventDepartmentLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Event depart&ment:", None))
#if QT_CONFIG(tooltip)
        self.eventDepartmentCombo.setToolTip(QCoreApplication.translate("NewCaseDialog", u"Where the event happened; choose one or type a new one.", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Des&cription:", None))
#if QT_CONFIG(tooltip)
        self.descriptionEdit.setToolTip(QCoreApplication.translate("NewCaseDialog", u"A few words to tell this event apart, with no clinical detail.", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("NewCaseDialog", u"Optional, short, no clinical detail", None))
        self.urgentCheck.setText(QCoreApplication.translate("NewCaseDialog", u"&Urgent: reach out within the urgent target", None))
#if QT_CONFIG(accessibility)
        self.urgentCheck.setAccessibleName(QCoreApplication.translate("NewCaseDialog", u"Urgent event", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.urgentCheck.setToolTip(QCoreApplication.translate("NewCaseDialog", u"A death on the unit or the like: this event's cases are reached out to within the urgent target set in Settings (30 minutes unless changed), not the usual one. Marks a chosen existing event urgent too.", None))
#endif // QT_CONFIG(tooltip)
        self.referralBox.setTitle(QCoreApplication.translate("NewCaseDialog", u"Referral", None))
        self.sourceLabel.setText(QCoreApplication.translate("NewCaseDialog", u"&Source:", None))
#if QT_CONFIG(tooltip)
        self.sourceCombo.setToolTip(QCoreApplication.translate("NewCaseDialog", u"Who or what referred the clinician to the program.", None))
#endif // QT_CONFIG(tooltip)
        self.referrerLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Re&ferrer:", None))
#if QT_CONFIG(tooltip)
        self.referrerEdit.setToolTip(QCoreApplication.translate("NewCaseDialog", u"The name of the person who made the referral, if any.", None))
#endif // QT_CONFIG(tooltip)
        self.referredLabel.setText(QCoreApplication.translate("NewCaseDialog", u"Referred &at:", None))
#if QT_CONFIG(tooltip)
        self.referredEdit.setToolTip(QCoreApplication.translate("NewCaseDialog", u"When the referral came in; the outreach target counts from here.", None))
#endif // QT_CONFIG(tooltip)
        self.referredEdit.setDisplayFormat(QCoreApplication.translate("NewCaseDialog", u"yyyy-MM-dd HH:mm", None))
    # retranslateUi

