# Generated from ui/supporter_dialog.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QRadioButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SupporterDialog(object):
    def setupUi(self, SupporterDialog: Any) -> None:
        if not SupporterDialog.objectName():
            SupporterDialog.setObjectName(u"SupporterDialog")
        SupporterDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(SupporterDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(SupporterDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SupporterDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.roleLabel = QLabel(SupporterDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(SupporterDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.departmentLabel = QLabel(SupporterDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentCombo = QComboBox(SupporterDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")
        self.departmentCombo.setEditable(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.specialtyLabel = QLabel(SupporterDialog)
        self.specialtyLabel.setObjectName(u"specialtyLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.specialtyLabel)

        self.specialtyEdit = QLineEdit(SupporterDialog)
        self.specialtyEdit.setObjectName(u"specialtyEdit")
        self.specialtyEdit.setMaxLength(120)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.specialtyEdit)

        self.languagesLabel = QLabel(SupporterDialog)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesBox = QWidget(SupporterDialog)
        self.languagesBox.setObjectName(u"languagesBox")
        self.languagesLayout = QVBoxLayout(self.languagesBox)
        self.languagesLayout.setObjectName(u"languagesLayout")
        self.languagesLayout.setContentsMargins(0, 0, 0, 0)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.languagesBox)

        self.emailLabel = QLabel(SupporterDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(SupporterDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.phoneLabel = QLabel(SupporterDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(SupporterDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.capacityLabel = QLabel(SupporterDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacityRow = QHBoxLayout()
        self.capacityRow.setObjectName(u"capacityRow")
        self.defaultCapacityRadio = QRadioButton(SupporterDialog)
        self.defaultCapacityRadio.setObjectName(u"defaultCapacityRadio")
        self.defaultCapacityRadio.setChecked(True)

        self.capacityRow.addWidget(self.defaultCapacityRadio)

        self.ownCapacityRadio = QRadioButton(SupporterDialog)
        self.ownCapacityRadio.setObjectName(u"ownCapacityRadio")

        self.capacityRow.addWidget(self.ownCapacityRadio)

        self.capacitySpin = QSpinBox(SupporterDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setEnabled(False)
        self.capacitySpin.setMaximum(50)
        self.capacitySpin.setValue(3)

        self.capacityRow.addWidget(self.capacitySpin)

        self.capacitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.capacityRow.addItem(self.capacitySpacer)


        self.form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.capacityRow)

        self.trainedLabel = QLabel(SupporterDialog)
        self.trainedLabel.setObjectName(u"trainedLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.trainedLabel)

        self.trainedRow = QHBoxLayout()
        self.trainedRow.setObjectName(u"trainedRow")
        self.trainedEdit = QDateEdit(SupporterDialog)
        self.trainedEdit.setObjectName(u"trainedEdit")
        self.trainedEdit.setCalendarPopup(True)

        self.trainedRow.addWidget(self.trainedEdit)

        self.untrainedCheck = QCheckBox(SupporterDialog)
        self.untrainedCheck.setObjectName(u"untrainedCheck")

        self.trainedRow.addWidget(self.untrainedCheck)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.trainedRow)

        self.refresherLabel = QLabel(SupporterDialog)
        self.refresherLabel.setObjectName(u"refresherLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.refresherLabel)

        self.refresherRow = QHBoxLayout()
        self.refresherRow.setObjectName(u"refresherRow")
        self.refresherEdit = QDateEdit(SupporterDialog)
        self.refresherEdit.setObjectName(u"refresherEdit")
        self.refresherEdit.setCalendarPopup(True)

        self.refresherRow.addWidget(self.refresherEdit)

        self.noRefresherCheck = QCheckBox(SupporterDialog)
        self.noRefresherCheck.setObjectName(u"noRefresherCheck")

        self.refresherRow.addWidget(self.noRefresherCheck)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.refresherRow)

        self.clinicianLabel = QLabel(SupporterDialog)
        self.clinicianLabel.setObjectName(u"clinicianLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.clinicianLabel)

        self.clinicianCombo = QComboBox(SupporterDialog)
        self.clinicianCombo.setObjectName(u"clinicianCombo")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.clinicianCombo)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(SupporterDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(SupporterDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.specialtyLabel.setBuddy(self.specialtyEdit)
        self.languagesLabel.setBuddy(self.languagesBox)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.capacityLabel.setBuddy(self.defaultCapacityRadio)
        self.trainedLabel.setBuddy(self.trainedEdit)
        self.refresherLabel.setBuddy(self.refresherEdit)
        self.clinicianLabel.setBuddy(self.clinicianCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.specialtyEdit)
        QWidget.setTabOrder(self.specialtyEdit, self.languagesBox)
        QWidget.setTabOrder(self.languagesBox, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.defaultCapacityRadio)
        QWidget.setTabOrder(self.defaultCapacityRadio, self.ownCapacityRadio)
        QWidget.setTabOrder(self.ownCapacityRadio, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.trainedEdit)
        QWidget.setTabOrder(self.trainedEdit, self.untrainedCheck)
        QWidget.setTabOrder(self.untrainedCheck, self.refresherEdit)
        QWidget.setTabOrder(self.refresherEdit, self.noRefresherCheck)
        QWidget.setTabOrder(self.noRefresherCheck, self.clinicianCombo)
        QWidget.setTabOrder(self.clinicianCombo, self.buttons)

        self.retranslateUi(SupporterDialog)
    # setupUi

    def retranslateUi(self, SupporterDialog: Any) -> None:
        SupporterDialog.setWindowTitle(QCoreApplication.translate("SupporterDialog", u"Supporter", None))
        self.nameLabel.setText(QCoreApplication.translate("SupporterDialog", u"&Name:", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("SupporterDialog", u"The supporter's full name.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("SupporterDialog", u"&Role:", None))
#if QT_CONFIG(tooltip)
        self.roleCombo.setToolTip(QCoreApplication.translate("SupporterDialog", u"The supporter's role, such as nurse or physician.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText(QCoreApplication.translate("SupporterDialog", u"&Department:", None))
#if QT_CONFIG(tooltip)
        self.departmentCombo.setToolTip(QCoreApplication.translate("SupporterDialog", u"The department the supporter works in; choose one or type a new one.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.departmentCombo.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Department", None))
#endif // QT_CONFIG(accessibility)
        self.specialtyLabel.setText(QCoreApplication.translate("SupporterDialog", u"&Specialty:", None))
#if QT_CONFIG(tooltip)
        self.specialtyEdit.setToolTip(QCoreApplication.translate("SupporterDialog", u"The supporter's specialty, if any.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.specialtyEdit.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Specialty", None))
#endif // QT_CONFIG(accessibility)
        self.languagesLabel.setText(QCoreApplication.translate("SupporterDialog", u"&Languages:", None))
        self.emailLabel.setText(QCoreApplication.translate("SupporterDialog", u"&Email:", None))
#if QT_CONFIG(tooltip)
        self.emailEdit.setToolTip(QCoreApplication.translate("SupporterDialog", u"An email address for reaching the supporter.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Email", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("SupporterDialog", u"P&hone:", None))
#if QT_CONFIG(tooltip)
        self.phoneEdit.setToolTip(QCoreApplication.translate("SupporterDialog", u"A phone number for reaching the supporter.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.capacityLabel.setText(QCoreApplication.translate("SupporterDialog", u"&Capacity:", None))
        self.defaultCapacityRadio.setText(QCoreApplication.translate("SupporterDialog", u"Program default", None))
#if QT_CONFIG(accessibility)
        self.defaultCapacityRadio.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Capacity: the program's default", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.defaultCapacityRadio.setToolTip(QCoreApplication.translate("SupporterDialog", u"The supporter takes the program's default number of open cases, set in Settings; a change there applies to them.", None))
#endif // QT_CONFIG(tooltip)
        self.ownCapacityRadio.setText(QCoreApplication.translate("SupporterDialog", u"O&wn cap:", None))
#if QT_CONFIG(accessibility)
        self.ownCapacityRadio.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Capacity: a cap of their own", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.ownCapacityRadio.setToolTip(QCoreApplication.translate("SupporterDialog", u"The supporter has a cap of their own, whatever the program's default.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.capacitySpin.setToolTip(QCoreApplication.translate("SupporterDialog", u"The most open cases this supporter takes at once: matching never suggests them at this cap. 0 to 50.", None))
#endif // QT_CONFIG(tooltip)
        self.capacitySpin.setSuffix(QCoreApplication.translate("SupporterDialog", u" open cases at most", None))
#if QT_CONFIG(accessibility)
        self.capacitySpin.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Their own cap, in open cases", None))
#endif // QT_CONFIG(accessibility)
        self.trainedLabel.setText(QCoreApplication.translate("SupporterDialog", u"&Trained on:", None))
#if QT_CONFIG(tooltip)
        self.trainedEdit.setToolTip(QCoreApplication.translate("SupporterDialog", u"The day the supporter finished peer-support training.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.trainedEdit.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Training date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.untrainedCheck.setToolTip(QCoreApplication.translate("SupporterDialog", u"Tick if the supporter has not had the training yet.", None))
#endif // QT_CONFIG(tooltip)
        self.untrainedCheck.setText(QCoreApplication.translate("SupporterDialog", u"Not yet trained", None))
        self.refresherLabel.setText(QCoreApplication.translate("SupporterDialog", u"Re&fresher due:", None))
#if QT_CONFIG(tooltip)
        self.refresherEdit.setToolTip(QCoreApplication.translate("SupporterDialog", u"The day the supporter's refresher training is due.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.refresherEdit.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"Refresher due", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.noRefresherCheck.setToolTip(QCoreApplication.translate("SupporterDialog", u"Tick if no refresher date is planned.", None))
#endif // QT_CONFIG(tooltip)
        self.noRefresherCheck.setText(QCoreApplication.translate("SupporterDialog", u"None set", None))
        self.clinicianLabel.setText(QCoreApplication.translate("SupporterDialog", u"Cl&inician record:", None))
#if QT_CONFIG(accessibility)
        self.clinicianCombo.setAccessibleName(QCoreApplication.translate("SupporterDialog", u"The same person's record as a clinician", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.clinicianCombo.setToolTip(QCoreApplication.translate("SupporterDialog", u"Link the supporter to their own clinician record, so they are never suggested after an event they were part of.", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

