# Generated from ui/availability_dialog.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDateTimeEdit, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTableView,
    QTimeEdit, QVBoxLayout, QWidget)

class Ui_AvailabilityDialog(object):
    def setupUi(self, AvailabilityDialog: Any) -> None:
        if not AvailabilityDialog.objectName():
            AvailabilityDialog.setObjectName(u"AvailabilityDialog")
        AvailabilityDialog.setMinimumSize(QSize(620, 560))
        self.layout = QVBoxLayout(AvailabilityDialog)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(AvailabilityDialog)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.weeklyTitle = QLabel(AvailabilityDialog)
        self.weeklyTitle.setObjectName(u"weeklyTitle")

        self.layout.addWidget(self.weeklyTitle)

        self.weeklyView = QTableView(AvailabilityDialog)
        self.weeklyView.setObjectName(u"weeklyView")
        self.weeklyView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weeklyView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.weeklyView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.weeklyView)

        self.weeklyRow = QHBoxLayout()
        self.weeklyRow.setObjectName(u"weeklyRow")
        self.weekdayCombo = QComboBox(AvailabilityDialog)
        self.weekdayCombo.setObjectName(u"weekdayCombo")

        self.weeklyRow.addWidget(self.weekdayCombo)

        self.slotStartEdit = QTimeEdit(AvailabilityDialog)
        self.slotStartEdit.setObjectName(u"slotStartEdit")

        self.weeklyRow.addWidget(self.slotStartEdit)

        self.slotDash = QLabel(AvailabilityDialog)
        self.slotDash.setObjectName(u"slotDash")

        self.weeklyRow.addWidget(self.slotDash)

        self.slotEndEdit = QTimeEdit(AvailabilityDialog)
        self.slotEndEdit.setObjectName(u"slotEndEdit")

        self.weeklyRow.addWidget(self.slotEndEdit)

        self.addSlotButton = QPushButton(AvailabilityDialog)
        self.addSlotButton.setObjectName(u"addSlotButton")

        self.weeklyRow.addWidget(self.addSlotButton)

        self.removeSlotButton = QPushButton(AvailabilityDialog)
        self.removeSlotButton.setObjectName(u"removeSlotButton")

        self.weeklyRow.addWidget(self.removeSlotButton)


        self.layout.addLayout(self.weeklyRow)

        self.datedTitle = QLabel(AvailabilityDialog)
        self.datedTitle.setObjectName(u"datedTitle")

        self.layout.addWidget(self.datedTitle)

        self.datedView = QTableView(AvailabilityDialog)
        self.datedView.setObjectName(u"datedView")
        self.datedView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.datedView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.datedView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.layout.addWidget(self.datedView)

        self.datedRow = QHBoxLayout()
        self.datedRow.setObjectName(u"datedRow")
        self.datedKindCombo = QComboBox(AvailabilityDialog)
        self.datedKindCombo.setObjectName(u"datedKindCombo")

        self.datedRow.addWidget(self.datedKindCombo)

        self.datedStartEdit = QDateTimeEdit(AvailabilityDialog)
        self.datedStartEdit.setObjectName(u"datedStartEdit")
        self.datedStartEdit.setCalendarPopup(True)

        self.datedRow.addWidget(self.datedStartEdit)

        self.datedDash = QLabel(AvailabilityDialog)
        self.datedDash.setObjectName(u"datedDash")

        self.datedRow.addWidget(self.datedDash)

        self.datedEndEdit = QDateTimeEdit(AvailabilityDialog)
        self.datedEndEdit.setObjectName(u"datedEndEdit")
        self.datedEndEdit.setCalendarPopup(True)

        self.datedRow.addWidget(self.datedEndEdit)

        self.addDatedButton = QPushButton(AvailabilityDialog)
        self.addDatedButton.setObjectName(u"addDatedButton")

        self.datedRow.addWidget(self.addDatedButton)

        self.removeDatedButton = QPushButton(AvailabilityDialog)
        self.removeDatedButton.setObjectName(u"removeDatedButton")

        self.datedRow.addWidget(self.removeDatedButton)


        self.layout.addLayout(self.datedRow)

        self.trainingTitle = QLabel(AvailabilityDialog)
        self.trainingTitle.setObjectName(u"trainingTitle")

        self.layout.addWidget(self.trainingTitle)

        self.trainingView = QTableView(AvailabilityDialog)
        self.trainingView.setObjectName(u"trainingView")
        self.trainingView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trainingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.layout.addWidget(self.trainingView)

        self.trainingRow = QHBoxLayout()
        self.trainingRow.setObjectName(u"trainingRow")
        self.trainingTitleEdit = QLineEdit(AvailabilityDialog)
        self.trainingTitleEdit.setObjectName(u"trainingTitleEdit")
        self.trainingTitleEdit.setMaxLength(200)

        self.trainingRow.addWidget(self.trainingTitleEdit)

        self.trainingDateEdit = QDateEdit(AvailabilityDialog)
        self.trainingDateEdit.setObjectName(u"trainingDateEdit")
        self.trainingDateEdit.setCalendarPopup(True)

        self.trainingRow.addWidget(self.trainingDateEdit)

        self.refresherCheck = QCheckBox(AvailabilityDialog)
        self.refresherCheck.setObjectName(u"refresherCheck")

        self.trainingRow.addWidget(self.refresherCheck)

        self.addTrainingButton = QPushButton(AvailabilityDialog)
        self.addTrainingButton.setObjectName(u"addTrainingButton")

        self.trainingRow.addWidget(self.addTrainingButton)


        self.layout.addLayout(self.trainingRow)

        self.messageLabel = QLabel(AvailabilityDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(AvailabilityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)

        QWidget.setTabOrder(self.weeklyView, self.weekdayCombo)
        QWidget.setTabOrder(self.weekdayCombo, self.slotStartEdit)
        QWidget.setTabOrder(self.slotStartEdit, self.slotEndEdit)
        QWidget.setTabOrder(self.slotEndEdit, self.addSlotButton)
        QWidget.setTabOrder(self.addSlotButton, self.removeSlotButton)
        QWidget.setTabOrder(self.removeSlotButton, self.datedView)
        QWidget.setTabOrder(self.datedView, self.datedKindCombo)
        QWidget.setTabOrder(self.datedKindCombo, self.datedStartEdit)
        QWidget.setTabOrder(self.datedStartEdit, self.datedEndEdit)
        QWidget.setTabOrder(self.datedEndEdit, self.addDatedButton)
        QWidget.setTabOrder(self.addDatedButton, self.removeDatedButton)
        QWidget.setTabOrder(self.removeDatedButton, self.trainingView)
        QWidget.setTabOrder(self.trainingView, self.trainingTitleEdit)
        QWidget.setTabOrder(self.trainingTitleEdit, self.trainingDateEdit)
        QWidget.setTabOrder(self.trainingDateEdit, self.refresherCheck)
        QWidget.setTabOrder(self.refresherCheck, self.addTrainingButton)
        QWidget.setTabOrder(self.addTrainingButton, self.buttons)

        self.retranslateUi(AvailabilityDialog)
    # setupUi

    def retranslateUi(self, AvailabilityDialog: Any) -> None:
        AvailabilityDialog.setWindowTitle(QCoreApplication.translate("AvailabilityDialog", u"Availability and training", None))
        self.weeklyTitle.setText(QCoreApplication.translate("AvailabilityDialog", u"Every week", None))
#if QT_CONFIG(tooltip)
        self.weeklyView.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"The times the supporter is free every week.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.weeklyView.setAccessibleName(QCoreApplication.translate("AvailabilityDialog", u"Weekly slots", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.weekdayCombo.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"The day of the week of a new weekly slot.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.weekdayCombo.setAccessibleName(QCoreApplication.translate("AvailabilityDialog", u"Weekday", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.slotStartEdit.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"The time a new weekly slot starts.", None))
#endif // QT_CONFIG(tooltip)
        self.slotStartEdit.setDisplayFormat(QCoreApplication.translate("AvailabilityDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.slotStartEdit.setAccessibleName(QCoreApplication.translate("AvailabilityDialog", u"Slot starts", None))
#endif // QT_CONFIG(accessibility)
        self.slotDash.setText(QCoreApplication.translate("AvailabilityDialog", u"to", None))
#if QT_CONFIG(tooltip)
        self.slotEndEdit.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"The time a new weekly slot ends.", None))
#endif // QT_CONFIG(tooltip)
        self.slotEndEdit.setDisplayFormat(QCoreApplication.translate("AvailabilityDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.slotEndEdit.setAccessibleName(QCoreApplication.translate("AvailabilityDialog", u"Slot ends", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addSlotButton.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"Add the weekly slot set beside it.", None))
#endif // QT_CONFIG(tooltip)
        self.addSlotButton.setText(QCoreApplication.translate("AvailabilityDialog", u"Add &weekly slot", None))
#if QT_CONFIG(tooltip)
        self.removeSlotButton.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"Remove the chosen weekly slot.", None))
#endif // QT_CONFIG(tooltip)
        self.removeSlotButton.setText(QCoreApplication.translate("AvailabilityDialog", u"Remove", None))
        self.datedTitle.setText(QCoreApplication.translate("AvailabilityDialog", u"Away, or an extra slot, on dates", None))
#if QT_CONFIG(tooltip)
        self.datedView.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"Dates the supporter is away, or free outside their weekly slots.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.datedView.setAccessibleName(QCoreApplication.translate("AvailabilityDialog", u"Dated exceptions", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.datedKindCombo.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"Whether the supporter is away then, or free for an extra slot.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.datedKindCombo.setAccessibleName(QCoreApplication.translate("AvailabilityDialog", u"Away or extra", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.datedStartEdit.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"When the absence or extra slot starts.", None))
#endif // QT_CONFIG(tooltip)
        self.datedStartEdit.setDisplayFormat(QCoreApplication.translate("AvailabilityDialog", u"yyyy-MM-dd HH:mm", None))
#if QT_CONFIG(accessibility)
        self.datedStartEdit.setAccessibleName(QCoreApplication.translate("AvailabilityDialog", u"From", None))
#endif // QT_CONFIG(accessibility)
        self.datedDash.setText(QCoreApplication.translate("AvailabilityDialog", u"to", None))
#if QT_CONFIG(tooltip)
        self.datedEndEdit.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"When the absence or extra slot ends.", None))
#endif // QT_CONFIG(tooltip)
        self.datedEndEdit.setDisplayFormat(QCoreApplication.translate("AvailabilityDialog", u"yyyy-MM-dd HH:mm", None))
#if QT_CONFIG(accessibility)
        self.datedEndEdit.setAccessibleName(QCoreApplication.translate("AvailabilityDialog", u"To", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.addDatedButton.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"Add the absence or extra slot set beside it.", None))
#endif // QT_CONFIG(tooltip)
        self.addDatedButton.setText(QCoreApplication.translate("AvailabilityDialog", u"A&dd", None))
#if QT_CONFIG(tooltip)
        self.removeDatedButton.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"Remove the chosen absence or extra slot.", None))
#endif // QT_CONFIG(tooltip)
        self.removeDatedButton.setText(QCoreApplication.translate("AvailabilityDialog", u"Remove", None))
        self.trainingTitle.setText(QCoreApplication.translate("AvailabilityDialog", u"Trainings attended", None))
#if QT_CONFIG(tooltip)
        self.trainingView.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"The trainings the supporter attended.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.trainingView.setAccessibleName(QCoreApplication.translate("AvailabilityDialog", u"Trainings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.trainingTitleEdit.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"The name of a training attended.", None))
#endif // QT_CONFIG(tooltip)
        self.trainingTitleEdit.setPlaceholderText(QCoreApplication.translate("AvailabilityDialog", u"Training title", None))
#if QT_CONFIG(accessibility)
        self.trainingTitleEdit.setAccessibleName(QCoreApplication.translate("AvailabilityDialog", u"Training title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.trainingDateEdit.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"The day the training was held.", None))
#endif // QT_CONFIG(tooltip)
        self.trainingDateEdit.setDisplayFormat(QCoreApplication.translate("AvailabilityDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.trainingDateEdit.setAccessibleName(QCoreApplication.translate("AvailabilityDialog", u"Held on", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.refresherCheck.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"Tick if this training was a refresher.", None))
#endif // QT_CONFIG(tooltip)
        self.refresherCheck.setText(QCoreApplication.translate("AvailabilityDialog", u"Refresher", None))
#if QT_CONFIG(tooltip)
        self.addTrainingButton.setToolTip(QCoreApplication.translate("AvailabilityDialog", u"Add the training set beside it.", None))
#endif // QT_CONFIG(tooltip)
        self.addTrainingButton.setText(QCoreApplication.translate("AvailabilityDialog", u"Add &training", None))
    # retranslateUi

