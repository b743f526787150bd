# Generated from ui/case_view.ui by ui/compile_forms.py (pyside6-uic): do not edit.
from typing import Any

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_CaseView(object):
    def setupUi(self, CaseView: Any) -> None:
        if not CaseView.objectName():
            CaseView.setObjectName(u"CaseView")
        CaseView.setMinimumSize(QSize(640, 480))
        self.layout = QVBoxLayout(CaseView)
        self.layout.setObjectName(u"layout")
        self.heading = QLabel(CaseView)
        self.heading.setObjectName(u"heading")

        self.layout.addWidget(self.heading)

        self.statusLabel = QLabel(CaseView)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.layout.addWidget(self.statusLabel)

        self.eventRow = QHBoxLayout()
        self.eventRow.setObjectName(u"eventRow")
        self.eventLabel = QLabel(CaseView)
        self.eventLabel.setObjectName(u"eventLabel")
        self.eventLabel.setWordWrap(True)

        self.eventRow.addWidget(self.eventLabel)

        self.involvedButton = QPushButton(CaseView)
        self.involvedButton.setObjectName(u"involvedButton")

        self.eventRow.addWidget(self.involvedButton)

        self.eventRow.setStretch(0, 1)

        self.layout.addLayout(self.eventRow)

        self.nextStepLabel = QLabel(CaseView)
        self.nextStepLabel.setObjectName(u"nextStepLabel")
        self.nextStepLabel.setWordWrap(True)

        self.layout.addWidget(self.nextStepLabel)

        self.reachRow = QHBoxLayout()
        self.reachRow.setObjectName(u"reachRow")
        self.phoneLabel = QLabel(CaseView)
        self.phoneLabel.setObjectName(u"phoneLabel")
        self.phoneLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reachRow.addWidget(self.phoneLabel)

        self.callButton = QPushButton(CaseView)
        self.callButton.setObjectName(u"callButton")

        self.reachRow.addWidget(self.callButton)

        self.copyPhoneButton = QPushButton(CaseView)
        self.copyPhoneButton.setObjectName(u"copyPhoneButton")

        self.reachRow.addWidget(self.copyPhoneButton)

        self.reachGap = QSpacerItem(24, 1, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.reachRow.addItem(self.reachGap)

        self.emailLabel = QLabel(CaseView)
        self.emailLabel.setObjectName(u"emailLabel")
        self.emailLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.reachRow.addWidget(self.emailLabel)

        self.writeButton = QPushButton(CaseView)
        self.writeButton.setObjectName(u"writeButton")

        self.reachRow.addWidget(self.writeButton)

        self.copyEmailButton = QPushButton(CaseView)
        self.copyEmailButton.setObjectName(u"copyEmailButton")

        self.reachRow.addWidget(self.copyEmailButton)

        self.reachSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reachRow.addItem(self.reachSpacer)


        self.layout.addLayout(self.reachRow)

        self.actionRow = QHBoxLayout()
        self.actionRow.setObjectName(u"actionRow")
        self.attemptButton = QPushButton(CaseView)
        self.attemptButton.setObjectName(u"attemptButton")

        self.actionRow.addWidget(self.attemptButton)

        self.conversationButton = QPushButton(CaseView)
        self.conversationButton.setObjectName(u"conversationButton")

        self.actionRow.addWidget(self.conversationButton)

        self.offerButton = QPushButton(CaseView)
        self.offerButton.setObjectName(u"offerButton")

        self.actionRow.addWidget(self.offerButton)

        self.closeButton = QPushButton(CaseView)
        self.closeButton.setObjectName(u"closeButton")

        self.actionRow.addWidget(self.closeButton)

        self.reopenButton = QPushButton(CaseView)
        self.reopenButton.setObjectName(u"reopenButton")

        self.actionRow.addWidget(self.reopenButton)

        self.actionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionRow.addItem(self.actionSpacer)


        self.layout.addLayout(self.actionRow)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.supporterLabel = QLabel(CaseView)
        self.supporterLabel.setObjectName(u"supporterLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.supporterLabel)

        self.supporterRow = QHBoxLayout()
        self.supporterRow.setObjectName(u"supporterRow")
        self.supporterCombo = QComboBox(CaseView)
        self.supporterCombo.setObjectName(u"supporterCombo")

        self.supporterRow.addWidget(self.supporterCombo)

        self.assignButton = QPushButton(CaseView)
        self.assignButton.setObjectName(u"assignButton")

        self.supporterRow.addWidget(self.assignButton)

        self.matchButton = QPushButton(CaseView)
        self.matchButton.setObjectName(u"matchButton")

        self.supporterRow.addWidget(self.matchButton)

        self.supporterRow.setStretch(0, 1)

        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.supporterRow)

        self.followUpLabel = QLabel(CaseView)
        self.followUpLabel.setObjectName(u"followUpLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.followUpLabel)

        self.followUpRow = QHBoxLayout()
        self.followUpRow.setObjectName(u"followUpRow")
        self.followUpEdit = QDateEdit(CaseView)
        self.followUpEdit.setObjectName(u"followUpEdit")
        self.followUpEdit.setCalendarPopup(True)

        self.followUpRow.addWidget(self.followUpEdit)

        self.noFollowUpCheck = QCheckBox(CaseView)
        self.noFollowUpCheck.setObjectName(u"noFollowUpCheck")

        self.followUpRow.addWidget(self.noFollowUpCheck)

        self.followUpButton = QPushButton(CaseView)
        self.followUpButton.setObjectName(u"followUpButton")

        self.followUpRow.addWidget(self.followUpButton)

        self.followUpSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followUpRow.addItem(self.followUpSpacer)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.followUpRow)


        self.layout.addLayout(self.form)

        self.contactsTitle = QLabel(CaseView)
        self.contactsTitle.setObjectName(u"contactsTitle")

        self.layout.addWidget(self.contactsTitle)

        self.contactsView = QTableView(CaseView)
        self.contactsView.setObjectName(u"contactsView")
        self.contactsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.contactsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.contactsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.layout.addWidget(self.contactsView)

        self.offersTitle = QLabel(CaseView)
        self.offersTitle.setObjectName(u"offersTitle")

        self.layout.addWidget(self.offersTitle)

        self.offersView = QTableView(CaseView)
        self.offersView.setObjectName(u"offersView")
        self.offersView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.offersView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.offersView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.layout.addWidget(self.offersView)

        self.offerRow = QHBoxLayout()
        self.offerRow.setObjectName(u"offerRow")
        self.offerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.offerRow.addItem(self.offerSpacer)

        self.acceptOfferButton = QPushButton(CaseView)
        self.acceptOfferButton.setObjectName(u"acceptOfferButton")

        self.offerRow.addWidget(self.acceptOfferButton)

        self.declineOfferButton = QPushButton(CaseView)
        self.declineOfferButton.setObjectName(u"declineOfferButton")

        self.offerRow.addWidget(self.declineOfferButton)


        self.layout.addLayout(self.offerRow)

#if QT_CONFIG(shortcut)
        self.supporterLabel.setBuddy(self.supporterCombo)
        self.followUpLabel.setBuddy(self.followUpEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.callButton, self.copyPhoneButton)
        QWidget.setTabOrder(self.copyPhoneButton, self.writeButton)
        QWidget.setTabOrder(self.writeButton, self.copyEmailButton)
        QWidget.setTabOrder(self.copyEmailButton, self.attemptButton)
        QWidget.setTabOrder(self.attemptButton, self.conversationButton)
        QWidget.setTabOrder(self.conversationButton, self.offerButton)
        QWidget.setTabOrder(self.offerButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.reopenButton)
        QWidget.setTabOrder(self.reopenButton, self.supporterCombo)
        QWidget.setTabOrder(self.supporterCombo, self.assignButton)
        QWidget.setTabOrder(self.assignButton, self.matchButton)
        QWidget.setTabOrder(self.matchButton, self.followUpEdit)
        QWidget.setTabOrder(self.followUpEdit, self.noFollowUpCheck)
        QWidget.setTabOrder(self.noFollowUpCheck, self.followUpButton)
        QWidget.setTabOrder(self.followUpButton, self.contactsView)
        QWidget.setTabOrder(self.contactsView, self.offersView)
        QWidget.setTabOrder(self.offersView, self.acceptOfferButton)
        QWidget.setTabOrder(self.acceptOfferButton, self.declineOfferButton)
        QWidget.setTabOrder(self.declineOfferButton, self.involvedButton)

        self.retranslateUi(CaseView)
    # setupUi

    def retranslateUi(self, CaseView: Any) -> None:
#if QT_CONFIG(tooltip)
        self.involvedButton.setToolTip(QCoreApplication.translate("CaseView", u"List the other cases opened after the same event.", None))
#endif // QT_CONFIG(tooltip)
        self.involvedButton.setText(QCoreApplication.translate("CaseView", u"Everyone &involved\u2026", None))
#if QT_CONFIG(accessibility)
        self.nextStepLabel.setAccessibleName(QCoreApplication.translate("CaseView", u"Next step", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.phoneLabel.setAccessibleName(QCoreApplication.translate("CaseView", u"Phone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.callButton.setToolTip(QCoreApplication.translate("CaseView", u"Call the person with the computer's phone program.", None))
#endif // QT_CONFIG(tooltip)
        self.callButton.setText(QCoreApplication.translate("CaseView", u"Call", None))
#if QT_CONFIG(accessibility)
        self.callButton.setAccessibleName(QCoreApplication.translate("CaseView", u"Call the clinician", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.copyPhoneButton.setToolTip(QCoreApplication.translate("CaseView", u"Copy the phone number; the clipboard is cleared after a while.", None))
#endif // QT_CONFIG(tooltip)
        self.copyPhoneButton.setText(QCoreApplication.translate("CaseView", u"Copy", None))
#if QT_CONFIG(accessibility)
        self.copyPhoneButton.setAccessibleName(QCoreApplication.translate("CaseView", u"Copy the phone number", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emailLabel.setAccessibleName(QCoreApplication.translate("CaseView", u"Email", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.writeButton.setToolTip(QCoreApplication.translate("CaseView", u"Write to the person in the computer's email program.", None))
#endif // QT_CONFIG(tooltip)
        self.writeButton.setText(QCoreApplication.translate("CaseView", u"&Write", None))
#if QT_CONFIG(accessibility)
        self.writeButton.setAccessibleName(QCoreApplication.translate("CaseView", u"Write an email to the clinician", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.copyEmailButton.setToolTip(QCoreApplication.translate("CaseView", u"Copy the email address; the clipboard is cleared after a while.", None))
#endif // QT_CONFIG(tooltip)
        self.copyEmailButton.setText(QCoreApplication.translate("CaseView", u"Copy", None))
#if QT_CONFIG(accessibility)
        self.copyEmailButton.setAccessibleName(QCoreApplication.translate("CaseView", u"Copy the email address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.attemptButton.setToolTip(QCoreApplication.translate("CaseView", u"Record a try at reaching the person, such as a voicemail left.", None))
#endif // QT_CONFIG(tooltip)
        self.attemptButton.setText(QCoreApplication.translate("CaseView", u"Log outreach &attempt\u2026", None))
#if QT_CONFIG(tooltip)
        self.conversationButton.setToolTip(QCoreApplication.translate("CaseView", u"Record a conversation with the person.", None))
#endif // QT_CONFIG(tooltip)
        self.conversationButton.setText(QCoreApplication.translate("CaseView", u"Log &conversation\u2026", None))
#if QT_CONFIG(tooltip)
        self.offerButton.setToolTip(QCoreApplication.translate("CaseView", u"Offer the person a resource from the directory.", None))
#endif // QT_CONFIG(tooltip)
        self.offerButton.setText(QCoreApplication.translate("CaseView", u"&Offer a resource\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("CaseView", u"Close the case, saying how it ended.", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("CaseView", u"C&lose the case\u2026", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("CaseView", u"Open the closed case again.", None))
#endif // QT_CONFIG(tooltip)
        self.reopenButton.setText(QCoreApplication.translate("CaseView", u"&Reopen", None))
        self.supporterLabel.setText(QCoreApplication.translate("CaseView", u"&Supporter:", None))
#if QT_CONFIG(tooltip)
        self.supporterCombo.setToolTip(QCoreApplication.translate("CaseView", u"The peer supporter to assign to the case.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.supporterCombo.setAccessibleName(QCoreApplication.translate("CaseView", u"Assigned supporter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.assignButton.setToolTip(QCoreApplication.translate("CaseView", u"Assign the supporter chosen beside it to the case.", None))
#endif // QT_CONFIG(tooltip)
        self.assignButton.setText(QCoreApplication.translate("CaseView", u"Assi&gn", None))
#if QT_CONFIG(tooltip)
        self.matchButton.setToolTip(QCoreApplication.translate("CaseView", u"See the supporters who fit the case best, and why.", None))
#endif // QT_CONFIG(tooltip)
        self.matchButton.setText(QCoreApplication.translate("CaseView", u"Find &best fit\u2026", None))
        self.followUpLabel.setText(QCoreApplication.translate("CaseView", u"Next &follow-up:", None))
#if QT_CONFIG(tooltip)
        self.followUpEdit.setToolTip(QCoreApplication.translate("CaseView", u"The day of the next follow-up with the person.", None))
#endif // QT_CONFIG(tooltip)
        self.followUpEdit.setDisplayFormat(QCoreApplication.translate("CaseView", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.noFollowUpCheck.setToolTip(QCoreApplication.translate("CaseView", u"Tick when no further follow-up is planned.", None))
#endif // QT_CONFIG(tooltip)
        self.noFollowUpCheck.setText(QCoreApplication.translate("CaseView", u"None planned", None))
#if QT_CONFIG(tooltip)
        self.followUpButton.setToolTip(QCoreApplication.translate("CaseView", u"Keep the follow-up date chosen, or none if None planned is ticked.", None))
#endif // QT_CONFIG(tooltip)
        self.followUpButton.setText(QCoreApplication.translate("CaseView", u"Set follow-&up", None))
        self.contactsTitle.setText(QCoreApplication.translate("CaseView", u"Contacts (double-click or Enter to edit)", None))
#if QT_CONFIG(tooltip)
        self.contactsView.setToolTip(QCoreApplication.translate("CaseView", u"Every contact with the person; press Enter to edit the chosen one.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.contactsView.setAccessibleName(QCoreApplication.translate("CaseView", u"Contacts", None))
#endif // QT_CONFIG(accessibility)
        self.offersTitle.setText(QCoreApplication.translate("CaseView", u"Resources offered", None))
#if QT_CONFIG(tooltip)
        self.offersView.setToolTip(QCoreApplication.translate("CaseView", u"The resources offered, and whether each was taken up.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.offersView.setAccessibleName(QCoreApplication.translate("CaseView", u"Resources offered", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.acceptOfferButton.setToolTip(QCoreApplication.translate("CaseView", u"Record that the person took up the chosen offer.", None))
#endif // QT_CONFIG(tooltip)
        self.acceptOfferButton.setText(QCoreApplication.translate("CaseView", u"Taken u&p", None))
#if QT_CONFIG(tooltip)
        self.declineOfferButton.setToolTip(QCoreApplication.translate("CaseView", u"Record that the person did not take up the chosen offer.", None))
#endif // QT_CONFIG(tooltip)
        self.declineOfferButton.setText(QCoreApplication.translate("CaseView", u"&Not taken up", None))
        pass
    # retranslateUi

